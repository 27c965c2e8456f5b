"""A generator of realistic news for the benchmarks, at any size, streamed (nothing is held but the templates).

- Race articles: an article from the project's own gold corpora (corpus/demo, corpus/news), lengthened with
  background paragraphs (corpus/background/lines.txt: summit logistics, careers, budgets, history) between its
  own paragraphs, to the length of a real news story. Stories about a race carry much of that background, and
  some of it names the body or uses a stance word, so the line filter keeps part of it.
- Other news: weather, sport, markets, culture, from templates, of similar length.

All text is written by the whipcount project; every article says so.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from whipcount.records import Article
from whipcount.sources import read_paths

ROOT = Path(__file__).resolve().parent.parent
WORDS = 450  # about the length of a news story
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
    "The university",
    "Hospital managers",
]
VERBS = ["said on Monday that", "warned that", "announced that", "reported that", "expect that", "told reporters that"]
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
    "waiting times had fallen since the summer",
    "the festival would move to a larger site",
]
NOTE = "(Written by the whipcount project for its benchmarks; not a real news article.)"


@cache
def race_articles() -> tuple[Article, ...]:
    found = read_paths([ROOT / "corpus" / "demo", ROOT / "corpus" / "news"])
    return tuple(a for a in found if isinstance(a, Article))


@cache
def background() -> tuple[str, ...]:
    lines = (ROOT / "corpus" / "background" / "lines.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


def race_article(i: int, rng: random.Random, length: int = WORDS) -> Article:
    base = race_articles()[i % len(race_articles())]
    paragraphs = base.text.split("\n\n")
    words = len(base.text.split())
    pool = background()
    while words < length:
        extra = rng.choice(pool)
        paragraphs.insert(rng.randint(1, len(paragraphs)), extra)
        words += len(extra.split())
    paragraphs.append(f"{NOTE} [{i}]")
    return replace(base, id=f"race-{i}", text="\n\n".join(paragraphs), origin=None)


def other_article(i: int, rng: random.Random, length: int = WORDS) -> Article:
    paragraphs = []
    words = 0
    while words < length:
        sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(CLAUSES)}."
        paragraphs.append(sentence)
        words += len(sentence.split())
    paragraphs.append(f"{NOTE} [{i}]")
    return Article(id=f"other-{i}", title="Local news", text="\n\n".join(paragraphs))


def articles(n: int, share: float, seed: int = 7, length: int = WORDS) -> Iterator[Article]:
    """``n`` articles of about ``length`` words of which ``share`` concern a tracked race, spread evenly,
    generated one at a time."""
    rng = random.Random(seed)
    for i in range(n):
        if int((i + 1) * share) > int(i * share):
            yield race_article(i, rng, length)
        else:
            yield other_article(i, rng, length)


def write_jsonl(path: Path, n: int, share: float, seed: int = 7, length: int = WORDS) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles(n, share, seed, length):
            record = {"id": a.id, "title": a.title, "text": a.text, "source": a.source}
            if a.published:
                record["published"] = a.published.isoformat()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def words(items: list[Article]) -> int:
    return sum(len(a.text.split()) for a in items)
