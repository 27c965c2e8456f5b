"""Targets: the candidates a stance is about.

``TargetResolution`` is the part of the ``StanceFinder`` (``stances.py``) that finds a trigger's targets: its
objects and the candidates its prepositions govern, a candidacy noun's owner, and pronouns ("backed him", "its
support for her"), resolved through the candidates met so far in the article, the holder's compatriot, the
incumbent and the people named earlier in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..records import StanceType
from ..reference import fold
from .attribution import (
    _SPEECH_HINT,
    PRONOUNS_PERSON,
    MentionIndex,
    conjuncts,
    fits_pronoun,
    former_or_latter,
    fronted_noun,
    in_labelled_line,
    is_person_pronoun,
    mentions_for,
    previous_sentence,
    resolve_pronoun,
    speech_verb_above,
    subject_of,
    verb_as_compound,
)
from .holders import (
    _ABOUT_PREPS,
    _HAVING,
    HolderResolution,
    _backed_subject,
    _inside_quote,
    _praised,
)
from .mentions import STATE_ROLES, Mention, MentionKind, _distance, states_spoken_for
from .phrases import _ATTRIBUTIVE_PARTICIPLES, _antecedent, _phrase, clause_of
from .triggers import _Trigger

_TAKING_OVER = frozenset({"lead", "head", "run", "succeed", "become", "take", "chair"})
_OBJECT_DEPS = ("dobj", "pobj", "attr", "oprd", "dative", "nsubjpass", "appos")
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
        # a sitting candidate's: "backs his reappointment" (and "her second term", below)
        "reappointment",
        "re-election",
        "reelection",
    }
)
_EVENT_NOUNS = frozenset(
    {"withdrawal", "departure", "exit", "resignation", "defeat", "elimination", "decision", "result", "outcome"}
)
_OPEN_QUOTES = ("“", '"', "«", "‘")
_CLOSE_QUOTES = ("”", "»", "’")
_OWNED_NOUNS = frozenset({"case", "cause", "percent", "cent", "campaign", "name", "behalf"})
_PROPOSAL_NOUNS = frozenset(
    {"proposal", "plan", "move", "motion", "idea", "bid", "push", "recommendation", "agreement", "election"}
    | {"intention", "decision"}
)
_CHOOSING_VERBS = frozenset(
    {"elect", "appoint", "reappoint", "nominate", "name", "select", "choose", "confirm", "install"}
)
# participles that describe a holder ("to outgoing Dutch Prime Minister Mark Rutte"), which the small parser can
# read as a verb whose object is the name
_DESCRIBING_PARTICIPLES = frozenset({"outgoing", "incoming", "acting", "sitting", "serving", "retiring", "departing"})
_RIVAL_NOUNS = frozenset({"runner", "frontrunner", "front-runner", "candidate", "contender", "finalist", "rival"})
_OVERRIDING = frozenset({"override", "overrule", "brush", "ignore", "defy", "sweep"})
_PACKAGE_NOUNS = frozenset({"package", "slate", "line-up", "lineup", "trio", "ticket"})
_OWN_PEOPLE = frozenset(
    {"minister", "man", "woman", "president", "ambassador", "envoy", "commissioner", "secretary", "national", "son"}
    | {"daughter", "premier", "chancellor", "diplomat", "economist", "official"}
)
# descriptions a state's own national goes by when put forward unnamed ("the career trade official")
_DESCRIBED_PEOPLE = frozenset({"chief", "head", "negotiator", "veteran", "politician", "leader", "director"})
# the posts whose holder speaks for the state (see roles.json)
_SPEAKING_ROLES = STATE_ROLES | {"ambassador to NATO"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}
# a word for a person by what they do ("the hydrologist", "the former trade negotiator", "the economist")
_PERSON_NOUN = re.compile(r"(?:ist|ician|ographer|eer|ator)$")


class TargetResolution(HolderResolution):
    """Targets of a trigger, given its holders (``HolderResolution.holders_for``)."""

    def _candidate_for_pronoun(self, tok: Token, index: MentionIndex, exclude: Mention | None) -> Mention | None:
        """ "backed him": the last person named before who is already a candidate in this article, if any within
        the last few sentences (else ordinary pronoun resolution decides)."""
        seen = self._candidates_so_far()
        before = index.people_before(tok.i)  # (no window of tokens: see _compatriot_for_pronoun)
        # the person named last in the sentence before, if the reference data knows them as a later holder of a
        # post this article names, not yet in it ("Rutte starts with a wide lead. The United States ... backed
        # him", though Iohannis's bid is the story's news)
        previous = previous_sentence(tok)
        recent = next(
            (
                m
                for m in reversed(before)
                if previous is not None
                and m.start >= previous.start
                and m.end <= tok.sent.start
                and fits_pronoun(m, tok)
                and (exclude is None or m.person != exclude.person)
            ),
            None,
        )
        if (
            recent is not None
            and not any(m.start >= tok.sent.start and fits_pronoun(m, tok) for m in before)
            and self.post_of.get(str(recent.person)) in self._article_offices
            and not self._incumbent(recent)
            and recent.person not in self._withdrawn
            # ("... settled on him to succeed Anders Fogh Rasmussen. Merkel backed him": not the one succeeded)
            and not _succeeded(index.doc[recent.end - 1])
        ):
            return recent
        found = [
            m
            for m in reversed(before)
            if m.person in seen and (exclude is None or m.person != exclude.person) and fits_pronoun(m, tok)
        ]
        # (one still in the race before one who withdrew: "Iohannis withdrew ... Slovakia also backed him")
        running = [m for m in found if m.person not in self._withdrawn]
        if running or found:
            return (running or found)[0]
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
        leaders = {h.country for h in holders if h.kind is MentionKind.PERSON and h.country}
        if stance is not StanceType.SUPPORT or len(states | leaders) != 1:
            return None
        seen = self._candidates_so_far()
        if tok.lower_ in ("him", "her") and any(
            m.kind is MentionKind.PERSON
            and (m.person in seen or str(m.person) in self.post_of)
            and self._state_of(m) not in states | leaders
            and fits_pronoun(m, tok)
            for m in index.in_span(tok.sent.start, tok.i)
        ):
            return None  # "... bringing von der Leyen into play, and Macron said France supported her": that one
        if not states:
            # a leader ("President Moon Jae-in has asked for support for her candidacy"): a candidate of theirs
            # named before, and no one else
            return next(
                (
                    m
                    for m in reversed(index.people_before(tok.i))
                    if self._state_of(m) in leaders
                    and m.person in seen
                    and m.person not in {h.person for h in holders}
                    and fits_pronoun(m, tok)
                ),
                None,
            )
        # (anywhere before: a state's own candidate stays its candidate through the article, and a window of
        # tokens would count background lines the line filter leaves out)
        # (a candidate's state from the text when the reference data has none: "Tashkent put Rakhimova forward")
        before = [m for m in index.people_before(tok.i) if self._state_of(m) in states]
        for m in reversed(before):
            if m.person in seen and fits_pronoun(m, tok):
                return m
        previous = previous_sentence(tok)
        # (its own minister or leader only when it puts "him" forward: "Slovakia's foreign minister, Miroslav
        # Lajčák, was among the strongest. Slovakia put him forward in January"; not "Orbán met Rutte. Hungary
        # backs him")
        nominated = tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.nominating
        just_named = [
            m
            for m in before
            if previous is not None
            and previous.start <= m.start < tok.sent.start
            and fits_pronoun(m, tok)
            and (nominated or not self._leads_state(m, states))
        ]
        if tok.lower_ in ("him", "her") and len({m.person for m in just_named}) == 1:
            return just_named[-1]  # "Helen Clark finished well behind the leaders. New Zealand nominated her in April."
        if tok.lower_ in ("him", "her") and any(
            m.person in seen and fits_pronoun(m, tok) for m in index.people_before(tok.i)
        ):
            return None  # a candidate of another state is named before: "him" is more likely that one (not Orbán)
        # else a known national of that state named in a statement about someone ("Portugal backed him", after
        # "the Council has a clear favourite, Guterres"), not one who speaks or acts in it
        for m in reversed(before):
            if (
                m.person in self.known_people
                and fits_pronoun(m, tok)
                and index.doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass")
                and m.start < tok.sent.start  # ("Hungary's foreign minister, X, said Budapest would back him")
            ):
                return m
        # else a national of that state with no title of office ("India's Shashi Tharoor"), named before
        for m in reversed(before):
            if (
                fits_pronoun(m, tok)
                and not m.role
                and not m.title
                and m.start < tok.sent.start
                and index.doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass")
            ):
                return m
        return None

    def _speaker_hung_on(self, appos: Token) -> bool:
        """ "backs its trade minister, officials of the Korean trade ministry said": the speakers of a verb of
        saying that follows them, parsed in apposition to the noun before the comma."""
        after = appos.right_edge.i + 1
        return (
            appos.dep_ == "appos"
            and after < appos.sent.end
            and appos.doc[after].lemma_.lower() in self.speech
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in appos.doc[after].children)
        )

    def _described_national(
        self, noun: Token, index: MentionIndex, holders: list[Mention], stance: StanceType
    ) -> Mention | None:
        """ "Portugal nominated the former prime minister": the state's own candidate, else the last national of
        that state named before who is a candidate in the article or held the body's post."""
        own = self._compatriot_for_pronoun(noun, index, holders, stance)
        if own is not None:
            return own
        states = {h.country for h in holders if h.kind is not MentionKind.PERSON and h.country}
        if len(states) != 1:
            return None
        return next(
            (
                m
                for m in reversed(index.people_before(noun.i))
                if (m.country or self._home.get(str(m.person))) in states
                and (m.person in self._seen_candidates or str(m.person) in self.post_of)
            ),
            None,
        )

    def _predecessor(self, noun: Token, index: MentionIndex, holders: list[Mention]) -> Mention | None:
        """ "Montenegro would back his Socialist predecessor", "Solberg's government backed the candidacy of her
        Labour predecessor": the person who held the owner's national post before them, by the reference table
        on the article's date (the owner: the one person holding the stance, else whom "his" or "her" stands
        for)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None or noun.lemma_.lower() != "predecessor":
            return None
        people = [h for h in holders if h.kind is MentionKind.PERSON and h.person]
        person = people[0] if len(people) == 1 else resolve_pronoun(owner, index)
        if person is None or not person.person:
            return None
        before = self.reference.predecessor_of(str(person.person), self._ref_date)
        if before is None:
            return None
        country = before.country_on(self._ref_date)
        return Mention(noun.i, noun.i + 1, MentionKind.PERSON, noun.text, country, person=before.name, name=before.name)

    def _demonym_in_sentence(self, pronoun: Token, index: MentionIndex, holders: list[Mention]) -> Mention | None:
        """ "Turkey, which had reservations about the Dutchman, dropped them and now backs him": the one candidate
        a demonym names earlier in the same sentence, not of the holder's own state."""
        if pronoun.lower_ not in ("him", "her"):
            return None
        states = {h.country for h in holders if h.country}
        found = {
            m.person: m
            for t in index.doc[pronoun.sent.start : pronoun.i]
            if t.pos_ in ("NOUN", "PROPN")
            and t.i > 0
            and index.doc[t.i - 1].lower_ == "the"
            and index.at(t) is None
            and self._demonym(t) is not None
            and (m := self._adhoc(t, index)) is not None
            and m.kind is MentionKind.PERSON
            and m.country not in states
            and fits_pronoun(m, pronoun)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _leads_state(self, m: Mention, states: set[str]) -> bool:
        """Whether the person speaks for one of these states on the article's date, as its head of state or
        government, foreign or defence minister or ambassador (Orbán, Hungary's prime minister, in June 2024)."""
        day = self._ref_date
        return day is not None and any(
            state in states
            for p in self.reference.people
            if p.name == m.person
            for state in states_spoken_for(p, day, _SPEAKING_ROLES)
        )

    def _candidate_like(self, m: Mention) -> bool:
        """Whether the person is a candidate: named as one in this article so far, or known to take a post of an
        international body after the article's date (Okonjo-Iweala in 2020; not Stoltenberg, in post, in 2024)."""
        day = self._ref_date
        return m.person in self._candidates_so_far() or (
            day is not None and any(t.start > day for t in self.international_terms.get(str(m.person), ()))
        )

    def _incumbent(self, m: Mention) -> bool:
        """Whether the person holds a post of an international body on the article's date (Stoltenberg in 2024)."""
        day = self._ref_date
        return day is not None and any(t.covers(day) for t in self.international_terms.get(str(m.person), ()))

    def _compatriot_of(self, holders: list[Mention], index: MentionIndex, noun: Token) -> Mention | None:
        """The latest candidate named before ``noun`` who comes from the first holder's state (the others may
        share the stance by ellipsis: "..., as did Sánchez")."""
        states = {holders[0].country} if holders and holders[0].country else set()
        if not states:
            return None
        seen = self._candidates_so_far()
        for m in reversed(index.people_before(noun.i)):
            if m.country in states and (m.person in seen or fold(str(m.person)).split()[-1] in self._title_words):
                return m
        return None

    def _leading_candidates(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """The candidates a plural noun refers to: those backed most often so far in the article (as many as a
        number says, else every one backed so far), each by its latest mention."""
        wanted = next((int(c.text) for c in noun.children if c.dep_ == "nummod" and c.text.isdigit()), None)
        if wanted is None:
            wanted = next((_NUMBER_WORDS[c.lower_] for c in noun.children if c.lower_ in _NUMBER_WORDS), None)
        bare = noun.lower_ in _NUMBER_WORDS  # "voted for all three", "backed both"
        if bare:
            wanted = _NUMBER_WORDS[noun.lower_]
        if wanted is None and any(c.lower_ in ("either", "neither") for c in noun.children):
            wanted = 2  # "either candidate"
        if wanted is not None and not bare and noun.i + 1 < noun.sent.end and noun.doc[noun.i + 1].text == ",":
            # "weighing both candidates, the Dutch caretaker prime minister Mark Rutte and Romania's president Klaus
            # Iohannis": the people the noun's apposition names, if it names so many
            stop = next((t.i for t in noun.doc[noun.i + 1 : noun.sent.end] if t.pos_ in ("VERB", "AUX")), noun.sent.end)
            listed = [m for m in index.in_span(noun.i + 1, stop) if m.kind is MentionKind.PERSON and m.person]
            if len({m.person for m in listed}) == wanted == len(listed):
                return listed
        ranked = [name for name, _ in self._support_counts.most_common()]
        if (
            bare
            or noun.lemma_.lower() in ("candidacy", "candidature", "nomination", "name", "nominee", "pick", "choice")
            # "weighing both candidates", "yet to commit to either candidate": as many as it says, backed or not
            or (wanted is not None and noun.lemma_.lower() in _RIVAL_NOUNS)
        ):
            # "both candidacies", "the candidacies": every candidate named so far, the backed ones first
            named = [name for _, name in self._named_candidates] + sorted(self._seen_candidates)
            ranked += [name for name in dict.fromkeys(named) if name not in ranked]
        if wanted is not None and len([n for n in ranked if n not in self._withdrawn]) >= wanted:
            # "Quiroga withdrew, leaving Echeverri and Carvajal ... Chile is still weighing both candidacies": the
            # ones still running
            ranked = [name for name in ranked if name not in self._withdrawn]
        if wanted is not None:
            ranked = ranked[:wanted]
        latest: dict[str, Mention] = {}
        for m in index.people_before(noun.i):
            if m.person in ranked:
                latest[m.person] = m
        found = [latest[name] for name in ranked if name in latest]
        if wanted is not None and len(found) < wanted:
            # "agreed a package that would give von der Leyen a second term, make Costa ... and appoint Kallas.
            # Mitsotakis and Tusk backed the three names": as many candidates as it says, named in the sentence
            # before (if that names exactly so many)
            listed = self._candidates_in_sentence_before(noun, index)
            if len(listed) == wanted:
                return listed
            previous = previous_sentence(noun)
            told = [] if previous is None else index.in_span(previous.start, previous.end)
            people = {m.person: m for m in told if m.kind is MentionKind.PERSON and m.person}
            running = [m for name, m in people.items() if name not in self._withdrawn]
            if len(running) == wanted and len(people) > wanted:
                # "Quiroga withdrew on Thursday, leaving Echeverri Molina and Carvajal Rojas in the contest. Chile is
                # still weighing both candidacies": the ones a withdrawal left
                return running
            if wanted >= 3 and noun.lemma_.lower() in ("name", "nominee", "candidate"):
                # "Tusk said Poland backed all three names", some entries after "The names on the table are von
                # der Leyen, Costa and Kallas": the latest sentence before that names so many
                sent = noun.sent
                for _ in range(12):
                    if sent.start == 0:
                        break
                    sent = noun.doc[sent.start - 1].sent
                    listed = self._candidates_in(sent, index)
                    if len(listed) == wanted:
                        return listed
        return found

    def _package(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """The candidates of the latest sentence before that names a package (the same noun), if it names two or
        more."""
        lemma = noun.lemma_.lower()
        for k in range(noun.sent.start - 1, -1, -1):
            if noun.doc[k].lemma_.lower() == lemma:
                named = self._candidates_in(noun.doc[k].sent, index)
                return named if len(named) >= 2 else []
        return []

    def _candidates_in_sentence_before(self, tok: Token, index: MentionIndex) -> list[Mention]:
        previous = previous_sentence(tok)
        return [] if previous is None else self._candidates_in(previous, index)

    def _candidates_in(self, span: Span, index: MentionIndex) -> list[Mention]:
        """The people a sentence names who are candidates: named as such so far, or known to hold one of the posts
        the article names (each by their latest mention there)."""
        seen = self._candidates_so_far()
        latest: dict[str, Mention] = {}
        for m in index.in_span(span.start, span.end):
            if (
                m.kind is MentionKind.PERSON
                and m.person
                and (m.person in seen or self.post_of.get(m.person) in self._article_offices)
            ):
                latest[m.person] = m
        return list(latest.values())

    def _holders_own(self, title: Token, holders: list[Mention]) -> Mention | None:
        """ "Romania backs the candidacy of the president", "Bucharest sustained the candidacy of its president":
        a bare title, with no state of its own, names whoever held it for the holder's state on the article's
        date."""
        words = [c.lower_ for c in title.children if c.dep_ == "compound"] + [title.lower_]
        role = self.reference.roles.get(" ".join(words[-2:])) or self.reference.roles.get(title.lower_)
        of_whom = [
            o.lower_ for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]  # "its own head of state"
        if title.lower_ == "head" and of_whom in (["state"], ["government"]):
            role = self.reference.roles.get(f"head of {of_whom[0]}")
        dets = {c.lower_ for c in title.children if c.dep_ in ("det", "poss")}
        states = {h.country for h in holders if h.country}
        if role is None or len(states) != 1 or not dets & {"the", "its", "their", "our"}:
            return None
        if any(
            (c.dep_ in ("amod", "prep") and c.lower_ != "own" and not (c.lower_ == "of" and of_whom)) or c.ent_type_
            for c in title.children
        ):
            return None  # "the Romanian president", "the president of Romania": the mention finder's
        holder = self.reference.holder_of(next(iter(states)), role, self._ref_date)
        if holder is None:
            return None
        return Mention(
            title.i,
            title.i + 1,
            MentionKind.PERSON,
            title.text,
            next(iter(states)),
            person=holder.name,
            name=holder.name,
            role=role,
        )

    @staticmethod
    def _full_name(m: Mention, index: MentionIndex) -> Mention | None:
        """ "will vote for Dragoș": a first name alone, for the one person named in full before with it; "back
        Hofstäter": a surname misspelt by a letter or two, for the one person named before with that surname."""
        first = fold(m.text)
        if len(first) >= 6:
            near = {
                p.person: p
                for p in index.people_before(m.start)
                if p.person
                and p.person != m.person
                and p.end - p.start > 1
                and 0 < _distance(fold(str(p.person)).split()[-1], first, 2) <= 2
            }
            if len(near) == 1:
                return next(iter(near.values()))
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

    def _said_after(self, m: Mention, index: MentionIndex) -> bool:
        """ "..., informed Prime Minister Viktor Orbán on Tuesday": a name right after a speech verb that follows
        a comma (inverted attribution, a title between) is the speaker."""
        doc = index.doc
        k = m.start - 1
        while k > 0 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN") and m.start - k <= 4:
            k -= 1  # the title in front of the name
        return (
            k > 0
            and doc[k].lemma_.lower() in self.speech
            and doc[k].pos_ in ("VERB", "AUX")
            and doc[k - 1].text in (",", "—", "–")
        )

    @staticmethod
    def _gapped_package(targets: list[Mention], index: MentionIndex, holder_people: set[str]) -> list[Mention]:
        """ "agreed to back von der Leyen for a second term, António Costa to chair the European Council and Kaja
        Kallas as foreign policy chief": the verb left out before each later name of the list, each name after a
        comma or "and" and followed by its post ("to chair", "as", "for")."""
        doc = index.doc
        last = max(targets, key=lambda m: m.end)
        found: list[Mention] = []
        for m in index.mentions:
            if m.start < last.end or m.start >= doc[last.start].sent.end:
                continue
            if any(t.text == ";" for t in doc[last.end : m.start]):
                break
            if (
                m.kind is MentionKind.PERSON
                and m.person not in holder_people
                and m not in targets
                and doc[m.start - 1].lower_ in (",", "and")
                and m.end < len(doc)
                and doc[m.end].lower_ in ("to", "as", "for")
            ):
                found.append(m)
        return found

    def _speaks(self, appos: Token) -> bool:
        """ "would not block Rutte, Foreign Minister Szijjártó said": a name the parser put in apposition to the
        target, but which a speech verb follows, is the speaker."""
        nxt = appos.right_edge.i + 1
        return (
            nxt < len(appos.doc)
            and appos.doc[nxt].lemma_.lower() in self.speech
            and appos.doc[nxt].pos_ in ("VERB", "AUX")
            and appos.doc[nxt].tag_ != "VBG"  # ("its president, Iohannis, who entered in March arguing that ...")
        )

    def targets_for(
        self, trig: _Trigger, index: MentionIndex, holders: list[Mention], speakers: Sequence[Mention] = ()
    ) -> tuple[list[Mention], bool]:
        """Candidates the trigger is about; the flag says whether a pronoun had to be resolved (in a quote, never to
        the person saying it: 'X said: "Nigeria has stood behind her"')."""
        tok = trig.token
        holder_people = {m.person for m in holders if m.person}
        heads: list[Token] = []

        def collect(t: Token, depth: int) -> None:
            for child in t.children:
                if child.dep_ == "dative" and child.pos_ == "ADP" and child.lower_ in _ABOUT_PREPS and depth < 2:
                    collect(child, depth + 1)  # "campaigned hard for him": a preposition the parser calls dative
                elif (
                    child.dep_ == "pcomp" and t.pos_ == "ADP" and child.lemma_.lower() in _CHOOSING_VERBS and depth < 3
                ):
                    collect(child, depth + 1)  # "voted against nominating von der Leyen": whom the choice is of
                elif (
                    child.dep_ == "pcomp" and t.pos_ == "ADP" and child.lower_ in _DESCRIBING_PARTICIPLES and depth < 3
                ):
                    # "moved its support from Iohannis to outgoing Dutch Prime Minister Mark Rutte", parsed as
                    # "to" + a verb "outgoing" whose object is Rutte: the one the phrase names
                    heads.extend(x for c in child.children if c.dep_ == "dobj" for x in conjuncts(c))
                elif child.dep_ in _OBJECT_DEPS and child.dep_ != "nsubjpass":
                    heads.extend(conjuncts(child))
                    if trig.stance is StanceType.UNDECIDED:
                        # "weighing Mr Echeverría against Ms Albornoz", the rival hung on the first name
                        heads.extend(
                            o
                            for p in child.children
                            if p.dep_ == "prep" and p.lower_ in ("against", "versus")
                            for o in p.children
                            if o.dep_ == "pobj"
                        )
                    if child.lower_ in ("both", "either") or child.pos_ in ("DET", "NUM"):
                        collect(child, depth + 1)
                elif child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS and depth < 2:
                    if child.lower_ == "against" and trig.stance is StanceType.SUPPORT:
                        continue  # "backed Azevêdo against Blanco": the rival, not the one backed
                    if child.lower_ in ("to", "over") and t.lemma_.lower() == "prefer":
                        continue  # "prefers Vestager to the German", "preferred Yoo over her": the one passed over
                    collect(child, depth + 1)
                elif (
                    child.dep_ == "prep"
                    and child.lower_ == "in"
                    and depth == 0
                    and any(c.dep_ == "pobj" and c.lemma_.lower() in ("vote", "ballot", "poll") for c in child.children)
                ):
                    # "abstained in the vote on von der Leyen's nomination": what the vote was on
                    for vote in (c for c in child.children if c.dep_ == "pobj"):
                        collect(vote, 1)
                        # "abstained in the vote to nominate von der Leyen", the infinitive hung on the verb
                        for x in t.children:
                            if x.dep_ == "xcomp" and x.lemma_.lower() in _CHOOSING_VERBS and x.i == vote.i + 2:
                                collect(x, 1)
                elif child.dep_ == "prep" and depth < 2:
                    # "support for the election of X as President ... and for the proposal of Y": a "for" the
                    # parser joined to the "as"
                    for c in child.children:
                        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in _ABOUT_PREPS:
                            collect(c, depth + 1)
                elif (
                    child.dep_ == "xcomp"
                    and child.pos_ == "VERB"
                    and trig.stance is StanceType.UNDECIDED
                    and 0 < depth < 3
                ):
                    collect(child, depth + 1)  # "whether to keep backing Bokova or to switch to Georgieva"
                elif child.dep_ in ("conj", "appos") and depth > 0:
                    if child.pos_ == "ADP":
                        collect(child, depth)  # "voted for X as ... and for Y as ...": the second "for"
                    elif child.dep_ == "conj" and child.pos_ == "VERB" and trig.stance is StanceType.UNDECIDED:
                        collect(child, depth)  # "weighing whether to stay with Bokova or to back Georgieva"
                    else:
                        heads.extend(conjuncts(child))

        for t in trig.span_tokens:
            collect(t, 0)
            if (
                t.dep_ == "conj"
                and t.pos_ == "VERB"
                and t.head.pos_ == "VERB"
                and not any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("prep", "xcomp", "ccomp") for c in t.children)
            ):
                # "whom Brazil had nominated and supported throughout": the shared object (not "... told the daily
                # Siam Herald, and wants to hear both candidates", whose verb has a complement of its own)
                collect(t.head, 0)
            if trig.phrase and t.pos_ == "NOUN" and t.lower_ in ("way", "corner", "path", "camp", "back"):
                # "stand in his way", "in Rutte's corner", "has Jurišić Bralić's back"
                heads.extend(c for c in t.children if c.dep_ == "poss")
            if (
                trig.phrase
                and t.i > tok.i
                and fold(t.text) in self.demonyms
                and t.dep_ in ("amod", "conj", "nmod", "dobj", "compound")
            ):
                heads.append(t)  # "are studying the Austrian and the Italian candidacies": the candidates by state
            if trig.stance is StanceType.UNDECIDED:
                # "still weighing whether to back Mr Echeverría or Ms Albornoz", "has yet to decide how Italy will
                # vote on von der Leyen": the ones the question is about
                for c in t.children:
                    if c.dep_ in ("ccomp", "xcomp", "advcl") and c.left_edge.lower_ in ("whether", "how"):
                        collect(c, 1)
                    elif c.dep_ == "ccomp" and c.left_edge.lower_ in ("whom", "who", "which"):
                        # "declined to say whom it favours between Okonjo-Iweala and Yoo", "... whom Italy favours
                        # among Weber, Timmermans and Vestager": the ones the question is between
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in ("between", "among", "amongst"):
                                collect(p, 1)
                # "is keeping its powder dry in the contest between Toktogulov and Rakhimova", "has yet to make up
                # its mind between Strandmark and Ilves-Koppel": the two, in the phrase's own clause
                for d in t.subtree:
                    if d.dep_ == "prep" and d.lower_ == "between" and d.i > t.i and _within_clause(d, t):
                        collect(d, 1)
        if trig.stance is StanceType.OPPOSE and tok.pos_ == "NOUN":
            # "nominated Juncker, overriding the objections of Britain and Hungary", "... over the objections of
            # Britain": the one chosen against them
            chosen = (
                tok.head.head
                if tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and tok.head.lemma_.lower() in _OVERRIDING
                else tok.head.head
                if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "despite")
                else None
            )
            if chosen is not None and chosen.lemma_.lower() in _CHOOSING_VERBS:
                heads.extend(c for c in chosen.children if c.dep_ in ("dobj", "nsubjpass"))
        if tok.pos_ == "NOUN" and tok.dep_ == "attr" and any(c.dep_ == "poss" for c in tok.children):
            # "he is our candidate": the one the copula's subject names
            heads.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        elif (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "as"
            and tok.lemma_.lower() in ("candidate", "nominee")
            and any(c.dep_ == "poss" for c in tok.children)
            and (who := subject_of(tok.head.head)) is not None
        ):
            heads.append(who)  # "Ban entered the race as Seoul's candidate": Ban
        if tok.pos_ == "NOUN":
            # "Rutte's backing" may name the one backed; "declared his support" names the one who backs
            # ("a former shipping secretary whose candidacy Dhaka announced": the one "whose" stands for)
            heads.extend(c for c in tok.children if c.dep_ == "poss" and (c.pos_ != "PRON" or c.lower_ == "whose"))
            if (
                tok.lemma_.lower() in ("candidacy", "candidature", "nomination")
                and tok.dep_ == "dobj"
                and (sponsor := subject_of(tok.head)) is not None
                and any(m.kind is not MentionKind.PERSON and m.country for m in mentions_for(sponsor, index))
            ):
                # "Argentina presented her candidacy": the state puts forward the one "her" stands for
                heads.extend(c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her"))
            if (backed := _backed_subject(tok, index)) is not None:
                heads.append(backed)  # "Rutte had its full backing": Rutte is the one backed
            elif (
                self._backers(tok, index)
                and tok.dep_ in ("dobj", "attr")
                and tok.head.lemma_.lower() in _HAVING
                and (who := subject_of(tok.head)) is not None
            ):
                who = _antecedent_of(who)
                root = tok.sent.root
                if (
                    not any(m.kind is MentionKind.PERSON for m in mentions_for(who, index))
                    and root.i < tok.i
                    and root.pos_ == "PROPN"
                    and (m := index.at(root)) is not None
                    and m.kind is MentionKind.PERSON
                ):
                    # "Rutte, 57, who ... until a new Dutch cabinet is sworn in, secured the backing of ...", with
                    # the name left as the root and the verb joined to the relative clause: the name
                    who = root
                heads.append(who)  # "Rutte (, who) has the backing of ...": Rutte is the one backed
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "with"
                and tok.head.dep_ == "prep"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and self._backers(tok, index)
                and (
                    who := next(
                        (c for c in tok.head.head.children if c.dep_ == "dobj" and tok.head.head.lemma_ == "leave"),
                        None,
                    )
                    or subject_of(tok.head.head)
                )
                is not None
            ):
                # "With the backing of Hungary and Turkey, Rutte is set to ...": Rutte; "That leaves Ilves-Koppel
                # with the support of Tallinn and Riga": the one left with it
                heads.append(who)
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ in ("of", "from", "on")
                and (verb := tok.head.head).lemma_.lower() in ("benefit", "enjoy", "count", "rely")
                and self._backers(tok, index)
            ):
                # "Rutte benefits from the support of ...", "Rutte, ..., benefits already of the support of ..."
                who = subject_of(verb) or (verb.head if verb.dep_ == "appos" else None)
                if who is not None:
                    heads.append(who)
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("give", "lend", "offer", "grant"):
                # "gave Rutte its blessing" (the first object taken for a second: "gave Okonjo-Iweala its support")
                for c in tok.head.children:
                    if c.dep_ == "dative" and c.pos_ == "ADP":
                        heads.extend(o for o in c.children if o.dep_ == "pobj")  # "gave its support to the Nigerian"
                    elif c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < tok.i):
                        heads.append(c)
            if tok.dep_ == "dobj":  # "dropped its objection to Rutte": the object hangs from the verb
                for prep in tok.head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "for", "behind", "against"):
                        collect(prep, 1)
        if (fronted := fronted_noun(tok)) is not None:
            heads.append(fronted)  # "... and backed Yoo", parsed as an adjective: the noun is its object
        if (modified := verb_as_compound(tok)) is not None:
            heads = [modified]  # "Poland and Ukraine support Rutte", parsed as one noun phrase: the name it modifies
        if (praised := _praised(trig, index)) is not None:
            heads = [praised]  # "Costa would make an excellent president": Costa
        for t in self._chain(tok):  # passive: "Rutte is backed by Germany"
            heads.extend(c for c in t.children if c.dep_ == "nsubjpass")
        if tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children):
            heads.append(tok.head)  # "Helen Clark, backed by New Zealand, ..."
        if _inside_quote(tok):
            # '"Seoul supports Minister Yoo," a spokesperson, Park, told reporters': not past the closing mark
            heads = [h for h in heads if not _quote_closes(tok, h)]
        heads = [h for h in heads if not _subject_of_next_verb(h) and not _replaced(h)]
        targets: list[Mention] = []
        via_pronoun = False
        for head in heads:
            if (
                head.dep_ == "pobj"
                and head.head.lower_ in ("of", "among")
                and head.head.head.i == tok.i
                and head.head.i < tok.i
                and index.at(head) is None
            ):
                continue  # "Of the candidates who remain, Portugal nominated Guterres": the field, not the target
            if (
                head.lemma_.lower() in ("candidate", "nominee", "national")
                and head.tag_ == "NNS"
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)
                and not any(c.dep_ == "appos" for c in head.children)
                and len({h.country for h in holders if h.country}) > 1
            ):
                # "Slovakia, Serbia and Argentina are still backing their candidates": each state its own national
                # (the pairs are matched to their states in ``stances``); a state with none named backs no one
                owns = [self._compatriot_for_pronoun(head, index, [h], trig.stance) for h in holders if h.country]
                if all(owns):
                    targets += [m for m in owns if m is not None and m not in targets]
                continue
            if (pair_member := former_or_latter(head, index, people=True)) is not None:
                # "backed the latter and said it could not support the former": one of the two just named
                if pair_member.person not in holder_people and pair_member not in targets:
                    targets.append(pair_member)
                continue
            if (
                head.lower_ in _NUMBER_WORDS
                and head.pos_ in ("NUM", "PRON", "DET")
                and head.dep_ in ("dobj", "pobj")
                and not any(c.dep_ == "prep" for c in head.children)  # (not "both of them", "two of the four")
            ):
                # "Poland had voted for all three", "Latvia backed both": the article's candidates so far
                for lead in self._leading_candidates(head, index):
                    if lead.person not in holder_people and lead not in targets:
                        targets.append(lead)
                continue
            if (
                (
                    head.lemma_.lower() in _RIVAL_NOUNS
                    or (  # ("the candidacies of Rutte and Iohannis", "Iohannis's candidacy either" name their own)
                        head.lemma_.lower() in ("candidacy", "candidature", "nomination")
                        and not any(c.dep_ in ("poss", "prep") for c in head.children)
                    )
                )
                and (head.tag_ == "NNS" or any(c.lower_ in ("either", "both", "neither") for c in head.children))
                and index.at(head) is None
                # (not a bare plural: "Costa Rica, Indonesia and Jordan also fielded candidates", their own)
                and any(c.dep_ in ("det", "poss", "nummod", "predet", "amod") for c in head.children)
            ) or (
                head.lemma_.lower() in ("name", "nominee", "pick", "choice")
                and head.tag_ == "NNS"
                and any(c.lower_ in _NUMBER_WORDS for c in head.children)
            ):
                # "either of the front-runners", "between the two candidates", "weighing both candidacies": the
                # article's candidates so far
                for lead in self._leading_candidates(head, index):
                    if lead.person not in holder_people and lead not in targets:
                        targets.append(lead)
                continue
            if (
                head.lemma_.lower() in ("frontrunner", "front-runner", "favourite", "favorite")
                and head.tag_ == "NN"
                and [c.lower_ for c in head.children if c.dep_ == "det"] == ["the"]
                and index.at(head) is None
                and not any(c.dep_ in ("appos", "prep", "compound", "amod") for c in head.children)
            ):
                # "refused to join a consensus for the frontrunner": the candidate backed most so far
                leading = self._leading_candidates(head, index)[:1]
                targets.extend(x for x in leading if x.person not in holder_people and x not in targets)
                continue
            if (
                head.lemma_.lower() == "consensus"
                and index.at(head) is None
                and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in head.children)
            ):
                # "will not block the consensus", "refused to join a consensus": the consensus forming around the
                # candidate backed most so far (with none backed yet, the candidate the story is about)
                leading = self._leading_candidates(head, index)[:1] or [
                    x for x in [self._candidate_for_pronoun(head, index, None)] if x is not None
                ]
                targets.extend(x for x in leading if x.person not in holder_people and x not in targets)
                continue
            if (
                head.lemma_.lower() in _PACKAGE_NOUNS
                and any(c.lower_ in ("the", "this", "that", "same") for c in head.children)
                and index.at(head) is None
                and not any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in head.children)
            ):
                # "agreed on a package that would give von der Leyen a second term, make Costa ... and appoint
                # Kallas. Scholz signed on to the same package": the candidates the package was told with
                targets.extend(
                    m for m in self._package(head, index) if m.person not in holder_people and m not in targets
                )
                continue
            if head.lemma_.lower() == "compatriot" and any(c.dep_ == "poss" for c in head.children):
                # "Scholz voted for his compatriot": the candidate from the holder's state
                own = self._compatriot_of(holders, index, head)
                if own is not None and own not in targets:
                    targets.append(own)
                continue
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in _OWN_PEOPLE
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)
                and index.at(head) is None
                and not any(
                    c.dep_ in ("appos", "prep", "acl", "relcl") and not self._speaker_hung_on(c) for c in head.children
                )
                and not any(index.at(t) is not None for t in head.doc[head.i + 1 : head.i + 3])
                and (own := self._compatriot_for_pronoun(head, index, holders, trig.stance)) is not None
            ):
                # "Seoul would keep backing its trade minister", "Bucharest backs its own man": the candidate of
                # the holder's state named before (not "its own president, Klaus Iohannis": the name given)
                if own not in targets:
                    targets.append(own)
                continue
            if (
                head.pos_ in ("NOUN", "PROPN")  # ("the former Minister of Finance")
                and head.dep_ == "dobj"
                and head.head.i == tok.i
                and tok.lemma_.lower() in self.nominating
                and (head.lemma_.lower() in _OWN_PEOPLE | _DESCRIBED_PEOPLE or _PERSON_NOUN.search(head.lower_))
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                and index.at(head) is None
                and not any(
                    c.dep_ in ("appos", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ != "of")
                    for c in head.children
                )
                and not any(
                    (x := index.at(t)) is not None and x.kind is MentionKind.PERSON
                    for t in head.doc[head.i + 1 : head.i + 3]
                )
                and (own := self._described_national(head, index, holders, trig.stance)) is not None
            ):
                # "Portugal nominated the former prime minister", "Seoul had nominated the career trade official":
                # a state puts forward its own national, described rather than named
                if own not in targets:
                    targets.append(own)
                continue
            if head.lemma_.lower() in _CANDIDATE_NOUNS and (
                any(c.lower_ == "own" for c in head.children)
                or (
                    head.lemma_.lower() in ("candidate", "nominee")
                    and head.tag_ == "NN"
                    and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in head.children)
                    and not any(c.dep_ in ("appos", "prep", "acl", "relcl") for c in head.children)
                    and index.at(head) is None
                    and not (head.dep_ == "pobj" and head.head.lower_ == "as")  # ("put X forward as its candidate")
                )
            ):
                # "Romania, which is fielding its own candidate", "Abuja remained fully behind its candidate": its
                # national, if one is named; no one else
                own = self._compatriot_for_pronoun(head, index, holders, trig.stance)
                if own is not None and own not in targets:
                    targets.append(own)
                continue
            named = (m := index.at(head)) is not None and m.kind is MentionKind.PERSON
            candidates = [
                head,
                *(
                    c
                    for c in head.children
                    if c.dep_ == "appos"
                    and not self._speaks(c)
                    # ("behind the Romanian, not the Dutchman": the one set against, not the one backed)
                    and not any(n.dep_ == "neg" and head.i < n.i < c.i for n in head.children)
                    # ("objected to Anders Fogh Rasmussen, then the Danish prime minister": he, not today's one)
                    and not (named and c.pos_ == "NOUN")
                ),
            ]
            if (titled := _name_after_title(head, index)) is not None:
                candidates.append(titled)  # "nominate the Vice-President of the European Commission Kristalina X"
            if head.lemma_.lower() in _OWNED_NOUNS:  # "press her case", "behind her one hundred percent"
                candidates += [c for c in head.children if c.dep_ == "poss"]
            if (
                head.lemma_.lower() in ("package", "deal")
                and trig.phrase
                and any(c.dep_ in ("acl", "relcl") for c in head.children)
            ):
                # "agreed a package giving X a second term, Y the Council and Z the foreign policy post": the people
                # the package puts in office (the parser may hang the later parts anywhere: "..., make Costa
                # president ... and send Kallas to the post", joined to "agreed": every person named after the
                # package, outside clauses with a subject of their own)
                candidates += [
                    t
                    for t in head.doc[head.i : head.sent.end]
                    if (m := index.at(t)) is not None
                    and m.kind is MentionKind.PERSON
                    and t.i == m.end - 1
                    and (
                        (clause := clause_of(t)).i == tok.i
                        or not any(c.dep_ == "nsubj" and index.at(c) is not None for c in clause.children)
                    )
                ]
            if head.lemma_.lower() in _PROPOSAL_NOUNS:
                # "did not support the proposal to re-elect X": the one the proposal would choose; "the proposal of X"
                candidates += [
                    o
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "on", "concerning", "regarding")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                candidates += [
                    o
                    for v in head.children
                    if v.dep_ == "acl" and v.lemma_.lower() in _CHOOSING_VERBS
                    for o in v.children
                    if o.dep_ == "dobj"
                ]
                # "backed a plan to give the job to Timmermans", "a plan to make Timmermans president": the one
                # the plan puts in the post
                for v in head.children:
                    if v.dep_ != "acl" or v.lemma_.lower() not in ("give", "hand", "award", "offer", "make"):
                        continue
                    if v.lemma_.lower() == "make":
                        candidates += [
                            c for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "compound"
                        ][-1:]
                    else:
                        candidates += [
                            o
                            for p in v.children
                            if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                            for o in p.children
                            if o.dep_ == "pobj"
                        ]
            if (
                head.lemma_.lower() in ("candidacy", "candidature")
                and head.tag_ == "NN"
                and [c.lower_ for c in head.children] in (["the"], ["this"])
                and trig.stance is not StanceType.CANDIDACY
            ):
                # "expressed their full support for the candidacy": the candidacy the story is about
                exclude = holders[0] if holders and holders[0].kind is MentionKind.PERSON else None
                about = self._candidate_for_pronoun(head, index, exclude)
                if about is not None and about.person not in holder_people and about not in targets:
                    targets.append(about)
                continue
            if (
                head.lemma_.lower() in _CANDIDATE_NOUNS
                or head.lower_ in ("both", "either")
                or (head.lemma_.lower() in ("term", "mandate") and any(c.dep_ == "poss" for c in head.children))
            ):  # ("supports her second term": whose term it is)
                candidates = [
                    c
                    for c in _phrase(head)
                    if (c.dep_ in ("poss", "pobj", "conj", "compound", "appos") or c.lower_ in PRONOUNS_PERSON)
                    # ("the nomination of Stoltenberg, the leader of the opposition": his description, not a title
                    # that names today's holder)
                    and not (
                        c.dep_ == "appos"
                        and c.pos_ == "NOUN"
                        and (of_whom := index.at(c.head)) is not None
                        and of_whom.kind is MentionKind.PERSON
                    )
                ] + [head]
            for c in candidates:
                m = index.at(c)
                if m is not None and m.kind is not MentionKind.PERSON and c in heads and fold(c.text) in self.demonyms:
                    m = self._adhoc(c, index)  # "the Austrian and the Italian candidacies": the candidates by state
                if (
                    m is not None
                    and m.kind is MentionKind.PERSON
                    and m.role
                    and index.doc[m.start].lower_ == "the"
                    and (own := self._holders_own(index.doc[m.end - 1], holders)) is not None
                    and own.country != m.country
                ):
                    # "Estonia's spokesman: 'The government supports the prime minister's candidacy'": the holder's
                    # own prime minister, not the last one the article named
                    m = own
                if m is None and c.lower_ in ("whose", "whom"):
                    m = _antecedent(c, index)  # "Iohannis, whose candidacy it has supported"
                if m is None and c.lemma_.lower() == "predecessor":
                    m = self._predecessor(c, index, holders)  # "would back his Socialist predecessor"
                if m is None and (c.pos_ == "PROPN" or (c.lower_ in PRONOUNS_PERSON and not is_person_pronoun(c))):
                    # a name whose head word the mention finder did not cover ("Yoo Myung-he"): its known part
                    inner = [
                        x
                        for t in index.doc[c.left_edge.i : c.i + 1]  # (the name up to its head, not what follows:
                        # "for UN Secretary-General, a late twist in a race that Guterres has led")
                        if (x := index.at(t)) is not None
                        and x.kind is MentionKind.PERSON
                        and x.person in self.known_people
                    ]
                    m = inner[-1] if inner else None
                if (
                    m is None
                    and c.lower_ in ("president", "premier", "chancellor", "minister", "head")
                    and not any(
                        x.kind is MentionKind.PERSON for x in index.in_span(c.i, min(c.i + 4, c.sent.end))
                    )  # (in its sentence: "... its own president. Iohannis announced ..." is no name of it)
                ):
                    m = self._holders_own(c, holders)  # "the candidacy of its president" (not "... minister X")
                if m is None and is_person_pronoun(c):
                    exclude = holders[0] if holders and holders[0].kind is MentionKind.PERSON else None
                    if (
                        exclude is None
                        and trig.stance not in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
                        and (_inside_quote(c) or in_labelled_line(c))
                    ):
                        # (in a quote, or a transcript's answer, "her" is someone the speaker talks about; in
                        # reported speech it may be the speaker: "Rutte said ... once the allies lined up behind him")
                        exclude = next((x for x in speakers if x.kind is MentionKind.PERSON and x.person), None)
                    speaking = {x.person for x in speakers if x.person}
                    m = (
                        self._compatriot_for_pronoun(c, index, holders, trig.stance)
                        or _only_one_in_sentence(c, index, exclude, frozenset(holder_people))
                        # not counting who holds or says the stance, if the one left is a candidate ("after a
                        # visit by Stoltenberg to Budapest, Orbán said Hungary would back him": not Stoltenberg)
                        or next(
                            (
                                x
                                for x in [_only_one_in_sentence(c, index, exclude, frozenset(holder_people | speaking))]
                                if x is not None and self._candidate_like(x)
                            ),
                            None,
                        )
                        or self._demonym_in_sentence(c, index, holders)
                        or self._candidate_for_pronoun(c, index, exclude)
                        or _met_in_sentence(c, index, exclude)
                        or _protagonist(c, index, exclude, holder_people)
                        or resolve_pronoun(c, index, exclude=exclude)
                    )
                    states = {h.country for h in holders if h.country and h.kind is not MentionKind.PERSON}
                    seen = self._candidates_so_far()
                    if (
                        m is not None
                        and m.country in states
                        and (
                            trig.stance in (StanceType.OPPOSE, StanceType.ABSTAIN, StanceType.UNDECIDED)
                            or (trig.stance is StanceType.SUPPORT and self.is_negated(trig.token))
                            # "Prime Minister Orbán informed that Hungary will support him": not the state's own
                            # office holder speaking, unless he is a candidate himself
                            or (
                                trig.stance is StanceType.SUPPORT
                                and m.person not in seen
                                and _says(m, trig.token, self.speech)
                                and self._leads_state(m, states)
                            )
                        )
                    ):
                        # "Hungary cannot support him" is not about Hungary's own prime minister: the latest person
                        # before from another state
                        others = [
                            p
                            for p in reversed(index.people_before(c.i))
                            if p.country not in states and fits_pronoun(p, c) and not self._incumbent(p)
                        ]
                        m = next((p for p in others if p.person in seen), others[0] if others else None)
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
                    and not self._said_after(m, index)
                ):
                    targets.append(m)
        if not targets:
            described = [
                h
                for h in heads
                if h.lemma_.lower() in ("candidate", "man", "woman", "person", "politician", "leader")
                and any(c.dep_ == "relcl" for c in h.children)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children)
            ]
            if described:
                # "cannot support a candidate who wanted to put Hungary on its knees": the candidate the story is
                # about (a candidate named so far, the headline's first), described rather than named
                holder_person = holders[0] if holders and holders[0].kind is MentionKind.PERSON else None
                about = self._candidate_for_pronoun(described[0], index, holder_person)
                if about is not None and about.person not in holder_people:
                    targets.append(about)
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
            elif trig.stance is StanceType.SUPPORT and end < tok.sent.end and tok.doc[end].lower_ == "from":
                # "switched its support from Marković-Horvat to Romania's Vâlceanu-Mirea": the one it moved to
                end = next(
                    (t.i + 1 for t in tok.doc[end : min(end + 12, tok.sent.end)] if t.lower_ == "to"), tok.sent.end
                )
            for t in tok.doc[end : min(end + 7, tok.sent.end)]:
                appositive = t.text == "," and t.doc[t.i - 1].lemma_.lower() in _CANDIDATE_NOUNS | _RIVAL_NOUNS
                if (
                    (t.pos_ in ("VERB", "AUX") and t.lower_ not in _ATTRIBUTIVE_PARTICIPLES)
                    or t.text in (";", ":")
                    or (t.text == "," and not appositive)  # ("its own candidate, Zoran ..." goes on)
                    or t.text in _OPEN_QUOTES + _CLOSE_QUOTES
                    or (t.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in t.head.children))
                    or (t.dep_ == "mark" and t.pos_ == "SCONJ" and t.head.pos_ in ("VERB", "AUX"))
                ):  # (nor past an 'and' that joins another verb: "voting against and Meloni abstaining"; nor into
                    # a clause of its own: "came on board after Prime Minister Orbán received assurances")
                    break  # (nor past the end of a quote: '"... support him," Szijjártó said')
                m = index.at(t)
                if m is not None and m.kind is MentionKind.PERSON and m.person not in holder_people:
                    targets.append(m)
                    break
        if (
            trig.phrase
            and any(
                t.lemma_.lower() in ("candidate", "candidacy", "candidature", "nominee") and t.dep_ in ("dobj", "pobj")
                for t in tok.doc[tok.i : trig.end]
            )
            and tok.doc[trig.end - 1].lower_ == "of"
        ):
            # "dropped its candidate in favour of Rutte": the one favoured, not the candidate dropped
            targets = [m for m in targets if m.start >= trig.end]
        if targets and trig.stance is StanceType.SUPPORT:
            targets += self._gapped_package(targets, index, holder_people)
        later = [b for v, (b, _) in self._restarts.items() if v > tok.i and b > tok.i]
        if later:
            # "Spain backs von der Leyen and Portugal backs Costa": the second clause's candidate is not the first's
            targets = [m for m in targets if m.start < min(later)]
        return targets, via_pronoun


