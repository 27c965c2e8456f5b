"""The circumstances of a stance: the office it concerns, its date, its conditions and its confidence.

``StanceCircumstances`` is the part of the ``StanceFinder`` (``stances.py``) that reads them once a stance is found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import DatePrecision
from ..reference import fold
from .attribution import Speaker, SpeakerKind
from .dates import DateMention, statement_dates
from .mentions import doc_text
from .triggers import TriggerReading, _should_after

_CONDITION_MARKS = ("if", "provided", "providing", "unless", "once")
_NOT_BEFORE = re.compile(r"\b(?:not|n't|yet(?:\s+to)?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # ("yet to commit to")


class StanceCircumstances(TriggerReading):
    """Offices, dates, conditions and confidence; the patterns and prices are set by ``StanceFinder.__init__``."""

    office_patterns: list[tuple[str, Forms]]
    generic_patterns: list[tuple[str, Forms]]
    body_patterns: list[tuple[str, Forms]]
    holder_patterns: list[tuple[str, Forms]]
    any_office: re.Pattern[str]
    office_cue: re.Pattern[str]
    holder_words: frozenset[str]
    list_anaphors: tuple[str, ...]
    pricing: dict[str, Any]

    def confidence_of(self, signals: set[str]) -> float:
        """The share of stances read this way that are right, from the base rate and one penalty per signal
        (fitted on the development split: see docs/accuracy.md)."""
        value = float(self.pricing["base"])
        for signal in signals:
            value -= float(self.pricing["penalties"].get(signal, 0.0))
        return round(max(0.05, min(0.99, value)), 3)

    # --- offices ----------------------------------------------------------------------------------------------
    def offices_in(self, text: str) -> list[str]:
        """Posts named in the text by a specific alias, the longest match first ("UN secretary-general")."""
        folded = fold(text)
        if self.office_cue.search(folded) is None:
            return []  # (one search for every form of every post first: most texts name none)
        hits = []
        for name, pattern in self.office_patterns:
            longest = max((len(m.group(0)) for m in pattern.finditer(folded)), default=0)
            if longest:
                hits.append((-longest, name))
        return [name for _, name in sorted(hits)]

    def names_an_office(self, text: str) -> bool:
        """Does the text name a tracked office, a generic title of one, or a body that fills one? (The line
        filter's test for a line a stance's office may come from.)"""
        return self.office_cue.search(fold(text)) is not None

    def may_concern_a_race(self, text: str) -> bool:
        """A cheap test before any parsing: does the text name a tracked office, a generic title of one, a body
        that fills one, or someone who held one?"""
        folded = fold(text)
        if self.office_cue.search(folded) is not None:
            return True
        # (a word test first: most texts name no holder, and one set lookup per word is cheaper than the regex)
        return not self.holder_words.isdisjoint(folded.split()) and self.any_office.search(folded) is not None

    def topic_office(self, doc: Doc, title: str) -> str | None:
        return self.offices_of_article(doc, title)[0]

    def offices_of_article(self, doc: Doc, title: str) -> tuple[str | None, set[str]]:
        """The post an article is about, and every post it names. For the first, specific aliases count most,
        then mentions of the post's body (with generic titles like "secretary-general" counting for the body
        the article names)."""
        # a Doc of only the lines that can hold a stance (see focus.py) carries the whole article's text
        folded = fold(title + "\n" + (doc.user_data.get("whipcount", {}).get("text") or doc_text(doc)))
        scores: Counter[str] = Counter()
        named: set[str] = set()
        for name, pattern in self.office_patterns:
            hits = len(pattern.findall(folded))
            scores[name] += 3 * hits
            if hits:
                named.add(name)
        body_hits = {name: len(pattern.findall(folded)) for name, pattern in self.body_patterns}
        for name, pattern in self.generic_patterns:
            if body_hits.get(name):
                scores[name] += len(pattern.findall(folded))
            elif pattern.search(folded):
                named.add(name)
        for name, hits in body_hits.items():
            scores[name] += hits
            if hits:
                named.add(name)
        named |= {name for name, score in scores.items() if score}
        # a past or present holder of the post named ("the race to succeed Kofi Annan") makes it the topic, but
        # does not name the post (Kallas, named in a NATO race, later became High Representative)
        for name, pattern in self.holder_patterns:
            scores[name] += len(pattern.findall(folded))
        best = scores.most_common(2)
        if not best or best[0][1] == 0 or (len(best) > 1 and best[0][1] == best[1][1]):
            return None, named
        return best[0][0], named

    # --- dates and conditions -----------------------------------------------------------------------------
    def date_for(
        self, sent: Span, tok: Token, verb: Token | None, speaker: Speaker | None, ref: date | None
    ) -> tuple[date | None, DatePrecision | None]:
        if speaker is not None and speaker.kind is SpeakerKind.POST and speaker.date is not None:
            return speaker.date.date, speaker.date.precision
        mentions = statement_dates(sent.text, ref)
        best: DateMention | None = None
        # "Boric said on Tuesday ..., a race in which Argentina has already put forward Grossi": the main
        # clause's date is not the relative clause's (but "the latest ally to endorse Rutte on Tuesday", a
        # relative clause with no subject of its own, shares it)
        clause = next(
            (
                t
                for t in (tok, *tok.ancestors)
                if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            ),
            None,
        )
        relative = clause is not None
        if clause is not None and verb is not None and not clause.left_edge.i <= verb.i <= clause.right_edge.i:
            verb = None  # the speech verb outside the relative clause dates what was said, not the clause
        anchors = {tok.i} | ({verb.i} if verb is not None else set())
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
            anchors.add(tok.head.i)  # "Turkey, whose backing arrived in late April": when the backing came
        for chain_tok in (tok, *self._chain(tok)):
            anchors.add(chain_tok.i)
            if chain_tok.dep_ == "ccomp" and chain_tok.head.lemma_.lower() in self.speech:
                # "who announced on 12 March that he would run", "..., informed yesterday that Portugal will
                # maintain its support": the saying dates it
                anchors.add(chain_tok.head.i)
        for t in [x for x in (verb, *self._chain(tok)) if x is not None]:
            if t.dep_ == "advcl" and any(
                c.lower_ in ("when", "while", "as") and c.dep_ in ("advmod", "mark") for c in t.children
            ):
                # "Rutte's path had been cleared on Tuesday, when Orbán said ...", "On 2 July Merkel abstained,
                # while Macron backed her": the clause shares the main clause's time
                anchors.add(t.head.i)
        since: DateMention | None = None
        best_attached = False
        for d in mentions:
            span = sent.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            if clause is not None and span.start <= clause.head.i < span.end:
                return d.date, d.precision  # "on Tuesday, when Orbán said Budapest would back him": that Tuesday
            t = span.root
            attached = False
            event = False  # (reached through an event after which something will happen)
            for _ in range(8):
                if t.i in anchors:
                    attached = not (event and _future(t))
                    break
                if t.dep_ == "pobj" and t.head.lower_ in _AWAITED and t.pos_ == "NOUN":
                    event = True
                if (
                    t.head.i == t.i
                    or (t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.i > t.head.i)
                    or (
                        t.dep_ in ("relcl", "acl")
                        and not _dates_utterance(t)
                        and not (_participle(t) and t.head.i in anchors)
                    )
                ):
                    break
                t = t.head
            if attached and d.text.lower().startswith("since"):
                # "nominated Bokova, the head of UNESCO since 2009, in February": a duration's start dates the
                # statement only if nothing else does
                since = since or d
                continue
            if attached or (t.head.i == t.i and best is None and not relative and not (event and _future(t))):
                best = d
                if attached:
                    best_attached = True
                    break
        if since is not None and not best_attached:
            best = since
        if best is None and mentions and _ENTRY_DATE.match(sent.text[mentions[0].end :]):
            lead = sent.text[: mentions[0].start]
            if not lead.strip(" \t\n*•·-–—"):
                best = mentions[0]  # a timeline's entry, "22 February — The United States ... back Rutte."
        if best is not None:
            return best.date, best.precision
        if verb is None and speaker is None and _pluperfect([tok, *self._chain(tok)]):
            # "Berlin and Paris had backed the Dane well before the summit": an older stance, recalled with no
            # date; not one taken on the day of publication (but "said the country had backed him" is dated by
            # the saying)
            return None, None
        if speaker is not None and speaker.date is not None:
            return speaker.date.date, speaker.date.precision
        if ref is not None:
            return ref, DatePrecision.PUBLISHED
        return None, None

    def conditions_for(self, sent: Span, tok: Token, unit_sents: list[Span]) -> tuple[str, ...]:
        out: list[str] = []
        # ("will lift its veto on Rutte only if ...": a stance noun's condition hangs from its verb)
        top = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        chain = self._chain(tok)
        heads = {x.i for x in chain} | {top.i}
        # (the condition may hang from a verb above the trigger: "was prepared to support X if ...")
        for t in max([*chain, top], key=lambda x: len(list(x.subtree))).subtree:
            if t.dep_ == "advcl" and t.head.i in heads:
                marks = [c for c in t.children if c.dep_ == "mark"]
                if not marks and t.left_edge.lower_ == "should" and t.left_edge.head.i == t.i:
                    marks = [t.left_edge]  # "Should Rutte fail, ...": an inverted condition
                if marks and marks[0].lower_ in (*_CONDITION_MARKS, "should"):
                    out.append(_clean(tok.doc[marks[0].i + 1 : t.right_edge.i + 1].text))
                elif marks and marks[0].lower_ == "after":
                    text = tok.doc[marks[0].i + 1 : t.right_edge.i + 1].text
                    m = re.search(r"\b(?:assurances?|guarantees?|promises?|commitments?|pledges?)\s+that\s+(.+)$", text)
                    if m:
                        out.append(_clean(m.group(1)))
        outer = chain[-1].head
        if chain[-1].dep_ == "ccomp" and _should_after(outer, chain[-1]):
            # "Chile could back Rutte, should the Romanian bid fail", with the condition parsed as the head
            should = next(c for c in outer.children if c.dep_ == "aux" and c.lower_ == "should")
            out.append(_clean(tok.doc[should.i + 1 : outer.right_edge.i + 1].text))
        text = sent.text
        if not out and (
            m := re.search(
                r"\bafter\b.*?\b(?:assurances?|guarantees?|promises?|pledges?)\s+that\s+"
                r"(.+?)(?:[.;]|$)",
                text,
            )
        ):
            out.append(_clean(m.group(1)))
        m = re.search(
            r"\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+that|as\s+long\s+as|so\s+long\s+as|"
            r"in\s+(?:exchange|return)\s+for)\s+(.+?)(?:[.;\"”]|,\s+(?:and|but|while)\s|$)",
            text,
        )
        if m and _clean(m.group(1)) not in out:
            out.append(_clean(m.group(1)))
        for s in unit_sents:
            for cm in re.finditer(r"\bcommit(?:s|ted|ting)?\s+to\s+(.+?)(?:[.;]|$)", s.text):
                if _NOT_BEFORE.search(s.text, 0, cm.start()):
                    continue  # "has not (publicly) committed to ...": no commitment, so no condition
                item = _clean(cm.group(1))
                if any(item.lower().startswith(a) for a in self.list_anaphors):
                    out.extend(self._expand_list(s, unit_sents))
                elif item and not any(item in o for o in out):
                    out.append(item)
        return tuple(dict.fromkeys(o for o in out if o))

    def _expand_list(self, anaphor_sent: Span, unit_sents: list[Span]) -> list[str]:
        """ "these priorities" → the items listed in an earlier sentence of the same post, quote or paragraph."""
        earlier = [s for s in unit_sents if s.end <= anaphor_sent.start]
        for s in reversed(earlier):
            m = re.search(
                r"\b(?:need|needs|must|want|wants|demand|demands|call for|calls for|include|includes|"
                r"insist on|insists on)\s+(?:to\s+)?(.+)$",
                s.text.strip(),
            )
            if m and m.group(1).count(",") >= 1:
                items = [re.sub(r"^(?:and|or)\s+", "", i.strip()) for i in m.group(1).rstrip(".").split(",")]
                return [i for i in items if i]
        return []


_GENERIC_WORDS = frozenset(
    "the a next new its secretary general secretary-general director director-general president chair chairman "
    "top job post head chief leader".split()
)  # (not "High Representative": only the EU's post goes by that alone)


_ENTRY_DATE = re.compile(r"\s*[:—–]|\s+-\s")  # what follows a timeline entry's date: a colon or a dash


_AWAITED = frozenset({"after", "before", "until", "following"})


def _future(verb: Token) -> bool:
    """ "will decide", "would announce": a verb in the future (its date, as in "will decide after the hearings on
    1 October", is when it is to happen, not when anyone said so)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children)


def _pluperfect(chain: list[Token]) -> bool:
    """Whether the first verb of the trigger's chain with a tense of its own is in the past perfect ("had backed",
    "had been nominated", "had refused to back"; "had nominated and supported" shares its "had")."""
    for t in chain:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        if auxes:
            # (but "Turkey had not yet decided whether to back Rutte" is where things stood when the story was told)
            return (
                t.tag_ in ("VBN", "VBG")
                and any(a.lower_ == "had" and a.tag_ == "VBD" for a in auxes)
                and not any(c.dep_ == "neg" for c in t.children)
            )
        if t.tag_ not in ("VBN", "VB") or t.dep_ not in ("conj", "xcomp"):
            return False
    return False


def _generic(alias: str) -> bool:
    """A title that could be any body's ("secretary-general", "the top job"), not one post's."""
    return all(w in _GENERIC_WORDS for w in alias.replace("'s", "").split())


@dataclass(frozen=True, slots=True)
class Forms:
    """Any of a few forms as whole words (``_alternation``), searched only in a text that holds one of them as a
    substring: most articles name few of the posts, and a substring test is far cheaper than a regex scan."""

    forms: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, forms: Iterable[str]) -> Forms:
        kept = tuple(sorted(set(forms)))
        return cls(kept, _alternation(kept))

    def _may_match(self, text: str) -> bool:
        return any(f in text for f in self.forms)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def findall(self, text: str) -> list[str]:
        return self.pattern.findall(text) if self._may_match(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())


