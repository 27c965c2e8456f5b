"""Actors: find who is named in a ``Doc`` and what member state each speaks for.

``find_mentions(doc, reference, ref_date)`` returns ``Mention`` records (no Doc mutation): countries by name,
alias or seat of government ("Ankara", "Downing Street"), groups ("Estonian officials"), people by name with
their title, party and country ("Minister of Foreign Affairs Margus Tsahkna (Eesti 200)"), later mentions of the
same person ("Tsahkna", "the minister"), and titles alone ("the Hungarian prime minister"), resolved through the
dated table of office holders.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..reference import Person, Reference, fold

GROUP_NOUNS = frozenset(
    {
        "official",
        "officials",
        "government",
        "governments",
        "diplomat",
        "diplomats",
        "authorities",
        "leader",
        "leaders",
        "leadership",
        "ministry",
        "presidency",
        "delegation",
        "administration",
        "cabinet",
        "side",
        "envoy",
        "envoys",
        "representatives",
    }
)
_MAX_PHRASE = 7
_BLOC_SPEAKERS = frozenset({"delegation", "mission", "ambassador", "representative", "spokesman", "spokeswoman"})
_REGION_WORDS = frozenset({"Latin", "Central", "South", "North", "Southern", "Northern"})


BLOC = "bloc"  # the role of a union acting in its own right ("the European Union" in the WTO): no member state


class MentionKind(StrEnum):
    COUNTRY = "country"  # "Estonia", "the United States"
    SEAT = "seat"  # a capital or seat of government standing for it: "Ankara", "the Kremlin"
    GROUP = "group"  # "Estonian officials", "the Dutch government"
    PERSON = "person"  # a named person or a title standing for one


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token indices in the Doc, end exclusive
    end: int
    kind: MentionKind
    text: str  # as written
    country: str | None  # ISO alpha-3 of the state the mention speaks for
    person: str | None = None  # the person's key: canonical name if known, else the fullest name in the text
    name: str | None = None  # the fullest name of the person as written in the article
    role: str | None = None
    party: str | None = None
    title: str | None = None  # the title written before the name, folded ("minister of foreign affairs")
    members: tuple[str, ...] = ()  # for a named group of states ("the Baltic states"): its members
    gender: str | None = None  # a person's: "female" or "male" when the text or the given name tells, else None

    @property
    def actor(self) -> str:
        return self.name or self.text

    @property
    def acts(self) -> bool:
        """Whether the mention can hold a stance of its own: a state, a group of states, or a union acting as one."""
        return bool(self.country or self.members or self.role == BLOC)


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "country", "seat", "demonym", "person", "title", "group", "bloc"
    value: str  # ISO code, person name or role
    acronym: bool = False  # written in capitals only ("ROK" is South Korea; "Rok" is a Slovenian first name)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded token sequences → what they name. Built once per (Reference, tokenizer)."""

    phrases: dict[tuple[str, ...], _Entry]
    people: dict[str, Person]
    fuzzy_names: dict[str, str]  # folded full name or unambiguous surname (6+ letters) -> person
    first_words: frozenset[str] = frozenset()  # the first word of every phrase
    fuzzy_seen: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)  # answers so far

    def fuzzy_person(self, text: str) -> str | None:
        """A known person whose name is one or two typing errors away ("Mark Rute", "Iohanis", "Orban")."""
        wanted = fold(text)
        if len(wanted) < 6:
            return None
        if wanted not in self.fuzzy_seen:
            if len(self.fuzzy_seen) >= 100_000:
                self.fuzzy_seen.clear()  # an archive's worth of names: start again rather than grow
            self.fuzzy_seen[wanted] = self._closest_person(wanted)
        return self.fuzzy_seen[wanted]

    def fuzzy_surname(self, text: str) -> str | None:
        """A known person a short name after an honorific is one typing error from ("Mr Rute" for Rutte): the
        honorific says a person is meant, so four letters are enough."""
        wanted = fold(text)
        if len(wanted) < 4 or " " in wanted:
            return None
        key = "surname:" + wanted
        if key not in self.fuzzy_seen:
            close = {
                name
                for name in self.people
                if (surname := fold(name).split()[-1]) != wanted
                and len(surname) >= 4
                and abs(len(surname) - len(wanted)) <= 1
                and _distance(wanted, surname, 1) <= 1
            }
            self.fuzzy_seen[key] = next(iter(close)) if len(close) == 1 else None
        return self.fuzzy_seen[key]

    def _closest_person(self, wanted: str) -> str | None:
        best = None
        for name, person in self.fuzzy_names.items():
            if abs(len(name) - len(wanted)) > 2:
                continue
            allowed = 1 if len(name) < 8 else 2
            # k typing errors leave at least one of k + 1 pieces of the name whole: a cheap test first
            if not any(piece in wanted for piece in _pieces(name, allowed)):
                continue
            if _distance(wanted, name, allowed) <= allowed:
                if best is not None and best != person:
                    return None  # ambiguous: two people are that close
                best = person
        return best

    def match(self, folded: list[str], i: int) -> tuple[int, _Entry] | None:
        if folded[i] not in self.first_words:
            return None  # most words start no phrase
        for n in range(min(_MAX_PHRASE, len(folded) - i), 0, -1):
            entry = self.phrases.get(tuple(folded[i : i + n]))
            if entry is not None:
                return n, entry
        return None


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text the Doc was made from (the tokenizer keeps every character, so it is
    ``doc.text``), sparing it the join."""
    doc.user_data["whipcount_text"] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token again on each call)."""
    text = doc.user_data.get("whipcount_text")
    if text is None:
        text = doc.user_data["whipcount_text"] = doc.text
    return str(text)


# nouns whose "of X" names an organisation, not a person ("the board of Gavi", "the headquarters of Airbus")
_BODY_PARTS = frozenset(
    {
        "board",
        "boards",
        "headquarters",
        "secretariat",
        "council",
        "committee",
        "presidency",
        "chairmanship",
        "shareholders",
        "employees",
        "staff",
        "members",
        "membership",
    }
)


def _strip_the(text: str) -> str:
    return re.sub(r"^(the|The)\s+", "", text.strip())


