"""Extraction on PySpark: ``whipcount extract --engine spark INPUT --output stances.parquet``.

The driver only lists the inputs (file names and URLs, as ``list_inputs`` finds them); the list is distributed,
and each partition reads its own files, loads the pipeline once and runs ``extract_rows``, the same extraction
step as the local engine, so a big archive is never pulled through the driver. Spark writes the rows as a folder
of Parquet part files with the schema of ``whipcount.engines.parquet``; ``whipcount load`` reads either.

The input paths must be readable at the same path from every executor (a shared file system in a cluster);
``docs/spark.md`` says how to ship the package and the model. pyspark is imported only here, and only when used.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import E_SPARK, E_UNSUPPORTED, InputError, ModelError, WhipcountError
from ..sources import Rejection, list_inputs
from .parquet import ARTICLE, FIELDS, MAX_LISTED, REJECTED, SKIPPED, ExtractSummary, Kind, extract_rows

# A partition of this many inputs is small enough to redo cheaply when a task fails.
INPUTS_PER_PARTITION = 500


class InputItem(NamedTuple):
    """One input as shipped to the executors: its name only, never its contents."""

    kind: str  # "path", "url", or "rejected" / "skipped" for inputs the driver's listing already turned down
    origin: str  # as the user named it, which is what the rows (and later the ledger) record
    read_from: str | None = None  # a path made absolute, so that executors with another working folder find it
    code: str | None = None
    reason: str | None = None


def spark_schema() -> Any:
    """The extract file's columns (``FIELDS``) as a Spark schema."""
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(name, _spark_type(kind), nullable=True) for name, kind in FIELDS])


def _spark_type(kind: Kind) -> Any:
    from pyspark.sql import types as T

    if isinstance(kind, tuple) and kind and kind[0] == "list":
        return T.ArrayType(_spark_type(kind[1]), containsNull=True)
    if isinstance(kind, tuple):
        return T.StructType([T.StructField(name, _spark_type(sub), nullable=True) for name, sub in kind])
    return {"string": T.StringType(), "date": T.DateType(), "int": T.LongType(), "double": T.DoubleType()}[kind]


def spark_session() -> Any:
    """The active SparkSession, or a new one. Under ``spark-submit`` the cluster's settings apply; run from the
    command line it is local mode on every core, with this Python (and its packages) for the workers."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise InputError(
            "--engine spark needs pyspark and Java 17: pip install 'whipcount[spark]'", code=E_UNSUPPORTED
        ) from e
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("whipcount extract")
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # set by spark-submit, which brings its own master and Python
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode listens on the loopback address only
        builder = (
            builder.master("local[*]")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.showConsoleProgress", "false")  # whipcount prints its own summary
        )
    try:
        session = builder.getOrCreate()
    except Exception as e:  # Java missing or broken: PySpark raises its own runtime errors
        raise ModelError(f"cannot start Spark: {_first_line(e)}", code=E_SPARK) from e
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        session.sparkContext.setLogLevel("ERROR")  # Spark's warnings would drown the per-input lines
    return session


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0][:300]


_EXTRACT_PARTS = re.compile(r"(?:part-.*\.parquet|_SUCCESS|\..*\.crc|_temporary)")


def _check_target(target: Path, paths: list[Path], items: list[InputItem]) -> None:
    """Never write over anything but an earlier extract, and never where the inputs are."""
    if target.exists() and (not target.is_dir() or any(not _EXTRACT_PARTS.fullmatch(p.name) for p in target.iterdir())):
        raise InputError(f"{target} exists and is not a Spark extract; give --output a new folder", code=E_UNSUPPORTED)
    sources = [(str(p), p) for p in paths] + [
        (item.origin, Path(item.read_from)) for item in items if item.kind == "path" and item.read_from
    ]
    for name, source in sources:
        if source == target or target in source.parents or source in target.parents:
            raise InputError(f"--output {target} overlaps the input {name}", code=E_UNSUPPORTED)


def plan_inputs(paths: Iterable[str | Path]) -> list[InputItem]:
    """The inputs to distribute: file names and URLs only, never their contents."""
    items: list[InputItem] = []
    for item in list_inputs(paths):
        if isinstance(item, Rejection):
            kind = SKIPPED if item.skipped else REJECTED
            items.append(InputItem(kind, item.origin, code=item.code, reason=item.reason))
        elif isinstance(item, Path):
            items.append(InputItem("path", str(item), read_from=str(item.absolute())))
        else:
            items.append(InputItem("url", item, read_from=item))
    return items


def extract_partition(
    items: Iterable[InputItem], *, data: tuple[str, ...] = (), model: str | None = None
) -> Iterator[dict[str, Any]]:
    """Run in an executor: read this partition's inputs and extract them with a pipeline loaded once."""
    from ..nlp.extract import load_pipeline

    nlp = load_pipeline(model, tuple(data))  # cached: a reused Python worker loads it once for all its tasks
    yield from extract_rows(_read(items), nlp)


