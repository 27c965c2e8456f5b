"""Where a ledger lives: a SQLite file (one user, the default) or a PostgreSQL database (a team).

The ledger's logic and SQL are written once, in ``core.py``, in the SQL both databases read: ``?`` placeholders,
``INSERT ... ON CONFLICT DO NOTHING``, ``RETURNING id``, ``NULLS FIRST``, dates as ISO 8601 text. A backend holds
what differs:

- the connection, as ``db`` with ``db.execute(sql, params)`` returning rows readable by index and by name
  (SQLite's own connection; for PostgreSQL a thin wrapper that turns ``?`` into ``%s``);
- the write transaction, serialised with every other writer of the ledger: ``BEGIN IMMEDIATE`` on SQLite, a
  transaction-scoped advisory lock (``pg_advisory_xact_lock``) on PostgreSQL;
- running a migration script inside that transaction, and which migration files to read (``dialect``);
- the exception classes, named as in the DB-API (``DatabaseError``, ``IntegrityError``).

psycopg is imported only when a ``postgresql://`` ledger is opened, so SQLite users do not need it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Protocol

from ..errors import E_LEDGER_OPEN, LedgerError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# Every writer of a PostgreSQL ledger takes this advisory lock for its transaction: an arbitrary fixed bigint
# (the ASCII of "whipcoun"), the same in every whipcount process.
WRITE_LOCK = int.from_bytes(b"whipcoun", "big")
CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...
    def close(self) -> None: ...


class Backend:
    """What a ledger needs from its database. ``name`` is safe to print (a PostgreSQL URL without password)."""

    dialect: ClassVar[str]
    name: str
    db: Connection
    DatabaseError: type[Exception]
    IntegrityError: type[Exception]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def run_script(self, sql: str) -> None:
        """Run several statements inside the current transaction."""
        raise NotImplementedError

    def tables(self) -> set[str]:
        raise NotImplementedError

    def close(self) -> None:
        self.db.close()


def connect(target: str | Path) -> Backend:
    """The backend for a ledger path or URL: ``postgresql://`` (or ``postgres://``) URLs are PostgreSQL, anything
    else is a SQLite file."""
    if is_postgres_url(target):
        return PostgresBackend(str(target))
    return SQLiteBackend(target)


# --- SQLite ---------------------------------------------------------------------------------------------------
class SQLiteBackend(Backend):
    dialect = "sqlite"
    DatabaseError = sqlite3.DatabaseError
    IntegrityError = sqlite3.IntegrityError

    def __init__(self, path: str | Path) -> None:
        self.name = str(path)
        try:
            self.db = self.sqlite = sqlite3.connect(self.name, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as e:  # a folder, a folder that does not exist, no permission
            raise LedgerError(f"cannot open ledger {self.name}: {e}", code=E_LEDGER_OPEN) from e
        try:
            self.sqlite.row_factory = sqlite3.Row
            self.sqlite.execute("PRAGMA foreign_keys = ON")
            if self.name != ":memory:":
                self.sqlite.execute("PRAGMA journal_mode = WAL")
            self.sqlite.execute("PRAGMA busy_timeout = 5000")
        except sqlite3.DatabaseError as e:
            self.sqlite.close()
            raise LedgerError(f"cannot open ledger {self.name}: {e}", code=E_LEDGER_OPEN) from e

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.sqlite.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.sqlite.in_transaction:  # some errors (a full disk) have already rolled it back
                self.sqlite.execute("ROLLBACK")
            raise
        self.sqlite.execute("COMMIT")

    def run_script(self, sql: str) -> None:
        # not executescript(): it commits the open transaction first
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.sqlite.execute(statement)
                statement = ""
        if statement.strip() and not _only_comments(statement):
            raise sqlite3.OperationalError(f"incomplete SQL statement at the end: {statement.strip()[:60]!r}")

    def tables(self) -> set[str]:
        return {r[0] for r in self.sqlite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _only_comments(sql: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in sql.splitlines())


# --- PostgreSQL -----------------------------------------------------------------------------------------------
class Row:
    """A row read by index (``row[0]``), by column name (``row["id"]``) or as a dict (``dict(row)``), like
    ``sqlite3.Row``: with a repeated column name, the first one is read."""

    __slots__ = ("_index", "_names", "_values")

    def __init__(self, names: list[str], index: dict[str, int], values: Sequence[Any]) -> None:
        self._names, self._index, self._values = names, index, values

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key]] if isinstance(key, str) else self._values[key]

    def keys(self) -> list[str]:
        return list(self._names)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._names, self._values, strict=True))!r})"


def _row_factory(cursor: Any) -> Any:
    names = [column.name for column in cursor.description or ()]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)
    return lambda values: Row(names, index, values)


_PG_TOKENS = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|%|\bLIKE\b", re.IGNORECASE)


@lru_cache(maxsize=512)
def postgres_sql(sql: str) -> str:
    """The ledger's SQL as psycopg reads it: ``?`` placeholders become ``%s`` and a literal ``%`` is doubled
    (outside quoted strings and names). ``LIKE`` becomes ``ILIKE``: SQLite's LIKE ignores the case of ASCII
    letters, and so does ILIKE on the ledger's ``"C"``-collated text, so a search finds the same rows in both."""

    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.upper() == "LIKE":
            return "ILIKE"
        return token.replace("%", "%%") if token.startswith("'") else token

    return _PG_TOKENS.sub(swap, sql)


