"""Attribution: who says each sentence.

Three ways a sentence gets its speaker:
- a speech verb with a subject ("Tsahkna said ... that Estonia ..."): the speaker of what the verb governs;
- a direct quote with its attribution ("...," the minister said), which also covers quoted sentences before or
  after the attribution, however the quote marks fall;
- an embedded social-media post: a line "— Kaja Kallas (@kajakallas) April 2, 2024" signs the post text next to
  it, and dates it.
``find_attributions`` computes these for a Doc and returns plain records; nothing is written to the Doc here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from .dates import DateMention, find_dates, statement_dates
from .mentions import BLOC, Mention, MentionKind, doc_text

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_SPEAKER = frozenset({"i", "me", "my", "we", "us", "our"})
PRONOUNS_GROUP = frozenset({"it", "its", "they", "them", "their"})
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}


def is_person_pronoun(token: Token) -> bool:
    """he/she/him/her/his, and not the end of a name spelt like one ("Yoo Myung-he")."""
    if token.lower_ not in PRONOUNS_PERSON or token.pos_ == "PROPN":
        return False
    doc = token.doc
    return not (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)


def fits_pronoun(mention: Mention, pronoun: Token) -> bool:
    """A person the pronoun can stand for: "she" not for a man the text or the given name marks as one."""
    wanted = _PRONOUN_GENDER.get(pronoun.lower_)
    return wanted is None or mention.gender is None or mention.gender == wanted


class SpeakerKind(StrEnum):
    QUOTE = "quote"
    POST = "post"


@dataclass(frozen=True, slots=True)
class Speaker:
    mentions: tuple[Mention, ...]
    kind: SpeakerKind
    date: DateMention | None = None  # the date of a post, or of the attributing sentence
    unit: tuple[int, int] | None = None  # character range of the quote or post the sentence belongs to


class MentionIndex:
    """Mentions by token, with the lookups attribution and stance detection share."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def people_before(self, index: int) -> list[Mention]:
        return [m for m in self.mentions if m.kind is MentionKind.PERSON and m.end <= index]


def conjuncts(token: Token) -> list[Token]:
    """A token and everything coordinated with it ("Kallas, Karinš, and Iohannis")."""
    out = [token]
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if _excepted_conjunct(t, child):
                continue  # "every ally but Romania and Hungary": the exceptions are not among them
            if child.dep_ == "conj" and child not in out and not verb_in_front(child) and not noun_as_verb(child):
                out.append(child)
                stack.append(child)
            elif child.dep_ == "appos" and child.pos_ == "NOUN":
                # "either Mark Rutte, the outgoing Dutch prime minister, or Klaus Iohannis", parsed with the second
                # name joined to the first one's description
                for g in child.children:
                    if g.dep_ == "conj" and g.pos_ == "PROPN" and g not in out and not verb_in_front(g):
                        out.append(g)
                        stack.append(g)
    return out


def _excepted_conjunct(head: Token, conj: Token) -> bool:
    """A conjunct after "but" joined to a noun that counts every member ("every ally but Romania")."""
    return (
        conj.dep_ == "conj"
        and head.pos_ == "NOUN"
        and any(c.lower_ in ("every", "all", "each", "any") for c in head.children)
        and any(c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conj.i for c in head.children)
    )


