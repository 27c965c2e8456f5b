"""Guessed targets: the candidate a stance is about when its sentence names none.

"Italy abstained", after "Hungary voted against von der Leyen"; "Slovakia has yet to decide", in a race between Rutte
and Iohannis; "The Romanian government backs the bid", after Iohannis said he was a candidate. ``StanceFinder``
marks such stances ``guessed_target`` and settles each here, once the whole article has been read: the candidate
the sentence is about, else the one guessed nearby, else the race's front-runner (for the undecided), else the last
one named before. An undecided stance also takes the rest of the race's field (``_undecided_field``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..records import StanceType
from ..reference import fold
from .attribution import MentionIndex, resolve_pronoun
from .mentions import Mention, MentionKind
from .phrases import _ENDS_SENTENCE, clause_of
from .targets import TargetResolution, _succeeded, _unnamed_candidacy

if TYPE_CHECKING:
    from .stances import StanceMention


class TargetGuesses(TargetResolution):
    """Settling guessed targets; ``oppose_nouns`` and ``_office_of`` are set by ``StanceFinder``."""

    oppose_nouns: frozenset[str]
    _office_of: dict[str, str]

    def _settle_guess(
        self,
        s: StanceMention,
        doc: Doc,
        out: list[StanceMention],
        named: list[tuple[int, str]],
        candidates: list[str],
        leaving: set[tuple[int, str]],
        about: dict[int, str],
        guessed_before: list[tuple[int, str]],
    ) -> tuple[str | None, list[str]]:
        """The candidate a stance whose target was guessed is about ("Italy abstained", after "Hungary voted
        against von der Leyen"): the candidate the sentence is about, else the one guessed nearby if the article
        names them as a candidate, else the last one named before; None if there is none."""
        # (a candidate known to run for another post is no guess for this one: "after Orbán's endorsement
        # last week", in a NATO story that also names von der Leyen)
        objecting = s.stance is StanceType.OPPOSE or doc[s.trigger].lemma_.lower() in self.oppose_nouns

        backed_here = {
            x.target
            for x in out
            # (an objection told by a verb: not "dropped its reservations and backed Rutte", "removing the objection
            # that had stalled" him, which are about the one now backed)
            if s.stance is StanceType.OPPOSE
            and doc[s.trigger].pos_ == "VERB"
            and x.stance is StanceType.SUPPORT
            and x.start_char == s.start_char
            and not x.guessed_target
            and x.actor_country == s.actor_country
        }

        def own(c: str, state: str | None = s.actor_country if objecting else None) -> bool:
            # a state's objection is not to the candidate it put forward itself ("Poland dropped its
            # objection", after Poland nominated Wielgosz; though Merkel abstained on von der Leyen), nor to the one
            # it backs in the same sentence ("The United States objected and said it supported Yoo")
            return (state is not None and self._home.get(c) == state) or c in backed_here

        def fits(c: str, office: str | None = s.office, own: Callable[[str], bool] = own) -> bool:
            # (with no post known for the stance, as when the article names several posts as often, any post)
            return (office is None or (self._known_post(c) or self._office_of.get(c)) in (None, office)) and not own(c)

        def elsewhere(c: str, trigger: Token = doc[s.trigger]) -> bool:
            # named only in a clause of its own ("Slovakia was still weighing its position, and Romania
            # continues to back Iohannis"): not the one the guess is about
            at = [t for t in trigger.sent if fold(t.text) == fold(c).split()[-1]]
            return bool(at) and all(_other_clause(t, clause_of(trigger)) for t in at)

        named_before = [
            t
            for st, t in named
            if st <= s.start_char
            and (s.start_char, t) not in leaving
            and fits(t)
            and not (st == s.start_char and elsewhere(t))
        ]
        in_sentence = [
            c
            for c in candidates
            if fold(c).split()[-1] in fold(s.evidence)
            and (s.start_char, c) not in leaving
            and fits(c)
            and not elsewhere(c)
        ]
        evidence = fold(s.evidence)
        in_sentence.sort(key=lambda c: evidence.find(fold(c).split()[-1]))  # the first named in the sentence first
        guess = s.target if (s.start_char, s.target) not in leaving else None
        said = about.get(s.start_char)
        if said is not None and (own(said) or elsewhere(said)):
            said = None

        def most_backed(before: int | None, own: Callable[[str], str | None]) -> str | None:
            # the candidate backed most often (before the stance, if given) by states other than their own
            counts = Counter(
                x.target
                for x in out
                if x.stance is StanceType.SUPPORT
                and not x.guessed_target
                and (before is None or x.start_char < before)
                and own(x.target) != x.actor_country
                and fits(x.target)
            ).most_common(1)
            return counts[0][0] if counts else None

        leader = most_backed(s.start_char, self._home.get)
        if (
            leader is None
            and s.stance is StanceType.UNDECIDED
            and _ENDS_SENTENCE.search(doc[s.trigger].sent.text.strip()) is not None
        ):
            # "Slovakia remains on the fence in the contest to succeed Jens Stoltenberg.", as an article's first
            # sentence: the race's front-runner, named only after it (not in a headline, which the body repeats)
            leader = most_backed(None, lambda c: self._home.get(c) or self.nationality.get(c))
        if (
            not guess
            or not (
                guess in candidates or not candidates or (s.office is not None and self._known_post(guess) == s.office)
            )
            or not fits(guess)
        ):
            guess = None  # (a candidate the article names as such, or one known to have run for the post)
        if (
            leader is not None
            and guess is not None
            and fold(guess).split()[-1] not in fold(s.evidence)
            and (
                # "Romania backs its own president, Iohannis. Slovakia has yet to declare a preference": the
                # race's front-runner, not the candidate the sentence before happens to name
                s.stance is StanceType.UNDECIDED
                # "Conte had said Italy would not accept Timmermans. Merkel abstained because her coalition partner
                # objected to the choice": the one voted on, whom others back, not the one only objected to
                or (
                    s.stance is StanceType.ABSTAIN
                    and doc[s.trigger].lemma_.lower() in ("abstain", "abstention")
                    and not any(
                        x.target == guess and x.stance is StanceType.SUPPORT for x in out if x.start_char < s.start_char
                    )
                )
            )
        ):
            guess = leader
        return (
            said
            or guess
            or (in_sentence[0] if in_sentence else None)
            or (leader if s.stance is StanceType.UNDECIDED else None)
            or (named_before[-1] if named_before else None)
            # ("Ankara has yet to decide. Slovakia has not made up its mind either": the one just guessed)
            or next((t for st, t in reversed(guessed_before) if st < s.start_char and fits(t)), None)
        ), in_sentence

    def _undecided_field(
        self, s: StanceMention, out: list[StanceMention], guess: str, in_sentence: list[str]
    ) -> list[str]:
        """The other candidates an undecided stance whose candidate was guessed is about: those of the race the
        sentence names ("has not said whom it will back, leaving the choice between Rutte and Iohannis"); if it
        names none, every candidate the article has running for the same post and not withdrawn before the
        sentence, when there are two of them, or three if it says so ("Slovakia has not yet decided whom to
        back", "Thailand has not taken a position"); else none."""
        if s.stance is not StanceType.UNDECIDED:
            return []
        evidence = fold(s.evidence)

        def named(c: str) -> bool:
            return re.search(rf"\b{re.escape(fold(c).split()[-1])}\b", evidence) is not None

        if named(guess) and [c for c in in_sentence if c != guess]:
            # (not the state's own candidate: "Bucharest, which backs Iohannis, is weighing ...")
            return [
                c
                for c in in_sentence
                if c != guess and (self._home.get(c) or self.nationality.get(c)) != s.actor_country
            ]
        field = self._running(s, out, guess)
        if any(named(c) for c in self._candidates_so_far() | {guess}):
            return []
        wanted = 3 if re.search(r"\bthree\b", evidence) else 2  # (a wider field is not enumerated: "has not said whom")
        if len(field) != wanted or guess not in field:
            return []
        return [c for c in field if c != guess]

    def _running(self, s: StanceMention, out: list[StanceMention], guess: str) -> list[str]:
        """The candidates the article has running for the post of the guess, not withdrawn before the stance's
        sentence, and not put forward by the stance's own state."""
        office = self._known_post(guess) or self._office_of.get(guess) or s.office
        gone = {x.target for x in out if x.stance is StanceType.WITHDRAWAL and x.start_char <= s.start_char}

        def field_of(kinds: tuple[StanceType, ...]) -> list[str]:
            return list(
                dict.fromkeys(
                    x.target
                    for x in out
                    if x.stance in kinds
                    and not x.guessed_target
                    and x.target not in gone
                    and (self._known_post(x.target) or self._office_of.get(x.target) or x.office) == office
                    and self._home.get(x.target) != s.actor_country  # (not the state's own candidate)
                )
            )

        if not any(x.stance is StanceType.CANDIDACY and not x.guessed_target for x in out):
            # no one is said to run ("Austria is still considering both A and B. Bulgaria remains uncommitted"):
            # the candidates the article's members weigh
            return field_of((StanceType.UNDECIDED,))
        running = field_of((StanceType.CANDIDACY,))
        if len(running) < 2 and _EITHER_OF_TWO.search(fold(s.evidence)):
            # "Nigeria nominated Okonjo-Iweala ... South Korea backs Yoo. Japan would not say whether it would back
            # either woman": a rival whose own candidacy the article takes as known, but whom members back or weigh
            running = list(
                dict.fromkeys(
                    running
                    + field_of((StanceType.CANDIDACY, StanceType.SUPPORT, StanceType.OPPOSE, StanceType.UNDECIDED))
                )
            )
        return running

    def _nearby_candidates(
        self, sent: Span, index: MentionIndex, holders: list[Mention], trigger: Token
    ) -> list[Mention]:
        """For "... said it had not decided": the candidate named in the sentence, else in the one before (not one
        named in a clause joined on with a subject of its own: "Slovakia was still weighing its position, and
        Romania continues to back Klaus Iohannis")."""
        held = {h.person for h in holders}
        states = {h.country for h in holders if h.country and h.kind is not MentionKind.PERSON}
        seen = self._candidates_so_far()
        own = clause_of(trigger)
        start = sent.start
        if start > 0:
            start = sent.doc[start - 1].sent.start  # the sentence before
        people = [
            m
            for m in index.in_span(start, sent.end)
            if m.kind is MentionKind.PERSON
            and m.person not in held
            and not _succeeded(sent.doc[m.end - 1])
            and not _other_clause(sent.doc[m.end - 1], own)
        ]
        for tok in sent:
            # "nominated her ..., with Hungary voting against": the person an object pronoun stands for
            if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
                resolved = self._candidate_for_pronoun(tok, index, None) or resolve_pronoun(tok, index)
                if resolved is not None and resolved.person not in held:
                    people.append(replace(resolved, start=tok.i, end=tok.i + 1))
        people.sort(key=lambda m: m.start)
        if states and any(c.dep_ == "dobj" and _unnamed_candidacy(c, index) for c in trigger.children):
            # "Iohannis said he was a candidate, setting up a contest with Rutte. The Romanian government backs
            # the bid": the bid of the state's own candidate
            compatriots = [m for m in people if m.person in seen and self._state_of(m) in states]
            if compatriots:
                return compatriots[-1:]
        in_sentence = [m for m in people if m.start >= sent.start]
        nearest = (in_sentence or people[-1:])[:1]
        if nearest and nearest[0].person not in seen and self._leads_state(nearest[0], states):
            # ("Slovakia has yet to declare a preference, and its prime minister, Robert Fico, is in hospital": the
            # state's own office holder, no candidate; the article's candidates decide)
            return []
        return nearest

    def _known_post(self, candidate: str) -> str | None:
        """The post the reference data says the candidate holds or held, if the article names it (Kallas ran for
        NATO's top job before she became High Representative)."""
        post = self.post_of.get(candidate)
        return post if post in self._article_offices else None


# "would back either woman", "between the two men", "wants to hear both candidates": a race of two the sentence
# counts without naming them
_EITHER_OF_TWO = re.compile(
    r"\beither\s+(?:of\s+(?:them|the\s+two)|candidate|contender|finalist|man|woman|nominee)\b"
    r"|\b(?:the|both)\s+(?:two\s+)?(?:candidates|contenders|finalists|men|women|nominees|rivals)\b"
    r"|\bthe\s+two\b(?!\s+(?:diplomats|officials|sources|people))"
)


def _other_clause(tok: Token, own: Token) -> bool:
    """Whether ``tok`` is in a clause coordinated with the trigger's own (", and Romania backs X"), not in the
    trigger's clause or one that hangs from it."""
    clause = clause_of(tok)
    if clause.i == own.i or clause.dep_ != "conj" or clause.sent.start != own.sent.start:
        return False
    return own.i not in {a.i for a in clause.ancestors} and clause.i not in {a.i for a in own.ancestors}
