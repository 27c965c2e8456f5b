"""Read articles from WARC web archives (``.warc``, ``.warc.gz``, ``.warc.lz4``), such as Common Crawl's CC-NEWS.

An archive is streamed one record at a time and never held whole in memory (a CC-NEWS file is about 1 GB). A
``response`` record with a 2xx HTTP status and an HTML payload, or a ``resource`` record of HTML, is one page. Its
HTML goes through the same path as a ``.html`` file (trafilatura: title, text, published), and then

- ``url`` is the record's WARC-Target-URI, the address the page was fetched from;
- ``published`` is the date the page gives, else the day it was archived (WARC-Date);
- ``source`` is the URL's host;
- ``id`` is the WARC-Record-ID, which names the record for good: reading a file twice gives duplicates;
- ``origin`` is ``<file>#<n>``, the file's n-th record.

Other ``response``, ``resource`` and ``revisit`` records (not HTML, not 2xx) come back as skipped rejections, so
they are counted. ``warcinfo``, ``request`` and ``metadata`` records describe the crawl, not a page, and yield
nothing. A truncated or corrupt archive yields the articles read before the damage, then one rejection (W109)
for the rest of the file; from a ``.warc.gz`` those are the records whose gzip members were read to their end and
passed their CRC check (one member for the whole file: none before its end). A record whose data does not match
its WARC-Block-Digest is one rejection (W109) and the next record is read.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import gzip
import hashlib
import io
import re
import zlib
from collections import deque
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

from fastwarc.stream_io import Lz4Reader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from ..errors import E_ARCHIVE, E_EMPTY, E_ENCODING, E_NOT_FOUND, E_UNSUPPORTED, InputError
from .feeds import MAX_BYTES
from .readers import ReadResult, Rejection, article_from_mapping, html_fields

_GZIP_MAGIC = b"\x1f\x8b"
_LZ4_MAGIC = b"\x04\x22\x4d\x18"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = WarcRecordType.response | WarcRecordType.resource
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# Labels that browsers read as windows-1252 (WHATWG Encoding): pages that say latin-1 mean it
_AS_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii"})


class _Damaged(Exception):
    """The archive cannot be read past this point."""


class _GzipMembers:
    """A gzip stream decompressed one member at a time, which ends at the first truncated or corrupt byte and
    keeps the error for later (fastwarc reads ahead, so an error raised at once would lose the records read before
    the damage too). ``verified`` counts the bytes given out from members read to their end whose CRC and length
    were checked; a read never gives out bytes of two members, so fastwarc has no bytes of a member before it
    needs them."""

    _CHUNK = 1 << 16

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._member: zlib._Decompress | None = None
        self._unread = b""  # compressed bytes read from the file and not yet decompressed
        self._at_end = False
        self.given = 0
        self.verified = 0
        self.error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None or self._at_end:
            return b""
        try:
            return self._next_bytes(size if size > 0 else self._CHUNK)
        except (EOFError, OSError, zlib.error) as e:
            self.error = e
            return b""

    def _next_bytes(self, size: int) -> bytes:
        while True:
            if self._member is None:
                self._unread = self._unread.lstrip(b"\0")  # zero padding between members, as gzip allows
                while not self._unread:
                    chunk = self._raw.read(self._CHUNK)
                    if not chunk:
                        self._at_end = True
                        return b""
                    self._unread = chunk.lstrip(b"\0")
                self._member = zlib.decompressobj(wbits=31)  # a gzip header and trailer, CRC and length checked
            member = self._member
            if not self._unread:
                self._unread = self._raw.read(self._CHUNK)
                if not self._unread:
                    raise EOFError("the gzip data ends early")
            try:
                data = member.decompress(self._unread, size)
            except zlib.error as e:
                raise _gzip_error(e) from e
            self.given += len(data)
            if member.eof:
                self._unread = member.unused_data
                self._member = None
                self.verified = self.given
            else:
                self._unread = member.unconsumed_tail
            if data:
                return data

    def verify_to(self, position: int) -> None:
        """Read on (giving nothing out) until the member holding the byte before ``position`` has been checked."""
        while self.verified < position and self.error is None and not self._at_end:
            self.read()

    def tell(self) -> int:
        return self.given

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) not in ((self.given, 0), (0, 1)):  # fastwarc only reads on
            raise io.UnsupportedOperation("a gzip archive is read forward only")
        return self.given

    def close(self) -> None:
        self._raw.close()


def _gzip_error(error: zlib.error) -> OSError:
    message = str(error).rpartition(": ")[2]
    named = {"incorrect data check": "CRC check failed", "incorrect length check": "length check failed"}
    return gzip.BadGzipFile(named.get(message, message))


def read_warc(path: Path) -> Iterator[ReadResult]:
    """A result for each page record in a WARC file, read as it streams; see the module docstring."""
    try:
        with path.open("rb") as raw:
            yield from _read_archive(raw, path)
    except OSError as e:
        yield Rejection(origin=str(path), code=E_NOT_FOUND, reason=f"cannot read file: {e.strerror or e}")


def _read_archive(raw: BinaryIO, path: Path) -> Iterator[ReadResult]:
    magic = raw.read(4)
    raw.seek(0)
    stream: _GzipMembers | Lz4Reader | BinaryIO
    if magic.startswith(_GZIP_MAGIC):
        stream = _GzipMembers(raw)
    elif magic == _LZ4_MAGIC:
        stream = Lz4Reader(raw)
    else:
        stream = raw
    records = trusted = pages = 0
    # From a gzip archive a record's result is given out once the members holding it have been read to their end
    # and their CRC checked, so a record garbled inside a member that turns out corrupt is never read as an
    # article. Each waits with the count of bytes given out once its header and block had been read: fastwarc reads
    # no further than it needs and a read never spans two members, so that count ends in the member where the
    # record's block ends (or at that member's end). Whole-file gzip: every result waits for the end of the file.
    waiting: deque[tuple[int, ReadResult | None]] = deque()
    # From an LZ4 archive, a record's result is given out once the next record begins, its frame then checked.
    held: ReadResult | None = None
    damage: BaseException | None = None

    def checked(verified: int) -> Iterator[ReadResult]:
        nonlocal trusted
        while waiting and waiting[0][0] <= verified:
            trusted += 1
            result = waiting.popleft()[1]
            if result is not None:
                yield result

    try:
        for records, record in enumerate(ArchiveIterator(stream, parse_http=False, stream_detect=False), start=1):
            if isinstance(stream, _GzipMembers):
                yield from checked(stream.verified)
            else:
                if held is not None:
                    yield held
                    held = None
                trusted = records - 1
            result = _read_record(record, origin=f"{path}#{records}", fallback_id=f"{path.name}#{records}")
            pages += result is not None
            if isinstance(stream, _GzipMembers):
                waiting.append((stream.given, result))
                yield from checked(stream.verified)
            elif stream is not raw:
                held = result
            else:
                trusted = records
                if result is not None:
                    yield result
    except (_Damaged, OSError) as e:
        damage = e
    except BaseException as e:  # fastwarc (Rust) panics on some corrupt LZ4 data; anything else goes on up
        if type(e).__name__ != "PanicException":
            raise
        damage = e
    if isinstance(stream, _GzipMembers):
        if waiting:
            stream.verify_to(waiting[-1][0])  # fastwarc may stop before the end of the last member it read
        yield from checked(stream.verified)
        if stream.error is not None:
            damage = stream.error  # the cause; fastwarc saw only the stream end early
    if damage is not None:
        read = f"after {trusted} whole records" if trusted else "before the first whole record"
        yield _rejection(
            str(path), E_ARCHIVE, f"archive is truncated or corrupt {read} ({_describe(damage)}); the rest is not read"
        )
        return
    if held is not None:
        yield held
    if records == 0:
        yield Rejection(origin=str(path), code=E_EMPTY, reason="no WARC records in this file")
    elif pages == 0:
        yield Rejection(
            origin=str(path), code=E_UNSUPPORTED, skipped=True, reason=f"none of its {records} WARC records is a page"
        )


def _describe(error: BaseException) -> str:
    if isinstance(error, EOFError):
        return "the gzip data ends early"
    if isinstance(error, gzip.BadGzipFile | zlib.error):
        return f"bad gzip data: {error}"
    if not isinstance(error, Exception):
        return f"unreadable data: {error}"  # a panic in fastwarc
    return str(error) or type(error).__name__


def _rejection(origin: str, code: str, reason: str, *, skipped: bool = False) -> Rejection:
    # One line, always: a corrupt archive can put anything, line breaks included, into a header we quote
    return Rejection(origin=origin, code=code, reason=" ".join(reason.split()), skipped=skipped)


def _read_record(record: WarcRecord, *, origin: str, fallback_id: str) -> ReadResult | None:
    """The page in one record, or why it is not one; None for records that are not about a page at all."""
    declared = _declared_length(record)
    kind = record.record_type
    url = (record.headers.get("WARC-Target-URI") or "").strip("<> ") or None
    if url is not None and len(url.split()) > 1:
        url = None  # not a URL: a damaged header
    where = f"{url}: " if url else ""
    if kind == WarcRecordType.revisit:
        _skip_block(record, declared)
        return _rejection(origin, E_UNSUPPORTED, f"{where}revisit record, a repeat of a capture", skipped=True)
    if not kind & _PAGE_RECORDS:
        _skip_block(record, declared)
        return None
    if declared > MAX_BYTES:
        _skip_block(record, declared)
        return _rejection(origin, E_UNSUPPORTED, f"{where}record of {declared} bytes is over {MAX_BYTES}")
    block = record.reader.read()
    if len(block) < declared:
        raise _Damaged(f"record {origin.rpartition('#')[2]} has {len(block)} of its {declared} bytes")
    if not _digest_matches(block, record.headers.get("WARC-Block-Digest")):
        # the record is garbled (an uncompressed or LZ4 archive has no checksum of its own); the next may be whole
        return _rejection(origin, E_ARCHIVE, f"{where}the record's data does not match its WARC-Block-Digest")
    content_type = record.headers.get("Content-Type") or ""
    status: int | None = 200
    if kind == WarcRecordType.response and content_type.lower().startswith("application/http"):
        try:
            status, content_type, charset, payload = _http_payload(block)
        except OSError as e:
            return _rejection(origin, E_ENCODING, f"{where}cannot decode the HTTP payload: {e}")
    else:
        charset, payload = _charset(content_type), block
    if status is None or not 200 <= status < 300:
        reason = f"HTTP status {status}, not a page" if status else "no HTTP status line"
        return _rejection(origin, E_NOT_FOUND, where + reason, skipped=True)
    media_type = content_type.split(";")[0].strip().lower()
    if media_type not in _HTML_TYPES and (media_type or not _looks_like_html(payload)):
        return _rejection(origin, E_UNSUPPORTED, f"{where}not HTML ({media_type or 'no type'})", skipped=True)
    if not payload.strip():
        return _rejection(origin, E_EMPTY, f"{where}empty page")
    try:
        fields = html_fields(_decode_html(payload, charset))
        host = urlparse(url).hostname if url else None
        fields["url"] = url or fields["url"]
        fields["source"] = host or fields["source"]
        fields["published"] = fields["published"] or _archived_on(record)
        record_id = (record.record_id or "").strip("<> ") or fallback_id
        return article_from_mapping(fields, default_id=record_id, origin=origin)
    except InputError as e:
        return _rejection(origin, e.code, f"{where}{e}")


def _declared_length(record: WarcRecord) -> int:
    value = record.headers.get("Content-Length")
    try:
        length = int(value or "")
    except ValueError:
        length = -1
    if length < 0:
        raise _Damaged(f"a record without a valid Content-Length ({value!r})")
    return length


def _digest_matches(block: bytes, digest: str | None) -> bool:
    """True unless the record names a digest of its block that the block does not have. WARC digests are
    ``algorithm:value``, the value in base32 (Common Crawl, Heritrix) or hex; unknown algorithms are not checked."""
    algorithm, _, expected = (digest or "").strip().partition(":")
    algorithm = algorithm.lower().replace("-", "")
    if not expected or algorithm not in ("sha1", "sha256", "sha512", "md5"):
        return True
    actual = hashlib.new(algorithm, block).digest()
    try:
        if len(expected) == 2 * len(actual):
            named = bytes.fromhex(expected)
        else:
            named = base64.b32decode(expected.upper() + "=" * (-len(expected) % 8))
    except (binascii.Error, ValueError):
        return True  # a digest we cannot read is not evidence of damage
    return named == actual


def _skip_block(record: WarcRecord, declared: int) -> None:
    skipped = record.reader.consume()
    if skipped < declared:
        raise _Damaged(f"a record has {skipped} of its {declared} bytes")


def _http_payload(block: bytes) -> tuple[int | None, str, str | None, bytes]:
    """Status, content type, charset and payload of an HTTP response, with chunked transfer and gzip, deflate or
    brotli content encodings undone."""
    http = WarcRecord()
    http.init_headers(WarcRecordType.response)
    http.set_bytes_content(block)
    http.is_http = True
    http.parse_http(auto_decode="all")
    return http.http_headers.status_code, http.http_content_type or "", http.http_charset, http.reader.read()


def _charset(content_type: str) -> str | None:
    _, _, params = content_type.partition(";")
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _looks_like_html(payload: bytes) -> bool:
    return payload[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html"))


def _decode_html(payload: bytes, declared: str | None) -> str:
    """The page as text: in the charset the HTTP header or a <meta> tag declares, else UTF-8, else windows-1252
    (which reads any byte) - web archives hold many pages that are not UTF-8, or are mislabelled."""
    meta = _META_CHARSET.search(payload[:4096])
    for label in (declared, meta.group(1).decode("ascii") if meta else None, "utf-8"):
        if not label:
            continue
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue
        try:
            text = payload.decode("cp1252" if name in _AS_WINDOWS_1252 else name)
        except UnicodeDecodeError:
            continue
        return text.removeprefix("\ufeff")
    return payload.decode("cp1252", errors="replace")


def _archived_on(record: WarcRecord) -> str | None:
    value = record.headers.get("WARC-Date") or ""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None  # a page read from an archive with a malformed date has no published date, not an error
