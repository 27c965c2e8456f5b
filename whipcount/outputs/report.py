"""A self-contained HTML report of a tally: no scripts, no fonts, nothing fetched when it is opened."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from ..ledger import Ledger
from ..records import Tally
from ..reference import Reference, load_reference
from ..tally.timeline import timeline
from .charts import support_chart, tile_map
from .formats import tally_json, timeline_json

# Okabe–Ito colours, told apart with colour-blindness; every cell also writes its stance out.
STANCE_COLOURS = {
    "support": "#009E73",
    "oppose": "#D55E00",
    "abstain": "#56B4E9",
    "undecided": "#E69F00",
    "silent": "#DDDDDD",
}


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("whipcount.outputs", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(t: Tally, ledger: Ledger | None = None, reference: Reference | None = None) -> str:
    reference = reference or load_reference()
    names = {code: c.name for code, c in reference.countries.items()}
    articles = {}
    if ledger is not None:
        for c in t.candidates:
            for p in c.positions:
                if p.article not in articles and (a := ledger.article(p.article)) is not None:
                    articles[p.article] = a
    body = reference.bodies.get(t.body)
    chart = map_ = None
    if ledger is not None:
        # support over time up to the report's date, and the leader's members on the tile map
        data = tally_json(t) | {
            "timeline": timeline_json(timeline(ledger, t.office, reference=reference, until=t.as_of))
        }
        chart = support_chart(data)
    if t.candidates:
        leader = t.candidates[0]
        map_ = tile_map(list(t.members), {p.member: p.stance.value for p in leader.positions})
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            tally=t,
            names=names,
            colours=STANCE_COLOURS,
            articles=articles,
            rule_description=body.rule.description if body else "",
            chart=chart,
            map=map_,
        )
    )


def write_report(t: Tally, path: str | Path, ledger: Ledger | None = None, reference: Reference | None = None) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(t, ledger, reference), encoding="utf-8")
    return out
