"""The evaluation gate: pinned accuracy floors that only rise.

``python -m whipcount.gate`` scores every gold set named in ``corpus/gold/floors.json`` and fails when a figure
falls below its floor, or when a corpus changed since its floors were pinned (its SHA-256 over the gold file and
the articles no longer matches). ``--update`` re-pins the hashes and raises the floors to today's figures; it
refuses to lower a floor unless ``--allow-lower`` is given as well.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from .evaluation import Evaluation, default_corpus, evaluate_corpus

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "corpus" / "gold" / "floors.json"
METRICS = ("f1", "precision", "recall", "actor_country", "day_dates_exact")


def corpus_hash(gold: Path, corpus: Path, split: str) -> str:
    digest = hashlib.sha256(gold.read_bytes())
    root = corpus / split if split != "all" else corpus
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def figures(result: Evaluation) -> dict[str, float]:
    return {
        "f1": result.overall.f1,
        "precision": result.overall.precision,
        "recall": result.overall.recall,
        "actor_country": result.field_accuracy["actor_country"],
        "day_dates_exact": result.day_dates_exact,
    }


def run(update: bool = False, allow_lower: bool = False, floors_path: Path = FLOORS, nlp: Any = None) -> list[str]:
    """Check (or re-pin) every set; returns the problems found (empty: the gate passes)."""
    spec = json.loads(floors_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for name, entry in spec["sets"].items():
        gold = ROOT / entry["gold"]
        corpus = ROOT / entry["corpus"] if entry.get("corpus") else default_corpus(gold)
        split = entry.get("split", "all")
        data = [ROOT / d for d in entry.get("data", [])]
        model = nlp
        if data:
            from .nlp import load_pipeline

            model = load_pipeline(data=tuple(str(d) for d in data))
        result, _ = evaluate_corpus([gold], [corpus], split=split, nlp=model)
        now = figures(result)
        digest = corpus_hash(gold, corpus, split)
        floors = entry.setdefault("floors", {})
        summary = ", ".join(f"{k} {now[k]:.3f}" for k in METRICS)
        if update:
            lowered = [k for k in METRICS if k in floors and now[k] < floors[k] - 1e-9]
            if lowered and not allow_lower:
                problems.append(f"{name}: refusing to lower {', '.join(lowered)} ({summary}); use --allow-lower")
                continue
            entry["floors"] = {k: round(now[k] - 5e-5, 4) for k in METRICS}  # rounded down, so today's run passes
            entry["corpus_sha256"] = digest
            print(f"{name}: pinned {summary}")
            continue
        if entry.get("corpus_sha256") != digest:
            problems.append(
                f"{name}: the corpus or its gold changed since the floors were pinned; run "
                "`python -m whipcount.gate --update` and review the new figures"
            )
        for k in METRICS:
            if k in floors and now[k] < floors[k] - 1e-9:
                problems.append(f"{name}: {k} {now[k]:.4f} is below its floor {floors[k]:.4f}")
        print(f"{name}: {summary}")
    if update and not problems:
        floors_path.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whipcount.gate", description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-pin hashes and raise floors to today's figures")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: allow a floor to go down")
    args = parser.parse_args(argv)
    problems = run(update=args.update, allow_lower=args.allow_lower)
    for p in problems:
        print(f"gate: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
