"""Read articles from ``.txt``, ``.html``, ``.json``, ``.jsonl`` files, feeds, WARC archives and folders.

Every input yields results: an ``Article``, or a ``Rejection`` that carries a coded one-line reason. Nothing here
raises for bad input, so a batch always goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import (
    E_BINARY,
    E_EMPTY,
    E_ENCODING,
    E_FIELD,
    E_JSON,
    E_NO_TEXT,
    E_NOT_FOUND,
    E_UNSUPPORTED,
    InputError,
)
from ..records import Article
from .feeds import check_url, fetch, is_url, looks_like_feed, parse_feed

WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.lz4")  # read by ``whipcount.sources.warc``
SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom", *WARC_SUFFIXES)
_MIN_HTML_WORDS = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejection:
    origin: str
    code: str
    reason: str
    skipped: bool = False  # True for what is passed over, not an error: a folder's other files, a WARC's non-pages


ReadResult = Article | Rejection


# --- entry point ----------------------------------------------------------------------------------------------
def read_paths(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Yield a result for every file named or found in the folders named, in a stable order."""
    for item in list_inputs(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_input(item)


def list_inputs(paths: Iterable[str | Path]) -> list[Path | str | Rejection]:
    """The files to read: those named, and those in the folders named (recursively, sorted, hidden ones left
    out). Files a folder holds that are not articles come back as skipped; missing paths as rejected."""
    out: list[Path | str | Rejection] = []
    for raw in paths:
        if isinstance(raw, str) and is_url(raw):
            try:
                check_url(raw)
                out.append(raw)  # fetched when read
            except InputError as e:
                out.append(Rejection(origin=raw, code=e.code, reason=str(e)))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if not is_supported(child):
                    out.append(
                        Rejection(
                            origin=str(child),
                            code=E_UNSUPPORTED,
                            skipped=True,
                            reason=f"not an article file ({child.suffix or 'no extension'})",
                        )
                    )
                else:
                    out.append(child)
        elif path.exists():
            out.append(path)
        else:
            out.append(Rejection(origin=str(path), code=E_NOT_FOUND, reason="no such file or folder"))
    return out


def read_input(item: Path | str) -> Iterator[ReadResult]:
    """The articles in one input: a file, or a URL (a feed, or a page)."""
    if isinstance(item, Path):
        yield from read_file(item)
        return
    try:
        data = fetch(item)
        if looks_like_feed(data):
            yield from _feed_results(data, item)
        else:
            yield _article_from_html(_decode(data), default_id=item, origin=item, url=item)
    except InputError as e:
        yield Rejection(origin=item, code=e.code, reason=str(e))


def _read_page(url: str) -> Article:
    return _article_from_html(_decode(fetch(url)), default_id=url, origin=url, url=url)


def _feed_results(data: bytes, origin: str) -> Iterator[ReadResult]:
    for result in parse_feed(data, origin, read_page=_read_page):
        if isinstance(result, InputError):
            yield Rejection(origin=origin, code=result.code, reason=str(result))
        else:
            yield result


def is_supported(path: Path) -> bool:
    return path.name.lower().endswith(SUPPORTED_SUFFIXES)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_file(path: Path) -> Iterator[ReadResult]:
    """The articles in one file (a ``.jsonl`` file, a feed or a WARC holds many), or why it could not be read."""
    if is_warc(path):
        from .warc import read_warc  # imported here: only WARC input pays for fastwarc

        yield from read_warc(path)
        return
    suffix = path.suffix.lower()
    origin = str(path)
    try:
        if not is_supported(path):
            raise InputError(
                f"unsupported file type {suffix or '(none)'}; whipcount reads " + ", ".join(SUPPORTED_SUFFIXES),
                code=E_UNSUPPORTED,
            )
        if suffix == ".jsonl":
            yield from _read_jsonl(path)
            return
        raw = path.read_bytes()
        if suffix in (".xml", ".rss", ".atom"):
            yield from _feed_results(raw, origin)
            return
        text = _decode(raw)
        if suffix == ".json":
            yield article_from_mapping(_load_json(text), default_id=path.stem, origin=origin)
        elif suffix in (".html", ".htm"):
            yield _article_from_html(text, default_id=path.stem, origin=origin)
        else:
            yield read_article_text(text, default_id=path.stem, origin=origin)
    except InputError as e:
        yield Rejection(origin=origin, code=e.code, reason=str(e))
    except OSError as e:
        yield Rejection(origin=origin, code=E_NOT_FOUND, reason=f"cannot read file: {e.strerror or e}")


def _decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty file", code=E_EMPTY)
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", code=E_BINARY)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})", code=E_ENCODING) from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- formats --------------------------------------------------------------------------------------------------
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def read_article_text(text: str, *, default_id: str, origin: str | None = None) -> Article:
    """Parse the ``.txt`` format: optional front matter between ``---`` lines, a title line, then the body."""
    meta: dict[str, Any] = {}
    if m := _FRONT_MATTER.match(text):
        for lineno, line in enumerate(m.group(1).splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise InputError(f"front matter line {lineno} is not 'key: value'", code=E_FIELD)
            meta[key.strip().lower()] = value.strip()
        text = text[m.end() :]
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError("no text after the front matter", code=E_NO_TEXT)
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    if not body.strip():
        raise InputError("no body text after the title line", code=E_NO_TEXT)
    meta.setdefault("title", title)
    meta["text"] = body
    return article_from_mapping(meta, default_id=default_id, origin=origin)


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}", code=E_JSON) from e


