"""Stances: who takes which stance toward which candidate, in each sentence.

``StanceFinder.find(doc, mentions, speakers, ref_date, title)`` returns ``StanceMention`` records:

1. triggers come from the stance lexicon (``data/lexicon/stances.json``): verbs, nouns, adjectives and phrases;
2. a trigger inside speculation ("speculation that ... did not support"), a hedge ("is expected to back"), an
   ``if`` clause or a question states no one's stance and is dropped;
3. negation turns support into opposition and opposition into abstention ("will not block");
4. the holder is the trigger's subject: a country, seat, group or person; a pronoun resolves to the speaker
   ("Slovakia said it would ..."), the post's author ("Estonia can back him") or the last person named;
5. the targets are the candidates the trigger governs ("both Rutte and Iohannis", "his ambition");
6. the actor is the speaker when a named official speaks for the holder's state, else the holder;
7. the date comes from the sentence, a dated post or the publication date; conditions from ``if`` clauses,
   assurances, and commitments ("he commits to these priorities" → the priorities listed before).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import DatePrecision, StanceType
from ..reference import Reference, fold
from .attribution import (
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_SPEAKER,
    MentionIndex,
    Speaker,
    SpeakerKind,
    conjuncts,
    fits_pronoun,
    is_person_pronoun,
    mentions_for,
    resolve_pronoun,
    subject_mentions,
    subject_of,
)
from .dates import MONTHS, WEEKDAYS, DateMention, find_dates
from .mentions import Mention, MentionKind, build_gazetteer, doc_text, english_tokenizer

_OBJECT_DEPS = ("dobj", "pobj", "attr", "oprd", "dative", "nsubjpass", "appos")
_ABOUT_PREPS = ("for", "behind", "as", "of", "to", "about", "on", "over", "with", "against", "between")
_CANDIDATE_NOUNS = frozenset(
    {
        "ambition",
        "ambitions",
        "bid",
        "candidacy",
        "candidature",
        "nomination",
        "appointment",
        "candidate",
        "election",
        "selection",
        "application",
        "run",
    }
)
_WITHDRAWING = frozenset({"withdraw", "drop", "abandon", "retract", "pull", "suspend", "revoke", "rescind"})
_WITHDRAWN_THINGS = frozenset(
    {"candidacy", "candidature", "bid", "name", "application", "nomination", "candidate", "nominee", "him", "her"}
)
_DECLARING = frozenset({"declare", "announce", "give", "express", "offer", "pledge", "state", "lend", "make"})
_EVENT_NOUNS = frozenset(
    {"withdrawal", "departure", "exit", "resignation", "defeat", "elimination", "decision", "result", "outcome"}
)
_OPEN_QUOTES = ("“", '"', "«", "‘")
_CLOSE_QUOTES = ("”", "»", "’")
_OWNED_NOUNS = frozenset({"case", "cause", "percent", "cent", "campaign"})
_RIVAL_NOUNS = frozenset({"runner", "frontrunner", "front-runner", "candidate", "contender", "finalist", "rival"})
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}
_NOMINATION_NOUNS = frozenset({"nomination", "candidature", "candidacy"})
_NEEDS_FOR = frozenset({"campaign", "lobby"})
_HAVING = frozenset(
    {"have", "enjoy", "win", "gain", "secure", "receive", "get", "command", "attract", "lose", "be", "retain", "keep"}
)
_ATTITUDE = frozenset(
    {"fear", "worry", "suspect", "speculate", "predict", "believe", "think", "hope", "doubt", "wonder", "assume", "bet"}
)
_EXPECTING = frozenset({"expect", "anticipate", "predict", "forecast"})
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
_CONDITION_MARKS = ("if", "provided", "providing", "unless", "once")


@dataclass(frozen=True, slots=True)
class StanceMention:
    """A stance found in a Doc, in character coordinates of the Doc's text."""

    actor: str
    actor_country: str | None
    stance: StanceType
    target: str
    office: str | None
    conditions: tuple[str, ...]
    date: date | None
    date_precision: DatePrecision | None
    evidence: str
    start_char: int
    end_char: int
    confidence: float
    trigger: int  # token index of the word that carries the stance
    guessed_target: bool = False  # the target was not governed by the trigger but taken from nearby


@dataclass(frozen=True, slots=True)
class _Trigger:
    token: Token
    stance: StanceType
    phrase: bool  # matched as a phrase ("stand in the way")
    end: int = -1  # for a phrase: the token index after it, where its object may hang
    negation_in_phrase: bool = False  # the phrase itself says "not" ("cannot accept"): no second negation

    @property
    def span_tokens(self) -> list[Token]:
        doc = self.token.doc
        if self.end <= self.token.i:
            return [self.token]
        return [doc[i] for i in range(self.token.i, self.end)]


