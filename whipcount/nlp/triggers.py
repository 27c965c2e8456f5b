"""Stance words in a sentence, and whether they state anyone's stance.

``TriggerReading`` is the part of the ``StanceFinder`` (``stances.py``) that finds the triggers of a sentence in the
stance lexicon, and drops or flips the ones that state no stance as written: speculation, hedges, hypotheticals
and negation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..records import StanceType
from .attribution import fronted_noun, noun_as_verb, verb_as_compound, verb_of_timed_infinitive
from .mentions import doc_text

if TYPE_CHECKING:
    from .focus import Cues  # (focus imports the claim patterns, which import the stance finder)

_EXPECTING = frozenset(
    {"expect", "anticipate", "predict", "forecast", "doubt", "hope", "urge", "ask", "invite", "press", "encourage"}
)
# "to win Orbán's support" (a purpose), "tried to secure Ankara's backing": support sought, not given
_GAINING = frozenset(
    {"win", "secure", "gain", "get", "obtain", "earn", "seek", "court", "shore", "bolster", "drum", "broaden"}
)  # ("touring allied capitals to shore up his support")
# "will seek the endorsement of the African Union": support asked for, in any form
_ASKING = frozenset({"seek", "request", "solicit", "court"})
_TRYING = frozenset(
    {"try", "seek", "hope", "want", "aim", "attempt", "need", "struggle", "travel", "fly", "go", "tour", "visit"}
)
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True, slots=True)
class _Trigger:
    token: Token
    stance: StanceType
    phrase: bool  # matched as a phrase ("stand in the way")
    end: int = -1  # for a phrase: the token index after it, where its object may hang
    negation_in_phrase: bool = False  # the phrase itself says "not" ("cannot accept"): no second negation
    pattern: str = ""  # for a phrase: its pattern (a word it does not spell out filled a gap in it)

    @property
    def span_tokens(self) -> list[Token]:
        doc = self.token.doc
        if self.end <= self.token.i:
            return [self.token]
        return [doc[i] for i in range(self.token.i, self.end)]


# what is said about a stance, not the stance ("did not give a reason for its support", "attached no strings to
# its backing"): a negation of the verb above one of these does not reach the stance word under it
_ASIDE_NOUNS = frozenset(
    {"condition", "precondition", "string", "reason", "explanation", "detail", "timing", "deadline", "comment"}
)


class TriggerReading:
    """Triggers and their filters; the lexicon's words are set by ``StanceFinder.__init__``."""

    words: dict[tuple[str, str], StanceType]
    cues: Cues
    phrases: list[tuple[re.Pattern[str], StanceType]]
    speech: frozenset[str]
    hedges: frozenset[str]
    speculation: frozenset[str]
    refusal: frozenset[str]
    nominating: frozenset[str]
    misspelt: dict[str, str]

    # --- triggers ---------------------------------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[_Trigger]:
        found: dict[int, _Trigger] = {}
        if not self.cues.search(doc_text(sent.doc), sent.start_char, sent.end_char):
            return []  # no stance word in any inflection, nor a stance phrase: nothing below can match
        for tok in sent:
            lemma = tok.lemma_.lower()
            pos = (
                "VERB"
                if tok.pos_ in ("VERB", "AUX")
                or (
                    tok.pos_ == "ADV"
                    and tok.dep_ in ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl")
                    and any(c.dep_ == "dobj" for c in tok.children)
                )
                else tok.pos_
            )
            if pos == "ADJ" and lemma.endswith("ed") and fronted_noun(tok) is not None:
                # "could not support X and preferred Yoo", parsed as "preferred Yoo" (an adjective): the verb
                pos = "VERB"
                lemma = next((x for x in (lemma[:-2], lemma[:-1], lemma[:-3]) if ("VERB", x) in self.words), lemma)
            if pos == "PROPN":
                continue
            if pos == "NOUN" and verb_as_compound(tok) is not None:
                pos = "VERB"  # "Poland, Hungary and Ukraine support Rutte", with "support" parsed as a compound
            if (
                tok.lower_ in ("back", "backs", "backed")
                and tok.pos_ in ("ADV", "ADP")
                and tok.i + 1 < sent.end
                and (
                    tok.doc[tok.i + 1].pos_ == "PROPN"
                    or tok.doc[tok.i + 1].lower_ in ("him", "her")
                    or (
                        tok.doc[tok.i - 1].lower_ in ("and", "to", "would", "will")
                        and any(c.dep_ in ("pobj", "dobj") and c.pos_ == "PROPN" for c in tok.children)
                    )
                    or (tok.i > sent.start and tok.doc[tok.i - 1].tag_ in ("NNP", "NNPS") and _name_follows(tok))
                )
            ):
                # "the Visegrád Four now all back Rutte", "would drop its reservations and back the Dutchman",
                # parsed with "back" as an adverb
                pos = "VERB"
            stance = self.words.get((pos, lemma)) or self.words.get((pos, tok.lower_))
            if stance is None and tok.lower_ in self.misspelt:
                lemma = self.misspelt[tok.lower_]  # "would suport Mark Rute"
                stance = self.words.get((pos, lemma))
            if stance is not None and lemma == "prefer" and not _prefers_someone(tok):
                continue  # "prefers to conduct its diplomacy by post", "has not said which it prefers"
            if stance is not None and lemma == "want" and not _wants_someone(tok):
                continue  # "wants guarantees", "wants Rutte to commit to ...": no backing
            if stance is not None:
                found[tok.i] = _Trigger(tok, stance, phrase=False)
        sent_text = doc_text(sent.doc)[sent.start_char : sent.end_char]
        # one search for all the phrases (the cues hold them, lower case) before trying each in turn
        phrases = self.phrases if self.cues.phrases.search(sent_text.lower()) else []
        spans: list[tuple[int, int, StanceType]] = []
        for pattern, stance in phrases:
            for m in pattern.finditer(sent_text):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                tok = span[0]
                while tok.dep_ in ("advmod", "neg", "aux", "auxpass", "poss", "preconj") and tok.head.i != tok.i:
                    tok = tok.head
                if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i < span.end:
                    tok = tok.head  # "our vote is for Maret": the copula carries the stance
                negated = bool(re.search(r"\b(?:not|cannot|never|no\s+longer)\b|n't", m.group(0), re.I))
                found[tok.i] = _Trigger(
                    tok, stance, phrase=True, end=span.end, negation_in_phrase=negated, pattern=pattern.pattern
                )
                spans.append((span.start, span.end, stance))
        for i in [i for i, t in found.items() if not t.phrase and any(s <= i < e for s, e, _ in spans)]:
            del found[i]  # "is open to supporting X": the phrase's stance, not the word's inside it
        for i in [
            i
            for i, t in found.items()
            if not t.phrase
            and t.token.dep_ == "pcomp"
            and any(s <= t.token.head.i < e and stance != t.stance for s, e, stance in spans)
        ]:
            del found[i]  # "voted against nominating X": the phrase's stance, of which the choice is the object
        return [found[i] for i in sorted(found)]

    # --- filters ----------------------------------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs it hangs from, up to the clause that has its subject."""
        chain = [tok]
        t = tok
        for _ in range(5):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.head.i == t.i:
                break
            if fronted_noun(t) is not None or noun_as_verb(t):
                break  # "could not support X and backed Yoo": a clause of its own (see verb_in_front)
            infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if (verb := verb_of_timed_infinitive(t)) is not None:
                t = verb  # "had refused for months to endorse Rutte", the infinitive hung on "months"
                chain.append(t)
                continue
            if (
                t.dep_ not in ("xcomp", "acomp", "conj", "prep", "pobj", "dobj", "attr", "amod", "pcomp", "ccomp")
                and not infinitive  # ("had refused in October to back her")
            ) or (t.dep_ == "ccomp" and t.head.lemma_.lower() in self.speech):
                break
            t = t.head
            chain.append(t)
        return chain

    def is_negated(self, tok: Token) -> bool:
        if tok.pos_ == "NOUN" and (
            tok.head.lemma_.lower() in _WAVERING or (tok.head.dep_ == "prep" and tok.head.head.lemma_ in _WAVERING)
        ):
            return False  # "has never wavered in its support": a double negation
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return True  # "had no objection to Rutte", "gave no support to him"
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CHANGING and said_not(tok.head):
            return False  # "will not change its support for her": a double negation
        if _rules_out(tok.head):
            return True  # "has ruled out supporting Weber" (the gerund hangs as an adverbial clause)
        for t in self._chain(tok):
            if t.i != tok.i and (
                (t.pos_ == "NOUN" and t.lemma_.lower() in _ASIDE_NOUNS)
                or any(c.dep_ == "dobj" and c.lemma_.lower() in _ASIDE_NOUNS for c in t.children)
            ):
                break  # "It did not set any condition on its endorsement": the endorsement stands
            for child in t.children:
                if child.dep_ == "neg" or child.lower_ == "never" or _no_longer(child):
                    return True
                if t.i != tok.i and t.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ == "no":
                    return True  # "had no intention of backing Rutte", "has no plans to endorse him"
                if child.dep_ in ("nsubj", "nsubjpass") and (
                    child.lower_ in ("neither", "none")
                    or any(g.lower_ in ("neither", "no", "none") and g.i < child.i for g in child.children)
                ):
                    return True  # "Neither Hungary nor Slovakia has endorsed Rutte", "neither has been put forward"
            if t.i != tok.i and t.lemma_.lower() in self.refusal:
                return True
            if t.i != tok.i and _rules_out(t):
                return True  # "has ruled out supporting Weber"
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _joined_by_and(t):
                break  # "never objected to X and backed him": the second verb keeps its own polarity
        return False

    def is_unasserted(self, tok: Token) -> bool:
        """Speculation, hedges, hypotheticals: nobody takes this stance."""
        head = tok.head
        if tok.dep_ in ("ccomp", "xcomp", "pcomp") and any(
            c.dep_ in ("dobj", "pobj") and c.lower_ in ("whom", "who", "which", "what") and c.i < tok.i
            for c in tok.children
        ):
            return True  # "has not yet decided whom it will back": a question (not "Bokova, whom Sofia nominated")
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and head.lemma_.lower() in _GAINING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and (head.dep_ == "advcl" or head.head.lemma_.lower() in _TRYING)
        ):
            return True  # "Rutte visited Budapest to win Orbán's support": sought, not given
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.lemma_.lower() in _ASKING:
            return True  # "will seek the endorsement of the African Union for the candidature": asked for, not given
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.lemma_.lower() in ("need", "require", "lack"):
            return True  # "Costa needs no parliamentary approval", "she still needs Hungary's backing": not given
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass" and head.lemma_.lower() in _EXPECTING:
            return True  # "Berlin's support was expected", "Ankara's backing is anticipated": foreseen, not given
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.lemma_.lower() in _ENDING and not said_not(head):
            return True  # "ending a three-month campaign by Iohannis": a campaign over, no one's support now
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _EASE and tok.head.pos_ == "ADJ":
            return True  # "had made him difficult to oppose": a quality of the candidate, no one's stance
        if tok.sent.root.lower_ in _RUMOUR and tok.sent.root.i < tok.i:
            return True  # "Rumour running through the press room that Meloni will vote against all three"
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and head.lower_ in ("about", "regarding", "concerning"):
            return True  # "Asked about her nomination, ...", "what I have to say about our nomination": a topic
        t, came_from = tok, tok
        for _ in range(12):
            hedge = (
                t.lower_ in self.hedges
                or t.lemma_.lower() in self.hedges
                or (t.lower_ == "said" and any(c.dep_ == "auxpass" for c in t.children))  # "is said to favour"
            )
            if hedge and t.i != tok.i and any(c.dep_ == "xcomp" for c in t.children):
                return True  # "is expected to back", "is likely to endorse"
            if (
                t.i != tok.i
                and t.lemma_.lower() in _EXPECTING
                and (came_from.dep_ in ("xcomp", "ccomp") or (came_from.dep_ == "dobj" and came_from.pos_ == "NOUN"))
            ):
                return True  # "observers expect Ankara to drop its objection" (not "Warsaw, which backed him, urged")
            if any(c.dep_ == "advmod" and c.lower_ in self.hedges for c in t.children):
                return True
            if any(
                c.dep_ == "prep"
                and c.lower_ == "according"
                and any(
                    o.lemma_.lower() in _RUMOUR
                    or (o.lemma_.lower() in self.speculation and any(a.lower_ in _UNCONFIRMED for a in o.children))
                    for p in c.children
                    for o in p.children
                    if o.dep_ == "pobj"
                )
                for c in t.children
            ):
                return True  # "According to unconfirmed reports, Berlin favours ...": hearsay the writer flags
            if t.i != tok.i and came_from.dep_ == "xcomp" and t.lower_ in _ENTITLED:
                return True  # "Romania is entitled to put him forward": a right, not a stance taken
            if t.i != tok.i and _should_after(t, came_from):
                break  # "Hungary would back Rutte should he promise ...": a condition the parser made the head
            if (
                any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in t.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in t.children)
                and not (t.lemma_.lower() in _REMINDING and any(c.dep_ == "auxpass" for c in t.children))
            ):  # (but "It should be recalled that Sofia nominated Bokova": a reminder of a fact)
                return True  # "Washington should drop its objection": advice, not a stance
            if _inverted_condition(t):  # (the parser may make the condition the root: "Had X said ..., it would")
                return True  # "Had Washington kept its objection, ...": a counterfactual
            if any(
                c.dep_ in ("advcl", "ccomp") and _inverted_condition(c) and c.left_edge.lower_ != "should"
                for c in t.children
            ):
                return True  # "Had a single ballot said 'discourage', it would have amounted to a veto"
                # (but "Should Rutte fail, Slovakia would back Iohannis" is a stance on a condition)
            if t.i != tok.i and came_from.dep_ == "ccomp" and t.lemma_.lower() in _SPECULATING:
                return True  # "Commentators had speculated that Erdoğan would seek something for his backing"
            if t.i != tok.i and came_from.dep_ == "ccomp" and t.lemma_.lower() in _SAYING:
                if any(c.dep_ == "neg" for c in t.children):
                    return True  # "Ljubljana has not said it would vote against her": not said
                if any(c.dep_ == "nsubj" and _no_one(c) for c in t.children):
                    return True  # "no member has said it will block the Nigerian": said by none
                if any(c.dep_ == "nsubj" and c.lemma_.lower() in ("version", "report") for c in t.children):
                    return True  # "An earlier version of this article said that ...": a corrected claim
            if (
                t.i != tok.i
                and came_from.dep_ == "ccomp"
                and t.lemma_.lower() in _SAYING | {"write"}
                and _corrected_entry(t)
            ):
                # "Correction: an entry at 20:40 briefly said that Meloni had voted against ...", "Correction: at
                # 10.40 we wrote that Latvia had nominated her"
                return True
            if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS for c in t.children) and (
                t.dep_ == "advcl"
                or (t.lower_ != "if" and any(c.lower_ == "whether" for c in t.children))
                or (t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "if" for c in t.children))
            ):
                # "if Hungary backs Rutte, ...", "had not decided whether to back Rutte", "has not decided if it will
                # support Rutte" (a question, not a condition)
                return True
            if t.pos_ in ("VERB", "AUX") and t.left_edge.lower_ == "whether" and t.left_edge.i < t.i:
                return True  # "no word on whether Yoo would stay in the race" (the parser may hang it anywhere)
            if (
                t.pos_ in ("VERB", "AUX")
                and t.dep_ in ("ccomp", "xcomp", "advcl", "pcomp")
                and t.left_edge.lower_ in ("whom", "who", "which")
                and t.left_edge.i < t.i
            ):
                return True  # "declined to say whom it would back": a question, not a relative clause
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children
            ):
                return True  # "could make it easier for Ankara to drop its objection": a possibility, not a stance
            if (
                t.dep_ == "advcl"
                and t.tag_ in ("VBZ", "VBP", "VB")
                and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in t.children)
            ):
                return True  # "Turkey wants assurances before it backs Rutte": not yet
            if (
                t.dep_ in ("acl", "relcl", "ccomp", "prep", "pobj")
                and t.head.lemma_.lower() in self.speculation
                and t.head.pos_ == "NOUN"
                # ("left no doubt that the administration is in her corner": no doubt is certainty)
                and not (
                    t.head.lemma_.lower() == "doubt" and any(c.lower_ in ("no", "little") for c in t.head.children)
                )
            ):
                return True
            if (
                t.dep_ in ("ccomp", "advcl")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
                and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in self.speculation and c.pos_ == "NOUN"
                    for c in t.head.children
                )
            ):
                return True  # "Rumours have been running since the morning that Orbán would lift his objection"
            if (
                t.dep_ in ("acl", "ccomp")
                and t.head.lemma_.lower() in _SIGNS
                and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children)
            ):
                return True  # "gave no sign that Yoo would step aside", "no indication that Ankara would back him"
            if t.dep_ == "ccomp" and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in _SIGNS
                and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                and c.i < t.i
                for c in t.head.children
            ):
                return True  # "gave no sign on Thursday that Yoo was ready to drop out", parsed onto "gave"
            if (
                t.dep_ in ("acl", "ccomp", "relcl")
                and any(c.dep_ == "mark" or c.lower_ == "that" for c in t.children)
                and (
                    (
                        t.head.lemma_.lower() in _SIGNS
                        and t.head.dep_ == "attr"
                        and any(c.dep_ == "expl" for c in t.head.head.children)
                    )
                    or any(c.dep_ == "nsubj" and c.lemma_.lower() in _SIGNS for c in t.head.children)
                )
            ):
                return True  # "There are signs that Ankara will back him", "Signs are growing that ...": a reading
            if t.head.i == t.i:
                break
            if t.dep_ == "prep" and t.lower_ == "with" and came_from.dep_ == "pobj" and t.i < t.head.i:
                break  # "With the backing of Hungary, Rutte is set to be appointed": the backing is a given
            if (
                t.dep_ == "relcl"
                and any(c.lower_ == "when" and c.dep_ == "advmod" and c.i < t.i for c in t.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            ):
                # "Rutte is widely expected to win, but ... than it looked in February, when Washington, London,
                # Paris and Berlin all declared for him": a time clause with its own subject states what happened
                break
            t, came_from = t.head, t
        return False


def _no_one(subject: Token) -> bool:
    """ "no member", "none of the allies", "neither capital": a subject that names no one."""
    return subject.lower_ in ("none", "nobody", "neither", "no-one") or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children
    )