# what a candidate noun with one of these names is no one in particular
_NAMELESS = frozenset({"same", "common", "single", "joint", "compromise", "new", "different", "consensus"})


def _succeeded(tok: Token) -> bool:
    """ "the race to succeed Stoltenberg", "Guterres's successor": the one leaving the post, not a candidate."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("succeed", "replace"):
        return True
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in ("successor", "replacement"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "after" and tok.head.head.lemma_.lower() in _TAKING_OVER:
        return True  # "who should lead NATO after Jens Stoltenberg"
    return tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("successor", "replacement", "succession")


def _within_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` through objects, complements and prepositions only (no clause between)."""
    t = tok.head
    for _ in range(6):
        if t.i == top.i:
            return True
        if t.dep_ not in ("dobj", "oprd", "acomp", "xcomp", "prep", "pobj", "attr", "prt") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _only_one_in_sentence(
    pronoun: Token, index: MentionIndex, exclude: Mention | None, holders: frozenset[str] = frozenset()
) -> Mention | None:
    """ "Mark Rutte has been campaigning for months, and in February four allies threw their weight behind him":
    the one person named before in the same sentence, if they are not the one speaking or holding the stance."""
    if pronoun.lower_ not in ("him", "her"):
        return None
    named = [
        m
        for m in index.in_span(pronoun.sent.start, pronoun.i)
        if m.kind is MentionKind.PERSON and (exclude is None or m.person != exclude.person) and m.person not in holders
    ]  # (not the holders or speakers: "the committee recommended Okonjo-Iweala, but Trump's team could not back her")
    if len({m.person for m in named}) != 1:
        return None
    m = named[-1]
    if m.end - m.start < 2 and m.person == m.text:
        return None  # (a surname alone may be a misspelling the mention finder left unresolved: "Mr Rute"; not
        # one it took for a person named in full: "Rutte has been the favourite since ... would support him")
    head = index.doc[m.end - 1]
    if head.dep_ == "appos":
        head = head.head  # "Hungary's foreign minister, Péter Szijjártó, had said ...": the title is the subject
    speaking = head.dep_ == "nsubj" and head.head.lemma_.lower() in _SPEECH_HINT
    if speaking or not fits_pronoun(m, pronoun):
        return None
    return m


