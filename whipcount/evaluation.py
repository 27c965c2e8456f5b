"""Score extracted stances against gold stances (the ``extract`` JSONL contract).

A predicted stance matches a gold one on (article, actor country — or the actor's surname when either has no
country —, stance, target's surname); each gold stance matches at most one prediction. On matched pairs the
fields ``actor_country``, ``target``, ``office`` and ``date`` are scored for accuracy.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .records import Stance, StanceType
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


@dataclass(frozen=True, slots=True)
class Evaluation:
    overall: Scores
    by_stance: dict[str, Scores]
    field_accuracy: dict[str, float]
    matched: list[tuple[Stance, Stance]] = field(default_factory=list)  # (gold, predicted)
    misses: list[Stance] = field(default_factory=list)
    false_positives: list[Stance] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "overall": self.overall.to_json(),
            "by_stance": {k: v.to_json() for k, v in self.by_stance.items()},
            "field_accuracy": {k: round(v, 4) for k, v in self.field_accuracy.items()},
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
    return Evaluation(overall, by_stance, accuracy, matched, misses, false_pos)


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
                from .errors import E_JSON, InputError

                raise InputError(f"{path}:{lineno}: not a stance line: {e}", code=E_JSON) from e
    return out
