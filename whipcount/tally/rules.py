"""Decision rules, in one registry of versioned names (``whipcount.rules.consensus.v1``).

A rule gets a ``Ballot``: each member's stance toward one candidate (``None``: the member has said nothing), the
rule's parameters from the body's data file, and what some rules weigh (population for the EU's qualified
majority, permanent seats for the UN Security Council). It returns whether the rule is met, who stands in the
way, and how many more supporters it needs. A published version never changes; a changed rule is a new ``v2``.

Stances count as votes like this: ``support`` is a vote in favour, ``oppose`` a vote against, ``abstain`` an
abstention; ``undecided`` and silent members have not voted (they are not "votes cast").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import catalogue

from ..errors import E_DATA, DataError
from ..records import RuleSpec, StanceType

RULES = catalogue.create("whipcount", "rules", entry_points=True)
S = StanceType


@dataclass(frozen=True, slots=True)
class Ballot:
    stances: Mapping[str, StanceType | None]
    params: Mapping[str, Any] = field(default_factory=dict)
    population: Mapping[str, int] = field(default_factory=dict)  # member -> population (EU qualified majority)
    permanent: frozenset[str] = frozenset()  # members with a veto (UN Security Council)

    def having(self, *kinds: StanceType | None) -> tuple[str, ...]:
        return tuple(sorted(m for m, s in self.stances.items() if s in kinds))


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    met: bool
    blocking: tuple[str, ...]  # members whose stated stance stands in the way
    needed: int = 0  # how many more members must come round to support for the rule to be met (0 when met)


Rule = Callable[[Ballot], RuleOutcome]


def get_rule(spec: RuleSpec) -> Rule:
    try:
        rule: Rule = RULES.get(spec.registry_name)
        return rule
    except catalogue.RegistryError as e:
        known = ", ".join(sorted(RULES.get_all()))
        raise DataError(f"unknown decision rule {spec.registry_name}; known rules: {known}", code=E_DATA) from e


def _outcome(met: bool, blocking: tuple[str, ...], needed: int) -> RuleOutcome:
    return RuleOutcome(met=met, blocking=() if met else blocking, needed=0 if met else max(needed, 0))


@RULES.register("whipcount.rules.consensus.v1")
def consensus_v1(ballot: Ballot) -> RuleOutcome:
    """Consensus: no member objects. A member that abstains ("will not block") does not stand in the way. With
    ``silence_blocks`` (default true) a member that has said nothing has not agreed yet, so every member must
    support or abstain; without it only objections and the undecided stand in the way."""
    silence_blocks = bool(ballot.params.get("silence_blocks", True))
    blocking = ballot.having(S.OPPOSE, S.UNDECIDED)
    waiting = ballot.having(None) if silence_blocks else ()
    return _outcome(not blocking and not waiting, blocking, len(blocking) + len(waiting))


@RULES.register("whipcount.rules.unanimity.v1")
def unanimity_v1(ballot: Ballot) -> RuleOutcome:
    """Unanimity: every member supports; abstention stands in the way too."""
    blocking = ballot.having(S.OPPOSE, S.UNDECIDED, S.ABSTAIN)
    others = len(ballot.stances) - len(ballot.having(S.SUPPORT))
    return _outcome(bool(ballot.stances) and others == 0, blocking, others)


@RULES.register("whipcount.rules.simple_majority.v1")
def simple_majority_v1(ballot: Ballot) -> RuleOutcome:
    """More votes in favour than against, among votes cast (abstentions and silence do not count)."""
    yes, no = len(ballot.having(S.SUPPORT)), len(ballot.having(S.OPPOSE))
    return _outcome(yes > no, ballot.having(S.OPPOSE), no - yes + 1)


@RULES.register("whipcount.rules.absolute_majority.v1")
def absolute_majority_v1(ballot: Ballot) -> RuleOutcome:
    """More than half of all members in favour."""
    yes = len(ballot.having(S.SUPPORT))
    need = len(ballot.stances) // 2 + 1
    return _outcome(yes >= need, ballot.having(S.OPPOSE), need - yes)


def _supermajority(ballot: Ballot, fraction: float) -> RuleOutcome:
    yes, no = len(ballot.having(S.SUPPORT)), len(ballot.having(S.OPPOSE))
    if ballot.params.get("of") == "members":
        target = math.ceil(fraction * len(ballot.stances) - 1e-9)
    else:
        # of votes cast (for and against): yes >= fraction * (yes + no)  <=>  yes >= fraction * no / (1 - fraction)
        target = max(1, math.ceil(fraction * no / (1 - fraction) - 1e-9))
    return _outcome(yes >= target, ballot.having(S.OPPOSE), target - yes)


@RULES.register("whipcount.rules.two_thirds_majority.v1")
def two_thirds_majority_v1(ballot: Ballot) -> RuleOutcome:
    """At least two thirds in favour, of votes cast (default) or of all members (``of: members``)."""
    return _supermajority(ballot, 2 / 3)


@RULES.register("whipcount.rules.three_quarters_majority.v1")
def three_quarters_majority_v1(ballot: Ballot) -> RuleOutcome:
    """At least three quarters in favour, of votes cast (default) or of all members (``of: members``)."""
    return _supermajority(ballot, 3 / 4)


@RULES.register("whipcount.rules.qualified_majority.v1")
def qualified_majority_v1(ballot: Ballot) -> RuleOutcome:
    """EU qualified majority: at least 55% of members (``member_share``) in favour, representing at least 65% of
    the population (``population_share``). A blocking minority needs at least four members
    (``blocking_minority_members``); without one, the population condition is deemed met. Everyone not in
    favour (against, abstaining, undecided, silent) counts against: abstention is not neutral here."""
    member_share = float(ballot.params.get("member_share", 0.55))
    population_share = float(ballot.params.get("population_share", 0.65))
    minority = int(ballot.params.get("blocking_minority_members", 4))
    members = list(ballot.stances)
    yes = set(ballot.having(S.SUPPORT))
    need_members = math.ceil(member_share * len(members) - 1e-9)
    total = sum(ballot.population.get(m, 0) for m in members)
    if total == 0:
        raise DataError("qualified majority needs each member's population in the body file", code=E_DATA)
    pop_yes = sum(ballot.population.get(m, 0) for m in yes)
    not_in_favour = len(members) - len(yes)
    population_ok = pop_yes >= population_share * total or not_in_favour < minority
    met = len(yes) >= need_members and population_ok
    # how many more supporters, taking the most populous of those not yet in favour first
    needed = 0
    if not met:
        pool = sorted((m for m in members if m not in yes), key=lambda m: -ballot.population.get(m, 0))
        count, pop = len(yes), pop_yes
        for m in pool:
            if count >= need_members and (pop >= population_share * total or len(members) - count < minority):
                break
            count, pop, needed = count + 1, pop + ballot.population.get(m, 0), needed + 1
    return _outcome(met, ballot.having(S.OPPOSE), needed)


@RULES.register("whipcount.rules.security_council.v1")
def security_council_v1(ballot: Ballot) -> RuleOutcome:
    """UN Security Council, substantive matters: at least ``votes_needed`` (9) in favour and no permanent member
    against. A permanent member's abstention is not a veto."""
    votes_needed = int(ballot.params.get("votes_needed", 9))
    yes = len(ballot.having(S.SUPPORT))
    vetoes = tuple(m for m in ballot.having(S.OPPOSE) if m in ballot.permanent)
    met = yes >= votes_needed and not vetoes
    blocking = vetoes or ballot.having(S.OPPOSE)
    return _outcome(met, blocking, votes_needed - yes)