@cache
def build_gazetteer(reference: Reference, tokenize: object) -> Gazetteer:
    def key(text: str) -> tuple[str, ...]:
        return tuple(fold(t.text) for t in tokenize(text))  # type: ignore[operator]

    phrases: dict[tuple[str, ...], _Entry] = {}
    for alias in reference.groups:
        phrases[key(alias)] = _Entry("group", alias)
    for alias in reference.blocs:
        phrases.setdefault(key(alias), _Entry("bloc", alias))
    for title, role in reference.roles.items():
        phrases[key(title)] = _Entry("title", role)
    for c in reference.countries.values():
        for demonym in c.demonyms:
            phrases.setdefault(key(demonym), _Entry("demonym", c.code))
        for seat in c.metonyms:
            phrases[key(_strip_the(seat))] = _Entry("seat", c.code)
        for name in (c.name, *c.aliases):
            acronym = name.isupper() and name.isalpha() and len(name) <= 5
            phrases[key(_strip_the(name))] = _Entry("country", c.code, acronym)
    people: dict[str, Person] = {}
    fuzzy: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    shared: dict[tuple[str, ...], set[str]] = {}
    for p in reference.people:
        people[p.name] = p
        for surface in (p.name, *p.aliases, *p.handles):
            k = key(surface)
            shared.setdefault(k, set()).add(p.name)
            if k not in phrases or phrases[k].kind == "person":
                phrases[k] = _Entry("person", p.name)
        fuzzy[fold(p.name)] = p.name
        surnames.setdefault(fold(p.surname), set()).add(p.name)
    for k, owners in shared.items():
        if len(owners) > 1 and phrases.get(k, _Entry("", "")).kind == "person":
            # "Rasmussen" is Anders Fogh or Lars Løkke: a name two people share decides nothing alone; it joins
            # the full name the article gives (clustering by surname)
            del phrases[k]
    for surname, names in surnames.items():
        if len(names) == 1 and len(surname) >= 6:
            fuzzy.setdefault(surname, next(iter(names)))
    first_words = frozenset(k[0] for k in phrases if k)
    return Gazetteer(phrases=phrases, people=people, fuzzy_names=fuzzy, first_words=first_words)


def _misspelt_cluster(text: str, clusters: dict[str, dict[str, object]]) -> str | None:
    """An unknown full name one typing error away from one named before ("Yoo Myung-he" after "Yoo
    Myung-hee"): the same person."""
    wanted = fold(text)
    if len(wanted) < 8 or " " not in wanted:
        return None
    close = [k for k, info in clusters.items() if _distance(wanted, fold(str(info["display"])), 1) <= 1]
    return close[0] if len(close) == 1 else None


