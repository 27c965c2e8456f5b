"""The ledger: one implementation over SQLite (a file) and PostgreSQL (a team's server); ``backends.py`` holds
what differs between the two, so the SQL here is written in what both read.

One write path: ``Ledger.add(article, stances)`` runs in one write transaction (``BEGIN IMMEDIATE`` on SQLite, an
advisory lock on PostgreSQL), so an article is stored whole (with its stances and the positions they change) or
not at all, and writers never interleave. Schema changes are numbered SQL files in ``migrations/``, applied in
order and recorded in ``schema_migrations`` by name; where PostgreSQL needs other SQL, ``NNN_name.postgresql.sql``
stands in for ``NNN_name.sql`` and is recorded under the same name.

Positions: for each office, candidate and member, the stances that say where the member stands are ordered by
the date they were taken (not the date they were reported); the latest wins from its date on, and a position
as of a date shows the latest statement made by then (never a later one). A stance dated only to a month or a
year counts from the end of it (or from its report, if earlier): that is when it is known. A stance whose
text gives no date ("previously") counts from the article's publication date only when the article says
nothing dated about that member and candidate. Repeats of the same stance add to ``sources``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import E_FIELD, E_LEDGER_OPEN, E_LEDGER_SCHEMA, E_LEDGER_WRITE, InputError, LedgerError
from ..records import POSITION_STANCES, Article, Claim, Conflict, DatePrecision, Position, Stance, StanceType
from .backends import Backend, connect

EXTRACTOR = "whipcount-0.1.0"
_PRECISION_RANK = {None: 0, "year": 1, "month": 2, "approximate": 3, "published": 4, "day": 5}


class IngestOutcome(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class AddResult:
    outcome: IngestOutcome
    article_id: str
    stances: int = 0
    duplicate_of: str | None = None


DIALECTS = ("sqlite", "postgresql")


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every migration for ``dialect``, in order. ``NNN_name.<dialect>.sql`` stands in for
    ``NNN_name.sql``; the name recorded is ``NNN_name.sql`` either way, so both ledgers list the same steps."""
    chosen: dict[str, tuple[int, str, str]] = {}
    for entry in resources.files("whipcount.ledger").joinpath("migrations").iterdir():
        stem, _, ext = entry.name.rpartition(".")
        if ext != "sql":
            continue
        base, _, variant = stem.rpartition(".")
        if variant not in DIALECTS:
            base, variant = stem, ""
        elif variant != dialect:
            continue
        name = f"{base}.sql"
        if variant or name not in chosen:
            chosen[name] = (int(name.split("_", 1)[0]), name, entry.read_text(encoding="utf-8"))
    return sorted(chosen.values())


