"""whipcount's spaCy components, registered as factories.

| factory                 | requires                      | assigns                        |
|-------------------------|-------------------------------|--------------------------------|
| whipcount_sentences     | token.whitespace              | token.is_sent_start (at lines) |
| whipcount_actors        | doc.ents, token.pos, dep      | doc._.whipcount_mentions       |
| whipcount_attribution   | doc._.whipcount_mentions      | doc._.whipcount_speakers       |
| whipcount_stances       | the parse (and the above)     | doc._.whipcount_stances        |
| whipcount_claims        | the parse, the actors         | doc._.whipcount_claims         |

``whipcount_stances`` computes whatever of the actors and attribution is missing, so
``nlp.add_pipe("whipcount_stances")`` works alone in any English pipeline with a parser and NER. Each component
splits computing from writing: ``find(doc)`` returns data, ``set_annotations(doc, data)`` stores it.

The publication date and title that relative dates and offices are resolved against are read from
``doc.user_data["whipcount"]`` (set by ``whipcount.extract``); without them, dates stay relative to the latest
full date written in the text.
"""

# no "from __future__ import annotations": spaCy reads the factories' annotations at run time

import re
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..reference import Reference, load_reference
from .attribution import Speaker, find_attributions
from .claims import ClaimMention, find_claims
from .dates import infer_reference_date
from .mentions import Mention, doc_text, find_mentions
from .stances import StanceFinder, StanceMention

for _name in ("whipcount_mentions", "whipcount_speakers", "whipcount_stances", "whipcount_claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_context(doc: Doc) -> tuple[date | None, str]:
    """The reference date and title for a Doc: what ``extract`` set, else inferred from the text."""
    ctx: dict[str, Any] = doc.user_data.get("whipcount", {})
    ref = ctx.get("published")
    if ref is None:
        ref = ctx.setdefault("inferred", infer_reference_date(doc.text)) if ctx else infer_reference_date(doc.text)
    return ref, str(ctx.get("title", ""))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a wire dateline: "BRUSSELS, June 26 (Reuters) -", "Bucharest, 20 June /Agerpres/ -", "STRASBOURG, France, April 4
# -", "GENEVA (AFP) -": a place, then a date, an agency or both
_PLACE = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"
_AGENCY = r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)"
_DATELINE = (
    _PLACE
    + r"(?:,[ \t]*(?:\d{1,2}[ \t]+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?(?:[ \t]*"
    + _AGENCY
    + r")?|[ \t]*"
    + _AGENCY
    + r")[ \t]*[—–-]"
)
_LINE_LABEL = re.compile(
    r"(?m)^(?:[QA]:|\d{1,2}[:.]\d{2}\s*[—–-]|[A-Z][A-Z .]{2,30}\s*[—–-]|" + _DATELINE + r")[ \t]*(?=\S)"
)
_LINE_DATE = re.compile(
    r"(?m)^[ \t]*(?:[•*-][ \t]*)?(?P<date>(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?)"
    r"\s*[:—–-]"
)


class SentenceBoundaries:
    """Lines are sentence boundaries: a title, a post's signature line and a list item never run into the
    next line. Runs before the parser, which respects boundaries that are already set."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    @staticmethod
    def find(doc: Doc) -> list[int]:
        """Token indices that start a sentence; a negative index ``-i - 1`` marks token ``i`` as one that does
        not (inside a timeline entry's date: "22 February — ...", which the parser would split after "22")."""
        starts = []
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)) and not tok.is_space:
                starts.append(tok.i)
        # a label at the start of a line is not part of the sentence's grammar: "A: Latvia supports ...",
        # "10:42 — Hungary ...", "BRUSSELS — Hungary ..."
        text = doc_text(doc)
        for m in _LINE_LABEL.finditer(text):
            span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                starts.append(span.start)
        inside: list[int] = []
        begun = set(starts)
        for i in [0, *starts]:
            # a line's first word never stands alone as a sentence ("THE FIELD\n\nSlovenia nominated Türk ...",
            # which the parser would split after "Slovenia")
            if i + 1 < len(doc) and doc[i].is_alpha and not doc[i + 1].is_space and i + 1 not in begun:
                inside.append(-(i + 1) - 1)
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if (
                tok.i not in begun
                and not prev.is_punct
                and not prev.is_space
                and not prev.whitespace_.count("\n")
                and (tok.is_alpha or tok.is_title)
                and not prev.like_num
            ):
                # a word right after a word, with no stop between, does not start a sentence ("Sofia had earlier
                # nominated UNESCO Director-General Irina Bokova", which the parser would split after "UNESCO")
                inside.append(-tok.i - 1)
        for m in _LINE_DATE.finditer(text):
            span = doc.char_span(m.start("date"), m.end(), alignment_mode="expand")
            if span is not None:
                # (through the colon or dash and the word after it: "2 April: Estonia announced ...")
                inside.extend(-t.i - 1 for t in doc[span.start + 1 : min(span.end + 1, len(doc))] if not t.is_space)
        return sorted(set(starts)) + inside

    @staticmethod
    def set_annotations(doc: Doc, starts: list[int]) -> None:
        for i in starts:
            if i >= 0:
                doc[i].is_sent_start = True
            else:
                doc[-i - 1].is_sent_start = False


