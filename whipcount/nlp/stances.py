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

Steps 1-3 are in ``triggers.py``, 4 in ``holders.py`` and 5 in ``targets.py`` (their phrase helpers in
``phrases.py``), the office, date, conditions and confidence in ``circumstances.py``, stances stated by ellipsis
("and Germany followed") in ``ellipsis.py``, and the candidate of a stance whose sentence names none ("Italy
abstained") in ``guesses.py``; this module puts them together, sentence by sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import DatePrecision, StanceType
from ..reference import Reference, fold
from .attribution import MentionIndex, Speaker, fits_pronoun, fronted_noun, mentions_for, verb_as_compound
from .circumstances import Forms, _alternation, _generic
from .ellipsis import StanceEllipsis
from .guesses import TargetGuesses
from .holders import _ABOUT_PREPS, HOME, clause_restarts
from .mentions import BLOC, Mention, MentionKind, doc_text
from .phrases import _ENDS_SENTENCE, _strip_span, _target_name
from .targets import _CANDIDATE_NOUNS, _unnamed_candidacy
from .triggers import _ASIDE_NOUNS, _Trigger, said_not

_WITHDRAWING = frozenset({"withdraw", "drop", "abandon", "retract", "pull", "suspend", "revoke", "rescind"})
_WITHDRAWN_THINGS = frozenset(
    {"candidacy", "candidature", "bid", "name", "application", "nomination", "candidate", "nominee", "him", "her"}
)
_DECLARING = frozenset({"declare", "announce", "give", "express", "offer", "pledge", "state", "lend", "make"})
_SETTLING = frozenset({"decide", "commit", "resolve"})
_NOMINATION_NOUNS = frozenset({"nomination", "candidature", "candidacy"})
_NEEDS_FOR = frozenset({"campaign", "lobby"})
_FOR_A_POST = re.compile(
    r"\bfor\s+(?:the\s+(?:post|job|position|role)\s+of\s+)?(?:the\s+)?"
    r"(?:director[- ]general|secretary[- ]general|president|chair(?:man|woman|person)?|head|executive\s+director)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.'’-]*){0,6}",
)
_AWAITING = frozenset({"need", "require", "await", "face", "depend"})
_EXPLAINING = frozenset({"date", "stem", "root", "trace", "arise", "originate", "go"})
# a line of links to other stories on a web page
_LINK_LINE = re.compile(
    r"\s*(?:related(?:\s+(?:stories|articles|news|press\s+releases|content|coverage))?|read\s+(?:more|also|next)|"
    r"see\s+also|more\s+on\s+this(?:\s+story)?|recommended|further\s+reading|also\s+read|"
    r"most\s+(?:read|popular|viewed|shared|commented)|trending(?:\s+now)?|top\s+stories|popular(?:\s+now)?|"
    r"latest(?:\s+(?:news|stories|headlines))?|more\s+(?:news|stories)|editor['’]?s\s+picks|you\s+may\s+also\s+like|"
    r"watch|listen|video|audio|podcast)"
    r"\s*[:|—–-]",
    re.I,
)
# the heading of a list that sums up a live page or a story ("Key events", "Key points", "At a glance")
_SUMMARY_HEADING = re.compile(
    r"^[ \t]*(?:key\s+(?:events|points|developments|facts|takeaways)|summary|at\s+a\s+glance|highlights|in\s+brief|"
    r"what\s+we\s+know(?:\s+so\s+far)?|the\s+latest|in\s+short)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_TIMED_ENTRY = re.compile(r"^[ \t]*\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|CES?T|GMT|UTC|BST))?\s*[-–—|:]", re.M | re.I)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])\s")
_HEADLINE_LIST = re.compile(r"(?:[^|]+\s\|\s){3,}")  # "A | B | C | D": other stories' headlines in a row


def _summary_blocks(text: str) -> list[tuple[int, int]]:
    """On a live page (entries led by their time, "09.30 - ..."), the character spans of the list items under a
    summing-up heading ("Key events\n- Hungary will back Rutte\n- ..."), up to the first line that is not an item."""
    spans: list[tuple[int, int]] = []
    if len(_TIMED_ENTRY.findall(text)) < 2:
        return spans  # (not a live page: a story's "Key points" are coded as they stand)
    for heading in _SUMMARY_HEADING.finditer(text):
        at = heading.end() + 1
        start = end = at
        while at < len(text):
            nl = text.find("\n", at)
            line = text[at : nl if nl >= 0 else len(text)]
            if line.strip() and not _LIST_ITEM.match(line):
                break
            end = nl if nl >= 0 else len(text)
            at = end + 1
        if end > start:
            spans.append((start, end))
    return spans


def _line_bounds(sent: Span) -> tuple[int, int]:
    """Where the line a sentence starts on begins and ends, in the Doc's text."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _line_of(sent: Span, width: int = 60) -> str:
    """The line of text a sentence starts on, from its beginning (its first ``width`` characters)."""
    start, end = _line_bounds(sent)
    return doc_text(sent.doc)[start : min(start + width, end)]


_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—·])\s*")


def _headline_line(sent: Span) -> bool:
    """A line standing on its own with no sentence punctuation at its end, short, and followed by a blank line or
    another such line ("2. Slovakia backs Rutte for NATO top job" in a "Most read" box, a related story's
    headline): another story's headline, which states nothing itself."""
    text = doc_text(sent.doc)
    start, end = _line_bounds(sent)
    own = text[sent.start_char : min(sent.end_char, end)].strip()  # (the sentence's part of its line)
    if not own or _ENDS_SENTENCE.search(own) or end - start > 200:
        return False  # (the cheap tests first: this runs on every sentence)
    line = _LIST_MARK.sub("", text[start:end]).strip()
    if not line or _ENDS_SENTENCE.search(line) or len(line.split()) > 16:
        return False
    # the line after it (only that line is read, not the rest of the document)
    nxt = end + 1
    stop = text.find("\n", nxt)
    after = text[nxt : len(text) if stop < 0 else stop].strip()
    return not after or not after[:1].islower()


_HEADLINE_CANDIDATE_WORDS = frozenset({"candidate", "nominee", "contender", "challenger", "hopeful"})
_INTENDING = frozenset({"prepare", "plan", "consider", "weigh", "contemplate", "threaten", "mull"})
_OFFICIALS = re.compile(r"\b(?:officials|diplomats|sources)\b", re.IGNORECASE)  # a state's unnamed voices


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


