"""Reviewed reference data: countries, bodies, offices, people and lexicons, loaded from ``whipcount/data``.

The files are data, not code: each carries its sources. This module validates them at the edge and builds the
lookups the pipeline needs. Users can add their own body or office files with ``load_reference(extra=...)``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .errors import E_DATA, E_UNKNOWN_MEMBER, E_UNKNOWN_OFFICE, DataError, QueryError
from .records import Body, Member, Office, RuleSpec

DATA_DIR = Path(__file__).parent / "data"


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used to look names up ("Karinš" ~ "Kariņš" ~ "karins")."""
    # called for every token of every parsed article, and words repeat: short strings are remembered
    return _fold_word(text) if len(text) <= 32 else _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_word(text: str) -> str:
    return _fold(text)


# the combining marks of the Basic Multilingual Plane, as one character class (stripping them with a regex is
# several times faster than testing each character of a long text)
_COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]"
)


def _fold(text: str) -> str:
    text = text.replace("’", "'")
    if not text.isascii():  # ASCII has no accents to strip (and most news text is ASCII: the fast path)
        text = unicodedata.normalize("NFKD", text)
        if max(text) <= "\uffff":
            text = _COMBINING.sub("", text)
        else:  # (a character beyond the BMP: test each one)
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    country: str | None  # None for posts of an international body (NATO Secretary General)
    role: str
    start: date
    end: date | None
    approximate: bool = False

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    handles: tuple[str, ...]
    party: str | None
    terms: tuple[Term, ...]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def country_on(self, day: date | None) -> str | None:
        """The member state this person speaks for on ``day``: a term in force, else the latest one before."""
        national = [t for t in self.terms if t.country is not None and t.role != "other"]
        if not national:
            return None
        if day is not None:
            current = [t for t in national if t.covers(day)]
            if current:
                return current[0].country
            earlier = [t for t in national if t.start <= day]
            if earlier:
                return max(earlier, key=lambda t: t.start).country
        return max(national, key=lambda t: t.start).country


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: it is loaded once
class Reference:
    countries: dict[str, Country]
    bodies: dict[str, Body]
    offices: dict[str, Office]
    people: tuple[Person, ...]
    stance_lexicon: dict[str, Any]
    roles: dict[str, str]  # title (folded) -> role, e.g. "prime minister" -> "head of government"
    groups: dict[str, tuple[str, ...]]  # alias as written -> member codes ("Baltic states" -> EST, LVA, LTU)
    # aliases of unions that act in their own right, as members of some bodies ("the European Union" in the WTO),
    # with the body each one is itself, whose posts it does not back as one ("EU")
    blocs: dict[str, str | None] = field(default_factory=dict)

    # --- lookups -------------------------------------------------------------------------------------------
    def office(self, name: str) -> Office:
        """Find an office by its name or any alias, case- and accent-insensitively."""
        wanted = fold(name)
        for office in self.offices.values():
            if wanted == fold(office.name) or wanted in (fold(a) for a in office.aliases):
                return office
        known = ", ".join(sorted(self.offices))
        raise QueryError(f"unknown office {name!r}; known offices: {known}", code=E_UNKNOWN_OFFICE)

    def country_code(self, name: str) -> str:
        """An ISO alpha-3 code from a code or a country's name or alias ("HUN", "Hungary", "the Netherlands")."""
        if name.upper() in self.countries:
            return name.upper()
        wanted = fold(name).removeprefix("the ")
        for c in self.countries.values():
            if wanted in (fold(n).removeprefix("the ") for n in (c.name, *c.aliases)):
                return c.code
        raise QueryError(
            f"unknown member {name!r}: give an ISO 3166-1 alpha-3 code or a country's name", code=E_UNKNOWN_MEMBER
        )

    def group_members(self, alias: str, day: date | None) -> tuple[str, ...]:
        members = self.groups.get(alias, ())
        if len(members) == 1 and members[0].startswith("@"):
            body = self.bodies.get(members[0][1:])
            return body.members_on(day or date.today()) if body else ()
        return members

    def body_of(self, office: Office) -> Body:
        try:
            return self.bodies[office.body]
        except KeyError as e:
            raise DataError(
                f"office {office.name!r} names body {office.body!r}, which has no data file", code=E_DATA
            ) from e

    def predecessor_of(self, name: str, day: date | None) -> Person | None:
        """Who held the national post ``name`` held on ``day`` just before them (None when the table does not
        say)."""
        person = next((p for p in self.people if p.name == name), None)
        if person is None or day is None:
            return None
        term = next((t for t in person.terms if t.country is not None and t.role != "other" and t.covers(day)), None)
        if term is None or term.country is None:
            return None
        before = self.holder_of(term.country, term.role, term.start - timedelta(days=1))
        return before if before is not None and before.name != name else None

    def holder_of(self, country: str, role: str, day: date | None) -> Person | None:
        """Who held ``role`` for ``country`` on ``day`` (None when the table does not say)."""
        for person in self.people:
            for term in person.terms:
                if term.country == country and term.role == role and (day is None or term.covers(day)):
                    return person
        return None


