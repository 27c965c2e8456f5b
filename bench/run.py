"""Benchmarks, written to docs/benchmarks.md: ratios against a baseline run in the same process on the same text.

    python bench/run.py [--articles 400]

- extraction throughput (words per second) of whipcount against plain ``nlp.pipe`` of the same spaCy pipeline,
  on a corpus where 5% of articles concern a tracked race and on one where all do.

The corpus: race articles from the project's own corpora (corpus/demo, corpus/news), and other news generated
here from templates (weather, sport, markets, culture) of similar length. All text is written by the project.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import spacy

from whipcount.nlp import load_pipeline
from whipcount.nlp.extract import MODELS, analyse_many
from whipcount.records import Article
from whipcount.sources import read_paths

ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = [
    "The city council",
    "Forecasters",
    "The league",
    "Shares in the carmaker",
    "The museum",
    "Farmers",
    "The central bank",
    "Rail operators",
    "The orchestra",
    "Local fishermen",
]
VERBS = ["said on Monday that", "warned that", "announced that", "reported that", "expect that"]
CLAUSES = [
    "heavy rain would reach the coast by the weekend",
    "ticket prices would rise in the spring",
    "the harvest was the largest in a decade",
    "the new bridge would open later than planned",
    "the season would start a week early",
    "exports fell for a third month",
    "the exhibition drew record crowds",
    "the timetable would change in December",
    "the stadium roof needs repairs",
    "catches were smaller this year",
]


def filler(i: int, rng: random.Random) -> Article:
    sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}." for _ in range(14)]
    text = " ".join(sentences) + " (Written by the whipcount project for its benchmarks.)"
    return Article(id=f"filler-{i}", title="Local news", text=text)


def corpus(n: int, share: float, rng: random.Random) -> list[Article]:
    races = [a for a in read_paths([ROOT / "corpus" / "demo", ROOT / "corpus" / "news"]) if isinstance(a, Article)]
    k = max(1, round(n * share))
    chosen = [races[i % len(races)] for i in range(k)]
    out = chosen + [filler(i, rng) for i in range(n - k)]
    rng.shuffle(out)
    return out


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def run(n: int) -> list[tuple[str, float, float, float]]:
    rng = random.Random(7)
    data = str(ROOT / "corpus" / "news" / "data")
    nlp = load_pipeline(data=(data,))
    plain = next(spacy.load(m) for m in MODELS if spacy.util.is_package(m))
    rows = []
    for share in (0.05, 1.0):
        articles = corpus(n, share, rng)
        w = words(articles)
        start = time.perf_counter()
        for _ in plain.pipe((a.text for a in articles), batch_size=16):
            pass
        base = w / (time.perf_counter() - start)
        start = time.perf_counter()
        for _ in analyse_many(articles, nlp):
            pass
        ours = w / (time.perf_counter() - start)
        rows.append((f"{share:.0%} of {n} articles about a race", base, ours, ours / base))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    rows = run(args.articles)
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python bench/run.py`). Each ratio compares whipcount with a baseline run in the "
        "same process on the same text; absolute figures depend on the machine.",
        "",
        "| extraction | plain `nlp.pipe` (words/s) | whipcount (words/s) | ratio |",
        "|---|---|---|---|",
    ]
    for name, base, ours, ratio in rows:
        lines.append(f"| {name} | {base:,.0f} | {ours:,.0f} | {ratio:.2f}× |")
    lines += [
        "",
        "Not measured yet: two processes against one, ingest against extraction, tally on 1M stances "
        "against 10k, peak memory on 100k articles against 1k.",
        "",
    ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