def noun_as_verb(tok: Token) -> bool:
    """ "could not support Okonjo-Iweala and backing Yoo instead", parsed with "backing" as a noun joined to
    "Okonjo-Iweala" but with an object of its own: a second clause, not a second object."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "NOUN"
        and tok.lower_.endswith(("ing", "ed"))
        and tok.i > 0
        and tok.nbor(-1).lower_ == "and"
        and any(c.dep_ == "dobj" for c in tok.children)
    )


def verb_as_compound(tok: Token) -> Token | None:
    """ "Poland, Hungary and Ukraine support Rutte", parsed as one noun phrase with "support" a compound of "Rutte":
    the name the verb governs, for a word in the singular between a proper noun and a name it modifies."""
    if tok.dep_ != "compound" or tok.tag_ not in ("NN", "VB", "VBP") or tok.i == 0 or not tok.is_lower:
        return None
    head, before = tok.head, tok.doc[tok.i - 1]
    if (
        head.i <= tok.i
        or head.pos_ != "PROPN"
        or any(t.pos_ != "PROPN" and t.text != "-" for t in tok.doc[tok.i + 1 : head.i + 1])
    ):
        return None
    return head if before.pos_ == "PROPN" and tok.sent.start < before.i + 1 else None


def verb_in_front(noun: Token) -> bool:
    """ "could not support Okonjo-Iweala and backed Yoo" ("and backing Yoo", "and preferred South Korea's trade
    minister"), parsed with the verb as an adjective or a compound at the front of a conjoined noun phrase: a second
    clause, not a second object."""
    first = noun.left_edge
    if (
        noun.dep_ != "conj"
        or first.i == noun.i
        or first.i == 0
        or first.dep_ not in ("amod", "compound")
        or not (first.tag_ in ("VBD", "VBN", "VBG") or first.lower_.endswith(("ed", "ing")))
        or first.nbor(-1).lower_ != "and"
    ):
        return False
    head = first.head
    # (through a possessive: "and preferred South Korea's trade minister"; not "and retired navy commodore X")
    while head.i != noun.i and head.dep_ == "poss" and head.head.i != head.i:
        head = head.head
    return head.i == noun.i


def fronted_noun(tok: Token) -> Token | None:
    """The conjoined noun phrase whose front is ``tok``, a verb parsed as an adjective (see ``verb_in_front``)."""
    if tok.dep_ not in ("amod", "compound"):
        return None
    noun = tok.head
    while noun.dep_ == "poss" and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.left_edge.i == tok.i and verb_in_front(noun) else None


def verb_of_timed_infinitive(verb: Token) -> Token | None:
    """ "had refused for months to endorse Rutte", with the infinitive hung as a relative clause on "months": the
    verb the time phrase belongs to."""
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.ent_type_ in ("DATE", "TIME")
        and verb.head.dep_ == "pobj"
        and verb.head.head.head.pos_ in ("VERB", "AUX")
    ):
        return verb.head.head.head
    return None


def speech_verb_above(tok: Token, speech: frozenset[str], depth: int) -> Token | None:
    """The nearest speech verb above the token (not the token itself), within ``depth`` steps up the tree."""
    t = tok
    for _ in range(depth):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in speech:
            return t
    return None


def subject_of(token: Token) -> Token | None:
    """The subject of a verb, climbing through auxiliaries, xcomp and conjoined verbs."""
    t: Token | None = token
    for _ in range(6):
        if t is None:
            return None
        if (
            t.dep_ == "conj"
            and t.head.dep_ == "parataxis"
            and t.head.lemma_.lower() in _SPEECH_HINT
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            # "He backed Costa, diplomats said, and abstained on Kallas": the verb joined to the inserted "said"
            # belongs to the clause the insertion interrupts
            t = t.head.head
            continue
        subjects = [
            c
            for c in t.children
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not (c.lower_ == "that" and c.tag_ == "IN")
        ]  # (a conjunction "that" taken for a subject is none; a relative "that" is the antecedent's)
        if not subjects:
            # "told the committee that Chile was prepared to ...": a subject the parser hung under the auxiliary
            # (taking "that" for the subject)
            subjects = [g for c in t.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "nsubj"]
        if not subjects and t.pos_ == "VERB" and t.dep_ == "conj":
            # "... and Italy's Giorgia Meloni abstaining": a name the parser hung as a compound of the verb
            # joined after another is that verb's own subject
            subjects = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i]
        if subjects:
            # two subjects ('Spokesman X: "Nigeria stood by her"'): the one nearest the verb, after the label
            return max((c for c in subjects if c.i < t.i), key=lambda c: c.i, default=subjects[0])
        if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.head.dep_ == "ROOT" and t.head.pos_ == "PROPN":
            # "Turkey, which had grievances ..., set aside its reservations": the sentence's verb, hung under
            # its subject as if a participle
            return t.head
        climbs = t.dep_ in ("xcomp", "acomp", "conj", "aux", "auxpass", "prep", "pcomp", "dobj", "attr", "amod")
        participle = t.dep_ == "advcl" and (
            t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in t.children)
        )  # "Turkey took its time, declaring for Rutte"; "..., having spent weeks blocking Weber"
        # "Orbán voted against X, abstained on Y and supported Z": a list of verbs the parser hung as a clause
        # (the tagger may take the second for a participle: "abstained" as VBN, after a comma)
        listed = (
            t.dep_ == "advcl"
            and (t.tag_ == "VBD" or (t.tag_ == "VBN" and t.i > t.head.i and t.nbor(-1).text == ","))
            and not any(c.dep_ in ("mark", "agent", "auxpass") for c in t.children)
        )
        # "it agreed in June to back him": an infinitive the parser hung as an adverbial clause
        infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "for" and t.head.head.i != t.head.i:
            # "Poland thanked Hungary for lifting its veto": the one thanked did it
            thanked = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
            if thanked is not None:
                return thanked
        if (verb := verb_of_timed_infinitive(t)) is not None:
            t = verb  # "Budapest had refused for months to endorse Rutte"
            continue
        if (climbs or participle or infinitive or listed) and t.head.i != t.i:
            t = t.head
        else:
            return None
    return None


SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPEAKING_FOR = SPOKESPEOPLE | frozenset(
    {
        "government",
        "cabinet",
        "administration",
        "ministry",
        "office",
        "council",  # "Romania's defence council backs Rutte"
        "presidency",
        "delegation",
        "mission",
        "embassy",
        "chancellery",
    }
)
_STATE_NOUNS = frozenset({"holdout", "hold-out", "ally", "member", "country", "state", "capital", "nation"})
_PLURAL_SPEAKERS = frozenset({"leader", "government", "president", "minister", "ambassador", "delegation", "capital"})
_EXCEPT = frozenset({"except", "but", "besides", "excluding", "apart", "other", "unlike", "without"})


def mentions_for(token: Token, index: MentionIndex) -> list[Mention]:
    """The mentions a subject token stands for, with its conjuncts. A name with a title in front ("Latvia's
    Minister of Foreign Affairs Krišjanis Karinš") is found inside its phrase; a common noun ("every ally
    except Hungary") is not a member, whatever it governs."""
    found: list[Mention] = []
    for t in conjuncts(token):
        m = index.at(t)
        # ("The Governments of Estonia, Latvia and Lithuania", capitalised: the plural, as below)
        plural_speakers = t.tag_ in ("NNS", "NNPS") and t.lemma_.lower().rstrip("s") in _PLURAL_SPEAKERS
        if m is None and t.pos_ == "PROPN" and not plural_speakers:
            inner = [
                x for x in t.subtree if index.at(x) is not None and x.dep_ != "conj" and not _under_exception(x, t)
            ]
            people = [index.at(x) for x in inner if index.at(x).kind is MentionKind.PERSON]  # type: ignore[union-attr]
            m = people[-1] if people else (index.at(inner[-1]) if inner else None)
        if m is None and t.pos_ == "NOUN" and t.tag_ == "NN":
            # "Spain's prime minister, Pedro Sánchez, put ...": the person named in apposition; "The third
            # holdout, Romania, supports ...": the state
            m = next(
                (
                    x
                    for c in t.children
                    if c.dep_ == "appos"
                    and (x := index.at(c)) is not None
                    and (x.kind is MentionKind.PERSON or (t.lemma_.lower() in _STATE_NOUNS and x.country))
                ),
                None,
            )
        if m is None and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("every", "all") for c in t.children):
            # "Every other leader, including Germany's Olaf Scholz, voted for all three": the one named
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "including":
                    found.extend(
                        x
                        for c in p.children
                        if c.dep_ == "pobj"
                        for x in mentions_for(c, index)
                        if x not in found and (x.kind is not MentionKind.PERSON or x.country)
                    )
        if m is None and plural_speakers:
            # "The leaders of Poland, Hungary, the Czech Republic and Slovakia spurned Timmermans": those states
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    found.extend(
                        x
                        for o in p.children
                        if o.dep_ == "pobj"
                        for x in mentions_for(o, index)
                        # (not "the leaders of the European Union": the body, not its members one by one)
                        if x not in found and x.kind is not MentionKind.PERSON and x.role != BLOC
                    )
        if m is None and t.pos_ == "NOUN" and t.tag_ == "NNS":
            # "The two Pacific members, Chile and Peru, are backing ...": the states in apposition
            for c in t.children:
                if c.dep_ == "appos":
                    found.extend(
                        x for x in mentions_for(c, index) if x not in found and x.kind is not MentionKind.PERSON
                    )
        if m is None and t.lemma_.lower() in _SPEAKING_FOR:
            # "Orbán's government said it ...", "Erdoğan's office", "Hungary's foreign ministry": whose it is
            m = next((x for c in t.children if c.dep_ == "poss" and (x := index.at(c)) is not None), None)
            if m is None:  # "the administration of former President Donald Trump", "the government in Seoul"
                m = next(
                    (
                        x
                        for p in t.children
                        if p.dep_ == "prep"
                        and (
                            p.lower_ == "of"
                            or (p.lower_ == "in" and t.lemma_.lower() != "office")
                            # "a spokeswoman for President Klaus Iohannis"
                            or (p.lower_ == "for" and t.lemma_.lower() in SPOKESPEOPLE)
                        )
                        for c in p.children
                        if c.dep_ == "pobj" and (x := index.at(c)) is not None and x.country
                    ),
                    None,
                )
        if m is None and t.pos_ == "NOUN":
            # "the Visegrad Four group of central European countries": the group named in front of its noun
            m = next(
                (
                    x
                    for c in t.children
                    if c.dep_ == "compound" and (x := index.at(c)) is not None and x.kind is MentionKind.GROUP
                ),
                None,
            )
        if (
            m is None
            and t.lemma_.lower() == "member"
            and t.tag_ == "NNS"
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)
        ):
            # "The Visegrád group made clear that its members would not accept Timmermans": the group's members
            m = next(
                (x for x in reversed(index.mentions) if x.end <= t.i and x.members and x.start >= t.sent.start),
                None,
            )
        if m is not None and m not in found:
            found.append(m)
    if found and token.dep_ in ("nsubj", "nsubjpass"):
        # "Warsaw, Budapest, Prague and Bratislava, joined by Rome, refused ...", "..., together with Italy,
        # refused", and, hung from the verb, "Britain and the United States endorsed Rutte in February, along with
        # France and Germany": those joining them too
        joiners: list[Token] = []
        for c in token.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "join" and c.tag_ == "VBN":
                joiners.extend(a for a in c.children if a.dep_ in ("agent", "prep"))
            elif c.dep_ == "prep" and c.lower_ == "with" and any(a.lower_ in ("together", "along") for a in c.children):
                joiners.append(c)
        if token.head.i != token.i:
            joiners.extend(
                w
                for c in token.head.children
                if c.dep_ == "prep" and c.lower_ in ("along", "together")
                for w in c.children
                if w.dep_ == "prep" and w.lower_ == "with"
            )
        found.extend(
            x
            for a in joiners
            for o in a.children
            if o.dep_ == "pobj"
            for x in mentions_for(o, index)
            if x not in found and (x.kind is not MentionKind.PERSON or x.country)
        )
    if (
        len(found) == 1
        and found[0].kind is MentionKind.PERSON
        and found[0].country
        and token.dep_ in ("nsubj", "nsubjpass")
    ):
        # "Angela Merkel, Emmanuel Macron, Pedro Sánchez and Mark Rutte agreed ...", parsed with the second name
        # in apposition to the first and the rest joined to it: a list of leaders, not a description
        for c in token.children:
            if (
                c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and (x := index.at(c)) is not None
                and x.kind is MentionKind.PERSON
            ):
                found.extend(m for m in mentions_for(c, index) if m.kind is MentionKind.PERSON and m not in found)
    if len(found) == 1 and found[0].kind is MentionKind.COUNTRY:
        # "The United States, the UK, France and Germany backed ...", parsed with the second state in apposition
        # to the first and the rest joined to it: a list of states (a second name with no others joined to it,
        # "Türkiye, Turkey", is the same state)
        for c in token.children:
            if (
                c.dep_ == "appos"
                and (x := index.at(c)) is not None
                and x.kind is MentionKind.COUNTRY
                and any(g.dep_ == "conj" and (y := index.at(g)) is not None and y.country for g in c.children)
            ):
                found.extend(m for m in mentions_for(c, index) if m.kind is not MentionKind.PERSON and m not in found)
    if len(found) > 1 and all(x.kind is MentionKind.COUNTRY for x in found):
        # "United States, Britain, France, Germany: backed ...": a list with no "and", its last item parsed as an
        # apposition of the first
        for t in conjuncts(token):
            found.extend(
                x
                for c in t.children
                if c.dep_ == "appos"
                and c.i > t.i
                and (x := index.at(c)) is not None
                and x.kind is MentionKind.COUNTRY
                and x not in found
            )
    return found