class StanceFinder:
    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        lex: dict[str, Any] = reference.stance_lexicon
        self.lex = lex
        self.words: dict[tuple[str, str], StanceType] = {}
        for stance in StanceType:
            entry = lex.get(stance.value, {})
            for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives")):
                for lemma in entry.get(key, ()):
                    self.words.setdefault((pos, lemma), stance)
        from .focus import cue_pattern  # here: focus imports the claim patterns, which import this module

        self.cues = cue_pattern(reference)
        self.phrases = [
            (re.compile(p, re.I), StanceType(s)) for s in StanceType for p in lex.get(s.value, {}).get("phrases", ())
        ]
        self.negated = {StanceType(k): (StanceType(v) if v else None) for k, v in lex["negated"].items()}
        self.speech = frozenset(lex["speech_verbs"])
        self.tentative = frozenset(lex["tentative_modals"])
        self.hedges = frozenset(lex["hedges"])
        self.speculation = frozenset(lex["speculation_nouns"])
        self.reversal = frozenset(lex["reversal_verbs"])
        self.refusal = frozenset(lex["refusal_verbs"])
        self.announce = frozenset(lex["candidacy"]["announce_verbs"])
        self.ending = frozenset(lex["withdrawal"]["ending_verbs"])
        self.office_nouns = frozenset(lex["office_nouns"])
        # candidates met so far in the article being read ("backed him" prefers them); reset for each Doc
        self._seen_candidates: set[str] = set()
        # people a stance word is about though no member holds the stance ("EU leaders nominated her"), with
        # the character offset of their sentence; reset for each Doc
        self._named_candidates: list[tuple[int, str]] = []
        self._verb_triggers: set[tuple[int, str]] = set()  # in the sentence being read
        self._support_counts: Counter[str] = Counter()  # how often each candidate was backed so far in the Doc
        self._home: dict[str, str] = {}  # candidate -> the state that put them forward, so far in the Doc
        self._title_words: set[str] = set()  # the folded words of the article's title
        self.nominating = frozenset(lex["candidacy"].get("nominating_verbs", ()))
        self.demonyms = {fold(d): c.code for c in reference.countries.values() for d in c.demonyms}
        self.known_people = frozenset(p.name for p in reference.people)
        self.pricing = lex.get("confidence", {"base": 0.9, "penalties": {}})

        self.list_anaphors = tuple(lex["list_anaphors"])
        # Specific aliases name one post ("the alliance's top job"); generic ones ("secretary-general") fit several
        # and go to the post whose body the article talks about.
        self.office_patterns: list[tuple[str, re.Pattern[str]]] = []
        self.generic_patterns: list[tuple[str, re.Pattern[str]]] = []
        self.body_patterns: list[tuple[str, re.Pattern[str]]] = []
        for office in reference.offices.values():
            forms = {fold(f) for f in (office.name, *office.aliases)}
            specific = sorted((f for f in forms if not _generic(f)), key=len, reverse=True)
            generic = sorted((f for f in forms if _generic(f)), key=len, reverse=True)
            if specific:
                self.office_patterns.append((office.name, _alternation(specific)))
            if generic:
                self.generic_patterns.append((office.name, _alternation(generic)))
            body = reference.bodies.get(office.body)
            words = {fold(office.body)} | {fold(a).removeprefix("the ") for a in (body.aliases if body else ())}
            words = {w for w in words if len(w) > 2 and w not in ("the council", "council")}
            self.body_patterns.append((office.name, _alternation(sorted(words, key=len, reverse=True))))

    def _candidate_for_pronoun(self, tok: Token, index: MentionIndex, exclude: Mention | None) -> Mention | None:
        """ "backed him": the last person named before who is already a candidate in this article, if any within
        the last few sentences (else ordinary pronoun resolution decides)."""
        seen = self._seen_candidates | {name for _, name in self._named_candidates}
        window = tok.sent.start - 300
        before = [m for m in index.people_before(tok.i) if m.start >= window]
        for m in reversed(before):
            if m.person in seen and (exclude is None or m.person != exclude.person) and fits_pronoun(m, tok):
                return m
        # else the person the headline names, the story's protagonist ("Rutte takes the helm ... had opposed him")
        for m in reversed(before):
            surname = fold(str(m.person or m.text)).split()[-1]
            if (
                surname in self._title_words
                and (exclude is None or m.person != exclude.person)
                and fits_pronoun(m, tok)
            ):
                return m
        return None

    def _compatriot_for_pronoun(
        self, tok: Token, index: MentionIndex, holders: list[Mention], stance: StanceType
    ) -> Mention | None:
        """ "Nigeria has never wavered in its support for her": a state backing "her" backs its own national, if
        a candidate of that state is named in the last few sentences."""
        states = {h.country for h in holders if h.kind is not MentionKind.PERSON and h.country}
        if stance is not StanceType.SUPPORT or len(states) != 1:
            return None
        seen = self._seen_candidates | {name for _, name in self._named_candidates}
        window = tok.sent.start - 300
        before = [m for m in index.people_before(tok.i) if m.start >= window and m.country in states]
        for m in reversed(before):
            if m.person in seen and fits_pronoun(m, tok):
                return m
        # else a known national of that state named in a statement about someone ("Portugal backed him", after
        # "the Council has a clear favourite, Guterres"), not one who speaks or acts in it
        for m in reversed(before):
            if (
                m.person in self.known_people
                and fits_pronoun(m, tok)
                and index.doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass")
            ):
                return m
        return None

    def _leading_candidates(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """The candidates a plural noun refers to: those backed most often so far in the article (as many as a
        number says, else every one backed so far), each by its latest mention."""
        wanted = next((int(c.text) for c in noun.children if c.dep_ == "nummod" and c.text.isdigit()), None)
        if wanted is None:
            wanted = next((_NUMBER_WORDS[c.lower_] for c in noun.children if c.lower_ in _NUMBER_WORDS), None)
        ranked = [name for name, _ in self._support_counts.most_common()]
        if wanted is not None:
            ranked = ranked[:wanted]
        latest: dict[str, Mention] = {}
        for m in index.people_before(noun.i):
            if m.person in ranked:
                latest[m.person] = m
        return [latest[name] for name in ranked if name in latest]

    @staticmethod
    def _full_name(m: Mention, index: MentionIndex) -> Mention | None:
        """ "will vote for Dragoș": a first name alone, for the one person named in full before with it."""
        first = fold(m.text)
        full = {
            p.person: p
            for p in index.people_before(m.start)
            if p.end - p.start > 1 and fold(index.doc[p.start].text) == first
        }
        if len(full) == 1:
            return next(iter(full.values()))
        if full:
            return None
        # a full name the mention finder split ("Maret" + "Ilves-Koppel"): the first name followed by capitalised
        # words, hyphens included, earlier in the text
        doc = index.doc
        spelled: dict[str, tuple[int, int]] = {}
        for t in doc[: m.start]:
            if fold(t.text) != first or t.i == m.start:
                continue
            j = t.i + 1
            while j < m.start and (
                (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
                or (doc[j].text == "-" and not doc[j - 1].whitespace_)
            ):
                j += 1
            if j > t.i + 1 and doc[j - 1].text != "-":
                spelled[doc[t.i : j].text] = (t.i, j)
        if len(spelled) != 1:
            return None
        name, (s, e) = next(iter(spelled.items()))
        return Mention(s, e, MentionKind.PERSON, name, None, person=name, name=name)

    def confidence_of(self, signals: set[str]) -> float:
        """The share of stances read this way that are right, from the base rate and one penalty per signal
        (fitted on the development split: see docs/accuracy.md)."""
        value = float(self.pricing["base"])
        for signal in signals:
            value -= float(self.pricing["penalties"].get(signal, 0.0))
        return round(max(0.05, min(0.99, value)), 3)

    def _adhoc(self, tok: Token, index: MentionIndex) -> Mention | None:
        """A candidate the mention finder missed: a demonym standing for one ("back the Romanian"), a misspelt
        known name, or a name the reference data does not know."""
        if tok.lower_ in ("the",):
            return None
        code = self.demonyms.get(fold(tok.text))
        if code is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _CANDIDATE_WORDS:
            # "the Dutch candidate", "the Dutch politician": the person of that country named before
            code = next((self.demonyms[fold(c.text)] for c in tok.children if fold(c.text) in self.demonyms), None)
        if code is not None:
            # "endorsed the Dane": the person of that state named before, or the candidate it put forward
            named = [
                m for m in index.people_before(tok.i) if m.country == code or self._home.get(str(m.person)) == code
            ]
            return named[-1] if named else None
        if tok.pos_ == "PROPN" and index.at(tok) is None:
            # a first name standing for someone named in full before ("Dragoș" for Dragoș Vâlceanu-Mirea)
            first = [
                m
                for m in index.people_before(tok.i)
                if m.end - m.start > 1 and fold(index.doc[m.start].text) == fold(tok.text)
            ]
            if first:
                return first[-1]
            gaz = build_gazetteer(self.reference, english_tokenizer())
            known = gaz.fuzzy_person(tok.text)
            if known is not None:
                person = gaz.people[known]
                return Mention(
                    tok.i, tok.i + 1, MentionKind.PERSON, tok.text, person.country_on(None), person=known, name=tok.text
                )
        if tok.pos_ == "NOUN" and tok.text[:1].isupper() and index.at(tok) is None:
            # a misspelt name the tagger took for a common noun ("Okonjo-Iweal")
            words = index.doc[tok.left_edge.i : tok.i + 1]
            if all(w.text[:1].isupper() or w.text == "-" for w in words):
                gaz = build_gazetteer(self.reference, english_tokenizer())
                if (known := gaz.fuzzy_person(words.text)) is not None:
                    return Mention(
                        words.start,
                        words.end,
                        MentionKind.PERSON,
                        words.text,
                        gaz.people[known].country_on(None),
                        person=known,
                        name=known,
                    )
        unknown = adhoc_person(tok, index)
        if unknown is not None and unknown.person not in self.known_people:
            # "to back Okonjo-Iweal": a misspelt known name the mention finder did not take for a name
            gaz = build_gazetteer(self.reference, english_tokenizer())
            known = gaz.fuzzy_person(unknown.text)
            if known is not None:
                return replace(unknown, person=known, name=known, country=gaz.people[known].country_on(None))
        return unknown

    # --- offices ----------------------------------------------------------------------------------------------
    def offices_in(self, text: str) -> list[str]:
        """Posts named in the text by a specific alias, the longest match first ("UN secretary-general")."""
        folded = fold(text)
        hits = []
        for name, pattern in self.office_patterns:
            longest = max((len(m.group(0)) for m in pattern.finditer(folded)), default=0)
            if longest:
                hits.append((-longest, name))
        return [name for _, name in sorted(hits)]

    def may_concern_a_race(self, text: str) -> bool:
        """A cheap test before any parsing: does the text name a tracked office, a generic title of one, or a
        body that fills one?"""
        folded = fold(text)
        patterns = (*self.office_patterns, *self.generic_patterns, *self.body_patterns)
        return any(pattern.search(folded) for _, pattern in patterns)

    def topic_office(self, doc: Doc, title: str) -> str | None:
        """The post an article is about: specific aliases count most, then mentions of the post's body (with
        generic titles like "secretary-general" counting for the body the article names)."""
        # a Doc of only the lines that can hold a stance (see focus.py) carries the whole article's text
        folded = fold(title + "\n" + (doc.user_data.get("whipcount", {}).get("text") or doc_text(doc)))
        scores: Counter[str] = Counter()
        for name, pattern in self.office_patterns:
            scores[name] += 3 * len(pattern.findall(folded))
        body_hits = {name: len(pattern.findall(folded)) for name, pattern in self.body_patterns}
        for name, pattern in self.generic_patterns:
            if body_hits.get(name):
                scores[name] += len(pattern.findall(folded))
        for name, hits in body_hits.items():
            scores[name] += hits
        best = scores.most_common(2)
        if not best or best[0][1] == 0 or (len(best) > 1 and best[0][1] == best[1][1]):
            return None
        return best[0][0]

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
            if pos == "PROPN":
                continue
            if (
                tok.lower_ in ("back", "backs", "backed")
                and tok.pos_ in ("ADV", "ADP")
                and tok.i + 1 < sent.end
                and (tok.doc[tok.i + 1].pos_ == "PROPN" or tok.doc[tok.i + 1].lower_ in ("him", "her"))
            ):
                pos = "VERB"  # "the Visegrád Four now all back Rutte", parsed with "back" as an adverb
            stance = self.words.get((pos, lemma)) or self.words.get((pos, tok.lower_))
            if stance is not None:
                found[tok.i] = _Trigger(tok, stance, phrase=False)
        sent_text = doc_text(sent.doc)[sent.start_char : sent.end_char]
        # one search for all the phrases (the cues hold them, lower case) before trying each in turn
        phrases = self.phrases if self.cues.phrases.search(sent_text.lower()) else []
        for pattern, stance in phrases:
            for m in pattern.finditer(sent_text):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                tok = span[0]
                while tok.dep_ in ("advmod", "neg", "aux", "auxpass", "poss") and tok.head.i != tok.i:
                    tok = tok.head
                if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i < span.end:
                    tok = tok.head  # "our vote is for Maret": the copula carries the stance
                negated = bool(re.search(r"\b(?:not|cannot|never)\b|n't", m.group(0), re.I))
                found[tok.i] = _Trigger(tok, stance, phrase=True, end=span.end, negation_in_phrase=negated)
        return [found[i] for i in sorted(found)]

    # --- filters ----------------------------------------------------------------------------------------------
    def _chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs it hangs from, up to the clause that has its subject."""
        chain = [tok]
        t = tok
        for _ in range(5):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.head.i == t.i:
                break
            infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
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
        for t in self._chain(tok):
            for child in t.children:
                if child.dep_ == "neg" or child.lower_ == "never" or _no_longer(child):
                    return True
                if child.dep_ in ("nsubj", "nsubjpass") and any(
                    g.lower_ in ("neither", "no", "none") and g.i < child.i for g in child.children
                ):
                    return True  # "Neither Hungary nor Slovakia has endorsed Rutte"
            if t.i != tok.i and t.lemma_.lower() in self.refusal:
                return True
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _joined_by_and(t):
                break  # "never objected to X and backed him": the second verb keeps its own polarity
        return False

    def is_unasserted(self, tok: Token) -> bool:
        """Speculation, hedges, hypotheticals: nobody takes this stance."""
        t = tok
        for _ in range(12):
            hedge = t.lower_ in self.hedges or t.lemma_.lower() in self.hedges
            if hedge and t.i != tok.i and any(c.dep_ == "xcomp" for c in t.children):
                return True  # "is expected to back", "is likely to endorse"
            if (
                t.i != tok.i
                and t.lemma_.lower() in _EXPECTING
                and any(c.dep_ in ("xcomp", "ccomp") for c in t.children)
            ):
                return True  # "observers expect Ankara to drop its objection"
            if any(c.dep_ == "advmod" and c.lower_ in self.hedges for c in t.children):
                return True
            if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARKS for c in t.children) and (
                t.dep_ == "advcl" or (t.lower_ != "if" and any(c.lower_ == "whether" for c in t.children))
            ):
                return True  # "if Hungary backs Rutte, ...", "had not decided whether to back Rutte"
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
            ):
                return True
            if t.head.i == t.i:
                break
            t = t.head
        return False

    # --- holders and targets ------------------------------------------------------------------------------
    def speaker_for(
        self, tok: Token, index: MentionIndex, sentence_speaker: Speaker | None
    ) -> tuple[list[Mention], Token | None, Speaker | None]:
        t = tok
        for _ in range(12):
            if t.i != tok.i and t.lemma_.lower() in self.speech and t.pos_ in ("VERB", "AUX"):
                subj = subject_of(t)
                if subj is not None:
                    if subj.lower_ in PRONOUNS_SPEAKER and sentence_speaker is not None:
                        return list(sentence_speaker.mentions), t, sentence_speaker
                    found = subject_mentions(subj, index)
                    if found:
                        return found, t, None
            if t.head.i == t.i:
                break
            t = t.head
        # "according to X"
        for t in tok.sent:
            if t.lower_ == "according" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == "to":
                for child in tok.doc[t.i + 1].children:
                    if child.dep_ == "pobj" and (found := mentions_for(child, index)):
                        return found, t, None
        if sentence_speaker is not None:
            return list(sentence_speaker.mentions), None, sentence_speaker
        return [], None, None

    def holders_for(self, trig: _Trigger, index: MentionIndex, speakers: list[Mention]) -> list[Mention]:
        tok = trig.token
        subj = None
        # passive: "Rutte is backed by Germany"
        for t in self._chain(tok):
            for child in t.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return mentions_for(pobj, index)
        if tok.pos_ == "NOUN":
            backers = self._backers(tok, index)
            if backers:
                return backers  # "the backing of the United States, Britain, France and Germany"
            if (
                tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _HAVING
                and not any(c.dep_ == "poss" for c in tok.children)
            ):
                return []  # "she had the broadest support": she is the one backed, by no one named
            for child in tok.children:
                if child.dep_ == "poss":
                    subj = child
            if subj is not None and subj.lower_ in PRONOUNS_GROUP | PRONOUNS_PERSON and tok.dep_ == "dobj":
                subj = subject_of(tok.head) or subj  # "Ankara dropped its objection": Ankara, not "its"
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "for"
                and tok.head.dep_ == "prep"
                and tok.head.head.lemma_.lower() in ("thank", "praise", "commend", "credit", "applaud", "hail")
            ):
                thanked = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
                if thanked is not None:
                    # "Rutte thanked Hungary for its support", "thanked the allies for their support": the one
                    # thanked holds it (and "the allies" name no member)
                    found = mentions_for(thanked, index)
                    return [m for m in found if m.kind is not MentionKind.PERSON or m.country]
            if subj is None:
                subj = subject_of(tok.head) if tok.dep_ in ("dobj", "pobj", "attr", "nsubj") else None
                if tok.dep_ == "pobj":
                    subj = subject_of(tok.head.head)
        if subj is None:
            subj = subject_of(tok)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
                return []  # "Rutte was appointed in June": the one backed, by no one named
        if subj is None:
            subj = _subject_of_one_of(tok)
        if subj is None:
            subj = self._subject_by_position(tok, index)
        if subj is None:
            return []
        if trig.phrase and subj.pos_ == "NOUN" and subj.lemma_.lower() in ("vote", "choice", "preference"):
            # "our vote is for Maret": whose vote it is
            subj = next((c for c in subj.children if c.dep_ == "poss"), subj)
        if subj.lower_ in ("who", "which", "that"):
            # "Iohannis, who declared his candidacy", "Britain, which had nominated Fox": the antecedent
            clause = subj.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                found = mentions_for(clause.head, index)
                if not found:
                    # "its own president, Klaus Iohannis, who declared ...": the name in apposition
                    found = [m for c in clause.head.children if c.dep_ == "appos" for m in mentions_for(c, index)]
                if not found and trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                    person = self._adhoc(clause.head, index)
                    found = [person] if person else []
                return found
        low = subj.lower_
        if (
            low in _GOVERNMENT_NOUNS
            and index.at(subj) is None
            and not any(c.dep_ in ("amod", "compound") for c in subj.children)  # "the Federal Government": whose?
            and not any(  # not "the Government of Romania"
                (m := index.at(x)) is not None and m.kind is not MentionKind.PERSON and x.head.lower_ == "of"
                for x in subj.subtree
            )
            and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her", "our", "their")
                for c in subj.children
            )
        ):
            low = "it"  # "the country had backed him", "his government would support": the speaker's state
        if low in PRONOUNS_SPEAKER or low in PRONOUNS_GROUP:
            stateless = all(m.kind is MentionKind.PERSON and m.country is None for m in speakers)
            if speakers and not stateless:
                return speakers  # (a speaker whose state is unknown says "we" or "the cabinet": the state named before)
            if low in PRONOUNS_GROUP or (speakers and low in ("we", "us", "our")):
                if self._said_by_unknown(subj, index):
                    return []  # "The Federal Government said it would ...": "it" is that unknown speaker
                previous = [
                    m
                    for m in index.mentions
                    if m.end <= subj.i and m.kind is not MentionKind.PERSON and m.start >= subj.sent.start - 60
                ]
                if not previous:
                    return speakers
                last = previous[-1]  # "Washington, London, Paris and Berlin ... that they back him": all of them
                listed = mentions_for(index.doc[last.end - 1], index)
                first = [
                    m
                    for m in index.mentions
                    if m.end <= last.start and last in mentions_for(index.doc[m.end - 1], index)
                ]
                return (mentions_for(index.doc[first[0].end - 1], index) if first else listed) or [last]
            return []
        if low in PRONOUNS_PERSON:
            people = [m for m in speakers if m.kind is MentionKind.PERSON]
            if people:
                return people[:1]
            resolved = resolve_pronoun(subj, index)
            return [resolved] if resolved else []
        found = mentions_for(subj, index)
        if not any(m.kind is MentionKind.PERSON for m in found):
            # "His two rivals, Poland's X and Estonia's Y, withdrew": the people the subject's apposition names
            named: list[Mention] = []
            if trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                for c in (c for c in subj.children if c.dep_ == "appos"):
                    # the appositive, its conjuncts, and a name the parser hung below it ("X-Lis and ... Y-Saar")
                    for x in [*conjuncts(c), *(g for g in c.children if g.dep_ in ("nmod", "conj"))]:
                        m = index.at(x) or (self._adhoc(x, index) if x.pos_ == "PROPN" else None)
                        if m is not None and m.kind is MentionKind.PERSON and m not in named:
                            named.append(m)
            if named:
                found = named
        if trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL) and not any(
            m.kind is MentionKind.PERSON for m in found
        ):
            # "Estonia's Kadri Tamm-Saar withdrew": the unknown name, not the state in front of it
            person = self._adhoc(subj, index)
            found = [person] if person else found
        return found

    def _guessed_by_others(self, tok: Token, index: MentionIndex) -> bool:
        """Whether a could/might/may stance is what someone other than its holder says or fears about it: a
        speech or attitude verb above it whose subject names no state or person ("analysts", "some allies")."""
        t = tok
        for _ in range(8):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in self.speech or t.lemma_.lower() in _ATTITUDE):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                return subj is not None and subj.pos_ == "NOUN" and not any(index.at(x) for x in subj.subtree)
        return False

    def _said_by_unknown(self, pronoun: Token, index: MentionIndex) -> bool:
        """Whether the pronoun sits in what a speech verb reports, said by a noun phrase that names no one we
        know (so "it" is that speaker, not a state named before)."""
        t = pronoun.head
        for _ in range(6):
            if t.lemma_.lower() in self.speech and t.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                return (
                    subj is not None
                    and subj.pos_ in ("NOUN", "PROPN")
                    and not any(index.at(x) is not None for x in subj.subtree)
                    # "the United States, the only member to object, said it ...": a name in apposition counts
                    and not any(index.at(x) is not None for x in pronoun.doc[max(0, subj.left_edge.i - 3) : t.i])
                )
            if t.head.i == t.i:
                break
            t = t.head
        return False

    @staticmethod
    def _backers(tok: Token, index: MentionIndex) -> list[Mention]:
        found: list[Mention] = []
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        named = [m for m in mentions_for(obj, index) if m.kind is not MentionKind.PERSON]
                        found += named or _listed_after(obj, index)
        return found

    @staticmethod
    def _subject_by_position(tok: Token, index: MentionIndex) -> Token | None:
        """A parse that lost the subject ("Tsahkna told her Estonia would back Rutte", with Estonia taken as the
        object of "told"): the mention right before the trigger's auxiliaries stands in."""
        first = min([c.i for c in tok.children if c.dep_ in ("aux", "neg") and c.i < tok.i] + [tok.i])
        k = first - 1
        while k > tok.sent.start and tok.doc[k].lower_ in ("now", "all", "both", "also", "still", "already", "each"):
            k -= 1  # "the Visegrád Four now all back Rutte"
        if k >= tok.sent.start and index.at(tok.doc[k]) is None:
            t = tok.doc[k]  # "China, Japan and the European Union back X": the first of the list names a state
            while t.dep_ == "conj" and t.head.i < t.i:
                t = t.head
            if index.at(t) is not None and t.i < k:
                k = t.i
        if k >= tok.sent.start and index.at(tok.doc[k]) is not None:
            found = tok.doc[k]
            while found.dep_ == "conj" and found.head.i < found.i and index.at(found.head) is not None:
                found = found.head  # "Hungary and Serbia back ...": the first of the coordinated names
            return found
        return None

    def targets_for(self, trig: _Trigger, index: MentionIndex, holders: list[Mention]) -> tuple[list[Mention], bool]:
        """Candidates the trigger is about; the flag says whether a pronoun had to be resolved."""
        tok = trig.token
        holder_people = {m.person for m in holders if m.person}
        heads: list[Token] = []

        def collect(t: Token, depth: int) -> None:
            for child in t.children:
                if child.dep_ in _OBJECT_DEPS and child.dep_ != "nsubjpass":
                    heads.extend(conjuncts(child))
                    if child.lower_ in ("both", "either") or child.pos_ in ("DET", "NUM"):
                        collect(child, depth + 1)
                elif child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS and depth < 2:
                    collect(child, depth + 1)
                elif child.dep_ in ("conj", "appos") and depth > 0:
                    heads.extend(conjuncts(child))

        for t in trig.span_tokens:
            collect(t, 0)
        if tok.pos_ == "NOUN":
            heads.extend(c for c in tok.children if c.dep_ == "poss")
            if (
                self._backers(tok, index)
                and tok.dep_ in ("dobj", "attr")
                and tok.head.lemma_.lower() in _HAVING
                and (who := subject_of(tok.head)) is not None
            ):
                heads.append(who)  # "Rutte has the backing of ...": Rutte is the one backed
            if tok.dep_ == "dobj":  # "dropped its objection to Rutte": the object hangs from the verb
                for prep in tok.head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "behind", "against"):
                        collect(prep, 1)
        for t in self._chain(tok):  # passive: "Rutte is backed by Germany"
            heads.extend(c for c in t.children if c.dep_ == "nsubjpass")
        if tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children):
            heads.append(tok.head)  # "Helen Clark, backed by New Zealand, ..."
        targets: list[Mention] = []
        via_pronoun = False
        for head in heads:
            if head.lemma_.lower() in _RIVAL_NOUNS and head.tag_ == "NNS" and index.at(head) is None:
                # "either of the front-runners", "between the two candidates": the article's candidates so far
                for lead in self._leading_candidates(head, index):
                    if lead.person not in holder_people and lead not in targets:
                        targets.append(lead)
                continue
            candidates = [head, *(c for c in head.children if c.dep_ == "appos")]
            if head.lemma_.lower() in _OWNED_NOUNS:  # "press her case", "behind her one hundred percent"
                candidates += [c for c in head.children if c.dep_ == "poss"]
            if head.lemma_.lower() in _CANDIDATE_NOUNS or head.lower_ in ("both", "either"):
                candidates = [
                    c
                    for c in head.subtree
                    if c.dep_ in ("poss", "pobj", "conj", "compound", "appos") or c.lower_ in PRONOUNS_PERSON
                ] + [head]
            for c in candidates:
                m = index.at(c)
                if m is None and c.lower_ in ("whose", "whom"):
                    m = _antecedent(c, index)  # "Iohannis, whose candidacy it has supported"
                if m is None and (c.pos_ == "PROPN" or (c.lower_ in PRONOUNS_PERSON and not is_person_pronoun(c))):
                    # a name whose head word the mention finder did not cover ("Yoo Myung-he"): its known part
                    inner = [
                        x
                        for t in c.subtree
                        if (x := index.at(t)) is not None
                        and x.kind is MentionKind.PERSON
                        and x.person in self.known_people
                    ]
                    m = inner[-1] if inner else None
                if m is None and is_person_pronoun(c):
                    exclude = holders[0] if holders and holders[0].kind is MentionKind.PERSON else None
                    m = (
                        self._compatriot_for_pronoun(c, index, holders, trig.stance)
                        or self._candidate_for_pronoun(c, index, exclude)
                        or resolve_pronoun(c, index, exclude=exclude)
                    )
                    if m is not None:
                        via_pronoun = True
                if m is None:
                    m = self._adhoc(c, index)
                elif m.end - m.start == 1 and m.person == m.text and m.person not in self.known_people:
                    m = self._full_name(m, index) or m
                if (
                    m is not None
                    and m.kind is MentionKind.PERSON
                    and m.person not in holder_people
                    and m not in targets
                ):
                    targets.append(m)
        if not targets:
            # a parse that lost the object ("voted against von der Leyen and ...", "backs South Korea's Yoo"):
            # the first person named right after the trigger, before any other verb
            end = max(trig.end, tok.i + 1)
            things = [
                c
                for c in tok.children
                if c.dep_ == "dobj" and (c.lemma_.lower() in _EVENT_NOUNS or c.lower_ in ("them", "it", "this", "that"))
            ]
            if things:
                end = tok.sent.end  # "welcomed the withdrawal of Yoo": the object is a thing, not a lost name
            for t in tok.doc[end : min(end + 7, tok.sent.end)]:
                appositive = t.text == "," and t.doc[t.i - 1].lemma_.lower() in _CANDIDATE_NOUNS | _RIVAL_NOUNS
                if (
                    t.pos_ in ("VERB", "AUX")
                    or t.text in (";", ":")
                    or (t.text == "," and not appositive)  # ("its own candidate, Zoran ..." goes on)
                    or t.text in _OPEN_QUOTES + _CLOSE_QUOTES
                ):
                    break  # (nor past the end of a quote: '"... support him," Szijjártó said')
                m = index.at(t)
                if m is not None and m.kind is MentionKind.PERSON and m.person not in holder_people:
                    targets.append(m)
                    break
        return targets, via_pronoun

    # --- dates and conditions -----------------------------------------------------------------------------
    def date_for(
        self, sent: Span, tok: Token, verb: Token | None, speaker: Speaker | None, ref: date | None
    ) -> tuple[date | None, DatePrecision | None]:
        if speaker is not None and speaker.kind is SpeakerKind.POST and speaker.date is not None:
            return speaker.date.date, speaker.date.precision
        mentions = find_dates(sent.text, ref)
        best: DateMention | None = None
        anchors = {tok.i} | ({verb.i} if verb is not None else set())
        for chain_tok in self._chain(tok):
            anchors.add(chain_tok.i)
        for d in mentions:
            span = sent.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            t = span.root
            attached = False
            for _ in range(8):
                if t.i in anchors:
                    attached = True
                    break
                if t.dep_ in ("relcl", "acl") or t.head.i == t.i:
                    break
                t = t.head
            if attached or (t.head.i == t.i and best is None):
                best = d
                if attached:
                    break
        if best is not None:
            return best.date, best.precision
        if speaker is not None and speaker.date is not None:
            return speaker.date.date, speaker.date.precision
        if ref is not None:
            return ref, DatePrecision.PUBLISHED
        return None, None

    def conditions_for(self, sent: Span, tok: Token, unit_sents: list[Span]) -> tuple[str, ...]:
        out: list[str] = []
        for t in tok.subtree:
            if t.dep_ == "advcl" and t.head.i in {x.i for x in self._chain(tok)}:
                marks = [c for c in t.children if c.dep_ == "mark"]
                if marks and marks[0].lower_ in _CONDITION_MARKS:
                    out.append(_clean(tok.doc[marks[0].i + 1 : t.right_edge.i + 1].text))
                elif marks and marks[0].lower_ == "after":
                    text = tok.doc[marks[0].i + 1 : t.right_edge.i + 1].text
                    m = re.search(r"\b(?:assurances?|guarantees?|promises?|commitments?|pledges?)\s+that\s+(.+)$", text)
                    if m:
                        out.append(_clean(m.group(1)))
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
            r"in\s+(?:exchange|return)\s+for)\s+(.+?)(?:[.;]|$)",
            text,
        )
        if m and _clean(m.group(1)) not in out:
            out.append(_clean(m.group(1)))
        for s in unit_sents:
            for cm in re.finditer(r"\bcommit(?:s|ted|ting)?\s+to\s+(.+?)(?:[.;]|$)", s.text):
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

    # --- the whole sentence -------------------------------------------------------------------------------
    def find(
        self, doc: Doc, mentions: list[Mention], speakers: dict[int, Speaker], ref: date | None, title: str = ""
    ) -> list[StanceMention]:
        index = MentionIndex(doc, mentions)
        self._seen_candidates = set()
        self._named_candidates = []
        self._support_counts = Counter()
        self._home = {}
        self._title_words = {fold(w) for w in re.findall(r"[\w'’-]+", title)}
        topic = self.topic_office(doc, title)
        sents = list(doc.sents)
        out: list[StanceMention] = []
        for si, sent in enumerate(sents):
            text = sent.text.strip()
            if not text or text.endswith("?"):
                continue
            sentence_speaker = speakers.get(sent.start)
            triggers = self.triggers(sent)
            offices = self.offices_in(text) if triggers else []  # only a sentence with a stance word needs them
            self._verb_triggers = {
                (t.token.i, t.token.lemma_.lower())
                for t in triggers
                if t.token.pos_ == "VERB"
                and not t.phrase
                and t.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
            }
            for trig in triggers:
                found = self._stances_for(trig, sent, sents, si, index, sentence_speaker, offices, topic, ref)
                self._seen_candidates.update(x.target for x in found if not x.guessed_target)
                self._support_counts.update(
                    x.target for x in found if not x.guessed_target and x.stance is StanceType.SUPPORT
                )
                self._home.update(
                    (x.target, x.actor_country)
                    for x in found
                    if x.stance is StanceType.CANDIDACY and x.actor_country and x.target not in self._home
                )
                out.extend(found)
            out.extend(self._elliptical(sent, index, out, ref))
        # a candidate's country, where one sentence gives it ("Denmark nominated Strandmark"), for the others
        home = {
            s.target: s.actor_country
            for s in out
            if s.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL) and s.actor_country
        }
        out = [
            replace(s, actor_country=home.get(s.target))
            if s.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL) and s.actor_country is None
            else s
            for s in out
        ]
        # "Italy abstained" after "Hungary voted against von der Leyen": the candidate the sentence is about, or
        # else the last candidate named before it; a guess that names no candidate is dropped
        about: dict[int, str] = {}
        named = sorted((x.start_char, x.target) for x in out if not x.guessed_target)
        candidates = {t for _, t in named}
        leaving = {(x.start_char, x.target) for x in out if x.stance is StanceType.WITHDRAWAL}
        for x in sorted(out, key=lambda x: x.start_char):
            if not x.guessed_target and x.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                about.setdefault(x.start_char, x.target)
        guessed_ok = []
        for s in out:
            if s.guessed_target:
                named_before = [t for st, t in named if st <= s.start_char and (s.start_char, t) not in leaving]
                in_sentence = [
                    c
                    for c in candidates
                    if fold(c).split()[-1] in fold(s.evidence) and (s.start_char, c) not in leaving
                ]
                guess = s.target if (s.start_char, s.target) not in leaving else None
                target = (
                    about.get(s.start_char)
                    or (guess if guess in candidates or (guess and not candidates) else None)
                    or (in_sentence[0] if in_sentence else None)
                    or (named_before[-1] if named_before else None)
                )
                if target is None or target == s.actor:
                    continue  # no candidate, or the holder itself ("Rutte has all 32 allies behind him")
                s = replace(s, target=target)
            guessed_ok.append(s)
        out = guessed_ok
        # one stance per (actor, stance, target) and sentence
        unique: dict[tuple[object, ...], StanceMention] = {}
        for s in out:
            unique.setdefault((s.actor, s.actor_country, s.stance, s.target, s.start_char), s)
        # "dropped its objection and backs him": the support says more than the abstention
        backed = {(s.actor_country, s.target, s.start_char) for s in unique.values() if s.stance is StanceType.SUPPORT}
        for key, s in list(unique.items()):
            if s.stance is StanceType.ABSTAIN and (s.actor_country, s.target, s.start_char) in backed:
                del unique[key]
        # "no longer objects to him but will not vote for him either": neither against nor for, an abstention
        abstaining = {
            (s.actor_country, s.target, s.start_char) for s in unique.values() if s.stance is StanceType.ABSTAIN
        }
        for key, s in list(unique.items()):
            if s.stance is StanceType.OPPOSE and (s.actor_country, s.target, s.start_char) in abstaining:
                del unique[key]
        return sorted(unique.values(), key=lambda s: (s.start_char, s.trigger))

    def _stances_for(
        self,
        trig: _Trigger,
        sent: Span,
        sents: list[Span],
        si: int,
        index: MentionIndex,
        sentence_speaker: Speaker | None,
        offices: list[str],
        topic: str | None,
        ref: date | None,
    ) -> list[StanceMention]:
        tok = trig.token
        stance: StanceType = trig.stance
        if self.is_unasserted(tok):
            return []
        asked = {tok.i, *(a.i for a in tok.ancestors)}
        if any(t.text == "?" and t.head.i in asked for t in tok.doc[tok.i : sent.end]):
            return []  # '"Why would Hungary block Rutte?" Orbán asked': a question, quoted inside a sentence
        if stance in (StanceType.SUPPORT, StanceType.OPPOSE) and any(
            t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "be") and _not_yet(t.head) for t in self._chain(tok)
        ):
            return []  # "Hungary and Slovakia have yet to back Rutte": not yet, like "has not yet backed"
        if tok.pos_ == "NOUN" and tok.head.lower_ in ("without", "despite"):
            return []  # "supports Rutte without reservation", "despite objections"
        if tok.pos_ == "NOUN" and not trig.phrase and tok.dep_ == "compound":
            return []  # "NATO's Ukraine support operations": a noun modifying another names no stance
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (tok.head.i, tok.head.lemma_.lower()) in self._verb_triggers:
            return []  # "did not block the nomination of Kallas": the verb carries the stance
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in _NEEDS_FOR
            and tok.head.lemma_.lower() in ("run", "launch", "wage", "lead", "mount")
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "behind") for c in tok.children)
        ):
            return []  # "she ran a serious campaign" is her own bid; "a campaign for Rutte" backs him
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in _NEEDS_FOR
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "behind") for c in tok.children)
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return []  # "barred ministers from campaigning in the Netherlands": for no one
        signals: set[str] = set()  # what makes this reading less certain; priced in data/lexicon/confidence.json
        if stance is StanceType.CANDIDACY and not self._is_candidacy(trig):
            if tok.lemma_.lower() in ("candidacy", "candidature", "bid") and tok.head.lemma_.lower() in self.ending:
                stance = StanceType.WITHDRAWAL
            else:
                return []
        if stance is StanceType.OPPOSE and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in self.reversal:
            stance = StanceType.ABSTAIN  # "dropped its objection": no longer blocks
        elif stance is StanceType.SUPPORT and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _WITHDRAWING:
            return []  # "withdrew its support for X": no longer backs X, which is no stance we can name
        if stance is not StanceType.UNDECIDED and not trig.negation_in_phrase and self.is_negated(tok):
            if stance is StanceType.SUPPORT and any(_not_yet(t) for t in self._chain(tok)):
                return []  # "only Hungary did not yet declare for Rutte": undeclared, not opposed
            if (
                stance is StanceType.SUPPORT
                and tok.pos_ == "NOUN"
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _DECLARING
            ):
                stance = StanceType.UNDECIDED  # "has not declared its support for either": withheld, not refused
            flipped = self.negated.get(stance) if stance is not StanceType.UNDECIDED else StanceType.UNDECIDED
            if flipped is None:
                return []
            stance = flipped
        if any(c.dep_ == "aux" and c.lower_ in self.tentative for t in self._chain(tok) for c in t.children):
            signals.add("tentative")
            if self._guessed_by_others(tok, index):
                return []  # "Analysts say Turkey could back Rutte", "some allies fear Hungary could block him"
        if trig.phrase:
            signals.add("phrase")
        if stance in (StanceType.ABSTAIN, StanceType.UNDECIDED, StanceType.OPPOSE):
            signals.add(stance.value)
        if (
            stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
            and tok.tag_ == "VBG"
            and tok.dep_ == "pcomp"
            and tok.head.lower_ in ("before", "after", "since")
        ):
            return []  # "she chaired the board of Gavi before entering the race": background to someone's life
        if "tentative" in signals and stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            return []  # "he might step aside": not a withdrawal
        speakers, verb, unit_speaker = self.speaker_for(tok, index, sentence_speaker)
        holders = self.holders_for(trig, index, speakers)
        if holders and stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            holders += [m for m in _as_does(trig, index) if m not in holders]  # "..., as is Poland"
        if not holders:
            # "EU leaders nominated her": no member's stance, but it says who the candidates are
            if self._nominates(trig) or tok.lemma_.lower() in ("appoint", "elect"):
                named, _ = self.targets_for(trig, index, [])
                self._named_candidates.extend((sent.start_char, _target_name(m)) for m in named)
            return []
        guessed = False
        if stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if trig.phrase or stance is not StanceType.WITHDRAWAL:
                objects = []
            if any(index.at(o) is None and o.lemma_.lower() not in _WITHDRAWN_THINGS for o in objects):
                return []  # "withdrew its objection to Rutte", "withdrew its support": not a candidate leaving
            people = [h for h in holders if h.kind is MentionKind.PERSON]
            if not people:
                targets, _ = self.targets_for(trig, index, [])
                people = targets
            pairs = [(p, p) for p in people]
        else:
            targets, via_pronoun = self.targets_for(trig, index, holders)
            guessed = False
            has_object = any(  # an object or an "about" phrase ("support for X"; not "support in a statement")
                # ("viewed the candidacy negatively": a candidacy naming no one leaves the candidate to the context)
                (
                    c.dep_ == "dobj"
                    and c.i > tok.i  # (not a "that" the parser took for an object)
                    and not (
                        c.lemma_.lower() in _CANDIDATE_NOUNS
                        and index.in_span(c.left_edge.i, c.right_edge.i + 1) == []
                        and not any(g.dep_ == "prep" for g in c.children)  # ("the candidacy of its president")
                        # ("preferred an Eastern European candidate": someone, not a candidate named before)
                        and not any(g.dep_ == "det" and g.lower_ in ("a", "an", "any", "another") for g in c.children)
                    )
                )
                or (
                    c.dep_ == "prep"
                    and c.lower_ in _ABOUT_PREPS
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                )
                for t in trig.span_tokens
                for c in t.children
                if t.i >= tok.i
            )
            if not targets and (not has_object or stance is StanceType.UNDECIDED):  # "made up its mind"
                # "Italy abstained", "with Hungary voting against", "announced its backing": the candidate named
                # nearby (kept only if it is a candidate the article names as such); with no one nearby, a
                # placeholder the article's candidates fill in (see ``find``)
                nearby = self._nearby_candidates(sent, index, holders + speakers)
                targets = nearby or [Mention(tok.i, tok.i, MentionKind.PERSON, "", None, person="", name="")]
                guessed = True
                signals.add("guessed_target")
            if via_pronoun:
                signals.add("pronoun_target")
            pairs = [(h, t) for h in holders for t in targets]
        nominated: list[Mention] = []
        if (
            stance is StanceType.SUPPORT
            and self._nominates(trig)
            and all(h.kind is not MentionKind.PERSON for h in holders)
        ):
            # a government putting a candidate forward: its support, and the candidate's candidacy
            nominated = [t for _, t in pairs]
        if not pairs:
            return []
        when, precision = self.date_for(sent, tok, verb, unit_speaker or sentence_speaker, ref)
        unit_sents = self._unit(sent, sents, si, unit_speaker or sentence_speaker)
        conditions = self.conditions_for(sent, tok, unit_sents)
        office = offices[0] if offices else topic
        if not offices:
            signals.add("office_from_context" if office else "no_office")
        if unit_speaker is not None or sentence_speaker is not None:
            signals.add("quote_or_post")
        start, end = _strip_span(sent)
        evidence = doc_text(sent.doc)[start:end]
        out = []
        for holder, target in pairs:
            actor, country = self._actor(holder, speakers, stance)
            if country is None and stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                # "Poland withdrew its own candidate, X", "a Polish minister says X is withdrawing": the state
                # that puts the candidate forward or speaks for them
                country = next(
                    (m.country for m in (*holders, *speakers) if m.country and m.person != holder.person), None
                )
            own = set(signals)
            if target.person and target.person == target.text and target.person not in self.known_people:
                own.add("unknown_target")
            if holder.members:
                own.add("group")
            if holder.kind is MentionKind.PERSON and not holder.country:
                own.add("stateless_actor")
            confidence = self.confidence_of(own)
            for member in holder.members or (country,):  # a group: one stance per member state
                country = member
                if country is None and holder.kind is not MentionKind.PERSON:
                    continue
                out.append(
                    StanceMention(
                        actor=actor,
                        actor_country=country,
                        stance=stance,
                        target=_target_name(target),
                        office=office,
                        conditions=conditions,
                        date=when,
                        date_precision=precision,
                        evidence=evidence,
                        start_char=start,
                        end_char=end,
                        confidence=confidence,
                        trigger=tok.i,
                        guessed_target=stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL) and guessed,
                    )
                )
        nominator = holders[0].country if holders else None
        for person in dict.fromkeys(nominated):
            out.append(
                StanceMention(
                    actor=person.actor,
                    actor_country=person.country or nominator,
                    stance=StanceType.CANDIDACY,
                    target=_target_name(person),
                    office=office,
                    conditions=(),
                    date=when,
                    date_precision=precision,
                    evidence=evidence,
                    start_char=start,
                    end_char=end,
                    confidence=self.confidence_of(signals | {"nomination"}),
                    trigger=tok.i,
                )
            )
        return out

    def _elliptical(
        self, sent: Span, index: MentionIndex, so_far: list[StanceMention], ref: date | None
    ) -> list[StanceMention]:
        """Stances stated by ellipsis, copied from the stance they echo:
        - "Austria said it would back the Romanian, and Germany followed" (also "followed suit");
        - "New Zealand has put its full weight behind Clark, and Argentina behind Malcorra" (a gapped clause:
          a state and a preposition and a candidate, with no verb)."""
        doc = sent.doc
        start, end = _strip_span(sent)
        stated = [
            s
            for s in so_far
            if not s.guessed_target
            and s.stance in (StanceType.SUPPORT, StanceType.OPPOSE, StanceType.ABSTAIN)
            and s.start_char >= (doc[sent.start - 1].sent.start_char if sent.start > 0 else 0)
            and s.start_char <= start
        ]
        if not stated:
            return []
        out: list[StanceMention] = []
        for tok in sent:
            holder: Mention | None = None
            model = stated[-1]
            target = model.target
            if tok.lemma_.lower() == "follow" and tok.pos_ == "VERB":
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                if all(o.lemma_.lower() in ("suit", "lead", "example") for o in objects):
                    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                    found = mentions_for(subj, index) if subj is not None else []
                    holder = next((m for m in found if m.kind is not MentionKind.PERSON and m.country), None)
            elif tok.dep_ == "cc" and tok.lower_ == "and" and tok.i + 3 < sent.end:
                # and STATE PREP CANDIDATE, with no verb after the "and"
                state = index.at(doc[tok.i + 1])
                if state is None or state.kind is MentionKind.PERSON or not state.country:
                    continue
                prep = doc[state.end] if state.end < sent.end else None
                if prep is None or prep.lower_ not in ("behind", "for", "against"):
                    continue
                person = index.at(doc[prep.i + 1]) if prep.i + 1 < sent.end else None
                rest = doc[tok.i : min(sent.end, prep.i + 1)]
                if person is None or person.kind is not MentionKind.PERSON or any(t.pos_ == "VERB" for t in rest):
                    continue
                same_sentence = [s for s in stated if s.start_char == start]
                if not same_sentence:
                    continue
                model, holder, target = same_sentence[-1], state, _target_name(person)
            if holder is None or any(s.actor_country == holder.country and s.start_char == start for s in so_far):
                continue
            when, precision = self.date_for(sent, tok, None, None, ref)
            out.append(
                replace(
                    model,
                    actor=holder.actor,
                    actor_country=holder.country,
                    target=target,
                    evidence=doc.text[start:end],
                    start_char=start,
                    end_char=end,
                    date=when,
                    date_precision=precision,
                    trigger=tok.i,
                    confidence=self.confidence_of({"phrase"}),
                )
            )
        return out

    def _nominates(self, trig: _Trigger) -> bool:
        lemma = trig.token.lemma_.lower()
        if trig.phrase:
            return "forward" in trig.token.doc[trig.token.i : max(trig.end, trig.token.i + 1)].text.lower()
        if lemma == "nomination" and trig.token.pos_ == "NOUN":
            return True  # "Bulgaria's nomination of Georgieva", "switched its nomination to Georgieva"
        if lemma == "approve" and trig.token.pos_ == "VERB":
            # "the government approved the nomination of X": it puts X forward
            return any(c.dep_ == "dobj" and c.lemma_.lower() in _NOMINATION_NOUNS for c in trig.token.children)
        return lemma in self.nominating and trig.token.pos_ == "VERB"

    def _is_candidacy(self, trig: _Trigger) -> bool:
        tok = trig.token
        if trig.phrase:
            return True
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN":
            if tok.lemma_.lower() == "candidate":  # "he is a candidate for ...", "stand as a candidate"
                return tok.dep_ in ("attr", "pobj") and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
                )
            return tok.head.lemma_.lower() in self.announce and tok.dep_ in ("dobj", "nsubjpass")
        if tok.pos_ == "ADJ":  # "would be interested in the job", "... in succeeding Jens Stoltenberg"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
                for obj in prep.children:
                    if obj.lemma_.lower() in self.office_nouns or self.offices_in(obj.sent.text):
                        return True
                    if obj.dep_ == "pcomp" and obj.lemma_.lower() in ("succeed", "replace", "lead", "head", "become"):
                        return True
            return False
        if lemma in ("run", "stand", "bid", "candidate"):  # "decided to candidate for" (translated English)
            return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
        if lemma == "seek":
            return any(c.dep_ == "dobj" and c.lemma_.lower() in self.office_nouns for c in tok.children)
        return False

    def _nearby_candidates(self, sent: Span, index: MentionIndex, holders: list[Mention]) -> list[Mention]:
        """For "... said it had not decided": the candidate named in the sentence, else in the one before."""
        held = {h.person for h in holders}
        start = sent.start
        if start > 0:
            start = sent.doc[start - 1].sent.start  # the sentence before
        people = [m for m in index.in_span(start, sent.end) if m.kind is MentionKind.PERSON and m.person not in held]
        for tok in sent:
            # "nominated her ..., with Hungary voting against": the person an object pronoun stands for
            if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
                resolved = self._candidate_for_pronoun(tok, index, None) or resolve_pronoun(tok, index)
                if resolved is not None and resolved.person not in held:
                    people.append(replace(resolved, start=tok.i, end=tok.i + 1))
        people.sort(key=lambda m: m.start)
        in_sentence = [m for m in people if m.start >= sent.start]
        return (in_sentence or people[-1:])[:1]

    @staticmethod
    def _unit(sent: Span, sents: list[Span], si: int, speaker: Speaker | None) -> list[Span]:
        """The sentences a condition may come from: the quote or post, else the sentence and the one before
        it in the same paragraph."""
        if speaker is not None and speaker.unit is not None:
            s, e = speaker.unit
            return [x for x in sents if s <= x.start_char < e or x.start_char <= s < x.end_char]
        unit = [sent]
        if si > 0 and "\n" not in doc_text(sent.doc)[sents[si - 1].end_char - 1 : sent.start_char]:
            unit.insert(0, sents[si - 1])
        return unit

    @staticmethod
    def _actor(holder: Mention, speakers: list[Mention], stance: StanceType) -> tuple[str, str | None]:
        if holder.kind is MentionKind.PERSON or stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            return holder.actor, holder.country
        people = [s for s in speakers if s.kind is MentionKind.PERSON]
        if len(people) == 1 and (people[0].country in (None, holder.country)):
            return people[0].actor, holder.country
        return holder.actor, holder.country