def _known_surnames(clusters: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    """The folded surname of each person named so far who is known, or named in full with a long surname
    ("Kwabena Amponsah-Boateng"), with their cluster."""
    out = []
    for k, info in clusters.items():
        words = fold(str(info["display"])).split()
        if info.get("known") or (len(words) >= 2 and len(words[-1]) >= 8):
            out.append((words[-1], k))
    return out


def _misspelt_full_name(text: str, clusters: dict[str, dict[str, object]]) -> str | None:
    """ "Fogh Rasmusen" after "Anders Fogh Rasmussen", "Christiana Figeres" after "Christiana Figueres": the
    same given or middle names and a surname one typing error away."""
    words = fold(text).split()
    if len(words) < 2 or len(words[-1]) < 4:
        return None
    close = [
        k
        for surname, k in _known_surnames(clusters)
        if surname != words[-1]
        and abs(len(surname) - len(words[-1])) <= 1
        and _distance(words[-1], surname, 1) <= 1
        and set(words[:-1]) <= set(fold(str(clusters[k]["display"])).split())
    ]
    return close[0] if len(close) == 1 else None


def _misspelt_surname(text: str, surnames: list[tuple[str, str]]) -> str | None:
    """A lone surname one typing error away from a known person's named before ("Rute" after "Mark Rutte"):
    that person, if only one is that close (``surnames`` from ``_known_surnames``)."""
    wanted = fold(text)
    if len(wanted) < 4 or " " in wanted or not text[:1].isupper():
        return None
    close = [
        k
        for surname, k in surnames
        if surname != wanted and abs(len(surname) - len(wanted)) <= 1 and _distance(wanted, surname, 1) <= 1
    ]
    return close[0] if len(close) == 1 else None


@cache
def _pieces(name: str, errors: int) -> tuple[str, ...]:
    """``name`` cut into ``errors + 1`` pieces of about equal length."""
    n = errors + 1
    return tuple(name[len(name) * i // n : len(name) * (i + 1) // n] for i in range(n))


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text.startswith("@")


def _is_name_token(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.is_title and token.is_alpha and not token.is_sent_start)


# ------------------------------------------------------------------------------------------------------------
def find_mentions(doc: Doc, reference: Reference, ref_date: date | None) -> list[Mention]:
    gaz = build_gazetteer(reference, english_tokenizer())
    folded = [fold(t.text) for t in doc]
    raw: list[tuple[int, int, _Entry]] = []
    i = 0
    while i < len(doc):
        if doc[i].is_upper and len(doc[i]) > 4 and doc[i].is_alpha:
            i += 1  # "COLOMBO, May 21 -": a dateline's city (acronyms like NATO or UN are shorter)
            continue
        hit = gaz.match(folded, i)
        if hit and hit[1].acronym and not doc[i].text.isupper():
            hit = None
        if (
            hit
            and (
                _capitalised(doc[i])
                or hit[1].kind == "title"
                or (hit[1].kind == "person" and _capitalised(doc[i + hit[0] - 1]))  # "von der Leyen"
                or (hit[1].kind == "group" and hit[1].value[:1].islower())  # "the four biggest allies", as written
            )
        ):
            n, entry = hit
            raw.append((i, i + n, entry))
            i += n
        else:
            i += 1
    mentions = _titles_in_apposition(doc, _assemble(doc, reference, gaz, raw, ref_date))
    credits = _credit_lines(doc_text(doc))
    if not credits:
        return mentions
    # (a byline's reporter or a "Reporting by ..." line names no one the story is about)
    return [m for m in mentions if not any(s <= doc[m.start].idx < e for s, e in credits)]


def _titles_in_apposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Anders Fogh Rasmussen, the Danish prime minister, ...": a title set off by a comma right after a name
    describes that person (whoever held the title on the article's date may be someone else)."""
    out = list(mentions)
    for k in range(1, len(out)):
        before, title = out[k - 1], out[k]
        if (
            title.kind is MentionKind.PERSON
            and title.role is not None
            and before.kind is MentionKind.PERSON
            and before.person
            and title.person != before.person
            and before.country in (None, title.country)  # ("Orbán, the Slovak prime minister and ...": a list)
            and title.start == before.end + 1
            and doc[before.end].text == ","
            and doc[title.start].lower_ in ("the", "a", "an", "then")
            # ("New Delhi supports Jayasekera, an Indian official reminded reporters": the speaker, not her title)
            and not _says_next(doc, title.end)
        ):
            out[k] = replace(title, person=before.person, name=before.name)
    return out


_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|van|von|de|der|da|di|la|le|bin|al))*"
_CREDIT = re.compile(
    r"^[ \t]*(?:"
    # "By Chidiebere Aluko-Hartmann, Abuja", "By A and B | Brussels correspondent", "By X | Budapest | 14 June 2024"
    r"By\s+" + _NAME + r"(?:\s*(?:,|and|&)\s*" + _NAME + r")*"
    r"(?:\s*[,|–—-]\s*(?:[A-Z][\w.'’-]*|\d[\d:.,]*|[,|–—-]|in|and|of|the|for|our|chief|senior|staff|correspondent|reporter|editor"
    r"|writer|bureau|political|diplomatic|defence|foreign|affairs|[ \t])*)?"
    # "Reporting by ...; Editing by ..."
    r"|(?:Additional\s+)?(?:Reporting|Writing|Editing|Edited|Compiled|Translated|Research)\s+by\b[^\n]*"
    r")[ \t]*$",
    re.M,
)


# words a tagger may take for a one-word name: party families and their members, and a page's labels
NOT_A_NAME_ALONE = frozenset(
    "labour socialist socialists social conservative conservatives tory tories liberal liberals democrat democrats "
    "republican republicans green greens communist communists christian populist populists nationalist "
    "nationalists centrist centrists explainer analysis opinion factbox timeline live comment editorial update "
    "breaking watch listen podcast newsletter briefing related advertisement share".split()
)

_FOLLOW = re.compile(
    r"Follow\b[^\n]{0,60}?\bon\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Bluesky|Threads|Telegram|WhatsApp|YouTube"
    r"|TikTok|Mastodon|social\s+media)\b"
)


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines and credit lines."""
    if "By " not in text and " by " not in text:
        return []
    # (one line each: a name pattern may run on over a line break into the next line's capitalised words)
    return [(m.start(), m.start() + len(m.group(0).split("\n", 1)[0])) for m in _CREDIT.finditer(text)]


@cache
def english_tokenizer() -> object:
    """spaCy's English tokenizer rules, so gazetteer phrases split as the text does."""
    from spacy.lang.en import English

    return English().tokenizer


def _assemble(
    doc: Doc, reference: Reference, gaz: Gazetteer, raw: list[tuple[int, int, _Entry]], ref_date: date | None
) -> list[Mention]:
    mentions: list[Mention] = []
    covered: set[int] = set()
    by_start = {s: (s, e, en) for s, e, en in raw}

    # 1. People named after a title, known people, and NER persons: collect name spans first.
    names: list[tuple[int, int, str | None]] = []  # (start, end, known person name)
    for s, e, entry in raw:
        if entry.kind == "person":
            names.append((s, e, entry.value))
    for _s, e, entry in raw:
        if entry.kind == "title":
            j = e
            while j < len(doc) and _is_name_token(doc[j]) and j - e < 4 and j not in by_start:
                j += 1
                if (
                    j + 1 < len(doc)
                    and doc[j].text == "-"
                    and not doc[j - 1].whitespace_
                    and not doc[j].whitespace_
                    and doc[j + 1].is_title
                ):
                    j += 1  # "spokesman Emeka Obi-Lawal": a hyphenated surname goes on
            if j > e and not any(s2 <= e < e2 for s2, e2, _ in names):
                # ("Dutch Prime Minister Mark Rute": a known name misspelt after its title)
                names.append((e, j, gaz.fuzzy_person(doc[e:j].text) if j - e > 1 else None))
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            ent = _without_origin(ent)  # ("Vesna Marković-Horvat of Croatia", tagged ORG)
            if (
                len(ent) >= 4
                and ent[0].lower_ == "the"
                and by_start.get(ent.start + 1, (0, 0, None))[1] == ent.start + 2
                and by_start[ent.start + 1][2].kind == "demonym"
            ):
                ent = Span(doc, ent.start + 2, ent.end, label=ent.label)  # ("the Peruvian Lucía Carvajal Rojas")
            elif (
                (state := by_start.get(ent.start)) is not None
                and state[2].kind == "country"
                and ent.end - state[1] >= 3
                and doc[state[1]].text in ("'s", "’s")
            ):
                ent = Span(doc, state[1] + 1, ent.end, label=ent.label)  # ("Uruguay's Inés Albornoz Techera")
            if not _person_by_its_form(ent):
                continue
        if all(t.text.isupper() for t in ent if t.is_alpha) and len(ent.text) > 3:
            continue  # "COLOMBO, May 21 -": a dateline's city, not a person
        if len(ent) == 1 and ent[0].lower_ in NOT_A_NAME_ALONE:
            continue  # "Explainer: how ...", "a Socialist": a label or a party's member, no one's name
        if fold(ent.text) in _party_names():
            continue  # "the liberal Renew Europe family": a political group, no one's name
        if ent[0].text == "Follow" and _FOLLOW.match(doc.text, ent[0].idx):
            continue  # "Follow Whipcount Trade on X.": a page's prompt, naming an account, not a person
        s, e = ent.start, ent.end
        if (
            e - s == 1
            and s > 0
            and (doc[s - 1].lower_ == "the" or (doc[s - 1].pos_ == "ADJ" and s > 1 and doc[s - 2].lower_ == "the"))
        ):
            continue  # "the Danube", "the lower Danube": a place or thing, not a person
        if e < len(doc) and fold(doc[e].text) in _ORGANISATION_WORDS and doc[e].text[:1].isupper():
            continue  # "the Danube River Commission"
        if (
            e - s == 1
            and doc[s].dep_ == "pobj"
            and doc[s].head.lower_ == "of"
            and doc[s].head.head.lemma_.lower() in _BODY_PARTS
        ):
            continue  # "chaired the board of Gavi": an organisation, whatever NER says
        while e > s and doc[e - 1].text in ("'s", "'", "’s", "’"):
            e -= 1
        honoured = False
        while s < e - 1 and doc[s].lower_ in HONORIFIC_WORDS:
            s += 1  # "Mr Rute", "Ms Albornoz": the name, without the honorific (which tells the gender)
            honoured = True
        while (
            s > 0
            and doc[s - 1].pos_ == "PROPN"
            and doc[s - 1].is_title
            and doc[s - 1].dep_ == "compound"
            and s <= doc[s - 1].head.i < e
            and doc[s - 1].lower_ not in HONORIFIC_WORDS
            and fold(doc[s - 1].text) not in _ORGANISATION_WORDS
            and not any(rs <= s - 1 < re_ for rs, re_, _en in raw)
        ):
            s -= 1  # "Yonov" + "Frederick Agah": NER cut an unfamiliar first name off
        if e <= s or any(doc[k].text.startswith("@") for k in range(s, e)):
            continue
        # NER often cuts a name at a hyphen or an unfamiliar surname ("Maret" | "Ilves-Koppel"): carry on while
        # the name's words hang together
        while e < len(doc):
            if doc[e].pos_ == "PROPN" and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i >= e:
                e += 1
            elif (
                doc[e].text == "-"
                and not doc[e - 1].whitespace_
                and not doc[e].whitespace_
                and e + 1 < len(doc)
                and (doc[e + 1].pos_ == "PROPN" or (doc[e + 1].is_title and doc[e + 1].is_alpha))
            ):  # ("Obi-Lawal", whatever the tagger makes of "Lawal")
                e += 2
            elif (
                doc[e].pos_ == "PROPN"
                and doc[e].is_title
                and doc[e - 1].whitespace_ == " "
                and e + 1 < len(doc)
                and doc[e + 1].text == "-"
                and not any(rs <= e < re_ for rs, re_, _en in raw)
            ):
                e += 1  # "Maret" + "Ilves-Koppel": a hyphenated surname after a first name
            elif (
                doc[e - 1].text == "-"
                and e - 2 >= s
                and not doc[e - 2].whitespace_
                and not doc[e - 1].whitespace_
                and doc[e].is_title
                and doc[e].is_alpha
            ):
                e += 1  # "Cian Moloney-" | "Hart": NER cut the name after the hyphen
            else:
                break
        if any(rs < e and s < re_ and en.kind in ("country", "seat", "title", "demonym") for rs, re_, en in raw):
            continue
        if not any(s < e2 and s2 < e for s2, e2, _ in names):
            known_name = gaz.fuzzy_person(doc[s:e].text)
            if known_name is None and honoured and e - s == 1 and not _named_in_full(doc, doc[s].text):
                known_name = gaz.fuzzy_surname(doc[s].text)
            names.append((s, e, known_name))
    # a misspelt known name that NER did not take for a person ("Iohanis", tagged as a place)
    taken_now = {k for s, e, _ in names for k in range(s, e)} | {k for s, e, _ in raw for k in range(s, e)}
    # (not a word of a name of several words the text gives someone unknown: "Perković Šimić, of the ministry", after
    # "State Secretary Ivana Perković Šimić", is her, not Plenković misspelt)
    unknown_words = {t.text for s, e, known in names if known is None and e - s > 1 for t in doc[s:e]}
    for tok in doc:
        if tok.i in taken_now or tok.pos_ != "PROPN" or not tok.is_title or tok.text in unknown_words:
            continue
        known = gaz.fuzzy_person(tok.text)
        if known is not None:
            start = (
                tok.i - 1
                if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].i not in taken_now
                else tok.i
            )
            names.append((start, tok.i + 1, known))
    # a name NER missed, in apposition to a title ("Edgars Kalniņš, Latvia's deputy minister of foreign affairs, sat
    # down with ..."): two or three capitalised words at a sentence's start, before the comma that opens the title
    for ts, _te, entry in raw:
        if entry.kind != "title":
            continue
        comma = next((k for k in range(ts - 1, max(ts - 6, 0), -1) if doc[k].text == ","), None)
        if comma is None or any(doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct for k in range(comma + 1, ts)):
            continue
        j = comma
        while (
            j > 0
            and comma - j < 3
            and doc[j - 1].pos_ == "PROPN"
            and doc[j - 1].is_title
            and doc[j - 1].ent_type_ in ("", "PERSON")
            and j - 1 not in taken_now
        ):
            j -= 1
        if comma - j >= 2 and j == doc[j].sent.start and not any(s2 < comma and j < e2 for s2, e2, _ in names):
            names.append((j, comma, gaz.fuzzy_person(doc[j:comma].text)))
    names.sort()

    # 2. Cluster names by surname: a known person, or the fullest form written in the article.
    clusters: dict[str, dict[str, object]] = {}
    surname_to_key: dict[str, str] = {}
    span_key: dict[tuple[int, int], str] = {}  # each full name's own cluster
    named_in_full: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, cluster) of each full name

    def by_surname(surname: str, at: int) -> str | None:
        """A lone surname's cluster: with two people of that surname named in full ("Anders Fogh Rasmussen" ...
        "Lars Løkke Rasmussen"), the one named last before it (else the first named)."""
        places = named_in_full.get(surname, [])
        if len({k for _, k in places}) < 2:
            return surname_to_key.get(surname)
        before = [k for start, k in sorted(places) if start < at]
        return before[-1] if before else min(places)[1]

    for s, e, known in sorted(names, key=lambda n: -(n[1] - n[0])):
        text = doc[s:e].text
        surname = fold(doc[e - 1].text)
        cluster_key = (
            known
            or (by_surname(surname, s) if e - s == 1 else surname_to_key.get(surname))
            or _misspelt_cluster(text, clusters)
            or _misspelt_surname(text, _known_surnames(clusters))
            or _misspelt_full_name(text, clusters)
            or text
        )
        if (
            known
            and surname in surname_to_key
            and surname_to_key[surname] != known
            and not clusters.get(surname_to_key[surname], {}).get("known")
        ):
            # an unknown full name seen first, now matched to a known person: merge (two known people who share
            # a surname, Anders Fogh and Lars Løkke Rasmussen, stay two)
            old = surname_to_key[surname]
            clusters[known] = clusters.pop(old, {})
        span_key[(s, e)] = cluster_key
        surname_to_key[surname] = cluster_key
        if e - s > 1:
            named_in_full.setdefault(surname, []).append((s, cluster_key))
        words = text.split()
        if known and fold(str(known)) in _given_names()[1]:
            surname_to_key.setdefault(fold(words[0]), cluster_key)  # "Ban Ki-moon": the family name comes first
        if len(words) >= 3:
            # "Inés Albornoz Techera", "Anders Fogh Rasmussen": a middle word is a surname on its own too
            # ("Ms Albornoz", "Fogh"), unless it is someone else's
            for w in words[1:-1]:
                if w[:1].isupper() and len(w) > 2 and "." not in w:
                    surname_to_key.setdefault(fold(w), cluster_key)
        info = clusters.setdefault(cluster_key, {"display": text, "known": known})
        if known and not info.get("known"):
            info["known"] = known
        if (not text.startswith("@") and len(text) > len(str(info["display"]))) or str(info["display"]).startswith("@"):
            info["display"] = text
    # later surname-only mentions that NER missed ("Tsahkna" tagged ORG)
    extra: list[tuple[int, int, str | None]] = []
    taken = {k for s, e, _ in names for k in range(s, e)}
    known_surnames = _known_surnames(clusters)  # (once: the loop below is over every token)
    for tok in doc:
        if (
            tok.i not in taken
            and tok.i not in by_start
            and tok.pos_ == "PROPN"
            and fold(tok.text) not in surname_to_key
            and (misspelt := _misspelt_surname(tok.text, known_surnames)) is not None
        ):
            surname_to_key[fold(tok.text)] = misspelt  # "backed Rute", after "Mark Rutte", tagged as no person
        if tok.i in taken or fold(tok.text) not in surname_to_key or not _capitalised(tok):
            continue  # the cheap tests first: most tokens are no one's surname
        if tok.i in by_start and not (
            by_start[tok.i][2].kind == "demonym"
            and not tok.text.isascii()
            and tok.text == str(clusters[surname_to_key[fold(tok.text)]]["display"]).split()[-1]
        ):
            continue  # a state's name or demonym (but "Türk", written as Danilo Türk's name, is not "Turk")
        if tok.text.isupper() and len(tok.text) > 3:
            continue  # "COLOMBO, May 21 -": a dateline's city
        before_org = tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) in _ORGANISATION_WORDS
        after_the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"  # "the Danube River Commission"
        if not before_org and not after_the:
            extra.append((tok.i, tok.i + 1, None))
    names = sorted(names + extra)

    # 3. Titles before each name give role and country ("Latvia's Minister of Foreign Affairs", "Romanian
    #    President"); a party in brackets after it is kept.
    title_ends = {e: (s, en) for s, e, en in raw if en.kind == "title"}
    title_starts = {s: (e, en) for s, e, en in raw if en.kind == "title"}
    name_starts = {s for s, _e, _k in names}
    person_country: dict[str, str] = {}
    person_role: dict[str, str] = {}
    person_party: dict[str, str] = {}
    person_title: dict[str, str] = {}
    person_gender: dict[str, str] = {}
    name_titles: dict[int, tuple[int, str, str | None]] = {}
    for s, e, _known in names:
        key_ = span_key.get((s, e)) or by_surname(fold(doc[e - 1].text), s) or doc[s:e].text
        if (cue := _gender_cue(doc, s, e)) is not None:
            person_gender.setdefault(key_, cue)
        if s not in title_ends and s > 0 and doc[s - 1].text == "," and s - 1 in title_ends:
            title_ends[s] = title_ends[s - 1]  # "Latvia's agriculture minister, Ilze Kalnbērziņa-Ozola"
        if s in title_ends and _body_before(doc, title_ends[s][0]):
            pass  # "European Commission President Ursula von der Leyen": a body's post, no state's title
        elif s in title_ends:
            ts, entry = title_ends[s]
            country = _country_before(doc, ts, raw)
            name_titles[s] = (ts, entry.value, country)
            person_role.setdefault(key_, entry.value)
            person_title[key_] = " ".join(folded_text(doc, ts, s).split())
            if country:
                person_country.setdefault(key_, country)
        elif (before := _country_before(doc, s, raw)) is not None:
            person_country.setdefault(key_, before)  # "South Korea's Yoo Myung-hee"
        elif (nominator := _nominator_before(doc, s, raw)) is not None:
            person_country.setdefault(key_, nominator)  # "Serbia's own candidate, Zoran Miletić-Banski"
        if (party := _party_after(doc, e)) is not None:
            person_party.setdefault(key_, party)
        if (after := _country_after(doc, e, raw) or _nominee_after(doc, e, raw)) is not None:
            person_country.setdefault(key_, after)
        if e < len(doc) and doc[e].text == ",":
            # "Mahmudul Karim Sarker, Bangladesh's state minister for foreign affairs": a title in apposition
            # (not a title in front of the next name in a list: "Kallas, Latvia's Minister of Foreign Affairs
            # Krišjanis Karinš, and ...")
            behind = next(((ts, *title_starts[ts]) for ts in range(e + 1, e + 6) if ts in title_starts), None)
            if (
                behind is not None
                and behind[1] not in name_starts
                and s not in title_ends  # ("Commission President Ursula von der Leyen, ...": titled already)
                and not _says_next(doc, behind[1])  # (", a senior Italian diplomat said": the speaker's title)
                and (country := _country_before(doc, behind[0], raw)) is not None
            ):
                person_country.setdefault(key_, country)
                person_role.setdefault(key_, behind[2].value)

    def country_of(key_: str) -> str | None:
        if key_ in person_country:
            return person_country[key_]
        known = clusters.get(key_, {}).get("known")
        if known:
            return gaz.people[str(known)].country_on(ref_date)
        return None

    def gender_of(key_: str, display: str) -> str | None:
        known = clusters.get(key_, {}).get("known")
        return person_gender.get(key_) or gender_of_name(str(known or display))

    for s, e, _known in names:
        key_ = span_key.get((s, e)) or by_surname(fold(doc[e - 1].text), s) or doc[s:e].text
        info = clusters.get(key_, {"display": doc[s:e].text})
        start = s
        if e < len(doc) and doc[e].lower_ in ("administration", "government", "cabinet") and country_of(key_):
            # "the Trump administration", "the Orbán government": the state that person leads
            first = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
            mentions.append(Mention(first, e + 1, MentionKind.GROUP, doc[first : e + 1].text, country_of(key_)))
            covered.update(range(first, e + 1))
            continue
        mentions.append(
            Mention(
                start,
                e,
                MentionKind.PERSON,
                doc[s:e].text,
                country_of(key_),
                person=key_,
                name=str(info["display"]),
                role=person_role.get(key_),
                party=person_party.get(key_),
                title=person_title.get(key_),
                gender=gender_of(key_, str(info["display"])),
            )
        )
        covered.update(range(start, e))
        if s in name_titles:
            covered.update(range(name_titles[s][0], s))

    # 4. Countries, seats and groups; demonyms that head a group noun; titles standing alone.
    for s, e, entry in raw:
        if any(k in covered for k in range(s, e)):
            continue
        start = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
        if entry.kind == "bloc":
            # "the European Union backs her": the union as one actor (not "EU leaders", "the EU's member states")
            possessive = e < len(doc) and doc[e].text in ("'s", "’s")
            speaking = possessive and e + 1 < len(doc) and doc[e + 1].lower_ in _BLOC_SPEAKERS
            if doc[e - 1].dep_ != "compound" and (not possessive or speaking):  # ("the EU's delegation said")
                mentions.append(Mention(start, e, MentionKind.GROUP, doc[start:e].text, None, role=BLOC))
                covered.update(range(start, e))
            continue
        if entry.kind == "group":
            members = reference.group_members(entry.value, ref_date)
            mentions.append(Mention(start, e, MentionKind.GROUP, doc[start:e].text, None, members=members))
            covered.update(range(start, e))
            continue
        if entry.kind in ("country", "seat") and s > 0 and doc[s - 1].text in _REGION_WORDS:
            continue  # "Latin America", "Central America": a region, not the state named "America"
        if entry.kind in ("country", "seat"):
            # "Estonia's government", "the government in Tallinn" → group; a bare name → the state itself
            nxt = e + 1 if e < len(doc) and doc[e].text in ("'s", "’s") else e
            nxt = _past_portfolio(doc, nxt)
            if nxt < len(doc) and doc[nxt].lower_ in GROUP_NOUNS:
                mentions.append(Mention(start, nxt + 1, MentionKind.GROUP, doc[start : nxt + 1].text, entry.value))
                covered.update(range(start, nxt + 1))
                continue
            kind = MentionKind.COUNTRY if entry.kind == "country" else MentionKind.SEAT
            mentions.append(Mention(start, e, kind, doc[start:e].text, entry.value))
            covered.update(range(start, e))
        elif entry.kind == "demonym":
            j = e
            if any(rs == j and en.kind == "title" for rs, _re, en in raw):
                continue  # "the Dutch leader": a title, resolved below through the office holders
            if not any(rs == _past_portfolio(doc, j) and en.kind == "title" for rs, _re, en in raw):
                j = _past_portfolio(doc, j)  # "the Brazilian foreign ministry"
            if j < len(doc) and doc[j].lower_ in GROUP_NOUNS:
                mentions.append(Mention(start, j + 1, MentionKind.GROUP, doc[start : j + 1].text, entry.value))
                covered.update(range(start, j + 1))
            elif doc[s].tag_ in ("NNPS", "NNS") or (doc[s].text.endswith("s") and doc[s].dep_ in ("nsubj", "conj")):
                mentions.append(Mention(start, e, MentionKind.GROUP, doc[start:e].text, entry.value))
                covered.update(range(start, e))
        elif entry.kind == "title":
            mention = _title_alone(doc, s, e, entry.value, raw, reference, ref_date, mentions, gaz)
            if mention is not None:
                mentions.append(mention)
                covered.update(range(mention.start, mention.end))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _country_before(doc: Doc, title_start: int, raw: list[tuple[int, int, _Entry]]) -> str | None:
    """The country named right before a title: "Latvia's Minister ...", "Romanian President ...", "Danish
    Fisheries Minister ..." (a capitalised word or two may stand between)."""
    for gap in range(3):
        start = title_start - gap
        between = [doc[k] for k in range(start, title_start)]
        if gap and not all(t.pos_ in ("PROPN", "NOUN", "ADJ") and t.is_alpha for t in between):
            break  # "Danish Fisheries Minister", "the Dutch caretaker prime minister"
        for _s, e, entry in raw:
            if entry.kind in ("country", "seat") and e + 1 == start and doc[e].text in ("'s", "’s"):
                return entry.value
            if entry.kind in ("demonym", "country") and e == start:
                return entry.value
    return None