def _under_exception(token: Token, top: Token) -> bool:
    t = token
    while t.i != top.i and t.head.i != t.i:
        if t.lower_ in _EXCEPT:
            return True
        t = t.head
    return False


def resolve_pronoun(
    token: Token,
    index: MentionIndex,
    *,
    exclude: Mention | None = None,
    outside: tuple[int, int] | None = None,
    speakers_first: bool = False,
) -> Mention | None:
    """he/she/him/his: the latest person mentioned before (a subject first), other than ``exclude`` and not
    inside the character range ``outside`` (the quote a "he said" attributes). With ``speakers_first``, the
    latest person who was the subject of a speech verb wins ("..., he said" after a quote)."""
    if not is_person_pronoun(token):
        return None
    doc = index.doc
    candidates = [
        m
        for m in index.people_before(token.i)
        if (exclude is None or m.person != exclude.person)
        and (outside is None or not outside[0] <= doc[m.start].idx < outside[1])
        and fits_pronoun(m, token)
    ]
    if not candidates:
        return None
    if speakers_first:
        speaking = [
            m
            for m in candidates
            if doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.lemma_.lower() in _SPEECH_HINT
        ]
        if speaking:
            return speaking[-1]
    if token.lower_ in ("he", "she"):
        near = previous_line_start(doc, token.sent.start_char)
        subjects = [
            m
            for m in candidates
            if doc[m.start].idx >= near
            and (
                doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                # "the Italian prime minister Giorgia Meloni did not ..., she abstained": a name in apposition
                or (doc[m.end - 1].dep_ == "appos" and doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass"))
            )
        ]
        same = [m for m in subjects if m.start >= token.sent.start]
        # else a person named earlier in the pronoun's own sentence and not the object of a verb ("Later on Monday,
        # India's Shashi Tharoor, ..., announced that he ...", parsed with no subject)
        own = [
            m
            for m in candidates
            if m.start >= token.sent.start and doc[m.end - 1].dep_ not in ("dobj", "pobj", "dative", "attr", "oprd")
        ]
        if same or own or subjects:
            return (same or own or subjects)[-1]
    # else the latest person before: named, unless within the line before ("the minister" lines back is too
    # loose a lead, and the line filter may have left its line out)
    near = previous_line_start(doc, token.sent.start_char)
    named = [m for m in candidates if doc[m.start].idx >= near or doc[m.end - 1].pos_ == "PROPN"]
    return (named or candidates)[-1]


LOOKBACK = 1  # content lines a pronoun looks back into; the line filter (focus.py) keeps as many before a stance


def previous_line_start(doc: Doc, char: int) -> int:
    """Where the line before the one holding ``char`` starts (past blank lines): the context a pronoun or "it"
    looks back into. Lines, not a count of tokens, because the line filter keeps the line before each stance
    line, so the filtered and the unfiltered text agree on it."""
    text = doc_text(doc)
    line = text.rfind("\n", 0, char)
    found = 0
    while line > 0:
        start = text.rfind("\n", 0, line) + 1
        if text[start:line].strip():
            found += 1
            if found == LOOKBACK:
                return start
        line = start - 1
    return 0


_SPEECH_HINT = frozenset({"say", "tell", "announce", "confirm", "state", "add", "write", "post", "insist"})


# --- posts ----------------------------------------------------------------------------------------------------
_POST_LINE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n()]{2,80}?)[ \t]*\((?P<handle>@\w{1,30})\)[ \t]*(?P<date>[^\n]*)$",
    re.M,
)


