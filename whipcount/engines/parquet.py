"""The extract file: one Parquet row per input item, shared by every engine and read back by ``whipcount load``.

A row is an article (its fields, with its stances and claims as nested lists, empty when it states none), or an
input that could not be read (``status`` "rejected", or "skipped" for a file a folder walk passes over), with its
coded reason. ``FIELDS`` is the one description of the columns: the local writer's Arrow schema and the Spark
engine's schema are both built from it, so the two engines write the same file.

``extract_rows(results, nlp)`` is the extraction step both engines run (the local one over all inputs, Spark over
each partition); ``load_rows(path, ledger)`` stores a file's articles through ``Ledger.add``, one ``IngestLine`` per
row, as ``whipcount ingest`` does.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import E_FIELD, E_NOT_FOUND, E_UNSUPPORTED, InputError
from ..records import Article, Claim, DatePrecision, Stance, StanceType
from ..sources import Rejection

if TYPE_CHECKING:  # the ledger and the pipeline are needed only by `load`, and the pipeline imports spaCy
    from ..ledger import Ledger
    from ..pipeline import IngestLine

# Column kinds: "string", "date", "int", "double", a list of a kind ("list", kind), or a struct of named fields.
Kind = Any
STANCE_FIELDS: tuple[tuple[str, Kind], ...] = (
    ("actor", "string"),
    ("actor_country", "string"),
    ("stance", "string"),
    ("target", "string"),
    ("office", "string"),
    ("conditions", ("list", "string")),
    ("date", "date"),
    ("date_precision", "string"),
    ("evidence", "string"),
    ("start_char", "int"),
    ("end_char", "int"),
    ("confidence", "double"),
)
CLAIM_FIELDS: tuple[tuple[str, Kind], ...] = (
    ("kind", "string"),
    ("candidate", "string"),
    ("office", "string"),
    ("excluded", ("list", "string")),
    ("count", "int"),
    ("of", "int"),
    ("date", "date"),
    ("date_precision", "string"),
    ("evidence", "string"),
    ("start_char", "int"),
    ("end_char", "int"),
)
FIELDS: tuple[tuple[str, Kind], ...] = (
    ("status", "string"),  # "article", "rejected" or "skipped"
    ("origin", "string"),  # the file (and line) or URL the item was read from
    ("code", "string"),  # for rejected and skipped inputs: the error code and the one-line reason
    ("reason", "string"),
    ("id", "string"),
    ("title", "string"),
    ("text", "string"),
    ("published", "date"),
    ("url", "string"),
    ("source", "string"),
    ("stances", ("list", STANCE_FIELDS)),
    ("claims", ("list", CLAIM_FIELDS)),
)
ARTICLE, REJECTED, SKIPPED = "article", "rejected", "skipped"
_BATCH_ROWS = 256
# Rejected inputs listed in a summary; the rest are counted (every one of them is in the file).
MAX_LISTED = 1000


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractSummary:
    """What an engine wrote to an extract file."""

    output: str
    articles: int
    stances: int
    claims: int
    skipped: int
    rejected: int
    rejections: tuple[Rejection, ...]  # the first MAX_LISTED rejected inputs
    partitions: int = 1


# --- the schema, for Arrow ------------------------------------------------------------------------------------
def arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(kind)) for name, kind in FIELDS])


def _arrow_type(kind: Kind) -> Any:
    import pyarrow as pa

    if isinstance(kind, tuple) and kind and kind[0] == "list":
        # "element" is the item name the Parquet spec (and Spark) use, so both engines' files read back alike
        return pa.list_(pa.field("element", _arrow_type(kind[1])))
    if isinstance(kind, tuple):
        return pa.struct([pa.field(name, _arrow_type(sub)) for name, sub in kind])
    return {"string": pa.string(), "date": pa.date32(), "int": pa.int64(), "double": pa.float64()}[kind]


# --- records to rows ------------------------------------------------------------------------------------------
def article_row(article: Article, stances: Sequence[Stance], claims: Sequence[Claim]) -> dict[str, Any]:
    return {
        "status": ARTICLE,
        "origin": article.origin or article.id,
        "code": None,
        "reason": None,
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        # the article id is the row's own; the confidence is kept whole (to_json rounds it for reading)
        "stances": [
            {
                "actor": s.actor,
                "actor_country": s.actor_country,
                "stance": s.stance.value,
                "target": s.target,
                "office": s.office,
                "conditions": list(s.conditions),
                "date": s.date,
                "date_precision": s.date_precision.value if s.date_precision else None,
                "evidence": s.evidence,
                "start_char": s.start_char,
                "end_char": s.end_char,
                "confidence": s.confidence,
            }
            for s in stances
        ],
        "claims": [
            {
                "kind": c.kind,
                "candidate": c.candidate,
                "office": c.office,
                "excluded": list(c.excluded),
                "count": c.count,
                "of": c.of,
                "date": c.date,
                "date_precision": c.date_precision.value if c.date_precision else None,
                "evidence": c.evidence,
                "start_char": c.start_char,
                "end_char": c.end_char,
            }
            for c in claims
        ],
    }


def rejection_row(rejection: Rejection) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(name for name, _ in FIELDS)
    row.update(
        status=SKIPPED if rejection.skipped else REJECTED,
        origin=rejection.origin,
        code=rejection.code,
        reason=rejection.reason,
        stances=[],
        claims=[],
    )
    return row


def extract_rows(
    results: Iterable[Article | Rejection], nlp: Any, *, prefilter: bool = True, processes: int = 1
) -> Iterator[dict[str, Any]]:
    """One row per read result, in input order: articles with what ``analyse_many`` finds in them, rejections
    with their reasons. Both engines run this (Spark once per partition); it streams, holding only the items
    ``analyse_many`` has read ahead."""
    from ..nlp.extract import analyse_many

    pending: deque[Article | Rejection] = deque()  # read, not yet written: rejections wait for the article after

    def articles() -> Iterator[Article]:
        for item in results:
            pending.append(item)
            if isinstance(item, Article):
                yield item

    for article, stances, claims in analyse_many(articles(), nlp, prefilter=prefilter, processes=processes):
        # the inputs read before this article that were rejected, then the article (analyse_many keeps order)
        while not isinstance(item := pending.popleft(), Article):
            yield rejection_row(item)
        yield article_row(article, stances, claims)
    for item in pending:
        assert isinstance(item, Rejection), "analyse_many returned fewer articles than it was given"
        yield rejection_row(item)


# --- rows to records ------------------------------------------------------------------------------------------
def records_from_row(row: dict[str, Any]) -> tuple[Article, list[Stance], list[Claim]] | Rejection:
    """The records a row was written from, exactly; a row that cannot be one raises ``InputError`` (W106)."""
    status = row.get("status")
    origin = _text(row, "origin", required=False)
    if status in (REJECTED, SKIPPED):
        return Rejection(
            origin=origin or "(unknown input)",
            code=_text(row, "code", required=False) or E_FIELD,
            reason=_text(row, "reason", required=False) or "rejected when extracted",
            skipped=status == SKIPPED,
        )
    if status != ARTICLE:
        raise InputError(f"status {status!r} is not one of article, rejected, skipped", code=E_FIELD)
    article_id = _text(row, "id")
    text = _text(row, "text")
    if not article_id.strip() or not text.strip():
        raise InputError("an article row needs a non-empty 'id' and 'text'", code=E_FIELD)
    article = Article(
        id=article_id,
        title=_text(row, "title", required=False) or "",
        text=text,
        published=_date(row.get("published"), "published"),
        url=_text(row, "url", required=False),
        source=_text(row, "source", required=False),
        origin=origin,
    )
    try:
        stances = [_stance(article_id, s) for s in row.get("stances") or ()]
        claims = [_claim(article_id, c) for c in row.get("claims") or ()]
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(f"article {article_id!r} has a malformed stance or claim: {e}", code=E_FIELD) from e
    return article, stances, claims


def _text(row: dict[str, Any], key: str, *, required: bool = True) -> Any:
    value = row.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise InputError(f"field {key!r} must be a string, not {type(value).__name__}", code=E_FIELD)
    return value


def _date(value: Any, key: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise InputError(f"field {key!r} must be a date, not {type(value).__name__}", code=E_FIELD)


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{value!r} is not a whole number")
    return value


def _precision(value: Any) -> DatePrecision | None:
    return DatePrecision(value) if value is not None else None


def _stance(article_id: str, s: dict[str, Any]) -> Stance:
    confidence = float(s["confidence"])
    if not math.isfinite(confidence):
        raise ValueError(f"confidence {confidence} is not a number")
    return Stance(
        article=article_id,
        actor=str(s["actor"]),
        actor_country=s.get("actor_country"),
        stance=StanceType(s["stance"]),
        target=str(s["target"]),
        office=s.get("office"),
        conditions=tuple(str(c) for c in s.get("conditions") or ()),
        date=_date(s.get("date"), "date"),
        date_precision=_precision(s.get("date_precision")),
        evidence=str(s["evidence"]),
        start_char=_int(s["start_char"]),
        end_char=_int(s["end_char"]),
        confidence=confidence,
    )


def _claim(article_id: str, c: dict[str, Any]) -> Claim:
    return Claim(
        article=article_id,
        kind=str(c["kind"]),
        candidate=str(c["candidate"]),
        office=c.get("office"),
        excluded=tuple(str(x) for x in c.get("excluded") or ()),
        count=None if c.get("count") is None else _int(c["count"]),
        of=None if c.get("of") is None else _int(c["of"]),
        date=_date(c.get("date"), "date"),
        date_precision=_precision(c.get("date_precision")),
        evidence=str(c["evidence"]),
        start_char=_int(c["start_char"]),
        end_char=_int(c["end_char"]),
    )


# --- files ----------------------------------------------------------------------------------------------------
def write_parquet(rows: Iterable[dict[str, Any]], output: str | Path) -> int:
    """Write rows to one Parquet file, streamed in batches; returns how many were written. The file appears
    (replacing an older one) only once it is complete, so a run that fails half-way leaves no torn file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = Path(output)
    if target.is_dir():
        raise InputError(
            f"{target} is a folder (a Spark extract?); give another --output or remove it", code=E_UNSUPPORTED
        )
    unfinished = target.with_name(f".{target.name}.partial")
    schema = arrow_schema()
    written = 0
    try:
        with pq.ParquetWriter(str(unfinished), schema) as writer:
            batch: list[dict[str, Any]] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= _BATCH_ROWS:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    written += len(batch)
                    batch = []
            if batch or not written:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                written += len(batch)
        unfinished.replace(target)
    finally:
        unfinished.unlink(missing_ok=True)
    return written


