"""Aggregate claims: what news says about many members at once.

- ``all_except``: "every ally except Hungary, Slovakia and Romania backs Rutte", "the only holdout is Romania",
  "Romania is the last ally not to back him": every member but the ones named supports the candidate;
- ``count``: "Rutte has the backing of 28 of 32 allies": a number without names (reported, not inferred);
- ``outcome``: "the North Atlantic Council appointed Rutte": the body's decision, which closes the race.

``find_claims`` returns ``ClaimMention`` records; the tally turns ``all_except`` and ``outcome`` claims into
inferred positions, marked as such, that never override a member's own stated stance. Speculation, questions
and hypotheticals are not claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from ..records import DatePrecision
from .attribution import MentionIndex
from .dates import statement_dates
from .mentions import Mention, MentionKind
from .stances import StanceFinder

_MEMBERS = r"(?:ally|allies|members?|member states?|states?|countries|nations|governments|capitals)"
_EVERY = rf"\b(?:every|each|all(?:\s+the)?|all\s+other|all\s+\d+|every\s+other)\s+(?:other\s+)?{_MEMBERS}"
_EXCEPT = (
    r"\s*,?\s*(?:except(?:\s+for)?|but|apart\s+from|other\s+than|save|bar|barring|with\s+the\s+exceptions?\s+of)\s+"
)
_ALL_EXCEPT = re.compile(_EVERY + _EXCEPT + r"(?P<rest>.+)", re.I)
_HOLDOUT = re.compile(
    r"\b(?:the\s+)?(?:only|last|sole|lone|remaining)\s+(?:remaining\s+)?(?:holdouts?|hold-outs?|"
    rf"{_MEMBERS}\s+(?:not|yet)\s+to\s+(?:back|support|endorse))\b",
    re.I,
)
_COUNT = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?(?P<m>\d{1,3})\s+"
    + _MEMBERS
    + r"|\b(?P<n2>\d{1,3})\s+"
    + _MEMBERS
    + r"\s+(?:have|had)\s+(?:now\s+)?(?:backed|endorsed|supported)",
    re.I,
)
_OUTCOME = re.compile(
    r"\b(?:formally\s+|officially\s+|unanimously\s+)?(?:appointed|named|elected|selected|chose|confirmed|"
    r"agreed\s+(?:on|to\s+appoint))\b",
    re.I,
)
# every kind of claim needs one of these (a cheap test before the sentence is looked at closely)
_MAY_CLAIM = re.compile("|".join(f"(?:{p.pattern})" for p in (_ALL_EXCEPT, _HOLDOUT, _COUNT, _OUTCOME)), re.I)
_SPECULATIVE = re.compile(r"\b(?:if|whether|could|might|may|would|expected|likely|speculation|rumou?rs?)\b", re.I)


@dataclass(frozen=True, slots=True)
class ClaimMention:
    kind: str  # "all_except", "count" or "outcome"
    candidate: str
    office: str | None
    excluded: tuple[str, ...]  # all_except: the members named as exceptions
    count: int | None  # count: how many members back the candidate
    of: int | None  # count: out of how many
    date: date | None
    date_precision: DatePrecision | None
    evidence: str
    start_char: int
    end_char: int


def find_claims(
    doc: Doc, mentions: list[Mention], finder: StanceFinder, ref: date | None, title: str = ""
) -> list[ClaimMention]:
    index = MentionIndex(doc, mentions)
    topic: list[str | None] = []  # the article's office, worked out once if a claim needs it
    out: list[ClaimMention] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or text.endswith("?") or not _MAY_CLAIM.search(text):
            continue
        kind, excluded, n, m = _classify(sent, text, index, bool(finder.offices_in(text)))
        if kind is None:
            continue
        candidate = _candidate(sent, index, excluded)
        if candidate is None:
            continue
        offices = finder.offices_in(text)
        if not offices and not topic:
            topic.append(finder.topic_office(doc, title))
        when, precision = _date_of(sent, ref)
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        out.append(
            ClaimMention(
                kind=kind,
                candidate=candidate,
                office=offices[0] if offices else topic[0],
                excluded=excluded,
                count=n,
                of=m,
                date=when,
                date_precision=precision,
                evidence=text,
                start_char=start,
                end_char=start + len(text),
            )
        )
    return out


def _classify(
    sent: Span, text: str, index: MentionIndex, office_named: bool
) -> tuple[str | None, tuple[str, ...], int | None, int | None]:
    countries = [x for x in index.in_span(sent.start, sent.end) if x.country and x.kind is not MentionKind.PERSON]
    if (m := _ALL_EXCEPT.search(text)) and not _SPECULATIVE.search(text[: m.start()]):
        rest_start = sent.start_char + (len(sent.text) - len(sent.text.lstrip())) + m.start("rest")
        # the exceptions: the countries named right after "except", up to the verb
        named: list[str] = []
        for c in countries:
            if sent.doc[c.start].idx >= rest_start:
                if sent.doc[c.start].dep_ in ("nsubj",) and named:
                    break
                named.append(c.country or "")
        if named and _supports(text):
            return "all_except", tuple(dict.fromkeys(x for x in named if x)), None, None
    if _HOLDOUT.search(text) and countries and not _SPECULATIVE.search(text):
        return "all_except", tuple(dict.fromkeys(c.country for c in countries if c.country)), None, None
    if (m := _COUNT.search(text)) and _supports(text) and not _SPECULATIVE.search(text):
        n = int(m.group("n") or m.group("n2"))
        of = int(m.group("m")) if m.group("m") else None
        return "count", (), n, of
    if _OUTCOME.search(text) and not _SPECULATIVE.search(text) and _decided(sent, office_named):
        return "outcome", (), None, None
    return None, (), None, None


_DECIDING = frozenset({"appoint", "name", "elect", "select", "choose", "confirm"})
_BODY_WORDS = frozenset({"council", "allies", "members", "leaders", "assembly", "body", "alliance", "states"})


def _decided(sent: Span, office_named: bool) -> bool:
    """An appointment stated as done: "the Council appointed Rutte", "Rutte was appointed by the allies" — not
    "needs the support of all allies to be appointed", "will be appointed" or "could name"."""
    for tok in sent:
        if tok.lemma_.lower() not in _DECIDING or tok.pos_ != "VERB":
            continue
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("to", "will", "would", "could", "might", "may", "should", "must") for a in auxes):
            continue
        if any(a.dep_ == "auxpass" and a.lower_ in ("is", "are", "be") for a in auxes):
            continue  # "the President of the European Council is elected by ...": the rule, not a decision
        if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in auxes)):
            deciders = [c for c in tok.subtree if c.lower_ in _BODY_WORDS]
            if deciders or office_named:
                return True
    return False


def _supports(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:back|backs|backed|backing|support|supports|supported|endorse|endorses|endorsed|"
            r"behind|favou?r)\b",
            text,
            re.I,
        )
    )


def _candidate(sent: Span, index: MentionIndex, excluded: tuple[str, ...]) -> str | None:
    people = [
        m
        for m in index.in_span(sent.start, sent.end)
        if m.kind is MentionKind.PERSON
        and not (m.country in excluded and m.role in ("head of state", "head of government"))
    ]
    if people:
        return people[0].person or people[0].name or people[0].text
    # "him", or no name at all ("the only holdout is Romania"): the candidate named last before
    before = [m for m in index.people_before(sent.start) if m.country not in excluded]
    for tok in sent:
        if tok.lower_ in ("him", "her", "his"):
            before = [m for m in index.people_before(tok.i) if m.country not in excluded]
            break
    return (before[-1].person or before[-1].name) if before else None


def _date_of(sent: Span, ref: date | None) -> tuple[date | None, DatePrecision | None]:
    found = [d for d in statement_dates(sent.text, ref) if d.date is not None]
    if found:
        return found[0].date, found[0].precision
    return (ref, DatePrecision.PUBLISHED) if ref else (None, None)