def _paragraph_around(text: str, pos: int, direction: int) -> tuple[int, int] | None:
    """The non-empty line before (direction -1) or after (+1) the line at ``pos``."""
    if direction < 0:
        end = text.rfind("\n", 0, pos)
        if end <= 0 or not text[:end].strip():
            return None
        stripped_end = len(text[:end].rstrip())
        start = text.rfind("\n", 0, stripped_end) + 1
        return (start, stripped_end) if stripped_end > start else None
    start = text.find("\n", pos)
    if start < 0:
        return None
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if end > start else None


def _first_person_or_social(text: str) -> bool:
    return bool(re.match(r"^\s*(I|We|My|Our|I'm|I've|We've|We're)\b", text) or re.search(r"[@#]\w", text))


def _posts(doc: Doc, index: MentionIndex, ref: date | None) -> list[tuple[tuple[int, int], Speaker]]:
    text = doc_text(doc)
    out = []
    for m in _POST_LINE.finditer(text):
        name_span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        author = None
        if name_span is not None:
            people = [x for x in index.in_span(name_span.start, name_span.end) if x.kind is MentionKind.PERSON]
            author = people[0] if people else None
        if author is None:
            continue
        dates = find_dates(m.group("date"), ref)
        when = None
        if dates:
            d = dates[0]
            when = DateMention(m.start("date") + d.start, m.start("date") + d.end, d.text, d.date, d.precision)
        parts = []
        before = _paragraph_around(text, m.start(), -1)
        if (
            before
            and not _POST_LINE.match(text[before[0] : before[1]])
            and _first_person_or_social(text[before[0] : before[1]])
        ):
            parts.append(before)
        after = _paragraph_around(text, m.end(), +1)
        if after and _first_person_or_social(text[after[0] : after[1]]):
            parts.append(after)
        unit = (min(p[0] for p in parts), max(p[1] for p in parts)) if parts else (m.start(), m.end())
        for part in parts:
            out.append((part, Speaker((author,), SpeakerKind.POST, when, unit)))
        out.append(((m.start(), m.end()), Speaker((author,), SpeakerKind.POST, when, unit)))
    return out


