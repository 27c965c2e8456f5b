"""Stances stated by ellipsis: a clause with no stance word of its own that repeats the stance before it.

"Austria said it would back the Romanian, and Germany followed", "Latvia and Lithuania have since done the same",
"So did Poland", "Poland supports Rutte, but Romania does not", "New Zealand has put its full weight behind Clark,
and Argentina behind Malcorra", "Estonia backed Rutte on 2 April, Turkey late last month". ``StanceFinder`` calls
``_elliptical`` on each sentence with the stances found so far, and copies the stance each one echoes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..records import StanceType
from .attribution import MentionIndex, mentions_for
from .circumstances import StanceCircumstances
from .dates import DateMention, statement_dates
from .mentions import Mention, MentionKind
from .phrases import _strip_span, _target_name

if TYPE_CHECKING:
    from .stances import StanceMention

_POSITION_NOUNS = frozenset({"position", "line", "view", "stance", "approach", "decision"})


class StanceEllipsis(StanceCircumstances):
    """Stances stated by ellipsis; ``speech`` and ``negated`` are set by ``StanceFinder.__init__``."""

    speech: frozenset[str]
    negated: dict[StanceType, StanceType | None]

    def _elliptical(
        self, sent: Span, index: MentionIndex, so_far: list[StanceMention], ref: date | None
    ) -> list[StanceMention]:
        """Stances stated by ellipsis, copied from the stance they echo:
        - "Austria said it would back the Romanian, and Germany followed" (also "followed suit");
        - "New Zealand has put its full weight behind Clark, and Argentina behind Malcorra" (a gapped clause:
          a state and a preposition and a candidate, with no verb)."""
        doc = sent.doc
        if not so_far:
            return []  # (the cheap test first: most sentences follow no stance at all)
        start, end = _strip_span(sent)
        since = doc[sent.start - 1].sent.start_char if sent.start > 0 else 0  # (the sentence before, and this one)
        stated = [
            s
            for s in so_far
            if not s.guessed_target
            and s.stance in (StanceType.SUPPORT, StanceType.OPPOSE, StanceType.ABSTAIN)
            and since <= s.start_char <= start
        ]
        if not stated:
            return []
        out: list[StanceMention] = []
        for tok in sent:
            holders: list[Mention] = []
            model = stated[-1]
            target = model.target
            echo = True  # (the stance before, whole: every candidate its holder backed there)
            lemma = tok.lemma_.lower()
            gapped_date: DateMention | None = None
            if lemma == "follow" and tok.pos_ == "VERB":
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                if all(o.lemma_.lower() in ("suit", "lead", "example") for o in objects):
                    holders = _echoing(tok, index)
            elif (
                lemma == "do"
                and tok.pos_ in ("VERB", "AUX")
                and (
                    any(c.dep_ == "dobj" and c.lower_ == "same" for c in tok.children)
                    or any(c.dep_ == "advmod" and c.lower_ == "likewise" for c in tok.children)
                    or any(c.lower_ == "so" and c.i == tok.i + 1 for c in tok.children)  # "Estonia did so"
                )
            ):
                holders = _echoing(tok, index)  # "Latvia and Lithuania have since done the same", "did likewise"
            elif (
                tok.pos_ == "VERB"
                and (lemma in self.speech or lemma in ("take", "adopt"))
                and any(
                    c.dep_ == "dobj"
                    and (
                        (c.lower_ == "same" and lemma in self.speech)
                        or (c.lemma_.lower() in _POSITION_NOUNS and any(g.lower_ == "same" for g in c.children))
                    )
                    for c in tok.children
                )
            ):
                holders = _echoing(tok, index)  # "Slovakia said the same within hours", "took the same position"
            elif (
                tok.lower_ == "so"
                and tok.head.lemma_.lower() in ("be", "do", "have")
                and tok.i < tok.head.i
                and (tok.i == sent.start or doc[tok.i - 1].lower_ in ("and", ","))
            ):
                holders = _echoing(tok.head, index)  # "..., and so are the Nordic countries", "So did Poland."
            elif _but_not(tok) and (negated := self.negated.get(model.stance)) is not None:
                # "Poland supports Rutte, but Romania does not": the stance before, negated
                same_sentence = [s for s in stated if s.start_char == start]
                if same_sentence:
                    holders = _echoing(tok, index)
                    model = replace(same_sentence[-1], stance=negated)
                    target, echo = model.target, False
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
                model, holders, target, echo = same_sentence[-1], [state], _target_name(person), False
            elif tok.text == "," and (state := index.at(doc[tok.i + 1]) if tok.i + 1 < sent.end else None):
                # ", STATE DATE" after a stance, with no verb: "Estonia backed Rutte on 2 April, Turkey late last
                # month;" (the stance again, on the date the gapped clause gives)
                if state.kind is MentionKind.PERSON or not state.country or state.start != tok.i + 1:
                    continue
                stop = next((t.i for t in doc[state.end : sent.end] if t.text in (",", ";", ".", ":")), sent.end)
                rest = doc[state.end : stop]
                same_sentence = [s for s in stated if s.start_char == start and s.end_char > 0]
                if (
                    not len(rest)
                    or not same_sentence
                    or same_sentence[-1].start_char > tok.idx
                    or any(t.pos_ in ("VERB", "AUX") for t in rest)
                    or not all(
                        t.ent_type_ in ("DATE", "TIME") or (t.i == state.end and t.lower_ in ("on", "in", "at"))
                        for t in rest
                    )
                ):
                    continue
                dates = statement_dates(rest.text, ref)
                if not dates:
                    continue
                model, holders, gapped_date = same_sentence[-1], [state], dates[0]
            if holders and self.is_unasserted(tok):
                continue  # "Tallinn hopes the other Baltic states will follow its lead": not done yet
            if gapped_date is not None:
                when, precision = gapped_date.date, gapped_date.precision
            else:
                when, precision = self.date_for(sent, tok, None, None, ref) if holders else (None, None)
            copies = [(model, target)]
            if echo:
                # "Scholz and Sánchez signed on to the package. Macron and Rutte did so for the liberals": each
                # candidate the holder before backed in that sentence (each with its own post)
                siblings = {
                    s.target: s
                    for s in stated
                    if s.start_char == model.start_char and s.actor == model.actor and s.stance == model.stance
                }
                copies = [(s, s.target) for s in siblings.values()] or copies
            for holder, (model, target) in ((h, c) for h in holders for c in copies):
                if holder.kind is MentionKind.PERSON and holder.person == target:
                    continue  # ("Rutte followed up with a visit": not his own backer)
                for member in holder.members or (holder.country,):
                    if any(
                        s.actor_country == member
                        and s.start_char == start
                        and s.stance == model.stance
                        and (s.target == target or not echo)
                        for s in (*so_far, *out)
                    ):
                        continue  # (but "Romania followed after Iohannis pulled out" is Romania's as well)
                    out.append(
                        replace(
                            model,
                            actor=holder.actor,
                            actor_country=member,
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


def _but_not(verb: Token) -> bool:
    """ "..., but Romania does not", "but Hungary will not": a bare negated auxiliary after "but", joined to the
    clause before it, with nothing after it."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in ("do", "be", "have", "will", "would", "can", "shall")
        and neg is not None
        and subject is not None
        and subject.left_edge.i > 0
        and verb.doc[subject.left_edge.i - 1].lower_ == "but"
        and all(c.dep_ in ("nsubj", "neg", "punct", "advmod", "cc") for c in verb.children)
        and (neg.i + 1 == len(verb.doc) or verb.doc[neg.i + 1].is_punct)
    )


def _echoing(verb: Token, index: MentionIndex) -> list[Mention]:
    """The states (or groups, or officials of a known state) that do "the same" or "follow": the verb's subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.dep_ == "expl":
        subj = next((c for c in verb.children if c.dep_ == "attr"), subj)  # ("so are the Nordic countries")
    found = mentions_for(subj, index) if subj is not None else []
    if subj is not None and not found:  # "its Baltic neighbours Latvia and Lithuania have done the same"
        found = [m for c in subj.children if c.dep_ == "appos" for m in mentions_for(c, index)]
    return [m for m in found if m.acts]