def _wants_someone(verb: Token) -> bool:
    """ "let it be known that they wanted Mark Rutte": "want" backs a person it takes as its object, nothing else
    ("wants guarantees", "wants Rutte to commit to ...", "wanted the job")."""
    return (
        verb.pos_ == "VERB"
        and any(
            c.dep_ == "dobj"
            and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))
            and not any(g.dep_ in ("acl", "relcl") for g in c.children)
            for c in verb.children
        )
        and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children)
    )


def _prefers_someone(verb: Token) -> bool:
    """ "Paris prefers Vestager": "prefer" backs only a named object, not an infinitive or a question word."""
    if fronted_noun(verb) is not None:
        return True  # (a second clause parsed as an adjective: "... and preferred Yoo")
    return any(
        c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") and c.left_edge.tag_ not in ("WDT", "WP")
        for c in verb.children
    ) and not any(c.dep_ == "xcomp" for c in verb.children)


_SPECULATING = frozenset({"speculate", "guess", "wonder", "rumour", "rumor"})


def _corrected_entry(said: Token) -> bool:
    """A speech verb whose subject is an entry, item or post of a live page ("an entry at 20:40 said", "our 12:05
    entry, which said") or the page's writers ("at 10.40 we wrote"), in a sentence that corrects it."""
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    if said.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
        subjects = [said.head]
    if not any(x.lemma_.lower() in _ENTRIES or x.lower_ == "we" for c in subjects for x in c.subtree):
        return False
    if any(t.lemma_.lower() in ("correction", "correct", "clarification") for t in said.sent):
        return True
    # "In our 9.40pm entry we wrote that Orbán had voted against Costa. That was wrong, ...": the next sentence says so
    end = said.sent.end
    return end < len(said.doc) and _WAS_WRONG.match(said.doc[end].sent.text) is not None


