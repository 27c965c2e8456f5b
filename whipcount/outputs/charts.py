"""Pictures drawn on the server as SVG, so pages and reports need no script and fetch nothing: support over
time per candidate against the threshold, and members on a tile map coloured by stance."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..reference import DATA_DIR


def support_chart(race: dict[str, Any], width: int = 720, height: int = 240) -> dict[str, Any]:
    """Support over time per candidate as SVG polylines (steps), with the rule's threshold: all members."""
    days = race["timeline"]["days"]
    members = max(len(race["members"]), 1)
    if not days:
        return {"width": width, "height": height, "lines": [], "threshold_y": 20, "labels": []}
    first = date.fromisoformat(days[0]["date"])
    last = max(date.fromisoformat(race["as_of"]), date.fromisoformat(days[-1]["date"]))
    span = max((last - first).days, 1)

    def x(day: str) -> float:
        return 40 + (date.fromisoformat(day) - first).days / span * (width - 60)

    def y(n: int) -> float:
        return height - 30 - n / members * (height - 50)

    lines = []
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    for i, name in enumerate(dict.fromkeys(d["candidate"] for d in days)):
        pts: list[str] = []
        previous = None
        for d in (d for d in days if d["candidate"] == name):
            if previous is not None:
                pts.append(f"{x(d['date']):.1f},{y(previous):.1f}")
            pts.append(f"{x(d['date']):.1f},{y(d['support']):.1f}")
            previous = d["support"]
        if previous is not None:
            pts.append(f"{x(last.isoformat()):.1f},{y(previous):.1f}")
        lines.append({"name": name, "points": " ".join(pts), "colour": palette[i % len(palette)]})
    return {
        "width": width,
        "height": height,
        "lines": lines,
        "threshold_y": y(members),
        "members": members,
        "labels": [first.isoformat(), last.isoformat()],
    }


def tile_map(members: list[str], stances: dict[str, str], size: int = 34) -> dict[str, Any]:
    """Members as squares on the bundled tile map (see data/tilemap.json), coloured by stance; members the map
    does not place go in a row beneath it."""
    tiles = json.loads((DATA_DIR / "tilemap.json").read_text(encoding="utf-8"))["tiles"]
    placed = [(m, tiles[m]) for m in members if m in tiles]
    rows = max((xy[1] for _, xy in placed), default=-1) + 1
    others = [m for m in members if m not in tiles]
    cells = [
        {"member": m, "x": xy[0] * (size + 2), "y": xy[1] * (size + 2), "stance": stances.get(m, "silent")}
        for m, xy in placed
    ]
    per_row = 12
    for i, m in enumerate(others):
        cells.append(
            {
                "member": m,
                "x": (i % per_row) * (size + 2),
                "y": (rows + 1 + i // per_row) * (size + 2),
                "stance": stances.get(m, "silent"),
            }
        )
    height = max((c["y"] for c in cells), default=0) + size + 4
    width = max((c["x"] for c in cells), default=0) + size + 4
    return {"cells": cells, "size": size, "width": width, "height": height}
