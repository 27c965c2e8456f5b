"""The main job, end to end: read inputs, extract stances, store them in the ledger.

``ingest(paths, ledger)`` yields one ``IngestLine`` per input (an article, a duplicate, a rejected or skipped
file), in input order, as it goes. Each article is stored in its own transaction, so a bad input, or a failure
half-way, never loses what was stored before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spacy.language import Language

from .errors import InputError
from .ledger import IngestOutcome, Ledger
from .nlp import load_pipeline
from .nlp.extract import analyse_many
from .records import Article
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
    chunk: int = 32,
    on_input: Callable[[], None] | None = None,
) -> Iterator[IngestLine]:
    """Ingest every input; ``on_input`` is called once per file read (for progress bars)."""
    inputs = list_inputs(paths)
    model = (nlp or load_pipeline()) if extract else None
    for start in range(0, len(inputs), chunk):
        batch: list[Article | Rejection] = []
        for item in inputs[start : start + chunk]:
            if isinstance(item, Rejection):
                batch.append(item)
            else:
                batch.extend(read_input(item))
            if on_input:
                on_input()
        yield from _store(batch, ledger, model)


def _store(batch: list[Article | Rejection], ledger: Ledger, nlp: Language | None) -> Iterator[IngestLine]:
    fresh: list[Article] = []
    seen: dict[str, str] = {}
    early: dict[int, IngestLine] = {}
    for i, item in enumerate(batch):
        if isinstance(item, Rejection):
            early[i] = IngestLine(
                item.origin, Status.SKIPPED if item.skipped else Status.REJECTED, reason=item.reason, code=item.code
            )
            continue
        stored = ledger.find_content(item.content_hash) or seen.get(item.content_hash)
        if stored is not None:
            early[i] = IngestLine(
                item.origin or item.id, Status.DUPLICATE, article_id=item.id, reason=f"same text as {stored}"
            )
            continue
        seen[item.content_hash] = item.id
        fresh.append(item)
    analysed = [(s, c) for _, s, c in analyse_many(fresh, nlp)] if nlp is not None and fresh else []
    found = iter(analysed or [([], [])] * len(fresh))
    for i, item in enumerate(batch):
        if i in early:
            yield early[i]
            continue
        assert isinstance(item, Article)
        stances, claims = next(found)
        try:
            result = ledger.add(item, stances, claims)
        except InputError as e:
            yield IngestLine(item.origin or item.id, Status.REJECTED, article_id=item.id, reason=str(e), code=e.code)
            continue
        if result.outcome is IngestOutcome.DUPLICATE:
            yield IngestLine(
                item.origin or item.id,
                Status.DUPLICATE,
                article_id=item.id,
                reason=f"same text as {result.duplicate_of}",
            )
        else:
            yield IngestLine(item.origin or item.id, Status.INGESTED, article_id=item.id, stances=result.stances)
