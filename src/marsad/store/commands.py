"""Query commands over a store: ``search``, ``events``, ``actors``, ``stats``, ``export``.

Each takes ``--db`` (default ``$MARSAD_DB`` or ``marsad.db``) and ``--json`` (a JSON array or
object on stdout); otherwise a table with Arabic cells isolated right-to-left.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata

from ..cli import register_command, rtl


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("MARSAD_DB", "marsad.db"),
                   help="store file (default: $MARSAD_DB or marsad.db)")


def _json_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON on stdout instead of a table")


def _open(args):
    from . import StoreError, open_store

    try:
        return open_store(args.db)
    except StoreError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return None


def _dump(value) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


# --- tables ---------------------------------------------------------------------------------

def _width(s: str) -> int:
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Cf") else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def _is_rtl(s: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("AL", "R") for c in s)


def _fit(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    if _width(s) > n:
        out, w = [], 0
        for c in s:
            cw = _width(c)
            if w + cw > n - 1:
                break
            out.append(c)
            w += cw
        s = "".join(out) + "…"
    return s


def table(headers: list[str], rows: list[list], max_width: int = 48) -> str:
    """A plain-text table; Arabic cells are wrapped in right-to-left isolates, padded outside."""
    cells = [[_fit("" if v is None else v, max_width) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values):
        parts = []
        for v, w in zip(values, widths):
            pad = " " * (w - _width(v))
            parts.append((rtl(v) + pad) if _is_rtl(v) else (v + pad))
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out)


def _name(a: dict | None) -> str:
    if not a:
        return ""
    return a.get("name_ar") or a.get("name_en") or a.get("id") or ""


# --- search ---------------------------------------------------------------------------------

def _add_search(p):
    p.add_argument("query", nargs="+", help='words (all must match), "a phrase", prefix*, a OR b, -exclude')
    _db_arg(p)
    _json_arg(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--outlet")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD")
    p.add_argument("--exact", action="store_true", help="no clitic expansion (و ب ل ف ك ال)")
    p.add_argument("--collapse", action="store_true", help="one result per group of duplicate articles")


def _run_search(args) -> int:
    from .search import QueryError, mark

    st = _open(args)
    if st is None:
        return 2
    query = " ".join(args.query)
    with st:
        try:
            results = st.search(query, args.limit, args.offset, outlet=args.outlet, since=args.since,
                                until=args.until, exact=args.exact, collapse_duplicates=args.collapse)
        except QueryError as exc:
            print(f"marsad: error: {exc}", file=sys.stderr)
            return 2
    if args.json:
        _dump(results)
        return 0
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    on, off = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
    if not results:
        print("no results", file=sys.stderr)
        return 0
    for n, r in enumerate(results, 1 + args.offset):
        dup = f"  +{r['duplicates']} copies" if r["duplicates"] else ""
        print(f"{n:>3}. {r['published'] or '?'}  {r['outlet'] or ''}  {r['id']}  score={r['score']:.2f}{dup}")
        if r["title"]:
            print("     " + rtl(mark({"text": r["title"], "highlights": r["title_highlights"]}, on, off)))
        print("     " + rtl(" ".join(mark(r["snippet"], on, off).split())))
        print()
    return 0


# --- events ---------------------------------------------------------------------------------

def _add_events(p):
    _db_arg(p)
    _json_arg(p)
    p.add_argument("--actor", help="actor id or name (Arabic or English; substring)")
    p.add_argument("--type", help="PLOVER type(s), comma separated")
    p.add_argument("--country", metavar="ISO3", help="an actor of the event has this country code")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD")
    p.add_argument("--quad", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)


def _run_events(args) -> int:
    st = _open(args)
    if st is None:
        return 2
    with st:
        rows = st.events(actor=args.actor, type=args.type, country=args.country, since=args.since,
                         until=args.until, quad=args.quad, limit=args.limit, offset=args.offset)
    if args.json:
        _dump(rows)
        return 0
    if not rows:
        print("no events", file=sys.stderr)
        return 0
    print(table(["date", "type", "source", "target", "quad", "articles", "outlets", "trigger"],
                [[r["date"] or "?", r["type"] + (" (NOT)" if r["negated"] else ""),
                  "، ".join(_name(a) for a in r["sources"]), "، ".join(_name(a) for a in r["targets"]),
                  r["quad"] or "", r["n_articles"], r["n_outlets"],
                  (r["articles"][0]["trigger"] if r["articles"] else "") or ""] for r in rows], max_width=32))
    return 0


# --- actors ---------------------------------------------------------------------------------

def _add_actors(p):
    _db_arg(p)
    _json_arg(p)
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--country", metavar="ISO3")
    p.add_argument("--type", help="PER, ORG, LOC, ...")
    p.add_argument("--order", choices=("articles", "events", "quotes", "mentions"), default="articles")


def _run_actors(args) -> int:
    st = _open(args)
    if st is None:
        return 2
    with st:
        rows = st.actors(args.top, country=args.country.upper() if args.country else None, type=args.type,
                         order=args.order)
    if args.json:
        _dump(rows)
        return 0
    if not rows:
        print("no actors stored (the pipeline has no actor stage yet, or nothing was ingested)", file=sys.stderr)
        return 0
    print(table(["actor", "name_en", "type", "country", "sector", "articles", "events", "quotes"],
                [[r["name_ar"] or r["id"], r["name_en"], r["type"], r["country"], r["sector"], r["n_articles"],
                  r["n_events"], r["n_quotes"]] for r in rows]))
    return 0


# --- stats ----------------------------------------------------------------------------------

def _add_stats(p):
    _db_arg(p)
    _json_arg(p)
    p.add_argument("--failures", action="store_true", help="list the recorded per-document failures")
    p.add_argument("--limit", type=int, default=100, help="with --failures: how many")


def _run_stats(args) -> int:
    st = _open(args)
    if st is None:
        return 2
    with st:
        if args.failures:
            rows = st.failures(args.limit)
            if args.json:
                _dump(rows)
            else:
                print(table(["location", "stage", "error"], [[r["location"], r["stage"], r["error"]] for r in rows],
                            max_width=90))
            return 0
        s = st.stats()
    if args.json:
        _dump(s)
        return 0
    rows = [
        ["articles stored", s["articles"]],
        ["unique articles (after deduplication)", s["unique_articles"]],
        ["duplicate groups", s["duplicate_groups"]],
        ["duplicates (exact / near)", f"{s['duplicates']} ({s['exact_duplicates']} / {s['near_duplicates']})"],
        ["event reports (in articles)", s["event_reports"]],
        ["events (clusters across articles)", s["events"]],
        ["actors", s["actors"]],
        ["entity mentions", s["entity_mentions"]],
        ["quotes", s["quotes"]],
        ["failures", ", ".join(f"{k} {v}" for k, v in s["failures_by_stage"].items()) or "0"],
        ["published", f"{s['first_published'] or '?'} .. {s['last_published'] or '?'}"],
        ["outlets", len(s["outlets"])],
        ["schema version", s["schema_version"]],
    ]
    if s["derived_stale"]:
        rows.append(["note", "duplicates/clusters are out of date: rerun marsad ingest"])
    print(table(["store", "count"], rows, max_width=60))
    if s["events_by_type"]:
        print()
        print(table(["event type", "events"], [[k, v] for k, v in s["events_by_type"].items()]))
    return 0


# --- export ---------------------------------------------------------------------------------

def _add_export(p):
    _db_arg(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--what", choices=("records", "events", "quotes", "actors"), default="records")
    p.add_argument("--out", metavar="FILE", help="output file (default: stdout; required for parquet)")


def _run_export(args) -> int:
    from ..io import writers as w

    if args.format == "parquet" and not args.out:
        print("marsad: error: --format parquet needs --out FILE", file=sys.stderr)
        return 2
    st = _open(args)
    if st is None:
        return 2
    with st:
        if args.what == "records":
            rows, columns = st.iter_records(), w.RECORD_FIELDS
            if args.format != "jsonl":
                rows = (w.record_row(r) for r in rows)
        elif args.what == "events":
            rows, columns = (w.event_row(e) for e in st.iter_events()), w.EVENT_FIELDS
        elif args.what == "quotes":
            rows, columns = (w.quote_row(q) for q in st.quotes(limit=None)), w.QUOTE_FIELDS
        else:
            rows, columns = st.actors(None), w.ACTOR_FIELDS
        try:
            if args.format == "parquet":
                n = w.write_parquet(rows, args.out, columns)
            else:
                fh = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
                try:
                    n = w.write_jsonl(rows, fh) if args.format == "jsonl" else w.write_csv(rows, fh, columns)
                finally:
                    if args.out:
                        fh.close()
        except w.MissingDependency as exc:
            print(f"marsad: error: {exc}", file=sys.stderr)
            return 2
    print(f"marsad: exported {n} {args.what} ({args.format}){' to ' + args.out if args.out else ''}", file=sys.stderr)
    return 0


register_command("search", "full-text search of a store (Arabic-normalised, ranked, with snippets)", _add_search, _run_search)
register_command("events", "event clusters in a store, filtered by actor, type, country and dates", _add_events, _run_events)
register_command("actors", "the most reported actors in a store", _add_actors, _run_actors)
register_command("stats", "counts of a store: articles, duplicates, events, actors, failures", _add_stats, _run_stats)
register_command("export", "export records, events, quotes or actors as JSON lines, CSV or Parquet", _add_export, _run_export)
