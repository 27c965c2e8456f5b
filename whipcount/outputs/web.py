"""``whipcount serve``: a read-only web app over the ledger, server-rendered, with a JSON API for every page.

Pages: races (home), a race (member grid coloured by stance with the stance written out, counts against the rule,
how many more are needed, support over time with the threshold, latest changes, an as-of date), a member (its
stances with every source), an article (its text with each stance's evidence highlighted), and search. Every
page's data is at ``/api/...`` and described by the OpenAPI document at ``/openapi.json``. Article text and
everything extracted from it is escaped wherever it is shown; nothing is fetched from the internet.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape

from ..errors import WhipcountError
from ..ledger import Ledger, open_ledger
from ..records import StanceType
from ..reference import Reference, load_reference
from ..tally import tally_from_ledger
from ..tally.timeline import timeline
from .charts import support_chart, tile_map
from .formats import explain_json, tally_json, timeline_json
from .report import STANCE_COLOURS


def create_app(db_path: str | Path, reference: Reference | None = None, token: str | None = None) -> FastAPI:
    """The app. With a ``token``, corrections can be made from the browser by whoever gives it (and the form's
    CSRF check passes); without one the app is read-only."""
    reference = reference or load_reference()
    env = Environment(loader=PackageLoader("whipcount.outputs", "templates"), autoescape=select_autoescape(["j2"]))
    app = FastAPI(title="whipcount", description="Who backs whom, built from the news.", version="0.1.0")
    names = {code: c.name for code, c in reference.countries.items()}

    def ledger() -> Ledger:
        return open_ledger(db_path)

    def page(name: str, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(names=names, colours=STANCE_COLOURS, **context)
        return HTMLResponse(html)

    def office_name(office: str) -> str:
        try:
            return reference.office(office).name
        except WhipcountError as e:
            raise HTTPException(status_code=404, detail=str(e)) from e

    def parse_day(value: str | None, fallback: date) -> date:
        if not value:
            return fallback
        try:
            return date.fromisoformat(value)
        except ValueError as e:
            raise HTTPException(status_code=422, detail=f"as_of {value!r} is not a date (YYYY-MM-DD)") from e

    def last_day(led: Ledger, office: str) -> date:
        row = led.db.execute("SELECT MAX(valid_from) FROM positions WHERE office = ?", (office,)).fetchone()
        claims = led.db.execute("SELECT MAX(date) FROM claims WHERE office = ?", (office,)).fetchone()
        days = [d for d in (row[0], claims[0]) if d]
        return date.fromisoformat(max(days)) if days else date.today()

    # --- data ---------------------------------------------------------------------------------------------
    def races_data() -> list[dict[str, Any]]:
        out = []
        with ledger() as led:
            for office in led.offices():
                if office not in reference.offices or reference.offices[office].body not in reference.bodies:
                    continue
                day = last_day(led, office)
                t = tally_from_ledger(led, office, day, reference=reference)
                leader = t.candidates[0] if t.candidates else None
                out.append(
                    {
                        "office": office,
                        "body": t.body,
                        "rule": t.rule,
                        "last_change": day.isoformat(),
                        "members": len(t.members),
                        "leader": leader.name if leader else None,
                        "support": len(leader.support) if leader else 0,
                        "rule_met": leader.rule_met if leader else False,
                    }
                )
        return out

    def race_data(office: str, as_of: str | None) -> dict[str, Any]:
        name = office_name(office)
        with ledger() as led:
            day = parse_day(as_of, last_day(led, name))
            t = tally_json(tally_from_ledger(led, name, day, reference=reference))
            replay = timeline_json(timeline(led, name, reference=reference, until=day))
        t["timeline"] = replay
        t["latest_changes"] = list(reversed(replay["changes"]))[:12]
        return t

    def member_data(office: str, member: str) -> dict[str, Any]:
        name = office_name(office)
        try:
            code = reference.country_code(member)
        except WhipcountError as e:
            raise HTTPException(status_code=404, detail=str(e)) from e
        with ledger() as led:
            rows = led.member_stances(name, code)
            conflicts = led.conflicts(name, code)
        return explain_json(name, code, rows, conflicts) | {"member_name": names.get(code, code)}

    def article_data(article_id: str) -> dict[str, Any]:
        with ledger() as led:
            a = led.article(article_id)
            if a is None:
                raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
            stances = led.stances(article_id=article_id)
        return {
            "id": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "url": a.url,
            "source": a.source,
            "text": a.text,
            "stances": [s.to_json() for s in stances],
            "segments": _segments(a.text, [(s.start_char, s.end_char, s.stance.value) for s in stances]),
        }

    def search_data(q: str) -> dict[str, Any]:
        like = f"%{q.strip()}%"
        with ledger() as led:
            actors = [
                dict(r)
                for r in led.db.execute(
                    "SELECT DISTINCT actor, actor_country, office FROM stances WHERE actor LIKE ? LIMIT 50", (like,)
                )
            ]
            candidates = [
                dict(r)
                for r in led.db.execute(
                    "SELECT DISTINCT target AS candidate, office FROM stances WHERE target LIKE ? LIMIT 50", (like,)
                )
            ]
            articles = [
                dict(r)
                for r in led.db.execute(
                    "SELECT id, title, published FROM articles WHERE title LIKE ? OR text LIKE ?"
                    " ORDER BY published NULLS FIRST, id LIMIT 50",
                    (like, like),
                )
            ]
        offices = [
            o.name
            for o in reference.offices.values()
            if q.strip().lower() in o.name.lower() or any(q.strip().lower() in a.lower() for a in o.aliases)
        ]
        return {"q": q, "actors": actors, "candidates": candidates, "articles": articles, "offices": offices}

    # --- JSON API -----------------------------------------------------------------------------------------
    @app.get("/api/races")
    def api_races() -> list[dict[str, Any]]:
        return races_data()

    @app.get("/api/races/{office}")
    def api_race(office: str, as_of: str | None = Query(None, description="YYYY-MM-DD")) -> dict[str, Any]:
        return race_data(office, as_of)

    @app.get("/api/members/{office}/{member}")
    def api_member(office: str, member: str) -> dict[str, Any]:
        return member_data(office, member)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        return article_data(article_id)

    @app.get("/api/search")
    def api_search(q: str = Query(..., min_length=1)) -> dict[str, Any]:
        return search_data(q)

    # --- pages --------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def home() -> HTMLResponse:
        return page("home.html.j2", races=races_data())

    @app.get("/races/{office}", response_class=HTMLResponse)
    def race(office: str, as_of: str | None = None) -> HTMLResponse:
        data = race_data(office, as_of)
        leader = data["candidates"][0] if data["candidates"] else None
        stances = {p["member"]: p["stance"] for p in leader["positions"]} if leader else {}
        return page(
            "race.html.j2",
            race=data,
            chart=support_chart(data),
            map=tile_map(data["members"], stances),
            map_of=leader["name"] if leader else None,
        )

    @app.get("/members/{office}/{member}", response_class=HTMLResponse)
    def member(request: Request, office: str, member: str, done: str | None = None) -> HTMLResponse:
        csrf = request.cookies.get("whipcount_csrf") or secrets.token_urlsafe(24)
        response = page(
            "member.html.j2", m=member_data(office, member), corrections=token is not None, csrf=csrf, done=done
        )
        response.set_cookie("whipcount_csrf", csrf, httponly=True, samesite="strict")
        return response

    @app.post("/members/{office}/{member}/corrections", response_class=HTMLResponse)
    async def correct(request: Request, office: str, member: str) -> Response:
        if token is None:
            raise HTTPException(
                status_code=403, detail="this server is read-only: start it with --token to allow corrections"
            )
        form = dict(await request.form())
        cookie = request.cookies.get("whipcount_csrf", "")
        if not cookie or not hmac.compare_digest(cookie, str(form.get("csrf", ""))):
            raise HTTPException(status_code=403, detail="the form is stale or was not sent by this site; reload it")
        if not hmac.compare_digest(token, str(form.get("token", ""))):
            raise HTTPException(status_code=403, detail="wrong token")
        name = office_name(office)
        code = reference.country_code(member)
        action = str(form.get("action", "set"))
        stance = str(form.get("stance", "")) or None
        try:
            with ledger() as led:
                led.correct(
                    action=action,
                    office=name,
                    candidate=str(form.get("candidate", "")).strip(),
                    member=code,
                    stance=StanceType(stance) if stance and action == "set" else None,
                    day=parse_day(str(form.get("date", "")), date.today()),
                    author=str(form.get("author", "")),
                    note=str(form.get("note", "")),
                )
        except (WhipcountError, ValueError) as e:
            raise HTTPException(status_code=422, detail=str(e)) from e
        return RedirectResponse(f"/members/{quote(name)}/{code}?done=1", status_code=303)

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        return page("article.html.j2", a=article_data(article_id))

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> HTMLResponse:
        return page("search.html.j2", s=search_data(q) if q.strip() else None, q=q)

    return app


def _segments(text: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """The text cut into plain and evidence parts, so the template can mark evidence without raw HTML."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, stance in sorted(set(spans)):
        if start < pos or start < 0:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "stance": None})
        out.append({"text": text[start:end], "stance": stance})
        pos = end
    out.append({"text": text[pos:], "stance": None})
    return out


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    import uvicorn

    uvicorn.run(create_app(db_path, token=token), host=host, port=port, log_level="info")
