"""The cheap filter before parsing loses no stance: filtered and unfiltered extraction agree on every gold corpus,
and an article about something else is not parsed at all."""

from __future__ import annotations

import pytest

from whipcount.nlp import load_pipeline
from whipcount.nlp.extract import analyse_many
from whipcount.records import Article
from whipcount.sources import read_paths

from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


@pytest.mark.parametrize("corpus", [CORPUS, ROOT / "corpus" / "news"])
def test_filtered_and_unfiltered_paths_give_identical_stances(corpus):
    nlp = load_pipeline(data=(str(ROOT / "corpus" / "news" / "data"),))
    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    filtered = [(a.id, s, c) for a, s, c in analyse_many(articles, nlp, prefilter=True)]
    unfiltered = [(a.id, s, c) for a, s, c in analyse_many(articles, nlp, prefilter=False)]
    assert filtered == unfiltered
    assert sum(len(s) for _, s, _ in filtered) > 100


def test_an_article_about_something_else_is_not_parsed(nlp):
    other = Article(
        id="weather",
        title="Storm warning",
        text="Heavy rain is expected on the coast this weekend, "
        "forecasters said on Friday. (Written by the whipcount project for its tests.)",
    )
    race = Article(id="race", title="", text="Hungary said on Tuesday it would back Mark Rutte for NATO's top job.")
    calls = []
    original = nlp.pipe

    def counting_pipe(docs, **kw):
        docs = list(docs)
        calls.append([d.text[:10] for d in docs])
        return original(docs, **kw)

    nlp.pipe = counting_pipe
    try:
        out = list(analyse_many([other, race, other], nlp))
    finally:
        nlp.pipe = original
    assert [a.id for a, _, _ in out] == ["weather", "race", "weather"]
    assert [len(s) for _, s, _ in out] == [0, 1, 0]
    assert calls == [["Hungary sa"]]
