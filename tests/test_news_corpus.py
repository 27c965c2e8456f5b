"""The evaluation corpus (corpus/news) is consistent: every gold line names an article of the corpus, quotes its
evidence from that article's body, and uses the contract's values; every article says it was written by the
project. No model needed."""

from __future__ import annotations

from pathlib import Path

from whipcount.evaluation import read_stances
from whipcount.records import Article
from whipcount.sources import read_paths

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "corpus" / "news"
ARTICLES = {a.id: a for a in read_paths([NEWS / "dev", NEWS / "test"]) if isinstance(a, Article)}
GOLD = read_stances(ROOT / "corpus" / "gold" / "news.jsonl")


def test_every_gold_line_quotes_an_article_of_the_corpus():
    assert len(GOLD) > 1000 and len(ARTICLES) > 300  # (the corpus is where it should be, not an empty folder)
    missing = sorted({g.article for g in GOLD} - set(ARTICLES))
    assert not missing, missing
    unquoted = [(g.article, g.evidence[:60]) for g in GOLD if g.evidence not in ARTICLES[g.article].text]
    assert not unquoted, unquoted[:5]


def test_every_gold_line_has_a_target_an_office_and_a_consistent_date():
    for g in GOLD:
        assert g.target and g.office, g
        assert (g.date is None) == (g.date_precision is None), g
        assert g.date is None or ARTICLES[g.article].published is None or g.date <= ARTICLES[g.article].published, g


def test_every_article_is_marked_as_written_by_the_project():
    unmarked = [a.id for a in ARTICLES.values() if "Written by the whipcount project" not in a.text]
    assert not unmarked, unmarked
