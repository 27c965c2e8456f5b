"""Find date phrases in news text and resolve them against the publication date.

Pure functions, no spaCy: ``find_dates(text, ref)`` returns every date phrase with its resolved date and
precision. Month names count only in date shapes ("in May", "May 5", "5 May 2024"), so the modal "may" and names
such as "Theresa May" are never dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..records import DatePrecision

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {d: i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "a few": 3,
    "few": 3,
    "couple of": 2,
    "a couple of": 2,
}
SEASONS = {"spring": (4, 15), "summer": (7, 15), "autumn": (10, 15), "fall": (10, 15), "winter": (1, 15)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_PART = r"(?P<part>beginning|start|middle|end)"
_QUAL = r"(?P<qual>early|mid|late)"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: date | None  # None: the phrase places the stance in an unstated past ("previously")
    precision: DatePrecision | None


def _closest_year(month: int, day: int, ref: date) -> date:
    """A date given without its year: the occurrence nearest the reference date (ties go to the past)."""
    best: date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    assert best is not None
    return best


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _shift_month(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _part_of_month(first: date, part: str) -> date:
    last = calendar.monthrange(first.year, first.month)[1]
    return first.replace(
        day={"beginning": 5, "start": 5, "early": 5, "middle": 15, "mid": 15, "late": 25, "end": last}[part]
    )


def _month_of(match: re.Match[str], ref: date) -> date:
    month = MONTHS[match.group("month")]
    year = match.groupdict().get("year")
    if year:
        return date(int(year), month, 1)
    # a month without a year is this year's up to two months ahead ("will decide in July"), else the last one
    if 0 < (month - ref.month) % 12 <= 2:
        return date(ref.year if month > ref.month else ref.year + 1, month, 1)
    return date(ref.year if month <= ref.month else ref.year - 1, month, 1)


# Each rule: a pattern and a function (match, ref) -> (date | None, precision | None). Order matters: longer
# phrases first, and a span claimed by one rule is not matched again.
Resolved = tuple[date | None, DatePrecision | None]
RuleFn = Callable[[re.Match[str], date], Resolved]
_RULES: list[tuple[re.Pattern[str], RuleFn]] = []


def _rule(pattern: str, flags: int = 0) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        _RULES.append((re.compile(pattern, flags), fn))
        return fn

    return register


@_rule(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")
def _iso(m: re.Match[str], ref: date) -> Resolved:
    return date.fromisoformat(m.group("iso")), DatePrecision.DAY


@_rule(r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b")
def _month_day(m: re.Match[str], ref: date) -> Resolved:
    return _explicit_day(m, ref)


@_rule(r"\b" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")
def _day_month(m: re.Match[str], ref: date) -> Resolved:
    return _explicit_day(m, ref)


@_rule(r"\b(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")
def _dotted(m: re.Match[str], ref: date) -> Resolved:
    """ "18.06.2024": day, month and year, in the European order (dots are never the US order)."""
    try:
        return date(int(m.group("year")), int(m.group("mon")), int(m.group("day"))), DatePrecision.DAY
    except ValueError:
        return None, None


@_rule(r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MONTH + r")")
def _ordinal_day(m: re.Match[str], ref: date) -> Resolved:
    """ "on the 18th": that day of the publication's month, or of the month before if it is still to come."""
    day = int(m.group("day"))
    month = ref.replace(day=1) if day <= ref.day else _shift_month(ref.replace(day=1), -1)
    try:
        return month.replace(day=day), DatePrecision.DAY
    except ValueError:
        return None, None


def _explicit_day(m: re.Match[str], ref: date) -> Resolved:
    month, day = MONTHS[m.group("month")], int(m.group("day"))
    try:
        if m.group("year"):
            return date(int(m.group("year")), month, day), DatePrecision.DAY
        return _closest_year(month, day, ref), DatePrecision.DAY
    except ValueError:
        return None, None


@_rule(r"\b(?:(?:at|by|towards?)\s+)?the\s+" + _PART + r"\s+of\s+(?P<rel>last|this|next)\s+month\b", re.I)
def _part_of_relative_month(m: re.Match[str], ref: date) -> Resolved:
    first = _shift_month(ref, {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()])
    return _part_of_month(first, m.group("part").lower()), DatePrecision.APPROXIMATE


@_rule(r"\b(?:in\s+)?(?P<qual>early|mid|late)[- ](?P<rel>last|this)\s+month\b", re.I)
def _qualified_relative_month(m: re.Match[str], ref: date) -> Resolved:
    first = _shift_month(ref, -1 if m.group("rel").lower() == "last" else 0)
    return _part_of_month(first, m.group("qual").lower()), DatePrecision.APPROXIMATE