def _protagonist(pronoun: Token, index: MentionIndex, exclude: Mention | None, holders: set[str]) -> Mention | None:
    """ "said they would back him", with no candidate named yet: the person the story has named most often so far,
    if one clearly has (Rutte, named three times, over Dick Schoof, named once in the last sentence)."""
    counts: dict[str, list[Mention]] = {}
    for m in index.people_before(pronoun.i):
        if m.person and m.person not in holders and (exclude is None or m.person != exclude.person):
            counts.setdefault(m.person, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) * 2 > len(ranked[0])):
        return None
    return ranked[0][-1] if fits_pronoun(ranked[0][-1], pronoun) else None


def _met_in_sentence(pronoun: Token, index: MentionIndex, exclude: Mention | None) -> Mention | None:
    """ "After meeting Rutte, Orbán said Hungary would back him": the person named earlier in the sentence who is
    not the one speaking (the speaker of a stance about "him" is rarely the one it is about)."""
    if pronoun.lower_ not in ("him", "her"):
        return None
    named = [
        m
        for m in index.in_span(pronoun.sent.start, pronoun.i)
        if m.kind is MentionKind.PERSON and fits_pronoun(m, pronoun) and (exclude is None or m.person != exclude.person)
    ]
    speaking = [m for m in named if index.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    others = [m for m in named if m not in speaking]
    return others[-1] if speaking and others else None


def _antecedent_of(who: Token) -> Token:
    """A relative pronoun's antecedent ("Rutte, who has the backing of Turkey": Rutte); any other token itself."""
    if who.lower_ in ("who", "that", "which") and who.head.dep_ == "relcl":
        return who.head.head
    return who


def _quote_closes(tok: Token, after: Token) -> bool:
    """Whether a closing quotation mark stands between a word inside a quote and a word after it."""
    return any(t.text in ("”", '"') and t.tag_ == "''" for t in tok.doc[tok.i + 1 : after.i])


def _subject_of_next_verb(conj: Token) -> bool:
    """ "would back Mark Rutte, and Romania's president, Klaus Iohannis, is now the only other name": a conjunct
    the parser joined to the object that is really the subject of the verb right after it (which has none)."""
    if conj.dep_ != "conj":
        return False
    k = conj.right_edge.i + 1
    doc = conj.doc
    while k < len(doc) and doc[k].is_punct and doc[k].text in (",", "—", "–"):
        k += 1
    if k >= len(doc) or doc[k].sent.start != conj.sent.start:
        return False
    verb = doc[k]
    finite = verb.tag_ in ("VBZ", "VBD", "VBP", "MD")  # ("Péter Szijjártó was quoted as saying": the auxiliary)
    if verb.tag_ == "MD" or (verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i):
        verb = verb.head
    return finite and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _says(m: Mention, tok: Token, speech: frozenset[str]) -> bool:
    """Is the person the one who says what the token sits in ("Orbán informed that Hungary will support him")?"""
    verb = speech_verb_above(tok, speech, 8)
    subj = subject_of(verb) if verb is not None else None
    return subj is not None and m.start <= subj.i < m.end


def _replaced(name: Token) -> bool:
    """ "nominated Georgieva, replacing its earlier nominee, Irina Bokova", "in place of its earlier candidate,
    Irina Bokova": the one replaced, whom the parser may hang on the verb as a second object, is not backed."""
    doc = name.doc
    k = min([c.i for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name.i]) - 1
    if k < 0 or doc[k].text != ",":
        return False
    noun = doc[k - 1] if k > 0 else None
    if noun is None or noun.lemma_.lower() not in ("nominee", "candidate", "choice", "pick"):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("replace", "succeed", "drop", "abandon"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("place", "instead")


def _name_after_title(head: Token, index: MentionIndex) -> Token | None:
    """ "the Vice-President of the European Commission Kristalina Georgieva", parsed with the name in apposition to
    the Commission: the person the title phrase ends with (titles, "of" and names only in between)."""
    if index.at(head) is not None or head.pos_ != "PROPN" or head.dep_ not in ("dobj", "pobj", "appos"):
        return None  # (a capitalised title in an object's place; not "the government of Prime Minister X")
    end = head.right_edge
    m = index.at(end)
    if m is None or m.kind is not MentionKind.PERSON or end.i != m.end - 1 or m.start <= head.i:
        return None
    between = head.doc[head.i + 1 : m.start]
    if not any(t.lower_ == "of" for t in between) or not all(
        t.pos_ in ("PROPN", "DET") or t.lower_ in ("of", "-") for t in between
    ):
        return None
    return end


def _unnamed_candidacy(noun: Token, index: MentionIndex) -> bool:
    """ "the candidacy", "the bid", "the nomination": a candidacy that names no one (the candidate is the one the
    context is about). Not "appointments" (any), "the candidacy of its president", "an Eastern European
    candidate" (someone new) or "its own candidate" (see ``targets_for``)."""
    return (
        noun.lemma_.lower() in _CANDIDATE_NOUNS
        and noun.tag_ != "NNS"
        and index.in_span(noun.left_edge.i, noun.right_edge.i + 1) == []
        and not any(g.dep_ == "prep" for g in noun.children)
        and not any(g.dep_ == "det" and g.lower_ in ("a", "an", "any", "another") for g in noun.children)
        and not any(g.lower_ == "own" for g in noun.children)
        and not any(g.dep_ == "amod" and g.lower_ in _NAMELESS for g in noun.children)  # ("the same candidate")
    )
