"""The main job, end to end: read inputs, extract stances, store them in the ledger.

``ingest(paths, ledger)`` yields one ``IngestLine`` per input (an article, a duplicate, a rejected or skipped
file), in input order, as it goes. Each article is stored in its own transaction, so a bad input, or a failure
half-way, never loses what was stored before.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spacy.language import Language

from .errors import InputError
from .ledger import IngestOutcome, Ledger
from .nlp import load_pipeline
from .nlp.extract import analyse_many
from .records import Article, Claim, Stance
from .sources import Rejection, list_inputs
from .sources.readers import read_input


class Status(StrEnum):
    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class IngestLine:
    origin: str
    status: Status
    article_id: str | None = None
    stances: int = 0
    reason: str | None = None  # for duplicates: the stored article it repeats; for rejections: why
    code: str | None = None


def ingest(
    paths: Iterable[str | Path],
    ledger: Ledger,
    *,
    nlp: Language | None = None,
    extract: bool = True,
    processes: int = 1,
    on_input: Callable[[], None] | None = None,
) -> Iterator[IngestLine]:
    """Ingest every input; ``on_input`` is called once per file read (for progress bars).

    Streams: articles are read, analysed (in ``processes`` worker processes if above 1) and stored a few dozen
    at a time, so a folder of 100,000 files or a WARC archive of any size needs no more memory than a small
    one. Lines come out in input order."""
    model = (nlp or load_pipeline()) if extract else None
    slots: deque[IngestLine | Article] = deque()  # what is read but not yet reported, in input order
    seen: dict[str, str] = {}  # content hash -> id, for articles read but not yet stored

    def fresh_articles() -> Iterator[Article]:
        for item in _read(paths, on_input):
            if isinstance(item, Rejection):
                status = Status.SKIPPED if item.skipped else Status.REJECTED
                slots.append(IngestLine(item.origin, status, reason=item.reason, code=item.code))
                continue
            stored = seen.get(item.content_hash) or ledger.find_content(item.content_hash)
            if stored is not None:
                reason = f"same text as {stored}"
                slots.append(IngestLine(item.origin or item.id, Status.DUPLICATE, article_id=item.id, reason=reason))
                continue
            seen[item.content_hash] = item.id
            slots.append(item)
            yield item

    if model is None:
        analysed: Iterable[tuple[Article, list[Stance], list[Claim]]] = ((a, [], []) for a in fresh_articles())
    else:
        analysed = analyse_many(fresh_articles(), model, processes=processes)
    for article, stances, claims in analysed:
        while not isinstance(head := slots.popleft(), Article):
            yield head  # rejections and duplicates read before this article
        assert head.id == article.id  # analysis keeps input order (a worker returns a copy, not the object)
        seen.pop(article.content_hash, None)
        yield _store(article, stances, claims, ledger)
    while slots:
        line = slots.popleft()
        assert isinstance(line, IngestLine)
        yield line


def _read(paths: Iterable[str | Path], on_input: Callable[[], None] | None) -> Iterator[Article | Rejection]:
    for item in list_inputs(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_input(item)
        if on_input:
            on_input()


def _store(article: Article, stances: list[Stance], claims: list[Claim], ledger: Ledger) -> IngestLine:
    origin = article.origin or article.id
    try:
        result = ledger.add(article, stances, claims)
    except InputError as e:
        return IngestLine(origin, Status.REJECTED, article_id=article.id, reason=str(e), code=e.code)
    if result.outcome is IngestOutcome.DUPLICATE:
        reason = f"same text as {result.duplicate_of}"
        return IngestLine(origin, Status.DUPLICATE, article_id=article.id, reason=reason)
    return IngestLine(origin, Status.INGESTED, article_id=article.id, stances=result.stances)
