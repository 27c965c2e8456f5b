"""The cheap filter before parsing loses no stance: filtered and unfiltered extraction agree on every gold corpus,
and an article about something else is not parsed at all."""

from __future__ import annotations

import random
import re
import textwrap
import zlib
from dataclasses import replace

import pytest

from whipcount.nlp import load_pipeline
from whipcount.nlp.extract import _Prefilter, analyse_many
from whipcount.records import Article
from whipcount.reference import fold
from whipcount.sources import read_paths
from whipcount.sources.readers import unwrap

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


def _background() -> list[str]:
    path = ROOT / "corpus" / "background" / "lines.txt"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _padded(article: Article, background: list[str], seed: int, wrap: int | None = None) -> Article:
    """The article with background paragraphs between its own, as in a longer story (hard-wrapped at ``wrap``
    columns, as some plain-text archives are)."""
    rng = random.Random(seed)
    out = []
    for paragraph in article.text.split("\n\n"):
        out.append(paragraph)
        out.extend(rng.sample(background, rng.randint(0, 3)))
    if wrap:  # as a reader gives it: soft line breaks joined again
        out = [unwrap(textwrap.fill(p, wrap)) if "\n" not in p else p for p in out]
    return replace(article, text="\n\n".join(out))


@pytest.mark.parametrize(
    ("corpus", "wrap"), [(CORPUS, None), (ROOT / "corpus" / "news", None), (CORPUS, 60), (ROOT / "corpus" / "news", 72)]
)
def test_the_line_filter_loses_nothing_in_articles_padded_with_background(corpus, wrap):
    """Gold articles with background paragraphs between theirs: the filtered path leaves most of the
    background out and still finds exactly what the unfiltered path finds, at the same offsets."""
    nlp = load_pipeline(data=(str(ROOT / "corpus" / "news" / "data"),))
    background = _background()
    # (each article's padding is seeded by its id, so adding articles to the corpus leaves the others' alone)
    articles = [
        _padded(a, background, zlib.crc32(a.id.encode()), wrap) for a in read_paths([corpus]) if isinstance(a, Article)
    ]
    filtered = list(analyse_many(articles, nlp, prefilter=True))
    unfiltered = list(analyse_many(articles, nlp, prefilter=False))
    assert [(a.id, s, c) for a, s, c in filtered] == [(a.id, s, c) for a, s, c in unfiltered]
    for article, stances, claims in filtered:
        for found in (*stances, *claims):
            assert article.text[found.start_char : found.end_char] == found.evidence
    gate = _Prefilter.for_pipeline(nlp)
    assert gate is not None
    kept = [gate.lines(a) for a in articles]
    share = sum(len(k.text) for k in kept if k) / sum(len(a.text) for a in articles)
    assert share < 0.9, f"the filter kept {share:.0%} of the padded text"


def test_the_line_filter_keeps_stance_lines_and_their_context(nlp):
    gate = _Prefilter.for_pipeline(nlp)
    assert gate is not None
    lines = [
        "TALLINN — Estonian Foreign Minister Margus Tsahkna met his Latvian counterpart on Monday.",
        "The two discussed energy links and the weather.",
        "Ferries were late because of ice.",
        "Officials said the talks were friendly.",
        "The summit will be held in July.",
        "He said Tallinn backs Mark Rutte for NATO secretary general.",
        "Tsahkna added that the decision was taken by the government.",
        "Rail traffic was normal.",
        "Museums stayed open late.",
    ]
    text = "\n\n".join(lines) + " (Written by the whipcount project for its tests.)"
    kept = gate.lines(Article(id="t", title="", text=text))
    assert kept is not None and not kept.whole
    assert kept.text.split("\n\n") == [lines[0], *lines[4:7]]
    assert kept.origins == (0, text.index(lines[4]))  # two runs: the lede, and the anchor with its neighbours
    at = kept.text.index("He said")
    assert text[kept.to_original(at) :].startswith("He said Tallinn backs")
    assert gate.lines(Article(id="w", title="", text="Rain is expected on the coast.")) is None


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


def test_the_prefilter_asks_what_the_stance_finder_asks(nlp):
    gate = _Prefilter.for_pipeline(nlp)
    assert gate is not None
    finder = nlp.get_pipe("whipcount_stances").finder
    texts = [a.title + "\n" + a.text for a in read_paths([CORPUS, ROOT / "corpus" / "background"])]
    texts += [a.title + "\n" + a.text for a in read_paths([ROOT / "corpus" / "news"]) if isinstance(a, Article)]
    texts += [line for t in texts for line in t.split("\n")]
    assert len(texts) > 2000
    # the one-search tests answer as each office, title and body pattern would, one by one (and, for a whole
    # article, each office holder's name too)
    named = [p for _, p in (*finder.office_patterns, *finder.generic_patterns, *finder.body_patterns)]
    holders = [p for _, p in finder.holder_patterns]
    one_by_one = [any(p.search(fold(t)) for p in named) for t in texts]
    assert [gate.names_an_office(t) for t in texts] == one_by_one
    with_holders = [any(p.search(fold(t)) for p in named + holders) for t in texts]
    assert [gate.concerns_a_race(t) for t in texts] == with_holders
    assert any(gate.names_an_office(t) for t in texts) and not all(gate.names_an_office(t) for t in texts)


def test_every_stance_word_the_finder_knows_is_a_cue(nlp):
    """The line filter and the finder's sentence test rely on the cue pattern: every token of the gold corpora
    that the finder takes for a stance word (by lemma or by form) must match it."""
    finder = nlp.get_pipe("whipcount_stances").finder
    texts = [a.text for a in read_paths([CORPUS, ROOT / "corpus" / "news"]) if isinstance(a, Article)]
    checked = 0
    for doc in nlp.pipe(texts):
        for tok in doc:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
            if (pos, tok.lemma_.lower()) in finder.words or (pos, tok.lower_) in finder.words:
                checked += 1
                assert finder.cues.fullmatch(tok.text), (tok.text, tok.lemma_, tok.sent.text)
    assert checked > 300


def test_stances_alone_leave_the_claim_finder_out(nlp):
    from whipcount.nlp.extract import extract_many

    articles = [a for a in read_paths([CORPUS]) if isinstance(a, Article)]
    calls = []
    claims = nlp.get_pipe("whipcount_claims")
    original = claims.find
    claims.find = lambda doc: calls.append(1) or original(doc)
    try:
        alone = [(a.id, s) for a, s in extract_many(articles, nlp)]
        assert calls == []
        full = list(analyse_many(articles, nlp))
        assert len(calls) > 0
    finally:
        claims.find = original
    assert alone == [(a.id, s) for a, s, _ in full]
    assert any(c for _, _, c in full) and "whipcount_claims" in nlp.pipe_names


def test_the_cue_phrases_are_lower_case_so_lower_cased_text_needs_no_ignorecase(nlp):
    cues = _Prefilter.for_pipeline(nlp).cues
    assert (
        re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", cues.phrases.pattern)
        == re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", cues.phrases.pattern).lower()
    )
    assert cues.search("Orbán Will Not STAND IN THE WAY of Rutte") and not cues.search("The weather is fine")
