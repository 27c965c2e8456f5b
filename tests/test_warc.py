"""WARC archives as a source: archives built here, record by record, with pages written for these tests.

Every page below was written by the whipcount project for its tests; the people quoted in them are fictional.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import re
import tracemalloc
import uuid
from datetime import date
from pathlib import Path

import pytest
from fastwarc.stream_io import Lz4Writer

from whipcount.errors import E_ARCHIVE, E_EMPTY, E_NO_TEXT, E_NOT_FOUND, E_UNSUPPORTED
from whipcount.ledger import open_ledger
from whipcount.pipeline import Status, ingest
from whipcount.records import Article
from whipcount.sources import Rejection, read_paths

NOTE = "<p>This page was written by the whipcount project for its tests; the people in it are fictional.</p>"

ARTICLE_HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Slovakia backs Rutte | The Test Courier</title>
<meta property="og:title" content="Slovakia backs Rutte for NATO's top job">
<meta property="article:published_time" content="2024-06-18T09:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Slovakia backs Rutte for NATO's top job</h1>
<p>Slovakia said on Tuesday that it would support Mark Rutte as NATO secretary general.</p>
<p>“We have weighed this for weeks and the answer is clear,” said Marta Kovalik, a ministry spokeswoman.</p>
<p>The decision leaves few allies undecided, according to diplomats who follow the race for the alliance.</p>
{NOTE}</article><footer>Cookie policy | Contact the newsroom</footer></body></html>"""

# No date anywhere in the page: the article's date comes from the record's WARC-Date.
UNDATED_HTML = f"""<html><head><title>Harbour council weighs new ferry timetable</title></head><body>
<article><h1>Harbour council weighs new ferry timetable</h1>
<p>The harbour council of the fictional town of Elmsby met for three hours to discuss the winter ferry timetable,
and councillor Ivo Brandt said that the early crossing would stay.</p>
<p>“Nobody wants to wait until nine for the first boat,” Brandt told the meeting, to some applause.</p>
{NOTE}</article></body></html>"""

# windows-1252 text, sent gzip-compressed in chunks, as servers do and as some archives keep it.
LATIN_HTML = f"""<html><head><title>Caf\xe9 owners meet</title></head><body><article><h1>Caf\xe9 owners meet</h1>
<p>Owners of every caf\xe9 in the fictional village of Norby met on Monday and agreed on shorter summer hours,
said the chair of their association, Jonna Lind, after a long evening of debate.</p>{NOTE}</article></body></html>"""

NAV_ONLY_HTML = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
WARC_DATE = "2024-06-20T08:15:00Z"


