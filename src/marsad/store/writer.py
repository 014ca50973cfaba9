"""The store's one write path.

Workers turn records into :class:`Prepared` rows with :func:`prepare` (pure computation: JSON,
normalised copies for full-text search, MinHash signature); a single :class:`StoreWriter`
executes them, one transaction per batch, so a run killed at any moment leaves every batch
either fully stored or not at all.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from ..record import Record
from ..text import normalize
from .db import connect
from .schema import migrate

#: actor ids that only make sense inside one record (``a1``, ``actor_3``, ``A2``, ``7``)
_LOCAL_ACTOR_ID = re.compile(r"(?:[a-z]{1,6}_?|[AE])?\d{1,4}")


def actor_key(actor: dict) -> str:
    """The store-wide key of an actor.

    Actor ids are used as they are when they look stable across articles (lexicon codes,
    Wikidata ids, ``RUS_putin``); ids that only number the actors of one record (``a1``) are
    replaced by ``name:<TYPE>:<normalised Arabic name>`` so the same person meets himself
    across articles.
    """
    aid = str(actor.get("id") or "")
    if aid and not _LOCAL_ACTOR_ID.fullmatch(aid):
        return aid
    name = actor.get("name_ar") or actor.get("name_en") or aid
    return f"name:{(actor.get('type') or '').upper()}:{' '.join(normalize(name).split())}"


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class Failure:
    """A document that could not be stored: where, at which stage, why."""

    location: str
    stage: str
    error: str
    doc_id: str | None = None


@dataclass
class Prepared:
    """Everything the writer inserts for one article (computed in a worker)."""

    id: str
    article: tuple          # url, outlet, location, published, language, title, n_chars, text_hash, record
    fts: tuple              # title, body, quotes: normalised copies
    sig: bytes | None
    actors: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    events: list = field(default_factory=list)


def prepare(record: Record | dict, location: str | None = None) -> Prepared:
    """The rows of one analysed record."""
    from ..dedup import event_day, minhash, text_hash, words

    rec = record.to_dict() if isinstance(record, Record) else record
    text = rec.get("text") or ""
    source = rec.get("source") or {}
    published = rec.get("published")
    if location is None:
        location = source.get("path") or source.get("url") or rec["id"]
        if source.get("line"):
            location = f"{location}:{source['line']}"
    local = {}
    actors = []
    entities = rec.get("entities") or []
    for a in rec.get("actors") or []:
        key = actor_key(a)
        local[str(a.get("id"))] = key
        actors.append([key, a.get("id"), a.get("name_ar"), a.get("name_en"), a.get("type"), a.get("country"),
                       a.get("sector"), len(a.get("mentions") or [])])
    merged: dict[str, list] = {}
    for row in actors:  # two local actors may share a store key: one row, mentions added
        if row[0] in merged:
            merged[row[0]][7] += row[7]
        else:
            merged[row[0]] = row
    mentions = [(i, e.get("text") or "", e.get("start"), e.get("end"), e.get("type"), local.get(str(e.get("actor"))))
                for i, e in enumerate(entities)]
    quotes = [(i, local.get(str(q.get("speaker"))), q.get("speaker_text"), local.get(str(q.get("addressee"))),
               q.get("cue"), q.get("kind"), q.get("text"), q.get("start"), q.get("end"), _scalar(q.get("channel")))
              for i, q in enumerate(rec.get("quotes") or [])]
    events = []
    for i, ev in enumerate(rec.get("events") or []):
        src = sorted({local.get(str(x), str(x)) for x in ev.get("source") or []})
        tgt = sorted({local.get(str(x), str(x)) for x in ev.get("target") or []})
        events.append((i, ev.get("type") or "", _scalar(ev.get("mode")), _scalar(ev.get("context")), ev.get("quad"),
                       _scalar(ev.get("cameo")), _scalar(ev.get("date")), event_day(_date_str(ev.get("date")), published),
                       1 if ev.get("negated") else 0, ev.get("modality") or "asserted", _scalar(ev.get("trigger")),
                       ev.get("sentence"), ev.get("start"), ev.get("end"),
                       json.dumps(src, ensure_ascii=False), json.dumps(tgt, ensure_ascii=False)))
    ws = words(text)
    title = rec.get("title")
    article = (source.get("url"), source.get("outlet"), location, published, rec.get("language"), title,
               len(text), text_hash(text), json.dumps(rec, ensure_ascii=False))
    fts = (normalize(title or ""), " ".join(ws), normalize("\n".join(q.get("text") or "" for q in rec.get("quotes") or [])))
    return Prepared(rec["id"], article, fts, minhash(text, word_list=ws), list(merged.values()), mentions, quotes, events)


def _date_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StoreWriter:
    """The single writer of a store file.  Use as a context manager."""

    def __init__(self, path: str, *, synchronous: str = "NORMAL"):
        self.path = str(path)
        self.conn = connect(self.path, readonly=False, synchronous=synchronous)
        migrate(self.conn)
        self.run_id: int | None = None

    # --- runs ----------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    def begin_run(self, engine: str, profile: str, inputs: Iterable[str]) -> int:
        with self._tx():
            cur = self.conn.execute("INSERT INTO runs(started, engine, profile, inputs) VALUES (?, ?, ?, ?)",
                                    (_now(), engine, profile, json.dumps(list(inputs), ensure_ascii=False)))
        self.run_id = cur.lastrowid
        return self.run_id

    def finish_run(self, n_new: int, n_skipped: int, n_failed: int, seconds: float) -> None:
        with self._tx():
            self.conn.execute("UPDATE runs SET finished = ?, n_new = ?, n_skipped = ?, n_failed = ?, seconds = ? "
                              "WHERE id = ?", (_now(), n_new, n_skipped, n_failed, round(seconds, 3), self.run_id))

    # --- writing -------------------------------------------------------------------------
    def write(self, items: Iterable[Prepared | Failure]) -> tuple[int, int, int]:
        """Store a batch in one transaction; returns ``(new, already stored, failures)``."""
        new = dup = failed = 0
        c = self.conn
        at = _now()
        with self._tx():
            for item in items:
                if isinstance(item, Failure):
                    failed += 1
                    c.execute("INSERT OR REPLACE INTO failures(location, stage, doc_id, error, run, at) "
                              "VALUES (?, ?, ?, ?, ?, ?)", (item.location, item.stage, item.doc_id, item.error, self.run_id, at))
                    continue
                cur = c.execute("INSERT OR IGNORE INTO articles(id, url, outlet, location, published, language, title, "
                                "n_chars, text_hash, record, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                (item.id, *item.article, self.run_id))
                if not cur.rowcount:
                    dup += 1
                    continue
                new += 1
                art = cur.lastrowid
                c.execute("INSERT INTO fts(rowid, title, body, quotes) VALUES (?, ?, ?, ?)", (art, *item.fts))
                if item.sig is not None:
                    c.execute("INSERT INTO article_minhash(article, sig) VALUES (?, ?)", (art, item.sig))
                c.executemany("INSERT INTO article_actors(article, actor, local_id, name_ar, name_en, type, country, "
                              "sector, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(art, *a) for a in item.actors])
                c.executemany('INSERT INTO mentions(article, idx, text, start, "end", type, actor) '
                              "VALUES (?, ?, ?, ?, ?, ?, ?)", [(art, *m) for m in item.mentions])
                c.executemany('INSERT INTO quotes(article, idx, speaker, speaker_text, addressee, cue, kind, text, start, '
                              '"end", channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [(art, *q) for q in item.quotes])
                for ev in item.events:
                    cur = c.execute('INSERT INTO events(article, idx, type, mode, context, quad, cameo, date, day, negated, '
                                    'modality, trigger, sentence, start, "end", sources, targets) '
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (art, *ev))
                    erow = cur.lastrowid
                    c.executemany("INSERT OR IGNORE INTO event_actors(event, role, actor) VALUES (?, ?, ?)",
                                  [(erow, "source", a) for a in json.loads(ev[14])]
                                  + [(erow, "target", a) for a in json.loads(ev[15])])
                c.execute("DELETE FROM failures WHERE doc_id = ? OR location = ?", (item.id, item.article[2]))
            if new:
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('derived_stale', '1')")
        return new, dup, failed

    def refresh_derived(self, force: bool = False) -> dict | None:
        """Rebuild duplicate groups, event clusters and actor totals if anything changed."""
        from .. import dedup

        stale = self.conn.execute("SELECT value FROM meta WHERE key = 'derived_stale'").fetchone()
        if not force and not (stale and stale[0] == "1"):
            return None
        t0 = time.perf_counter()
        with self._tx():
            info = dedup.refresh(self.conn)
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('derived_stale', '0')")
        info["seconds"] = round(time.perf_counter() - t0, 3)
        return info

    # --- plumbing ------------------------------------------------------------------------
    def _tx(self):
        return _Transaction(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