def _alternation(forms: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of the forms as whole words, the longest that fits where several start at one place.
    The forms are merged by common prefix ("nato", "nato chief", "nato's top job" become
    ``nato(?: chief|'s top job)?``): a search tries at each position only the branches its next character
    allows, where a plain alternation of some 300 forms would try each of them at every position."""
    if not forms:
        return re.compile(r"(?!x)x")
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + ("?" if ends else "")

    return re.compile(r"(?<![\w-])" + pattern(root) + r"(?![\w-])")


def _clean(text: str) -> str:
    return " ".join(text.strip().rstrip(".,;:").split())


_UTTERANCE_NOUNS = frozenset(
    {"statement", "interview", "post", "letter", "communiqué", "communique", "message", "tweet", "release", "video"}
)


def _participle(clause: Token) -> bool:
    """A participle clause with no subject of its own ("announced on Tuesday", "speaking on Tuesday")."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ in ("VBN", "VBG")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _dates_utterance(clause: Token) -> bool:
    """ "said in a statement issued on Wednesday", "the minister, speaking on Tuesday, said": a participle dating
    the statement, or the speaker's speaking, dates what is said."""
    if not _participle(clause):
        return False
    if clause.tag_ == "VBN":
        return clause.head.lemma_.lower() in _UTTERANCE_NOUNS
    return clause.lemma_.lower() in ("speak", "talk", "write", "address") and clause.head.dep_ in ("nsubj", "nsubjpass")
