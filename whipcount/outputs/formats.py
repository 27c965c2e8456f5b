"""Tallies and stances as JSON-ready dicts and as plain-text tables."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable
from typing import Any

from ..records import CandidateTally, Position, Stance, Tally


def position_json(p: Position) -> dict[str, Any]:
    return {
        "member": p.member,
        "stance": p.stance.value,
        "since": p.valid_from.isoformat(),
        "date": p.stated_on.isoformat() if p.stated_on else None,
        "since_precision": p.date_precision.value if p.date_precision else None,
        "actor": p.actor,
        "evidence": p.evidence,
        "article": p.article,
        "conditions": list(p.conditions),
        "sources": p.sources,
        "corrected_by": p.corrected_by,
        "inferred": p.inferred,
        "conflict": (
            {"stance": p.conflict.stance.value, "article": p.conflict.article, "evidence": p.conflict.evidence}
            if p.conflict
            else None
        ),
    }


def candidate_json(c: CandidateTally) -> dict[str, Any]:
    return {
        "name": c.name,
        "support": list(c.support),
        "oppose": list(c.oppose),
        "abstain": list(c.abstain),
        "undecided": list(c.undecided),
        "silent": list(c.silent),
        "rule_met": c.rule_met,
        "blocking": list(c.blocking),
        "needed": c.needed,
        "to_block": c.to_block,
        "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
        "decided_on": c.decided_on.isoformat() if c.decided_on else None,
        "reported": c.reported.to_json() if c.reported else None,
        "positions": [position_json(p) for p in c.positions],
    }


def tally_json(t: Tally) -> dict[str, Any]:
    return {
        "office": t.office,
        "body": t.body,
        "rule": t.rule,
        "as_of": t.as_of.isoformat(),
        "members": list(t.members),
        "candidates": [candidate_json(c) for c in t.candidates],
    }


def _codes(codes: Iterable[str]) -> str:
    codes = list(codes)
    return " ".join(codes) if codes else "-"


def _wrap(label: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=f"  {label:<10}", subsequent_indent=" " * 12) or [
        f"  {label:<10}-"
    ]


def tally_table(t: Tally) -> str:
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 140))
    lines = [f"{t.office} ({t.body}, {t.rule}) as of {t.as_of.isoformat()}: {len(t.members)} members"]
    if not t.candidates:
        lines.append("No candidates known for this office as of this date.")
    for c in t.candidates:
        lines.append("")
        if c.withdrawn_on or not c.positions:
            # out of the race, or in it with no member's position stated: one line each
            state = f"withdrew {c.withdrawn_on.isoformat()}" if c.withdrawn_on else "no member has stated a position"
            backers = f"; backed by {_codes(c.support)}" if c.support else ""
            lines.append(f"{c.name}: {state}{backers}")
            continue
        status = "rule met" if c.rule_met else f"rule not met, {c.needed} more needed"
        if c.decided_on:
            status += f"; decided on {c.decided_on.isoformat()}"
        lines.append(
            f"{c.name}: {len(c.support)} support, {len(c.oppose)} oppose, {len(c.abstain)} abstain, "
            f"{len(c.undecided)} undecided, {len(c.silent)} silent; {status}"
        )
        for label, codes in (
            ("support", c.support),
            ("oppose", c.oppose),
            ("abstain", c.abstain),
            ("undecided", c.undecided),
            ("blocking", c.blocking),
            ("silent", c.silent),
        ):
            if codes or label in ("support", "blocking"):
                lines.extend(_wrap(label, _codes(codes), width))
        if c.positions:
            lines.append(f"  {'member':<7}{'stance':<10}{'since':<11}{'actor':<22}evidence")
            room = max(20, width - 52)
            for p in c.positions:
                evidence = p.evidence if len(p.evidence) <= room else p.evidence[: room - 1] + "…"
                kind = p.stance.value + ("*" if p.inferred else "")
                lines.append(f"  {p.member:<7}{kind:<10}{p.valid_from.isoformat():<11}{p.actor[:21]:<22}{evidence}")
            if any(p.inferred for p in c.positions):
                lines.append("  * inferred from an aggregate claim or the body's decision, not stated by the member")
    return "\n".join(lines)


def stances_table(stances: Iterable[Stance]) -> str:
    rows = [("article", "actor", "member", "stance", "target", "date", "evidence")]
    for s in stances:
        rows.append(
            (
                s.article,
                s.actor,
                s.actor_country or "-",
                s.stance.value,
                s.target,
                s.date.isoformat() if s.date else "-",
                s.evidence,
            )
        )
    widths = [min(max(len(r[i]) for r in rows), cap) for i, cap in enumerate((24, 22, 6, 10, 20, 10, 80))]
    out = []
    for r in rows:
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(r, widths, strict=True)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def timeline_json(t: Any) -> dict[str, Any]:
    return {
        "office": t.office,
        "body": t.body,
        "rule": t.rule,
        "claims": [{**c.to_json(), "inferred": True} for c in t.claims],
        "changes": [
            {
                "date": c.day.isoformat(),
                "member": c.member,
                "candidate": c.candidate,
                "stance": c.stance.value,
                "previous": c.previous.value if c.previous else None,
                "actor": c.actor,
                "evidence": c.evidence,
                "article": c.article,
            }
            for c in t.changes
        ],
        "days": [
            {
                "date": d.day.isoformat(),
                "candidate": d.candidate,
                "support": d.support,
                "oppose": d.oppose,
                "abstain": d.abstain,
                "undecided": d.undecided,
                "silent": d.silent,
                "rule_met": d.rule_met,
            }
            for d in t.days
        ],
        "candidates": [
            {
                "name": c.name,
                "rule_met_on": c.rule_met_on.isoformat() if c.rule_met_on else None,
                "withdrawn_on": c.withdrawn_on.isoformat() if c.withdrawn_on else None,
                "missing": list(c.missing),
                "needed": c.needed,
            }
            for c in t.candidates
        ],
    }


def timeline_table(t: Any) -> str:
    lines = [f"{t.office} ({t.body}, {t.rule}): {len(t.changes)} changes"]
    for c in t.changes:
        was = f" (was {c.previous.value})" if c.previous else ""
        evidence = c.evidence if len(c.evidence) <= 70 else c.evidence[:69] + "…"
        lines.append(
            f"  {c.day.isoformat()}  {c.member or '-':<4} {c.stance.value:<10} {c.candidate:<20}{was}  {evidence}"
        )
    lines.append("")
    for o in t.candidates:
        if o.rule_met_on:
            state = f"rule met on {o.rule_met_on.isoformat()}"
        elif o.withdrawn_on:
            state = f"withdrew {o.withdrawn_on.isoformat()}"
        else:
            state = f"rule not met; needs {o.needed} more; in the way: {_codes(o.missing)}"
        lines.append(f"{o.name}: {state}")
    return "\n".join(lines)


def explain_table(office: str, member: str, rows: list[tuple[Stance, Any]], conflicts: list[Position]) -> str:
    lines = [f"{member} on {office}: {len(rows)} stances"]
    for s, a in rows:
        when = s.date.isoformat() if s.date else "undated"
        precision = f" ({s.date_precision.value})" if s.date_precision and s.date_precision.value != "day" else ""
        lines.append(f"  {when}{precision}  {s.stance.value:<10} {s.target}  — {s.actor}")
        lines.append(f"      {s.evidence}")
        if s.conditions:
            lines.append(f"      conditions: {'; '.join(s.conditions)}")
        source = a.title or a.id
        lines.append(
            f"      source: {source} ({a.published.isoformat() if a.published else 'no date'})"
            + (f" {a.url}" if a.url else "")
        )
    for p in conflicts:
        if p.conflict:
            lines.append(
                f"  conflict on {p.valid_from.isoformat()}: {p.stance.value} ({p.article}) against "
                f"{p.conflict.stance.value} ({p.conflict.article})"
            )
    return "\n".join(lines)


def explain_json(office: str, member: str, rows: list[tuple[Stance, Any]], conflicts: list[Position]) -> dict[str, Any]:
    """A member's stances on an office with their sources, and the conflicts between sources."""
    return {
        "office": office,
        "member": member,
        "stances": [
            {
                **s.to_json(),
                "source": {
                    "title": a.title,
                    "url": a.url,
                    "source": a.source,
                    "published": a.published.isoformat() if a.published else None,
                },
            }
            for s, a in rows
        ],
        "conflicts": [
            {
                "since": p.valid_from.isoformat(),
                "candidate": p.candidate,
                "stance": p.stance.value,
                "article": p.article,
                "other_stance": p.conflict.stance.value,
                "other_article": p.conflict.article,
            }
            for p in conflicts
            if p.conflict
        ],
    }
