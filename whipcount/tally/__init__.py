"""Stage 4, the tally: positions counted against the body's decision rule as of a date."""

from .rules import RULES, RuleOutcome, get_rule
from .tally import tally, tally_from_ledger

__all__ = ["RULES", "RuleOutcome", "get_rule", "tally", "tally_from_ledger"]
