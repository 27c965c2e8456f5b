"""Holders: who takes a stance.

``HolderResolution`` is the part of the ``StanceFinder`` (``stances.py``) that finds a trigger's holder (its
subject: a country, seat, group or person; a pronoun resolves to the speaker, the post's author or the last person
named), and keeps the article's memory of the candidates met so far. Its targets are found by ``targets.py``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from ..records import StanceType
from ..reference import Reference, Term, fold
from .attribution import (
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_SPEAKER,
    SPOKESPEOPLE,
    MentionIndex,
    Speaker,
    _excepted_conjunct,
    conjuncts,
    former_or_latter,
    fronted_noun,
    in_labelled_line,
    mentions_for,
    noun_as_verb,
    previous_line_start,
    resolve_pronoun,
    speech_verb_above,
    subject_mentions,
    subject_of,
    verb_as_compound,
)
from .mentions import Mention, MentionKind, build_gazetteer, english_tokenizer
from .phrases import (
    _ALLY_NOUNS,
    _CANDIDATE_WORDS,
    _GOVERNMENT_NOUNS,
    _antecedent,
    _counted,
    _listed_after,
    _subject_of_one_of,
    adhoc_person,
    pair_anaphor,
    pair_count,
)
from .triggers import TriggerReading, _Trigger

_STAFF_NOUNS = SPOKESPEOPLE | {"secretary", "representative", "undersecretary", "counsellor"}
_BELIEVING = frozenset({"think", "believe", "reckon", "suspect", "guess", "feel"})
_ABOUT_PREPS = ("for", "behind", "as", "of", "to", "about", "on", "over", "with", "against", "between")
_HAVING = frozenset(
    {
        "have",
        "enjoy",
        "win",
        "gain",
        "draw",
        "garner",
        "secure",
        "receive",
        "get",
        "command",
        "attract",
        "lose",
        "be",
        "retain",
        "keep",
    }
)
_RUNNERS = frozenset({"candidate", "contender", "hopeful", "rival", "runner", "nominee", "challenger"})
_ATTITUDE = frozenset(
    {"fear", "worry", "suspect", "speculate", "predict", "believe", "think", "hope", "doubt", "wonder", "assume", "bet"}
)


class HolderResolution(TriggerReading):
    """Holders and the candidates met so far; the memory is reset by ``StanceFinder.find``."""

    reference: Reference
    known_people: frozenset[str]
    international_terms: dict[str, tuple[Term, ...]]
    office_words: frozenset[str]
    demonyms: dict[str, str]
    post_of: dict[str, str]
    nationality: dict[str, str | None]
    _article_offices: set[str]
    _seen_candidates: set[str]
    _withdrawn: set[str]
    _named_candidates: list[tuple[int, str]]
    _support_counts: Counter[str]
    _home: dict[str, str]
    _title_words: set[str]
    _ref_date: date | None
    _title_state: str | None
    _speaker_states: dict[str, str]
    _home_government: str | None
    _restarts: dict[int, tuple[int, int]]  # in the sentence being read: see clause_restarts
    commentator_nouns: frozenset[str]
    former_words: frozenset[str]
    official_nouns: frozenset[str]

    def _candidates_so_far(self) -> set[str]:
        """The candidates the article has named so far: those a stance was about, and those named as such."""
        return self._seen_candidates | {name for _, name in self._named_candidates}

    def _demonym(self, tok: Token) -> str | None:
        """The state a demonym names, with the words before it that belong to it ("the South Korean")."""
        doc = tok.doc
        for k in range(tok.left_edge.i, tok.i + 1):
            if doc[k].text[:1].isupper() and (code := self.demonyms.get(fold(doc[k : tok.i + 1].text))):
                return code
        return None

    def _state_of(self, m: Mention) -> str | None:
        """A person's state: by the office they hold on the day, else the state that put them forward in this
        article, else their latest office of a state (Okonjo-Iweala, a former Nigerian minister, is Nigerian)."""
        return m.country or self._home.get(str(m.person)) or self.nationality.get(str(m.person))

    def _adhoc(self, tok: Token, index: MentionIndex, owned: bool = False) -> Mention | None:
        """A candidate the mention finder missed: a demonym standing for one ("back the Romanian"), a misspelt
        known name, or a name the reference data does not know; if ``owned``, also a state's own candidate
        ("Romania's candidate withdrew": only for a withdrawal, where the phrase cannot mean anyone else)."""
        if tok.lower_ in ("the",) or fold(tok.text) in self.office_words:
            return None  # ("... for Foreign Affairs and Security Policy": words of a post's name are no one)
        code = self._demonym(tok)
        if code is not None and tok.lower_.endswith("s") and fold(tok.text)[:-1] in self.demonyms:
            return None  # "will continue to support Nigerians who serve abroad": a people, no one candidate
        if code is None and (
            (tok.pos_ == "NOUN" and tok.lemma_.lower() in _CANDIDATE_WORDS) or fold(tok.text) in _PARTY_MEMBERS
        ):
            # "the Dutch candidate", "the South Korean politician", "the Dutch Social Democrat": the person of that
            # country named before
            code = next((c for c in map(self._demonym, tok.children) if c is not None), None)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if code is None and poss is not None and owned:
                # "Romania's candidate withdrew", "Quito backs X since its own candidate pulled out": the candidate
                # of the possessor's state (for "its", the state named before it in the sentence)
                m = index.at(poss)
                if m is None and poss.lower_ in ("its", "their"):
                    states = [x for x in index.in_span(tok.sent.start, poss.i) if x.kind is not MentionKind.PERSON]
                    m = states[-1] if states else None
                code = m.country if m is not None and m.kind is not MentionKind.PERSON else None
        if code is not None:
            # "endorsed the Dane": the person of that state named before, or the candidate it put forward
            named = [m for m in index.people_before(tok.i) if self._state_of(m) == code]
            # (a candidate of that state before any other national: "weighing the Finnish and Polish candidates"
            # is not about Finland's foreign minister, named since)
            running = [m for m in named if m.person in self._candidates_so_far()]
            return (running or named)[-1] if named else None
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

    def commented(self, tok: Token, speakers: list[Mention]) -> bool:
        """Is what the trigger sits in said by someone described as commenting on the race rather than speaking
        for a member: '"Estonia has bought something with this endorsement," said X, a defence analyst', "a
        professor of international relations", "defence analyst X", "a retired Turkish ambassador"? The speaker
        is the subject of the nearest speech verb above the trigger, else the speaker the sentence is quoted
        from (a person: a state never comments)."""
        verb = speech_verb_above(tok, self.speech, 11)
        if verb is not None:
            subj = subject_of(verb)
            return subj is not None and self._described_as_commentator(subj, _name_start(subj))
        # what a commentator thinks or believes ("Another analyst, X, thought Turkey might have backed Rutte")
        thought = speech_verb_above(tok, _BELIEVING, 11)
        if thought is not None and (subj := subject_of(thought)) is not None:
            return self._described_as_commentator(subj, _name_start(subj))
        people = [m for m in speakers if m.kind is MentionKind.PERSON]
        return (
            bool(people)
            and not in_labelled_line(tok)  # (a transcript guest's account of who voted how is told as news)
            and len(people) == len(speakers)
            and all(self._described_as_commentator(tok.doc[m.end - 1], m.start) for m in people)
        )

    def _with_employer(self, m: Mention, index: MentionIndex) -> Mention:
        """A person of no known state described as working for one ("Bence Halmos-Kerr, a state secretary at the
        Hungarian foreign ministry"): that state (not a former official's: they speak for no one)."""
        if m.kind is not MentionKind.PERSON or m.country:
            return m
        for noun in (c for c in index.doc[m.end - 1].children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            if noun.lemma_.lower() not in self.official_nouns | _STAFF_NOUNS or any(
                c.lower_ in self.former_words for c in noun.children
            ):
                continue
            states = {
                x.country
                for t in noun.subtree
                if (x := index.at(t)) is not None and x.kind is not MentionKind.PERSON and x.country
            }
            if len(states) == 1:
                return replace(m, country=states.pop())
        return m

    def _described_as_commentator(self, root: Token, start: int) -> bool:
        doc = root.doc
        described = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "NOUN")]
        if root.dep_ == "appos":
            described.append(root.head)  # "a defence analyst, Kristjan Lõhmus-Vahter"
        if root.pos_ == "NOUN":
            described.append(root)  # "said a professor in Cluj"
        if start > 0 and doc[start - 1].pos_ == "NOUN":
            described.append(doc[start - 1])  # "defence analyst Kristjan Lõhmus-Vahter", parsed apart
        for noun in described:
            lemma = noun.lemma_.lower()
            if lemma in self.commentator_nouns:
                return True
            if lemma in self.official_nouns and any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.former_words for c in noun.children
            ):
                return True
        return False

    # --- holders and targets ------------------------------------------------------------------------------
    def speaker_for(
        self, tok: Token, index: MentionIndex, sentence_speaker: Speaker | None
    ) -> tuple[list[Mention], Token | None, Speaker | None]:
        t = tok
        for _ in range(12):
            if t.i != tok.i and t.lemma_.lower() in self.speech and t.pos_ in ("VERB", "AUX"):
                subj = subject_of(t)
                just_before = index.at(t.doc[t.i - 1]) if t.i > 0 else None
                if just_before is not None and (
                    subj is None  # "On Monday Berlin told us ...", parsed with Berlin under "On"
                    or (
                        just_before.kind is MentionKind.PERSON
                        and t.doc[just_before.end - 1].dep_ == "appos"
                        and subj.i < just_before.start
                    )
                ):
                    # "Uruguay is weighing Guterres, Malcorra and Clark, its ambassador Rafael Iturbide-Sosa said",
                    # parsed with the list as the subject and the ambassador in apposition to its last name: the
                    # one named just before the verb, alone
                    return [self._with_employer(just_before, index)], t, None
                if subj is not None:
                    if subj.lower_ in PRONOUNS_SPEAKER and sentence_speaker is not None:
                        return list(sentence_speaker.mentions), t, sentence_speaker
                    found = [self._with_employer(m, index) for m in subject_mentions(subj, index)]
                    if not found and subj.lower_ in ("who", "that") and (who := _antecedent(subj, index)):
                        found = [who]  # "Iohannis, who announced in March that he is a candidate"
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
        if tok.dep_ == "pobj" and tok.head.lower_ in ("except", "excluding", "but") and tok.pos_ == "NOUN":
            # "with every leader except German Chancellor Angela Merkel voting in favour", parsed with "voting" under
            # "except" and the name as its compound: the one excepted is not the one who voted
            return []
        if (after := _subject_after_conjunction(tok)) is not None and (
            listed := [m for m in mentions_for(after, index) if m.acts]
        ):
            return listed  # "ran aground after Poland, Hungary, the Czech Republic and Italy objected to him"
        if tok.i in self._restarts:
            return mentions_for(tok.doc[self._restarts[tok.i][1]], index)  # "... and Portugal backs Costa"
        if _praised(trig, index) is not None:
            # "Sánchez said Costa would make an excellent president": the one who says so backs the subject
            return [m for m in speakers if m.acts]
        if verb_as_compound(tok) is not None:
            return _listed_before(tok, index)  # "Poland, Hungary and Ukraine support Rutte", parsed as one phrase
        # passive: "Rutte is backed by Germany", "the candidacy of X was presented by Romania", "the candidacy
        # of X, presented by Romania"
        passive = (
            ([tok.head] if tok.dep_ == "nsubjpass" else [])
            + [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            if tok.pos_ == "NOUN"
            else []
        )
        for t in [*self._chain(tok), *passive]:
            for child in t.children:
                if child.dep_ == "agent" and not any(
                    c.ent_type_ in ("DATE", "TIME") for c in child.children if c.dep_ == "pobj"
                ):  # (not "had declared for Jayasekera by mid-May", a date the parser took for the agent)
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = mentions_for(pobj, index) or _listed_after(pobj, index)
                            if (
                                not found
                                and trig.stance is StanceType.SUPPORT
                                and pobj.lower_ in _GOVERNMENT_NOUNS
                                and any(
                                    (c.dep_ == "det" and c.lower_ == "the")
                                    or (c.dep_ == "poss" and c.lower_ in ("his", "her"))
                                    for c in pobj.children
                                )
                                and not any(c.dep_ in ("amod", "compound", "prep") for c in pobj.children)
                            ):
                                # "Yoo had been nominated by the government", "Clark was nominated by her government":
                                # the candidate's home government
                                phrase = pobj.doc[pobj.left_edge.i : pobj.i + 1].text
                                found = [Mention(pobj.i, pobj.i + 1, MentionKind.GROUP, phrase, None, role=HOME)]
                            return found
        if tok.pos_ == "NOUN":
            backers = self._backers(tok, index)
            if backers:
                return backers  # "the backing of the United States, Britain, France and Germany"
            if (
                tok.lemma_.lower() in ("backer", "supporter", "cheerleader")
                and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() not in ("join", "become")
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            ):
                # "Rutte thanked his supporters": the backers are no one named, and the subject is the one backed
                # (but "Hungary and Slovakia joined Rutte's supporters")
                return []
            if any(
                p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" for o in p.children)
                for p in tok.children
            ) and not any(c.dep_ == "poss" for c in tok.children):
                # "because of objections from the Social Democrats": theirs, and they speak for no state (but
                # "switched its nomination from Bokova to Georgieva" is its own)
                return []
            if (
                tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _HAVING
                and not any(c.dep_ == "poss" for c in tok.children)
                and not (
                    trig.stance is StanceType.OPPOSE
                    and any(c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS for c in tok.children)
                )
            ):
                return []  # "she had the broadest support": she is the one backed, by no one named
                # (but "Italy has reservations about Rutte": Italy holds them)
            if trig.stance is StanceType.SUPPORT and any(
                c.dep_ == "relcl" and c.lemma_.lower() in _HAVING and c.lemma_.lower() not in ("be", "keep", "lose")
                for c in tok.children
            ):
                return []  # "grateful for the support he had received": support received, by no one named
            if (
                trig.stance is StanceType.SUPPORT
                and tok.dep_ == "pobj"
                and tok.head.head.lemma_.lower() in _HAVING
                and tok.head.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("poss", "prep") for c in tok.children)
            ):
                return []  # "X and Y have had until now only modest support", parsed with "support" under "until"
            for child in tok.children:
                if (
                    child.dep_ == "poss"
                    and tok.lemma_.lower() not in ("backer", "supporter", "cheerleader")
                    and child.lower_ != "whose"
                    # ("the vote on von der Leyen's nomination": a person's nomination is theirs as the nominee)
                    and not (
                        tok.lemma_.lower() in ("nomination", "appointment", "election", "reappointment")
                        and (m := index.at(child)) is not None
                        and m.kind is MentionKind.PERSON
                    )
                    # ("Portugal submitted Guterres's candidacy": the state that submits it puts him forward)
                    and not (
                        tok.lemma_.lower() in ("candidacy", "candidature")
                        and tok.dep_ == "dobj"
                        and (sponsor := subject_of(tok.head)) is not None
                        and any(m.kind is not MentionKind.PERSON and m.country for m in mentions_for(sponsor, index))
                    )
                ):
                    subj = child  # ("Rutte's backers": the one backed, not the holder; "whose candidacy": the one run)
            if tok.lemma_.lower() not in ("candidacy", "candidature", "bid", "nomination") and (
                states := _whose_states(tok, index)
            ):
                return states  # "Turkey, whose backing arrived in late April": the state the clause is about
            if subj is None and (tok.tag_ == "VBG" or tok.lower_.endswith("ing")):
                # "with Orbán voting against": a gerund the tagger took for a noun keeps its own subject
                subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), subj)
            if (
                subj is not None
                and subj.lower_ in PRONOUNS_GROUP | PRONOUNS_PERSON
                and tok.dep_ == "dobj"
                and _backed_subject(tok, index) is None  # ("Kenya said Rutte had its full backing": Kenya's)
            ):
                # "Ankara dropped its objection": Ankara, not "its" (by position where the parse lost the subject:
                # "With a Pole set to chair the Council, Poland and the Baltic states dropped their objections")
                subj = subject_of(tok.head) or self._subject_by_position(tok.head, index) or subj
            elif (
                subj is not None
                and subj.lower_ in PRONOUNS_GROUP
                and tok.dep_ == "pobj"
                and tok.head.dep_ == "prep"
                and tok.head.head.pos_ == "VERB"
            ):
                # "Nigeria has never wavered in its support for her, the ministry said": Nigeria, not the speaker
                verb_subject = subject_of(tok.head.head)
                if verb_subject is not None and (m := index.at(verb_subject)) is not None and m.country:
                    subj = verb_subject
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
                    if tok.head.lower_ == "among":
                        # "He can count the United States among his supporters": the one counted
                        subj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), subj)
        if subj is None and ((fronted := fronted_noun(tok)) is not None or noun_as_verb(tok)):
            lead = tok.head if noun_as_verb(tok) or fronted is None else fronted.head
            while lead.dep_ == "conj":
                lead = lead.head
            subj = subject_of(lead.head)  # "the US could not support X and backed Yoo": the first verb's subject
        if subj is None and tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "informed the Council about his decision to withdraw": whose decision it is
            subj = next((c for c in tok.head.children if c.dep_ == "poss"), None)
            if (
                subj is None
                and tok.head.dep_ == "dobj"
                and tok.head.lemma_.lower() in ("decision", "choice")
                and tok.head.head.lemma_.lower() in ("make", "take")
            ):
                subj = subject_of(tok.head.head)  # "Iohannis made the decision to step aside": who made it
        if subj is None:
            subj = _before_parenthesis(tok, self.speech)
        if subj is None:
            subj = _stranded_subject(tok)
        if (
            subj is None
            and tok.dep_ == "acl"
            and tok.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in tok.children)
        ):
            if tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "The German chancellor, Angela Merkel, abstained in Tuesday's vote", parsed as a sentence with
                # no verb, the stance hanging off its subject: that subject
                subj = tok.head
            elif tok.head.dep_ == "attr":
                subj = subject_of(tok.head.head)  # "Hungary remains the only ally openly opposed to Rutte"
        if subj is None:
            subj = subject_of(tok)
            if (
                subj is not None
                and subj.dep_ == "nsubjpass"
                and subj.head.i == tok.i
                and trig.stance is not StanceType.CANDIDACY  # ("she would be honoured to serve": her own bid)
                and not (trig.phrase and tok.lemma_.lower() in ("win", "unite", "tear"))  # ("Slovakia was won
                # over", "the Visegrád Four are united behind Rutte", "Rome is torn between ...": the subject's)
                # (a passive has its auxiliary; "Switzerland and Liechtenstein have not yet chosen between ...",
                # parsed as one, has none)
                and any(c.dep_ == "auxpass" for c in tok.children)
                # (but "Turkey was opposed to Rasmussen" is Turkey's objection, an adjective parsed as a passive)
                and not (tok.lower_ == "opposed" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children))
            ):
                return []  # "Rutte was appointed in June": the one backed, by no one named
        if subj is None:
            subj = _subject_of_one_of(tok)
        if subj is None:
            subj = self._subject_by_position(tok, index)
        if subj is None:
            return _labelled_states(tok, index)  # "Italy, Spain and Poland: publicly behind Rutte"
        if (pointed := former_or_latter(subj, index, people=False)) is not None:
            return [pointed]  # "Sánchez and Costa negotiated. The former had earlier backed Timmermans"
        if (
            trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL)
            and index.at(subj) is None
            and (subj.pos_ == "NUM" or (subj.lemma_.lower() in _RUNNERS and subj.tag_ == "NNS"))
            and subj.i < tok.i
        ):
            # "Three of the five remaining candidates, New Zealand's Tim Groser, Indonesia's Mari Pangestu and
            # South Korea's Taeho Bark, withdrew", "Four other candidates, including Kenya's Amina Mohamed and
            # Costa Rica's Anabel González, bowed out": the people listed between the count and the verb
            listed = [
                m
                for m in index.in_span(subj.left_edge.i, tok.i)
                if m.kind is MentionKind.PERSON and m.person and m.start > subj.i
            ]
            if listed:
                return listed
        if trig.phrase and subj.pos_ == "NOUN" and subj.lemma_.lower() in ("vote", "choice", "preference"):
            # "our vote is for Maret": whose vote it is
            subj = next((c for c in subj.children if c.dep_ == "poss"), subj)
        if subj.lower_ in ("who", "which", "that"):
            # "Iohannis, who declared his candidacy", "Britain, which had nominated Fox": the antecedent
            clause = subj.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                # (the antecedent's own words, not the clause's: "The Federal Government, which put X forward")
                found = [m for m in mentions_for(clause.head, index) if m.start < clause.left_edge.i]
                if not found:
                    # "its own president, Klaus Iohannis, who declared ...": the name in apposition
                    found = [m for c in clause.head.children if c.dep_ == "appos" for m in mentions_for(c, index)]
                if not found and clause.head.dep_ == "appos":
                    # "Kristalina Georgieva, the Commission vice-president who entered the race": the name the
                    # noun stands beside
                    found = [m for m in mentions_for(clause.head.head, index) if m.kind is MentionKind.PERSON]
                if not found and (one := _subject_of_one_of(clause, relative=True)) is not None:
                    found = subject_mentions(one, index)  # "Czechia is among the allies that have endorsed him"
                if not found and trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL):
                    person = self._adhoc(clause.head, index)
                    found = [person] if person else []
                if not found and trig.stance is StanceType.SUPPORT and clause.head.lower_ in _GOVERNMENT_NOUNS:
                    # "The Federal Government, which put Okonjo-Iweala forward": the home government of the
                    # candidate it put forward (see ``StanceFinder``)
                    head = clause.head
                    phrase = head.doc[head.left_edge.i : head.i + 1].text
                    found = [Mention(head.i, head.i + 1, MentionKind.GROUP, phrase, None, role=HOME)]
                return found
        if subj.lower_ in ("both", "all") and subj.pos_ in ("PRON", "DET") and not list(subj.children):
            # "Sweden and the Netherlands had voiced reservations, but both backed Juncker": the first clause's
            # subjects
            first_verb = subj.head
            while first_verb.dep_ == "conj" and first_verb.head.pos_ in ("VERB", "AUX"):
                first_verb = first_verb.head
            earlier = subject_of(first_verb) if first_verb.i != subj.head.i else None
            if earlier is not None and earlier.i < subj.i and len(listed := mentions_for(earlier, index)) >= 2:
                return listed
        if pair_anaphor(subj, people=True) and index.at(subj) is None:
            return self._people_before(subj, index)  # "Both leaders backed him": the two people named before
        # "Both governments backed him": the two states named before, read as "they"
        unnamed_government = False  # (the subject is "the government" or "the cabinet", with no state named)
        subj_is_pair = pair_anaphor(subj) and index.at(subj) is None
        if subj.lower_ in _GOVERNMENT_NOUNS and (states := _whose_states(subj, index)):
            return states  # "New Zealand, whose government put forward Helen Clark": the state the clause is about
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if subj.lower_ in _GOVERNMENT_NOUNS and owner is not None and index.at(subj) is None:
            # "Klaus Iohannis declared his candidacy, and his government stands behind him": the state of the
            # person "his" stands for, the subject of the clause before, as a government (so "him" can be that
            # person); in what someone else says, the speaker's (see below)
            person = resolve_pronoun(owner, index)
            if (
                person is not None
                and person.kind is MentionKind.PERSON
                and person.country
                and subj.sent.start <= person.start < subj.i
                and subj.doc[person.end - 1].dep_ in ("nsubj", "nsubjpass")  # (the subject of the clause before)
                and all(m.person == person.person for m in speakers if m.kind is MentionKind.PERSON)
            ):
                phrase = subj.doc[subj.left_edge.i : subj.i + 1].text
                return [Mention(subj.i, subj.i + 1, MentionKind.GROUP, phrase, person.country)]
        # (a name is no pronoun: "The US, Britain, France and Germany had backed him" is not "us")
        low = "they" if subj_is_pair else subj.lower_ if index.at(subj) is None else subj.text
        if _council_of_ministers(subj):
            low = "government"  # "The Council of Ministers decided to nominate X": the government
        if (
            low in _GOVERNMENT_NOUNS
            and index.at(subj) is None
            # ("the Federal Government": no state named, so the candidate's home where it backs one, see below)
            and not any(c.dep_ in ("amod", "compound") and c.lower_ not in _UNNAMING for c in subj.children)
            and not any(  # not "the Government of Romania", "the administration of former President Trump"
                (m := index.at(x)) is not None
                and (m.kind is not MentionKind.PERSON or m.country)
                and x.head.lower_ in ("of", "in")  # (and "the government in Bucharest")
                for x in subj.subtree
            )
            and (
                any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her", "our", "their", "my", "this")
                    for c in subj.children
                )
                # "Cabinet endorsed her candidacy", as home outlets write it
                or (subj.text in ("Cabinet", "Government") and not any(c.dep_ == "det" for c in subj.children))
            )
        ):
            low = "it"  # "the country had backed him", "his government would support": the speaker's state
            unnamed_government = subj.lower_ in ("government", "cabinet")
            mine = any(c.dep_ == "poss" and c.lower_ == "my" for c in subj.children)
            if mine and speakers:
                low = "we"  # "My government supports X", said by someone: the speaker's own, like "we"
            if (
                self._title_state is not None
                and any(c.lower_ in ("our", "my") for c in subj.children)
                and not any(m.country for m in speakers)
                and (mine or not _inside_quote(subj))
            ):
                # "our country will support Mr. Rutte", in a home outlet's own words: the state its headline names
                phrase = subj.doc[subj.left_edge.i : subj.i + 1].text
                return [Mention(subj.i, subj.i + 1, MentionKind.GROUP, phrase, self._title_state)]
        if low in PRONOUNS_SPEAKER or low in PRONOUNS_GROUP:
            stateless = all(m.kind is MentionKind.PERSON and m.country is None for m in speakers)
            if (
                speakers
                and not stateless
                and not (
                    low in PRONOUNS_GROUP
                    and all(m.kind is MentionKind.PERSON for m in speakers)
                    and self._state_subject_before(subj, index, speakers)
                )
            ):
                # (a speaker whose state is unknown says "we" or "the cabinet": the state named before; and in
                # "Berlin told us it would back him" the speaker's "it" is Berlin)
                return speakers
            if (
                speakers
                and low in ("we", "us", "our")
                and len({self._speaker_states.get(str(m.person)) for m in speakers} - {None}) == 1
                and all(m.person in self._speaker_states for m in speakers)
            ):
                # a speaker whose "we" was a state earlier in the story ("ministry spokesman X" on Bratislava's
                # behalf): the same state, not the one named last ("before Budapest does? ... 'We have not ...'")
                return [replace(m, country=self._speaker_states[str(m.person)]) for m in speakers]
            if speakers and low in ("we", "us", "our") and self._title_state is not None:
                # an official of no known state saying "we", in a story whose headline names one state ("Chile's
                # vice-minister on the rail race"): that state
                return [replace(m, country=self._title_state) for m in speakers]
            if low in PRONOUNS_GROUP or (speakers and low in ("we", "us", "our")):
                # a state named in this line or the one before (lines, not a count of tokens: the line filter
                # keeps the line before a stance line, so both paths see the same states)
                window = previous_line_start(subj.doc, subj.sent.start_char)
                previous = [
                    m
                    for m in index.mentions
                    if m.end <= subj.i
                    and m.kind is not MentionKind.PERSON
                    and subj.doc[m.start].idx >= window
                    and m.start >= subj.sent.start - 60
                ]
                unknown = self._unknown_speaker(subj, index)
                government = unknown if unknown is not None else subj
                # (a government that nominates someone puts forward its own national, whatever states the line
                # before names: "... backed by New Zealand and South Korea. The government nominated Pangestu")
                nominating = unnamed_government and (
                    tok.lemma_.lower() in ("nominate", "propose")
                    # (or in a sentence that tells the nomination: "Estonia put forward Kallas, and the Government
                    # has supported her candidacy since")
                    or "forward" in fold(trig.token.sent.text)
                )
                if (
                    (not previous or nominating)
                    and not speakers
                    and trig.stance is StanceType.SUPPORT
                    and (government.lower_ in _GOVERNMENT_NOUNS or _council_of_ministers(government))
                ):
                    # "The Government has thrown its full weight behind her candidacy", "The Federal Government
                    # said it would back her", in a story that names no state: the home government of the
                    # candidate it backs (see ``StanceFinder``)
                    phrase = government.doc[government.left_edge.i : government.i + 1].text
                    # (the state named just before stands in when the candidate's own is not known)
                    fallback = previous[-1].country if previous else None
                    return [Mention(government.i, government.i + 1, MentionKind.GROUP, phrase, fallback, role=HOME)]
                if unknown is not None and pair_anaphor(unknown, people=True):
                    return self._people_before(unknown, index)  # "Both leaders said they would support X"
                pair = subj if subj_is_pair else unknown if unknown is not None and pair_anaphor(unknown) else None
                if pair is not None:
                    unknown = None  # ("Both governments said they would ...": the two named before)
                if unknown is not None:
                    return []  # "The Federal Government said it would ...": "it" is that unknown speaker
                if not previous:
                    return speakers
                if (
                    unnamed_government
                    and self._home_government is not None
                    and not speakers
                    and not any(subj.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") for m in previous)
                ):
                    # "The government reaffirmed its support ... The minister had spoken with his counterparts in
                    # Berlin and Helsinki. The cabinet first approved her nomination": the government the story
                    # has been about, not the states named in passing
                    phrase = subj.doc[subj.left_edge.i : subj.i + 1].text
                    return [Mention(subj.i, subj.i + 1, MentionKind.GROUP, phrase, self._home_government)]
                last = previous[-1]  # "Washington, London, Paris and Berlin ... that they back him": all of them
                if low in ("they", "their", "them") and any(
                    t.tag_ == "NNS"
                    and t.lemma_.lower() in _ALLY_NOUNS
                    and index.at(t) is None
                    and _counted(t)
                    and not pair_anaphor(t)
                    for t in index.doc[max(last.end, subj.sent.start) : subj.i]
                ):
                    return []  # "with four of the seven members ... saying they will not": members, not named
                said = _participle_subject(subj, self.speech, index)
                if low in ("it", "they") and said is not None and (by := mentions_for(said, index)):
                    # "the United States objected to Nigeria's Okonjo-Iweala, saying it would keep backing Yoo": the
                    # one who is saying it, not the state named last
                    return by
                listed = mentions_for(index.doc[last.end - 1], index)
                first = [
                    m
                    for m in index.mentions
                    if m.end <= last.start and last in mentions_for(index.doc[m.end - 1], index)
                ]
                found = (mentions_for(index.doc[first[0].end - 1], index) if first else listed) or [last]
                if pair is not None and len({m.country for m in found}) != pair_count(pair):
                    # "Hungary and Slovakia met in Budapest. Both governments ...", "the four governments": as many
                    # states as the noun counts, the latest named
                    latest: dict[str | None, Mention] = {}  # (ordered by the latest mention, each state's first)
                    for m in previous:
                        latest[m.country] = latest.pop(m.country, m)
                    found = list(latest.values())[-pair_count(pair) :]
                    if len(found) != pair_count(pair):
                        return []
                if speakers and low in ("we", "us", "our") and len({m.country for m in found}) == 1:
                    for m in speakers:
                        if m.person and found[0].country:
                            self._speaker_states.setdefault(str(m.person), found[0].country)
                if unnamed_government and not speakers and self._home_government is None and len(found) == 1:
                    self._home_government = found[0].country  # (the first unnamed government the story speaks of)
                return found
            return []
        if low in PRONOUNS_PERSON:
            people = [m for m in speakers if m.kind is MentionKind.PERSON]
            if (
                people
                and low in ("he", "she")
                and (
                    _inside_quote(subj)
                    or (
                        in_labelled_line(subj)
                        and not any(subj.sent.start <= m.start < subj.sent.end for m in people)
                        # ("A: She is the best-qualified person in this race": the speaker's praise of "her")
                        and tok.lemma_.lower() != "be"
                    )
                )
            ):
                # '"Iohannis is not really running against Rutte, he is running for a seat," said X': in a quote,
                # "he" is someone the speaker talks about; so in a transcript's answer ("VAHTRAMÄE: Viktor Orbán
                # voted against von der Leyen, and he abstained on Kallas"), but not when the sentence names the
                # one who speaks ("CORRESPONDENT: Orbán said he would back Rutte")
                other = resolve_pronoun(subj, index, exclude=people[0])
                return [other] if other else []
            if people:
                return people[:1]
            resolved = resolve_pronoun(subj, index)
            return [resolved] if resolved else []
        found = mentions_for(subj, index)
        if not found and (described := _name_before_description(subj, index)) is not None:
            found = [described]  # "Vanuatu, the host country, supports X", parsed with the description as the subject
        if (list_start := _split_list_subject(subj, index)) is not None:
            # "German Chancellor Angela Merkel, French President Emmanuel Macron, ... and Dutch Prime Minister Mark
            # Rutte backed Timmermans", parsed as two subjects of the verb: the whole list
            found = [*(m for m in mentions_for(list_start, index) if m not in found), *found]
        if not found and trig.stance is StanceType.SUPPORT:
            found = _nominated_as_states(tok, index)  # "The Council of Ministers ... nominate X as Bulgaria's ..."
        ahead = subj.left_edge.i - 1
        if (
            ahead >= 0
            and subj.doc[ahead].lower_ in ("against", "for", "on")
            and subj.doc[ahead].head.i != tok.i
            and any(c.dep_ == "conj" for c in subj.children)
        ):
            # "Orbán voted against von der Leyen and Meloni abstained", parsed with both names as the subject:
            # the first is the earlier verb's object
            found = [m for c in subj.children if c.dep_ == "conj" for m in mentions_for(c, index)]
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
            elif not found and subj.tag_ == "NNS" and subj.lemma_.lower() in _NEGOTIATORS and index.at(subj) is None:
                # "the six negotiators of the three families, Mitsotakis and Tusk for the EPP, Scholz and Sánchez
                # for the Socialists and Macron and Rutte for the liberals, agreed to back ...": each one listed
                named = [
                    m
                    for m in index.in_span(subj.i + 1, subj.right_edge.i + 1)
                    if m.kind is MentionKind.PERSON and m.country
                ]
                if len(named) < 2 or not any(t.dep_ == "appos" and t.head.i == subj.i for t in subj.children):
                    named = []
            if named:
                found = named
        if trig.stance in (StanceType.CANDIDACY, StanceType.WITHDRAWAL) and not any(
            m.kind is MentionKind.PERSON for m in found
        ):
            # "Estonia's Kadri Tamm-Saar withdrew": the unknown name, not the state in front of it
            person = self._adhoc(subj, index, owned=trig.stance is StanceType.WITHDRAWAL)
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
                return (
                    subj is not None
                    # ("some think Bucharest may eventually switch to Rutte", "many suspect")
                    and (subj.pos_ == "NOUN" or subj.lower_ in ("some", "many", "few", "others", "most", "several"))
                    and not any(index.at(x) for x in subj.subtree)
                )
        return False

    def _people_before(self, noun: Token, index: MentionIndex) -> list[Mention]:
        """ "Montenegro informed Sánchez that Portugal supports Costa ... Both leaders said they would support X":
        the last two people of known state named in this line or the one before, not counting the candidates, each
        for their own state; none if there are not two."""
        window = previous_line_start(noun.doc, noun.sent.start_char)
        running = self._candidates_so_far()
        people: dict[str, Mention] = {}
        for m in index.mentions:
            if (
                m.end <= noun.i
                and m.kind is MentionKind.PERSON
                and m.country
                and m.person not in running
                and noun.doc[m.start].idx >= window
            ):
                people.pop(str(m.person), None)  # (named again: the latest place counts)
                people[str(m.person)] = m
        pair = list(people.values())[-2:]
        return pair if len(pair) == 2 else []

    def _unknown_speaker(self, pronoun: Token, index: MentionIndex) -> Token | None:
        """The speaker, if the pronoun sits in what a speech verb reports, said by a noun phrase that names no one
        we know (so "it" is that speaker, not a state named before)."""
        t = pronoun.head
        for _ in range(6):
            if t.lemma_.lower() in self.speech and t.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                unknown = (
                    subj is not None
                    and subj.i != pronoun.i  # ("The government has pledged support": it is the government's own)
                    and subj.pos_ in ("NOUN", "PROPN")
                    and not any(index.at(x) is not None for x in subj.subtree)
                    # "the United States, the only member to object, said it ...": a name in apposition counts
                    and not any(index.at(x) is not None for x in pronoun.doc[max(0, subj.left_edge.i - 3) : t.i])
                )
                return subj if unknown else None
            if t.head.i == t.i:
                break
            t = t.head
        return None

    @staticmethod
    def _backers(tok: Token, index: MentionIndex) -> list[Mention]:
        found: list[Mention] = []

        def walk(prep: Token, depth: int) -> None:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    named = [m for m in mentions_for(obj, index) if m.kind is not MentionKind.PERSON]
                    found.extend(m for m in named or _listed_after(obj, index) if m not in found)
                    if depth < 4:  # "the support of the United States, of the United Kingdom, of France and of
                        # Germany": each "of" hangs from the one before
                        for g in obj.children:
                            if g.dep_ == "prep" and g.lower_ == "of":
                                walk(g, depth + 1)
                elif obj.dep_ == "conj" and obj.lower_ == "of" and depth < 4:
                    walk(obj, depth + 1)

        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                walk(prep, 0)
        return found

    @staticmethod
    def _subject_by_position(tok: Token, index: MentionIndex) -> Token | None:
        """A parse that lost the subject ("Tsahkna told her Estonia would back Rutte", with Estonia taken as the
        object of "told"): the mention right before the trigger's auxiliaries stands in."""
        for k in range(tok.i - 1, max(tok.sent.start, tok.i - 7) - 1, -1):
            # "Slovenia will from now on support X", parsed with the subject under "will"
            if tok.doc[k].tag_ == "MD":
                subject = next((c for c in tok.doc[k].children if c.dep_ == "nsubj"), None)
                if subject is not None and index.at(subject) is not None:
                    return subject
                break
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
            if _excepted_conjunct(found.head, found):
                return None  # "All allies but Hungary back X": the exception holds no stance
            return found
        if tok.tag_ in ("VBD", "VBZ") and k >= tok.sent.start and tok.doc[k].text == ",":
            # "Russia, which had argued that it was Eastern Europe's turn to hold the post, backed Guterres", parsed
            # with the verb inside the relative clause: the name the clause hangs from, at the sentence's start
            opening = tok.doc[tok.sent.start]
            if opening.lower_ == "the" and opening.i + 1 < tok.i:
                opening = tok.doc[opening.i + 1]
            # (or "Vanuatu, the host country, supports X", with the name parsed as a clause of the verb)
            clause = next((c for c in opening.children if c.dep_ in ("relcl", "appos") and c.i < k), None)
            if (
                clause is not None
                and (m := index.at(opening)) is not None
                and m.kind is not MentionKind.PERSON
                and tok.doc[opening.i + 1].text == ","
            ):
                return opening
        return None

    @staticmethod
    def _state_subject_before(subj: Token, index: MentionIndex, speakers: list[Mention]) -> bool:
        """Whether a state other than the speakers is a subject earlier in the sentence (not "told Montevideo
        that it ...", where Montevideo is told)."""
        return any(
            m.kind is not MentionKind.PERSON
            and m.country
            and m not in speakers
            and index.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
            for m in index.in_span(subj.sent.start, subj.i)
        )


def clause_restarts(triggers: list[_Trigger], index: MentionIndex) -> dict[int, tuple[int, int]]:
    """Trigger verbs that start a clause of their own after "and", "while" or a comma, with a state or a member's
    official right before them as their subject, where the parser joined the clause to the one before ("Spain
    backs von der Leyen and Portugal backs Costa", with "backs" taken for an object; "Finland nominated A and
    Romania nominated B", with Romania taken for a second nominee). Maps each such verb to (the index of the
    word that starts its clause, the index of its subject's last word)."""
    found: dict[int, tuple[int, int]] = {}
    for trig in triggers:
        verb = trig.token
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if (
            verb.pos_ != "VERB"
            or (verb.tag_ not in ("VBZ", "VBD", "VBP") and not perfect)  # ("and Egypt has nominated Mamdouh")
            or verb.dep_ not in ("conj", "dobj", "ccomp", "advcl")
            or (verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children))
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        k = verb.i - 1
        while k > verb.sent.start and (
            verb.doc[k].lower_ in _RESTART_ADVERBS or (verb.doc[k].dep_ == "aux" and verb.doc[k].head.i == verb.i)
        ):
            k -= 1
        m = index.at(verb.doc[k])
        if m is None or m.end != k + 1 or m.start <= verb.sent.start:
            continue
        if not (m.members or (m.country and (m.kind is not MentionKind.PERSON or m.role))):
            continue
        if index.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
            continue
        before = verb.doc[m.start - 1]
        if before.lower_ in ("and", "while", "whereas", "but", ","):
            found[verb.i] = (before.i, m.end - 1)
    return found


_RESTART_ADVERBS = frozenset(("also", "now", "still", "instead", "meanwhile", "in", "turn", "already"))


_NEGOTIATORS = frozenset({"negotiator", "leader", "broker", "dealmaker", "minister", "premier", "head"})
_UNNAMING = frozenset({"federal", "national", "central", "incumbent", "current"})  # modifiers that name no state
# a party's member, named by the party's family ("the Dutch Social Democrat", "the Portuguese Socialist")
_PARTY_MEMBERS = frozenset({"democrat", "socialist", "liberal", "conservative", "centrist", "christian-democrat"})
HOME = "home government"  # the role of an unnamed government, whose state is its candidate's


def _nominated_as_states(tok: Token, index: MentionIndex) -> list[Mention]:
    """ "decided to nominate Georgieva as Bulgaria's candidate": the state whose candidate the nominee becomes
    (for a subject that names no state: "The Council of Ministers")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("candidate", "nominee")):
            owners = [c for c in noun.children if c.dep_ == "poss"] + [
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]  # ("as Bulgaria's candidate", "as candidate of Bulgaria")
            for poss in owners:
                m = index.at(poss)
                if m is not None and m.kind is not MentionKind.PERSON and m.country:
                    return [m]
    return []


_PRAISING = frozenset({"make", "deserve", "earn", "be"})  # (be: "is the right candidate", not "is behind him")
_PRAISED_AS = frozenset({"candidate", "choice", "person", "man", "woman", "pick", "nominee"})


def _labelled_states(tok: Token, index: MentionIndex) -> list[Mention]:
    """A line of a where-they-stand list, "Italy, Spain and Poland: publicly behind Rutte": the states (or groups)
    that make up everything before its colon, for a stance with no subject of its own after it that names the
    candidate."""
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":" and t.i < tok.i), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in sent.doc[colon.i + 1 : tok.i]):
        return []
    label = [t for t in sent.doc[sent.start : colon.i] if t.text not in ("-", "•", "*", "–", "—")]
    found = [m for m in index.in_span(sent.start, colon.i) if m.kind is not MentionKind.PERSON and m.acts]
    covered = {k for m in found for k in range(m.start, m.end)}
    if not found or any(t.i not in covered and not (t.is_punct or t.lower_ in ("and", "the")) for t in label):
        return []
    if not any(m.kind is MentionKind.PERSON for m in index.in_span(colon.i + 1, sent.end)):
        return []  # (a fragment that names no one, "Turkey: on board since April", leaves the candidate to guesswork)
    return found


def _listed_before(tok: Token, index: MentionIndex) -> list[Mention]:
    """The members listed right before a word ("The Czech Republic, the Slovak Republic and Ukraine support ..."):
    mentions joined by commas, "and" and articles, back to the sentence's start or the first other word."""
    found: list[Mention] = []
    k = tok.i - 1
    while k >= tok.sent.start:
        m = index.at(tok.doc[k])
        if m is not None and m.end == k + 1 and m.country:
            found.insert(0, m)
            k = m.start - 1
        elif tok.doc[k].lower_ in (",", "and", "the") and found:
            k -= 1
        else:
            break
    return found


def _praised(trig: _Trigger, index: MentionIndex) -> Token | None:
    """ "Costa would make an excellent president", "von der Leyen had earned a second term", "Costa is the right
    candidate": a phrase that praises its subject, a person, who is the one backed (by whoever says it); and
    "Timmermans is unacceptable", which makes its subject the one opposed."""
    tok = trig.token
    unacceptable = (
        trig.phrase and trig.stance is StanceType.OPPOSE and any(t.lower_ == "unacceptable" for t in trig.span_tokens)
    )  # ("Timmermans is unacceptable for the Czech Republic": the one opposed, by whoever says it)
    if not unacceptable and (
        not trig.phrase
        or trig.stance is not StanceType.SUPPORT
        or tok.lemma_.lower() not in _PRAISING
        or (tok.lemma_.lower() == "be" and not any(t.lemma_.lower() in _PRAISED_AS for t in trig.span_tokens))
    ):
        return None
    subj = subject_of(tok)
    m = index.at(subj) if subj is not None else None
    return subj if m is not None and m.kind is MentionKind.PERSON else None


def _backed_subject(tok: Token, index: MentionIndex) -> Token | None:
    """ "Rutte had its full backing", "she enjoys their support": a person who has a state's support (named by
    "its" or "their") is the one backed; the pronoun names the holder."""
    if not (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HAVING - {"be", "lose"}):
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return None
    subj = subject_of(tok.head)
    m = index.at(subj) if subj is not None else None
    return subj if m is not None and m.kind is MentionKind.PERSON else None


def _name_before_description(subj: Token, index: MentionIndex) -> Mention | None:
    """The state named at the start of the sentence, before a comma, when the subject is a description of it that
    the parser took for the subject itself ("Vanuatu, the host country, supports ...")."""
    lead = subj.left_edge
    if subj.pos_ != "NOUN" or lead.lower_ != "the" or lead.i < 2 or subj.doc[lead.i - 1].text != ",":
        return None
    name = subj.doc[lead.i - 2]
    m = index.at(name)
    if m is None or m.kind is MentionKind.PERSON or m.start != subj.sent.start or name.dep_ in ("nsubj", "nsubjpass"):
        return None
    return m


def _split_list_subject(subj: Token, index: MentionIndex) -> Token | None:
    """The first part of a list of subjects the parser split in two: another subject of the same verb that ends
    right before this one, with only "and" or a comma between them (or a person's name the parser left as a bare
    dependent: "US President Barack Obama, German Chancellor Angela Merkel, ... had all backed the Dane")."""
    # (names on both sides, and an "and" to close the list: not "Shashi Tharoor, the UN under-secretary-general
    # ..., withdrew", an apposition parsed as a second subject)
    if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or (m := index.at(subj)) is None or m.kind is MentionKind.GROUP:
        return None
    for other in subj.head.children:
        if (
            other.i < subj.i
            and other.dep_ in ("nsubj", "dep")
            and other.pos_ == "PROPN"
            and (o := index.at(other)) is not None
            and (o.kind is MentionKind.PERSON if other.dep_ == "dep" else o.kind is not MentionKind.GROUP)
            and any(t.lower_ == "and" for t in subj.doc[other.i : subj.right_edge.i + 1])
        ):
            # (the "and" may hang in the first part's subtree: "X, Y, Z and | Dutch Prime Minister Mark Rutte")
            between = subj.doc[other.right_edge.i : subj.left_edge.i]
            if all(t.lower_ in (",", "and") for t in between[1:]) and any(t.lower_ in (",", "and") for t in between):
                return other
    return None


def _word_before(verb: Token) -> int:
    """The index of the word before a verb and its own auxiliaries, negation and adverbs ("Italy | had not yet
    objected")."""
    k = verb.i - 1
    while k > verb.sent.start and verb.doc[k].dep_ in ("aux", "neg", "advmod") and verb.doc[k].head.i == verb.i:
        k -= 1
    return k


def _stranded_subject(verb: Token) -> Token | None:
    """ "Rutte would be the only candidate and the North Atlantic Council could appoint him", parsed with the
    Council joined to "candidate" and "appoint" to "be": the noun just before the second verb is its subject (not
    the first clause's)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = _word_before(verb)
    noun = verb.doc[k]
    if k == verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i > verb.i:
        return None  # (an auxiliary must stand between: "and Germany backed him" is parsed well)
    return noun


def _subject_after_conjunction(verb: Token) -> Token | None:
    """ "The plan ran aground after Poland, Hungary, the Czech Republic and Italy objected to him", parsed with the
    states as the object of "after" and the verb as a clause with no subject: the states are its subject."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = _word_before(verb)
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("after", "before", "until", "since", "once") and prep.i < verb.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i == k and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return None


def _before_parenthesis(tok: Token, speech: frozenset[str]) -> Token | None:
    """ "Hungary, the prime minister said on Tuesday, would back Rutte", parsed as two subjects of "said": the
    first, set off by a comma, is the one that would back him."""
    if tok.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i]
    if len(subjects) == 1 and tok.head.lemma_.lower() in speech:
        # (or as one subject with the speaker in apposition: "Hungary, the prime minister said, would ...")
        said_by = [c for c in subjects[0].children if c.dep_ == "appos" and c.right_edge.i + 1 == tok.head.i]
        return subjects[0] if said_by and tok.doc[said_by[0].left_edge.i - 1].text == "," else None
    if len(subjects) < 2:
        return None
    first = subjects[0]
    after = first.right_edge.i + 1
    return first if after < len(tok.doc) and tok.doc[after].text == "," else None