# --- interviews -------------------------------------------------------------------------------------------------
_ANSWER = re.compile(r"(?m)^A:[ \t]*(.+)$")
_QUESTION = re.compile(r"(?m)^Q:")
_QUESTION_LINE = re.compile(r"(?m)^[^\n\"“”]{3,300}\?[ \t]*$")  # a question on a line of its own
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_INTERVIEW = re.compile(
    r"\b(?:interview|spoke (?:to|with)|talked (?:to|with)|sat down with|put (?:\w+ )?questions to)\b", re.I
)
_LABEL = re.compile(r"(?m)^([A-Z][^\n:]{1,60}?):[ \t]+(\S[^\n]*)$")  # "Salazar Kuhn: Because ..."


_ASKERS = frozenset({"presenter", "host", "interviewer", "anchor", "moderator", "reporter", "q"})
_NAME_LABEL = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?: [A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){0,2}")


def _named_by_label(label: str, span: Span) -> Mention | None:
    """A label that looks like a name ("Mairhofer-Kiss", "Anna Novak"): that person, known by the label alone."""
    name = label.strip()
    if not _NAME_LABEL.fullmatch(name):
        return None
    return Mention(span.start, span.end, MentionKind.PERSON, name, None, person=name, name=name)


def in_labelled_line(tok: Token) -> bool:
    """Whether the token is on a transcript's line that opens with its speaker's label ("Holmsen-Dahl: Germany
    supported him", "A: ..."): the speaker's own words, as in a quote."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    return _LABEL.match(text, start) is not None or _ANSWER.match(text, start) is not None


def _person_by_surname(doc: Doc, index: MentionIndex, label: str, at: int) -> Mention | None:
    """A transcript's surname label ("VRBA:", "Holmsen-Dahl:"): the person named before it with that surname."""
    wanted = label.strip().lower()
    if not wanted or " " in wanted:
        return None
    for m in index.mentions:
        if m.kind is MentionKind.PERSON and doc[m.start].idx < at:
            name = str(m.person or m.text).lower()
            if name.split()[-1] == wanted and name != wanted:
                return m
    return None


