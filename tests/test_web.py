"""The web app, in process (FastAPI's test client), on the demo ledger in SQLite and in PostgreSQL."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from whipcount.outputs.web import create_app

pytestmark = pytest.mark.model
OFFICE = quote("NATO Secretary General")


@pytest.fixture(scope="module")
def client(demo_ledger):
    return TestClient(create_app(demo_ledger))


def test_home_lists_races_with_leader_and_count(client):
    races = client.get("/api/races").json()
    (nato,) = [r for r in races if r["office"] == "NATO Secretary General"]
    assert (nato["leader"], nato["support"], nato["members"], nato["rule_met"]) == ("Mark Rutte", 32, 32, True)
    html = client.get("/").text
    assert "NATO Secretary General" in html and "32 of 32" in html


def test_race_page_moves_with_the_as_of_date(client):
    early = client.get(f"/api/races/{OFFICE}", params={"as_of": "2024-04-02"}).json()
    rutte = next(c for c in early["candidates"] if c["name"] == "Mark Rutte")
    assert len(rutte["support"]) == 5 and "HUN" in rutte["oppose"] and rutte["needed"] == 27
    html = client.get(f"/races/{OFFICE}", params={"as_of": "2024-06-19"}).text
    assert "31 support" in html and "1 more needed" in html and "<svg" in html
    assert 'value="2024-06-19"' in html
    assert "Map: Mark Rutte" in html and "Romania: silent" in html
    late = client.get(f"/races/{OFFICE}", params={"as_of": "2024-06-26"}).text
    assert "rule met" in late and "decided on 2024-06-26" in late
    assert client.get(f"/races/{OFFICE}", params={"as_of": "June"}).status_code == 422
    assert client.get("/races/Pope").status_code == 404


def test_member_and_article_pages_lead_to_the_evidence(client):
    member = client.get(f"/api/members/{OFFICE}/HUN").json()
    assert member["member_name"] == "Hungary" and member["stances"][0]["stance"] == "oppose"
    article_id = member["stances"][0]["article"]
    article = client.get(f"/api/articles/{article_id}").json()
    marked = [s for s in article["segments"] if s["stance"]]
    assert marked and all(seg["text"] in article["text"] for seg in marked)
    html = client.get(f"/articles/{article_id}").text
    assert "<mark" in html and "Hungary" in html
    assert client.get("/api/articles/nope").status_code == 404


def test_search_and_openapi(client):
    found = client.get("/api/search", params={"q": "Orb"}).json()
    assert any("Orbán" in a["actor"] for a in found["actors"])
    assert "Mark Rutte" in client.get("/search", params={"q": "Rutte"}).text
    spec = client.get("/openapi.json").json()
    assert {
        "/api/races",
        "/api/races/{office}",
        "/api/members/{office}/{member}",
        "/api/articles/{article_id}",
        "/api/search",
    } <= set(spec["paths"])
    json.dumps(spec)


def test_untrusted_text_is_shown_as_text(tmp_path, ledger_url, nlp):
    from whipcount.ledger import open_ledger
    from whipcount.pipeline import ingest

    article = tmp_path / "x.txt"
    article.write_text(
        "---\npublished: 2024-06-18\nurl: javascript:alert(1)\n---\n<script>alert(1)</script>\n\n"
        'Hungary said on Tuesday that it would support Mark Rutte "><img src=x onerror=alert(1)> as NATO '
        "secretary general <script>alert(2)</script>.\n(Written by the whipcount project for its tests.)\n",
        encoding="utf-8",
    )
    with open_ledger(ledger_url) as ledger:
        list(ingest([article], ledger, nlp=nlp))
    client = TestClient(create_app(ledger_url))
    for url in ("/", f"/races/{OFFICE}", f"/members/{OFFICE}/HUN", "/articles/x", "/search?q=script"):
        html = client.get(url).text
        assert "<script>" not in html and "<img" not in html and "javascript:" not in html, url


def test_corrections_from_the_browser_need_the_token_and_the_form(demo_ledger, copy_ledger):
    db = copy_ledger(demo_ledger)
    read_only = TestClient(create_app(db))
    assert "read-only" in read_only.get(f"/members/{OFFICE}/ROU").text
    assert read_only.post(f"/members/{OFFICE}/ROU/corrections", data={}).status_code == 403

    client = TestClient(create_app(db, token="s3cret"))
    page = client.get(f"/members/{OFFICE}/ROU")
    csrf = page.cookies.get("whipcount_csrf") or client.cookies.get("whipcount_csrf")
    form = {
        "csrf": csrf,
        "candidate": "Mark Rutte",
        "action": "set",
        "stance": "support",
        "date": "2024-06-19",
        "author": "Ana (desk)",
        "note": "Bucharest told us on the 19th",
    }
    assert client.post(f"/members/{OFFICE}/ROU/corrections", data={**form, "token": "wrong"}).status_code == 403
    assert (
        client.post(
            f"/members/{OFFICE}/ROU/corrections", data={**form, "token": "s3cret", "csrf": "forged"}
        ).status_code
        == 403
    )
    ok = client.post(f"/members/{OFFICE}/ROU/corrections", data={**form, "token": "s3cret"}, follow_redirects=True)
    assert ok.status_code == 200 and "Correction recorded" in ok.text
    race = client.get(f"/api/races/{OFFICE}", params={"as_of": "2024-06-19"}).json()
    rutte = next(c for c in race["candidates"] if c["name"] == "Mark Rutte")
    assert "ROU" in rutte["support"] and rutte["rule_met"]
    rou = next(p for p in rutte["positions"] if p["member"] == "ROU")
    assert rou["corrected_by"] == "Ana (desk)"
    from whipcount.ledger import open_ledger

    with open_ledger(db) as ledger:
        assert ledger.audit_log()[-1]["note"] == "Bucharest told us on the 19th"
