"""RSS and Atom feeds, and fetching over HTTP(S) with time and size limits.

``fetch(url)`` refuses any scheme but http and https (redirects included), gives up after ``timeout`` seconds
and refuses bodies over ``max_bytes``. ``parse_feed(data)`` turns a feed into articles: each item's content, or,
when the feed carries only a short summary, the linked page's main text.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse
from xml.etree import ElementTree

from ..errors import E_FIELD, E_NO_TEXT, E_NOT_FOUND, E_UNSUPPORTED, InputError
from ..records import Article

USER_AGENT = "whipcount/0.1 (+https://github.com/whipcount)"
MAX_BYTES = 5_000_000
TIMEOUT = 15.0
_SHORT = 40  # words: a summary this short is not the article; the linked page is read instead
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def is_url(text: str) -> bool:
    return "://" in text


def check_url(url: str) -> None:
    scheme = urlparse(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"refusing {scheme or 'a'}: URL; whipcount fetches only http and https", code=E_UNSUPPORTED)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    check_url(url)
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as e:
        raise InputError(f"HTTP {e.code} fetching {url}", code=E_NOT_FOUND) from e
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise InputError(f"cannot fetch {url}: {getattr(e, 'reason', e)}", code=E_NOT_FOUND) from e
    if len(data) > max_bytes:
        raise InputError(f"{url} is larger than {max_bytes} bytes", code=E_UNSUPPORTED)
    return data


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _text(element: ElementTree.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        return " ".join(lxml.html.fromstring(html).text_content().split())
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", html).strip()


def _date(value: str) -> date | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_feed(
    data: bytes, origin: str, read_page: Callable[[str], Article] | None = None
) -> Iterator[Article | InputError]:
    """The articles in an RSS or Atom feed. ``read_page(url)`` reads a linked page when an item is too short."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise InputError(f"malformed feed: {e}", code=E_FIELD) from e
    channel_title = _text(root.find("channel/title")) or _text(root.find(f"{_ATOM}title"))
    items = root.findall("channel/item") or root.findall(f"{_ATOM}entry") or root.findall(".//item")
    for i, item in enumerate(items, start=1):
        title = _text(item.find("title")) or _text(item.find(f"{_ATOM}title"))
        link = _text(item.find("link"))
        atom_link = item.find(f"{_ATOM}link")
        if not link and atom_link is not None:
            link = atom_link.get("href", "")
        guid = _text(item.find("guid")) or _text(item.find(f"{_ATOM}id")) or link or f"{origin}#{i}"
        body = (
            _text(item.find(_CONTENT))
            or _text(item.find(f"{_ATOM}content"))
            or _text(item.find("description"))
            or _text(item.find(f"{_ATOM}summary"))
        )
        text = _html_to_text(body)
        published = _date(
            _text(item.find("pubDate")) or _text(item.find(f"{_ATOM}published")) or _text(item.find(f"{_ATOM}updated"))
        )
        if len(text.split()) < _SHORT and link and read_page is not None and is_url(link):
            try:
                page = read_page(link)
            except InputError as e:
                yield InputError(f"item {i} ({link}): {e}", code=e.code)
                continue
            text = page.text
            published = published or page.published
        if not text.strip():
            yield InputError(f"item {i} has no text", code=E_NO_TEXT)
            continue
        yield Article(
            id=guid,
            title=title,
            text=text,
            published=published,
            url=link or None,
            source=channel_title or None,
            origin=f"{origin}#{i}",
        )