def extract_to_parquet(
    paths: Iterable[str | Path], output: str | Path, nlp: Any, *, processes: int = 1
) -> ExtractSummary:
    """The local engine: read, extract and write every input here, streamed, to one Parquet file."""
    from ..sources import read_paths

    counts = {ARTICLE: 0, REJECTED: 0, SKIPPED: 0, "stances": 0, "claims": 0}
    rejections: list[Rejection] = []

    def counted(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            counts[row["status"]] += 1
            counts["stances"] += len(row["stances"])
            counts["claims"] += len(row["claims"])
            if row["status"] == REJECTED and len(rejections) < MAX_LISTED:
                rejections.append(Rejection(origin=row["origin"], code=row["code"], reason=row["reason"]))
            yield row

    write_parquet(counted(extract_rows(read_paths(paths), nlp, processes=processes)), output)
    return ExtractSummary(
        output=str(output),
        articles=counts[ARTICLE],
        stances=counts["stances"],
        claims=counts["claims"],
        skipped=counts[SKIPPED],
        rejected=counts[REJECTED],
        rejections=tuple(rejections),
    )


def parquet_files(path: str | Path) -> list[Path]:
    """The Parquet files an extract is made of: the file itself, or the part files of a folder (Spark writes
    one per partition), in name order, which is input order."""
    path = Path(path)
    if path.is_dir():
        if not (path / "_SUCCESS").exists():
            raise InputError(
                f"{path} is not a finished Spark extract (no _SUCCESS file: the job failed or is still running)",
                code=E_NOT_FOUND,
            )
        files = sorted(
            p for p in path.rglob("*.parquet") if not any(part[0] in "._" for part in p.relative_to(path).parts)
        )
        if not files:
            raise InputError(f"{path} holds no Parquet files", code=E_NOT_FOUND)
        return files
    if not path.exists():
        raise InputError(f"{path}: no such file or folder", code=E_NOT_FOUND)
    return [path]


def read_rows(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, row)`` for every row of an extract, in order; ``where`` names the file and row number."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for file in parquet_files(path):
        try:
            reader = pq.ParquetFile(file)
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{file} is not a Parquet file: {e}", code=E_UNSUPPORTED) from e
        missing = [name for name in ("status", "origin") if name not in reader.schema_arrow.names]
        if missing:
            raise InputError(
                f"{file} is not a whipcount extract (no {', '.join(missing)} column); write one with "
                "`whipcount extract --output FILE.parquet`",
                code=E_UNSUPPORTED,
            )
        n = 0
        batches = reader.iter_batches(batch_size=_BATCH_ROWS)
        while True:
            try:
                batch = next(batches, None)
            except (OSError, pa.ArrowException) as e:
                raise InputError(f"{file} is damaged after row {n}: {e}", code=E_UNSUPPORTED) from e
            if batch is None:
                break
            for row in batch.to_pylist():
                n += 1
                yield f"{file}#{n}", row


def read_records(path: str | Path) -> Iterator[tuple[Article, list[Stance], list[Claim]] | Rejection]:
    """Every item of an extract as records; a malformed row comes back as a rejection naming the row."""
    for where, row in read_rows(path):
        try:
            yield records_from_row(row)
        except InputError as e:
            origin = row.get("origin") if isinstance(row.get("origin"), str) else None
            yield Rejection(origin=origin or where, code=e.code, reason=str(e))


def load_rows(path: str | Path, ledger: Ledger) -> Iterator[IngestLine]:
    """Store every article of an extract with its stances and claims through ``Ledger.add``: one
    ``IngestLine`` per row, as ``ingest`` gives (ingested, duplicate, rejected with its reason, skipped)."""
    from ..pipeline import IngestLine, Status, store

    for item in read_records(path):
        if isinstance(item, Rejection):
            status = Status.SKIPPED if item.skipped else Status.REJECTED
            yield IngestLine(item.origin, status, reason=item.reason, code=item.code)
            continue
        yield store(*item, ledger)