_WAS_WRONG = re.compile(
    r"(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|not\s+correct|not\s+right|an?\s+(?:error|mistake))\b", re.I
)


_ENTRIES = frozenset({"entry", "item", "post", "update"})  # (a "version" or "report" said so: see is_unasserted)
_RUMOUR = frozenset({"rumour", "rumor", "speculation", "gossip", "hearsay"})
_UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsourced", "unofficial"})
_REMINDING = frozenset({"remind", "recall", "note", "mention", "stress", "emphasise", "emphasize", "underline", "add"})
_ENTITLED = frozenset({"entitled", "free", "allowed", "permitted", "welcome"})
_ENDING = frozenset({"end", "conclude", "close", "abandon", "suspend", "halt", "terminate"})
_EASE = frozenset({"difficult", "hard", "impossible", "easy", "tough", "awkward"})
_SIGNS = frozenset({"sign", "indication", "hint", "suggestion", "evidence", "signal"})
_SAYING = frozenset({"say", "state", "announce", "declare", "indicate", "signal", "suggest", "report", "claim"})
_WAVERING = frozenset({"waver", "falter", "hesitate", "flinch", "weaken"})
_CHANGING = frozenset({"change", "alter", "reconsider", "revise", "rethink", "reverse"})


def said_not(verb: Token) -> bool:
    """Whether the verb itself is negated, by "not" or "never" ("will not change", "has never abandoned")."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _rules_out(verb: Token) -> bool:
    """ "ruled out": a refusal written with a particle."""
    return verb.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in verb.children)


def _inverted_condition(clause: Token) -> bool:
    """ "Had Iohannis stayed in the race", "Were Turkey to object", "Should Hungary relent": a condition with the
    auxiliary in front of its subject."""
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        first.lower_ in ("had", "were", "should")
        and first.dep_ in ("aux", "auxpass")
        and first.head.i == clause.i
        and subject is not None
        and first.i < subject.i
    )


def _should_after(verb: Token, clause: Token) -> bool:
    """ "Chile could back Rutte, should the Romanian bid fail", parsed with the condition as the head of the
    clause before it: "should" and the condition's subject come after that clause."""
    should = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "should"), None)
    return (
        should is not None
        and clause.right_edge.i < should.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > should.i for c in verb.children)
    )


def _no_longer(tok: Token) -> bool:
    """ "would no longer object": "longer" with its "no" (a negation the parser does not label ``neg``)."""
    return tok.lower_ == "longer" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"


def _joined_by_and(conj: Token) -> bool:
    """A verb coordinated with "and" or "but" (not "or", which shares a negation: "did not back or endorse")."""
    head = conj.head
    return any(c.dep_ == "cc" and c.lower_ in ("and", "but") and head.i < c.i < conj.i for c in head.children)


def _name_follows(tok: Token) -> bool:
    """ "France and Germany back outgoing Dutch Prime Minister Mark Rutte", with "back" taken for an adverb: a
    person's name after a run of modifiers and titles (and no verb) follows it."""
    for t in tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]:
        if t.ent_type_ == "PERSON":
            return True
        if t.pos_ not in ("ADJ", "PROPN", "NOUN", "DET"):
            return False
    return False