def _read(items: Iterable[InputItem]) -> Iterator[Any]:
    from ..sources.readers import read_input

    for item in items:
        if item.kind in (REJECTED, SKIPPED):
            yield Rejection(
                origin=item.origin, code=item.code or "", reason=item.reason or "", skipped=item.kind == SKIPPED
            )
            continue
        read_from = item.read_from or item.origin
        for result in read_input(Path(read_from) if item.kind == "path" else read_from):
            if result.origin and result.origin.startswith(read_from):
                # "/abs/corpus/a.jsonl:3" is recorded as "corpus/a.jsonl:3", as the local engine records it
                result = replace(result, origin=item.origin + result.origin[len(read_from) :])
            yield result


def _run_job(job: Any) -> None:
    try:
        job()
    except Exception as e:  # a failed Spark job: Py4J carries a Java stack trace, the user gets one line
        if isinstance(e, WhipcountError):
            raise
        raise ModelError(f"the Spark job failed: {_first_line(e)}", code=E_SPARK) from e


def extract_spark(
    paths: Iterable[str | Path],
    output: str | Path,
    *,
    data: Iterable[str | Path] = (),
    model: str | None = None,
    partitions: int | None = None,
    spark: Any = None,
) -> ExtractSummary:
    """Extract every input on Spark and write the rows to ``output``, a folder of Parquet parts. On a local path
    an earlier extract is replaced once the new one is complete, and anything else is refused; on a cluster file
    system (``hdfs://``, ``s3a://``) the folder must not exist yet."""
    spark = spark or spark_session()
    from pyspark.sql import functions as F

    paths = list(paths)  # read twice: to plan, and to keep the output off the inputs
    items = plan_inputs(paths)
    parallelism = int(spark.sparkContext.defaultParallelism)
    n = partitions or min(len(items), max(parallelism, math.ceil(len(items) / INPUTS_PER_PARTITION)))
    n = max(1, min(n, len(items) or 1))
    job = partial(extract_partition, data=tuple(str(Path(d).absolute()) for d in data), model=model)
    rows = spark.sparkContext.parallelize(items, n).mapPartitions(job)
    frame = spark.createDataFrame(rows, spark_schema())
    if "://" in str(output) or str(output).startswith("file:"):
        # a cluster file system: never replace what is there (remove an old extract first)
        target = str(output)
        _run_job(lambda: frame.write.mode("errorifexists").parquet(target))
    else:
        # a plain path is made absolute here: Spark would resolve it against the JVM's working folder, not ours.
        # The job writes beside it and the result replaces an earlier extract only once it is complete.
        local = Path(output).absolute()
        given = [Path(p).absolute() for p in paths if "://" not in str(p)]
        _check_target(local, given, items)
        partial_dir = local.with_name(f".{local.name}.partial-{os.getpid()}")
        shutil.rmtree(partial_dir, ignore_errors=True)
        try:
            _run_job(lambda: frame.write.mode("errorifexists").parquet(str(partial_dir)))
            if local.exists():
                shutil.rmtree(local)
            partial_dir.rename(local)
        finally:
            shutil.rmtree(partial_dir, ignore_errors=True)
        target = str(local)

    # Read back what was written (cheap: no extraction again) to report it.
    written = spark.read.parquet(target)
    totals: dict[str, tuple[int, int, int]] = {
        r["status"]: (int(r["rows"]), int(r["stances"] or 0), int(r["claims"] or 0))
        for r in written.groupBy("status")
        .agg(
            F.count(F.lit(1)).alias("rows"),
            F.sum(F.size("stances")).alias("stances"),
            F.sum(F.size("claims")).alias("claims"),
        )
        .collect()
    }
    listed = written.filter(F.col("status") == REJECTED).select("origin", "code", "reason").limit(MAX_LISTED)
    article_rows, stances, claims = totals.get(ARTICLE, (0, 0, 0))
    return ExtractSummary(
        output=target,
        partitions=n,
        articles=article_rows,
        stances=stances,
        claims=claims,
        skipped=totals.get(SKIPPED, (0, 0, 0))[0],
        rejected=totals.get(REJECTED, (0, 0, 0))[0],
        rejections=tuple(Rejection(origin=r["origin"], code=r["code"], reason=r["reason"]) for r in listed.collect()),
    )