class Ledger:
    """The ledger at ``target``: a SQLite file path, or a ``postgresql://user@host:port/db`` URL."""

    def __init__(self, target: str | Path) -> None:
        self.backend: Backend = connect(target)
        self.path = self.backend.name  # a URL is shown without its password
        self.db = self.backend.db
        try:
            self.migrate()
        except self.backend.DatabaseError as e:
            self.backend.close()
            raise LedgerError(f"cannot open ledger {self.path}: {e}", code=E_LEDGER_OPEN) from e
        except BaseException:
            self.backend.close()
            raise

    # --- schema ---------------------------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this ledger lacks; the names of those applied."""
        steps = migrations(self.backend.dialect)
        if "schema_migrations" in self.backend.tables():
            done = {r[0] for r in self.db.execute("SELECT version FROM schema_migrations")}
            steps = [step for step in steps if step[0] not in done]
            if not steps:
                return []  # up to date: opening a ledger to read it takes no write lock
        with self.backend.transaction():
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        applied = []
        for version, name, sql in steps:
            try:
                # one transaction per migration: it applies whole or not at all, and once when two processes
                # open a new ledger at the same time (the second finds it recorded)
                with self.backend.transaction():
                    if self.db.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                        continue
                    self.backend.run_script(sql)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (version, name, _now()),
                    )
            except self.backend.DatabaseError as e:
                raise LedgerError(f"migration {name} failed on {self.path}: {e}", code=E_LEDGER_SCHEMA) from e
            applied.append(name)
        return applied

    def tables(self) -> set[str]:
        """The names of the ledger's tables."""
        return self.backend.tables()

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM schema_migrations ORDER BY version")]

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------------------------
    def add(self, article: Article, stances: list[Stance], claims: Sequence[Claim] = ()) -> AddResult:
        """Store an article and its stances, and update the positions they touch. Idempotent: the same content
        again is a duplicate and changes nothing."""
        with self._transaction():
            row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
            if row is not None:
                return AddResult(IngestOutcome.DUPLICATE, article.id, duplicate_of=row["id"])
            if self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                raise InputError(
                    f"another article with id {article.id!r} and different text is already stored; "
                    "give this one its own 'id'",
                    code=E_FIELD,
                )
            self.db.execute(
                "INSERT INTO articles (id, content_hash, title, text, published, url, source, origin, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.content_hash,
                    article.title,
                    article.text,
                    _iso(article.published),
                    article.url,
                    article.source,
                    article.origin,
                    _now(),
                ),
            )
            keys = set()
            for seq, s in enumerate(stances):
                if s.office is None:
                    # the article never names the post: the one this candidate is already known to run for
                    s = replace(s, office=self._known_office(s.target))
                self.db.execute(
                    "INSERT INTO stances (article_id, seq, actor, actor_country, stance, target, office, conditions,"
                    " date, date_precision, evidence, start_char, end_char, confidence, extractor)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        seq,
                        s.actor,
                        s.actor_country,
                        s.stance.value,
                        s.target,
                        s.office,
                        json.dumps(list(s.conditions), ensure_ascii=False),
                        _iso(s.date),
                        s.date_precision.value if s.date_precision else None,
                        s.evidence,
                        s.start_char,
                        s.end_char,
                        s.confidence,
                        EXTRACTOR,
                    ),
                )
                if s.stance in POSITION_STANCES and s.actor_country and s.office:
                    keys.add((s.office, s.target, s.actor_country))
            for seq, c in enumerate(claims):
                self.db.execute(
                    "INSERT INTO claims (article_id, seq, kind, candidate, office, excluded, count, of_members, date,"
                    " date_precision, evidence, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        seq,
                        c.kind,
                        c.candidate,
                        c.office,
                        json.dumps(list(c.excluded)),
                        c.count,
                        c.of,
                        _iso(c.date),
                        c.date_precision.value if c.date_precision else None,
                        c.evidence,
                        c.start_char,
                        c.end_char,
                    ),
                )
            for key in sorted(keys):
                self._rebuild_positions(*key)
            return AddResult(IngestOutcome.INGESTED, article.id, stances=len(stances))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write, whole or not at all; what the database refuses (a lost connection, a role that may only
        read, a constraint) is a LedgerError."""
        try:
            with self.backend.transaction():
                yield
        except self.backend.DatabaseError as e:
            first_line = str(e).strip().split("\n", 1)[0]  # PostgreSQL adds DETAIL and HINT lines
            raise LedgerError(f"cannot write to ledger {self.path}: {first_line}", code=E_LEDGER_WRITE) from e

    def _rebuild_positions(self, office: str, candidate: str, member: str) -> None:
        """Recompute one member's positions toward one candidate from its stances and any corrections."""
        rows = self.db.execute(
            "SELECT s.id, s.stance, s.date, s.date_precision, s.article_id, s.seq, a.published"
            " FROM stances s JOIN articles a ON a.id = s.article_id"
            " WHERE s.office = ? AND s.target = ? AND s.actor_country = ? AND s.stance IN (?, ?, ?, ?)"
            " AND s.id NOT IN (SELECT stance_id FROM corrections WHERE action = 'ignore' AND stance_id IS NOT NULL)",
            (office, candidate, member, *sorted(p.value for p in POSITION_STANCES)),
        ).fetchall()
        dated_articles = {r["article_id"] for r in rows if r["date"]}
        # (effective date, order within the day..., kind, id, stance, precision)
        timed: list[tuple[str, str, int, str, int, str, int, str | None, str | None]] = []
        for r in rows:
            effective = _known_by(r["date"], r["date_precision"], r["published"])
            if effective is None:
                if r["article_id"] in dated_articles or r["published"] is None:
                    continue  # the article tells us something dated: an undated remark does not override it
                effective = r["published"]
            rank = _PRECISION_RANK.get(r["date_precision"], 0)
            timed.append(
                (
                    effective,
                    r["published"] or "",
                    rank,
                    r["article_id"],
                    r["seq"],
                    "stance",
                    r["id"],
                    r["stance"],
                    r["date_precision"],
                )
            )
        for c in self.db.execute(
            "SELECT * FROM corrections WHERE office = ? AND candidate = ? AND member = ? AND action != 'ignore'",
            (office, candidate, member),
        ):
            # a person's correction wins over every report of the same day
            timed.append(
                (
                    "" if c["date"] is None else c["date"],
                    "~",
                    99,
                    "",
                    c["id"],
                    "correction",
                    c["id"],
                    c["stance"] if c["action"] == "set" else None,
                    "day",
                )
            )
        timed.sort(key=lambda t: t[:5])
        # one step per date: the last report of that day stands; agreeing reports add to the sources
        steps: list[dict[str, Any]] = []
        for effective, _pub, _rank, _art, _seq, kind, ident, stance, precision in timed:
            fresh = {
                "valid_from": effective,
                "stance": stance,
                "precision": precision,
                "agreeing": 1,
                "conflict_id": None,
                "stance_id": ident if kind == "stance" else None,
                "correction_id": ident if kind == "correction" else None,
            }
            if steps and steps[-1]["valid_from"] == effective:
                step = steps[-1]
                if step["stance"] == stance and kind == "stance" and step["correction_id"] is None:
                    step.update(stance_id=ident, agreeing=step["agreeing"] + 1)
                elif kind == "stance" and step["stance_id"] is not None:
                    # two reports disagree about the same day: the later report stands, the other is kept as a
                    # conflict for the user to resolve, not merged away
                    step.update(stance=stance, conflict_id=step["stance_id"], stance_id=ident, agreeing=1)
                else:
                    step.update(fresh)
            else:
                steps.append(fresh)
        self.db.execute(
            "DELETE FROM positions WHERE office = ? AND candidate = ? AND member = ?", (office, candidate, member)
        )
        since, since_precision, sources = None, None, 0
        for i, step in enumerate(steps):
            if i == 0 or steps[i - 1]["stance"] != step["stance"]:
                since, since_precision, sources = step["valid_from"], step["precision"], 0
            sources += step["agreeing"]
            if step["stance"] is None:
                continue  # retracted: no position from this date until the next statement
            until = steps[i + 1]["valid_from"] if i + 1 < len(steps) else None
            self.db.execute(
                "INSERT INTO positions (office, candidate, member, stance, since, valid_from, valid_until,"
                " date_precision, stance_id, sources, conflict_id, correction_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    office,
                    candidate,
                    member,
                    step["stance"],
                    since,
                    step["valid_from"],
                    until,
                    since_precision,
                    step["stance_id"],
                    sources,
                    step["conflict_id"],
                    step["correction_id"],
                ),
            )

    # --- corrections and races --------------------------------------------------------------------------------
    def correct(
        self,
        *,
        action: str,
        office: str,
        candidate: str,
        member: str,
        author: str,
        note: str,
        stance: StanceType | None = None,
        day: date | None = None,
        stance_id: int | None = None,
    ) -> int:
        """Record a person's correction and the audit entry for it, and rebuild the position it touches."""
        if not author.strip() or not note.strip():
            raise InputError("a correction needs an author and a note", code=E_FIELD)
        if action == "set" and (stance is None or stance not in POSITION_STANCES or day is None):
            raise InputError(
                "setting a position needs a stance (support, oppose, abstain, undecided) and a date", code=E_FIELD
            )
        if action == "retract" and day is None:
            raise InputError("retracting a position needs the date from which it no longer holds", code=E_FIELD)
        if action == "ignore":
            row = self.db.execute(
                "SELECT office, target, actor_country FROM stances WHERE id = ?", (stance_id,)
            ).fetchone()
            if row is None:
                raise InputError(f"no stance with id {stance_id}", code=E_FIELD)
            office, candidate, member = row["office"], row["target"], row["actor_country"]
        with self._transaction():
            cur = self.db.execute(
                "INSERT INTO corrections (action, office, candidate, member, stance, date, stance_id, author, note,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    action,
                    office,
                    candidate,
                    member,
                    stance.value if stance else None,
                    _iso(day),
                    stance_id,
                    author,
                    note,
                    _now(),
                ),
            )
            correction_id = int(cur.fetchone()[0])
            details = {
                "correction": correction_id,
                "office": office,
                "candidate": candidate,
                "member": member,
                "stance": stance.value if stance else None,
                "date": _iso(day),
                "stance_id": stance_id,
                "note": note,
            }
            self.db.execute(
                "INSERT INTO audit_log (at, author, action, details) VALUES (?, ?, ?, ?)",
                (_now(), author, action, json.dumps(details, ensure_ascii=False)),
            )
            self._rebuild_positions(office, candidate, member)
        return correction_id

    def audit_log(self) -> list[dict[str, Any]]:
        return [
            {"at": r["at"], "author": r["author"], "action": r["action"], **json.loads(r["details"])}
            for r in self.db.execute("SELECT * FROM audit_log ORDER BY id")
        ]

    def declare_race(
        self,
        office: str,
        candidates: list[str],
        *,
        author: str,
        opens: date | None = None,
        closes: date | None = None,
        note: str = "",
    ) -> int:
        with self._transaction():
            cur = self.db.execute(
                "INSERT INTO races (office, opens, closes, declared_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (office, _iso(opens), _iso(closes), author, note, _now()),
            )
            race_id = int(cur.fetchone()[0])
            for name in candidates:
                self.db.execute(
                    "INSERT INTO race_candidates (race_id, candidate) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    (race_id, name),
                )
            self.db.execute(
                "INSERT INTO audit_log (at, author, action, details) VALUES (?, ?, ?, ?)",
                (
                    _now(),
                    author,
                    "declare race",
                    json.dumps(
                        {
                            "race": race_id,
                            "office": office,
                            "candidates": candidates,
                            "opens": _iso(opens),
                            "closes": _iso(closes),
                            "note": note,
                        },
                        ensure_ascii=False,
                    ),
                ),
            )
        return race_id

    def declared_candidates(self, office: str, as_of: date) -> list[str]:
        day = as_of.isoformat()
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT c.candidate FROM race_candidates c JOIN races r ON r.id = c.race_id"
                " WHERE r.office = ? AND (r.opens IS NULL OR r.opens <= ?) AND (r.closes IS NULL OR r.closes >= ?)"
                " ORDER BY c.candidate",
                (office, day, day),
            )
        ]

    # --- reading --------------------------------------------------------------------------------------------
    def find_content(self, content_hash: str) -> str | None:
        """The id of the stored article with this normalised text, if any."""
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return str(row[0]) if row else None

    def article(self, article_id: str) -> Article | None:
        r = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(r) if r else None

    def articles(self) -> Iterator[Article]:
        for r in self.db.execute("SELECT * FROM articles ORDER BY published NULLS FIRST, id"):
            yield _article(r)

    def count(self, table: str) -> int:
        if table not in ("articles", "stances", "positions"):
            raise ValueError(table)
        return int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def stances(self, *, office: str | None = None, article_id: str | None = None) -> list[Stance]:
        sql = "SELECT * FROM stances WHERE 1=1"
        args: list[object] = []
        if office is not None:
            sql += " AND office = ?"
            args.append(office)
        if article_id is not None:
            sql += " AND article_id = ?"
            args.append(article_id)
        return [_stance(r) for r in self.db.execute(sql + " ORDER BY date NULLS FIRST, article_id, seq", args)]

    # A position's evidence is its latest stance's, or the note of the correction that set it.
    _POSITION_SELECT = (
        "SELECT p.*, COALESCE(s.actor, 'correction by ' || k.author) AS actor,"
        " COALESCE(s.evidence, k.note) AS evidence,"
        " COALESCE(s.article_id, 'correction-' || k.id) AS article_id, COALESCE(s.conditions, '[]') AS conditions,"
        " COALESCE(s.confidence, 1.0) AS confidence, COALESCE(s.date, k.date) AS stated_on, k.author AS corrected_by,"
        " c.stance AS conflict_stance, c.article_id AS conflict_article, c.evidence AS conflict_evidence"
        " FROM positions p LEFT JOIN stances s ON s.id = p.stance_id LEFT JOIN corrections k ON k.id = p.correction_id"
        " LEFT JOIN stances c ON c.id = p.conflict_id"
    )

    def positions(self, office: str, as_of: date, *, min_confidence: float = 0.0) -> list[Position]:
        """Every member's position toward every candidate for ``office`` as of the end of ``as_of``."""
        day = as_of.isoformat()
        rows = self.db.execute(
            self._POSITION_SELECT + " WHERE p.office = ? AND p.valid_from <= ? AND (p.valid_until IS NULL OR"
            " p.valid_until > ?) AND COALESCE(s.confidence, 1.0) >= ? ORDER BY p.candidate, p.member",
            (office, day, day, min_confidence),
        ).fetchall()
        return [_position(r) for r in rows]

    def history(self, office: str) -> list[tuple[date, date | None, Position]]:
        """Every statement row for ``office``: (stated from, until, position), oldest first. A row whose position
        ``valid_from`` (since) equals its statement date is a change of position."""
        rows = self.db.execute(
            self._POSITION_SELECT + " WHERE p.office = ? ORDER BY p.valid_from, p.candidate, p.member", (office,)
        ).fetchall()
        return [(date.fromisoformat(r["valid_from"]), _date(r["valid_until"]), _position(r)) for r in rows]

    def conflicts(self, office: str, member: str) -> list[Position]:
        """The member's positions on ``office`` that a report of the same day contradicts."""
        return [p for _, _, p in self.history(office) if p.member == member and p.conflict]

    def member_stances(self, office: str, member: str) -> list[tuple[Stance, Article]]:
        """Every stance a member took (or was reported to take) on ``office``, with its article, by date."""
        rows = self.db.execute(
            "SELECT s.*, a.id AS a_id, a.title, a.text, a.published, a.url, a.source, a.origin"
            " FROM stances s JOIN articles a ON a.id = s.article_id"
            " WHERE s.office = ? AND s.actor_country = ?"
            " ORDER BY COALESCE(s.date, a.published) NULLS FIRST, a.published NULLS FIRST, s.article_id, s.seq",
            (office, member),
        ).fetchall()
        out = []
        for r in rows:
            out.append((_stance(r), _article({**dict(r), "id": r["a_id"]})))
        return out

    def race_events(self, office: str, as_of: date) -> list[Stance]:
        """Candidacies and withdrawals for ``office`` up to ``as_of``. An undated one ("had earlier put himself
        forward") is dated to its article's publication, marked with the precision ``published``."""
        rows = self.db.execute(
            "SELECT s.*, a.published FROM stances s JOIN articles a ON a.id = s.article_id"
            " WHERE s.office = ? AND s.stance IN ('candidacy', 'withdrawal')"
            " AND COALESCE(s.date, a.published) <= ? ORDER BY COALESCE(s.date, a.published), s.article_id, s.seq",
            (office, as_of.isoformat()),
        ).fetchall()
        out = []
        for r in rows:
            s = _stance(r)
            if s.date is None and r["published"]:
                s = replace(s, date=date.fromisoformat(r["published"]), date_precision=DatePrecision.PUBLISHED)
            known = _known_by(r["date"], r["date_precision"], r["published"]) or r["published"]
            if known is not None and known <= as_of.isoformat():
                out.append((known, s))
        # ordered by when each is known to have happened: "on 12 March" before "in March" (known by the 31st)
        return [s for _, s in sorted(out, key=lambda ks: ks[0])]

    def _known_office(self, candidate: str) -> str | None:
        row = self.db.execute(
            "SELECT office, COUNT(*) AS n FROM (SELECT office FROM stances WHERE target = ? AND office IS NOT NULL"
            " UNION ALL SELECT office FROM claims WHERE candidate = ? AND office IS NOT NULL) AS named"
            " GROUP BY office ORDER BY n DESC, office LIMIT 1",
            (candidate, candidate),
        ).fetchone()
        return str(row["office"]) if row else None

    def claims(self, office: str, as_of: date) -> list[Claim]:
        """Aggregate claims and outcomes about ``office`` made by ``as_of`` (undated: by publication)."""
        rows = self.db.execute(
            "SELECT c.*, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE c.office = ? AND COALESCE(c.date, a.published) <= ?"
            " ORDER BY COALESCE(c.date, a.published), a.published NULLS FIRST, c.article_id, c.seq",
            (office, as_of.isoformat()),
        ).fetchall()
        return [
            Claim(
                article=r["article_id"],
                kind=r["kind"],
                candidate=r["candidate"],
                office=r["office"],
                excluded=tuple(json.loads(r["excluded"])),
                count=r["count"],
                of=r["of_members"],
                date=_date(r["date"] or r["published"]),
                date_precision=DatePrecision(r["date_precision"]) if r["date_precision"] else None,
                evidence=r["evidence"],
                start_char=r["start_char"],
                end_char=r["end_char"],
            )
            for r in rows
        ]

    def offices(self) -> list[str]:
        return [
            r[0]
            for r in self.db.execute("SELECT DISTINCT office FROM stances WHERE office IS NOT NULL ORDER BY office")
        ]