# --- building archives by hand ------------------------------------------------------------------------------
def record(kind: str, block: bytes, *, uri: str | None = None, content_type: str | None = None, n: int = 0) -> bytes:
    headers = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=n)}>",
        f"WARC-Date: {WARC_DATE}",
        f"WARC-Block-Digest: sha1:{base64.b32encode(hashlib.sha1(block).digest()).decode()}",  # as Common Crawl's
    ]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    if content_type:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(payload: bytes, *, status: str = "200 OK", content_type: str = "text/html; charset=utf-8", extra=()) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", *extra]
    if not any(h.startswith("Transfer-Encoding") for h in extra):
        head.append(f"Content-Length: {len(payload)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + payload


def response(uri: str, payload: bytes, *, n: int, **kw) -> bytes:
    return record("response", http(payload, **kw), uri=uri, content_type="application/http; msgtype=response", n=n)


def chunked(data: bytes, size: int = 50) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def sample_records() -> list[bytes]:
    """One of every kind a reader meets, in the order of the expectations below."""
    return [
        record("warcinfo", b"software: whipcount tests\r\n", content_type="application/warc-fields", n=1),
        record("request", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", uri="https://news.example/a", n=2),
        response("https://news.example/a", ARTICLE_HTML.encode(), n=3),
        response("https://news.example/gone", b"<html><body>Not here</body></html>", status="404 Not Found", n=4),
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png", n=5),
        record("resource", UNDATED_HTML.encode(), uri="http://www.elmsby.example/ferry", content_type="text/html", n=6),
        response("https://news.example/menu", NAV_ONLY_HTML.encode(), n=7),
        response(
            "https://cafe.example/norby",
            chunked(gzip.compress(LATIN_HTML.encode("cp1252"))),
            content_type="text/html; charset=windows-1252",
            extra=("Transfer-Encoding: chunked", "Content-Encoding: gzip"),
            n=8,
        ),
        record("revisit", b"HTTP/1.1 200 OK\r\n\r\n", uri="https://news.example/a", n=9),
        record("metadata", b"fetchTimeMs: 120\r\n", uri="https://news.example/a", content_type="text/plain", n=10),
    ]


def write(path: Path, records: list[bytes]) -> Path:
    """A ``.warc`` as is; ``.warc.gz`` and ``.warc.lz4`` compressed one record at a time, as crawlers write them."""
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    elif path.name.endswith(".lz4"):
        with path.open("wb") as f:
            for r in records:
                buffer = io.BytesIO()
                writer = Lz4Writer(buffer)
                writer.write(r)
                writer.close()
                f.write(buffer.getvalue())
    else:
        path.write_bytes(b"".join(records))
    return path


def uid(n: int) -> str:
    return f"urn:uuid:{uuid.UUID(int=n)}"


# --- reading ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["cc.warc", "cc.warc.gz", "cc.warc.lz4"])
def test_pages_become_articles_and_every_other_page_record_is_accounted_for(tmp_path, name):
    path = write(tmp_path / name, sample_records())
    results = list(read_paths([path]))
    summary = [
        (r.origin.rpartition("#")[2], type(r).__name__, getattr(r, "code", None), getattr(r, "skipped", None))
        for r in results
    ]
    assert summary == [
        ("3", "Article", None, None),
        ("4", "Rejection", E_NOT_FOUND, True),
        ("5", "Rejection", E_UNSUPPORTED, True),
        ("6", "Article", None, None),
        ("7", "Rejection", E_NO_TEXT, False),
        ("8", "Article", None, None),
        ("9", "Rejection", E_UNSUPPORTED, True),
    ]
    assert all(r.origin == f"{path}#{r.origin.rpartition('#')[2]}" for r in results)
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert [r.reason for r in rejections] == [
        "https://news.example/gone: HTTP status 404, not a page",
        "https://news.example/logo.png: not HTML (image/png)",
        "https://news.example/menu: HTML page has no main text",
        "https://news.example/a: revisit record, a repeat of a capture",
    ]

    news, ferry, cafe = (r for r in results if isinstance(r, Article))
    assert (news.id, news.url, news.source, news.published) == (
        uid(3),
        "https://news.example/a",
        "news.example",
        date(2024, 6, 18),  # the page's own date, not the day it was archived
    )
    assert news.title == "Slovakia backs Rutte for NATO's top job"
    assert "\nSlovakia said on Tuesday that it would support Mark Rutte as NATO secretary general." in news.text
    assert "Marta Kovalik" in news.text
    assert "Cookie policy" not in news.text and "Sport" not in news.text
    assert (ferry.id, ferry.url, ferry.source, ferry.published) == (
        uid(6),
        "http://www.elmsby.example/ferry",
        "www.elmsby.example",
        date(2024, 6, 20),  # the page gives no date: the WARC-Date stands in
    )
    assert "Nobody wants to wait until nine" in ferry.text
    assert cafe.title == "Café owners meet" and "every café in the fictional village" in cafe.text


def test_an_html_file_and_the_same_page_in_an_archive_read_alike(tmp_path):
    html_file = tmp_path / "page.html"
    html_file.write_text(ARTICLE_HTML, encoding="utf-8")
    (from_file,) = read_paths([html_file])
    archive = write(tmp_path / "page.warc.gz", [response("https://news.example/a", ARTICLE_HTML.encode(), n=3)])
    (from_archive,) = read_paths([archive])
    assert isinstance(from_file, Article) and isinstance(from_archive, Article)
    assert (from_archive.title, from_archive.text, from_archive.published) == (
        from_file.title,
        from_file.text,
        from_file.published,
    )
    assert from_archive.content_hash == from_file.content_hash


def test_ids_and_content_hashes_are_stable_across_reads_and_compressions(tmp_path):
    def articles(path: Path) -> list[tuple[str, str]]:
        return [(r.id, r.content_hash) for r in read_paths([path]) if isinstance(r, Article)]

    first = articles(write(tmp_path / "a.warc", sample_records()))
    assert len(first) == 3
    assert articles(tmp_path / "a.warc") == first
    assert articles(write(tmp_path / "b.warc.gz", sample_records())) == first
    assert articles(write(tmp_path / "c.warc.lz4", sample_records())) == first


def test_a_garbled_record_is_caught_by_its_digest_and_the_next_is_read(tmp_path):
    records = sample_records()[2:7]
    records[0] = records[0].replace(b"Slovakia said on Tuesday", b"Slovakia said on Tuesdax")  # same length
    results = list(read_paths([write(tmp_path / "garbled.warc", records)]))
    assert [(type(r).__name__, getattr(r, "code", None)) for r in results] == [
        ("Rejection", E_ARCHIVE),
        ("Rejection", E_NOT_FOUND),
        ("Rejection", E_UNSUPPORTED),
        ("Article", None),
        ("Rejection", E_NO_TEXT),
    ]
    assert results[0].reason == "https://news.example/a: the record's data does not match its WARC-Block-Digest"


@pytest.mark.parametrize(
    "digest",
    [
        None,
        f"sha1:{hashlib.sha1(UNDATED_HTML.encode()).hexdigest()}",
        f"sha256:{base64.b32encode(hashlib.sha256(UNDATED_HTML.encode()).digest()).decode().rstrip('=')}",
        "crc32:0badf00d",  # not checked
    ],
)
def test_block_digests_in_hex_or_base32_are_checked_and_others_ignored(tmp_path, digest):
    block = UNDATED_HTML.encode()
    raw = record("resource", block, uri="http://www.elmsby.example/ferry", content_type="text/html", n=6)
    raw = re.sub(rb"WARC-Block-Digest: [^\r]*\r\n", f"WARC-Block-Digest: {digest}\r\n".encode() if digest else b"", raw)
    (article,) = read_paths([write(tmp_path / "digest.warc", [raw])])
    assert isinstance(article, Article)


@pytest.mark.parametrize(
    ("payload", "is_page"),
    [
        (b"\n  <!DOCTYPE html>" + UNDATED_HTML.encode(), True),
        (b"HTTP/1.1 200 OK\r\n\r\n" + UNDATED_HTML.encode(), False),  # HTML further in is not an HTML payload
        (b"%PDF-1.7 not a page", False),
    ],
)
def test_a_record_without_a_content_type_is_a_page_only_if_it_starts_as_one(tmp_path, payload, is_page):
    raw = record("resource", payload, uri="http://www.elmsby.example/ferry", n=6)
    (result,) = read_paths([write(tmp_path / "untyped.warc", [raw])])
    if is_page:
        assert isinstance(result, Article) and "Nobody wants to wait until nine" in result.text
    else:
        assert isinstance(result, Rejection) and result.skipped
        assert result.reason == "http://www.elmsby.example/ferry: not HTML (no type)"


def test_a_record_without_an_id_is_named_by_file_and_position(tmp_path):
    block = UNDATED_HTML.encode()
    raw = (
        (
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Date: 2024-06-20T08:15:00Z\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(block)}\r\n\r\n"
        ).encode()
        + block
        + b"\r\n\r\n"
    )
    (article,) = read_paths([write(tmp_path / "bare.warc", [raw])])
    assert isinstance(article, Article)
    assert (article.id, article.url, article.source) == ("bare.warc#1", None, None)


def test_whole_file_gzip_reads_too(tmp_path):
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(sample_records())))
    assert sum(isinstance(r, Article) for r in read_paths([path])) == 3


