"""Score extracted stances against gold stances (the ``extract`` JSONL contract).

A predicted stance matches a gold one on (article, actor country, stance, target's surname), or, where either
names no country, on the actor's surname instead of the country; each gold stance matches at most one prediction.
On matched pairs the fields ``actor_country``, ``target``, ``office`` and ``date`` are scored for accuracy.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import E_JSON, E_NOT_FOUND, InputError
from .records import Article, DatePrecision, Stance, StanceType
from .reference import fold

SCORED_FIELDS = ("actor_country", "target", "office", "date")


def surname(name: str) -> str:
    return fold(name).replace("'s", "").split()[-1] if name.strip() else ""


def match_key(s: Stance) -> tuple[str, str, str, str]:
    who = s.actor_country or surname(s.actor)
    return (s.article, who, s.stance.value, surname(s.target))


@dataclass(frozen=True, slots=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }


# (low, high]: "above 0.8" is the band the calibration promise is about
CONFIDENCE_BANDS = ((-0.01, 0.5), (0.5, 0.8), (0.8, 1.0))


@dataclass(frozen=True, slots=True)
class Evaluation:
    overall: Scores
    by_stance: dict[str, Scores]
    field_accuracy: dict[str, float]
    day_dates_exact: float  # of the gold stances with a day-precise date, the share found with that date
    calibration: dict[str, tuple[int, float]]  # confidence band -> (predicted stances, share that are right)
    matched: list[tuple[Stance, Stance]] = field(default_factory=list)  # (gold, predicted)
    misses: list[Stance] = field(default_factory=list)
    false_positives: list[Stance] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "overall": self.overall.to_json(),
            "by_stance": {k: v.to_json() for k, v in self.by_stance.items()},
            "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy.items()},
            "day_dates_exact": round(self.day_dates_exact, 4),
            "calibration": {k: {"stances": n, "precision": round(p, 4)} for k, (n, p) in self.calibration.items()},
            "misses": [s.to_json() for s in self.misses],
            "false_positives": [s.to_json() for s in self.false_positives],
        }


def evaluate(gold: Iterable[Stance], predicted: Iterable[Stance]) -> Evaluation:
    gold_by_key: dict[tuple[str, str, str, str], list[Stance]] = defaultdict(list)
    for g in gold:
        gold_by_key[match_key(g)].append(g)
    matched: list[tuple[Stance, Stance]] = []
    false_pos: list[Stance] = []
    for p in predicted:
        bucket = gold_by_key.get(match_key(p))
        if bucket:
            # prefer the gold stance with the same evidence sentence
            best = next((g for g in bucket if g.evidence.strip() == p.evidence.strip()), bucket[0])
            bucket.remove(best)
            matched.append((best, p))
        else:
            false_pos.append(p)
    # second pass: where one side names no country, the actor's surname identifies the actor
    for p in list(false_pos):
        for bucket in gold_by_key.values():
            found = next((g for g in bucket if _same_actor_by_name(g, p)), None)
            if found is not None:
                bucket.remove(found)
                false_pos.remove(p)
                matched.append((found, p))
                break
    misses = [g for bucket in gold_by_key.values() for g in bucket]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for g, _ in matched:
        counts[g.stance.value]["tp"] += 1
    for p in false_pos:
        counts[p.stance.value]["fp"] += 1
    for g in misses:
        counts[g.stance.value]["fn"] += 1
    by_stance = {
        s.value: Scores(counts[s.value]["tp"], counts[s.value]["fp"], counts[s.value]["fn"])
        for s in StanceType
        if sum(counts[s.value].values())
    }
    accuracy = {}
    for name in SCORED_FIELDS:
        right = sum(1 for g, p in matched if _same(name, g, p))
        accuracy[name] = right / len(matched) if matched else 1.0
    overall = Scores(len(matched), len(false_pos), len(misses))
    day_gold = [g for g, _ in matched if g.date_precision is DatePrecision.DAY]
    day_total = len(day_gold) + sum(1 for g in misses if g.date_precision is DatePrecision.DAY)
    day_right = sum(1 for g, p in matched if g.date_precision is DatePrecision.DAY and g.date == p.date)
    calibration = {}
    for low, high in CONFIDENCE_BANDS:
        right = sum(1 for _, p in matched if low < p.confidence <= high)
        wrong = sum(1 for p in false_pos if low < p.confidence <= high)
        calibration[f"{max(low, 0.0):.1f}-{high:.1f}"] = (
            right + wrong,
            right / (right + wrong) if right + wrong else 1.0,
        )
    return Evaluation(
        overall,
        by_stance,
        accuracy,
        day_right / day_total if day_total else 1.0,
        calibration,
        matched,
        misses,
        false_pos,
    )


def _same_actor_by_name(g: Stance, p: Stance) -> bool:
    return (
        (g.actor_country is None or p.actor_country is None)
        and (g.article, g.stance, surname(g.target)) == (p.article, p.stance, surname(p.target))
        and surname(g.actor) == surname(p.actor)
    )


def _same(name: str, g: Stance, p: Stance) -> bool:
    if name == "target":
        return fold(g.target) == fold(p.target)
    return bool(getattr(g, name) == getattr(p, name))


def read_stances(path: str | Path) -> list[Stance]:
    out = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(Stance.from_json(json.loads(line)))
            except (KeyError, ValueError) as e:
                raise InputError(f"{path}:{lineno}: not a stance line: {e}", code=E_JSON) from e
    return out


def default_corpus(gold: Path) -> Path:
    """corpus/gold/news.jsonl → corpus/news: the articles live beside the gold folder, named like the file."""
    return gold.parent.parent / gold.stem


def evaluate_corpus(
    gold_paths: list[Path], corpora: list[Path], *, split: str = "all", nlp: Any = None
) -> tuple[Evaluation, int]:
    """Extract the corpus's articles (only those under ``<corpus>/<split>/`` unless ``split`` is "all") and score
    them against the gold lines for those articles. Returns the evaluation and how many articles were read."""
    from .nlp import extract_many
    from .sources import read_paths

    folders = corpora or [default_corpus(g) for g in gold_paths]
    for folder in folders:
        if not folder.is_dir():
            raise InputError(f"no corpus folder {folder}; name it with --corpus", code=E_NOT_FOUND)
    roots = [f / split for f in folders] if split != "all" else folders
    articles = [a for a in read_paths([r for r in roots if r.is_dir()]) if isinstance(a, Article)]
    wanted = {a.id for a in articles}
    gold = [g for path in gold_paths for g in read_stances(path) if g.article in wanted]
    predicted = [s for _, stances in extract_many(articles, nlp) for s in stances]
    return evaluate(gold, predicted), len(articles)


def format_evaluation(result: Evaluation, n_articles: int) -> str:
    o = result.overall
    lines = [
        f"articles {n_articles}  gold {o.true_positives + o.false_negatives}  "
        f"predicted {o.true_positives + o.false_positives}",
        f"{'':<12}{'precision':>10}{'recall':>10}{'f1':>10}",
        f"{'overall':<12}{o.precision:>10.3f}{o.recall:>10.3f}{o.f1:>10.3f}",
    ]
    for name, sc in result.by_stance.items():
        lines.append(f"{name:<12}{sc.precision:>10.3f}{sc.recall:>10.3f}{sc.f1:>10.3f}")
    lines.append("accuracy on matched stances: " + ", ".join(f"{k} {v:.3f}" for k, v in result.field_accuracy.items()))
    lines.append(f"day-precise gold dates found exactly: {result.day_dates_exact:.3f}")
    lines.append(
        "confidence calibration: "
        + ", ".join(f"{band}: {n} stances, {p:.3f} right" for band, (n, p) in result.calibration.items())
    )
    for g in result.misses:
        lines.append(f"miss  {g.article}: {g.actor_country or g.actor} {g.stance.value} {g.target} | {g.evidence}")
    for p in result.false_positives:
        lines.append(f"false {p.article}: {p.actor_country or p.actor} {p.stance.value} {p.target} | {p.evidence}")
    return "\n".join(lines)
