"""The benchmark corpus generator: the share of race articles asked for, news-length articles, every one marked
as written by the project, generated lazily and the same on every run."""

from __future__ import annotations

import importlib.util
import itertools

from .conftest import ROOT


def _corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_mixes_race_and_other_news_as_asked():
    corpus = _corpus()
    items = list(corpus.articles(200, 0.05))
    races = [a for a in items if a.id.startswith("race-")]
    assert len(races) == 10
    assert all("Written by the whipcount project" in a.text for a in items)
    lengths = [len(a.text.split()) for a in items]
    assert min(lengths) >= corpus.WORDS and max(lengths) < 2.5 * corpus.WORDS
    assert len({a.content_hash for a in items}) == 200  # no two alike: ingest stores every one
    assert [a.text for a in corpus.articles(30, 1.0)] == [a.text for a in corpus.articles(30, 1.0)]


def test_the_generator_streams():
    corpus = _corpus()
    first = list(itertools.islice(corpus.articles(10**9, 0.05), 3))
    assert [a.id for a in first] == ["other-0", "other-1", "other-2"]