# --- damaged archives ----------------------------------------------------------------------------------------
def gzip_members(records: list[bytes]) -> tuple[bytes, list[int]]:
    members = [gzip.compress(r) for r in records]
    starts = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    return b"".join(members), starts


@pytest.mark.parametrize(
    ("where", "articles_before"),
    [
        ("in the middle of the fifth page record's data", 2),  # record 6 is the ferry page
        ("just inside the gzip header of a record", 1),  # a cut no record length can show
        ("inside the first record", 0),
    ],
)
def test_a_truncated_gzip_archive_keeps_the_articles_before_the_cut(tmp_path, where, articles_before):
    data, starts = gzip_members(sample_records())
    cut = {
        "in the middle of the fifth page record's data": (starts[7] + starts[8]) // 2,  # record 8, the café page
        "just inside the gzip header of a record": starts[5] + 4,  # record 6, the ferry page
        "inside the first record": 20,
    }[where]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:cut])
    results = list(read_paths([path]))
    assert sum(isinstance(r, Article) for r in results) == articles_before
    damage = results[-1]
    assert isinstance(damage, Rejection) and not damage.skipped
    assert damage.code == E_ARCHIVE and damage.origin == str(path)
    assert "\n" not in damage.reason and "the gzip data ends early" in damage.reason
    assert [r for r in results[:-1] if isinstance(r, Rejection) and r.code == E_ARCHIVE] == []


