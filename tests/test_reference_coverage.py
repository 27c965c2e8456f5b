"""The reference data covers every member of every bundled body, names no string for two states, and the real
model resolves the states and given names news writes. The sentences and candidates are project-written and
fictional."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from whipcount.nlp import extract
from whipcount.nlp.mentions import english_tokenizer
from whipcount.records import Article
from whipcount.reference import DATA_DIR, fold, load_reference

PUB = date(2026, 3, 12)
COUNTRIES = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))["countries"]
GIVEN_NAMES = json.loads((DATA_DIR / "lexicon" / "given_names.json").read_text(encoding="utf-8"))


def gazetteer_key(text: str) -> tuple[str, ...]:
    """The phrase the mention finder looks up for a name: folded tokens, without a leading 'the'."""
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return tuple(fold(t.text) for t in english_tokenizer()(text))


def country_strings(country: dict[str, object]) -> list[str]:
    return [str(country["name"]), *country["aliases"], *country["demonyms"], *country["metonyms"]]


def test_every_member_of_every_body_has_a_country():
    ref = load_reference()
    missing = {(body.code, m.code) for body in ref.bodies.values() for m in body.members if m.code not in ref.countries}
    assert missing == set()
    assert len(ref.bodies["UNGA"].members) == 193  # the whole UN membership, so every member state is covered


def test_country_entries_are_well_formed_and_sorted():
    codes = [c["code"] for c in COUNTRIES]
    assert codes == sorted(set(codes))
    for c in COUNTRIES:
        assert re.fullmatch(r"[A-Z]{3}", c["code"]), c
        assert list(c) == ["code", "name", "aliases", "demonyms", "metonyms"], c["code"]
        assert c["name"] and all(s.strip() == s and s for s in country_strings(c)), c["code"]


def test_no_name_demonym_or_seat_belongs_to_two_countries():
    owners: dict[tuple[str, ...], set[str]] = {}
    for c in COUNTRIES:
        for s in country_strings(c):
            owners.setdefault(gazetteer_key(s), set()).add(c["code"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    # nor is a country string a group's name or a title, which the gazetteer would overwrite
    ref = load_reference()
    others = {gazetteer_key(a) for a in ref.groups} | {gazetteer_key(t) for t in ref.roles}
    assert sorted(k for k in owners if k in others) == []


def test_given_names_are_sorted_one_gender_each_and_never_a_place():
    female, male = GIVEN_NAMES["female"], GIVEN_NAMES["male"]
    assert female == sorted(set(female)) and male == sorted(set(male))
    assert {fold(n) for n in female} & {fold(n) for n in male} == set()
    places = {gazetteer_key(s) for c in COUNTRIES for s in country_strings(c)}
    assert sorted(n for n in (*female, *male) if gazetteer_key(n) in places) == []


def stances(nlp, text: str) -> set[tuple[str | None, str, str]]:
    found = extract(Article(id="t", title="Race for UN Secretary-General", text=text, published=PUB), nlp)
    return {(s.actor_country, s.stance.value, s.target) for s in found}


INES = "Inés Albornoz Techera"
NOMINATED = f"Uruguay nominated {INES} for UN Secretary-General in March.\n"
URY = {("URY", "candidacy", INES), ("URY", "support", INES)}
TWO = "Joaquín Ferreyra Soto and Rebeca Almada Ruiz are running for UN Secretary-General.\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name, its seat of government and its demonym
        (f"Bolivia said it would back {INES} for UN Secretary-General.", {("BOL", "support", INES)}),
        (NOMINATED + "La Paz said it would not block her.", {*URY, ("BOL", "abstain", INES)}),
        (NOMINATED + "The Paraguayan government said it would support her.", {*URY, ("PRY", "support", INES)}),
        (f"Asunción said on Monday it would back {INES}.", {("PRY", "support", INES)}),
        (f"Quito said it would back {INES}.", {("ECU", "support", INES)}),
        (f"Kathmandu and Dhaka said they would back {INES}.", {("NPL", "support", INES), ("BGD", "support", INES)}),
        (f"Nigerien officials said their government would back {INES}.", {("NER", "support", INES)}),
        # a name inside a longer one is not matched on its own
        (f"Niger said it would support {INES}.", {("NER", "support", INES)}),
        (f"Nigeria said it would support {INES}.", {("NGA", "support", INES)}),
        (
            f"Niger and Nigeria said they would support {INES}.",
            {("NER", "support", INES), ("NGA", "support", INES)},
        ),
        (f"Guinea said it would oppose {INES}.", {("GIN", "oppose", INES)}),
        (f"Guinea-Bissau said it would oppose {INES}.", {("GNB", "oppose", INES)}),
        (
            f"Equatorial Guinea and Papua New Guinea said they would back {INES}.",
            {("GNQ", "support", INES), ("PNG", "support", INES)},
        ),
        (f"Côte d'Ivoire said it would back {INES}.", {("CIV", "support", INES)}),
        (f"Ivory Coast said it would back {INES}.", {("CIV", "support", INES)}),
        (
            f"Kinshasa said it would back {INES}, while Brazzaville said it would oppose her.",
            {("COD", "support", INES), ("COG", "oppose", INES)},
        ),
    ],
)
def test_states_news_writes_are_resolved(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("pronoun", "meant", "other"),
    [("her", "Rebeca Almada Ruiz", "Joaquín Ferreyra Soto"), ("him", "Joaquín Ferreyra Soto", "Rebeca Almada Ruiz")],
)
def test_her_and_him_go_to_the_candidate_whose_given_name_matches(nlp, pronoun, meant, other):
    found = stances(nlp, TWO + f"The Bolivian government said it would back {pronoun}.")
    assert ("BOL", "support", meant) in found
    assert ("BOL", "support", other) not in found


def test_no_fictional_body_alias_is_a_bare_common_noun():
    """An alias like "the Authority" or "the Network" for one of the evaluation corpus's fictional bodies would tie
    every article that says it to that body (it moved the office of stances in unrelated stories). Their aliases
    name the body, or are its acronym. (The shipped bodies keep the few their news really uses: "the alliance".)"""
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "corpus" / "news" / "data" / "bodies"
    bare = []
    for path in sorted(folder.glob("*.json")):
        for alias in json.loads(path.read_text(encoding="utf-8")).get("aliases", []):
            words = [w for w in alias.split() if w.lower() != "the"]
            if len(words) == 1 and not words[0].isupper():
                bare.append((path.name, alias))
    assert bare == []


def test_predecessor_of_is_who_held_the_post_the_day_before():
    """The bundled table: Portugal's prime minister before Montenegro was Costa; Montenegro has none before him on
    a day he did not hold the post."""
    ref = load_reference()
    before = ref.predecessor_of("Luís Montenegro", date(2024, 6, 26))
    assert before is not None and before.name == "António Costa"
    assert ref.predecessor_of("Luís Montenegro", date(2020, 1, 1)) is None