def _inside_quote(tok: Token) -> bool:
    """Whether a token stands inside quotation marks opened earlier in its sentence."""
    before = tok.doc[tok.sent.start : tok.i].text
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _participle_subject(pronoun: Token, speech: frozenset[str], index: MentionIndex) -> Token | None:
    """For the subject of a clause reported by a participle with no subject of its own (", saying it would back
    Yoo"): the subject of the verb the participle hangs from, or, where that names no one ("The race was thrown
    into doubt when the United States objected to X, saying ..."), of the clause that ends where it begins."""
    clause = pronoun.head
    verb = clause.head
    if (
        clause.dep_ != "ccomp"
        or verb.tag_ != "VBG"
        or verb.dep_ not in ("advcl", "xcomp", "conj")
        or verb.lemma_.lower() not in speech
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    subject = subject_of(verb.head)
    if subject is not None and mentions_for(subject, index):
        return subject
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.pos_ in ("VERB", "AUX") and t.right_edge.i >= verb.i - 2:
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and mentions_for(subject, index):
                return subject
    return None


def _whose_states(noun: Token, index: MentionIndex) -> list[Mention]:
    """For a noun owned by "whose" ("Turkey, whose backing ...", "New Zealand, whose government ..."): the states
    the relative clause is about, named before it."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    clause = noun.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    return [
        m
        for m in mentions_for(clause.head, index)
        if m.kind is not MentionKind.PERSON and m.country and m.start < clause.left_edge.i
    ]


def _council_of_ministers(noun: Token) -> bool:
    """ "the Council of Ministers", "the Cabinet of Ministers": a government, by the name many states give it."""
    return noun.lower_ in ("council", "cabinet") and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "ministers" for o in p.children)
        for p in noun.children
    )


def _name_start(tok: Token) -> int:
    """Where the name that ends at ``tok`` starts ("Mihai Corbeanu-Lind" in "analyst Mihai Corbeanu-Lind")."""
    start = tok.i
    while start > 0 and (tok.doc[start - 1].pos_ == "PROPN" or tok.doc[start - 1].text == "-"):
        start -= 1
    return start