def _nominator_before(doc: Doc, start: int, raw: list[tuple[int, int, _Entry]]) -> str | None:
    """ "Serbia's own candidate, Zoran ...", "the Polish nominee, Anna ...": the state whose candidate the
    apposition says the person is."""
    k = start - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].lower_ not in ("candidate", "nominee", "contender"):
        return None
    k -= 1
    if k >= 0 and doc[k].lower_ in ("own", "official", "preferred"):
        k -= 1
    for _s, e_, entry in raw:
        if entry.kind in ("country", "seat") and e_ == k and doc[k].text in ("'s", "’s"):
            return entry.value
        if entry.kind in ("demonym", "country") and e_ == k + 1:
            return entry.value
    return None


_BODY_WORDS = frozenset({"commission", "council", "parliament", "nato", "wto", "un", "assembly", "alliance", "osce"})


def _body_before(doc: Doc, title_start: int) -> bool:
    """Whether the word before a title names an international body ("Commission President", "NATO chief")."""
    return title_start > 0 and fold(doc[title_start - 1].text) in _BODY_WORDS


_SAYING_NEXT = frozenset(
    {"say", "tell", "add", "state", "confirm", "note", "remind", "explain", "insist", "stress", "warn", "recall"}
)


def _says_next(doc: Doc, end: int) -> bool:
    """Whether a verb of saying comes right after a title (", a senior Italian diplomat said")."""
    return end < len(doc) and doc[end].lemma_.lower() in _SAYING_NEXT