@_rule(r"\b(?:(?i:at|by|towards?|in)\s+)?(?i:the)\s+" + _PART + r"\s+of\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?\b")
def _part_of_named_month(m: re.Match[str], ref: date) -> Resolved:
    return _part_of_month(_month_of(m, ref), m.group("part").lower()), DatePrecision.APPROXIMATE


@_rule(r"\b(?:(?i:in)\s+)?" + r"(?P<qual>[Ee]arly|[Mm]id|[Ll]ate)[- ]" + _MONTH + r"(?:\s+" + _YEAR + r")?\b")
def _qualified_month(m: re.Match[str], ref: date) -> Resolved:
    return _part_of_month(_month_of(m, ref), m.group("qual").lower()), DatePrecision.APPROXIMATE


@_rule(r"\b(?P<prep>(?i:in|since|during|until|by|from|of|last|this|next))\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")
def _in_month(m: re.Match[str], ref: date) -> Resolved:
    return _month_of(m, ref), DatePrecision.MONTH


@_rule(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b")
def _month_year(m: re.Match[str], ref: date) -> Resolved:
    return _month_of(m, ref), DatePrecision.MONTH


@_rule(r"\b(?:earlier\s+|later\s+)?this\s+month\b", re.I)
def _this_month(m: re.Match[str], ref: date) -> Resolved:
    return _month_start(ref.year, ref.month), DatePrecision.MONTH


@_rule(r"\blast\s+month\b", re.I)
def _last_month(m: re.Match[str], ref: date) -> Resolved:
    return _shift_month(ref, -1), DatePrecision.MONTH


@_rule(r"\bthe\s+day\s+before\s+yesterday\b", re.I)
def _day_before_yesterday(m: re.Match[str], ref: date) -> Resolved:
    return ref - timedelta(days=2), DatePrecision.DAY


@_rule(r"\b(?:yesterday|last\s+night)\b", re.I)
def _yesterday(m: re.Match[str], ref: date) -> Resolved:
    return ref - timedelta(days=1), DatePrecision.DAY


@_rule(r"\b(?:over|at|during)\s+the\s+weekend\b|\bthis\s+(?:past\s+)?weekend\b|\blast\s+weekend\b", re.I)
def _weekend(m: re.Match[str], ref: date) -> Resolved:
    """The Saturday of the latest weekend that began on or before the publication date."""
    back = (ref.weekday() - 5) % 7  # days since the latest Saturday (0 on a Saturday)
    if m.group(0).lower().startswith("last") and back < 2:
        back += 7  # "last weekend", said on the weekend itself: the one before
    return ref - timedelta(days=back), DatePrecision.APPROXIMATE


@_rule(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b", re.I)
def _today(m: re.Match[str], ref: date) -> Resolved:
    return ref, DatePrecision.DAY


@_rule(r"\b(?:(?P<last>last\s+)|(?P<next>(?i:next|this\s+coming|coming)\s+))?" + _WEEKDAY + r"\b")
def _weekday(m: re.Match[str], ref: date) -> Resolved:
    if m.group("next"):  # "a meeting next Thursday": ahead of the reference date
        return ref + timedelta(days=(WEEKDAYS[m.group("weekday")] - ref.weekday()) % 7 or 7), DatePrecision.DAY
    back = (ref.weekday() - WEEKDAYS[m.group("weekday")]) % 7
    if m.group("last") and back == 0:
        back = 7
    return ref - timedelta(days=back), DatePrecision.DAY


@_rule(r"\b(?:earlier\s+)?this\s+week\b", re.I)
def _this_week(m: re.Match[str], ref: date) -> Resolved:
    return ref - timedelta(days=ref.weekday()), DatePrecision.APPROXIMATE


@_rule(r"\blast\s+week(?:end)?\b", re.I)
def _last_week(m: re.Match[str], ref: date) -> Resolved:
    if m.group(0).lower().endswith("weekend"):
        return ref - timedelta(days=(ref.weekday() - 5) % 7 or 7), DatePrecision.APPROXIMATE
    return ref - timedelta(days=7), DatePrecision.APPROXIMATE


@_rule(r"\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
def _ago(m: re.Match[str], ref: date) -> Resolved:
    raw = m.group("num").lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = m.group("unit").lower()
    if unit == "day":
        return ref - timedelta(days=n), DatePrecision.DAY if n <= 3 else DatePrecision.APPROXIMATE
    if unit == "week":
        return ref - timedelta(weeks=n), DatePrecision.APPROXIMATE
    if unit == "month":
        return _shift_month(ref, -n).replace(day=min(ref.day, 28)), DatePrecision.APPROXIMATE
    return date(ref.year - n, 1, 1), DatePrecision.YEAR


@_rule(r"\b(?P<rel>earlier\s+this|this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I)
def _season(m: re.Match[str], ref: date) -> Resolved:
    month, day = SEASONS[m.group("season").lower()]
    rel = m.group("rel").lower()
    year = ref.year
    if rel == "last":
        year -= 1
    elif rel == "next":
        year += 1
    return date(year, month, day), DatePrecision.APPROXIMATE


@_rule(r"\b(?:earlier\s+)?this\s+year\b", re.I)
def _this_year(m: re.Match[str], ref: date) -> Resolved:
    return date(ref.year, 1, 1), DatePrecision.YEAR


@_rule(r"\blast\s+year\b", re.I)
def _last_year(m: re.Match[str], ref: date) -> Resolved:
    return date(ref.year - 1, 1, 1), DatePrecision.YEAR


@_rule(r"\b(?:in|since|during)\s+" + _YEAR + r"\b")
def _in_year(m: re.Match[str], ref: date) -> Resolved:
    return date(int(m.group("year")), 1, 1), DatePrecision.YEAR


# Phrases that place a statement in an unstated past: the stance keeps no date.
@_rule(
    r"\b(?:previously|(?<!years )(?<!months )(?<!weeks )(?<!days )(?<!year )(?<!month )(?<!week )(?<!day )earlier|"
    r"in the past|at one point|had (?:earlier|previously|long))\b",
    re.I,
)  # ("five years earlier" is a measured distance, not an unstated past)
def _anterior(m: re.Match[str], ref: date) -> Resolved:
    return None, None


def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """Every date phrase in ``text``, left to right, resolved against ``ref`` (unresolved when ``ref`` is None
    and the phrase is relative)."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern, fn in _RULES:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if ref is None:
                absolute = fn in (_iso, _month_day, _day_month) and m.groupdict().get("year")
                if not absolute and fn is not _anterior:
                    continue  # a relative phrase needs a reference date
                ref_used = date(1970, 1, 1)
            else:
                ref_used = ref
            resolved, precision = fn(m, ref_used)
            if resolved is None and fn is not _anterior:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), resolved, precision))
    return sorted(found, key=lambda d: d.start)


# a wire dateline opening a paragraph ("VILNIUS, June 18 (whipcount) —", "NEW YORK, Sept. 24 -"): the date of the
# report, not of what it reports
_DATELINE = re.compile(  # (the city may stand in a sentence of its own: the splitter can cut after it)
    r"^\s*(?:[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*)?)?,\s*"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?\s*(?:\([^)]*\))?\s*[—–-]"
)


def statement_dates(sentence: str, ref: date | None) -> list[DateMention]:
    """The date phrases of a sentence that can date what it states: all but a wire dateline in front, and none
    after the publication date (a statement reported has been made: "endorsed him on 22 February", in October,
    is last February, not the next; "the summit on 9 July 2025", "next Thursday" or a day in the coming two
    months dates no statement)."""
    found = find_dates(sentence, ref)
    if (dateline := _DATELINE.match(sentence)) is not None:
        found = [d for d in found if d.start >= dateline.end()]
    if ref is None:
        return found
    kept = []
    for d in found:
        if d.date is not None and d.date > ref:
            if _WRITTEN_YEAR.search(d.text) or _AHEAD.search(d.text) or (d.date - ref).days <= 62:
                continue  # (a coming event: "before the ministers gather on 27 March", "from September")
            earlier = _year_before(d.date)
            if earlier is None or earlier > ref:
                continue
            d = DateMention(d.start, d.end, d.text, earlier, d.precision)
        kept.append(d)
    return kept


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b")
_AHEAD = re.compile(r"\b(?:next|coming|tomorrow|upcoming)\b", re.I)


def _year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def resolve_date(phrase: str, ref: date) -> tuple[date | None, DatePrecision | None] | None:
    """Resolve one phrase ("on Tuesday", "mid-March"); None when it holds no date phrase."""
    found = find_dates(phrase, ref)
    if not found:
        return None
    return found[0].date, found[0].precision


def infer_reference_date(text: str) -> date | None:
    """The latest fully written date (day, month and year) in a text: a stand-in for a missing publication date
    (a dated post or a dateline usually gives it)."""
    full = [d.date for d in find_dates(text, None) if d.date is not None and d.precision is DatePrecision.DAY]
    return max(full) if full else None