def _role_label(doc: Doc, index: MentionIndex, label: str, at: int) -> Mention | None:
    """A transcript's role label ("AMBASSADOR:", "Minister:"): the person named before it with that title, or
    with that word right after the name ("Annina Caduff-Wyss, Switzerland's ambassador to ...")."""
    word = label.strip().lower()
    if not word.isalpha() or word in _ASKERS:
        return None
    for m in index.mentions:
        if m.kind is not MentionKind.PERSON or doc[m.start].idx >= at:
            continue
        titled = word in str(m.title or "").lower().split() or word in str(m.role or "").lower().split()
        near = any(t.lower_ == word for t in doc[m.end : min(len(doc), m.end + 8)])
        if titled or near:
            return m
    return None


def interview_questions(text: str) -> list[re.Match[str]]:
    """The questions of an interview set out without "Q:" labels: two or more lines of their own that end in a
    question mark, after "we spoke to X" (or "interview", "sat down with"); none for any other text."""
    questions = list(_QUESTION_LINE.finditer(text))
    if len(questions) >= 2 and _INTERVIEW.search(text, 0, questions[0].start()) is not None:
        return questions
    return []


def _interview_answers(doc: Doc, index: MentionIndex) -> list[tuple[tuple[int, int], Speaker]]:
    """In a Q-and-A interview the answers are the interviewee's (the first person the introduction names
    before the first question): lines after "A:", or, in an interview set out without labels ("We spoke to
    X ..." and then questions on lines of their own), every line after a question. A line that opens with a
    person's name and a colon ("Salazar Kuhn: Because ...") is that person's, interview or not."""
    text = doc_text(doc)
    out: list[tuple[tuple[int, int], Speaker]] = []
    labelled: set[int] = set()
    for m in _LABEL.finditer(text):
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        people = [x for x in index.in_span(label.start, label.end) if x.kind is MentionKind.PERSON] if label else []
        if not people and label is not None:
            named_before = _person_by_surname(doc, index, m.group(1), m.start())
            role = named_before or _role_label(doc, index, m.group(1), m.start())  # "AMBASSADOR: ..."
            people = [role] if role is not None else []  # ("VRBA: ...", after "The guest, Tomáš Vrba, ...")
        if not people and label is not None and (named := _named_by_label(m.group(1), label)) is not None:
            people = [named]  # "Mairhofer-Kiss: ..." with a surname NER did not take for a name
        if people:
            out.append(((m.start(), m.end(2)), Speaker((people[-1],), SpeakerKind.QUOTE, None, (m.start(2), m.end(2)))))
            labelled.add(m.start())
    first_question = _QUESTION.search(text)
    questions = interview_questions(text)
    asker = any(  # (a transcript that labels its questions too labels every answer: no guessing)
        m.group(1).strip().lower() in _ASKERS for m in _LABEL.finditer(text)
    )
    unlabelled = first_question is None and not asker and bool(questions)
    start = first_question.start() if first_question is not None else questions[0].start() if unlabelled else -1
    if start < 0:
        return out
    intro = [m for m in index.mentions if m.kind is MentionKind.PERSON and doc[m.start].idx < start]
    if not intro:
        return out
    # the person the interview is with ("We spoke to Vice-Minister X"), else the first one named
    spoke = _INTERVIEW.search(text, 0, start)
    speaker = next((m for m in intro if spoke is not None and doc[m.start].idx > spoke.start()), intro[0])
    verb = doc.char_span(spoke.start(), spoke.end(), alignment_mode="expand") if spoke is not None else None
    subject = subject_of(verb[0]) if verb is not None and verb[0].pos_ in ("VERB", "AUX") else None
    if subject is not None and (named := index.at(subject)) is not None and named.kind is MentionKind.PERSON:
        speaker = named  # "Edgars Kalniņš, Latvia's deputy minister, sat down with the Ledger": the subject
    if spoke is not None and re.search(r"\b(?:she|he)\s+$", text[max(0, spoke.start() - 6) : spoke.start()], re.I):
        # "Ilze Vītoliņa has spent three years in Budapest. ... she talked to us": the one "she" is, named before
        # in that paragraph (its first person, the subject it goes on about), not whoever is named after
        line_start = text.rfind("\n", 0, spoke.start()) + 1
        before = [m for m in intro if line_start <= doc[m.start].idx < spoke.start()]
        if before:
            speaker = before[0]
    if first_question is not None:
        answers = [(m.start(1), m.end(1)) for m in _ANSWER.finditer(text)]
    else:
        asked = {q.start() for q in questions}
        answers = [  # (only answers in the first person need their speaker)
            (m.start(), m.end())
            for m in re.finditer(r"(?m)^[^\n]*\S[^\n]*$", text)
            if m.start() > start
            and m.start() not in asked
            and m.start() not in labelled
            and _FIRST_PERSON.search(m.group(0))
        ]
    return out + [((s, e), Speaker((speaker,), SpeakerKind.QUOTE, None, (s, e))) for s, e in answers]