def _country_after(doc: Doc, end: int, raw: list[tuple[int, int, _Entry]]) -> str | None:
    """ "Ambassador Jana Novakova of Slovakia": a country right after the name, behind "of"."""
    if end < len(doc) and doc[end].lower_ == "of":
        first = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
        for s, _e, entry in raw:
            if s == first and entry.kind == "country":
                return entry.value
    return None


def _nominee_after(doc: Doc, end: int, raw: list[tuple[int, int, _Entry]]) -> str | None:
    """ "Ledia Hoxhallari, the Albanian candidate, withdrew": the state whose candidate the apposition after the
    name says the person is."""
    k = end + 2
    if k + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a"):
        return None
    for s, e_, entry in raw:
        if s == k and entry.kind == "demonym" and e_ < len(doc) and doc[e_].lower_ in ("candidate", "nominee"):
            return entry.value
    return None


_PARTY = re.compile(r"^\(([^()@]{2,40})\)")


def _party_after(doc: Doc, end: int) -> str | None:
    if end < len(doc) and doc[end].text == "(":
        m = _PARTY.match(doc[end : min(end + 8, len(doc))].text)
        if m and not any(ch.isdigit() for ch in m.group(1)[:1]):
            return m.group(1).strip()
    return None


# the posts whose holder speaks for the state
STATE_ROLES = frozenset({"head of state", "head of government", "foreign minister", "defence minister"})


