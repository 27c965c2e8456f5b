"""Plain, frozen records that flow through the pipeline: sources → nlp → ledger → tally → outputs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class StanceType(StrEnum):
    SUPPORT = "support"
    OPPOSE = "oppose"
    ABSTAIN = "abstain"  # will not block, but does not back
    UNDECIDED = "undecided"
    CANDIDACY = "candidacy"
    WITHDRAWAL = "withdrawal"


# Stances that say where a member stands toward a candidate (the others are about the race itself).
POSITION_STANCES = frozenset({StanceType.SUPPORT, StanceType.OPPOSE, StanceType.ABSTAIN, StanceType.UNDECIDED})


class DatePrecision(StrEnum):
    DAY = "day"  # the text names the day ("on Tuesday", "on 20 June", a dated post)
    MONTH = "month"  # the month only; the date is its first day
    YEAR = "year"  # the year only; the date is 1 January
    APPROXIMATE = "approximate"  # "mid-March", "at the end of last month", "last week"
    PUBLISHED = "published"  # the text gives no date; the article's publication date stands in


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news text with its metadata. ``text`` is the body; the title is kept apart."""

    id: str
    title: str
    text: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # the file (and line) it was read from

    @property
    def content_hash(self) -> str:
        # The body alone decides: the same story under a changed headline is still the same article.
        return content_hash(self.text)


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: Unicode NFKC, case-folded, punctuation-insensitive whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", text)
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Stance:
    """One statement extracted from one article. ``to_json()`` is the `extract` JSONL contract."""

    article: str
    actor: str
    actor_country: str | None
    stance: StanceType
    target: str
    office: str | None
    conditions: tuple[str, ...] = ()
    date: date | None = None
    date_precision: DatePrecision | None = None
    evidence: str
    start_char: int
    end_char: int
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "actor": self.actor,
            "actor_country": self.actor_country,
            "stance": self.stance.value,
            "target": self.target,
            "office": self.office,
            "conditions": list(self.conditions),
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "evidence": self.evidence,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Stance:
        return cls(
            article=data["article"],
            actor=data["actor"],
            actor_country=data.get("actor_country"),
            stance=StanceType(data["stance"]),
            target=data["target"],
            office=data.get("office"),
            conditions=tuple(data.get("conditions") or ()),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            date_precision=DatePrecision(data["date_precision"]) if data.get("date_precision") else None,
            evidence=data["evidence"],
            start_char=int(data.get("start_char", -1)),
            end_char=int(data.get("end_char", -1)),
            confidence=float(data.get("confidence", 1.0)),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    code: str  # ISO 3166-1 alpha-3
    joined: date
    left: date | None = None
    permanent: bool = False  # a permanent seat with a veto (UN Security Council)
    population: tuple[tuple[int, int], ...] = ()  # (year, population) as the body counts it (EU Council)

    def population_on(self, day: date) -> int | None:
        """The population figure in force on ``day``: that year's, else the latest year before it."""
        known = [(year, n) for year, n in self.population if year <= day.year]
        return max(known)[1] if known else (min(self.population)[1] if self.population else None)

    def is_member_on(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleSpec:
    """A decision rule as named in a body's data file: the registry turns it into a function."""

    name: str
    version: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    description: str = ""

    @property
    def registry_name(self) -> str:
        return f"whipcount.rules.{self.name}.v{self.version}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    code: str
    name: str
    aliases: tuple[str, ...]
    members: tuple[Member, ...]
    rule: RuleSpec
    sources: tuple[str, ...] = ()

    def members_on(self, day: date) -> tuple[str, ...]:
        return tuple(sorted(m.code for m in self.members if m.is_member_on(day)))


@dataclass(frozen=True, slots=True, kw_only=True)
class Office:
    name: str
    body: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """Another report of the same day that disagrees with the position shown."""

    stance: StanceType
    article: str
    evidence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Position:
    """Where a member stands toward a candidate: since ``valid_from`` (when it took this stance), as last stated
    on ``stated_on`` (the evidence shown), until ``valid_until`` (exclusive; None while it holds)."""

    office: str
    candidate: str
    member: str
    stance: StanceType
    valid_from: date
    valid_until: date | None
    date_precision: DatePrecision | None
    stated_on: date | None  # the date of the latest stance that reports this position (shown as its evidence)
    actor: str
    evidence: str
    article: str
    conditions: tuple[str, ...] = ()
    sources: int = 1  # how many stances (articles and sentences) report this position
    conflict: Conflict | None = None
    corrected_by: str | None = None  # set when a person's correction, not a report, gives this position
    inferred: bool = False  # implied by an aggregate claim or the body's decision, not stated by the member


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateTally:
    name: str
    support: tuple[str, ...]
    oppose: tuple[str, ...]
    abstain: tuple[str, ...]
    undecided: tuple[str, ...]
    silent: tuple[str, ...]
    rule_met: bool
    blocking: tuple[str, ...]
    needed: int  # how many more members must support for the rule to be met (0 once it is)
    to_block: int  # once met: how many members objecting would undo it (0 while it is not met)
    withdrawn_on: date | None
    positions: tuple[Position, ...]
    decided_on: date | None = None  # the body's announced decision for this candidate
    reported: Claim | None = None  # the latest reported count of supporters ("28 of 32 allies")


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    office: str
    body: str
    rule: str
    as_of: date
    members: tuple[str, ...]
    candidates: tuple[CandidateTally, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A statement about many members at once (see ``whipcount.nlp.claims``), from one article."""

    article: str
    kind: str  # "all_except", "count" or "outcome"
    candidate: str
    office: str | None
    excluded: tuple[str, ...] = ()
    count: int | None = None
    of: int | None = None
    date: date | None = None
    date_precision: DatePrecision | None = None
    evidence: str
    start_char: int
    end_char: int

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "kind": self.kind,
            "candidate": self.candidate,
            "office": self.office,
            "excluded": list(self.excluded),
            "count": self.count,
            "of": self.of,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision.value if self.date_precision else None,
            "evidence": self.evidence,
            "start_char": self.start_char,
            "end_char": self.end_char,
        }
