"""Readers: turn files (or stdin) into fresh :class:`~marsad.record.Record` objects.

Supported inputs: ``.txt`` (raw scraped text), ``.html``/``.htm`` (main content through
trafilatura), ``.json`` (one article object), ``.jsonl``/``.jsonl.gz`` (one article per
line, the shape of the corpora rows) and ``-`` for stdin (JSON or text, sniffed).

Readers never raise for a bad document: they yield :class:`ReadError` items that name the
file, the line when there is one, and the problem, and go on with the rest.
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

from ..record import Record

#: one article larger than this is refused (a corpus file may be any size)
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

#: an HTML page whose main content has fewer words than this holds no article
MIN_HTML_WORDS = 8

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz"}


@dataclass
class ReadError:
    """A document that could not be read; ``location`` is ``path`` or ``path:line``."""

    location: str
    message: str
    stage: str = "read"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


Item = Union[Record, ReadError]


class InputError(ValueError):
    """Raised by :func:`decode_bytes` and friends with a one-line, human message."""


# --- dates -------------------------------------------------------------------------------

def normalize_published(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date/datetime, an RSS/RFC 2822 date or a ``date``; else None."""
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    s = str(value).strip()
    from datetime import date, datetime

    for cut in (s, s[:19], s[:10]):
        try:
            return datetime.fromisoformat(cut.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:  # last resort: dateparser knows many more shapes (and Arabic month names)
        import dateparser

        d = dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
        if d is not None and 1900 < d.year < 2200:
            return date(d.year, d.month, d.day).isoformat()
    except Exception:  # dateparser raises assorted errors on junk  # noqa: BLE001
        pass
    return None


# --- decoding ----------------------------------------------------------------------------

def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return False
    if b"\x00" in sample:
        # UTF-16 without BOM has NULs in every other byte of ASCII text
        even, odd = sample[0::2], sample[1::2]
        if even.count(0) > 0.3 * len(even) or odd.count(0) > 0.3 * len(odd):
            return False
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > 0.05 * len(sample)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode document bytes; returns ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16 (BOM or BOM-less by NUL pattern) and Windows-1256
    (the legacy Arabic code page) are detected; anything else raises :class:`InputError`.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"broken UTF-16 text ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192] and len(data) % 2 == 0:
        # UTF-16 without a BOM: accept it only if it decodes to printable text with letters
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            head = text[:2000]
            printable = sum(1 for c in head if c.isprintable() or c.isspace())
            letters = sum(1 for c in head if c.isalpha())
            if printable > 0.97 * len(head) and letters > 0.4 * len(head.replace(" ", "")):
                return text, enc
    if looks_binary(data) or b"\x00" in data[:8192]:
        raise InputError("binary data, not text (a text, HTML or JSON article was expected)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    from ..text import arabic_ratio

    if text and arabic_ratio(text[:5000]) > 0.5:
        return text, "cp1256"
    raise InputError(
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) and not "
        "recognisable Windows-1256 Arabic; re-encode the file as UTF-8"
    )


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


# --- article objects ---------------------------------------------------------------------

ARTICLE_FIELDS = ("text", "title", "published", "url", "outlet", "id", "author")


def record_from_text(text: str, *, raw_bytes: bytes | None = None, source: dict | None = None,
                     published: str | None = None, doc_id: str | None = None, fmt: str = "text",
                     title: str | None = None) -> Record:
    rec = Record(id=doc_id or sha1(raw_bytes if raw_bytes is not None else text.encode("utf-8")),
                 source=dict(source or {}), published=published)
    rec.raw = text
    rec.meta["format"] = fmt
    if title:
        rec.meta["title"] = title
    return rec


def record_from_object(obj: Any, *, raw_bytes: bytes, source: dict) -> Record:
    """A record from one article object (``text`` required; title/published/url/outlet/id/author)."""
    if not isinstance(obj, dict):
        raise InputError(f"an article must be a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("the article object has no 'text' string" if text is None
                         else f"'text' must be a string, got {type(text).__name__}")
    src = dict(source)
    for key in ("url", "outlet", "author", "category"):
        if obj.get(key):
            src[key] = obj[key]
    published = normalize_published(obj.get("published"))
    if obj.get("published") and published is None:
        src["published_raw"] = str(obj["published"])
    doc_id = obj.get("id")
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    return record_from_text(text, raw_bytes=raw_bytes, source=src, published=published,
                            doc_id=str(doc_id) if doc_id not in (None, "") else None, fmt="json", title=title)


def record_from_html(html: str, *, raw_bytes: bytes, source: dict) -> Record:
    """Main content of an HTML page through trafilatura, keeping the title, date and author."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      favor_precision=False, with_metadata=True)
    meta = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "") if meta else ""
    if len(text.split()) < MIN_HTML_WORDS:
        text = ""  # navigation crumbs, not an article
    src = dict(source)
    for key in ("url", "author", "sitename"):
        if meta.get(key):
            src["outlet" if key == "sitename" else key] = meta[key]
    rec = record_from_text(text, raw_bytes=raw_bytes, source=src,
                           published=normalize_published(meta.get("date")), fmt="html",
                           title=meta.get("title") or None)
    if not text.strip():
        rec.warnings.append("no article text found in the HTML page")
    return rec


# --- files -------------------------------------------------------------------------------

def _suffix(path: str) -> str:
    name = path.lower()
    for suf in sorted(JSONL_SUFFIXES, key=len, reverse=True):
        if name.endswith(suf):
            return suf
    return os.path.splitext(name)[1]


def read_path(path: str | os.PathLike, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Yield records (or :class:`ReadError`) for one path; ``-`` reads stdin."""
    path = str(path)
    if path == "-":
        yield from _read_stdin(max_bytes)
        return
    suffix = _suffix(path)
    p = Path(path)
    if not p.exists():
        yield ReadError(path, "no such file")
        return
    if p.is_dir():
        yield ReadError(path, "is a directory (give files, or use `marsad ingest` for directories)")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(p)
        return
    try:
        size = p.stat().st_size
        if size > max_bytes:
            yield ReadError(path, f"file too large for one article ({size / 1e6:.1f} MB > "
                                  f"{max_bytes / 1e6:.0f} MB limit; split it or use JSON lines)")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield ReadError(path, f"cannot read file ({exc.strerror or exc})")
        return
    yield _item_from_bytes(data, path, suffix)


def _item_from_bytes(data: bytes, location: str, suffix: str) -> Item:
    source = {"path": location} if location != "-" else {"path": "<stdin>"}
    try:
        if not data.strip():
            raise InputError("empty input (no text)")
        text, encoding = decode_bytes(data)
        if encoding not in ("utf-8", "utf-8-sig"):
            source["encoding"] = encoding
        if not text.strip(" \t\r\n\u00a0\u200b\ufeff"):
            raise InputError("empty input (only whitespace)")
        if suffix in JSON_SUFFIXES:
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
            return record_from_object(obj, raw_bytes=data, source=source)
        if suffix in HTML_SUFFIXES:
            return record_from_html(text, raw_bytes=data, source=source)
        return record_from_text(text, raw_bytes=data, source=source)
    except InputError as exc:
        return ReadError(location, str(exc))


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError("-", f"input too large for one article (> {max_bytes / 1e6:.0f} MB)")
        return
    head = data.lstrip()[:1]
    if head == b"{":
        lines = [ln for ln in data.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith(b"{") for ln in lines[:3]):
            yield from _iter_jsonl_lines(io.BytesIO(data), "-")
            return
        yield _item_from_bytes(data, "-", ".json")
    elif head == b"<":
        yield _item_from_bytes(data, "-", ".html")
    else:
        yield _item_from_bytes(data, "-", ".txt")


def _read_jsonl(p: Path) -> Iterator[Item]:
    try:
        fh = gzip.open(p, "rb") if str(p).lower().endswith(".gz") else open(p, "rb")
    except OSError as exc:
        yield ReadError(str(p), f"cannot read file ({exc.strerror or exc})")
        return
    with fh:
        yield from _iter_jsonl_lines(fh, str(p))


def _iter_jsonl_lines(fh, location: str) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{location}:{lineno}"
            try:
                line = raw.decode("utf-8")
                obj = json.loads(line)
            except UnicodeDecodeError:
                yield ReadError(where, "line is not valid UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            try:
                rec = record_from_object(obj, raw_bytes=raw.rstrip(b"\r\n"), source={"path": location, "line": lineno})
            except InputError as exc:
                yield ReadError(where, str(exc))
                continue
            if not rec.raw.strip():
                yield ReadError(where, "empty article text")
                continue
            yield rec
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadError(f"{location}:{lineno + 1}", f"corrupt or truncated file ({exc}); stopped reading it here")


def read_paths(paths: Iterable[str | os.PathLike], **kw) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, **kw)
