"""Noun phrases and clauses the holder and target rules read: a phrase without its clauses, the antecedent of
a relative word, a count of members, "one of the allies", the states listed after "including", and a name the
mention finder missed (``adhoc_person``), with the word lists they use. Used by ``holders.py`` and ``targets.py``."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .attribution import MentionIndex
from .dates import MONTHS, WEEKDAYS
from .mentions import HONORIFIC_WORDS, NOT_A_NAME_ALONE, Mention, MentionKind, doc_text

_NOT_PEOPLE = frozenset(
    "council union organization organisation commission ministry bank party group assembly parliament government "
    "agency office committee fund court summit alliance nato un eu wto unesco who imf secretariat secretary "
    "general director president minister chair chairman chairwoman head prime chancellor commissioner ambassador "
    "representative high post job race body works authority affairs transport development institute centre center "
    "forum programme program vice deputy facebook twitter instagram telegram tiktok youtube linkedin bluesky "
    "whatsapp ally allies member members states nations countries capitals delegations governments "
    "spitzenkandidat".split()
)


_ALLY_NOUNS = frozenset({"ally", "member", "country", "state", "government", "capital", "nation", "one"})
_COUNTED_PEOPLE = frozenset({"leader", "negotiator", "minister", "premier", "head"})


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
_ENDS_SENTENCE = re.compile(r"[.!?\"”’'):;…]\s*$")  # text that ends a sentence


def _phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase without the clauses hung on it: "a candidate for the post, a race in which
    Argentina put forward Grossi" names no candidate of its own."""
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return sorted(out, key=lambda t: t.i)


def _antecedent(relative: Token, index: MentionIndex) -> Mention | None:
    """The person a relative word ("whose", "who") refers to: the noun its clause hangs from, or the name in
    apposition to that noun."""
    clause = relative.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return None
    head = clause.head
    # ("Irina Bokova, the UNESCO director-general whom Bulgaria nominated": the name the noun is in apposition to)
    up = [head.head] if head.dep_ == "appos" else []
    for t in (head, *(c for c in head.children if c.dep_ == "appos"), *up):
        m = index.at(t)
        if m is not None and m.kind is MentionKind.PERSON:
            return m
    return None


_QUANTIFIERS = frozenset({"most", "many", "several", "some", "few", "all", "both", "other"})


def _counted(noun: Token) -> bool:
    """ "four of the seven members", "most allies", "several countries": a number of them, none named."""
    if any(c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in _QUANTIFIERS) for c in noun.children):
        return True
    return noun.head.lower_ == "of" and (noun.head.head.like_num or noun.head.head.lower_ in _QUANTIFIERS)


_PAIR_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_PAIRED_PEOPLE = _COUNTED_PEOPLE | {"man", "woman", "president"}


def pair_count(noun: Token) -> int:
    """How many the noun of a pair anaphor counts ("both governments" 2, "the four governments" 4)."""
    return next((_PAIR_COUNTS[c.lower_] for c in noun.children if c.lower_ in _PAIR_COUNTS), 2)


