"""Writers: rows to JSON lines, CSV or Parquet, and the event export shapes.

Events are exported one row per event cluster (an event, not each article's report of it)
with the PLOVER JSON fields (``id, date, actor, recipient, event, mode, context, quad_code,
cite_info``) followed by GDELT-style columns (``Actor1Code`` ... ``SourceURL``).  The columns
are documented in ``docs/store.md``.  Parquet needs pyarrow (``pip install 'marsad[parquet]'``).
"""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable, Iterator

FORMATS = ("jsonl", "csv", "parquet")

PLOVER_FIELDS = ["id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "cite_info"]
GDELT_FIELDS = [
    "GlobalEventID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "IsNegated", "Modality", "NumMentions", "NumSources", "NumArticles",
    "SourceURL",
]
EVENT_FIELDS = PLOVER_FIELDS + GDELT_FIELDS

RECORD_FIELDS = ["id", "url", "outlet", "published", "language", "title", "text", "n_entities", "n_actors",
                 "n_quotes", "n_events", "warnings"]
QUOTE_FIELDS = ["article", "published", "outlet", "url", "speaker_id", "speaker_name_ar", "speaker_name_en",
                "speaker_text", "addressee", "cue", "kind", "text", "start", "end", "channel"]
ACTOR_FIELDS = ["id", "name_ar", "name_en", "type", "country", "sector", "n_articles", "n_mentions", "n_events",
                "n_quotes", "first_seen", "last_seen"]


class MissingDependency(ImportError):
    """An optional dependency for the chosen format is not installed."""


# --- shapes ---------------------------------------------------------------------------------

def _actor_name(a: dict) -> str | None:
    return a.get("name_en") or a.get("name_ar") or a.get("id")


def _actor_code(a: dict) -> str | None:
    code = (a.get("country") or "") + (a.get("sector") or "")
    return code or None


def plover_event(ev: dict) -> dict:
    """The PLOVER JSON object of an event cluster (as :meth:`marsad.store.Store.events` returns)."""
    return {
        "id": ev["id"],
        "date": ev["date"],
        "actor": "; ".join(filter(None, (_actor_name(a) for a in ev["sources"]))) or None,
        "recipient": "; ".join(filter(None, (_actor_name(a) for a in ev["targets"]))) or None,
        "event": ev["type"],
        "mode": ev["mode"],
        "context": ev["context"],
        "quad_code": ev["quad"],
        "cite_info": [{"id": r["id"], "url": r["url"], "outlet": r["outlet"], "published": r["published"],
                       "title": r["title"], "trigger": r["trigger"]} for r in ev["articles"]],
    }


def gdelt_columns(ev: dict) -> dict:
    """GDELT-style columns of an event cluster (first source actor = Actor1, first target = Actor2)."""
    a1 = ev["sources"][0] if ev["sources"] else {}
    a2 = ev["targets"][0] if ev["targets"] else {}
    cameo = ev.get("cameo") or None
    first_url = next((r["url"] for r in ev["articles"] if r.get("url")), None)
    return {
        "GlobalEventID": ev["id"],
        "SQLDATE": ev["date"].replace("-", "") if ev["date"] else None,
        "Actor1Code": _actor_code(a1), "Actor1Name": _actor_name(a1) if a1 else None,
        "Actor1CountryCode": a1.get("country"), "Actor1Type1Code": a1.get("sector"),
        "Actor2Code": _actor_code(a2), "Actor2Name": _actor_name(a2) if a2 else None,
        "Actor2CountryCode": a2.get("country"), "Actor2Type1Code": a2.get("sector"),
        "EventCode": cameo, "EventBaseCode": cameo[:3] if cameo else None, "EventRootCode": cameo[:2] if cameo else None,
        "QuadClass": ev["quad"], "IsNegated": int(bool(ev["negated"])), "Modality": ev["modality"],
        "NumMentions": ev["n_reports"], "NumSources": ev["n_outlets"], "NumArticles": ev["n_articles"],
        "SourceURL": first_url,
    }


def event_row(ev: dict) -> dict:
    """PLOVER fields then GDELT columns, one flat object."""
    return {**plover_event(ev), **gdelt_columns(ev)}


def record_row(rec: dict) -> dict:
    src = rec.get("source") or {}
    return {"id": rec["id"], "url": src.get("url"), "outlet": src.get("outlet"), "published": rec.get("published"),
            "language": rec.get("language"), "title": rec.get("title"), "text": rec.get("text"),
            "n_entities": len(rec.get("entities") or []), "n_actors": len(rec.get("actors") or []),
            "n_quotes": len(rec.get("quotes") or []), "n_events": len(rec.get("events") or []),
            "warnings": "; ".join(rec.get("warnings") or [])}


def quote_row(q: dict) -> dict:
    sp = q.get("speaker") or {}
    return {"article": q["article"], "published": q["published"], "outlet": q["outlet"], "url": q["url"],
            "speaker_id": sp.get("id"), "speaker_name_ar": sp.get("name_ar"), "speaker_name_en": sp.get("name_en"),
            "speaker_text": q["speaker_text"], "addressee": q["addressee"], "cue": q["cue"], "kind": q["kind"],
            "text": q["text"], "start": q["start"], "end": q["end"], "channel": q["channel"]}


# --- formats --------------------------------------------------------------------------------

def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_jsonl(rows: Iterable[dict], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict], fh: IO[str], columns: list[str]) -> int:
    """CSV with a header; lists and objects as JSON text.  Open ``fh`` with ``newline=""``."""
    w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for row in rows:
        w.writerow({k: _cell(row.get(k)) for k in columns})
        n += 1
    return n


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependency("Parquet export needs pyarrow: pip install 'marsad[parquet]'") from None
    return pa, pq


def write_parquet(rows: Iterable[dict], path: str, columns: list[str], batch_rows: int = 10_000) -> int:
    """Parquet (all columns as inferred by pyarrow; lists and objects as JSON text)."""
    pa, pq = _pyarrow()
    writer = None
    n = 0
    try:
        for chunk in _chunks(rows, batch_rows):
            table = pa.Table.from_pylist([{k: _cell(r.get(k)) for k in columns} for r in chunk])
            if writer is None:
                schema = pa.schema([(f.name, pa.string() if pa.types.is_null(f.type) else f.type)
                                    for f in table.schema])
                writer = pq.ParquetWriter(path, schema)
            writer.write_table(table.cast(writer.schema))
            n += len(chunk)
        if writer is None:
            pq.write_table(pa.table({k: pa.array([], pa.string()) for k in columns}), path)
    finally:
        if writer is not None:
            writer.close()
    return n


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list]:
    chunk: list = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
