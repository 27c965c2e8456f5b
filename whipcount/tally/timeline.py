"""The race over time: every change of position, counts on each day something changed, when the rule was met.

``timeline(ledger, office)`` replays the ledger's positions day by day through the same pure ``tally`` the
``tally`` command uses, so the two always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..ledger import Ledger
from ..records import Claim, StanceType, Tally
from ..reference import Reference, load_reference
from .tally import tally


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    day: date
    member: str  # for a candidacy or withdrawal: the candidate's country, if known
    candidate: str
    stance: StanceType
    previous: StanceType | None  # None: the member had said nothing before
    actor: str
    evidence: str
    article: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DayCount:
    day: date
    candidate: str
    support: int
    oppose: int
    abstain: int
    undecided: int
    silent: int
    rule_met: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateOutcome:
    name: str
    rule_met_on: date | None  # the first day the rule was met
    withdrawn_on: date | None
    missing: tuple[str, ...]  # on the last day: members still standing in the way (blocking, then silent)
    needed: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    office: str
    body: str
    rule: str
    changes: tuple[Change, ...]
    claims: tuple[Claim, ...]  # aggregate claims and outcomes: their inferred positions are in the counts
    days: tuple[DayCount, ...]
    candidates: tuple[CandidateOutcome, ...]


def timeline(
    ledger: Ledger, office_name: str, *, reference: Reference | None = None, until: date | None = None
) -> Timeline:
    reference = reference or load_reference()
    office = reference.office(office_name)
    body = reference.body_of(office)
    history = [h for h in ledger.history(office.name) if until is None or h[0] <= until]
    last_day = until or max((h[0] for h in history), default=date.today())
    events = ledger.race_events(office.name, last_day)
    claims = ledger.claims(office.name, last_day)
    declared = ledger.declared_candidates(office.name, last_day)
    changes: list[Change] = []
    previous: dict[tuple[str, str], StanceType] = {}
    for stated, _until, p in history:
        if p.valid_from == stated:  # a change, not a restatement
            changes.append(
                Change(
                    day=stated,
                    member=p.member,
                    candidate=p.candidate,
                    stance=p.stance,
                    previous=previous.get((p.candidate, p.member)),
                    actor=p.actor,
                    evidence=p.evidence,
                    article=p.article,
                )
            )
        previous[(p.candidate, p.member)] = p.stance
    status: dict[str, StanceType] = {}
    for e in events:
        if status.get(e.target) is e.stance:
            continue  # another report of the same candidacy or withdrawal: not a change
        status[e.target] = e.stance
        when = e.date or last_day
        changes.append(
            Change(
                day=when,
                member=e.actor_country or "",
                candidate=e.target,
                stance=e.stance,
                previous=None,
                actor=e.actor,
                evidence=e.evidence,
                article=e.article,
            )
        )
    changes.sort(key=lambda c: (c.day, c.candidate, c.member))
    days: list[DayCount] = []
    first_met: dict[str, date] = {}
    final: Tally | None = None
    for day in sorted({c.day for c in changes} | {c.date for c in claims if c.date}):
        in_force = [p for stated, until_, p in history if stated <= day and (until_ is None or until_ > day)]
        t = tally(
            in_force,
            [e for e in events if (e.date or last_day) <= day],
            body,
            office.name,
            day,
            declared,
            [c for c in claims if c.date is None or c.date <= day],
        )
        final = t
        for c in t.candidates:
            days.append(
                DayCount(
                    day=day,
                    candidate=c.name,
                    support=len(c.support),
                    oppose=len(c.oppose),
                    abstain=len(c.abstain),
                    undecided=len(c.undecided),
                    silent=len(c.silent),
                    rule_met=c.rule_met,
                )
            )
            if c.rule_met:
                first_met.setdefault(c.name, day)
    outcomes = []
    for c in final.candidates if final else ():
        outcomes.append(
            CandidateOutcome(
                name=c.name,
                rule_met_on=first_met.get(c.name),
                withdrawn_on=c.withdrawn_on,
                missing=() if c.rule_met else tuple(dict.fromkeys(c.blocking + c.silent)),
                needed=c.needed,
            )
        )
    return Timeline(
        office=office.name,
        body=body.code,
        rule=body.rule.registry_name,
        changes=tuple(changes),
        claims=tuple(claims),
        days=tuple(days),
        candidates=tuple(outcomes),
    )
