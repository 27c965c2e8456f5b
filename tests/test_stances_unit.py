"""Stance rules on hand-built Docs: words, heads, dependencies and entities given, so no model is needed."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from whipcount.nlp.components import Stances
from whipcount.records import StanceType
from whipcount.reference import load_reference

VOCAB = spacy.blank("en").vocab


def parsed(spec: str, published: date = date(2024, 6, 18), title: str = "NATO secretary general race") -> Doc:
    """Build a Doc from lines of ``word head dep pos lemma [ent]`` (head: 0-based index of the head word)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in ".,?" for i in range(len(words))],
        heads=[int(r[1]) for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=[r[5] if len(r) > 5 else "O" for r in rows],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    doc.user_data["whipcount"] = {"published": published, "title": title}
    return doc


@pytest.fixture(scope="module")
def stances() -> Stances:
    return Stances(load_reference())


def found(stances: Stances, doc: Doc) -> list[tuple[str, str | None, str, str]]:
    return [(s.actor, s.actor_country, s.stance.value, s.target) for s in stances(doc)._.whipcount_stances]


def test_negated_support_is_opposition_and_it_resolves_to_the_speaker(stances):
    doc = parsed("""
        Slovakia 1 nsubj PROPN Slovakia B-GPE
        said 1 ROOT VERB say
        it 5 nsubj PRON it
        would 5 aux AUX would
        not 5 neg PART not
        support 1 ccomp VERB support
        Rutte 5 dobj PROPN Rutte B-PERSON
        . 1 punct PUNCT .
    """)
    assert found(stances, doc) == [("Slovakia", "SVK", "oppose", "Mark Rutte")]


def test_will_not_block_is_abstention(stances):
    doc = parsed("""
        Turkey 3 nsubj PROPN Turkey B-GPE
        will 3 aux AUX will
        not 3 neg PART not
        block 3 ROOT VERB block
        Rutte 3 dobj PROPN Rutte B-PERSON
        . 3 punct PUNCT .
    """)
    assert found(stances, doc) == [("Turkey", "TUR", "abstain", "Mark Rutte")]


def test_support_for_both_candidates_by_a_named_official(stances):
    doc = parsed(
        """
        Kallas 1 nsubj PROPN Kallas B-PERSON
        said 1 ROOT VERB say
        Estonia 4 nsubj PROPN Estonia B-GPE
        would 4 aux AUX would
        support 1 ccomp VERB support
        both 6 preconj CCONJ both
        Rutte 4 dobj PROPN Rutte B-PERSON
        and 6 cc CCONJ and
        Iohannis 6 conj PROPN Iohannis B-PERSON
        . 1 punct PUNCT .
    """,
        published=date(2024, 4, 2),
    )
    # the actor as named in the text; the target as the candidate's full name
    assert found(stances, doc) == [
        ("Kallas", "EST", "support", "Mark Rutte"),
        ("Kallas", "EST", "support", "Klaus Iohannis"),
    ]


def test_speculation_is_nobodys_stance(stances):
    doc = parsed("""
        Speculation 7 nsubj NOUN speculation
        that 5 mark SCONJ that
        Hungary 5 nsubj PROPN Hungary B-GPE
        did 5 aux AUX do
        not 5 neg PART not
        support 0 acl VERB support
        Rutte 5 dobj PROPN Rutte B-PERSON
        grew 7 ROOT VERB grow
        . 7 punct PUNCT .
    """)
    assert found(stances, doc) == []


def test_hedged_expectation_is_not_a_stance(stances):
    doc = parsed("""
        Hungary 2 nsubjpass PROPN Hungary B-GPE
        is 2 auxpass AUX be
        expected 2 ROOT VERB expect
        to 4 aux PART to
        back 2 xcomp VERB back
        Rutte 4 dobj PROPN Rutte B-PERSON
        . 2 punct PUNCT .
    """)
    assert found(stances, doc) == []


def test_question_is_not_a_stance(stances):
    doc = parsed("""
        Will 2 aux AUX will
        Hungary 2 nsubj PROPN Hungary B-GPE
        back 2 ROOT VERB back
        Rutte 2 dobj PROPN Rutte B-PERSON
        ? 2 punct PUNCT ?
    """)
    assert found(stances, doc) == []


def test_candidacy_actor_is_the_candidate_and_office_comes_from_the_title(stances):
    doc = parsed(
        """
        Iohannis 1 nsubj PROPN Iohannis B-PERSON
        announced 1 ROOT VERB announce
        his 3 poss PRON his
        candidacy 1 dobj NOUN candidacy
        . 1 punct PUNCT .
    """,
        published=date(2024, 3, 12),
    )
    (s,) = stances(doc)._.whipcount_stances
    assert (s.actor, s.actor_country, s.stance, s.target, s.office) == (
        "Iohannis",
        "ROU",
        StanceType.CANDIDACY,
        "Klaus Iohannis",
        "NATO Secretary General",
    )


def test_passive_agent_holds_the_stance(stances):
    doc = parsed("""
        Rutte 2 nsubjpass PROPN Rutte B-PERSON
        is 2 auxpass AUX be
        backed 2 ROOT VERB back
        by 2 agent ADP by
        Germany 3 pobj PROPN Germany B-GPE
        . 2 punct PUNCT .
    """)
    assert found(stances, doc) == [("Germany", "DEU", "support", "Mark Rutte")]


def test_seat_of_government_stands_for_its_state(stances):
    doc = parsed("""
        Ankara 1 nsubj PROPN Ankara B-GPE
        backs 1 ROOT VERB back
        Rutte 1 dobj PROPN Rutte B-PERSON
        . 1 punct PUNCT .
    """)
    assert found(stances, doc) == [("Ankara", "TUR", "support", "Mark Rutte")]


def test_support_for_a_policy_is_not_a_stance_on_a_candidate(stances):
    doc = parsed("""
        Estonia 1 nsubj PROPN Estonia B-GPE
        supports 1 ROOT VERB support
        Ukraine 4 poss PROPN Ukraine B-GPE
        's 2 case PART 's
        membership 1 dobj NOUN membership
        . 1 punct PUNCT .
    """)
    assert found(stances, doc) == []


def test_unattributed_group_is_not_a_member(stances):
    doc = parsed("""
        Several 1 amod ADJ several
        countries 4 nsubj NOUN country
        did 4 aux AUX do
        not 4 neg PART not
        support 4 ROOT VERB support
        Rutte 4 dobj PROPN Rutte B-PERSON
        . 4 punct PUNCT .
    """)
    assert found(stances, doc) == []


def test_date_phrase_and_precision_come_from_the_sentence(stances):
    doc = parsed(
        """
        Hungary 1 nsubj PROPN Hungary B-GPE
        backed 1 ROOT VERB back
        Rutte 1 dobj PROPN Rutte B-PERSON
        on 1 prep ADP on
        Tuesday 3 pobj PROPN Tuesday B-DATE
        . 1 punct PUNCT .
    """,
        published=date(2024, 6, 20),
    )
    (s,) = stances(doc)._.whipcount_stances
    assert (s.date, s.date_precision.value) == (date(2024, 6, 18), "day")
    assert doc.text[s.start_char : s.end_char] == s.evidence == "Hungary backed Rutte on Tuesday."


def test_gender_comes_from_the_given_name_or_the_text():
    from whipcount.nlp.mentions import gender_of_name

    assert gender_of_name("Kaja Kallas") == "female"
    assert gender_of_name("Mark Rutte") == "male"
    assert gender_of_name("Yoo Myung-hee") == "female"  # family name first: listed whole
    assert gender_of_name("Rutte") is None  # a surname alone says nothing
    doc = parsed("""
        Ms 1 compound PROPN Ms
        Strand 2 nsubj PROPN Strand B-PERSON
        said 2 ROOT VERB say
        Denmark 5 nsubj PROPN Denmark B-GPE
        would 5 aux AUX would
        back 2 ccomp VERB back
        him 5 dobj PRON he
        . 2 punct PUNCT .
    """)
    from whipcount.nlp.mentions import find_mentions
    from whipcount.reference import load_reference

    (strand,) = [m for m in find_mentions(doc, load_reference(), None) if m.kind.value == "person"]
    assert strand.gender == "female"
    assert found(stances_finder(), doc) == []  # "him" cannot stand for Ms Strand


def stances_finder() -> Stances:
    return Stances(load_reference())


def test_no_longer_negates_like_not(stances):
    doc = parsed("""
        Spain 4 nsubj PROPN Spain B-GPE
        would 4 aux AUX would
        no 3 advmod ADV no
        longer 4 advmod ADV longer
        object 4 ROOT VERB object
        to 4 prep ADP to
        Rutte 5 pobj PROPN Rutte B-PERSON
        . 4 punct PUNCT .
    """)
    assert found(stances, doc) == [("Spain", "ESP", "abstain", "Mark Rutte")]


def test_a_verb_joined_by_and_keeps_its_own_polarity(stances):
    doc = parsed("""
        Hungary 2 nsubj PROPN Hungary B-GPE
        never 2 neg ADV never
        objected 2 ROOT VERB object
        to 2 prep ADP to
        Rutte 3 pobj PROPN Rutte B-PERSON
        and 2 cc CCONJ and
        backed 2 conj VERB back
        him 6 dobj PRON he
        . 2 punct PUNCT .
    """)
    # the abstention ("never objected") gives way to the support the same sentence states
    assert found(stances, doc) == [("Hungary", "HUN", "support", "Mark Rutte")]


def test_a_hyphenated_surname_is_whole_whatever_the_tagger_makes_of_its_first_half(stances):
    """At a sentence's start the tagger can take "Lepik" in "Lepik-Tamme" (a fictional candidate) for a common
    noun: the candidate is still "Lepik-Tamme", not "-Tamme"."""
    doc = parsed("""
        Lepik 2 compound NOUN lepik
        - 2 punct PUNCT -
        Tamme 6 nsubj PROPN Tamme
        , 2 punct PUNCT ,
        47 2 appos NUM 47
        , 2 punct PUNCT ,
        entered 6 ROOT VERB enter
        the 8 det DET the
        race 6 dobj NOUN race
        in 6 prep ADP in
        March 9 pobj PROPN March B-DATE
        . 6 punct PUNCT .
    """)
    doc = Doc(
        VOCAB,
        words=[t.text for t in doc],
        spaces=[t.text not in ("Lepik", "-") and t.i + 1 < len(doc) and doc[t.i + 1].text not in ".," for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        ents=[f"B-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
        sent_starts=[t.i == 0 for t in doc],
    )
    doc.user_data["whipcount"] = {"published": date(2024, 6, 18), "title": "NATO secretary general race"}
    assert doc.text.startswith("Lepik-Tamme, 47,")
    assert found(stances, doc) == [("Lepik-Tamme", None, "candidacy", "Lepik-Tamme")]


def test_the_context_a_pronoun_looks_back_into_is_this_line_and_the_one_before():
    from whipcount.nlp.attribution import previous_line_start

    doc = spacy.blank("en")("First line.\nSecond line.\n\n\nThird line, after blank ones.")
    text = doc.text
    third = text.index("Third")
    assert previous_line_start(doc, third) == text.index("Second")  # past the blank lines
    assert previous_line_start(doc, text.index("Second")) == 0
    assert previous_line_start(doc, 0) == 0


def test_a_follow_us_line_names_no_person():
    """ "Follow Whipcount Trade on X." names an account, even where the NER model takes it for a person (so that
    "Trade" in "the US Trade Representative" became that person's surname)."""
    from whipcount.nlp.mentions import find_mentions

    doc = parsed("""
        Follow 0 ROOT VERB follow B-PERSON
        Whipcount 2 compound PROPN Whipcount I-PERSON
        Trade 0 dobj PROPN Trade I-PERSON
        on 0 prep ADP on
        X 3 pobj PROPN X
        . 0 punct PUNCT .
    """)
    assert [m for m in find_mentions(doc, load_reference(), None) if m.kind.value == "person"] == []


def test_a_page_label_or_party_word_tagged_as_a_person_is_none():
    """ "Explainer:" and "Socialist" alone, even where the NER model takes them for people, name no one."""
    from whipcount.nlp.mentions import find_mentions

    doc = parsed("""
        Explainer 0 ROOT PROPN Explainer B-PERSON
        : 0 punct PUNCT :
        a 3 det DET a
        Socialist 0 appos PROPN Socialist B-PERSON
        . 0 punct PUNCT .
    """)
    assert [m for m in find_mentions(doc, load_reference(), None) if m.kind.value == "person"] == []


def test_sentence_boundaries_keep_a_lines_first_word_with_the_rest():
    """Lines start sentences; a line's first word never ends one ("THE FIELD", then "Slovenia nominated Türk")."""
    from whipcount.nlp.components import SentenceBoundaries

    words = ["THE", "FIELD", "\n\n", "Slovenia", "nominated", "Türk", "."]
    spaces = [True, False, False, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    SentenceBoundaries()(doc)
    assert doc[3].is_sent_start is True
    assert doc[4].is_sent_start is False
    assert doc[1].is_sent_start is False


def test_office_patterns_match_as_a_longest_first_alternation_would():
    """The office patterns are prefix tries; they must find what the plain alternation of the forms, longest
    first, finds: the same matches at the same places."""
    import re

    from whipcount.nlp.circumstances import _alternation

    forms = {"nato", "nato chief", "nato's top job", "u.n. chief", "un", "unga", "hr/vp", "high representative"}
    longest_first = sorted(forms, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, longest_first)) + r")(?![\w-])")
    trie = _alternation(forms)
    texts = [
        "the nato chief said",
        "nato's top job",
        "natos",
        "the u.n. chief",
        "the un chief",
        "unga votes",
        "ungainly",
        "the hr/vp post",
        "high-representative",
        "a high representative",
        "pre-nato talks",
        "nothing here",
        "nato-led",
        "the nato chiefs met nato's top jobholder and the nato chief",
        "",
    ]
    spans = [[m.span() for m in trie.finditer(t)] for t in texts]
    assert spans == [[m.span() for m in plain.finditer(t)] for t in texts]
    assert sum(map(bool, spans)) == 8 and spans[0] == [(4, 14)]
    assert _alternation(set()).search("nato") is None
