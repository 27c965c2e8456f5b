from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from whipcount.errors import InputError, LedgerError
from whipcount.ledger import IngestOutcome, open_ledger
from whipcount.records import Article, DatePrecision, Stance, StanceType

OFFICE = "NATO Secretary General"


def article(id_: str, text: str, published: date) -> Article:
    return Article(id=id_, title=id_, text=text, published=published)


def stance(
    article_id: str,
    kind: StanceType,
    when: date | None,
    *,
    member: str = "HUN",
    target: str = "Mark Rutte",
    precision: DatePrecision | None = DatePrecision.DAY,
    evidence: str = "e",
) -> Stance:
    return Stance(
        article=article_id,
        actor=member,
        actor_country=member,
        stance=kind,
        target=target,
        office=OFFICE,
        date=when,
        date_precision=precision if when else None,
        evidence=evidence,
        start_char=0,
        end_char=len(evidence),
        confidence=0.9,
    )


@pytest.fixture
def ledger(ledger_url):
    with open_ledger(ledger_url) as led:
        yield led


def test_migrations_are_recorded_and_rerun_is_a_no_op(ledger_url):
    with open_ledger(ledger_url) as led:
        assert led.applied_migrations() == ["001_initial.sql", "002_races_and_corrections.sql", "003_claims.sql"]
        tables = led.tables()
    with open_ledger(ledger_url) as led:
        assert led.migrate() == []
    expected = {"articles", "stances", "positions", "schema_migrations", "corrections", "audit_log", "races", "claims"}
    assert expected <= tables
    if not ledger_url.startswith("postgresql://"):
        # plain tables any SQLite tool reads
        names = {r[0] for r in sqlite3.connect(ledger_url).execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names == tables


def test_a_migration_that_fails_applies_nothing(ledger_url, monkeypatch):
    from whipcount.ledger import core

    with open_ledger(ledger_url) as led:
        dialect = led.backend.dialect
    broken = "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);\nSELECT * FROM no_such_table;\n"
    steps = [*core.migrations(dialect), (99, "099_broken.sql", broken)]
    monkeypatch.setattr(core, "migrations", lambda _dialect: steps)
    with pytest.raises(LedgerError, match=r"migration 099_broken\.sql failed") as caught:
        open_ledger(ledger_url)
    assert caught.value.code == "W302"
    monkeypatch.undo()
    with open_ledger(ledger_url) as led:
        assert "extra" not in led.tables() and led.applied_migrations()[-1] == "003_claims.sql"


def test_latest_stance_wins_from_its_date_and_reports_are_dated_to_the_statement(ledger):
    a1 = article("a1", "Hungary cannot support Rutte.", date(2024, 3, 8))
    ledger.add(a1, [stance("a1", StanceType.OPPOSE, date(2024, 3, 8))])
    # a later article reports the June statement; an even later one retells the March objection
    a2 = article("a2", "Hungary backs Rutte.", date(2024, 6, 19))
    ledger.add(a2, [stance("a2", StanceType.SUPPORT, date(2024, 6, 18))])
    a3 = article("a3", "Back in March Hungary objected.", date(2024, 6, 27))
    ledger.add(a3, [stance("a3", StanceType.OPPOSE, date(2024, 3, 8))])
    assert [p.stance for p in ledger.positions(OFFICE, date(2024, 6, 17))] == [StanceType.OPPOSE]
    (p,) = ledger.positions(OFFICE, date(2024, 6, 18))
    assert (p.stance, p.valid_from, p.article) == (StanceType.SUPPORT, date(2024, 6, 18), "a2")
    (early,) = ledger.positions(OFFICE, date(2024, 4, 1))
    assert early.sources == 2  # the March objection, reported twice
    assert ledger.positions(OFFICE, date(2024, 3, 7)) == []


def test_same_article_twice_changes_nothing(ledger):
    a = article("a", "Turkey backs Rutte.", date(2024, 4, 30))
    first = ledger.add(a, [stance("a", StanceType.SUPPORT, date(2024, 4, 30), member="TUR")])
    again = ledger.add(
        Article(id="copy", title="other title", text="turkey  backs rutte.", published=a.published),
        [stance("copy", StanceType.SUPPORT, date(2024, 4, 30), member="TUR")],
    )
    assert first.outcome is IngestOutcome.INGESTED
    assert (again.outcome, again.duplicate_of) == (IngestOutcome.DUPLICATE, "a")
    assert (ledger.count("articles"), ledger.count("stances"), ledger.count("positions")) == (1, 1, 1)


def test_failed_write_rolls_back_and_keeps_what_was_stored(ledger):
    ledger.add(
        article("ok", "Estonia backs Rutte.", date(2024, 4, 2)),
        [stance("ok", StanceType.SUPPORT, date(2024, 4, 2), member="EST")],
    )
    bad = stance("bad", StanceType.SUPPORT, date(2024, 4, 3), member="LVA")
    bad = Stance(**{**{f: getattr(bad, f) for f in bad.__slots__}, "evidence": None})  # type: ignore[arg-type]
    with pytest.raises(LedgerError, match="cannot write to ledger") as caught:
        ledger.add(article("bad", "Latvia backs Rutte.", date(2024, 4, 3)), [bad])
    # sqlite3's or psycopg's: the NOT NULL evidence
    assert caught.value.code == "W303" and isinstance(caught.value.__cause__, ledger.backend.IntegrityError)
    assert ledger.article("bad") is None
    assert (ledger.count("articles"), ledger.count("stances")) == (1, 1)


def test_same_id_with_other_text_is_rejected_not_overwritten(ledger):
    ledger.add(article("x", "First text.", date(2024, 1, 1)), [])
    with pytest.raises(InputError):
        ledger.add(article("x", "Different text.", date(2024, 1, 2)), [])
    assert ledger.article("x").text == "First text."


def test_undated_remark_counts_from_publication_only_when_the_article_has_nothing_dated(ledger):
    a = article("a", "Estonian officials were still deciding; at the end of March it backed both.", date(2024, 4, 2))
    ledger.add(
        a,
        [
            stance("a", StanceType.UNDECIDED, None, member="EST"),
            stance("a", StanceType.SUPPORT, date(2024, 3, 31), member="EST", precision=DatePrecision.APPROXIMATE),
        ],
    )
    assert [p.stance for p in ledger.positions(OFFICE, date(2024, 4, 2))] == [StanceType.SUPPORT]
    b = article("b", "Slovakia is still deciding.", date(2024, 5, 13))
    ledger.add(b, [stance("b", StanceType.UNDECIDED, None, member="SVK")])
    svk = [p for p in ledger.positions(OFFICE, date(2024, 5, 13)) if p.member == "SVK"]
    assert [(p.stance, p.valid_from) for p in svk] == [(StanceType.UNDECIDED, date(2024, 5, 13))]


def test_month_precision_counts_from_the_end_of_the_month(ledger):
    a = article("a", "Turkey backed Rutte in April.", date(2024, 6, 27))
    ledger.add(a, [stance("a", StanceType.SUPPORT, date(2024, 4, 1), member="TUR", precision=DatePrecision.MONTH)])
    assert ledger.positions(OFFICE, date(2024, 4, 15)) == []
    assert [p.member for p in ledger.positions(OFFICE, date(2024, 4, 30))] == ["TUR"]


def test_cannot_open_a_file_that_is_not_a_database(tmp_path):
    p = tmp_path / "not.db"
    p.write_text("this is not sqlite" * 100)
    with pytest.raises(LedgerError, match="file is not a database") as caught:
        open_ledger(p)
    assert caught.value.code == "W301"
    with pytest.raises(LedgerError, match="unable to open database file") as caught:
        open_ledger(tmp_path)  # a folder
    assert caught.value.code == "W301"


def test_reports_that_disagree_on_the_same_day_are_a_conflict_not_a_merge(ledger):
    ledger.add(
        article("a", "Slovakia backs Rutte, one outlet says.", date(2024, 6, 18)),
        [stance("a", StanceType.SUPPORT, date(2024, 6, 18), member="SVK", evidence="backs")],
    )
    ledger.add(
        article("b", "Slovakia is undecided, another says.", date(2024, 6, 19)),
        [stance("b", StanceType.UNDECIDED, date(2024, 6, 18), member="SVK", evidence="undecided")],
    )
    (p,) = ledger.positions(OFFICE, date(2024, 6, 18))
    assert p.stance is StanceType.UNDECIDED  # the later report stands...
    assert p.conflict is not None and (p.conflict.stance, p.conflict.article) == (StanceType.SUPPORT, "a")


def test_the_same_stance_from_many_articles_is_one_position_with_several_sources(ledger):
    for i in range(3):
        ledger.add(
            article(f"r{i}", f"Report {i}: Poland backs Rutte.", date(2024, 5, 13 + i)),
            [stance(f"r{i}", StanceType.SUPPORT, date(2024, 5, 13), member="POL")],
        )
    (p,) = ledger.positions(OFFICE, date(2024, 5, 20))
    assert (p.sources, p.valid_from, p.conflict) == (3, date(2024, 5, 13), None)


def test_corrections_override_retract_and_survive_reextraction(ledger):
    a = article("a", "Hungary cannot support Rutte.", date(2024, 3, 8))
    ledger.add(a, [stance("a", StanceType.OPPOSE, date(2024, 3, 8))])
    ledger.correct(
        action="set",
        office=OFFICE,
        candidate="Mark Rutte",
        member="HUN",
        stance=StanceType.UNDECIDED,
        day=date(2024, 3, 8),
        author="desk editor",
        note="the minister said 'not yet', not 'no'",
    )
    (p,) = ledger.positions(OFFICE, date(2024, 3, 9))
    assert (p.stance, p.corrected_by, p.evidence) == (
        StanceType.UNDECIDED,
        "desk editor",
        "the minister said 'not yet', not 'no'",
    )
    # a later report still moves the position on; re-ingesting the same text changes nothing
    ledger.add(
        article("b", "Hungary backs Rutte.", date(2024, 6, 18)), [stance("b", StanceType.SUPPORT, date(2024, 6, 18))]
    )
    ledger.add(a, [stance("a", StanceType.OPPOSE, date(2024, 3, 8))])
    assert ledger.positions(OFFICE, date(2024, 3, 9))[0].stance is StanceType.UNDECIDED
    assert ledger.positions(OFFICE, date(2024, 6, 18))[0].stance is StanceType.SUPPORT
    ledger.correct(
        action="retract",
        office=OFFICE,
        candidate="Mark Rutte",
        member="HUN",
        day=date(2024, 6, 18),
        author="desk editor",
        note="that report was about another post",
    )
    assert ledger.positions(OFFICE, date(2024, 6, 19)) == []
    assert [e["action"] for e in ledger.audit_log()] == ["set", "retract"]
    assert all(e["author"] == "desk editor" and e["note"] for e in ledger.audit_log())


def test_ignoring_one_extracted_stance(ledger):
    ledger.add(
        article("a", "Slovakia backs Rutte.", date(2024, 5, 1)),
        [stance("a", StanceType.SUPPORT, date(2024, 5, 1), member="SVK")],
    )
    (stance_id,) = [r[0] for r in ledger.db.execute("SELECT id FROM stances")]
    ledger.correct(
        action="ignore",
        office="",
        candidate="",
        member="",
        stance_id=stance_id,
        author="me",
        note="misread: the sentence is about Slovenia",
    )
    assert ledger.positions(OFFICE, date(2024, 5, 2)) == []


def test_a_correction_needs_an_author_and_a_note(ledger):
    with pytest.raises(InputError):
        ledger.correct(
            action="set",
            office=OFFICE,
            candidate="Mark Rutte",
            member="HUN",
            stance=StanceType.SUPPORT,
            day=date(2024, 6, 18),
            author="",
            note="x",
        )