def states_spoken_for(person: Person, day: date, roles: frozenset[str] = STATE_ROLES) -> Iterator[str]:
    """The states the person speaks for on the day, by holding one of ``roles`` for them."""
    return (t.country for t in person.terms if t.country and t.role in roles and t.covers(day))


def _home_state(earlier: Iterable[Mention], gaz: Gazetteer, ref_date: date | None) -> str | None:
    """The state of the first person named who held one of its speaking posts on the date ("President Klaus
    Iohannis" in a Romanian outlet)."""
    if ref_date is None:
        return None
    for m in earlier:
        person = gaz.people.get(str(m.person)) if m.kind is MentionKind.PERSON and m.person else None
        if person is not None and (state := next(states_spoken_for(person, ref_date), None)) is not None:
            return state
    return None


def _name_in_apposition(doc: Doc, e: int) -> bool:
    """Whether a title ending before ``e`` is followed by a name in apposition, after its portfolio if any
    ("the minister, Niyi Adebayo", "The Minister of Industry, Trade and Investment, Niyi Adebayo,")."""
    k = e
    if k < len(doc) and doc[k].lower_ == "of":
        # the portfolio: capitalised words joined by commas and "and", up to the comma before the name
        while k + 1 < len(doc) and k - e < 12 and (doc[k + 1].is_title or doc[k + 1].lower_ in (",", "and", "the")):
            k += 1
            if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON":
                return True
        return False
    return (
        k + 1 < len(doc)
        and doc[k].text == ","
        and doc[k + 1].ent_type_ == "PERSON"
        and doc[k + 1].sent.start == doc[e - 1].sent.start
    )