# --- loading --------------------------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DataError(f"{path}: cannot read data file: {e}", code=E_DATA) from e


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise DataError(f"{where}: {value!r} is not a YYYY-MM-DD date", code=E_DATA) from e


def _require(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise DataError(f"{where}: missing required key {key!r}", code=E_DATA)
    return obj[key]


def _sources(raw: Any) -> tuple[str, ...]:
    out = []
    for s in raw or ():
        out.append(f"{s.get('name', '')} <{s.get('url', '')}>" if isinstance(s, dict) else str(s))
    return tuple(out)


def parse_body(raw: dict[str, Any], where: str) -> Body:
    """Validate one body file's content (the documented format) and build a ``Body``."""
    if not isinstance(raw, dict):
        raise DataError(f"{where}: a body file holds one JSON object", code=E_DATA)
    code = str(_require(raw, "code", where))
    members: list[Member] = []
    for i, m in enumerate(_require(raw, "members", where)):
        mwhere = f"{where}: members[{i}]"
        if not isinstance(m, dict):
            raise DataError(f"{mwhere}: a member is an object with code and joined", code=E_DATA)
        mcode = str(_require(m, "code", mwhere))
        if len(mcode) != 3 or not mcode.isupper():
            raise DataError(f"{mwhere}: {mcode!r} is not an ISO 3166-1 alpha-3 code", code=E_DATA)
        joined = _date(_require(m, "joined", mwhere), mwhere)
        left = _date(m["left"], mwhere) if m.get("left") else None
        if left is not None and left <= joined:
            raise DataError(f"{mwhere}: left {left} is not after joined {joined}", code=E_DATA)
        for other in members:
            # a member may come back (a second Security Council term), but its terms cannot overlap
            if (
                other.code == mcode
                and (other.left is None or joined < other.left)
                and (left is None or other.joined < left)
            ):
                raise DataError(f"{mwhere}: member {mcode} is listed twice for overlapping dates", code=E_DATA)
        population = []
        for year, n in (m.get("population") or {}).items():
            if not str(year).isdigit() or not isinstance(n, int) or n <= 0:
                raise DataError(f"{mwhere}: population needs a year and a positive whole number", code=E_DATA)
            population.append((int(year), n))
        members.append(
            Member(
                code=mcode,
                joined=joined,
                left=left,
                permanent=bool(m.get("permanent", False)),
                population=tuple(sorted(population)),
            )
        )
    rule_raw = _require(raw, "rule", where)
    rule = RuleSpec(
        name=str(_require(rule_raw, "name", f"{where}: rule")),
        version=int(rule_raw.get("version", 1)),
        params=dict(rule_raw.get("params") or {}),
        description=str(rule_raw.get("description", "")),
    )
    return Body(
        code=code,
        name=str(raw.get("name", code)),
        aliases=tuple(raw.get("aliases") or ()),
        members=tuple(members),
        rule=rule,
        sources=_sources(raw.get("sources")),
    )


def _parse_people(raw: dict[str, Any], where: str) -> tuple[Person, ...]:
    people = []
    for i, p in enumerate(_require(raw, "people", where)):
        pwhere = f"{where}: people[{i}]"
        terms = []
        for j, t in enumerate(p.get("terms") or ()):
            twhere = f"{pwhere}: terms[{j}]"
            terms.append(
                Term(
                    country=t.get("country"),
                    role=str(_require(t, "role", twhere)),
                    start=_date(_require(t, "start", twhere), twhere),
                    end=_date(t["end"], twhere) if t.get("end") else None,
                    approximate=bool(t.get("approximate", False)),
                )
            )
        people.append(
            Person(
                name=str(_require(p, "name", pwhere)),
                aliases=tuple(p.get("aliases") or ()),
                handles=tuple(p.get("handles") or ()),
                party=p.get("party"),
                terms=tuple(terms),
            )
        )
    return tuple(people)


def _parse_countries(raw: dict[str, Any], where: str) -> dict[str, Country]:
    out = {}
    for i, c in enumerate(_require(raw, "countries", where)):
        cwhere = f"{where}: countries[{i}]"
        code = str(_require(c, "code", cwhere))
        out[code] = Country(
            code=code,
            name=str(_require(c, "name", cwhere)),
            aliases=tuple(c.get("aliases") or ()),
            demonyms=tuple(c.get("demonyms") or ()),
            metonyms=tuple(c.get("metonyms") or ()),
        )
    return out


def _parse_offices(raw: dict[str, Any], where: str) -> dict[str, Office]:
    out = {}
    for i, o in enumerate(_require(raw, "offices", where)):
        owhere = f"{where}: offices[{i}]"
        name = str(_require(o, "name", owhere))
        out[name] = Office(name=name, body=str(_require(o, "body", owhere)), aliases=tuple(o.get("aliases") or ()))
    return out


# the last word of a group's name that its officials' plural can stand in for ("Baltic states" -> "Baltic leaders")
_GROUP_HEADS = frozenset({"states", "countries", "nations", "republics", "Four"})


def load_reference_from(dirs: Iterable[Path]) -> Reference:
    """Load the bundled data and, after it, any user data folders (same layout; later files add or replace)."""
    countries: dict[str, Country] = {}
    bodies: dict[str, Body] = {}
    offices: dict[str, Office] = {}
    people: list[Person] = []
    lexicon: dict[str, Any] = {}
    roles: dict[str, str] = {}
    groups: dict[str, tuple[str, ...]] = {}
    blocs: dict[str, str | None] = {}
    for folder in dirs:
        if (p := folder / "groups.json").exists():
            data = _read_json(p)
            officials = tuple(data.get("officials", ()))
            for g in data.get("acting_as_one", ()):
                for alias in (g.get("name", ""), *g.get("aliases", ())):
                    if alias:
                        blocs[alias] = g.get("body")
            for i, g in enumerate(_require(data, "groups", str(p))):
                # a group tied to a body ("EU member states") takes its members from the body on the day
                members = (f"@{g['body']}",) if g.get("body") else tuple(_require(g, "members", f"{p}: groups[{i}]"))
                for alias in (g.get("name", ""), *g.get("aliases", ())):
                    if alias:
                        groups[alias] = members
                    words = alias.split()
                    if not g.get("body") and len(words) > 1 and words[-1] in _GROUP_HEADS:
                        # "the Baltic states" -> "the three Baltic foreign ministers", "the Benelux prime ministers"
                        for official in officials:
                            groups.setdefault(" ".join([*words[:-1], official]), members)
        if (p := folder / "countries.json").exists():
            countries.update(_parse_countries(_read_json(p), str(p)))
        for p in sorted((folder / "bodies").glob("*.json")):
            body = parse_body(_read_json(p), str(p))
            bodies[body.code] = body
        if (p := folder / "offices.json").exists():
            offices.update(_parse_offices(_read_json(p), str(p)))
        if (p := folder / "people.json").exists():
            people.extend(_parse_people(_read_json(p), str(p)))
        if (p := folder / "lexicon" / "stances.json").exists():
            lexicon.update(_read_json(p))
        if (p := folder / "lexicon" / "roles.json").exists():
            raw = _read_json(p)
            for role, titles in _require(raw, "roles", str(p)).items():
                for title in titles:
                    roles[fold(title)] = role
    return Reference(
        countries=countries,
        bodies=bodies,
        offices=offices,
        people=tuple(people),
        stance_lexicon=lexicon,
        roles=roles,
        groups=groups,
        blocs=blocs,
    )


@cache
def load_reference(extra: tuple[Path, ...] = ()) -> Reference:
    return load_reference_from((DATA_DIR, *extra))
