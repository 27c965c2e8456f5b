from __future__ import annotations

import json
from datetime import date

import pytest

from whipcount.errors import E_BINARY, E_EMPTY, E_ENCODING, E_FIELD, E_JSON, E_NO_TEXT, E_NOT_FOUND
from whipcount.records import Article
from whipcount.sources import Rejection, read_article_text, read_paths

from .conftest import FOUNDING


def one(path) -> Article | Rejection:
    results = list(read_paths([path]))
    assert len(results) == 1
    return results[0]


def test_txt_with_front_matter_title_and_body():
    a = one(FOUNDING)
    assert isinstance(a, Article)
    assert a.id == "000_0fe8a165735d953a"
    assert a.published == date(2024, 4, 2)
    assert a.source == "ERR News"
    assert a.title == "Estonia to endorse Mark Rutte as NATO's next secretary general"
    assert a.text.startswith("Minister of Foreign Affairs Margus Tsahkna")
    assert "Editor: Helen Wright" in a.text


def test_txt_without_front_matter_uses_file_name(tmp_path):
    p = tmp_path / "plain-story.txt"
    p.write_text("Headline here\n\nBody sentence one. Body two.\n", encoding="utf-8")
    a = one(p)
    assert isinstance(a, Article)
    assert (a.id, a.title, a.text, a.published) == (
        "plain-story",
        "Headline here",
        "Body sentence one. Body two.",
        None,
    )


def test_json_article_ignores_unknown_keys(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(
        json.dumps(
            {
                "id": "a-1",
                "title": "T",
                "text": "Body.",
                "published": "2024-06-18T09:30:00Z",
                "url": "https://example.org/a",
                "source": "Example",
                "tags": ["x"],
            }
        )
    )
    a = one(p)
    assert isinstance(a, Article)
    assert (a.id, a.published, a.url, a.source) == ("a-1", date(2024, 6, 18), "https://example.org/a", "Example")


def test_jsonl_one_article_a_line_and_bad_lines_do_not_stop_the_file(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"title": "A", "text": "First."}\n{not json}\n\n{"id": "b", "text": "Second."}\n')
    results = list(read_paths([p]))
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article"]
    assert results[0].id == "feed:1"
    assert results[1].code == E_JSON and results[1].origin.endswith("feed.jsonl:2")
    assert results[2].id == "b"


def test_html_main_text_and_metadata_via_trafilatura(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(["Hungary said on Tuesday that it would support Mark Rutte for the alliance's top job."] * 4)
    p.write_text(f"""<html><head><title>Hungary backs Rutte | Example News</title>
<meta property="og:title" content="Hungary backs Rutte">
<meta property="article:published_time" content="2024-06-18"></head>
<body><nav>Home | World | Sport</nav><article><h1>Hungary backs Rutte</h1><p>{body}</p>
<p>Written by the whipcount project for its tests.</p></article><footer>Cookie policy</footer></body></html>""")
    a = one(p)
    assert isinstance(a, Article)
    assert "Hungary said on Tuesday" in a.text
    assert "Cookie policy" not in a.text
    assert a.title == "Hungary backs Rutte"
    assert a.published == date(2024, 6, 18)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", E_EMPTY),
        ("blank.txt", b"  \n\n ", E_EMPTY),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", E_BINARY),
        (
            "latin1.txt",
            "Title\n\nEstonia backs Rutte, said Tsahkna \u2013 caf\xe9".encode("latin-1", "replace"),
            E_ENCODING,
        ),
        ("broken.json", b'{"title": "x", "text": ', E_JSON),
        ("notext.json", b'{"title": "x"}', E_FIELD),
        ("list.json", b"[1, 2]", E_FIELD),
        ("empty.html", b"<html><body><nav>Menu</nav></body></html>", E_NO_TEXT),
        ("title-only.txt", b"Just a title\n", E_NO_TEXT),
        ("bad-date.txt", b"---\npublished: next week\n---\nT\n\nBody.", E_FIELD),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, name, content, code):
    p = tmp_path / name
    p.write_bytes(content)
    r = one(p)
    assert isinstance(r, Rejection)
    assert r.code == code
    assert "\n" not in r.reason and r.reason


def test_folder_walk_is_sorted_skips_other_files_and_reports_missing(tmp_path):
    (tmp_path / "b.txt").write_text("B\n\nbody b")
    (tmp_path / "a.txt").write_text("A\n\nbody a")
    (tmp_path / "notes.md").write_text("# notes")
    (tmp_path / ".hidden.txt").write_text("H\n\nhidden")
    results = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    assert [getattr(r, "id", None) for r in results[:2]] == ["a", "b"]
    assert isinstance(results[2], Rejection) and results[2].skipped
    assert isinstance(results[3], Rejection) and results[3].code == E_NOT_FOUND


def test_front_matter_without_colon_is_rejected():
    from whipcount.errors import InputError

    with pytest.raises(InputError):
        read_article_text("---\nthis is not a key\n---\nT\n\nBody", default_id="x")


def test_duplicate_detection_ignores_case_quotes_and_spacing():
    a = Article(id="a", title="One", text="Estonia “backs”  Rutte.\n")
    b = Article(id="b", title="Another headline", text='estonia "backs" rutte.')
    assert a.content_hash == b.content_hash


def test_jsonl_streams_and_rejects_a_bad_line_alone(tmp_path):
    good = '{"id": "a", "title": "T", "text": "Written by the whipcount project for its tests."}\n'
    path = tmp_path / "many.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + good.encode() + b'{"id": "b", "text": "caf\xe9"}\n' + good.replace('"a"', '"c"').encode()
    )
    items = list(read_paths([path]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert isinstance(items[1], Rejection) and items[1].code == E_ENCODING and items[1].origin.endswith(":2")
    lazily = read_paths([path])
    assert getattr(next(iter(lazily)), "id", None) == "a"


def test_nul_characters_are_dropped_so_every_ledger_stores_the_same_text(tmp_path):
    path = tmp_path / "nul.jsonl"
    path.write_text('{"id": "n", "title": "A\\u0000B", "text": "Farmers\\u0000 said the harvest was late."}\n')
    (article,) = read_paths([path])
    assert isinstance(article, Article)
    assert (article.title, article.text) == ("AB", "Farmers said the harvest was late.")


def test_hard_wrapped_paragraphs_are_joined_and_line_based_text_is_kept(tmp_path):
    from whipcount.sources.readers import unwrap

    wrapped = (
        "Estonia said on Tuesday that it would back the\noutgoing Dutch prime minister, Mark Rutte, for\nthe post."
    )
    assert (
        unwrap(wrapped)
        == "Estonia said on Tuesday that it would back the outgoing Dutch prime minister, Mark Rutte, for the post."
    )
    broken = (
        "The Austrian candidate, Petra Hollensteiner-\nBauer, withdrew on 16 January, saying the river\nneeded a chair."
    )
    assert (
        unwrap(broken)
        == "The Austrian candidate, Petra Hollensteiner-Bauer, withdrew on 16 January, saying the river needed a chair."
    )
    blog = "10:42 — Hungary backs Rutte\n10:50 — Slovakia follows\n\nQ: Will you back him?\nA: yes, we will."
    assert unwrap(blog) == blog
    path = tmp_path / "w.txt"
    path.write_text("Title\n\n" + wrapped + "\n\n(Written by the whipcount project for its tests.)\n", encoding="utf-8")
    (article,) = read_paths([path])
    assert "back the outgoing" in article.text
