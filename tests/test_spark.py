"""The extract file and the Spark engine: Spark in local mode (local[2], on 127.0.0.1, one session for the whole
test session) must give the same records as the local path, and `load` the same ledger as `ingest`.

The Spark tests need Java 17 and pyspark; elsewhere than CI they are skipped when either is missing, under CI they
fail. The extract-file tests below them need neither."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from whipcount.engines.parquet import (
    FIELDS,
    arrow_schema,
    extract_to_parquet,
    load_rows,
    parquet_files,
    read_records,
    rejection_row,
    write_parquet,
)
from whipcount.errors import InputError
from whipcount.ledger import open_ledger
from whipcount.nlp.extract import analyse_many
from whipcount.outputs.cli import main
from whipcount.outputs.export import export_rows
from whipcount.records import Article
from whipcount.sources import Rejection, read_paths

from .conftest import CORPUS, OFFICE

pytestmark = pytest.mark.model
MARKER = "(Written by the whipcount project for its tests.)"
DATES = [date(2024, 3, 1), date(2024, 4, 2), date(2024, 6, 19), date(2024, 6, 26), date(2024, 10, 1)]


def _java_home() -> str | None:
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    return str(Path(java).resolve().parent.parent) if java else None


def _why_no_spark() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'whipcount[spark]')"
    if _java_home() is None:
        return "no Java on this machine (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"
    return None


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    """One SparkSession in local mode for the whole test session, on the loopback address only."""
    reason = _why_no_spark()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI runs the Spark tests", pytrace=False)
        pytest.skip(reason)
    from pyspark.sql import SparkSession

    scratch = tmp_path_factory.mktemp("spark")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("JAVA_HOME", str(_java_home()))
        env.setenv("SPARK_LOCAL_IP", "127.0.0.1")
        env.setenv("PYSPARK_PYTHON", sys.executable)  # workers import whipcount and the model from this venv
        session = (
            SparkSession.builder.master("local[2]")
            .appName("whipcount tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.memory", "1g")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.local.dir", str(scratch / "local"))
            .config("spark.sql.warehouse.dir", str(scratch / "warehouse"))
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The demo corpus, plus a JSONL file of two project-written articles and three inputs that are rejected."""
    extra = tmp_path_factory.mktemp("inputs")
    rows = [
        {"id": "x-1", "title": "Latvia", "published": "2024-06-20", "text": f"Latvia backs Mark Rutte. {MARKER}"},
        {"id": "x-2", "title": "Weather", "published": "2024-06-21", "text": f"Rain is expected in Riga. {MARKER}"},
    ]
    (extra / "extra.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (extra / "empty.txt").write_bytes(b"")
    (extra / "broken.json").write_text('{"text": "never closed', encoding="utf-8")
    # the JSONL file named relative to here: executors read it by its absolute path, rows keep the name given
    jsonl = os.path.relpath(extra / "extra.jsonl")
    return [str(CORPUS), jsonl, str(extra / "empty.txt"), str(extra / "broken.json"), "nowhere"]


@pytest.fixture(scope="module")
def spark_extract(spark, inputs, tmp_path_factory):
    """`whipcount extract --engine spark` end to end, in process (it finds the test session's SparkSession)."""
    out = tmp_path_factory.mktemp("spark-out") / "stances.parquet"
    result = CliRunner().invoke(
        main, ["extract", "--engine", "spark", *inputs, "--output", str(out), "--partitions", "2"]
    )
    assert result.exit_code == 0, result.output
    return out, result


def test_spark_gives_the_same_records_as_the_local_path(spark_extract, inputs, nlp, tmp_path):
    out, _ = spark_extract
    assert len(parquet_files(out)) == 2  # one part per partition, read back in input order
    local = tmp_path / "local.parquet"
    summary = extract_to_parquet(inputs, local, nlp)
    # what the local path computes directly, without any file in between
    read = list(read_paths(inputs))
    found = iter(analyse_many([a for a in read if isinstance(a, Article)], nlp))
    expected = [item if isinstance(item, Rejection) else next(found) for item in read]

    from_spark = list(read_records(out))
    assert from_spark == list(read_records(local)) == expected
    articles = [r for r in from_spark if not isinstance(r, Rejection)]
    assert len(articles) == 21 == summary.articles
    assert sum(len(s) for _, s, _ in articles) == summary.stances > 100
    assert sum(len(c) for _, _, c in articles) == summary.claims > 0
    assert any(not s for _, s, _ in articles)  # articles that state no stance are recorded too
    assert (
        {r.code for r in from_spark if isinstance(r, Rejection)}
        == {"W101", "W104", "W108"}
        == {r.code for r in summary.rejections}
    )
    jsonl = [a.origin for a, _, _ in articles if a.id.startswith("x-")]
    assert not inputs[1].startswith("/") and jsonl == [f"{inputs[1]}:1", f"{inputs[1]}:2"]

    import pyarrow.parquet as pq

    spark_schema = pq.read_schema(parquet_files(out)[0]).remove_metadata()
    assert spark_schema.equals(pq.read_schema(local).remove_metadata())
    assert spark_schema.names == [name for name, _ in FIELDS]


def test_spark_extract_reports_rejected_inputs(spark_extract, inputs):
    _, result = spark_extract
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected")]
    assert len(rejected) == 3
    assert any(inputs[3] in line and "W104: malformed JSON" in line for line in rejected)
    assert any("nowhere" in line and "W108" in line for line in rejected)
    assert "21 articles (" in result.stderr and "3 rejected" in result.stderr


def test_load_gives_the_same_ledger_as_ingest(spark_extract, inputs, tmp_path):
    out, _ = spark_extract
    run = CliRunner()
    loaded = run.invoke(main, ["load", str(out), "--db", str(tmp_path / "loaded.db")])
    ingested = run.invoke(main, ["ingest", *inputs, "--db", str(tmp_path / "ingested.db")])
    assert loaded.exit_code == 0 == ingested.exit_code, loaded.output
    assert loaded.stdout.splitlines() == ingested.stdout.splitlines()
    assert (
        loaded.stderr.split(";")[0]
        == ingested.stderr.split(";")[0]
        == "21 ingested, 0 duplicate, 3 rejected, 0 skipped"
    )

    from whipcount.tally import tally_from_ledger

    with open_ledger(tmp_path / "loaded.db") as a, open_ledger(tmp_path / "ingested.db") as b:
        for what in ("stances", "positions"):
            assert list(export_rows(a, what)) == list(export_rows(b, what)), what
        assert a.count("positions") > 30
        for day in DATES:
            assert tally_from_ledger(a, OFFICE, day) == tally_from_ledger(b, OFFICE, day), day
    again = run.invoke(main, ["load", str(out), "--db", str(tmp_path / "loaded.db")])
    assert again.stderr.startswith("0 ingested, 21 duplicate, 3 rejected")


def test_spark_workers_load_the_users_own_data_folders(spark, tmp_path):
    data = tmp_path / "data"
    (data / "bodies").mkdir(parents=True)
    body = {
        "sources": [{"name": "written for this test"}],
        "code": "TST",
        "name": "Test Council",
        "members": [{"code": "EST", "joined": "2000-01-01"}, {"code": "LVA", "joined": "2000-01-01"}],
        "rule": {"name": "consensus"},
    }
    (data / "bodies" / "tst.json").write_text(json.dumps(body), encoding="utf-8")
    office = {"name": "Chair of the Test Council", "body": "TST", "aliases": ["the council's top job"]}
    (data / "offices.json").write_text(json.dumps({"offices": [office]}), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "---\npublished: 2024-05-02\n---\nTest Council\n\nEstonia said on Thursday that it would back Mark Rutte "
        f"for the council's top job.\n{MARKER}\n",
        encoding="utf-8",
    )
    run = CliRunner()
    offices = {}
    for engine, data_args in (("spark", ["--data", str(data)]), ("local", ["--data", str(data)]), ("local", [])):
        out = tmp_path / f"{engine}-{len(data_args)}.parquet"
        result = run.invoke(main, [*data_args, "extract", "--engine", engine, str(article), "--output", str(out)])
        assert result.exit_code == 0, result.output
        ((_, stances, _),) = read_records(out)
        offices[engine, bool(data_args)] = [s.office for s in stances]
    assert offices["spark", True] == offices["local", True] == ["Chair of the Test Council"]
    assert offices["local", False] != offices["local", True]


def test_spark_never_writes_over_its_inputs_or_other_files_and_replaces_only_a_finished_extract(spark, tmp_path):
    from whipcount.engines.spark import extract_spark

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(f"Latvia\n\nLatvia backs Mark Rutte for NATO's top job. {MARKER}\n", encoding="utf-8")
    for target in (news, news / "out", tmp_path):
        with pytest.raises(InputError, match=r"overlaps the input|is not a Spark extract") as e:
            extract_spark([news], target, spark=spark)
        assert e.value.code == "W107" and (news / "a.txt").exists()
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.md").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="is not a Spark extract"):
        extract_spark([news], other, spark=spark)
    assert (other / "keep.md").read_text(encoding="utf-8") == "mine"
    out = tmp_path / "extract"
    assert extract_spark([news], out, spark=spark).articles == 1
    assert extract_spark([news], out, spark=spark).articles == 1  # an earlier extract is replaced when complete
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no partial folder left
    (out / "_SUCCESS").unlink()  # what a job that failed half-way leaves
    with open_ledger(tmp_path / "w.db") as ledger, pytest.raises(InputError, match="not a finished Spark extract"):
        list(load_rows(out, ledger))


def test_the_spark_submit_script_runs_the_command_outside_its_package(tmp_path):
    from whipcount.engines import submit

    result = subprocess.run(
        [sys.executable, submit.__file__, "load", "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Store an extract" in result.stdout


def test_spark_needs_an_output_file():
    result = CliRunner().invoke(main, ["extract", "--engine", "spark", str(CORPUS)])
    assert result.exit_code == 1 and "W107: --engine spark writes a Parquet extract" in result.stderr


# --- the extract file, without Spark ----------------------------------------------------------------------------
def _article_row(article_id: str, body: str, **changes) -> dict:
    from whipcount.engines.parquet import article_row

    row = article_row(Article(id=article_id, title="T", text=f"{body} {MARKER}", origin=f"{article_id}.txt"), [], [])
    row["stances"] = [
        {
            "actor": "Latvia",
            "actor_country": "LVA",
            "stance": "support",
            "target": "Mark Rutte",
            "office": OFFICE,
            "conditions": [],
            "date": date(2024, 6, 20),
            "date_precision": "day",
            "evidence": "Latvia backs Mark Rutte.",
            "start_char": 0,
            "end_char": 24,
            "confidence": 0.9,
        }
    ]
    row.update(changes)
    return row


def test_load_rejects_a_bad_row_and_goes_on(tmp_path, ledger_url):
    bad_stance = _article_row("b", "Estonia backs Mark Rutte.")
    bad_stance["stances"][0]["stance"] = "adore"
    rows = [
        _article_row("a", "Latvia backs Mark Rutte."),
        bad_stance,
        _article_row("c", "Lithuania backs Mark Rutte.", text="  "),
        _article_row("d", "Poland backs Mark Rutte.", status="maybe"),
        rejection_row(Rejection(origin="gone.txt", code="W108", reason="no such file or folder")),
        _article_row("e", "Latvia backs Mark Rutte."),  # same text as a: a duplicate
        _article_row("f", "Finland backs Mark Rutte."),
    ]
    path = tmp_path / "x.parquet"
    assert write_parquet(rows, path) == 7
    with open_ledger(ledger_url) as ledger:  # SQLite and PostgreSQL: the one write path
        lines = list(load_rows(path, ledger))
        assert ledger.count("articles") == 2 and ledger.count("stances") == 2
    assert [(line.origin, line.status.value, line.code) for line in lines] == [
        ("a.txt", "ingested", None),
        ("b.txt", "rejected", "W106"),
        ("c.txt", "rejected", "W106"),
        ("d.txt", "rejected", "W106"),
        ("gone.txt", "rejected", "W108"),
        ("e.txt", "duplicate", None),
        ("f.txt", "ingested", None),
    ]
    assert "'adore' is not a valid StanceType" in lines[1].reason and "same text as a" in lines[5].reason


def test_an_empty_extract_is_a_valid_file(tmp_path):
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert list(read_records(path)) == []


def test_a_failed_write_leaves_no_file_and_a_folder_is_not_overwritten(tmp_path):
    def rows_then_failure():
        yield _article_row("a", "Latvia backs Mark Rutte.")
        raise RuntimeError("the extraction broke")

    path = tmp_path / "x.parquet"
    with pytest.raises(RuntimeError, match="broke"):
        write_parquet(rows_then_failure(), path)
    assert list(tmp_path.iterdir()) == []
    path.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_parquet([], path)


def test_files_that_are_not_extracts_are_one_clean_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"a": [1]}), other)
    with pytest.raises(InputError, match="not a whipcount extract") as e:
        list(read_records(other))
    assert e.value.code == "W107"
    result = CliRunner().invoke(main, ["load", str(tmp_path / "missing.parquet"), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1 and result.stderr.startswith("whipcount: error W108:")
    assert arrow_schema().names == [name for name, _ in FIELDS]
