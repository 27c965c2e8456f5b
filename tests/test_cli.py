"""The command line, in process (click's runner), on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from whipcount.outputs.cli import main

from .conftest import FOUNDING, ROOT

pytestmark = pytest.mark.model


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_ingest_reports_every_input_and_bad_files_do_not_stop_the_batch(run, tmp_path, nlp):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_good.txt").write_text(FOUNDING.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "b_empty.txt").write_bytes(b"")
    (inputs / "c_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (inputs / "d_latin1.txt").write_bytes("T\n\nSlovakia backs Rutte, caf\xe9.".encode("latin-1"))
    (inputs / "e_broken.json").write_text('{"text": "x"')
    (inputs / "f_nav.html").write_text("<html><body><nav>Home</nav></body></html>")
    (inputs / "g_good.json").write_text(
        json.dumps(
            {
                "id": "slovakia-1",
                "title": "Slovakia",
                "published": "2024-06-18",
                "text": "Slovakia said on Tuesday that it would support Mark Rutte as NATO secretary general. "
                "(Written by the whipcount project for its tests.)",
            }
        )
    )
    db = tmp_path / "w.db"
    result = run("ingest", inputs, "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    status = {Path(line.split()[1]).name: line.split()[0] for line in lines}
    assert status == {
        "a_good.txt": "ingested",
        "b_empty.txt": "rejected",
        "c_binary.txt": "rejected",
        "d_latin1.txt": "rejected",
        "e_broken.json": "rejected",
        "f_nav.html": "rejected",
        "g_good.json": "ingested",
    }
    reasons = {Path(line.split()[1]).name: line for line in lines}
    assert "empty file" in reasons["b_empty.txt"] and "binary" in reasons["c_binary.txt"]
    assert "UTF-8" in reasons["d_latin1.txt"] and "malformed JSON" in reasons["e_broken.json"]
    assert "no main text" in reasons["f_nav.html"]
    assert "2 ingested, 0 duplicate, 5 rejected" in result.stderr
    # again: everything stored stays, the good files are duplicates now
    again = run("ingest", inputs, "--db", db)
    assert again.stdout.count("duplicate") == 2 and "0 ingested" in again.stderr
    tally = json.loads(
        run("tally", "NATO Secretary General", "--as-of", "2024-06-18", "--db", db, "--format", "json").stdout
    )
    rutte = next(c for c in tally["candidates"] if c["name"] == "Mark Rutte")
    assert set(rutte["support"]) == {"EST", "SVK"}


def test_extract_prints_jsonl_without_a_database(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", FOUNDING)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 9 and all(r["article"] == "000_0fe8a165735d953a" for r in rows)
    assert not list(tmp_path.iterdir())
    table = run("extract", FOUNDING, "--format", "table").stdout
    assert "Margus Tsahkna" in table and "candidacy" in table


def test_extract_the_seed_as_published_without_front_matter(run):
    seed = ROOT.parent / "shared" / "seeds" / "000_0fe8a165735d953a.txt"
    if not seed.exists():
        pytest.skip("the shared seed folder is not beside this checkout")
    rows = [json.loads(line) for line in run("extract", seed).stdout.splitlines()]
    # no publication date in the file: dates resolve against the dated post (2 April 2024)
    assert {"2024-04-02", "2024-03-31"} <= {r["date"] for r in rows}


def test_tally_json_contract_and_dates(run, demo_db):
    out = json.loads(
        run("tally", "NATO Secretary General", "--as-of", "2024-06-26", "--format", "json", "--db", demo_db).stdout
    )
    assert {"office", "body", "rule", "as_of", "candidates"} <= set(out)
    rutte = out["candidates"][0]
    assert {"name", "support", "oppose", "abstain", "undecided", "silent", "rule_met", "blocking"} <= set(rutte)
    assert (rutte["name"], len(rutte["support"]), rutte["rule_met"]) == ("Mark Rutte", 32, True)
    early = json.loads(
        run("tally", "NATO Secretary General", "--as-of", "2024-04-02", "--format", "json", "--db", demo_db).stdout
    )
    rutte = early["candidates"][0]
    assert rutte["rule_met"] is False and len(rutte["silent"]) == 26 and "HUN" in rutte["blocking"]
    table = run("tally", "NATO Secretary General", "--as-of", "2024-04-02", "--db", demo_db).stdout
    assert "Mark Rutte: 5 support, 1 oppose" in table and "silent" in table


def test_errors_are_one_clean_line(run, demo_db):
    result = run("tally", "Pope", "--db", demo_db)
    assert result.exit_code == 1
    assert result.stderr.startswith("whipcount: error W401: unknown office 'Pope'")
    assert len(result.stderr.strip().splitlines()) == 1
    bad = run("tally", "NATO Secretary General", "--as-of", "June", "--db", demo_db)
    assert bad.exit_code == 1 and "W402" in bad.stderr


def test_report_is_a_self_contained_page(run, demo_db, tmp_path):
    out = tmp_path / "r.html"
    result = run("report", "NATO Secretary General", "--as-of", "2024-06-26", "--db", demo_db, "-o", out)
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Mark Rutte" in html and "32 support" in html and "Rule met" in html
    assert html.count("<svg") == 2 and "Support over time" in html and "Map: Mark Rutte" in html
    assert not re.search(r"<script|<link|src=\"http", html)


def test_evaluate_prints_scores(run):
    result = run("evaluate", ROOT / "corpus" / "gold" / "demo.jsonl", "--format", "json")
    scores = json.loads(result.stdout)
    assert scores["overall"]["f1"] >= 0.95


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"| `whipcount {name}" in readme, name  # a row of the README's command table


def test_a_users_own_body_and_office(run, tmp_path):
    data = tmp_path / "data"
    (data / "bodies").mkdir(parents=True)
    (data / "bodies" / "tst.json").write_text(
        json.dumps(
            {
                "sources": [{"name": "written for this test"}],
                "code": "TST",
                "name": "Test Council",
                "members": [{"code": "EST", "joined": "2000-01-01"}, {"code": "LVA", "joined": "2000-01-01"}],
                "rule": {"name": "consensus", "params": {"silence_blocks": True}},
            }
        )
    )
    (data / "offices.json").write_text(
        json.dumps(
            {"offices": [{"name": "Chair of the Test Council", "body": "TST", "aliases": ["the council's top job"]}]}
        )
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "---\npublished: 2024-05-02\n---\nTest Council\n\n"
        "Estonia and Latvia said on Thursday that they would back Mark Rutte for the council's top job.\n"
        "(Written by the whipcount project for its tests.)\n"
    )
    db = tmp_path / "t.db"
    assert run("--data", data, "ingest", article, "--db", db).exit_code == 0
    out = json.loads(
        run(
            "--data", data, "tally", "the council's top job", "--as-of", "2024-05-02", "--db", db, "--format", "json"
        ).stdout
    )
    assert (out["office"], out["body"], out["candidates"][0]["support"], out["candidates"][0]["rule_met"]) == (
        "Chair of the Test Council",
        "TST",
        ["EST", "LVA"],
        True,
    )
    offices = run("--data", data, "offices").stdout
    assert "Chair of the Test Council" in offices


def test_a_broken_user_body_is_refused_with_its_file_named(run, tmp_path):
    data = tmp_path / "data"
    (data / "bodies").mkdir(parents=True)
    (data / "bodies" / "bad.json").write_text(
        json.dumps({"code": "BAD", "members": [{"code": "est"}], "rule": {"name": "consensus"}})
    )
    result = run("--data", data, "offices")
    assert result.exit_code == 1
    assert "bad.json" in result.stderr and "W201" in result.stderr


def test_timeline_gives_rule_met_on_and_romanias_withdrawal(run, demo_db):
    out = json.loads(run("timeline", "NATO Secretary General", "--format", "json", "--db", demo_db).stdout)
    rutte = next(c for c in out["candidates"] if c["name"] == "Mark Rutte")
    assert rutte["rule_met_on"] == "2024-06-20"
    withdrawal = [c for c in out["changes"] if c["stance"] == "withdrawal"]
    assert [(c["date"], c["candidate"], c["member"]) for c in withdrawal] == [("2024-06-20", "Klaus Iohannis", "ROU")]
    hungary = [c for c in out["changes"] if c["member"] == "HUN" and c["candidate"] == "Mark Rutte"]
    assert [(c["stance"], c["previous"]) for c in hungary] == [("oppose", None), ("support", "oppose")]
    days = [d for d in out["days"] if d["candidate"] == "Mark Rutte"]
    assert days == sorted(days, key=lambda d: d["date"]) and days[-1]["support"] == 32
    assert [d["rule_met"] for d in days].index(True) == [d["date"] for d in days].index("2024-06-20")
    table = run("timeline", "NATO Secretary General", "--until", "2024-06-19", "--db", demo_db).stdout
    assert "Mark Rutte: rule not met; needs 1 more; in the way: ROU" in table


def test_explain_lists_a_members_stances_with_sources(run, demo_db):
    out = json.loads(run("explain", "NATO Secretary General", "Hungary", "--format", "json", "--db", demo_db).stdout)
    assert out["member"] == "HUN"
    kinds = [s["stance"] for s in out["stances"]]
    assert kinds[0] == "oppose" and kinds[-1] == "support"
    conditional = [s for s in out["stances"] if s["conditions"]]
    assert conditional and "Ukraine" in conditional[0]["conditions"][0]
    assert all(s["source"]["published"] for s in out["stances"])
    bad = run("explain", "NATO Secretary General", "Atlantis", "--db", demo_db)
    assert bad.exit_code == 1 and "W403" in bad.stderr


def test_corrections_from_the_command_line_are_audited(run, tmp_path, nlp):
    db = tmp_path / "c.db"
    assert run("ingest", FOUNDING, "--db", db).exit_code == 0
    result = run(
        "correct",
        "NATO Secretary General",
        "Latvia",
        "Mark Rutte",
        "--stance",
        "support",
        "--from",
        "2024-04-03",
        "--author",
        "Ana (desk)",
        "--note",
        "Latvian MFA statement, checked by phone",
        "--db",
        db,
    )
    assert result.exit_code == 0 and "correction 1 recorded" in result.stdout
    t = json.loads(
        run("tally", "NATO Secretary General", "--as-of", "2024-04-03", "--format", "json", "--db", db).stdout
    )
    rutte = next(c for c in t["candidates"] if c["name"] == "Mark Rutte")
    lva = next(p for p in rutte["positions"] if p["member"] == "LVA")
    assert (lva["stance"], lva["corrected_by"]) == ("support", "Ana (desk)")
    assert (
        run(
            "race",
            "NATO Secretary General",
            "--candidate",
            "Mark Rutte",
            "--candidate",
            "Klaus Iohannis",
            "--author",
            "Ana (desk)",
            "--db",
            db,
        ).exit_code
        == 0
    )
    log = json.loads(run("audit", "--format", "json", "--db", db).stdout)
    assert [e["action"] for e in log] == ["set", "declare race"]
    # re-ingesting the article does not undo the correction
    run("ingest", FOUNDING, "--db", db)
    t = json.loads(
        run("tally", "NATO Secretary General", "--as-of", "2024-04-03", "--format", "json", "--db", db).stdout
    )
    assert "LVA" in next(c for c in t["candidates"] if c["name"] == "Mark Rutte")["support"]
    missing_note = run(
        "correct",
        "NATO Secretary General",
        "LVA",
        "Mark Rutte",
        "--retract",
        "--from",
        "2024-04-04",
        "--author",
        "x",
        "--note",
        " ",
        "--db",
        db,
    )
    assert missing_note.exit_code == 1 and "author and a note" in missing_note.stderr


def test_export_tables_as_csv_and_json(run, demo_db, tmp_path):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(run("export", "stances", "--db", demo_db).stdout)))
    assert len(rows) == 133 and {"article", "actor_country", "stance", "target", "evidence"} <= set(rows[0])
    out = tmp_path / "positions.json"
    assert run("export", "positions", "--format", "json", "-o", out, "--db", demo_db).exit_code == 0
    positions = json.loads(out.read_text(encoding="utf-8"))
    assert any(p["member"] == "HUN" and p["stance"] == "oppose" for p in positions)
    articles = json.loads(run("export", "articles", "--format", "json", "--db", demo_db).stdout)
    assert len(articles) == 19
    import pyarrow.parquet as pq

    parquet = tmp_path / "stances.parquet"
    assert run("export", "stances", "--format", "parquet", "-o", parquet, "--db", demo_db).exit_code == 0
    table = pq.read_table(parquet)
    assert table.num_rows == 133 and "evidence" in table.column_names
    assert run("export", "stances", "--format", "parquet", "--db", demo_db).exit_code == 1  # needs a file


def test_article_text_is_escaped_in_the_report(run, tmp_path, nlp):
    article = tmp_path / "x.txt"
    article.write_text(
        "---\npublished: 2024-06-18\nurl: javascript:alert(1)\n---\nTitle <script>alert(1)</script>\n\n"
        'Hungary said on Tuesday that it would support Mark Rutte "><img src=x onerror=alert(1)> as NATO '
        "secretary general <script>alert(2)</script>.\n(Written by the whipcount project for its tests.)\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    assert run("ingest", article, "--db", db).exit_code == 0
    out = tmp_path / "r.html"
    run("report", "NATO Secretary General", "--as-of", "2024-06-18", "--db", db, "-o", out)
    html = out.read_text(encoding="utf-8")
    assert "Hungary" in html
    assert "<script>" not in html and "<img" not in html
    assert "javascript:" not in html  # only http(s) links are links
    assert "&lt;script&gt;" in html or "&lt;img" in html
