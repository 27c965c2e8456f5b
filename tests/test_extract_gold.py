"""Extraction on the real model: the founding article's required stances, and every demo article's gold."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

import pytest

from whipcount.evaluation import read_stances
from whipcount.nlp import extract
from whipcount.records import Article, DatePrecision, Stance, StanceType
from whipcount.reference import fold
from whipcount.sources import read_paths

from .conftest import CORPUS, FOUNDING, GOLD

pytestmark = pytest.mark.model

ARTICLES = {a.id: a for a in read_paths([CORPUS]) if isinstance(a, Article)}
GOLD_BY_ARTICLE: dict[str, list[Stance]] = defaultdict(list)
for _g in read_stances(GOLD):
    GOLD_BY_ARTICLE[_g.article].append(_g)


@pytest.fixture(scope="module")
def founding(nlp) -> list[Stance]:
    (article,) = read_paths([FOUNDING])
    return extract(article, nlp)


def test_estonia_supports_rutte_on_2_april_with_its_conditions(founding):
    post = [
        s
        for s in founding
        if s.actor == "Kaja Kallas" and s.stance is StanceType.SUPPORT and s.date == date(2024, 4, 2)
    ]
    assert len(post) == 1
    s = post[0]
    assert (s.actor_country, s.target, s.office, s.date_precision) == (
        "EST",
        "Mark Rutte",
        "NATO Secretary General",
        DatePrecision.DAY,
    )
    conditions = " | ".join(s.conditions).lower()
    for needle in ("russia", "deterrence and defence spending", "ukraine's membership", "geographic balance"):
        assert needle in conditions
    lead = [s for s in founding if s.actor == "Margus Tsahkna" and s.date == date(2024, 4, 2)]
    assert lead and all(s.actor_country == "EST" and s.target == "Mark Rutte" for s in lead)


def test_estonia_backed_both_at_the_end_of_march_and_was_undecided_before(founding):
    end_of_march = {(s.target, s.stance) for s in founding if s.date == date(2024, 3, 31)}
    assert end_of_march == {("Mark Rutte", StanceType.SUPPORT), ("Klaus Iohannis", StanceType.SUPPORT)}
    (undecided,) = [s for s in founding if s.stance is StanceType.UNDECIDED]
    assert (undecided.actor_country, undecided.target, undecided.date) == ("EST", "Mark Rutte", None)


def test_three_candidacies_with_their_countries(founding):
    got = {(fold(s.target), s.actor_country) for s in founding if s.stance is StanceType.CANDIDACY}
    assert got == {("kaja kallas", "EST"), ("krisjanis karins", "LVA"), ("klaus iohannis", "ROU")}
    assert all(
        s.actor == s.target
        or fold(s.actor) == fold(s.target)
        or s.actor in s.target
        or fold(s.actor).split()[-1] == fold(s.target).split()[-1]
        for s in founding
        if s.stance is StanceType.CANDIDACY
    )


def test_speculation_sentence_gives_no_stance(founding):
    assert not [s for s in founding if "speculation" in s.evidence]
    assert not [s for s in founding if "all 32 allies" in s.evidence]


def test_evidence_offsets_point_into_the_article(founding):
    (article,) = read_paths([FOUNDING])
    for s in founding:
        assert article.text[s.start_char : s.end_char] == s.evidence
        assert 0 < s.confidence <= 1


def test_jsonl_contract_fields(founding):
    row = json.loads(json.dumps(founding[0].to_json()))
    assert list(row) == [
        "article",
        "actor",
        "actor_country",
        "stance",
        "target",
        "office",
        "conditions",
        "date",
        "date_precision",
        "evidence",
        "start_char",
        "end_char",
        "confidence",
    ]


def _compare(g: Stance, p: Stance) -> list[str]:
    diffs = []
    for name in ("actor", "actor_country", "stance", "office", "date", "date_precision", "evidence"):
        if getattr(g, name) != getattr(p, name):
            diffs.append(f"{name}: gold {getattr(g, name)!r}, got {getattr(p, name)!r}")
    if fold(g.target) != fold(p.target):
        diffs.append(f"target: gold {g.target!r}, got {p.target!r}")
    got = " | ".join(p.conditions).lower()
    for c in g.conditions:
        if c.lower() not in got:
            diffs.append(f"condition missing: {c!r} (got {p.conditions!r})")
    if p.conditions and not g.conditions:
        diffs.append(f"unexpected conditions {p.conditions!r}")
    return diffs


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_demo_article_matches_gold_field_by_field(nlp, article_id):
    article = ARTICLES[article_id]
    predicted = extract(article, nlp)
    gold = GOLD_BY_ARTICLE.get(article_id, [])
    assert len(predicted) == len(gold), (
        "gold: "
        + "; ".join(f"{g.actor}/{g.stance.value}/{g.target}" for g in gold)
        + "\ngot:  "
        + "; ".join(f"{p.actor}/{p.stance.value}/{p.target}" for p in predicted)
    )

    def key(s):
        return (
            s.start_char if s.start_char >= 0 else article.text.find(s.evidence),
            s.actor_country or "",
            s.stance.value,
            fold(s.target),
        )

    for g, p in zip(sorted(gold, key=key), sorted(predicted, key=key), strict=True):
        assert not _compare(g, p), f"{g.evidence}\n" + "\n".join(_compare(g, p))


def test_gold_file_is_consistent_with_the_corpus():
    assert set(GOLD_BY_ARTICLE) <= set(ARTICLES)
    for article_id, stances in GOLD_BY_ARTICLE.items():
        text = ARTICLES[article_id].text
        for g in stances:
            assert text.count(g.evidence) >= 1, g.evidence
    demo = [a for a in ARTICLES.values() if a.id != "000_0fe8a165735d953a"]
    assert len(demo) >= 15
    assert all(a.source == "whipcount demo corpus" and "Written by the whipcount project" in a.text for a in demo)