def _title_alone(
    doc: Doc,
    s: int,
    e: int,
    role: str,
    raw: list[tuple[int, int, _Entry]],
    reference: Reference,
    ref_date: date | None,
    earlier: Iterable[Mention],
    gaz: Gazetteer,
) -> Mention | None:
    """ "the Hungarian prime minister" → whoever held the role then; "the minister" → the last titled person."""
    if e < len(doc) and _is_name_token(doc[e]):
        return None  # a title before a name is handled with the name
    if (
        e + 3 < len(doc)
        and [t.lower_ for t in doc[e : e + 3]] in (["of", "the", "republic"], ["of", "the", "government"])
        and _is_name_token(doc[e + 3])
    ):
        return None  # "the President of the Republic Emmanuel Macron": the name says who
    if _name_in_apposition(doc, e):
        return None  # "The Minister of Industry, Trade and Investment, Niyi Adebayo, said": the name says who
    country = _country_before(doc, s, raw)
    if country is None and e + 1 < len(doc) and doc[e].lower_ == "of":
        # "the President of Romania", "the Prime Minister of Hungary": the country behind "of"
        first = e + 2 if doc[e + 1].lower_ == "the" else e + 1
        found = next(((re_, en.value) for rs, re_, en in raw if rs == first and en.kind == "country"), None)
        if found is not None:
            e, country = found
    start = s
    for rs, re_, entry in raw:
        if (re_ == s and entry.kind in ("demonym", "country")) or (
            re_ + 1 == s and entry.kind in ("country", "seat") and doc[re_].text in ("'s", "’s")
        ):
            start = rs
    if start > 0 and doc[start - 1].lower_ in _FORMER:
        # "the former Portuguese prime minister": not whoever holds the post on the article's date, but a person
        # named before who held it
        first = start - 2 if start > 1 and doc[start - 2].lower_ == "the" else start - 1
        for m in reversed([m for m in earlier if m.kind is MentionKind.PERSON and m.end <= first and m.person]):
            person = gaz.people.get(str(m.person))
            if person is not None and any(
                t.country == country
                and (role == "other" or t.role == role)
                and t.end is not None
                and (ref_date is None or t.end <= ref_date)
                for t in person.terms
            ):
                return replace(m, start=first, end=e, text=doc[first:e].text)
        return None
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    elif doc[start].lower_ != "the" and not country:
        return None  # "minister" in running text without an article is not a reference to a person
    text = doc[start:e].text
    if country and role != "other":
        holder = reference.holder_of(country, role, ref_date)
        named = {str(m.person) for m in earlier if m.kind is MentionKind.PERSON and m.person}
        if ref_date is not None and (holder is None or holder.name not in named):
            # "Ankara had resisted the Danish prime minister's appointment", published the day after he left
            # office: the holder the article has been talking about, if one left the post shortly before
            recent = [
                gaz.people[n]
                for n in named
                if n in gaz.people
                and any(
                    t.country == country
                    and t.role == role
                    and t.start <= ref_date
                    and t.end is not None
                    and 0 <= (ref_date - t.end).days <= 90
                    for t in gaz.people[n].terms
                )
            ]
            if len(recent) == 1:
                holder = recent[0]
        if holder is not None:
            return Mention(
                start,
                e,
                MentionKind.PERSON,
                text,
                country,
                person=holder.name,
                name=holder.name,
                role=role,
                gender=gender_of_name(holder.name),
            )
        return Mention(start, e, MentionKind.GROUP, text, country, role=role)
    if country:
        return Mention(start, e, MentionKind.GROUP, text, country, role=role)
    # "the minister": the latest person before whose title has that word, a subject first ("Minister of
    # Foreign Affairs Margus Tsahkna said ...", not "... endorse Dutch Prime Minister Mark Rutte")
    head = fold(doc[e - 1].text)
    qualified = e - s > 1 and role != "other"  # ("the prime minister" is no deputy foreign minister)
    previous = [
        m
        for m in earlier
        if m.kind is MentionKind.PERSON
        and m.end <= s
        and m.title
        and ((head in m.title.split() and not qualified) or m.role == role)
    ]
    subjects = [m for m in previous if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    speaking = [m for m in subjects if doc[m.end - 1].head.lemma_.lower() in _SPEAKING]
    if not previous and role in STATE_ROLES and doc[e - 1].text[:1].isupper():
        # "The Prime Minister said the Government fully supports ...", in a home outlet that never names its
        # own prime minister: the holder of the post in the state whose office holder the article named first
        home = _home_state(earlier, gaz, ref_date)
        holder = reference.holder_of(home, role, ref_date) if home else None
        if holder is not None:
            return Mention(
                start,
                e,
                MentionKind.PERSON,
                text,
                home,
                person=holder.name,
                name=holder.name,
                role=role,
                gender=gender_of_name(holder.name),
            )
    for m in reversed(speaking or subjects or previous):
        return Mention(
            start,
            e,
            MentionKind.PERSON,
            text,
            m.country,
            person=m.person,
            name=m.name,
            role=m.role,
            party=m.party,
            title=m.title,
            gender=m.gender,
        )
    return None


_SPEAKING = frozenset({"say", "tell", "announce", "confirm", "state", "add", "write", "post", "insist"})


def folded_text(doc: Doc, start: int, end: int) -> str:
    return fold(doc[start:end].text)


_FORMER = frozenset({"former", "ex", "ex-", "previous", "erstwhile"})


# --- gender, for pronouns -------------------------------------------------------------------------------------
_HONORIFICS = {
    "mr": "male",
    "mr.": "male",
    "sir": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "madam": "female",
    "mme": "female",
    "dame": "female",
}
# every honorific, with those that tell no gender ("Ms Albornoz", "Dr Okonjo-Iweala"): not part of a name
HONORIFIC_WORDS = frozenset(_HONORIFICS) | {"dr", "dr.", "prof", "prof."}
_GENDERED_NOUNS = {
    "spokeswoman": "female",
    "spokesman": "male",
    "chairwoman": "female",
    "chairman": "male",
    "businesswoman": "female",
    "businessman": "male",
    "congresswoman": "female",
    "congressman": "male",
    "stateswoman": "female",
    "statesman": "male",
}


@cache
def _party_names() -> frozenset[str]:
    raw = json.loads((Path(__file__).parent.parent / "data" / "lexicon" / "parties.json").read_text("utf-8"))
    return frozenset(fold(name) for name in raw["names"])


@cache
def _given_names() -> tuple[dict[str, str], dict[str, str]]:
    raw = json.loads((Path(__file__).parent.parent / "data" / "lexicon" / "given_names.json").read_text("utf-8"))
    names = {fold(n): "female" for n in raw["female"]} | {fold(n): "male" for n in raw["male"]}
    return names, {fold(k): v for k, v in raw.get("people", {}).items()}


def gender_of_name(name: str) -> str | None:
    """ "female" or "male" from a full name's given name ("Ngozi Okonjo-Iweala"), where the lexicon knows it."""
    names, people = _given_names()
    folded = fold(name)
    if folded in people:
        return people[folded]
    first = folded.split()[0] if folded.split() else ""
    return names.get(first) if len(folded.split()) > 1 else None


def _gender_cue(doc: Doc, start: int, end: int) -> str | None:
    """What the text itself says: an honorific before the name ("Ms Ilves-Koppel"), or a gendered noun in
    apposition ("ministry spokeswoman Inês Pinto", "a spokeswoman, Inês Pinto", "Pinto, a spokeswoman for")."""
    if start > 0 and (g := _HONORIFICS.get(doc[start - 1].lower_)):
        return g
    before = [start - 1, start - 2] if start > 1 and doc[start - 1].text == "," else [start - 1]
    after = (
        [end + 2, end + 3]
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an", "the")
        else []
    )
    for k in (*before, *after):
        if 0 <= k < len(doc) and (g := _GENDERED_NOUNS.get(doc[k].lower_)) is not None:
            return g
    return None


_PORTFOLIOS = frozenset(
    {"foreign", "defence", "defense", "finance", "trade", "economy", "economic", "presidential", "federal"}
    | {"environment", "agriculture", "transport", "energy", "interior", "fisheries", "infrastructure", "health"}
)


def _past_portfolio(doc: Doc, i: int) -> int:
    """The token after "foreign" in "Bolivia's foreign ministry" (a portfolio before a group noun), else ``i``."""
    j = i
    while j < len(doc) and j - i < 2 and doc[j].lower_ in _PORTFOLIOS:
        j += 1
    return j if j < len(doc) and doc[j].lower_ in GROUP_NOUNS else i


def _named_in_full(doc: Doc, surname: str) -> bool:
    """Whether the text names someone of this surname with a given name ("Manfred Weber"), so that "Mr Weber" is him,
    not a known person one letter away (De Wever)."""
    return any(
        t.text == surname
        and t.i > 0
        and doc[t.i - 1].pos_ == "PROPN"
        and doc[t.i - 1].is_title
        and doc[t.i - 1].lower_ not in HONORIFIC_WORDS
        for t in doc
    )


def _without_origin(ent: Span) -> Span:
    """A name with the state it comes from, which NER took for one organisation ("Vesna Marković-Horvat of Croatia"):
    the words before "of", if there are two or more and capitalised words follow."""
    for k in range(2, len(ent) - 1):
        if ent[k].lower_ == "of" and all(t.text[:1].isupper() for t in ent[k + 1 :]):
            return Span(ent.doc, ent.start, ent.start + k, label=ent.label)
    return ent


def _person_by_its_form(ent: Span) -> bool:
    """A name NER gave another label ("Ms Albornoz", "Inés Albornoz Techera" tagged ORG): an honorific in front,
    or a known given name followed by capitalised words that name no organisation."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC") or len(ent) < 2:
        return False
    words = [t for t in ent if t.text != "-"]
    if not all(t.text[:1].isupper() for t in words) or any(fold(t.text) in _ORGANISATION_WORDS for t in words):
        return False
    first = ent[0].lower_
    if first in HONORIFIC_WORDS:
        return True
    doc = ent.doc
    if (
        ent.start >= 2
        and doc[ent.start - 1].text in ("'s", "’s")
        and doc[ent.start - 2].ent_type_ == "GPE"
        and 2 <= len(words) <= 3
        and ent.label_ == "ORG"
    ):
        return True  # "India's Shashi Tharoor": a state's person, whatever NER made of the name
    if len(words) <= 4 and any(
        c.dep_ == "appos" and c.lemma_.lower() in _PERSON_DESCRIPTIONS and c.i > ent.end for c in ent.root.children
    ):
        return True  # "Davide Fornasari, the Italian candidate", "Ledia Hoxhallari, the former minister"
    return fold(ent[0].text) in _given_names()[0] and len(words) <= 4


# the nouns of an appositive that describes a person
_PERSON_DESCRIPTIONS = frozenset(
    "candidate contender nominee hopeful minister diplomat ambassador envoy president premier chancellor "
    "spokesman spokeswoman spokesperson economist official director chief commissioner secretary deputy "
    "lawmaker senator politician seismologist engineer lawyer professor".split()
)


_ORGANISATION_WORDS = frozenset(
    "river sea commission council union organisation organization ministry bank party group assembly parliament "
    "government agency office committee fund court summit alliance foundation institute university".split()
)
