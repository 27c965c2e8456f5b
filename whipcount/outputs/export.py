"""Export the ledger's tables as CSV, JSON or Parquet: ``export_rows(ledger, what)`` gives plain dicts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import E_UNSUPPORTED, InputError
from ..ledger import Ledger

TABLES = ("stances", "positions", "articles")


def export_rows(ledger: Ledger, what: str) -> Iterator[dict[str, Any]]:
    if what == "stances":
        sql = "SELECT s.id, s.article_id AS article, s.actor, s.actor_country, s.stance, s.target, s.office,"
        sql += " s.conditions, s.date, s.date_precision, s.evidence, s.start_char, s.end_char, s.confidence"
        sql += " FROM stances s ORDER BY s.article_id, s.seq"
    elif what == "positions":
        sql = "SELECT p.office, p.candidate, p.member, p.stance, p.since, p.valid_from AS stated_on, p.valid_until,"
        sql += " p.sources, p.stance_id, p.correction_id, p.conflict_id FROM positions p"
        sql += " ORDER BY p.office, p.candidate, p.member, p.valid_from"
    elif what == "articles":
        sql = (
            "SELECT id, title, published, url, source, origin, ingested_at, text FROM articles"
            " ORDER BY published NULLS FIRST, id"  # the same order on SQLite and PostgreSQL
        )
    else:
        raise InputError(f"cannot export {what!r}; choose one of {', '.join(TABLES)}", code=E_UNSUPPORTED)
    for row in ledger.db.execute(sql):
        item = dict(row)
        if "conditions" in item:
            item["conditions"] = json.loads(item["conditions"])
        yield item


def write_export(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> str | None:
    """Write rows as ``fmt`` to ``output``, or return the text when there is no file (CSV and JSON only)."""
    if fmt == "parquet":
        if output is None:
            raise InputError("Parquet needs an output file: -o FILE.parquet", code=E_UNSUPPORTED)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            raise InputError("Parquet export needs pyarrow: pip install pyarrow", code=E_UNSUPPORTED) from e
        pq.write_table(pa.Table.from_pylist(rows), output)
        return None
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
            writer.writeheader()
            for row in rows:
                writer.writerow(
                    {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()}
                )
        text = buffer.getvalue()
    if output is None:
        return text
    output.write_text(text, encoding="utf-8")
    return None