def _read_jsonl(path: Path) -> Iterator[ReadResult]:
    """One article a line, read a line at a time: a file of any size streams. A bad line is rejected alone."""
    with path.open("rb") as lines:
        head = lines.read(8192)
        if not head.strip():
            raise InputError("empty file", code=E_EMPTY)
        if b"\x00" in head:
            raise InputError("binary file, not text", code=E_BINARY)
        lines.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
        for lineno, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            origin = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                reason = f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})"
                yield Rejection(origin=origin, code=E_ENCODING, reason=reason)
                continue
            try:
                yield article_from_mapping(_load_json(line), default_id=f"{path.stem}:{lineno}", origin=origin)
            except InputError as e:
                yield Rejection(origin=origin, code=e.code, reason=str(e))


def _article_from_html(html: str, *, default_id: str, origin: str, url: str | None = None) -> Article:
    fields = html_fields(html)
    fields["url"] = fields["url"] or url
    return article_from_mapping(fields, default_id=default_id, origin=origin)


def html_fields(html: str) -> dict[str, Any]:
    """An HTML page's main text and metadata (title, published, url, source) as trafilatura reads them, as a
    mapping for ``article_from_mapping``; raises ``InputError`` (W105) when the page has no main text."""
    import trafilatura  # imported here: only HTML input pays for it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < _MIN_HTML_WORDS:
        # trafilatura falls back to whatever text a page has; a menu or a cookie line is not an article
        raise InputError("HTML page has no main text", code=E_NO_TEXT)
    return {
        "title": getattr(doc, "title", None) or "",
        "text": text,
        "published": getattr(doc, "date", None),
        "url": getattr(doc, "url", None),
        "source": getattr(doc, "sitename", None),
    }


def _optional_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"field {key!r} must be a string, not {type(value).__name__}", code=E_FIELD)
    return value.strip()


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError as e:
        raise InputError(f"published {value!r} is not a date (use YYYY-MM-DD)", code=E_FIELD) from e


# A line break inside a sentence: the line ends in a word or a comma and the next goes on in lower case.
# Or a long line (50 characters or more, as wrapped lines are) that stops without a full stop.
_SOFT_BREAK = re.compile(r"(?m)[\w,;][ \t]*\n[ \t]*[a-z]|^[^\n]{49,}[\w,;][ \t]*\n[ \t]*\S")
# A line that starts a new item even inside a paragraph: an interview's Q: and A:, a timestamp, a list bullet.
_NEW_ITEM = re.compile(r"[ \t]*\n(?=[ \t]*(?:[QA]:|\d{1,2}[:.]\d{2}\s*[—–-]|[-*•]\s))")


def _join_lines(text: str) -> str:
    text = re.sub(r"(?<=\w-)[ \t]*\n[ \t]*(?=\w)", "", text)  # a hyphenated word broken at its hyphen
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def unwrap(text: str) -> str:
    """Hard-wrapped text (plain-text archives wrap at 72 columns) with each paragraph joined into one line again:
    whipcount reads a line break as the end of a sentence, as it is in headlines, live blogs and interviews. A
    paragraph counts as wrapped when one of its line breaks falls inside a sentence (a word or comma, then lower
    case, or a long line that stops without a full stop); its other breaks are joined too, except before a Q:,
    an A:, a timestamp or a bullet. Paragraphs without such a break, and so line-based text, are left as they
    are."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    for k in range(0, len(blocks), 2):
        block = blocks[k]
        if _SOFT_BREAK.search(block):
            items = _NEW_ITEM.split(block)
            blocks[k] = "\n".join(_join_lines(item) for item in items)
    return "".join(blocks)


def article_from_mapping(raw: Any, *, default_id: str, origin: str | None) -> Article:
    if not isinstance(raw, dict):
        raise InputError(f"expected a JSON object, got {type(raw).__name__}", code=E_FIELD)
    text = raw.get("text")
    if not isinstance(text, str):
        raise InputError("missing 'text' field" if text is None else "field 'text' must be a string", code=E_FIELD)
    if not text.strip():
        raise InputError("article has no text", code=E_NO_TEXT)
    article_id = raw.get("id")
    if article_id is not None and not isinstance(article_id, str | int):
        raise InputError("field 'id' must be a string or a number", code=E_FIELD)
    return Article(
        id=str(article_id).strip() if article_id is not None and str(article_id).strip() else default_id,
        # NUL characters (a JSON "\u0000") carry nothing and PostgreSQL cannot store them: both ledgers keep the same
        title=(_optional_str(raw, "title") or "").replace("\x00", ""),
        text=unwrap(text.replace("\r\n", "\n").replace("\x00", "")),
        published=parse_published(_optional_str(raw, "published")),
        url=_optional_str(raw, "url"),
        source=_optional_str(raw, "source"),
        origin=origin,
    )
