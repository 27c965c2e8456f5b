"""Count positions against a body's rule on a date: ``tally(positions, events, body, office, as_of)``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..ledger import Ledger
from ..records import Body, CandidateTally, Claim, Position, Stance, StanceType, Tally
from ..reference import Reference, load_reference
from .rules import Ballot, RuleOutcome, get_rule


def tally(
    positions: Iterable[Position],
    events: Iterable[Stance],
    body: Body,
    office: str,
    as_of: date,
    declared: Iterable[str] = (),
    claims: Iterable[Claim] = (),
) -> Tally:
    """Pure: the members of ``body`` on ``as_of``, each candidate's counts, the rule's verdict and who blocks.

    ``positions`` are those in force on ``as_of``; ``events`` the candidacies and withdrawals up to it. Where every
    member must agree (consensus, unanimity), a member that backs only a rival candidate stands in the way of
    this one and is listed as blocking.

    ``claims`` add inferred positions, marked ``inferred``, for members with no stated position: the latest
    "every member except ..." claim implies support from everyone not named; the body's announced decision
    implies, where every member must agree, that the silent ones agreed. A stated stance always wins.
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
    all_except: dict[str, Claim] = {}
    decided: dict[str, Claim] = {}
    reported: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: c.date or as_of):
        if c.kind == "all_except":
            all_except[c.candidate] = c
        elif c.kind == "outcome":
            decided.setdefault(c.candidate, c)
        elif c.kind == "count":
            reported[c.candidate] = c
    for name in [*declared, *by_candidate, *decided, *all_except]:  # by hand, then with positions, then claimed
        if name not in order:
            order.append(name)
    for name, claim in all_except.items():
        held = by_candidate.setdefault(name, {})
        for m in members:
            if m not in held and m not in claim.excluded:
                held[m] = _inferred(claim, m, "an aggregate claim")
    if everyone_agrees:
        for name, claim in decided.items():
            held = by_candidate.setdefault(name, {})
            for m in members:
                if m not in held:
                    held[m] = _inferred(claim, m, "the body's decision")
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
                rule_met=(outcome.met or name in decided) and name not in withdrawn,
                blocking=() if outcome.met else blocking,
                needed=outcome.needed,
                to_block=_to_block(rule, Ballot(stances, body.rule.params, population, permanent))
                if outcome.met
                else 0,
                withdrawn_on=withdrawn.get(name),
                positions=tuple(sorted(held.values(), key=lambda p: p.member)),
                decided_on=decided[name].date if name in decided else None,
                reported=reported.get(name),
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


def _to_block(rule: Callable[[Ballot], RuleOutcome], ballot: Ballot) -> int:
    """How many members would have to object for the rule no longer to be met. Tried two ways, the smaller
    count wins: supporters turning first (majorities), or the silent objecting first (consensus); within each,
    the most weighty first (a veto, then population)."""

    def turned(silent_first: bool) -> int:
        order = sorted(
            (m for m, s in ballot.stances.items() if s is not StanceType.OPPOSE),
            key=lambda m: (
                (ballot.stances[m] is None) != silent_first,
                m not in ballot.permanent,
                -ballot.population.get(m, 0),
                m,
            ),
        )
        stances = dict(ballot.stances)
        for k, member in enumerate(order, start=1):
            stances[member] = StanceType.OPPOSE
            if not rule(Ballot(stances, ballot.params, ballot.population, ballot.permanent)).met:
                return k
        return len(order) + 1

    return min(turned(True), turned(False))


def _inferred(claim: Claim, member: str, source: str) -> Position:
    return Position(
        office=claim.office or "",
        candidate=claim.candidate,
        member=member,
        stance=StanceType.SUPPORT,
        valid_from=claim.date or date.min,
        valid_until=None,
        date_precision=claim.date_precision,
        stated_on=claim.date,
        actor=f"(inferred from {source})",
        evidence=claim.evidence,
        article=claim.article,
        inferred=True,
    )


def tally_from_ledger(
    ledger: Ledger, office_name: str, as_of: date, *, reference: Reference | None = None, min_confidence: float = 0.0
) -> Tally:
    reference = reference or load_reference()
    office = reference.office(office_name)
    body = reference.body_of(office)
    positions = ledger.positions(office.name, as_of, min_confidence=min_confidence)
    events = ledger.race_events(office.name, as_of)
    declared = ledger.declared_candidates(office.name, as_of)
    return tally(positions, events, body, office.name, as_of, declared, ledger.claims(office.name, as_of))
