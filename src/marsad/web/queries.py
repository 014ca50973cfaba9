"""The dashboard's read-only queries: what :class:`marsad.store.Store` does not offer itself.

Everything here reads the store's tables through the store's own (read-only) connection:
search with event-type and actor filters (and browsing without a query), event reports with
their sentences, actor timelines and the actor-to-actor interaction network.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable, Sequence

from ..record import PLOVER_TYPES
from ..store import search as fts
from ..store.api import Store

DATE_RX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_NAMES_AR = {1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي"}


class BadRequest(ValueError):
    """A request parameter is invalid; the message says which and why (HTTP 400)."""


def _in(values: Sequence) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


# --- parameter checks ---------------------------------------------------------------------

def check_date(name: str, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if not DATE_RX.fullmatch(value):
        raise BadRequest(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return value


def check_until(value: str | None) -> str | None:
    """An inclusive upper bound: ``2021-06`` means up to the end of June."""
    value = check_date("until", value)
    if value and len(value) < 10:
        value += "-99" if len(value) == 7 else "-99-99"
    return value


def check_types(value: str | None) -> list[str]:
    if not value:
        return []
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise BadRequest(f"unknown event type {', '.join(bad)}; choose from {', '.join(PLOVER_TYPES)}")
    return types


def check_quad(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        q = int(value)
    except (TypeError, ValueError):
        q = 0
    if q not in QUAD_NAMES:
        raise BadRequest(f"quad must be 1, 2, 3 or 4 (verbal/material cooperation, verbal/material conflict), not {value!r}")
    return q


def check_int(name: str, value: Any, default: int, lo: int, hi: int) -> int:
    if value in (None, ""):
        return default
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise BadRequest(f"{name} must be a whole number, not {value!r}") from None
    if not lo <= n <= hi:
        raise BadRequest(f"{name} must be between {lo} and {hi}, not {n}")
    return n


def check_choice(name: str, value: str | None, choices: Sequence[str], default: str) -> str:
    if value in (None, ""):
        return default
    if value not in choices:
        raise BadRequest(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


# --- articles -----------------------------------------------------------------------------

def outlets(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet")]


def search_articles(store: Store, q: str | None, *, outlet: str | None = None, since: str | None = None,
                    until: str | None = None, types: list[str] | None = None, actor: str | None = None,
                    limit: int = 20, offset: int = 0, snippet_width: int = 260) -> dict:
    """Articles matching the query and filters (best first), or the newest when ``q`` is empty.

    ``{total, results: [{id, title, outlet, published, url, score, snippet{text, highlights},
    title_highlights}]}``; highlights are ``[start, end)`` pairs into the snippet / title.

    With a query, the full-text index is read once (every match with its bm25 score), the
    event-type and actor filters probe primary keys per match, and outlet/date filters are a
    set read from their covering index: the fat ``articles`` rows (the record JSON lives there)
    are only read for the page of results.
    """
    q = (q or "").strip()
    ids = None
    if actor:
        ids = store.resolve_actor(actor)
        if not ids:
            return {"total": 0, "results": []}
    art_where, art_params = [], []
    for cond, value in (("outlet = ?", outlet), ("published >= ?", since), ("published <= ?", until)):
        if value:
            art_where.append(cond)
            art_params.append(value)
    rx = None
    if q:
        try:
            terms = fts.parse(q)
        except fts.QueryError as exc:
            raise BadRequest(str(exc)) from None
        rx = fts.highlighter(terms)
        where, params = ["fts MATCH ?"], [fts.fts_query(terms)]
        if types:
            where.append(f"EXISTS (SELECT 1 FROM events e WHERE e.article = fts.rowid AND e.type IN {_in(types)})")
            params += types
        if ids:
            where.append(f"EXISTS (SELECT 1 FROM article_actors aa WHERE aa.article = fts.rowid AND aa.actor IN {_in(ids)})")
            params += ids
        hits = store.conn.execute(f"SELECT fts.rowid, bm25(fts, 3.0, 1.0, 1.5) FROM fts WHERE {' AND '.join(where)}",
                                  params).fetchall()
        if art_where:
            allowed = {r[0] for r in store.conn.execute(
                f"SELECT rowid FROM articles WHERE {' AND '.join(art_where)}", art_params)}
            hits = [h for h in hits if h[0] in allowed]
        total = len(hits)
        hits.sort(key=lambda h: (h[1], h[0]))
        page = hits[offset:offset + limit]
        score = {rowid: s for rowid, s in page}
        by_row = {r["rowid"]: r for r in store.conn.execute(
            f"SELECT rowid, id, title, outlet, published, url, record FROM articles WHERE rowid IN {_in(page)}",
            [rowid for rowid, _s in page])} if page else {}
        rows = [(by_row[rowid], score[rowid]) for rowid, _s in page if rowid in by_row]
    else:
        where, params = [f"a.{c}" for c in art_where], list(art_params)
        if types:
            where.append(f"a.rowid IN (SELECT article FROM events WHERE type IN {_in(types)})")
            params += types
        if ids:
            where.append(f"a.rowid IN (SELECT article FROM article_actors WHERE actor IN {_in(ids)})")
            params += ids
        cond = " AND ".join(where) or "1"
        total = store.conn.execute(f"SELECT count(*) FROM articles a WHERE {cond}", params).fetchone()[0]
        rows = [(r, None) for r in store.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.url, a.record FROM articles a "
            f"WHERE {cond} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", (*params, limit, offset))]
    results = []
    for r, sc in rows:
        text = json.loads(r["record"]).get("text") or ""
        snip = fts.snippet(text, rx, snippet_width) if rx else None
        if snip is None:
            end = min(len(text), snippet_width)
            snip = {"text": text[:end], "start": 0, "end": end, "highlights": []}
        title = r["title"] or ""
        tsnip = fts.snippet(title, rx, max(len(title), 1)) if rx and title else None
        results.append({"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                        "url": r["url"], "score": None if sc is None else round(-sc, 4),
                        "snippet": snip, "title_highlights": tsnip["highlights"] if tsnip else []})
    return {"total": total, "results": results}


def article_actor_keys(store: Store, article_id: str) -> dict[str, str]:
    """Local actor id (as in the record) -> store-wide actor key, for one stored article."""
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT aa.local_id, aa.actor FROM article_actors aa JOIN articles a ON a.rowid = aa.article WHERE a.id = ?",
        (article_id,)) if r[0] is not None}


def known_actors(store: Store, keys: Iterable[str]) -> set[str]:
    keys = sorted(set(keys))
    if not keys:
        return set()
    return {r[0] for r in store.conn.execute(f"SELECT id FROM actors WHERE id IN {_in(keys)}", keys)}


# --- events -------------------------------------------------------------------------------

def attach_sentences(store: Store, events: list[dict], max_reports: int = 3) -> list[dict]:
    """Give each event's reports (``articles``) the sentence that states it: ``sentence``
    (index), ``sentence_text``, ``trigger_start``/``trigger_end`` (relative to the sentence)."""
    ids = sorted({a["id"] for ev in events for a in ev.get("articles", [])[:max_reports]})
    records: dict[str, dict] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for aid, rec in store.conn.execute(f"SELECT id, record FROM articles WHERE id IN {_in(part)}", part):
            records[aid] = json.loads(rec)
    for ev in events:
        ev["n_reports_shown"] = min(len(ev.get("articles", [])), max_reports)
        for rep in ev.get("articles", [])[:max_reports]:
            rec = records.get(rep["id"])
            if rec is None:
                continue
            try:
                e = rec["events"][rep["idx"]]
                s = rec["sentences"][e["sentence"]]
            except (KeyError, IndexError, TypeError):
                continue
            text = rec.get("text") or ""
            rep["sentence"] = e["sentence"]
            rep["sentence_text"] = text[s["start"]:s["end"]]
            ts, te = e.get("start"), e.get("end")
            if isinstance(ts, int) and isinstance(te, int) and s["start"] <= ts < te <= s["end"]:
                rep["trigger_start"], rep["trigger_end"] = ts - s["start"], te - s["start"]
    return events


def _cluster_where(types, quad, since, until, actor_ids, country=None, role: str = "any"):
    """WHERE clause over ``event_clusters c`` (as Store._event_where: ``role`` applies to the
    actor and country filters)."""
    where, params = ["1"], []
    if types:
        where.append(f"c.type IN {_in(types)}")
        params += types
    if quad:
        where.append("c.quad = ?")
        params.append(quad)
    if since:
        where.append("c.first_day >= ?")
        params.append(since)
    if until:
        where.append("c.first_day <= ?")
        params.append(until)
    role_cond, role_params = ("", []) if role == "any" else (" AND ca.role = ?", [role])
    if actor_ids is not None:
        where.append(f"c.id IN (SELECT ca.cluster FROM cluster_actors ca WHERE ca.actor IN {_in(actor_ids)}{role_cond})")
        params += list(actor_ids) + role_params
    if country:
        where.append("c.id IN (SELECT ca.cluster FROM cluster_actors ca JOIN actors ac ON ac.id = ca.actor "
                     f"WHERE ac.country = ?{role_cond})")
        params += [country.upper()] + role_params
    return " AND ".join(where), params


def network(store: Store, *, types: list[str] | None = None, quad: int | None = None, since: str | None = None,
            until: str | None = None, actor: str | None = None, country: str | None = None,
            max_nodes: int = 40) -> dict:
    """Directed actor-to-actor interactions (event source -> target) with counts per quad class.

    ``{nodes: [{id, name_ar, name_en, country, type, degree}], edges: [{source, target, count,
    quads: {1: n, ...}, quad}], total_edges}`` where ``quad`` is the edge's most frequent class;
    the ``max_nodes`` actors with the most interactions are kept, and among them the
    ``3 * max_nodes`` strongest edges.
    """
    actor_ids = store.resolve_actor(actor) if actor else None
    if actor_ids == []:
        return {"nodes": [], "edges": [], "total_edges": 0}
    where, params = _cluster_where(types, quad, since, until, actor_ids, country)
    # the clusters' own JSON lists of actor keys: one scan, no join (4x faster than cluster_actors twice)
    rows = store.conn.execute(
        "SELECT s.value, t.value, c.quad, count(*) FROM event_clusters c, json_each(c.sources) s, json_each(c.targets) t "
        f"WHERE c.sources != '[]' AND c.targets != '[]' AND s.value != t.value AND {where} "
        "GROUP BY s.value, t.value, c.quad", params).fetchall()
    edges: dict[tuple[str, str], dict] = {}
    degree: dict[str, int] = {}
    for src, tgt, q, n in rows:
        e = edges.setdefault((src, tgt), {"source": src, "target": tgt, "count": 0, "quads": {}})
        e["count"] += n
        if q:
            e["quads"][q] = e["quads"].get(q, 0) + n
        degree[src] = degree.get(src, 0) + n
        degree[tgt] = degree.get(tgt, 0) + n
    keep = sorted(degree, key=lambda k: (-degree[k], k))[:max_nodes]
    if actor_ids:
        keep = list(dict.fromkeys([k for k in actor_ids if k in degree] + keep))[:max_nodes]
    kept = set(keep)
    out_edges = []
    for e in edges.values():
        if e["source"] in kept and e["target"] in kept:
            e["quad"] = max(e["quads"], key=lambda q: (e["quads"][q], -q)) if e["quads"] else None
            out_edges.append(e)
    out_edges.sort(key=lambda e: (-e["count"], e["source"], e["target"]))
    shown_edges = len(out_edges)
    out_edges = out_edges[:3 * max_nodes]  # the strongest ties; more is a hairball, and slow to draw
    linked = {e["source"] for e in out_edges} | {e["target"] for e in out_edges}
    keep = [k for k in keep if k in linked]  # a top actor whose partners were all cut would float alone
    info = store._actor_info(keep) if keep else {}
    nodes = [{**info.get(k, {"id": k}), "degree": degree[k]} for k in keep]
    return {"nodes": nodes, "edges": out_edges, "total_edges": len(edges), "edges_between_top": shown_edges}


def _next_period(p: str) -> str:
    if len(p) == 4:
        return str(int(p) + 1)
    if len(p) == 7:
        y, m = int(p[:4]), int(p[5:7])
        return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"
    from datetime import date, timedelta

    return (date.fromisoformat(p) + timedelta(days=1)).isoformat()


def _fill(periods: list[str], limit: int = 400) -> list[str]:
    """Every period from the first to the last (gaps included), unless that makes over ``limit``."""
    if not periods:
        return []
    try:
        out = [periods[0]]
        while out[-1] < periods[-1] and len(out) <= limit:
            out.append(_next_period(out[-1]))
    except ValueError:
        return periods
    return out if len(out) <= limit else periods


def _ordinal(p: str) -> int:
    if len(p) == 4:
        return int(p)
    if len(p) == 7:
        return int(p[:4]) * 12 + int(p[5:7])
    from datetime import date

    return date.fromisoformat(p).toordinal()


def _span_days(agg: dict, clip: bool) -> int:
    """Days covered by the chart of day buckets ``agg`` (the 95% window when clipping)."""
    per: dict[str, int] = {}
    for (p, _k), n in agg.items():
        per[p] = per.get(p, 0) + n
    days = sorted(per)
    try:
        lo, hi = _densest(days, [per[d] for d in days], 0.95) if clip else (0, len(days) - 1)
        return _ordinal(days[hi]) - _ordinal(days[lo])
    except ValueError:
        return len(days)


def _densest(periods: list[str], counts: list[int], share: float) -> tuple[int, int]:
    """Indices ``(lo, hi)`` of the shortest run of periods (in time) holding ``share`` of the counts."""
    try:
        ords = [_ordinal(p) for p in periods]
    except ValueError:
        return 0, len(periods) - 1
    need = share * sum(counts)
    best, best_span, hi, acc = (0, len(periods) - 1), None, -1, 0
    for lo in range(len(periods)):
        while acc < need and hi + 1 < len(periods):
            hi += 1
            acc += counts[hi]
        if acc < need:
            break
        span = ords[hi] - ords[lo]
        if best_span is None or span < best_span:
            best, best_span = (lo, hi), span
        acc -= counts[lo]
    return best


PERIOD_LEN = {"day": 10, "month": 7, "year": 4}


def event_series(store: Store, by: str, period: str, clip: bool = True, *, actor: str | None = None,
                 type: str | None = None, quad: int | None = None, country: str | None = None,
                 since: str | None = None, until: str | None = None, role: str = "any") -> dict:
    """``{periods, keys, counts: {key: [n per period]}, outside, period}``: events (clusters) per
    period by PLOVER ``type`` or ``quad`` class, gaps filled.  With ``clip`` and no date filter,
    the sparse tails are cut off (the chart shows the shortest time span holding 95% of the
    events: the rest are mostly old dates quoted in the news) and counted in ``outside``.  Days
    spanning more than 400 periods are shown as months (``period`` says which)."""
    col = {"type": "c.type", "quad": "c.quad"}[by]
    types = [t for t in (type or "").split(",") if t]
    ids = store.resolve_actor(actor) if actor else None
    where, params = _cluster_where(types, quad, since, until, ids, country, role)
    # grouped by the raw day, in the order of the (type|quad, first_day) index: no sorting in SQL
    rows = store.conn.execute(f"SELECT {col}, c.first_day, count(*) FROM event_clusters c "
                              f"WHERE {where} AND c.first_day IS NOT NULL GROUP BY {col}, c.first_day", params).fetchall()

    def bucket(plen: int) -> dict:
        agg: dict = {}
        for key, day, n in rows:
            k = (day[:plen], key)
            agg[k] = agg.get(k, 0) + n
        return agg

    agg = bucket(PERIOD_LEN[period])
    observed = sorted({p for p, _k in agg})
    if period == "day" and observed and _span_days(agg, clip and not (since or until)) > 400:
        period = "month"
        agg = bucket(7)
        observed = sorted({p for p, _k in agg})
    outside = 0
    if clip and len(observed) > 2 and not (since or until):
        per = dict.fromkeys(observed, 0)
        for (p, _k), n in agg.items():
            per[p] += n
        lo, hi = _densest(observed, [per[p] for p in observed], 0.95)
        outside = sum(per[p] for p in observed[:lo]) + sum(per[p] for p in observed[hi + 1:])
        observed = observed[lo:hi + 1]
    periods = _fill(observed)
    index = {p: i for i, p in enumerate(periods)}
    keys = sorted({k for (p, k) in agg if p in index},
                  key=lambda k: (PLOVER_TYPES.index(k) if by == "type" and k in PLOVER_TYPES else k if isinstance(k, int) else 99))
    counts = {k: [0] * len(periods) for k in keys}
    for (p, k), n in agg.items():
        if p in index:
            counts[k][index[p]] += n
    return {"periods": periods, "keys": keys, "counts": counts, "outside": outside, "period": period}


def align(*series: dict) -> list[dict]:
    """The same series on one shared, gap-free time axis (so charts side by side line up)."""
    periods = _fill(sorted({p for s in series for p in s["periods"]}))
    index = {p: i for i, p in enumerate(periods)}
    out = []
    for s in series:
        counts = {k: [0] * len(periods) for k in s["keys"]}
        for k, values in s["counts"].items():
            for p, v in zip(s["periods"], values):
                if p in index:
                    counts[k][index[p]] += v
        out.append({**s, "periods": periods, "counts": counts})
    return out


def speaker_quotes(store: Store, actor_id: str, limit: int = 25) -> list[dict]:
    """The newest quotes attributed to one actor (by the speaker index)."""
    rows = store._all('SELECT a.id AS article, a.published, a.outlet, a.url, q.speaker, q.speaker_text, q.addressee, '
                      'q.cue, q.kind, q.text, q.start, q."end", q.channel FROM quotes q JOIN articles a ON a.rowid = q.article '
                      "WHERE q.speaker = ? ORDER BY a.published DESC, a.id, q.idx LIMIT ?", (actor_id, limit))
    info = store._actor_info([actor_id])
    for r in rows:
        r["speaker"] = info.get(actor_id)
    return rows


def list_quotes(store: Store, *, speaker: str | None = None, query: str | None = None, kind: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """As :meth:`Store.quotes` (newest first), with plans that stay fast on a large store: the
    speaker index for a speaker, the full-text index for words, else the newest articles first."""
    where, params = ["a.published IS NOT NULL"], []
    source = "articles a INDEXED BY articles_published JOIN quotes q ON q.article = a.rowid"
    if speaker:
        ids = store.resolve_actor(speaker)
        if ids:
            where.append(f"q.speaker IN {_in(ids)}")
            params += ids
        else:
            where.append("q.speaker_text = ?")
            params.append(speaker)
        source = "quotes q JOIN articles a ON a.rowid = q.article"
    rx = None
    if query:
        terms = fts.parse(query)
        rx = fts.highlighter(terms)
        where.append("a.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        params.append("quotes : (" + fts.fts_query(terms) + ")")
        if not speaker:
            source = "quotes q JOIN articles a ON a.rowid = q.article"
    for cond, value in (("a.published >= ?", since), ("a.published <= ?", until), ("q.kind = ?", kind)):
        if value:
            where.append(cond)
            params.append(value)
    rows = store._all('SELECT a.id AS article, a.published, a.outlet, a.url, q.speaker, q.speaker_text, q.addressee, '
                      f'q.cue, q.kind, q.text, q.start, q."end", q.channel FROM {source} '
                      f"WHERE {' AND '.join(where)} ORDER BY a.published DESC LIMIT ? OFFSET ?",
                      (*params, limit, offset))
    if rx is not None:
        rows = [r for r in rows if rx.search(r["text"] or "")]
    info = store._actor_info([r["speaker"] for r in rows if r["speaker"]])
    for r in rows:
        r["speaker"] = info.get(r["speaker"]) if r["speaker"] else None
    return rows
