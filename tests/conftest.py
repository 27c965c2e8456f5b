from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from . import pgserver

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "demo"
GOLD = ROOT / "corpus" / "gold" / "demo.jsonl"
FOUNDING = CORPUS / "000_0fe8a165735d953a.txt"
OFFICE = "NATO Secretary General"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline with whipcount's components, loaded once for the whole session."""
    from whipcount.nlp import load_pipeline

    return load_pipeline()


def _ingest_demo(target: str | Path, nlp) -> None:
    from whipcount.ledger import open_ledger
    from whipcount.pipeline import Status, ingest

    with open_ledger(target) as ledger:
        lines = list(ingest([CORPUS], ledger, nlp=nlp))
    assert [line for line in lines if line.status is not Status.INGESTED] == []


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, nlp) -> Path:
    """A SQLite ledger with the whole demo corpus ingested (shared, read-only for the tests that use it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    _ingest_demo(path, nlp)
    return path


# --- PostgreSQL ---------------------------------------------------------------------------------------------------
class Postgres:
    """The session's PostgreSQL server: each test that asks gets a database of its own."""

    def __init__(self, server: pgserver.Server) -> None:
        self.server = server
        self._numbers = itertools.count(1)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.server.url(), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        """The URL of a new, empty database (or a copy of ``template``'s database)."""
        name = f"t{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.server.url(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A real PostgreSQL 15 server for the session, started from its binaries and stopped at the end."""
    reason = pgserver.missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI runs the ledger tests on PostgreSQL too", pytrace=False)
        pytest.skip(reason)
    server = pgserver.start_server()
    try:
        yield Postgres(server)
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def ledger_url(request, tmp_path) -> str:
    """A new, empty ledger on each backend: a SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    postgres: Postgres = request.getfixturevalue("postgres")
    return postgres.new_database()


@pytest.fixture(scope="session")
def postgres_demo(postgres, nlp) -> str:
    """A PostgreSQL ledger with the whole demo corpus ingested (shared, read-only): its URL."""
    url = postgres.new_database()
    _ingest_demo(url, nlp)
    return url


@pytest.fixture(scope="session", params=BACKENDS)
def demo_ledger(request) -> str:
    """The demo corpus ingested into a ledger on each backend (shared, read-only): a path or a URL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("demo_db"))
    return str(request.getfixturevalue("postgres_demo"))


@pytest.fixture
def copy_ledger(request, tmp_path) -> Callable[[str], str]:
    """Copy a shared ledger (``demo_ledger``) for a test that writes to it."""

    def copy(target: str) -> str:
        if target.startswith("postgresql://"):
            postgres: Postgres = request.getfixturevalue("postgres")
            return postgres.new_database(template=target.rsplit("/", 1)[1])
        path = tmp_path / f"copy-{Path(target).name}"
        shutil.copy(target, path)
        return str(path)

    return copy