# --- quotes ---------------------------------------------------------------------------------------------------
_OPEN = '“"«'
_CLOSE = '”"»'


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotes. Curly quotes pair by direction; straight ones in order. An unclosed
    quote runs to the end of its paragraph (news often closes a multi-paragraph quote only at its end)."""
    spans = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN and ch != "»":
            close_chars = '”"' if ch in '“"' else "»"
            j = i + 1
            while j < len(text) and text[j] not in close_chars and text[j] != "\n":
                j += 1
            if j < len(text) and text[j] in close_chars:
                spans.append((i, j + 1))
                i = j + 1
                continue
            spans.append((i, j))
            i = j
            continue
        i += 1
    return [s for s in spans if s[1] - s[0] > 12]


def subject_mentions(
    subj: Token, index: MentionIndex, *, outside: tuple[int, int] | None = None, speakers_first: bool = False
) -> list[Mention]:
    """Who a speech verb's subject names: its mentions, or the person a he/she stands for."""
    found = mentions_for(subj, index)
    if not found and subj.lower_ in PRONOUNS_PERSON:
        resolved = resolve_pronoun(subj, index, outside=outside, speakers_first=speakers_first)
        found = [resolved] if resolved else []
    return found


def _speech_subject(
    sent: Span, index: MentionIndex, speech_lemmas: frozenset[str], outside: tuple[int, int] | None
) -> tuple[list[Mention], Token] | None:
    for tok in sent:
        if tok.lemma_.lower() not in speech_lemmas or tok.pos_ not in ("VERB", "AUX"):
            continue
        if outside and outside[0] <= tok.idx < outside[1]:
            continue
        subj = subject_of(tok)
        if subj is None:
            if outside is not None and tok.idx > outside[1]:
                # '"...," Strandmark, 58, told reporters', parsed with no subject: the person named between the
                # quote's end and the verb
                between = [
                    m
                    for m in index.in_span(sent.start, tok.i)
                    if m.kind is MentionKind.PERSON and sent.doc[m.start].idx >= outside[1]
                ]
                if between:
                    return between[:1], tok
            continue
        found = subject_mentions(subj, index, outside=outside, speakers_first=True)
        if found:
            return found, tok
    return None


