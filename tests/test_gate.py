from __future__ import annotations

import json

import pytest

from whipcount import gate

pytestmark = pytest.mark.model


def test_pinned_floors_hold(nlp):
    assert gate.run(nlp=nlp) == []


def _floors(tmp_path, **entry):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"sets": {"demo": {"gold": "corpus/gold/demo.jsonl", "split": "all", **entry}}}))
    return path


def test_a_floor_above_todays_figure_fails_and_update_refuses_to_lower_it(tmp_path, nlp):
    path = _floors(tmp_path, floors={"f1": 1.01}, corpus_sha256="stale")
    problems = gate.run(floors_path=path, nlp=nlp)
    assert any("below its floor" in p for p in problems)
    assert any("changed since the floors were pinned" in p for p in problems)
    assert any("refusing to lower f1" in p for p in gate.run(update=True, floors_path=path, nlp=nlp))
    assert json.loads(path.read_text())["sets"]["demo"]["floors"] == {"f1": 1.01}  # untouched
    assert gate.run(update=True, allow_lower=True, floors_path=path, nlp=nlp) == []
    assert gate.run(floors_path=path, nlp=nlp) == []