def pair_anaphor(noun: Token, people: bool = False) -> bool:
    """ "Both governments", "the two capitals": the two states named just before, not a count of members; with
    ``people``, "both leaders", "the two men": the two people named just before."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in (_PAIRED_PEOPLE if people else _ALLY_NOUNS)
        and noun.head.lower_ != "of"
        # (not "the two Pacific members, Chile and Peru", "the two non-EU members": named or described)
        and all(c.dep_ in ("det", "predet", "preconj", "nummod") for c in noun.children if c.i < noun.i)
        and not any(c.dep_ == "appos" for c in noun.children)
        and (
            any(c.lower_ == "both" for c in noun.children)
            or (
                # ("the four governments": the four named before, when the line before names four)
                any(c.dep_ == "nummod" and c.lower_ in _PAIR_COUNTS for c in noun.children)
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
            )
        )
    )


def noun_lemma(t: Token) -> str:
    """The lemma of a common noun, also when capitalised and tagged as a name ("among the Allies that backed him",
    as NATO's own texts write it)."""
    if t.pos_ != "PROPN" or t.is_upper:
        return t.lemma_.lower()
    low = t.lower_
    return low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low


def _subject_of_one_of(tok: Token, relative: bool = False) -> Token | None:
    """ "Estonia became one of the latest allies to endorse Rutte": an infinitive describing the allies takes
    the subject of the clause that counts the holder among them; so does a relative clause ("is among the allies
    that have endorsed him") when ``relative``."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ not in ("relcl", "acl") or not (infinitive or tok.tag_ == "VBG" or relative):
        return None  # (also a participle: "one of the last allies standing in the way of Rutte")
    t = tok.head
    # ("he was one of the six leaders who agreed ..."; "were among the first to back him": the first allies)
    if noun_lemma(t) not in _ALLY_NOUNS | _COUNTED_PEOPLE and not (
        t.lower_ in ("first", "last", "latest", "earliest") and t.dep_ in ("pobj", "attr")
    ):
        return None
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "attr", "nummod") or t.head.i == t.i:
            break
        if t.dep_ == "prep" and not (t.lower_ == "among" or (t.lower_ == "of" and t.head.lower_ == "one")):
            return None  # "with four of the seven members backing her": a count, not "one of the allies"
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return next((c for c in t.children if c.dep_ == "nsubj"), None)
    return None


def _listed_after(noun: Token, index: MentionIndex) -> list[Mention]:
    """ "the support of the big allies, among them the United States and Germany": the states listed after
    "among them", "including" or "such as", up to the next verb."""
    doc = noun.doc
    inner = next((t for t in noun.subtree if t.lower_ == "including" and t.dep_ == "prep"), None)
    if inner is not None:  # "29 of NATO's 32 members, including the United States, Britain, ...", parsed inside
        return [m for t in inner.subtree if (m := index.at(t)) is not None and m.kind is not MentionKind.PERSON]
    k = noun.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    words = " ".join(t.lower_ for t in doc[k : k + 2])
    if not (words.startswith("among them") or words.startswith("including") or words.startswith("such as")):
        return []
    out: list[Mention] = []
    for t in doc[k : noun.sent.end]:
        if t.pos_ == "VERB":
            break
        m = index.at(t)
        if m is not None and m.kind is not MentionKind.PERSON and m not in out:
            out.append(m)
    return out


# "the Dutch diplomat", "the Nigerian economist": a candidate called by nationality and calling
_CANDIDATE_WORDS = frozenset(
    {
        "candidate",
        "politician",
        "nominee",
        "contender",
        "diplomat",
        "premier",
        "leader",
        "economist",
        "lawyer",
        "banker",
        "technocrat",
        "scientist",
        "academic",
        "jurist",
        "veteran",
        "socialist",
        "conservative",
        "liberal",
        "centrist",
        "statesman",
        "stateswoman",
        "negotiator",
        "engineer",
    }
)
# participles that work as adjectives before a name ("behind outgoing Dutch Prime Minister Mark Rutte"), which
# the tagger may take for verbs
_ATTRIBUTIVE_PARTICIPLES = frozenset({"outgoing", "incoming", "acting", "sitting", "serving", "retiring", "departing"})
_GOVERNMENT_NOUNS = frozenset({"country", "government", "cabinet", "administration", "state", "nation"})
_NOT_PERSON_ENTS = frozenset(
    {
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "CARDINAL",
        "ORDINAL",
        "QUANTITY",
        "LAW",
        "LOC",
        "FAC",
        "NORP",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LANGUAGE",
    }
)


def adhoc_person(tok: Token, index: MentionIndex) -> Mention | None:
    """A name the reference data does not know and NER mislabels ("Maret Ilves-Koppel", tagged ORG) as the
    object or subject of a stance: a run of capitalised proper nouns, hyphens included, that names no
    organisation. Its country comes from a possessive or demonym in front ("Estonia's Maret Ilves-Koppel")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or index.at(tok) is not None:
        return None
    if tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN":
        return None  # part of a longer name: the phrase's head decides

    doc = tok.doc
    start = tok.i
    while start > tok.sent.start:
        if doc[start - 1].lower_ in HONORIFIC_WORDS:
            break  # "Ms Albornoz": the name, without the honorific
        prev = doc[start - 1]
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.head.i == tok.i:
            start -= 1
        elif prev.text == "-" and not prev.whitespace_ and start - 2 >= tok.sent.start:
            first = doc[start - 2]
            if first.pos_ == "PROPN" or (first.is_alpha and first.is_title and not first.whitespace_):
                start -= 2  # "Ilves-Koppel", whatever the tagger makes of "Ilves" at the start of a sentence
            else:
                break
        else:
            break
    span = doc[start : tok.i + 1]
    inside = [m for t in span if (m := index.at(t)) is not None]
    if any(m.kind is not MentionKind.PERSON for m in inside) or any(t.lower_ in _NOT_PEOPLE for t in span):
        return None
    if len(span.text) < 4 or span.text.isupper() or any(t.ent_type_ in _NOT_PERSON_ENTS for t in span):
        return None
    if len(span) == 1 and tok.ent_type_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"):
        return None  # "objected to her candidacy in Geneva": a place
    if len(span) == 1 and tok.lower_ in NOT_A_NAME_ALONE:
        return None  # "her Labour predecessor", "a Socialist": a party, not a name
    if any(t.text in MONTHS or t.text in WEEKDAYS for t in span):
        return None
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # "a candidate from the lower Danube": a place; names of people take no article
    country = None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in ("'s", "’s") and start >= 2 and (m := index.at(doc[start - 2])):
        country = m.country if m.kind is not MentionKind.PERSON else None
    elif before is not None and (m := index.at(before)) is not None and m.kind is not MentionKind.PERSON:
        country = m.country  # a demonym or country used as an adjective: "the Dane", "Austrian Petra ..."
    return Mention(span.start, span.end, MentionKind.PERSON, span.text, country, person=span.text, name=span.text)


def clause_of(tok: Token) -> Token:
    """The verb of the clause a token is in: the nearest one up the tree with a subject of its own (else the
    root)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return t


def _target_name(m: Mention) -> str:
    return m.person or m.name or m.text


def _strip_span(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    if text.lstrip().startswith(","):
        # ", Oct 29 — The United States said ...": the splitter cut a dateline's city off; the evidence keeps it
        whole = doc_text(sent.doc)
        line = whole.rfind("\n", 0, start) + 1
        if re.fullmatch(r"[A-Z][A-Z.'’ -]{1,40}", whole[line:start].strip()):
            start = line
    return start, end