def open_ledger(target: str | Path = "whipcount.db") -> Ledger:
    """Open (and bring up to date) the ledger at ``target``: a ``postgresql://`` (or ``postgres://``) URL is a
    PostgreSQL database, anything else a SQLite file."""
    return Ledger(target)


# --- helpers ----------------------------------------------------------------------------------------------------
def _known_by(day: str | None, precision: str | None, published: str | None) -> str | None:
    """The first day a stance is known to hold: its date, or for a month or a year the end of it (a stance
    taken "in February" is known by 29 February, not on the 1st), but never after the article reported it."""
    if day is None:
        return None
    start = date.fromisoformat(day)
    if precision == DatePrecision.MONTH.value:
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
    elif precision == DatePrecision.YEAR.value:
        end = date(start.year, 12, 31)
    else:
        return day
    if published is not None:
        end = min(end, max(start, date.fromisoformat(published)))
    return end.isoformat()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _article(r: Any) -> Article:
    return Article(
        id=r["id"],
        title=r["title"],
        text=r["text"],
        published=_date(r["published"]),
        url=r["url"],
        source=r["source"],
        origin=r["origin"],
    )


def _stance(r: Any) -> Stance:
    return Stance(
        article=r["article_id"],
        actor=r["actor"],
        actor_country=r["actor_country"],
        stance=StanceType(r["stance"]),
        target=r["target"],
        office=r["office"],
        conditions=tuple(json.loads(r["conditions"])),
        date=_date(r["date"]),
        date_precision=DatePrecision(r["date_precision"]) if r["date_precision"] else None,
        evidence=r["evidence"],
        start_char=r["start_char"],
        end_char=r["end_char"],
        confidence=r["confidence"],
    )


def _position(r: Any) -> Position:
    return Position(
        office=r["office"],
        candidate=r["candidate"],
        member=r["member"],
        stance=StanceType(r["stance"]),
        valid_from=date.fromisoformat(r["since"]),
        valid_until=_date(r["valid_until"]),
        date_precision=DatePrecision(r["date_precision"]) if r["date_precision"] else None,
        stated_on=_date(r["stated_on"]),
        actor=r["actor"],
        evidence=r["evidence"],
        article=r["article_id"],
        conditions=tuple(json.loads(r["conditions"])),
        sources=r["sources"],
        corrected_by=r["corrected_by"],
        conflict=(
            Conflict(
                stance=StanceType(r["conflict_stance"]), article=r["conflict_article"], evidence=r["conflict_evidence"]
            )
            if r["conflict_stance"]
            else None
        ),
    )