def _label_speaker(doc: Doc, index: MentionIndex, quote_start: int) -> Mention | None:
    """The person named in a "Name:" label right before a quote on the same line."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, quote_start) + 1
    sentence_end = text.rfind(". ", line_start, quote_start)
    if sentence_end >= 0:
        line_start = sentence_end + 2  # "... when reached by telephone. Mairhofer-Kiss: ...": the label alone
    before = text[line_start:quote_start].rstrip()
    if not before.endswith(":") or len(before) > 160:
        return None
    span = doc.char_span(line_start, line_start + len(before) - 1, alignment_mode="expand")
    if span is None:
        return None
    people = [m for m in index.in_span(span.start, span.end) if m.kind is MentionKind.PERSON]
    if not people:
        return _named_by_label(before[:-1], span)  # a surname NER did not take for a name
    return people[-1]


def find_attributions(
    doc: Doc, mentions: list[Mention], ref: date | None, speech_lemmas: frozenset[str]
) -> dict[int, Speaker]:
    """Speakers of sentences attributed by quote or post, keyed by the sentence's first token index."""
    index = MentionIndex(doc, mentions)
    sents = list(doc.sents)
    out: dict[int, Speaker] = {}
    for (start, end), speaker in _posts(doc, index, ref):
        for sent in sents:
            if start <= sent.start_char < end or sent.start_char <= start < sent.end_char:
                out.setdefault(sent.start, speaker)
    for (start, end), speaker in _interview_answers(doc, index):
        for sent in sents:
            if start <= sent.start_char < end:
                out.setdefault(sent.start, speaker)
    for qs, qe in quote_spans(doc_text(doc)):
        touched = [s for s in sents if s.start_char < qe and qs < s.end_char]
        if not touched or any(s.start in out for s in touched):
            continue
        found = None
        # the attribution sits outside the quote, in the sentence that holds the quote's end or start,
        # or in the sentence right after ("... strength." He said.)
        candidates = [touched[-1], touched[0]]
        text = doc_text(doc)
        after = [
            s
            for s in [s for s in sents if s.start_char >= qe][:1]
            # (in the same paragraph, and short: "He said." attributes; "Minister X said the government ..." is
            # a statement of its own)
            if "\n" not in text[qe : s.start_char] and len(s) <= 12
        ]
        candidates += after
        for sent in candidates:
            found = _speech_subject(sent, index, speech_lemmas, (qs, qe))
            if found:
                break
        if not found:
            # a speaker label before the quote: 'Ministry spokesman Ifeanyi Bassey-Lawal: "Nigeria stood by her"'
            label = _label_speaker(doc, index, qs)
            if label is not None:
                for sent in touched:
                    out[sent.start] = Speaker((label,), SpeakerKind.QUOTE, None, (qs, qe))
            continue
        speakers, verb = found
        when = next(iter(statement_dates(verb.sent.text, ref)), None)
        for sent in touched:
            out[sent.start] = Speaker(tuple(speakers), SpeakerKind.QUOTE, when, (qs, qe))
    return out


def previous_sentence(tok: Token) -> Span | None:
    """The sentence before the token's, if any."""
    return tok.doc[tok.sent.start - 1].sent if tok.sent.start else None


def former_or_latter(noun: Token, index: MentionIndex, people: bool) -> Mention | None:
    """ "the former", "the latter" standing alone: the first or the second of the last two people (or, with
    ``people`` false, people or states) named together ("two finalists, Okonjo-Iweala and Yoo"), in this sentence or
    the one before."""
    if noun.lower_ not in ("former", "latter") or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("compound", "amod", "prep") for c in noun.children) or noun.dep_ in ("amod", "compound"):
        return None  # ("the former prime minister": a description, not a pointer)
    start = (previous_sentence(noun) or noun.sent).start
    named: list[Mention] = []
    for m in reversed([m for m in index.mentions if m.end <= noun.i]):
        if m.start < start:
            break
        if m.end < len(noun.doc) and noun.doc[m.end].tag_ == "POS":
            continue  # ("Portugal's António Costa": the person, not the state in front)
        if (m.person if people else (m.person or m.country)) and all(m != x for x in named):
            named.append(m)
        if len(named) == 2:
            break
    if len(named) < 2:
        return None
    second, first = named
    between = noun.doc[first.end : second.start]
    if len(between) > 3 or not any(t.lower_ in ("and", "or") for t in between):
        return None  # named together: "Okonjo-Iweala and Yoo"
    return first if noun.lower_ == "former" else second