class PostgresConnection:
    """A psycopg connection (in autocommit mode) that reads the ledger's SQL and gives ``Row``s."""

    def __init__(self, conn: Any, name: str = "the PostgreSQL ledger") -> None:
        self.conn = conn
        self.name = name

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        import psycopg

        try:
            return self.conn.execute(postgres_sql(sql), tuple(parameters))
        except psycopg.OperationalError as e:  # the server went away or the connection broke: one clean line
            first_line = str(e).strip().split("\n", 1)[0]
            raise LedgerError(f"lost the connection to {self.name}: {first_line}", code=E_LEDGER_OPEN) from e

    def executescript(self, sql: str) -> Any:
        # without parameters psycopg sends the text as it is, several statements at once
        return self.conn.execute(sql)

    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.conn.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR)

    def close(self) -> None:
        self.conn.close()


class PostgresBackend(Backend):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.conninfo import conninfo_to_dict
        except ImportError as e:
            raise LedgerError(
                "a PostgreSQL ledger needs psycopg: pip install 'whipcount[postgres]'", code=E_LEDGER_OPEN
            ) from e
        self.DatabaseError = psycopg.DatabaseError
        self.IntegrityError = psycopg.IntegrityError
        try:
            params = conninfo_to_dict(url)
        except psycopg.Error as e:
            raise LedgerError(f"not a PostgreSQL URL: {_redact(str(e), None)}", code=E_LEDGER_OPEN) from e
        password = params.get("password")
        self.name = _display(params)
        options: dict[str, Any] = {"autocommit": True, "row_factory": _row_factory}
        if "connect_timeout" not in params:
            options["connect_timeout"] = CONNECT_TIMEOUT
        try:
            conn = psycopg.connect(url, **options)
        except psycopg.Error as e:
            message = _redact(str(e), str(password) if password else None)
            raise LedgerError(f"cannot open ledger {self.name}: {message}", code=E_LEDGER_OPEN) from e
        self.db = self.postgres = PostgresConnection(conn, self.name)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # read committed whatever the database's default: each statement sees what earlier writers committed,
        # so a writer that waited for the lock reads the state the previous writer left (repeatable read would
        # keep the snapshot taken while it waited)
        self.postgres.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        try:
            self.postgres.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield
        except BaseException:
            if self.postgres.in_transaction():  # not when the connection is lost
                self.postgres.execute("ROLLBACK")
            raise
        self.postgres.execute("COMMIT")

    def run_script(self, sql: str) -> None:
        self.postgres.executescript(sql)

    def tables(self) -> set[str]:
        rows = self.postgres.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {r[0] for r in rows}


def _display(params: dict[str, Any]) -> str:
    """The URL to show: user, host, port and database, never the password."""
    user = f"{params['user']}@" if params.get("user") else ""
    host = str(params.get("host") or "")
    if host.startswith("/"):  # a unix socket directory
        host = ""
    port = f":{params['port']}" if params.get("port") and host else ""
    return f"postgresql://{user}{host}{port}/{params.get('dbname') or ''}"


def _redact(message: str, password: str | None) -> str:
    message = re.sub(r"(postgres(?:ql)?://[^:/@\s]*:)[^@\s]*@", r"\1***@", message)
    if password:
        message = message.replace(password, "***")
    return message
