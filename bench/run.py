"""Benchmarks, written to docs/benchmarks.md: each a ratio against a baseline run in the same process (or, for
memory, the same program) on the same text, with absolute figures for context.

    python bench/run.py [--articles 300] [--skip-big]

1. extraction: whipcount (``analyse_many``) against plain ``nlp.pipe`` of the same spaCy pipeline with its
   default settings, on a corpus where 5% of articles concern a tracked race and on one where all do;
2. the matrix kernel: plain ``nlp.pipe`` with thinc's default ``NumpyOps`` against ``MatmulOps``;
3. two worker processes against one;
4. ingest into a SQLite ledger against extraction alone, on the same file (what storing costs);
5. tally and timeline of one race on a ledger of 1,000,000 stances against one of 10,000;
6. peak memory of ``ingest`` on 100,000 articles against 1,000 (a separate process each; the file is streamed).

The corpus comes from bench/corpus.py. Big ledgers are built once into bench/.cache/ (the build is slow: one
write path, ``Ledger.add``, with positions kept up to date on every article).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
from whipcount.ledger import open_ledger
from whipcount.nlp import load_pipeline
from whipcount.nlp.extract import MODELS, analyse_many
from whipcount.nlp.ops import use_matmul_ops
from whipcount.pipeline import ingest
from whipcount.records import Article, DatePrecision, Stance, StanceType
from whipcount.sources import read_paths
from whipcount.tally import tally_from_ledger
from whipcount.tally.timeline import timeline

ROOT = corpus.ROOT
CACHE = Path(__file__).resolve().parent / ".cache"
DATA = (str(ROOT / "corpus" / "news" / "data"),)
OFFICE = "NATO Secretary General"
Row = tuple[str, str, str, str]  # benchmark, baseline, whipcount, ratio


def best_of(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def plain_pipeline() -> spacy.language.Language:
    return next(spacy.load(m) for m in MODELS if spacy.util.is_package(m))


def extraction(n: int) -> list[Row]:
    nlp = load_pipeline(data=DATA)
    plain = plain_pipeline()
    rows = []
    for share in (0.05, 1.0):
        items = list(corpus.articles(n, share))
        w = corpus.words(items)
        base = best_of(2, lambda: list(plain.pipe((a.text for a in items), batch_size=16)))  # noqa: B023
        ours = best_of(2, lambda: list(analyse_many(items, nlp)))  # noqa: B023
        rows.append(
            (
                f"extraction, {share:.0%} of {n} articles about a race (words/s)",
                f"plain `nlp.pipe`: {w / base:,.0f}",
                f"{w / ours:,.0f}",
                f"{base / ours:.2f}×",
            )
        )
    return rows


def kernel(n: int) -> list[Row]:
    items = [a.text for a in corpus.articles(n, 1.0)]
    w = sum(len(t.split()) for t in items)
    default, fast = plain_pipeline(), use_matmul_ops(plain_pipeline())
    base = best_of(2, lambda: list(default.pipe(items, batch_size=16)))
    ours = best_of(2, lambda: list(fast.pipe(items, batch_size=16)))
    return [
        (
            f"matrix kernel, plain `nlp.pipe`, {n} race articles (words/s)",
            f"`NumpyOps` (blis): {w / base:,.0f}",
            f"`MatmulOps`: {w / ours:,.0f}",
            f"{base / ours:.2f}×",
        )
    ]


def processes(n: int) -> list[Row]:
    nlp = load_pipeline(data=DATA)
    items = list(corpus.articles(n, 1.0, seed=11))
    w = corpus.words(items)
    one = best_of(1, lambda: list(analyse_many(items, nlp)))
    two = best_of(1, lambda: list(analyse_many(items, nlp, processes=2)))
    return [
        (
            f"two processes against one, {n} race articles (words/s)",
            f"1 process: {w / one:,.0f}",
            f"2 processes: {w / two:,.0f}",
            f"{one / two:.2f}×",
        )
    ]


def storing(n: int) -> list[Row]:
    nlp = load_pipeline(data=DATA)
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus.write_jsonl(Path(tmp) / "articles.jsonl", n, 0.05, seed=13)

        def extract_only() -> None:
            list(analyse_many((a for a in read_paths([path]) if isinstance(a, Article)), nlp))

        def ingest_all() -> None:
            db = Path(tmp) / f"ledger-{time.monotonic_ns()}.db"
            with open_ledger(db) as ledger:
                list(ingest([path], ledger, nlp=nlp))

        base = best_of(2, extract_only)
        ours = best_of(2, ingest_all)
    return [
        (
            f"ingest into SQLite against extraction alone, {n} articles (5% race), seconds",
            f"extraction: {base:.2f} s",
            f"ingest: {ours:.2f} s",
            f"{ours / base:.2f}× (cost of storing: {ours / base - 1:.0%})",
        )
    ]


def big_ledger(stances: int) -> Path:
    """The demo corpus's NATO race, plus stances on 200 other offices up to ``stances`` in all (cached)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ledger-{stances}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    rng = random.Random(stances)
    members = ["EST", "LVA", "LTU", "POL", "DEU", "FRA", "ITA", "ESP", "HUN", "SVK", "ROU", "TUR", "USA", "GBR"]
    kinds = [StanceType.SUPPORT, StanceType.OPPOSE, StanceType.UNDECIDED, StanceType.ABSTAIN]
    with open_ledger(partial) as ledger:
        list(ingest([ROOT / "corpus" / "demo"], ledger, nlp=load_pipeline(data=DATA)))
        stored = ledger.count("stances")
        i = 0
        while stored < stances:
            office = f"Benchmark Office {i % 200}"
            day = date(2020, 1, 1) + timedelta(days=i % 1500)
            text = f"Benchmark record {i}, written by the whipcount project (not a news article)."
            article = Article(id=f"bench-{i}", title="Benchmark", text=text, published=day)
            found = [
                Stance(
                    article=article.id,
                    actor=m,
                    actor_country=m,
                    stance=rng.choice(kinds),
                    target=f"Candidate {rng.randint(1, 4)}",
                    office=office,
                    conditions=(),
                    date=day,
                    date_precision=DatePrecision.DAY,
                    evidence=text,
                    start_char=0,
                    end_char=len(text),
                    confidence=0.9,
                )
                for m in rng.sample(members, min(10, stances - stored))
            ]
            stored += ledger.add(article, found).stances
            i += 1
    partial.rename(path)
    return path


