from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import spacy

import whipcount
from whipcount.errors import DataError
from whipcount.reference import DATA_DIR, load_reference, parse_body


def test_all_exports_every_public_name():
    public = {n for n in dir(whipcount) if (not n.startswith("_") and n[0].isupper()) or n in whipcount.__all__}
    assert set(whipcount.__all__) >= {n for n in public if n[0].isupper()}
    for name in whipcount.__all__:
        assert hasattr(whipcount, name), name


def test_every_data_file_names_its_sources():
    for path in sorted(DATA_DIR.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data.get("sources") or data.get("about"), path


def test_reference_data_is_consistent():
    ref = load_reference()
    nato = ref.bodies["NATO"]
    assert {m.code for m in nato.members} <= set(ref.countries)
    assert ref.office("the alliance's top job").name == "NATO Secretary General"
    assert ref.office("NATO chief").name == "NATO Secretary General"
    rutte = next(p for p in ref.people if p.name == "Mark Rutte")
    assert rutte.country_on(date(2024, 4, 2)) == "NLD"
    assert ref.holder_of("NLD", "head of government", date(2024, 4, 2)) is rutte
    assert ref.holder_of("HUN", "head of government", date(2024, 6, 18)).name == "Viktor Orbán"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"members": [], "rule": {"name": "consensus"}}, "missing required key 'code'"),
        (
            {"code": "X", "members": [{"code": "est", "joined": "2004-03-29"}], "rule": {"name": "consensus"}},
            "not an ISO 3166-1 alpha-3",
        ),
        (
            {"code": "X", "members": [{"code": "EST", "joined": "29 March 2004"}], "rule": {"name": "consensus"}},
            "not a YYYY-MM-DD date",
        ),
        (
            {"code": "X", "members": [{"code": "EST", "joined": "2004-03-29"}] * 2, "rule": {"name": "consensus"}},
            "listed twice",
        ),
    ],
)
def test_user_body_files_are_validated_with_clear_errors(raw, message):
    with pytest.raises(DataError, match=message):
        parse_body(raw, "my-body.json")


@pytest.mark.model
def test_components_work_in_a_users_own_pipeline():
    from whipcount.nlp.extract import MODELS

    for name in MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    nlp.add_pipe("whipcount_stances")
    doc = nlp("Slovakia said on 18 June 2024 that it would support Mark Rutte as NATO secretary general.")
    (s,) = doc._.whipcount_stances
    assert (s.actor, s.actor_country, s.stance.value, s.target, s.date) == (
        "Slovakia",
        "SVK",
        "support",
        "Mark Rutte",
        date(2024, 6, 18),
    )


def test_py_typed_is_shipped():
    assert (Path(whipcount.__file__).parent / "py.typed").exists()