class Actors:
    def __init__(self, reference: Reference) -> None:
        self.reference = reference

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Mention]:
        ref, _ = doc_context(doc)
        return find_mentions(doc, self.reference, ref)

    @staticmethod
    def set_annotations(doc: Doc, mentions: list[Mention]) -> None:
        doc._.whipcount_mentions = mentions


class Attribution:
    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.speech = frozenset(reference.stance_lexicon["speech_verbs"])
        self.actors = Actors(reference)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> dict[int, Speaker]:
        if doc._.whipcount_mentions is None:
            self.actors(doc)
        ref, _ = doc_context(doc)
        return find_attributions(doc, doc._.whipcount_mentions, ref, self.speech)

    @staticmethod
    def set_annotations(doc: Doc, speakers: dict[int, Speaker]) -> None:
        doc._.whipcount_speakers = speakers


class Stances:
    def __init__(self, reference: Reference) -> None:
        self.finder = StanceFinder(reference)
        self.attribution = Attribution(reference)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[StanceMention]:
        if doc._.whipcount_speakers is None:
            self.attribution(doc)
        ref, title = doc_context(doc)
        return self.finder.find(doc, doc._.whipcount_mentions, doc._.whipcount_speakers, ref, title)

    @staticmethod
    def set_annotations(doc: Doc, stances: list[StanceMention]) -> None:
        doc._.whipcount_stances = stances


class Claims:
    """Aggregate claims ("every ally except Hungary backs Rutte") and announced outcomes."""

    def __init__(self, reference: Reference) -> None:
        self.finder = StanceFinder(reference)
        self.actors = Actors(reference)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[ClaimMention]:
        if doc._.whipcount_mentions is None:
            self.actors(doc)
        ref, title = doc_context(doc)
        return find_claims(doc, doc._.whipcount_mentions, self.finder, ref, title)

    @staticmethod
    def set_annotations(doc: Doc, claims: list[ClaimMention]) -> None:
        doc._.whipcount_claims = claims


@Language.factory("whipcount_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceBoundaries:
    return SentenceBoundaries()


def _reference(data: list[str]) -> Reference:
    """The bundled reference data plus any user data folders named in the component's config."""
    return load_reference(tuple(Path(d) for d in data))


@Language.factory(
    "whipcount_actors",
    default_config={"data": []},
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.whipcount_mentions"],
)
def make_actors(nlp: Language, name: str, data: list[str]) -> Actors:
    return Actors(_reference(data))


@Language.factory(
    "whipcount_attribution",
    default_config={"data": []},
    requires=["doc._.whipcount_mentions"],
    assigns=["doc._.whipcount_speakers"],
)
def make_attribution(nlp: Language, name: str, data: list[str]) -> Attribution:
    return Attribution(_reference(data))


@Language.factory(
    "whipcount_stances",
    default_config={"data": []},
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.whipcount_stances"],
)
def make_stances(nlp: Language, name: str, data: list[str]) -> Stances:
    return Stances(_reference(data))


@Language.factory(
    "whipcount_claims",
    default_config={"data": []},
    requires=["token.dep", "doc.ents"],
    assigns=["doc._.whipcount_claims"],
)
def make_claims(nlp: Language, name: str, data: list[str]) -> Claims:
    return Claims(_reference(data))