@pytest.mark.parametrize(
    ("where", "cause"),
    [
        ("data", ""),  # garbled data: gzip or fastwarc may be first to see it
        ("checksum", "bad gzip data: CRC check failed"),  # whole-looking data, wrong CRC: seen only at its end
    ],
)
def test_corrupt_gzip_bytes_end_the_file_with_one_rejection(tmp_path, where, cause):
    data, starts = gzip_members(sample_records())
    broken = bytearray(data)
    at = (starts[5] + starts[6]) // 2 if where == "data" else starts[6] - 8  # record 6, the ferry page
    broken[at : at + 4] = bytes(b ^ 0xFF for b in broken[at : at + 4])
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(broken))
    results = list(read_paths([path]))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Rejection", "Rejection"]
    assert results[-1].code == E_ARCHIVE and cause in results[-1].reason
    assert "after 5 whole records" in results[-1].reason  # not the ferry page, although all its bytes came out


def two_articles_and_a_logo() -> list[bytes]:
    warcinfo, _, article, _, logo, ferry, *_ = sample_records()
    return [warcinfo, article, ferry, logo]


@pytest.mark.parametrize(
    ("where", "titles", "whole", "cause"),
    [
        ("in the logo's gzip header", 2, 3, "the gzip data ends early"),
        ("in the logo's deflate data", 2, 3, "the gzip data ends early"),
        ("in the logo's gzip trailer", 2, 3, "the gzip data ends early"),
        ("in the logo's CRC", 2, 3, "bad gzip data: CRC check failed"),
        ("in the ferry page's gzip trailer", 1, 2, "the gzip data ends early"),
        ("in the ferry page's CRC", 1, 2, "bad gzip data: CRC check failed"),
    ],
)
def test_every_record_in_a_checked_member_is_kept_and_none_from_the_next(tmp_path, where, titles, whole, cause):
    data, starts = gzip_members(two_articles_and_a_logo())
    logo = starts[3]
    cut, flip = {
        "in the logo's gzip header": (logo + 4, None),
        "in the logo's deflate data": ((logo + len(data)) // 2, None),
        "in the logo's gzip trailer": (len(data) - 4, None),  # all the logo record's bytes, no length check
        "in the logo's CRC": (len(data), len(data) - 8),
        "in the ferry page's gzip trailer": (logo - 3, None),
        "in the ferry page's CRC": (len(data), logo - 8),
    }[where]
    broken = bytearray(data[:cut])
    if flip is not None:
        broken[flip] ^= 0xFF
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(bytes(broken))
    results = list(read_paths([path]))
    expected = ["Slovakia backs Rutte for NATO's top job", "Harbour council weighs new ferry timetable"][:titles]
    assert [r.title for r in results[:-1] if isinstance(r, Article)] == expected
    assert len(results) == titles + 1  # the logo's rejection comes from its own member, which is never whole
    damage = results[-1]
    assert isinstance(damage, Rejection) and damage.code == E_ARCHIVE and damage.origin == str(path)
    assert damage.reason == (
        f"archive is truncated or corrupt after {whole} whole records ({cause}); the rest is not read"
    )


@pytest.mark.parametrize("size", [(1 << 16) - 3, 1 << 16, 3 << 20])  # about fastwarc's 64 KiB buffer, and over
def test_records_bigger_than_a_read_are_kept_up_to_the_cut_too(tmp_path, size):
    blob = response("https://media.example/1.bin", bytes(size), content_type="application/octet-stream", n=100)
    article = response("https://news.example/a", ARTICLE_HTML.encode(), n=3)
    data, starts = gzip_members([blob, blob, article, blob])
    path = tmp_path / "big.warc.gz"
    for cut, whole in ((starts[3] + 4, 3), ((starts[3] + len(data)) // 2, 3), (starts[3] - 3, 2)):
        path.write_bytes(data[:cut])
        results = list(read_paths([path]))
        assert [type(r).__name__ for r in results] == ["Rejection"] * 2 + ["Article"] * (whole == 3) + ["Rejection"]
        assert f"after {whole} whole records (the gzip data ends early)" in results[-1].reason


def test_wherever_the_cut_exactly_the_records_of_the_whole_members_before_it_come_out(tmp_path):
    records = sample_records()
    data, starts = gzip_members(records)
    ends = [*starts[1:], len(data)]
    path = tmp_path / "cut.warc.gz"
    everything = [r.origin.rpartition("#")[2] for r in read_paths([write(path, records)])]
    for cut in sorted({*range(1, len(data), 31), *ends, *(e - 1 for e in ends), *(e + 3 for e in ends[:-1])}):
        path.write_bytes(data[:cut])
        results = list(read_paths([path]))
        whole = sum(end <= cut for end in ends)
        kept = [r.origin.rpartition("#")[2] for r in results if "#" in r.origin]
        assert kept == [n for n in everything if int(n) <= whole], cut
        last = results[-1] if results else None
        if cut in ends:
            assert not (isinstance(last, Rejection) and last.code == E_ARCHIVE), cut
        else:
            assert isinstance(last, Rejection) and last.code == E_ARCHIVE, cut
            assert (f"after {whole} whole records" if whole else "before the first whole record") in last.reason, cut


def test_an_archive_cut_between_members_is_read_whole(tmp_path):
    data, starts = gzip_members(two_articles_and_a_logo())
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: starts[3]])
    results = list(read_paths([path]))
    assert [type(r).__name__ for r in results] == ["Article", "Article"]  # no W109: nothing is missing


def test_a_record_split_over_two_members_needs_both(tmp_path):
    warcinfo, article, ferry, _ = two_articles_and_a_logo()
    split = article.index(b"\r\n\r\n") + 4  # its header in one member, its block in the next
    members = [gzip.compress(part) for part in (warcinfo, article[:split], article[split:], ferry)]
    path = tmp_path / "split.warc.gz"
    path.write_bytes(b"".join(members))
    assert [r.title for r in read_paths([path]) if isinstance(r, Article)] == [
        "Slovakia backs Rutte for NATO's top job",
        "Harbour council weighs new ferry timetable",
    ]
    path.write_bytes(b"".join(members[:2]) + members[2][:-4])  # the block's member lacks its length
    (damage,) = read_paths([path])
    assert isinstance(damage, Rejection) and damage.code == E_ARCHIVE
    assert "after 1 whole records (the gzip data ends early)" in damage.reason


def test_a_whole_file_gzip_cut_anywhere_gives_no_record(tmp_path):
    """One member for the whole file: no record in it is checked before its end, so a cut loses them all."""
    data = gzip.compress(b"".join(two_articles_and_a_logo()))
    path = tmp_path / "whole.warc.gz"
    for cut in (len(data) // 2, len(data) - 4):
        path.write_bytes(data[:cut])
        (damage,) = read_paths([path])
        assert isinstance(damage, Rejection) and damage.code == E_ARCHIVE
        assert "before the first whole record (the gzip data ends early)" in damage.reason


def test_zero_padding_between_members_is_skipped_as_gzip_does(tmp_path):
    records = two_articles_and_a_logo()
    path = tmp_path / "padded.warc.gz"
    path.write_bytes((b"\0" * 3).join(gzip.compress(r) for r in records) + b"\0" * 5)
    assert sum(isinstance(r, Article) for r in read_paths([path])) == 2


def test_a_truncated_plain_archive_is_caught_by_record_length(tmp_path):
    records = sample_records()
    data = b"".join(records)
    cut = len(b"".join(records[:5])) + 300  # 300 bytes into record 6
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    results = list(read_paths([path]))
    assert sum(isinstance(r, Article) for r in results) == 1
    assert results[-1].code == E_ARCHIVE and "after 5 whole records" in results[-1].reason
    assert f"has 300 of its {len(UNDATED_HTML.encode())} bytes" not in results[-1].reason  # the header counts too
    assert "record 6 has" in results[-1].reason


@pytest.mark.parametrize(
    ("name", "content", "code", "skipped"),
    [
        ("empty.warc", b"", E_EMPTY, False),
        ("text.warc", b"This is a note, not a web archive.\n" * 5, E_ARCHIVE, False),
        ("plain-named.warc.gz", b"".join(sample_records()[:1]), E_UNSUPPORTED, True),  # not gzip after all: read
        ("crawl-only.warc", b"".join(sample_records()[:2]), E_UNSUPPORTED, True),
    ],
)
def test_files_with_nothing_to_read_say_so_in_one_line(tmp_path, name, content, code, skipped):
    path = tmp_path / name
    path.write_bytes(content)
    (result,) = read_paths([path])
    assert isinstance(result, Rejection)
    assert (result.code, result.skipped) == (code, skipped)
    assert "\n" not in result.reason and result.reason


def test_folders_include_warc_files_and_skip_other_compressed_files(tmp_path):
    write(tmp_path / "b.warc.gz", sample_records()[2:4])
    (tmp_path / "a.txt").write_text("A\n\nbody a")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\n'))
    results = list(read_paths([tmp_path]))
    assert [(Path(r.origin).name, type(r).__name__) for r in results] == [
        ("a.txt", "Article"),
        ("b.warc.gz#1", "Article"),
        ("b.warc.gz#2", "Rejection"),
        ("c.jsonl.gz", "Rejection"),
    ]
    assert results[3].skipped and results[3].code == E_UNSUPPORTED


# --- streaming -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["big.warc", "big.warc.gz"])
def test_an_archive_is_streamed_not_loaded(tmp_path, name):
    """24 MB of records before one page: reading it all never holds more than a small part in memory."""
    filler = [
        response(f"https://media.example/{i}.bin", bytes(1 << 20), content_type="application/octet-stream", n=100 + i)
        for i in range(24)
    ]
    path = write(tmp_path / name, [*filler, response("https://news.example/a", ARTICLE_HTML.encode(), n=3)])
    tracemalloc.start()
    try:
        results = list(read_paths([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(r).__name__ for r in results] == ["Rejection"] * 24 + ["Article"]
    assert peak < 6 << 20, f"peak {peak / 2**20:.1f} MB"


def test_ingest_stores_warc_articles_as_it_reads_and_again_finds_duplicates(tmp_path):
    path = write(tmp_path / "cc.warc.gz", sample_records())
    with open_ledger(tmp_path / "w.db") as ledger:
        lines = ingest([path], ledger, extract=False)
        first = next(lines)
        assert (first.status, first.article_id, first.origin) == (Status.INGESTED, uid(3), f"{path}#3")
        assert ledger.find_content(next(r for r in read_paths([path]) if isinstance(r, Article)).content_hash)
        rest = list(lines)
        assert [line.status for line in rest] == [
            Status.SKIPPED,
            Status.SKIPPED,
            Status.INGESTED,
            Status.REJECTED,
            Status.INGESTED,
            Status.SKIPPED,
        ]
        again = list(ingest([path], ledger, extract=False))
    assert [line.status for line in again].count(Status.DUPLICATE) == 3
    assert [line.status for line in again].count(Status.INGESTED) == 0


@pytest.mark.model
def test_whipcount_ingest_of_a_warc_gives_a_stance(tmp_path, nlp):
    import json

    from click.testing import CliRunner

    from whipcount.outputs import cli

    path = write(tmp_path / "cc.warc.gz", sample_records())
    db = tmp_path / "w.db"
    runner = CliRunner()
    result = runner.invoke(cli.main, ["ingest", str(path), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert re.search(rf"^ingested   {re.escape(str(path))}#3  {uid(3)} \([1-9] stances\)$", result.stdout, re.M)
    assert "3 ingested, 0 duplicate, 1 rejected, 3 skipped" in result.stderr
    tally = runner.invoke(
        cli.main, ["tally", "NATO Secretary General", "--as-of", "2024-06-19", "--db", str(db), "--format", "json"]
    )
    rutte = next(c for c in json.loads(tally.stdout)["candidates"] if c["name"] == "Mark Rutte")
    assert rutte["support"] == ["SVK"]
