"""Browser tests: headless Chromium (Debian's package) driven by Playwright against a server the test starts on
127.0.0.1. Screenshots of the race page and the report are saved in test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.model
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"
RACE = "/races/NATO%20Secretary%20General"

if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing: .ci/run installs Debian's chromium package", pytrace=False)
    pytest.skip("no Chromium on this machine (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(db: Path, token: str | None) -> Iterator[str]:
    import uvicorn

    from whipcount.outputs.web import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def db(demo_db, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("browser") / "demo.db"
    shutil.copy(demo_db, copy)
    return copy


@pytest.fixture(scope="module")
def server(db) -> Iterator[str]:
    yield from _start(db, token="s3cret")


@pytest.fixture(scope="module")
def read_only(db) -> Iterator[str]:
    yield from _start(db, token=None)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


def test_race_page_as_of_date_member_evidence_and_a_correction(browser, server, read_only):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1300, "height": 1500})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}{RACE}?as_of=2024-06-19")
    assert "1 more needed" in page.content()
    page.screenshot(path=str(ARTIFACTS / "race-page.png"), full_page=False)
    # move the as-of date and redraw
    page.fill("input[name=as_of]", "2024-06-26")
    page.click("text=Redraw")
    page.wait_for_url("**as_of=2024-06-26")
    assert "decided on 2024-06-26" in page.content()
    # follow a member to its evidence
    page.goto(f"{server}{RACE}?as_of=2024-06-19")
    page.click("a.cell[href$='/ROU']")
    page.wait_for_url("**/members/**/ROU")
    assert "Romania on NATO Secretary General" in page.content()
    page.click("table a >> nth=0")
    page.wait_for_url("**/articles/**")
    assert page.locator("mark").count() >= 1
    # no correction without the token: the read-only server has no form at all
    page.goto(f"{read_only}/members/NATO%20Secretary%20General/ROU")
    assert page.locator("form[method=post]").count() == 0
    # a wrong token is refused; the right one records the correction, and the grid shows it
    page.goto(f"{server}/members/NATO%20Secretary%20General/ROU")
    for token, expected in (("wrong", "wrong token"), ("s3cret", "Correction recorded")):
        page.fill("input[name=candidate]", "Mark Rutte")
        page.select_option("select[name=stance]", "support")
        page.fill("input[name=date]", "2024-06-19")
        page.fill("input[name=author]", "Ana (desk)")
        page.fill("input[name=note]", "Bucharest confirmed by phone")
        page.fill("input[name=token]", token)
        page.click("text=Record correction")
        page.wait_for_load_state()
        assert expected in page.content()
        if token == "wrong":
            page.goto(f"{server}/members/NATO%20Secretary%20General/ROU")
    page.goto(f"{server}{RACE}?as_of=2024-06-19")
    cell = page.locator("#Mark-Rutte a.cell[href$='/ROU']")
    assert "support" in cell.inner_text()
    assert dialogs == []


def test_report_screenshot_and_no_script_runs(browser, db, tmp_path):
    from whipcount.ledger import open_ledger
    from whipcount.outputs.report import write_report
    from whipcount.tally import tally_from_ledger

    ARTIFACTS.mkdir(exist_ok=True)
    from datetime import date

    with open_ledger(db) as ledger:
        path = write_report(
            tally_from_ledger(ledger, "NATO Secretary General", date(2024, 6, 26)), tmp_path / "report.html", ledger
        )
    page = browser.new_page(viewport={"width": 1300, "height": 1500})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    assert "Rule met" in page.content()
    page.screenshot(path=str(ARTIFACTS / "report.png"))
    assert dialogs == []


def test_no_script_from_an_article_runs_on_any_page(browser, tmp_path, nlp):
    from whipcount.ledger import open_ledger
    from whipcount.pipeline import ingest

    article = tmp_path / "x.txt"
    article.write_text(
        "---\npublished: 2024-06-18\nurl: javascript:alert(1)\n---\n<script>alert('title')</script>\n\n"
        "Hungary said on Tuesday that it would support Mark Rutte \"><img src=x onerror=alert('img')> as NATO "
        "secretary general <script>alert('body')</script>.\n(Written by the whipcount project for its tests.)\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    with open_ledger(db) as ledger:
        list(ingest([article], ledger, nlp=nlp))
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for base in _start(db, token=None):
        for url in ("/", RACE, "/members/NATO%20Secretary%20General/HUN", "/articles/x", "/search?q=script"):
            page.goto(base + url)
            page.wait_for_load_state("load")
            assert "<script>alert" in page.inner_text("body") or url in ("/", RACE)
    assert dialogs == []