class StanceFinder(TargetGuesses, StanceEllipsis):
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
        self.stance_lemmas = frozenset(lemma for _, lemma in self.words)
        from .focus import cue_pattern, misspellings  # here: focus imports the claim patterns, which import this

        self.cues = cue_pattern(reference)
        self.misspelt = misspellings(lex.get("misspellable", ()))  # "suport" -> "support"
        self.phrases = [
            (re.compile(p, re.I), StanceType(s)) for s in StanceType for p in lex.get(s.value, {}).get("phrases", ())
        ]
        self.negated = {StanceType(k): (StanceType(v) if v else None) for k, v in lex["negated"].items()}
        self.oppose_nouns = frozenset(lex["oppose"]["nouns"])  # "objection", "veto": what a reversal drops
        self.speech = frozenset(lex["speech_verbs"])
        self.tentative = frozenset(lex["tentative_modals"])
        self.hedges = frozenset(lex["hedges"])
        self.speculation = frozenset(lex["speculation_nouns"])
        commentators = lex.get("commentators", {})
        self.commentator_nouns = frozenset(commentators.get("nouns", ()))
        self.former_words = frozenset(commentators.get("former", ()))
        self.official_nouns = frozenset(commentators.get("officials", ()))
        self.reversal = frozenset(lex["reversal_verbs"])
        self.refusal = frozenset(lex["refusal_verbs"])
        self.announce = frozenset(lex["candidacy"]["announce_verbs"])
        self.ending = frozenset(lex["withdrawal"]["ending_verbs"])
        self.office_nouns = frozenset(lex["office_nouns"])
        # candidates met so far in the article being read ("backed him" prefers them); reset for each Doc
        self._seen_candidates: set[str] = set()
        self._withdrawn: set[str] = set()  # candidates who withdrew in an earlier sentence of the Doc
        # people a stance word is about though no member holds the stance ("EU leaders nominated her"), with
        # the character offset of their sentence; reset for each Doc
        self._named_candidates: list[tuple[int, str]] = []
        self._verb_triggers: set[tuple[int, str]] = set()  # in the sentence being read
        self._trigger_tokens: set[int] = set()  # (every trigger's tokens, but a candidacy's or withdrawal's)
        self._restarts: dict[int, tuple[int, int]] = {}  # in the sentence being read: see clause_restarts
        self._support_counts: Counter[str] = Counter()  # how often each candidate was backed so far in the Doc
        self._refusals: set[int] = set()  # triggers of support read as a refusal ("did not give her vote to X")
        self._home: dict[str, str] = {}  # candidate -> the state that put them forward, so far in the Doc
        self._title_words: set[str] = set()  # the folded words of the article's title
        self._ref_date: date | None = None  # the publication date of the Doc being read
        self._title_state: str | None = None  # the one state the Doc's headline names, if it names one
        self._speaker_states: dict[str, str] = {}  # a speaker of no known state -> the state their "we" was
        self._home_government: str | None = None  # the state of the first unnamed "government" a story speaks of
        self._office_of: dict[str, str] = {}  # candidate -> the post a sentence naming one post tied them to
        self._article_offices: set[str] = set()  # the posts the Doc's article names
        self.nominating = frozenset(lex["candidacy"].get("nominating_verbs", ()))
        self.demonyms = {fold(d): c.code for c in reference.countries.values() for d in c.demonyms}
        self.post_of = {p.name: t.role for p in reference.people for t in p.terms if t.role in reference.offices}
        # a person's state from their latest office of a state, whenever held (a former minister is still a national)
        self.nationality = {
            p.name: max((t for t in p.terms if t.country), key=lambda t: t.start).country
            for p in reference.people
            if any(t.country for t in p.terms)
        }
        self.country_names = {fold(n): c.code for c in reference.countries.values() for n in (c.name, *c.aliases)}
        self.metonym_names = {fold(n): c.code for c in reference.countries.values() for n in c.metonyms}
        self.known_people = frozenset(p.name for p in reference.people)
        self.office_words = frozenset(
            w
            for office in reference.offices.values()
            for form in (office.name, *office.aliases)
            for w in fold(form).split()
            if len(w) > 3
        )
        # who held a post of an international body, and when (Stoltenberg, NATO, 2014-2024)
        self.international_terms = {
            p.name: tuple(t for t in p.terms if t.country is None and t.role in reference.offices)
            for p in reference.people
        }
        self.pricing = lex.get("confidence", {"base": 0.9, "penalties": {}})

        self.list_anaphors = tuple(lex["list_anaphors"])
        # Specific aliases name one post ("the alliance's top job"); generic ones ("secretary-general") fit several
        # and go to the post whose body the article talks about.
        self.office_patterns: list[tuple[str, Forms]] = []
        self.generic_patterns: list[tuple[str, Forms]] = []
        self.body_patterns: list[tuple[str, Forms]] = []
        cue_forms: dict[str, set[str]] = {}
        for office in reference.offices.values():
            forms = {fold(f) for f in (office.name, *office.aliases)}
            specific = [f for f in forms if not _generic(f)]
            generic = [f for f in forms if _generic(f)]
            if specific:
                self.office_patterns.append((office.name, Forms.of(specific)))
            if generic:
                self.generic_patterns.append((office.name, Forms.of(generic)))
            body = reference.bodies.get(office.body)
            words = {fold(office.body)} | {fold(a).removeprefix("the ") for a in (body.aliases if body else ())}
            words = {w for w in words if len(w) > 2 and w not in ("the council", "council")}
            self.body_patterns.append((office.name, Forms.of(words)))
            cue_forms[office.name] = forms | words
        # the people who held each post: "the race to succeed Kofi Annan" is about his post (by full name only)
        holders: dict[str, set[str]] = {}
        for person in reference.people:
            for term in person.terms:
                if term.role in reference.offices:
                    holders.setdefault(term.role, set()).add(fold(person.name))
        self.holder_patterns = [(office, Forms.of(names)) for office, names in holders.items()]
        self.holder_words = frozenset(w for names in holders.values() for n in names for w in n.split())
        # all of them as one pattern, for the cheap test before parsing (one search instead of one per pattern)
        cues = {f for forms in cue_forms.values() for f in forms}
        self.office_cue = _alternation(cues)
        self.any_office = _alternation(cues | {n for names in holders.values() for n in names})

    # --- the whole sentence -------------------------------------------------------------------------------
    def find(
        self, doc: Doc, mentions: list[Mention], speakers: dict[int, Speaker], ref: date | None, title: str = ""
    ) -> list[StanceMention]:
        index = MentionIndex(doc, mentions)
        self._seen_candidates = set()
        self._withdrawn = set()
        self._named_candidates = []
        self._support_counts = Counter()
        self._refusals = set()
        self._home = {}
        self._ref_date = ref
        self._office_of = {}
        self._title_words = {re.sub(r"['’]s?$", "", fold(w)) for w in re.findall(r"[\w'’-]+", title)}
        topic, self._article_offices = self.offices_of_article(doc, title)
        self._title_state = self._one_state_in(title)
        self._speaker_states = {}
        self._home_government = None
        sents = list(doc.sents)
        out: list[StanceMention] = []
        for si, sent in enumerate(sents):
            text = sent.text.strip()
            line = _line_of(sent, 400)
            if (
                not text
                or text.endswith("?")
                or _LINK_LINE.match(line)
                or ("|" in line and _HEADLINE_LIST.match(line))
                or _headline_line(sent)
            ):
                continue  # (a question; "Related press releases: ...", "Most read: ...", a headline of another story)
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
            self._restarts = clause_restarts(triggers, index)
            self._trigger_tokens = {
                x.i
                for t in triggers
                if t.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
                for x in t.span_tokens
            }
            for trig in triggers:
                found = self._stances_for(trig, sent, sents, si, index, sentence_speaker, offices, topic, ref)
                self._seen_candidates.update(x.target for x in found if not x.guessed_target)
                self._withdrawn.update(x.target for x in found if x.stance is StanceType.WITHDRAWAL)
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
        stateless = {
            s.target
            for s in out
            if s.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
            and s.actor_country is None
            and home.get(s.target) is None
        }
        if len(stateless) == 1 and (headline := self._headline_candidate_state(title, next(iter(stateless)))):
            # "Austrian candidate bows out" over "Petra Hollensteiner withdrew": the one candidate the text gives
            # no state is the one the headline names by hers
            home[next(iter(stateless))] = headline
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
        candidates = list(dict.fromkeys(t for _, t in named))  # (in the order named: a set's order varies by run)
        leaving = {(x.start_char, x.target) for x in out if x.stance is StanceType.WITHDRAWAL}
        for x in sorted(out, key=lambda x: x.start_char):
            if not x.guessed_target and x.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                about.setdefault(x.start_char, x.target)
        guessed_ok = []
        guessed_before: list[tuple[int, str]] = []  # the targets guessed so far, in the order of the text
        for s in out:
            if s.guessed_target:
                target, in_sentence = self._settle_guess(s, doc, out, named, candidates, leaving, about, guessed_before)
                if target is None or target == s.actor:
                    continue  # no candidate, or the holder itself ("Rutte has all 32 allies behind him")
                if s.stance is StanceType.UNDECIDED and s.actor in candidates:
                    continue  # a candidate is not undecided in her own race (a holder the parse got wrong)
                office = self._known_post(target) or self._office_of.get(target) or s.office
                s = replace(s, target=target, office=office)
                if (
                    s.stance is StanceType.UNDECIDED
                    and not in_sentence
                    and fold(target).split()[-1] not in fold(s.evidence)
                    and len(self._running(s, out, target)) > (3 if re.search(r"\bthree\b", s.evidence) else 2)
                ):
                    continue  # "Moscow has not endorsed any candidate", in a field of ten: undecided on no one named
                guessed_before.append((s.start_char, target))
                for other in self._undecided_field(s, out, target, in_sentence):
                    # "Slovakia has not yet decided whom to back": undecided on every candidate in the race
                    guessed_ok.append(replace(s, target=other, office=self._known_post(other) or office))
            guessed_ok.append(s)
        out = guessed_ok
        # one stance per (actor, stance, target) and sentence
        unique: dict[tuple[object, ...], StanceMention] = {}
        for s in out:
            seen: tuple[object, ...] = (s.actor, s.actor_country, s.stance, s.target, s.start_char)
            kept = unique.setdefault(seen, s)
            undated = (None, DatePrecision.PUBLISHED)
            if kept.date_precision in undated and s.date_precision not in undated:
                unique[seen] = s  # (the reading that dates it: "put her name forward, voted for her on 2 July")
            elif (
                s.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)  # (a bid dates from its nomination)
                and kept.date_precision not in undated
                and s.date_precision not in undated
                and _in_relative_clause(doc[kept.trigger])
                and not _in_relative_clause(doc[s.trigger])
            ):
                # "Berlin, which backed her in April, repeated its support on Monday": the news, not the clause
                # that recalls the past
                unique[seen] = s
        # "The United States has declined to say ..., and US officials said they were still consulting": the
        # state's officials in the sentence that names the state say the same, one stance
        # (the officials' date stands if the state's sentence gives none: "..., and Russian diplomats told
        # reporters on Thursday")
        by_state: dict[tuple[object, ...], tuple[object, ...]] = {
            (s.actor_country, s.stance, s.target, s.start_char): key
            for key, s in unique.items()
            if s.actor_country and not _OFFICIALS.search(s.actor)
        }
        for key, s in list(unique.items()):
            state_key = by_state.get((s.actor_country, s.stance, s.target, s.start_char))
            if _OFFICIALS.search(s.actor) and state_key is not None:
                del unique[key]
                state = unique[state_key]
                if state.date_precision in undated and s.date_precision not in undated:
                    unique[state_key] = replace(state, date=s.date, date_precision=s.date_precision)
        # "Moscow has not said which of the region's candidates it prefers": undecided over a wide field is no
        # stance on any one candidate
        weighing = Counter((s.actor, s.trigger) for s in unique.values() if s.stance is StanceType.UNDECIDED)
        for key, s in list(unique.items()):
            if s.stance is StanceType.UNDECIDED and weighing[(s.actor, s.trigger)] > 3:
                del unique[key]
        # "dropped its objection and backs him": the support says more than the abstention
        backed = {(s.actor_country, s.target, s.start_char) for s in unique.values() if s.stance is StanceType.SUPPORT}
        for key, s in list(unique.items()):
            if s.stance is StanceType.ABSTAIN and (s.actor_country, s.target, s.start_char) in backed:
                del unique[key]
        # "no longer objects to him but will not vote for him either": neither against nor for, an abstention
        # (but "Turkey objected to him in 2009 and lifted its veto only in April": the objection first, then its
        # end, two stances)
        abstaining = {
            (s.actor_country, s.target, s.start_char): s.trigger
            for s in unique.values()
            if s.stance is StanceType.ABSTAIN
        }
        for key, s in list(unique.items()):
            if (
                s.stance is StanceType.OPPOSE
                and (at := abstaining.get((s.actor_country, s.target, s.start_char))) is not None
                and (at < s.trigger or s.trigger in self._refusals)
            ):
                del unique[key]
        # a live page's "Key events" list sums up the entries below it: a stance it repeats is the entry's
        summed = _summary_blocks(doc_text(doc))
        if summed:
            told = {
                (s.actor_country or s.actor, s.stance, s.target)
                for s in unique.values()
                if not any(a <= s.start_char < b for a, b in summed)
            }
            for key, s in list(unique.items()):
                if (s.actor_country or s.actor, s.stance, s.target) in told and any(
                    a <= s.start_char < b for a, b in summed
                ):
                    del unique[key]
        return sorted(unique.values(), key=lambda s: (s.start_char, s.trigger))

    def _question_about_a_stance(self, trig: _Trigger, index: MentionIndex) -> bool:
        """An undecided phrase that ends in a question word ("declined to say whether", "has not said which") is a
        stance only if the question is about one: a stance word, a candidate or "him"/"her" follows it in the
        clause ("whether it would back Rutte", "which of the two it prefers"; not "whether a decision would come
        this week", "which portfolio France would seek", "whether she will")."""
        doc = trig.token.doc
        question = doc[trig.end - 1] if trig.end > trig.token.i else trig.token
        end = trig.token.sent.end
        if question.lower_ not in ("whom", "who", "which", "whether"):
            # "still weighing when to reopen the borders", "undecided about who would represent the country": a
            # question word right after the phrase
            k = question.i + 1
            while k < end and doc[k].lower_ in ("about", "on", "over", "as", "to"):
                k += 1
            if k >= end or doc[k].lower_ not in ("whom", "who", "which", "whether", "when", "where", "how", "what"):
                return True
            if (
                doc[k].lower_ in ("when", "where")
                and doc[k].head.dep_ == "advcl"
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[k].head.children)
            ):
                return True  # "did not commit either way when its minister visited Vienna": a time, no question
            question = doc[k]
        for t in doc[question.i + 1 : end]:
            if t.text in (";", ":") or t.lower_ == "but":
                break
            if t.text == "," and t.i + 1 < end and doc[t.i + 1].lower_ in ("a", "an"):
                break  # ("..., a question that has nothing to do with Rutte")
            if (
                t.lemma_.lower() in self.stance_lemmas
                or t.lower_ in ("him", "her", "vote", "votes")  # ("prefer" is a stance word)
                or t.lemma_.lower() == "lean"  # "would not say which way it leans"
                or (question.lower_ == "which" and t.i == question.i + 1 and t.lower_ == "way")  # "which way it goes"
                # "has not taken a stance on who should become NATO's next secretary general": who gets the post
                or (t.lemma_.lower() in ("become", "succeed", "replace") and question.lower_ in ("who", "whom"))
                or ((m := index.at(t)) is not None and m.kind is MentionKind.PERSON)
            ):
                return True
        return False

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
        if (
            tok.lemma_.lower() == "resistance"
            and tok.head.lemma_.lower() not in self.reversal
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        ):
            return []  # "ends months of resistance from Budapest", "had Riga kept up its resistance": resistance to
            # someone named ("led the resistance to Timmermans") or dropped ("drops its resistance") is a stance
        asked = {tok.i, *(a.i for a in tok.ancestors)}
        if any(t.text == "?" and t.head.i in asked for t in tok.doc[tok.i : sent.end]):
            return []  # '"Why would Hungary block Rutte?" Orbán asked': a question, quoted inside a sentence
        if stance in (StanceType.SUPPORT, StanceType.OPPOSE) and any(
            t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "be") and _not_yet(t.head) for t in self._chain(tok)
        ):
            return []  # "Hungary and Slovakia have yet to back Rutte": not yet, like "has not yet backed"
        if tok.pos_ == "NOUN" and tok.head.lower_ in ("without", "despite"):
            return []  # "supports Rutte without reservation", "despite objections"
        if (
            tok.pos_ == "VERB"
            and not trig.phrase
            and tok.lemma_.lower() == "enter"
            and tok.tag_ != "VBN"
            and not any(c.dep_ in ("dobj", "nsubjpass", "agent", "relcl") for c in tok.children)
            and tok.dep_ != "relcl"
        ):
            return []  # "We entered to win": entering names no one; "entered Iohannis in the race" does
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and any(
                p.dep_ == "prep"
                and p.lower_ in ("to", "about", "over")
                and index.in_span(p.i, p.right_edge.i + 1) == []
                for p in tok.head.children
            )
        ):
            return []  # "His objection is to the way the posts were shared out": to something that is no candidate
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lemma_.lower() in _AWAITING
            and not (tok.head.lemma_.lower() == "depend" and any(c.dep_ == "poss" for c in tok.children))
        ):
            # "Von der Leyen's nomination still needs the approval of Parliament": a step to come (but "Hungary's
            # support for Rutte depends on ...": support on a condition)
            return []
        if (
            tok.i >= 2
            and tok.pos_ == "VERB"
            and tok.doc[tok.i - 1].lower_ == "to"
            and tok.doc[tok.i - 2].lemma_.lower() in ("vote", "ballot", "poll", "motion", "resolution")
            and tok.doc[tok.i - 2].pos_ == "NOUN"
        ):
            # (the parser may hang the infinitive on the noun or on the verb before it)
            return []  # "abstained in the vote to nominate von der Leyen": what was voted on, no one's backing
        if (
            tok.lemma_.lower() == "veto"
            and tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and (
                tok.head.lemma_.lower() in _HOLDING_A_POWER
                or (
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
                    and tok.head.lemma_.lower() not in ("threaten", "cast", "issue", "use", "exercise")
                )
            )
        ):
            # "the Security Council, where Britain, China, ... hold vetoes", "gives each member a quiet veto": a
            # power, not its use (but "threatened a veto")
            return []
        if (
            tok.lemma_.lower() == "opposition"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in tok.children)
        ):
            return []  # "Slovakia's opposition has welcomed the move": the parties out of power, not an objection
        if tok.pos_ == "NOUN" and _talked_about(tok):
            return []  # "Rutte did not comment on the endorsements": a stance talked about, not taken
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _EXPLAINING:
            return []  # "Orbán's objection to Rutte dates back to 2021": where a stance comes from, told as background
        if (
            tok.pos_ == "NOUN"
            and not trig.phrase
            and tok.dep_ == "compound"
            and fronted_noun(tok) is None
            and verb_as_compound(tok) is None
        ):
            return []  # "NATO's Ukraine support operations": a noun modifying another names no stance
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (tok.head.i, tok.head.lemma_.lower()) in self._verb_triggers:
            return []  # "did not block the nomination of Kallas": the verb carries the stance
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.lemma_.lower() in _NOMINATION_NOUNS | {"appointment", "election", "reappointment"}
            and (tok.head.i in self._trigger_tokens or tok.head.head.i in self._trigger_tokens)
        ):
            return []  # "objected to the nomination of Timmermans", "abstained on the nomination of X": the same
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
            and not any(
                c.dep_ in ("prep", "dative")
                and c.lower_ in ("for", "behind", "against")
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # (not "for weeks")
                for c in tok.children
            )
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return []  # "barred ministers from campaigning in the Netherlands": for no one
        signals: set[str] = set()  # what makes this reading less certain; priced in data/lexicon/confidence.json
        if (
            stance is StanceType.CANDIDACY
            and tok.lemma_.lower() in ("candidate", "nominee")
            and (tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"))
            and any(c.dep_ == "poss" for c in tok.children)
        ):
            # "he is our candidate", "Grossi is Argentina's candidate", "entered the race as Seoul's candidate":
            # the possessor backs the one the sentence is about
            stance = StanceType.SUPPORT
        elif stance is StanceType.CANDIDACY and not self._is_candidacy(trig):
            if tok.lemma_.lower() in ("candidacy", "candidature", "bid") and tok.head.lemma_.lower() in self.ending:
                stance = StanceType.WITHDRAWAL
            else:
                if (
                    tok.lemma_.lower() == "candidate"
                    and tok.dep_ == "attr"
                    and not any(c.dep_ == "neg" for c in tok.head.children)
                ):
                    # "President Iohannis is still a candidate": no stance dated by this sentence, but a candidate
                    # that "him" may stand for next ("Romania put him forward in March")
                    self._named_candidates.extend(
                        (sent.start_char, _target_name(m))
                        for c in tok.head.children
                        if c.dep_ == "nsubj"
                        for m in mentions_for(c, index)
                        if m.kind is MentionKind.PERSON
                    )
                return []
        if (
            stance is StanceType.SUPPORT
            and tok.pos_ == "NOUN"
            and tok.head.lemma_.lower() in ("withhold", "hold")
            and (tok.head.lemma_.lower() == "withhold" or any(c.lower_ == "back" for c in tok.head.children))
        ):
            stance = StanceType.UNDECIDED  # "has withheld his support", "is holding back its support"
        # "has not dropped its objection", "did not withdraw its support": the stance stands (a double negation)
        kept = (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and (
                (stance is StanceType.OPPOSE and tok.head.lemma_.lower() in self.reversal)
                or (
                    stance is StanceType.SUPPORT
                    and tok.head.lemma_.lower() in _WITHDRAWING
                    and tok.lemma_.lower() in ("support", "backing")
                )
            )
            and said_not(tok.head)
        )
        if not kept and stance is StanceType.OPPOSE and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in self.reversal:
            if tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.head.i in self._trigger_tokens:
                return []  # "Hungary and Slovakia lined up behind Rutte, removing the last objections": the stance
            stance = StanceType.ABSTAIN  # "dropped its objection": no longer blocks
        elif (
            not kept and stance is StanceType.SUPPORT and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _WITHDRAWING
        ):
            if tok.head.lemma_.lower() != "withdraw" or tok.lemma_.lower() not in ("support", "backing"):
                return []  # "dropped its backing for Bokova", "withdrew the nomination of Agah": no stance we can name
            stance = StanceType.OPPOSE  # "Orbán withdrew his support for Weber": turned against him (so the gold)
        if (
            stance is StanceType.SUPPORT
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in _NEEDS_FOR
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)
        ):
            stance = StanceType.OPPOSE  # "Cameron had campaigned for weeks against Juncker", "lobbied against him"
        finding = (
            tok.head.head
            if tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in _HARD
            else tok.head
            if any(c.pos_ == "ADJ" and c.lemma_.lower() in _HARD for c in tok.head.children)
            else None
        )  # ("would find it very hard to support X", parsed with "support" under "hard" or beside it)
        if (
            stance is StanceType.SUPPORT
            and tok.dep_ in ("xcomp", "advcl")
            and finding is not None
            and finding.lemma_.lower() == "find"
            and not self.is_negated(finding)
        ):
            stance = StanceType.OPPOSE  # "Budapest would find it very hard to back Rutte": a hedged refusal
        elif stance is not StanceType.UNDECIDED and not trig.negation_in_phrase and not kept and self.is_negated(tok):
            if stance is StanceType.SUPPORT and _unsettled(tok):
                stance = StanceType.UNDECIDED  # "has not (yet) decided to back", "has yet to commit to backing"
            elif stance is StanceType.SUPPORT and (
                any(_not_yet(t) for t in self._chain(tok)) or tok.lemma_.lower() == "declare"
            ):
                return []  # "only Hungary did not yet declare for Rutte", "has not declared for him": undeclared
            if (
                stance is StanceType.SUPPORT
                and tok.pos_ == "NOUN"
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _DECLARING
            ):
                stance = StanceType.UNDECIDED  # "has not declared its support for either": withheld, not refused
            if stance is StanceType.SUPPORT and _between_either(tok):
                stance = StanceType.UNDECIDED  # "declined to endorse either the Austrian or the Italian candidate"
            if stance is StanceType.SUPPORT and self._nominates(trig):
                return []  # "though Warsaw never formally put him forward": no nomination, and no objection either
            flipped = self.negated.get(stance) if stance is not StanceType.UNDECIDED else StanceType.UNDECIDED
            if flipped is None:
                return []
            if stance is StanceType.SUPPORT and flipped is StanceType.OPPOSE:
                self._refusals.add(tok.i)
            stance = flipped
        if any(c.dep_ == "aux" and c.lower_ in self.tentative for t in self._chain(tok) for c in t.children):
            signals.add("tentative")
            if self._guessed_by_others(tok, index):
                return []  # "Analysts say Turkey could back Rutte", "some allies fear Hungary could block him"
        if _denied(tok):
            return []  # "a news site reported that Tusk had argued against Kallas, but a spokesman denied it"
        if self._unsaid(tok):
            return []  # "had declined for weeks to say in public that he wanted the job": nothing was said
        if (
            stance is StanceType.OPPOSE
            and tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("with", "despite")
            and not any(c.dep_ == "prep" for c in tok.children)
        ):
            return []  # "Trøen-Amsel thinks so, with reservations": a manner, about no candidate
        if trig.phrase and tok.lower_ == "in" and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "have":
            return []  # "Rutte now has all 32 allies in his camp": the candidate's count of backers, no one named
        if _of_anyone(tok):
            return []  # "a member that declares it will not stand in the way does not block": the rule, no one's stance
        if stance is StanceType.ABSTAIN and _powerless_alone(tok):
            return []  # "neither Rome nor Budapest can block the package on its own": the voting rule, no stance
        if stance is StanceType.OPPOSE and _dropped_later(tok, self.reversal):
            return []  # "Turkey, which had reservations about the Dutchman, dropped them": the past, as background
        if (
            trig.phrase
            and stance is StanceType.UNDECIDED
            and any(
                c.left_edge.lower_ == "whether"
                and any(
                    g.dep_ == "nsubj" and (g.lower_ in ("he", "she") or g.ent_type_ == "PERSON") for g in c.children
                )
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp", "advcl") and c.lemma_.lower() not in _MEMBERS_CHOICE
            )
        ):
            # "Seoul has not said whether she will (withdraw)": the candidate's own step, not a stance (but "Meloni
            # has not said whether she will back von der Leyen": her choice)
            return []
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
        if (
            stance is StanceType.WITHDRAWAL
            and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in _INTENDING
            and (tok.head.lemma_.lower() != "plan" or tok.head.tag_ == "VBG")
        ):
            return []  # "was preparing to pull out", "is planning to withdraw", "considering withdrawing": not yet
        if not offices and self._for_another_post(sent):
            return []  # "in 2011, Brasília backed Graziano for director-general of the FAO": a post not tracked
        if stance is StanceType.UNDECIDED and not self._question_about_a_stance(trig, index):
            return []  # "declined to say whether a decision would come this week": a question about something else
        speakers, verb, unit_speaker = self.speaker_for(tok, index, sentence_speaker)
        if self.commented(tok, speakers):
            return []  # '"Estonia has bought something with this endorsement," said X, a defence analyst': comment
        holders = _this_side(_without_repeats(self.holders_for(trig, index, speakers)), tok)
        if stance is StanceType.UNDECIDED and not any(h.acts for h in holders):
            # "a spokesman for the mission declined to say whether Tokyo would back Guterres": the state the
            # question is about
            holders = _whether_subject(trig, index) or holders
        if any(h.members and _excepted(h, tok) for h in holders):
            return []  # "All EU member states except Hungary supported Kallas": an aggregate claim (claims.py)
        if holders and stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            holders += [m for m in _as_does(trig, index) if m not in holders]  # "..., as is Poland"
        if not holders:
            # "EU leaders nominated her": no member's stance, but it says who the candidates are
            if self._nominates(trig) or tok.lemma_.lower() in ("appoint", "elect"):
                named, _ = self.targets_for(trig, index, [])
                self._named_candidates.extend((sent.start_char, _target_name(m)) for m in named)
            return []
        guessed = False
        sponsors: list[tuple[Mention, Mention]] = []
        if (
            stance is StanceType.CANDIDACY
            and trig.phrase
            and tok.lemma_.lower() == "put"
            and holders
            and any(
                c.dep_ == "dobj"
                and c.lower_ == "name"
                and (
                    all(h.kind is not MentionKind.PERSON for h in holders)
                    # ("Macron, who had put her name forward": a man putting forward a woman's name)
                    or any(
                        g.dep_ == "poss" and g.lower_ in ("his", "her") and not fits_pronoun(h, g)
                        for g in c.children
                        for h in holders
                    )
                )
                for c in tok.children
            )
        ):
            stance = StanceType.SUPPORT  # "Nigeria put her name forward": a state nominating her, not her own bid
        if stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if trig.phrase or stance is not StanceType.WITHDRAWAL:
                objects = []
            if (tok.dep_ == "relcl" and tok.head.head.lemma_.lower() in self.speech) or tok.dep_ == "ccomp":
                # "informed the members of the Council that he withdraws", parsed as a relative clause on
                # "members" (or with "that" as the object of a reported clause): the "that" opens what was said,
                # it is nothing withdrawn (but "the objection that Ankara withdrew" is the objection)
                objects = [o for o in objects if not (o.lower_ == "that" and o.i < tok.i)]
            if any(index.at(o) is None and o.lemma_.lower() not in _WITHDRAWN_THINGS for o in objects):
                return []  # "withdrew its objection to Rutte", "withdrew its support": not a candidate leaving
            people = [h for h in holders if h.kind is MentionKind.PERSON]
            if stance is StanceType.WITHDRAWAL and not trig.phrase:
                # "Buhari withdrew the candidature of Yonov Frederick Agah": Agah is the one leaving
                nouns = [tok] if tok.pos_ == "NOUN" else [o for o in tok.children if o.dep_ == "dobj"]
                leaving = [
                    m
                    for o in nouns
                    if o.lemma_.lower() in _NOMINATION_NOUNS | {"bid", "name"}
                    for p in o.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for x in p.children
                    if x.dep_ == "pobj" and (m := index.at(x)) is not None and m.kind is MentionKind.PERSON
                ]
                if leaving:
                    people = leaving
            if not people:
                targets, _ = self.targets_for(trig, index, [])
                people = targets
                if stance is StanceType.CANDIDACY:
                    # "Romania announced the candidacy of Iohannis": the state puts him forward, so backs him
                    sponsors = [
                        (h, p)
                        for h in holders
                        if h.country
                        for p in people
                        if p.person and p.country in (None, h.country)
                    ]
            pairs = [(p, p) for p in people]
        else:
            targets, via_pronoun = self.targets_for(trig, index, holders, speakers)
            targets = _this_side(targets, tok)
            guessed = False
            has_object = any(  # an object or an "about" phrase ("support for X"; not "support in a statement")
                # ("viewed the candidacy negatively", "signed off on the bid": a candidacy naming no one leaves the
                # candidate to the context)
                (c.dep_ == "dobj" and c.i > tok.i and not _unnamed_candidacy(c, index))  # (not a "that")
                or (
                    c.dep_ == "prep"
                    and c.lower_ in _ABOUT_PREPS
                    and any(
                        g.dep_ in ("pobj", "pcomp")
                        and g.ent_type_ not in ("DATE", "TIME")
                        and not (
                            trig.phrase
                            and _unnamed_candidacy(g, index)
                            and not any(x.dep_ == "poss" for x in g.children)  # ("behind our candidate")
                        )
                        for g in c.children
                    )
                )  # ("abstained on Tuesday": a date, not what the abstention is about)
                for t in trig.span_tokens
                for c in t.children
                # (not the phrase's own words: "gave the nod", "came on board"; but "held out for three months",
                # and "views that arrangement with suspicion", whose object fills a gap in the phrase)
                if t.i >= tok.i and not (trig.phrase and c.right_edge.i < trig.end and c.lower_ in trig.pattern.lower())
            ) or (
                # "still stood by the plan", "stands with the proposal": a phrase that ends in its preposition,
                # whose object is something other than a candidate
                trig.phrase
                and trig.span_tokens[-1].dep_ == "prep"
                and any(
                    g.dep_ == "pobj"
                    and g.pos_ == "NOUN"
                    and g.ent_type_ not in ("DATE", "TIME")
                    and not _unnamed_candidacy(g, index)
                    and g.lemma_.lower() not in _CANDIDATE_NOUNS
                    for g in trig.span_tokens[-1].children
                )
            )
            if (
                not targets
                and trig.phrase
                and any(
                    t.dep_ == "prep"
                    # (not "declined to say on Friday whom it would support": when it was said)
                    and not (t.lower_ == "on" and stance is StanceType.UNDECIDED)
                    and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)
                    for t in trig.span_tokens
                )
            ):
                return []  # "it held out for three months": a time, not a candidate
            if (
                not targets
                and tok.pos_ == "NOUN"
                and tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() != "be"  # (but "Hungary's objection was never about his views")
                and any(c.dep_ == "neg" for c in tok.head.children)
            ):
                return []  # "Support from the four largest allies does not settle the question": what support does
            if (
                not targets
                and tok.lemma_.lower() in ("propose", "suggest")
                and any(c.dep_ == "ccomp" for c in tok.children)
            ):
                return []  # "Estonia further proposes that the ice-charting service be extended": a measure, no one
            if not targets and tok.pos_ == "NOUN" and tok.lemma_.lower() == "campaign":
                return []  # "Her campaign had leaned on her record", "throughout the campaign": a bid, no backing
            if (
                not targets
                and (thing := _relative_antecedent(tok)) is not None
                and (thing.pos_ == "NOUN" and index.at(thing) is None and thing.lemma_.lower() not in _CANDIDATE_NOUNS)
            ):
                return []  # "the night-driving ban ..., which Italy is opposed to": the thing the clause is about
            if not targets and (not has_object or stance is StanceType.UNDECIDED):  # "made up its mind"
                # "Italy abstained", "with Hungary voting against", "announced its backing": the candidate named
                # nearby (kept only if it is a candidate the article names as such); with no one nearby, a
                # placeholder the article's candidates fill in (see ``find``)
                nearby = self._nearby_candidates(sent, index, holders + speakers, tok)
                targets = nearby or [Mention(tok.i, tok.i, MentionKind.PERSON, "", None, person="", name="")]
                guessed = True
                signals.add("guessed_target")
            if via_pronoun:
                signals.add("pronoun_target")
            if stance is StanceType.UNDECIDED and targets and all(t.person in self._withdrawn for t in targets):
                return []  # "has not said whom it favours now that he is out": no one left to weigh
            pairs = [(h, t) for h in holders for t in targets]
            distinct = list(dict.fromkeys(t.person for t in targets))
            if len(holders) == len(distinct) > 1 and any(t.lower_ == "respectively" for t in sent):
                # "Serbia, Slovakia and Argentina nominated Jeremić, Lajčák and Malcorra respectively": in order
                order = sorted(holders, key=lambda h: h.start)
                pairs = [(h, t) for h, t in pairs if order.index(h) == distinct.index(t.person)]
            if _distributive(trig):
                # "... are backing their candidates": each state with its own national only
                pairs = [(h, t) for h, t in pairs if self._state_of(t) == h.country]
            if any(h.role == HOME for h in holders):
                # an unnamed government backing a candidate: the candidate's own, if the candidate's state is known
                pairs = [
                    (replace(h, country=home), t) if h.role == HOME else (h, t)
                    for h, t in pairs
                    if h.role != HOME
                    or (
                        home := self._home.get(str(t.person))
                        or t.country
                        or self.nationality.get(str(t.person))
                        or h.country
                    )
                ]
        nominated: list[Mention] = []
        if (
            stance is StanceType.SUPPORT
            and self._nominates(trig)
            and all(h.kind is not MentionKind.PERSON or h.country for h in holders)
        ):
            # a government putting a candidate forward: its support, and the candidate's candidacy; a leader
            # nominating someone ("President Buhari nominated her") puts forward a compatriot, not a foreigner
            # ("Macron nominated von der Leyen" backs her; it is not her candidacy)
            nominated = [
                t for h, t in pairs if t.person and (h.kind is not MentionKind.PERSON or t.country in (h.country, None))
            ]
        if not pairs:
            return []
        when, precision = self.date_for(sent, tok, verb, unit_speaker or sentence_speaker, ref)
        unit_sents = self._unit(sent, sents, si, unit_speaker or sentence_speaker)
        conditions = self.conditions_for(sent, tok, unit_sents)
        office = offices[0] if offices else topic

        def office_of(candidate: str) -> str | None:
            # a sentence naming one post: that post, remembered for the candidate; naming none or several: the
            # post the candidate was last tied to in the article ("voted against von der Leyen, abstained on
            # Kallas and supported Costa", after sentences naming each one's post), else the first or the topic
            if len(offices) == 1:
                self._office_of.setdefault(candidate, offices[0])
                return offices[0]
            known = self._known_post(candidate)
            if known is not None and (known in offices or not offices):
                return known
            return self._office_of.get(candidate) or office

        if not offices:
            signals.add("office_from_context" if office else "no_office")
        if unit_speaker is not None or sentence_speaker is not None:
            signals.add("quote_or_post")
        start, end = _strip_span(sent)
        evidence = doc_text(sent.doc)[start:end]
        out = []
        candidates_here = {p.person for p, _t in pairs if stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)}
        for holder, target in pairs:
            actor, country = self._actor(holder, speakers, stance)
            if country is None and stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                # "Poland withdrew its own candidate, X", "a Polish minister says X is withdrawing": the state
                # that puts the candidate forward or speaks for them
                # (not another candidate named beside them: "Both Weber and Timmermans remain candidates")
                country = next(
                    (
                        m.country
                        for m in (*holders, *speakers)
                        if m.country and m.person != holder.person and m.person not in candidates_here
                    ),
                    None,
                ) or self.nationality.get(str(holder.person))  # (else their own: Weber, a German MEP)
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
                if country is None and holder.kind is not MentionKind.PERSON and holder.role != BLOC:
                    continue
                if holder.role == BLOC and self._bloc_post(
                    holder, office if guessed else office_of(_target_name(target))
                ):
                    continue  # ("the EU nominated von der Leyen": its leaders, one by one, not the union as one)
                out.append(
                    StanceMention(
                        actor=actor,
                        actor_country=country,
                        stance=stance,
                        target=_target_name(target),
                        office=office if guessed else office_of(_target_name(target)),  # (a guess: the sentence's)
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
        for holder, person in sponsors:
            for member in holder.members or (holder.country,):
                out.append(
                    StanceMention(
                        actor=self._actor(holder, speakers, StanceType.SUPPORT)[0],
                        actor_country=member,
                        stance=StanceType.SUPPORT,
                        target=_target_name(person),
                        office=office_of(_target_name(person)),
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
        nominator = holders[0].country if holders else None
        if holders and holders[0].role == HOME:
            # (an unnamed government: the state it was taken to be, once paired with its candidate)
            nominator = next((h.country for h, _t in pairs if h.country), None)
        for person in dict.fromkeys(nominated):
            out.append(
                StanceMention(
                    actor=person.actor,
                    actor_country=person.country or nominator or self.nationality.get(_target_name(person)),
                    stance=StanceType.CANDIDACY,
                    target=_target_name(person),
                    office=office_of(_target_name(person)),
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

    def _states_named(self, words: list[str]) -> set[str]:
        """The states a headline's folded words name by name or alias."""
        folded = " " + " ".join(words) + " "
        return {code for name, code in self.country_names.items() if f" {name} " in folded}

    def _for_another_post(self, sent: Span) -> bool:
        """ "... for director-general of the FAO": a sentence that puts someone up for a post of a body this
        whip count does not track (no tracked office or body in the words after "of")."""
        return any(not self.any_office.search(fold(m.group(0))) for m in _FOR_A_POST.finditer(sent.text))

    def _one_state_in(self, title: str) -> str | None:
        """The one state a headline names, by name or demonym ("Chile's vice-minister on ..."), else None."""
        words = [re.sub(r"['’]s?$", "", fold(w)) for w in re.findall(r"[\w'’-]+", title)]
        states = self._states_named(words) | {self.demonyms[w] for w in words if w in self.demonyms}
        if not states:
            # 'Seoul "will not stand in the way" at the WTO': a capital standing for its government
            folded = " " + " ".join(words) + " "
            states = {code for name, code in self.metonym_names.items() if f" {name} " in folded}
        return next(iter(states)) if len(states) == 1 else None

    def _headline_candidate_state(self, title: str, candidate: str = "") -> str | None:
        """The state of the one candidate a headline names by nationality ("Austrian candidate bows out"), or the
        one state a headline names beside the candidate's name ("Uruguay presents the candidacy of Inés ...")."""
        words = [fold(w) for w in re.findall(r"[\w'’-]+", title)]
        states = {
            self.demonyms[w] for w, nxt in pairwise(words) if w in self.demonyms and nxt in _HEADLINE_CANDIDATE_WORDS
        }
        if not states and candidate and fold(candidate).split()[-1] in words:
            states = self._states_named(words)
        return next(iter(states)) if len(states) == 1 else None

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

    def _bloc_post(self, bloc: Mention, office: str | None) -> bool:
        """Whether the post is one of the body the union is itself (the EU's own posts are its members' choice)."""
        name = re.sub(r"^the\s+", "", bloc.text, flags=re.I)
        body = next((b for alias, b in self.reference.blocs.items() if fold(alias) == fold(name)), None)
        post = self.reference.offices.get(office) if office else None
        return body is not None and post is not None and post.body == body

    def _unsaid(self, tok: Token) -> bool:
        """A stance in what someone declined (refused, failed) to say or did not say ("declined to say that he
        wanted the job", "did not say that Hungary would back him", "has not said which of the two it will
        support")."""
        t = tok
        for _ in range(6):
            said = t.dep_ == "ccomp" or (t.lower_ in ("which", "whom", "who") and t.dep_ in ("dobj", "nsubj"))
            if said and t.head.lemma_.lower() in self.speech | self.announce:
                verb = t.head
                return any(c.dep_ == "neg" for c in verb.children) or (
                    verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.refusal
                )
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _is_candidacy(self, trig: _Trigger) -> bool:
        tok = trig.token
        if trig.phrase:
            return True
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN":
            if tok.lemma_.lower() == "candidate":  # "he is a candidate for ...", "stand as a candidate"
                if tok.dep_ == "pobj" and tok.head.lower_ == "as" and _has_object(tok.head.head):
                    return False  # "would nominate Bachelet as a candidate for ...": the nominee's, not theirs
                if (
                    tok.dep_ == "attr"
                    and tok.head.lemma_.lower() in ("remain", "stay", "be")
                    and tok.head.dep_ == "ccomp"
                    and tok.head.head.lemma_.lower() in self.speech | self.announce
                    and (
                        tok.head.lemma_.lower() != "be"
                        or (
                            any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in tok.head.children)
                            # (not "the candidate most likely to"; but "a candidate to become secretary general")
                            and [c.lower_ for c in tok.children if not _to_take_the_post(c)] == ["a"]
                            and tok.head.head.dep_ not in ("xcomp", "relcl")  # ("had refused to confirm that")
                            and not any(c.dep_ == "neg" for c in tok.head.head.children)
                        )
                    )
                ):
                    # "Tharoor has said he remains a candidate", "informed that she remains a candidate", "Iohannis
                    # announced that he was a candidate"
                    return True
                if (
                    tok.dep_ == "attr"
                    and tok.head.lemma_.lower() in ("remain", "stay")
                    and tok.head.dep_ in ("ROOT", "conj")
                    and not any(c.dep_ == "neg" for c in tok.head.children)
                    and (
                        [c.lower_ for c in tok.children if not _to_take_the_post(c)] == ["a"]
                        or (tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "amod") for c in tok.children))
                    )
                ):
                    # "The Romanian president, Klaus Iohannis, remains a candidate", "Serbia's Vuk Jeremić and
                    # Slovakia's Miroslav Lajčák also remain candidates"
                    return True
                return tok.dep_ in ("attr", "pobj") and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
                )
            if tok.lemma_.lower() in _NOMINATION_NOUNS and any(
                c.dep_ == "acl" and c.lemma_.lower() in self.announce and c.tag_ == "VBN" for c in tok.children
            ):
                return True  # "Iohannis's candidacy, announced in March, ..."
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
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if (
                lemma in ("run", "stand")
                and tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in self.announce | self.speech
                and subject is not None
                and (subject.lower_ in ("he", "she") or subject.pos_ == "PROPN")
                and not any(
                    c.dep_ in ("dobj", "prt", "advmod", "npadvmod") or (c.dep_ == "prep" and not _on_a_platform(c))
                    for c in tok.children
                )
            ):
                # "Iohannis, who announced on 12 March that he would run": a bare "run", announced ("would run on a
                # promise to open the secretariat" too)
                return True
            if (
                lemma == "run"
                and tok.tag_ == "VBG"
                and subject is not None
                and subject.pos_ == "PROPN"
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
                and any(c.dep_ == "advmod" and c.lower_ in ("also", "still", "too") for c in tok.children)
                and all(
                    c.dep_ in ("nsubj", "aux", "punct", "cc", "conj")
                    or (c.dep_ == "advmod" and c.lower_ in ("also", "still", "too"))
                    for c in tok.children
                )
            ):
                return True  # "Mexico's Jesús Seade, ..., and Moldova's Tudor Ulianovschi are also running"
            if lemma == "run" and any(c.dep_ == "dobj" for c in tok.children):
                return False  # "Rutte has run the Netherlands for almost 14 years": he led it
            return any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or any(
                # "said he would run to become NATO's next secretary general"
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("become", "succeed", "lead", "head", "replace")
                for c in tok.children
            )
        if lemma == "seek":
            return any(c.dep_ == "dobj" and c.lemma_.lower() in self.office_nouns for c in tok.children)
        return False

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


def _as_does(trig: _Trigger, index: MentionIndex) -> list[Mention]:
    """ "The Nordic countries are behind Rutte, as is Poland": the state of a comparative "as is/does" clause
    holds the same stance."""
    heads = {trig.token, trig.token.head}
    if trig.token.dep_ == "pobj" and trig.token.head.dep_ == "prep":
        heads.add(trig.token.head.head)  # "Poland is among Rutte's backers, as are the Nordic countries"
    clauses = [
        clause
        for t in heads
        for clause in t.children
        if clause.i > trig.token.i  # (the clause follows the stance it echoes, not "..., as has X, while Y weighs")
        and clause.dep_ == "advcl"
        and clause.lemma_.lower() in ("be", "do", "have")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
    ]
    out = _clause_subjects(clauses, index)
    if not out:
        # the same clause as the sentence's root when the parse broke ("Poland and the three Baltic states back
        # Rutte, as do the Nordic allies", "back" taken for an adverb): ", as do X" after the stance word
        doc = trig.token.doc
        out = _clause_subjects(
            [
                t
                for t in doc[trig.token.i + 1 : trig.token.sent.end]
                if t.lemma_.lower() in ("be", "do", "have")
                and t.i >= 2
                and doc[t.i - 1].lower_ == "as"
                and doc[t.i - 2].text == ","
                and t.dep_ in ("ROOT", "advcl")
            ],
            index,
        )
    return out


def _clause_subjects(clauses: list[Token], index: MentionIndex) -> list[Mention]:
    """The states (or officials of a state: "..., as did Poland's Donald Tusk") the clauses' subjects name."""
    return [
        m
        for clause in clauses
        for subj in clause.children
        if subj.dep_ == "nsubj"
        for m in mentions_for(subj, index)
        if m.kind is not MentionKind.PERSON or m.country
    ]


def _relative_antecedent(tok: Token) -> Token | None:
    """What a relative clause with the stance word in it is about: "the new budget rules, which Italy opposes"
    (rules), also where the parser lost the clause ("... in the Inn valley, which Italy is opposed to and ...")."""
    lead = tok.left_edge
    if lead.lower_ not in ("which", "that") or lead.i == tok.i or lead.dep_ == "nsubj":
        return None  # (not "the only member that has not taken a position": the clause's subject holds it)
    if tok.dep_ == "relcl":
        return tok.head
    if lead.lower_ == "which" and lead.i >= 2 and tok.doc[lead.i - 1].text == ",":
        return tok.doc[lead.i - 2]
    return None


def _without_repeats(holders: list[Mention]) -> list[Mention]:
    """ "The Visegrád Four — Poland, Hungary, the Czech Republic and Slovakia — refused ...": the group and its
    members listed beside it are the same four holders, once each (the states as named, if all four are)."""
    states = {h.country for h in holders if h.country and not h.members}
    groups = [h for h in holders if h.members]
    if not groups or not states:
        return holders
    covered = {c for g in groups for c in g.members}
    return [
        h
        for h in holders
        if not (h.members and set(h.members) <= states)  # every member named: the group is the list
        and not (not h.members and h.country in covered and any(not set(g.members) <= states for g in groups))
    ]


def _distributive(trig: _Trigger) -> bool:
    """ "Slovakia, Serbia and Argentina are still backing their candidates": the candidates are each state's own."""
    return any(
        t.lemma_.lower() in ("candidate", "nominee", "national")
        and t.tag_ == "NNS"
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children)
        and trig.token in t.ancestors
        for t in trig.token.sent
    )


# a member's choice between candidates ("whether she will back von der Leyen"), not the lexicon's support verbs,
# among which "want" is a candidate's own ("has not said whether she wants the job")
_MEMBERS_CHOICE = frozenset(
    {"back", "support", "endorse", "vote", "oppose", "block", "favour", "favor", "prefer", "accept"}
)
_ALONE = frozenset({"alone", "single-handedly", "unilaterally"})
_PLATFORMS = frozenset({"promise", "platform", "pledge", "programme", "program", "agenda", "ticket", "manifesto"})


def _in_relative_clause(tok: Token) -> bool:
    """Whether the word is in a relative clause ("Berlin, which backed her in April, ...")."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


_ANY_MEMBER = frozenset({"member", "state", "country", "ally", "government", "capital", "delegation", "nation"})


def _of_anyone(tok: Token) -> bool:
    """Whether the word is in a relative clause about any member, not a named one ("a member that declares it will
    not stand in the way", "any ally that backs Rutte now", "one that keeps silent")."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            noun, dets = t.head, {c.lower_ for c in t.head.children if c.dep_ in ("det", "poss")}
            if noun.dep_ in ("appos", "attr"):
                return False  # "Hungary, a member that opposes Rutte": a named one
            if noun.lower_ == "one" and not dets:
                return True
            return (
                noun.lemma_.lower() in _ANY_MEMBER and bool(dets) and dets <= {"a", "an", "any", "every", "no", "each"}
            )
        t = t.head
    return False


def _to_take_the_post(tok: Token) -> bool:
    """ "(a candidate) to become secretary general", "to succeed Stoltenberg": what the candidate runs for."""
    return tok.dep_ in ("relcl", "acl") and tok.lemma_.lower() in ("become", "succeed", "replace", "lead", "head")


def _on_a_platform(prep: Token) -> bool:
    """ "run on a promise to ...", "stand on a platform of reform": what a candidate runs on."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lemma_.lower() in _PLATFORMS for c in prep.children)


def _powerless_alone(tok: Token) -> bool:
    """ "Hungary alone cannot block him", "neither Rome nor Budapest can block the package on its own": what a
    member has no power to do by itself under the voting rule, not its stance."""
    if tok.lemma_.lower() not in ("block", "veto", "stop", "sink") or not any(
        c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in tok.children
    ):
        return False
    words = {t.lower_ for t in tok.subtree}  # (its subject included)
    own = any(t.lower_ == "own" and t.i > 0 and t.nbor(-1).lower_ in ("its", "their") for t in tok.subtree)
    return bool(words & _ALONE) or own or "neither" in words  # ("on its own")


def _dropped_later(tok: Token, reversal: frozenset[str]) -> bool:
    """An objection in a relative clause on the subject of a verb that drops or lifts it."""
    clause = next((t for t in (tok, *tok.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ != "nsubj":
        return False
    verb = clause.head.head

    def reverses(v: Token) -> bool:
        # ("Italy, which had refused to back Timmermans, also ended up on the winning side": no reversal)
        return v.lemma_.lower() in reversal and not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children)

    return reverses(verb) or any(c.dep_ == "conj" and reverses(c) for c in verb.children)


_HOLDING_A_POWER = frozenset({"hold", "have", "wield", "possess", "enjoy", "keep", "retain", "give", "grant"})
_HARD = frozenset({"hard", "difficult", "impossible", "tough"})
_TALKING = frozenset({"comment", "discuss", "react", "respond", "mention", "address", "debate", "analyse", "analyze"})


def _talked_about(noun: Token) -> bool:
    """A stance noun that is what someone comments on or discusses ("did not comment on the endorsements"), or
    that something is said about ("did not set any condition on its endorsement", "gave no reason for its
    support")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if head is None:
        return False
    if noun.dep_ == "pobj" and (
        head.lemma_.lower() in _ASIDE_NOUNS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in _ASIDE_NOUNS for c in head.children)
    ):
        return True
    return head.lemma_.lower() in _TALKING


def _between_either(tok: Token) -> bool:
    """A stance word whose object offers a choice: "either X or Y", "either candidate"."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "pobj")] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(o.lower_ == "either" or any(g.lower_ == "either" for g in o.children) for o in objects)


def _excepted(group: Mention, trigger: Token) -> bool:
    """A group with exceptions between it and the stance word ("all EU member states except Hungary ...")."""
    if group.end > trigger.i:
        return False
    return any(
        t.lower_ in ("except", "excluding", "save", "apart")
        or (t.lower_ == "but" and t.dep_ == "prep")
        or (t.lower_ == "other" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "than")
        for t in trigger.doc[group.end : trigger.i]
    )


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _unsettled(tok: Token) -> bool:
    """ "has not committed to backing X", "has yet to decide to back X", "has not made up its mind about backing
    X": what is negated is the decision, so the holder is undecided, not opposed."""
    t = tok
    for _ in range(4):
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SETTLING:
            return True
        if t.lower_ == "mind" and t.dep_ == "dobj" and t.head.lemma_.lower() == "make":
            return True
    return False


def _not_yet(tok: Token) -> bool:
    """ "has not yet backed him": the stance is still to come, not a refusal."""
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.children)


def _whether_subject(trig: _Trigger, index: MentionIndex) -> list[Mention]:
    """The states a "whether" clause under the trigger is about ("declined to say whether Tokyo would back X")."""
    for t in trig.span_tokens:
        for verb in t.subtree:
            if verb.i > t.i and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    return []
                found = [m for m in mentions_for(subj, index) if m.kind is not MentionKind.PERSON and m.country]
                return found
    return []


def _this_side(found: list[Mention], tok: Token) -> list[Mention]:
    """The holders or targets on the trigger's side of a semicolon, if any are ("Germany backs A; Latvia and Lithuania
    back B", parsed as one clause: not B for Germany, nor A for Latvia); all of them if none are (a pronoun after
    the semicolon stands for a name before it)."""
    near = [m for m in found if not _semicolon_between(m, tok)]
    return near if near else found


def _semicolon_between(m: Mention, tok: Token) -> bool:
    """Whether a semicolon parts a mention of the trigger's sentence from the trigger."""
    doc, sent = tok.doc, tok.sent
    if m.start < sent.start or m.end > sent.end:
        return False
    lo, hi = (m.end, tok.i) if m.end <= tok.i else (tok.i + 1, m.start)
    return any(doc[k].text == ";" for k in range(lo, hi))


_DENYING = frozenset({"deny", "dismiss", "refute"})
_REPORTS = frozenset({"it", "this", "that", "report", "claim", "story", "account", "suggestion", "allegation"})


def _denied(tok: Token) -> bool:
    """A stance a report gives that someone denies later in the sentence ("a Polish news site reported that Tusk had
    argued against Kallas, but a government spokesman denied it"; "... wrote that Bucharest would drop Iohannis; a
    spokesman denied the report"): the denial joined to the stance's verb or to the verb that reports it."""
    t = tok
    for _ in range(6):
        if any(
            c.dep_ == "conj"
            and c.i > tok.i
            and c.lemma_.lower() in _DENYING
            and not any(g.dep_ == "neg" for g in c.children)
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            # (what is denied is the report: not "he denied any interest in public")
            and all(g.lemma_.lower() in _REPORTS for g in c.children if g.dep_ == "dobj")
            for c in t.children
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
