"""Count positions against a body's rule on a date: ``tally(positions, events, body, office, as_of)``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..ledger import Ledger
from ..records import Body, CandidateTally, Position, Stance, StanceType, Tally
from ..reference import Reference, load_reference
from .rules import Ballot, get_rule


def tally(
    positions: Iterable[Position],
    events: Iterable[Stance],
    body: Body,
    office: str,
    as_of: date,
    declared: Iterable[str] = (),
) -> Tally:
    """Pure: the members of ``body`` on ``as_of``, each candidate's counts, the rule's verdict and who blocks.

    ``positions`` are those in force on ``as_of``; ``events`` the candidacies and withdrawals up to it. Where every
    member must agree (consensus, unanimity), a member that backs only a rival candidate stands in the way of
    this one and is listed as blocking.
    """
    members = body.members_on(as_of)
    active = [m for m in body.members if m.is_member_on(as_of)]
    population = {m.code: n for m in active if (n := m.population_on(as_of)) is not None}
    permanent = frozenset(m.code for m in active if m.permanent)
    everyone_agrees = body.rule.name in ("consensus", "unanimity")
    member_set = set(members)
    by_candidate: dict[str, dict[str, Position]] = {}
    for p in positions:
        if p.member in member_set:
            by_candidate.setdefault(p.candidate, {})[p.member] = p
    withdrawn: dict[str, date | None] = {}
    order: list[str] = []
    for e in events:
        if e.target not in order:
            order.append(e.target)
        if e.stance is StanceType.WITHDRAWAL:
            withdrawn[e.target] = e.date or as_of
        elif e.stance is StanceType.CANDIDACY:
            withdrawn.pop(e.target, None)
    for name in [*declared, *by_candidate]:  # candidates declared by hand, then anyone with positions
        if name not in order:
            order.append(name)
    rule = get_rule(body.rule)
    supporters = {
        name: {m for m, p in held.items() if p.stance is StanceType.SUPPORT} for name, held in by_candidate.items()
    }
    results = []
    for name in order:
        held = by_candidate.get(name, {})
        stances = {m: (held[m].stance if m in held else None) for m in members}
        outcome = rule(Ballot(stances, body.rule.params, population, permanent))
        backs_rival = {
            m
            for other, sup in supporters.items()
            if everyone_agrees and other != name and other not in withdrawn
            for m in sup
            if stances.get(m) is None
        }
        blocking = tuple(sorted(set(outcome.blocking) | backs_rival))

        def having(kind: StanceType, stances: dict[str, StanceType | None] = stances) -> tuple[str, ...]:
            return tuple(m for m in members if stances[m] is kind)

        results.append(
            CandidateTally(
                name=name,
                support=having(StanceType.SUPPORT),
                oppose=having(StanceType.OPPOSE),
                abstain=having(StanceType.ABSTAIN),
                undecided=having(StanceType.UNDECIDED),
                silent=tuple(m for m in members if stances[m] is None),
                rule_met=outcome.met and name not in withdrawn,
                blocking=() if outcome.met else blocking,
                needed=outcome.needed,
                withdrawn_on=withdrawn.get(name),
                positions=tuple(sorted(held.values(), key=lambda p: p.member)),
            )
        )
    results.sort(key=lambda c: (c.withdrawn_on is not None, -len(c.support), c.name))
    return Tally(
        office=office,
        body=body.code,
        rule=body.rule.registry_name,
        as_of=as_of,
        members=members,
        candidates=tuple(results),
    )


def tally_from_ledger(
    ledger: Ledger, office_name: str, as_of: date, *, reference: Reference | None = None, min_confidence: float = 0.0
) -> Tally:
    reference = reference or load_reference()
    office = reference.office(office_name)
    body = reference.body_of(office)
    positions = ledger.positions(office.name, as_of, min_confidence=min_confidence)
    events = ledger.race_events(office.name, as_of)
    return tally(positions, events, body, office.name, as_of, ledger.declared_candidates(office.name, as_of))
