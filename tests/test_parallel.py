"""Worker processes give the same stances, claims and ingest lines as one process, in the same order, and
stream: the input is read only a few chunks ahead of what has been analysed."""

from __future__ import annotations

import pytest

from whipcount.ledger import open_ledger
from whipcount.nlp.extract import analyse_many
from whipcount.pipeline import Status, ingest
from whipcount.records import Article
from whipcount.sources import read_paths

from .conftest import CORPUS

pytestmark = pytest.mark.model


def test_two_processes_give_what_one_gives_in_input_order(nlp):
    articles = [a for a in read_paths([CORPUS]) if isinstance(a, Article)]
    one = list(analyse_many(articles, nlp, batch_size=2))
    two = list(analyse_many(articles, nlp, batch_size=2, processes=2))
    assert [a.id for a, _, _ in two] == [a.id for a in articles]
    assert two == one
    assert sum(len(s) for _, s, _ in two) > 100


def test_processes_read_the_input_lazily(nlp):
    read = []

    def articles():
        for i in range(400):
            read.append(i)
            yield Article(id=f"a{i}", title="", text=f"Farmers said on Monday that the harvest was late ({i}).")

    stream = analyse_many(articles(), nlp, batch_size=4, processes=2)
    first = next(stream)
    assert first[0].id == "a0"
    assert len(read) < 100  # a few chunks of 16 in flight, not the whole input
    stream.close()


def test_ingest_with_two_processes_reports_every_input_in_order(nlp, tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("a", "b", "c"):
        (tmp_path / "in" / f"{name}.txt").write_text(
            f"Rutte gains a backer\n\nHungary said on Tuesday it would back Mark Rutte for NATO's top job ({name}). "
            "(Written by the whipcount project for its tests.)",
            encoding="utf-8",
        )
    (tmp_path / "in" / "copy.txt").write_text((tmp_path / "in" / "a.txt").read_text(encoding="utf-8"))
    (tmp_path / "in" / "bad.json").write_text("{not json", encoding="utf-8")
    runs = []
    for processes in (1, 2):
        with open_ledger(tmp_path / f"p{processes}.db") as ledger:
            lines = list(ingest([tmp_path / "in"], ledger, nlp=nlp, processes=processes))
            runs.append(
                (
                    [(line.origin.rsplit("/", 1)[-1], line.status, line.stances) for line in lines],
                    ledger.count("stances"),
                )
            )
    assert runs[0] == runs[1]
    statuses = [status for _, status, _ in runs[0][0]]
    assert statuses.count(Status.INGESTED) == 3 and Status.DUPLICATE in statuses and Status.REJECTED in statuses
    assert runs[0][1] == 3


def test_a_worker_that_dies_is_an_error_not_a_hang():
    import os

    import spacy
    from spacy.language import Language

    from whipcount.errors import E_WORKER, ModelError

    @Language.component("whipcount_test_crash")
    def crash(doc):
        if "crash" in doc.text:
            os._exit(137)  # what the out-of-memory killer leaves behind
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("whipcount_test_crash")
    articles = [Article(id=f"a{i}", title="", text="crash" if i == 5 else f"fine {i}") for i in range(12)]
    with pytest.raises(ModelError) as caught:
        list(analyse_many(articles, nlp, batch_size=1, processes=2))
    assert caught.value.code == E_WORKER and "\n" not in str(caught.value)


def test_ingest_reports_a_batch_before_reading_the_next_even_with_nothing_new(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(120):
        (folder / f"{i:03}.txt").write_text(
            f"Local news {i}\n\nFarmers said the harvest was late ({i}). (Written by the whipcount project.)",
            encoding="utf-8",
        )
    with open_ledger(tmp_path / "l.db") as ledger:
        assert len(list(ingest([folder], ledger, extract=False))) == 120
        read = []
        again = ingest([folder], ledger, extract=False, batch=50, on_input=lambda: read.append(1))
        first = next(again)
        assert first.status is Status.DUPLICATE and len(read) <= 50
        assert all(line.status is Status.DUPLICATE for line in again)
