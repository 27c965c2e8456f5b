"""The main job, end to end: read inputs, extract stances, store them in the ledger.

``ingest(paths, ledger)`` yields one ``IngestLine`` per input (an article, a duplicate, a rejected or skipped
file), in input order, as it goes. Each article is stored in its own transaction, so a bad input, or a failure
half-way, never loses what was stored before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spacy.language import Language

from .errors import InputError
from .ledger import IngestOutcome, Ledger
from .nlp import load_pipeline
from .nlp.extract import Analyser
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
    batch: int = 256,
    on_input: Callable[[], None] | None = None,
) -> Iterator[IngestLine]:
    """Ingest every input; ``on_input`` is called once per file read (for progress bars).

    Streams: inputs are read ``batch`` items at a time (articles, rejections, duplicates), the batch's new
    articles are analysed (in ``processes`` worker processes if above 1) and stored one by one, and its lines
    come out in input order before the next batch is read. A folder of 100,000 files, a WARC archive of any size
    or a second run over an archive already stored needs no more memory than a small one."""
    model = (nlp or load_pipeline()) if extract else None
    with Analyser(model, processes=processes) if model is not None else nullcontext() as analyser:
        items: list[Article | Rejection] = []
        for item in _read(paths, on_input):
            items.append(item)
            if len(items) >= batch:
                yield from _ingest_batch(items, ledger, analyser)
                items = []
        yield from _ingest_batch(items, ledger, analyser)


def _ingest_batch(items: list[Article | Rejection], ledger: Ledger, analyser: Analyser | None) -> Iterator[IngestLine]:
    early: dict[int, IngestLine] = {}  # rejections and duplicates, by position in the batch
    fresh: list[Article] = []
    seen: dict[str, str] = {}  # content hash -> id, for this batch's new articles (earlier batches are stored)
    for i, item in enumerate(items):
        if isinstance(item, Rejection):
            status = Status.SKIPPED if item.skipped else Status.REJECTED
            early[i] = IngestLine(item.origin, status, reason=item.reason, code=item.code)
            continue
        stored = seen.get(item.content_hash) or ledger.find_content(item.content_hash)
        if stored is not None:
            reason = f"same text as {stored}"
            early[i] = IngestLine(item.origin or item.id, Status.DUPLICATE, article_id=item.id, reason=reason)
            continue
        seen[item.content_hash] = item.id
        fresh.append(item)
    analysed = iter(analyser.analyse(fresh) if analyser is not None else [(a, [], []) for a in fresh])
    for i, item in enumerate(items):
        if i in early:
            yield early[i]
            continue
        article, stances, claims = next(analysed)
        assert isinstance(item, Article) and article.id == item.id  # analysis keeps input order
        yield store(item, stances, claims, ledger)


def _read(paths: Iterable[str | Path], on_input: Callable[[], None] | None) -> Iterator[Article | Rejection]:
    for item in list_inputs(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_input(item)
        if on_input:
            on_input()


def store(article: Article, stances: list[Stance], claims: list[Claim], ledger: Ledger) -> IngestLine:
    """Store one analysed article (ingest, and load of an extract); its line: ingested, duplicate or rejected."""
    origin = article.origin or article.id
    try:
        result = ledger.add(article, stances, claims)
    except InputError as e:
        return IngestLine(origin, Status.REJECTED, article_id=article.id, reason=str(e), code=e.code)
    if result.outcome is IngestOutcome.DUPLICATE:
        reason = f"same text as {result.duplicate_of}"
        return IngestLine(origin, Status.DUPLICATE, article_id=article.id, reason=reason)
    return IngestLine(origin, Status.INGESTED, article_id=article.id, stances=result.stances)
