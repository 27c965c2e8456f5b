from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "demo"
GOLD = ROOT / "corpus" / "gold" / "demo.jsonl"
FOUNDING = CORPUS / "000_0fe8a165735d953a.txt"
OFFICE = "NATO Secretary General"


@pytest.fixture(scope="session")
def nlp():
    """The real English pipeline with whipcount's components, loaded once for the whole session."""
    from whipcount.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, nlp) -> Path:
    """A ledger with the whole demo corpus ingested (shared, read-only for the tests that use it)."""
    from whipcount.ledger import open_ledger
    from whipcount.pipeline import Status, ingest

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_ledger(path) as ledger:
        lines = list(ingest([CORPUS], ledger, nlp=nlp))
    assert [line for line in lines if line.status is not Status.INGESTED] == []
    return path
