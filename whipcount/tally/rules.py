"""Decision rules, in one registry of versioned names (``whipcount.rules.consensus.v1``).

A rule gets each member's stance toward one candidate (``None``: the member has said nothing) and the parameters
from the body's data file, and returns whether the rule is met and who stands in the way. A published version
never changes; a changed rule is registered as ``v2``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import catalogue

from ..errors import E_DATA, DataError
from ..records import RuleSpec, StanceType

RULES = catalogue.create("whipcount", "rules", entry_points=True)


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    met: bool
    blocking: tuple[str, ...]  # members whose stated stance stands in the way


Stances = Mapping[str, StanceType | None]
Rule = Callable[[Stances, Mapping[str, Any]], RuleOutcome]


def get_rule(spec: RuleSpec) -> Rule:
    try:
        rule: Rule = RULES.get(spec.registry_name)
        return rule
    except catalogue.RegistryError as e:
        known = ", ".join(sorted(RULES.get_all()))
        raise DataError(f"unknown decision rule {spec.registry_name}; known rules: {known}", code=E_DATA) from e


def _stated_obstacles(stances: Stances, *, abstain_blocks: bool) -> tuple[str, ...]:
    blocking = {StanceType.OPPOSE, StanceType.UNDECIDED} | ({StanceType.ABSTAIN} if abstain_blocks else set())
    return tuple(sorted(m for m, s in stances.items() if s in blocking))


@RULES.register("whipcount.rules.consensus.v1")
def consensus_v1(stances: Stances, params: Mapping[str, Any]) -> RuleOutcome:
    """Consensus: no member objects. An abstaining member ("will not block") does not stand in the way. With
    ``silence_blocks`` (the default), a member that has said nothing has not agreed yet, so every member must
    support or abstain; without it, only objections and the undecided stand in the way."""
    silence_blocks = bool(params.get("silence_blocks", True))
    blocking = _stated_obstacles(stances, abstain_blocks=False)
    silent = [m for m, s in stances.items() if s is None]
    return RuleOutcome(met=not blocking and not (silence_blocks and silent), blocking=blocking)


@RULES.register("whipcount.rules.unanimity.v1")
def unanimity_v1(stances: Stances, params: Mapping[str, Any]) -> RuleOutcome:
    """Unanimity: every member supports; abstention stands in the way too."""
    blocking = _stated_obstacles(stances, abstain_blocks=True)
    met = bool(stances) and all(s is StanceType.SUPPORT for s in stances.values())
    return RuleOutcome(met=met, blocking=blocking)
