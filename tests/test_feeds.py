"""Feeds and URLs, served by a local HTTP server the test starts (tests never reach the internet)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from whipcount.errors import InputError
from whipcount.outputs.cli import main
from whipcount.records import Article
from whipcount.sources import Rejection, read_paths
from whipcount.sources.feeds import fetch

TAG = "(Written by the whipcount project for its tests.)"
PAGE = f"""<html><head><title>Slovakia backs Rutte</title><meta property="article:published_time" content="2024-06-18">
</head><body><article><h1>Slovakia backs Rutte</h1><p>Slovakia said on Tuesday that it would support Mark Rutte as
NATO secretary general, ending weeks of hesitation in Bratislava over the alliance's top job.</p>
<p>{TAG}</p></article></body></html>"""


def feed(base: str) -> str:
    return f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire</title>
<item><title>Hungary backs Rutte</title><link>{base}/hungary.html</link><guid>wire-1</guid>
<pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Hungary said on Tuesday that it would support Mark Rutte as NATO secretary general after
Rutte gave assurances that Hungary would not have to take part in NATO's support operations for Ukraine.
{TAG}</p>]]></content:encoded></item>
<item><title>Slovakia</title><link>{base}/slovakia.html</link><guid>wire-2</guid><description>Short.</description></item>
<item><title>Gone</title><link>{base}/missing.html</link><guid>wire-3</guid><description>Short.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    (root / "slovakia.html").write_text(PAGE, encoding="utf-8")
    (root / "big.html").write_bytes(b"x" * 2_000_000)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "feed.xml").write_text(feed(base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_feed_items_become_articles_and_short_ones_read_their_page(site):
    results = list(read_paths([f"{site}/feed.xml"]))
    articles = [r for r in results if isinstance(r, Article)]
    rejected = [r for r in results if isinstance(r, Rejection)]
    assert [a.id for a in articles] == ["wire-1", "wire-2"]
    assert "Hungary said on Tuesday" in articles[0].text and str(articles[0].published) == "2024-06-18"
    assert "Slovakia said on Tuesday" in articles[1].text and articles[1].url.endswith("/slovakia.html")
    assert len(rejected) == 1 and "404" in rejected[0].reason


def test_urls_are_http_only_with_size_and_time_limits(site):
    for bad in ("file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1/"):
        (r,) = read_paths([bad])
        assert isinstance(r, Rejection) and "only http and https" in r.reason
    with pytest.raises(InputError, match="larger than"):
        fetch(f"{site}/big.html", max_bytes=1_000_000)
    with pytest.raises(InputError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/", timeout=2)


@pytest.mark.model
def test_watch_once_ingests_new_items_and_skips_stored_ones(site, tmp_path, nlp):
    runner = CliRunner()
    db = tmp_path / "w.db"
    first = runner.invoke(main, ["watch", f"{site}/feed.xml", "--once", "--db", str(db)], catch_exceptions=False)
    assert first.exit_code == 0 and "2 new articles" in first.stderr
    again = runner.invoke(main, ["watch", f"{site}/feed.xml", "--once", "--db", str(db)], catch_exceptions=False)
    assert "0 new articles" in again.stderr
    t = json.loads(
        runner.invoke(
            main, ["tally", "NATO Secretary General", "--as-of", "2024-06-18", "--format", "json", "--db", str(db)]
        ).stdout
    )
    rutte = next(c for c in t["candidates"] if c["name"] == "Mark Rutte")
    assert {"HUN", "SVK"} <= set(rutte["support"])


def test_feed_file_on_disk(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(
        feed("http://127.0.0.1:9").replace(
            "<description>Short.</description>",
            "<description>"
            + "Poland said on Monday that it backs Mark Rutte for the alliance's top job. " * 5
            + "</description>",
        ),
        encoding="utf-8",
    )
    articles = [r for r in read_paths([path]) if isinstance(r, Article)]
    assert len(articles) == 3 and all(a.source == "Test wire" for a in articles)
    bad = tmp_path / "broken.xml"
    bad.write_text("<rss><channel><item>", encoding="utf-8")
    (r,) = read_paths([bad])
    assert isinstance(r, Rejection) and "malformed feed" in r.reason


def test_path_objects_are_never_urls():
    assert isinstance(next(iter(read_paths([Path("no/such/file.txt")]))), Rejection)