def tally_scaling(small: int, big: int) -> list[Row]:
    rows = []
    times = {}
    for size in (small, big):
        with open_ledger(big_ledger(size)) as ledger:
            assert ledger.count("stances") >= size
            tally_from_ledger(ledger, OFFICE, date(2024, 6, 26))  # warm the cache
            times[size] = (
                best_of(5, lambda: tally_from_ledger(ledger, OFFICE, date(2024, 6, 26))),
                best_of(3, lambda: timeline(ledger, OFFICE)),
            )
    for k, name in ((0, "tally"), (1, "timeline")):
        rows.append(
            (
                f"{name} of the NATO race on a ledger of {big:,} stances against {small:,}",
                f"{small:,}: {times[small][k] * 1000:.1f} ms",
                f"{big:,}: {times[big][k] * 1000:.1f} ms",
                f"{times[big][k] / times[small][k]:.2f}×",
            )
        )
    return rows


def memory(small: int, big: int) -> list[Row]:
    peaks = {}
    for n in (small, big):
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve().parent / "memory.py"), str(n)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        peaks[n] = int(out.stdout.split()[-1])
    return [
        (
            f"peak memory of `ingest`, {big:,} articles against {small:,} (5% race, 150-word briefs)",
            f"{small:,}: {peaks[small] / 1024:.0f} MB",
            f"{big:,}: {peaks[big] / 1024:.0f} MB",
            f"{peaks[big] / peaks[small]:.2f}×",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--skip-big", action="store_true", help="leave out the 1M-stance ledger and 100k articles")
    args = parser.parse_args()
    n = args.articles
    rows: list[Row] = []
    for step in (extraction, kernel, processes, storing):
        print(f"running {step.__name__}...", file=sys.stderr)
        rows += step(n)
    if not args.skip_big:
        print("running tally_scaling (builds bench/.cache/ledger-*.db once)...", file=sys.stderr)
        rows += tally_scaling(10_000, 1_000_000)
        print("running memory...", file=sys.stderr)
        rows += memory(1_000, 100_000)
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python bench/run.py`). Each ratio compares whipcount with a baseline run in the "
        "same process on the same text (memory: the same program on a small and a big input); absolute figures "
        f"depend on the machine. This run: {os.cpu_count()} cores, {date.today().isoformat()}.",
        "",
        "The corpus comes from `bench/corpus.py`: race articles are the project's gold articles lengthened with "
        "project-written background paragraphs to about 450 words; other news is generated from templates at the "
        "same length.",
        "",
        "| benchmark | baseline | whipcount | ratio |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += [
        "",
        "Reading the ratios: extraction and processes, higher is faster; ingest against extraction, the storing "
        "overhead; tally, timeline and memory, how much more the big input costs (lower is better, 1.00× means "
        "no growth).",
        "",
    ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