_NOT_PEOPLE = frozenset(
    "council union organization organisation commission ministry bank party group assembly parliament government "
    "agency office committee fund court summit alliance nato un eu wto unesco who imf secretariat secretary "
    "general director president minister chair chairman chairwoman head prime chancellor commissioner ambassador "
    "representative high post job race".split()
)


_WAVERING = frozenset({"waver", "falter", "hesitate", "flinch", "weaken"})


def _no_longer(tok: Token) -> bool:
    """ "would no longer object": "longer" with its "no" (a negation the parser does not label ``neg``)."""
    return tok.lower_ == "longer" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"


_ALLY_NOUNS = frozenset({"ally", "member", "country", "state", "government", "capital", "nation", "one"})


def _antecedent(relative: Token, index: MentionIndex) -> Mention | None:
    """The person a relative word ("whose", "who") refers to: the noun its clause hangs from, or the name in
    apposition to that noun."""
    clause = relative.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return None
    head = clause.head
    for t in (head, *(c for c in head.children if c.dep_ == "appos")):
        m = index.at(t)
        if m is not None and m.kind is MentionKind.PERSON:
            return m
    return None


def _subject_of_one_of(tok: Token) -> Token | None:
    """ "Estonia became one of the latest allies to endorse Rutte": an infinitive describing the allies takes
    the subject of the clause that counts the holder among them."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ not in ("relcl", "acl") or not (infinitive or tok.tag_ == "VBG"):
        return None  # (also a participle: "one of the last allies standing in the way of Rutte")
    t = tok.head
    if t.lemma_.lower() not in _ALLY_NOUNS:
        return None
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "attr", "nummod") or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return next((c for c in t.children if c.dep_ == "nsubj"), None)
    return None


def _as_does(trig: _Trigger, index: MentionIndex) -> list[Mention]:
    """ "The Nordic countries are behind Rutte, as is Poland": the state of a comparative "as is/does" clause
    holds the same stance."""
    out: list[Mention] = []
    for t in {trig.token, trig.token.head}:
        for clause in t.children:
            if (
                clause.dep_ == "advcl"
                and clause.lemma_.lower() in ("be", "do", "have")
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
            ):
                for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                    out += [m for m in mentions_for(subj, index) if m.kind is not MentionKind.PERSON]
    return out


def _listed_after(noun: Token, index: MentionIndex) -> list[Mention]:
    """ "the support of the big allies, among them the United States and Germany": the states listed after
    "among them", "including" or "such as", up to the next verb."""
    doc = noun.doc
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


def _joined_by_and(conj: Token) -> bool:
    """A verb coordinated with "and" or "but" (not "or", which shares a negation: "did not back or endorse")."""
    head = conj.head
    return any(c.dep_ == "cc" and c.lower_ in ("and", "but") and head.i < c.i < conj.i for c in head.children)


def _not_yet(tok: Token) -> bool:
    """ "has not yet backed him": the stance is still to come, not a refusal."""
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.children)


_CANDIDATE_WORDS = frozenset({"candidate", "politician", "nominee", "contender", "diplomat", "premier", "leader"})
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
    while start > tok.sent.start and (
        (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == tok.i)
        or (doc[start - 1].text == "-" and start - 2 >= tok.sent.start and doc[start - 2].pos_ == "PROPN")
    ):
        start -= 1
    span = doc[start : tok.i + 1]
    inside = [m for t in span if (m := index.at(t)) is not None]
    if any(m.kind is not MentionKind.PERSON for m in inside) or any(t.lower_ in _NOT_PEOPLE for t in span):
        return None
    if len(span.text) < 4 or span.text.isupper() or any(t.ent_type_ in _NOT_PERSON_ENTS for t in span):
        return None
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


_GENERIC_WORDS = frozenset(
    "the a next new its secretary general secretary-general director director-general president chair chairman "
    "high representative top job post head chief leader".split()
)


def _generic(alias: str) -> bool:
    """A title that could be any body's ("secretary-general", "the top job"), not one post's."""
    return all(w in _GENERIC_WORDS for w in alias.replace("'s", "").split())


def _alternation(forms: list[str]) -> re.Pattern[str]:
    if not forms:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def _target_name(m: Mention) -> str:
    return m.person or m.name or m.text


def _clean(text: str) -> str:
    return " ".join(text.strip().rstrip(".,;:").split())


def _strip_span(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end
