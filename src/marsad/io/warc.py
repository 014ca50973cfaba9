"""WARC input (``.warc``, ``.warc.gz``) through ``warcio`` (``pip install marsad[warc]``).

Each ``response`` (or ``resource``) record whose payload is HTML or plain text is one article;
its location is ``FILE@OFFSET`` (the record's byte offset), its id the sha1 of the payload, as
for a single HTML file.  A corrupt or truncated archive yields a :class:`ReadError` naming the
offset where reading stopped; what came before it is kept.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Iterator, Union

from .readers import MAX_ARTICLE_BYTES, ReadError, _item_from_bytes

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class WarcPayload:
    """The raw payload of one WARC record, not yet extracted."""

    location: str
    data: bytes
    url: str | None
    crawled: str | None
    suffix: str  # ".html" or ".txt"

    @property
    def id(self) -> str:
        return hashlib.sha1(self.data).hexdigest()


def is_warc(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _require_warcio():
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise ImportError("reading WARC files needs warcio: pip install 'marsad[warc]'") from None
    return ArchiveIterator


def iter_payloads(path: str | os.PathLike, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Union[WarcPayload, ReadError]]:
    """The HTML/text payloads of a WARC file, or :class:`ReadError` items."""
    ArchiveIterator = _require_warcio()
    path = str(path)
    offset = 0
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield ReadError(path, f"cannot read file ({exc.strerror or exc})")
        return
    with fh:
        try:
            it = ArchiveIterator(fh, arc2warc=True)
            for rec in it:
                offset = it.offset  # where this record starts (get_record_offset() would consume it)
                where = f"{path}@{offset}"
                if rec.rec_type not in ("response", "resource"):
                    continue
                if rec.rec_type == "response" and rec.http_headers is not None:
                    status = rec.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        continue
                    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                else:
                    ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
                if any(t in ctype for t in _HTML_TYPES):
                    suffix = ".html"
                elif "text/plain" in ctype:
                    suffix = ".txt"
                else:
                    continue
                data = rec.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield ReadError(where, f"record too large for one article (> {max_bytes / 1e6:.0f} MB)")
                    continue
                rec.raw_stream.read()
                if getattr(rec.raw_stream, "limit", 0):  # the file ended inside this record
                    yield ReadError(where, "truncated WARC record (the file ends inside it); stopped reading here")
                    return
                yield WarcPayload(where, data, rec.rec_headers.get_header("WARC-Target-URI"),
                                  rec.rec_headers.get_header("WARC-Date"), suffix)
        except Exception as exc:  # warcio raises assorted errors on corrupt archives  # noqa: BLE001
            yield ReadError(f"{path}@{offset}", f"corrupt or truncated WARC ({type(exc).__name__}: {exc}); "
                                                "stopped reading it here")
            return
    if path.lower().endswith(".gz") and not _gzip_complete(path):
        # warcio drops a record whose gzip member is cut short without a word
        yield ReadError(f"{path}@{offset}", "truncated gzip WARC: the last record(s) after this offset are incomplete")


def _gzip_complete(path: str) -> bool:
    """Whether every gzip member of ``path`` ends properly (a truncated download does not)."""
    import zlib

    with open(path, "rb") as fh:
        d = zlib.decompressobj(wbits=47)
        pending = b""
        while True:
            chunk = pending or fh.read(1 << 20)
            pending = b""
            if not chunk:
                return d.eof
            if d.eof:  # the previous member ended and more data follows: the next member
                d = zlib.decompressobj(wbits=47)
            try:
                d.decompress(chunk)
            except zlib.error:
                return False
            if d.eof:
                pending = d.unused_data


def record_from_payload(payload: WarcPayload):
    """A fresh record (or :class:`ReadError`) from one payload; HTML goes through trafilatura."""
    item = _item_from_bytes(payload.data, payload.location, payload.suffix)
    if isinstance(item, ReadError):
        return item
    if payload.url:
        item.source["url"] = payload.url
    if payload.crawled:
        item.source["crawled"] = payload.crawled
    item.source["path"] = payload.location
    return item


def read_warc(path: str | os.PathLike) -> Iterator:
    """Records and :class:`ReadError` items for every article in a WARC file."""
    for payload in iter_payloads(path):
        yield payload if isinstance(payload, ReadError) else record_from_payload(payload)
