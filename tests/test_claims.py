"""Aggregate and exception claims, and announced outcomes: inferred positions, always marked as inferred.
The articles are written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from whipcount.ledger import open_ledger
from whipcount.nlp.extract import analyse_many
from whipcount.pipeline import ingest
from whipcount.records import Article
from whipcount.tally import tally_from_ledger

pytestmark = pytest.mark.model
OFFICE = "NATO Secretary General"
TAG = "\n(Written by the whipcount project for its tests.)"


def claims(nlp, text: str, published: date = date(2024, 6, 20)):
    ((_, _, found),) = analyse_many([Article(id="t", title="NATO's next chief", text=text, published=published)], nlp)
    return [(c.kind, c.candidate, c.excluded, c.count) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every ally except Hungary, Slovakia and Romania now backs Mark Rutte, diplomats said.",
            [("all_except", "Mark Rutte", ("HUN", "SVK", "ROU"), None)],
        ),
        (
            "Mark Rutte is the favourite. The only holdout is Romania, which backs its own president.",
            [("all_except", "Mark Rutte", ("ROU",), None)],
        ),
        ("Rutte now has the backing of 28 of 32 allies.", [("count", "Mark Rutte", (), 28)]),
        (
            "The North Atlantic Council appointed Mark Rutte as secretary general on Wednesday.",
            [("outcome", "Mark Rutte", (), None)],
        ),
        ("Rutte needs the support of all 32 allies to be appointed.", []),
        ("If every ally except Hungary backed Rutte, the race would be over.", []),
        ("Could all allies but Hungary back Rutte by June?", []),
        # the rule in the present tense is no decision, whoever is named before it
        (
            "Mark Rutte is the favourite.\nThe secretary general is appointed by the North Atlantic Council, by "
            "consensus, for a term of four years.",
            [],
        ),
    ],
)
def test_claims_found(nlp, text, expected):
    assert claims(nlp, text) == expected


def write(folder, name, published, body):
    (folder / f"{name}.txt").write_text(
        f"---\npublished: {published}\n---\nNATO race\n\n{body}{TAG}\n", encoding="utf-8"
    )


def test_a_corpus_of_aggregate_statements_still_yields_a_correct_tally(tmp_path, nlp):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(
        corpus,
        "a",
        "2024-05-13",
        "Every ally except Hungary, Slovakia and Romania now backs Mark Rutte for NATO's top job, diplomats said.",
    )
    write(corpus, "b", "2024-06-18", "Hungary and Slovakia said on Tuesday that they would support Mark Rutte.")
    write(corpus, "c", "2024-06-20", "Romania said on Thursday that it backs Mark Rutte as NATO secretary general.")
    with open_ledger(tmp_path / "l.db") as ledger:
        list(ingest([corpus], ledger, nlp=nlp))
        eve = tally_from_ledger(ledger, OFFICE, date(2024, 6, 19)).candidates[0]
        final = tally_from_ledger(ledger, OFFICE, date(2024, 6, 20)).candidates[0]
    assert (eve.name, len(eve.support), eve.silent, eve.rule_met, eve.needed) == ("Mark Rutte", 31, ("ROU",), False, 1)
    assert (len(final.support), final.rule_met) == (32, True)
    inferred = {p.member for p in final.positions if p.inferred}
    assert len(inferred) == 29 and not inferred & {"HUN", "SVK", "ROU"}
    assert all(p.actor.startswith("(inferred") for p in final.positions if p.inferred)


def test_a_stated_stance_is_never_overridden_by_an_aggregate_claim(tmp_path, nlp):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(
        corpus,
        "a",
        "2024-04-15",
        "Turkey had not yet decided whether to back Mark Rutte as NATO secretary general, officials said.",
    )
    write(corpus, "b", "2024-05-13", "Every ally except Hungary now backs Mark Rutte, diplomats said.")
    with open_ledger(tmp_path / "l.db") as ledger:
        list(ingest([corpus], ledger, nlp=nlp))
        t = tally_from_ledger(ledger, OFFICE, date(2024, 5, 13)).candidates[0]
    assert "TUR" in t.undecided and "TUR" not in t.support


def test_an_announced_appointment_closes_the_race_and_is_marked(tmp_path, nlp, monkeypatch):
    from click.testing import CliRunner

    from whipcount.outputs.cli import main

    corpus = tmp_path / "c"
    corpus.mkdir()
    write(
        corpus, "a", "2024-06-26", "The North Atlantic Council appointed Mark Rutte as secretary general on Wednesday."
    )
    db = tmp_path / "l.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    out = json.loads(
        runner.invoke(main, ["tally", OFFICE, "--as-of", "2024-06-26", "--format", "json", "--db", str(db)]).stdout
    )
    rutte = out["candidates"][0]
    assert (rutte["name"], rutte["decided_on"], rutte["rule_met"], len(rutte["support"])) == (
        "Mark Rutte",
        "2024-06-26",
        True,
        32,
    )
    assert all(p["inferred"] for p in rutte["positions"])
    table = runner.invoke(main, ["tally", OFFICE, "--as-of", "2024-06-26", "--db", str(db)]).stdout
    assert "support*" in table and "inferred" in table
    timeline = json.loads(runner.invoke(main, ["timeline", OFFICE, "--format", "json", "--db", str(db)]).stdout)
    assert timeline["claims"][0]["kind"] == "outcome" and timeline["claims"][0]["inferred"] is True
