"""The read side of the store: a small query API for the CLI and the web dashboard.

    from marsad.store import open_store
    with open_store("marsad.db") as st:          # read-only connection
        st.search("بوتين", limit=10)
        st.events(actor="بوتين", type="CONSULT", since="2021-01-01")

Every method returns plain ``dict``/``list`` values (JSON-ready) and runs parameterised SQL.
Statistics count event clusters (events), not the reports of them in several articles.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable, Sequence

from ..text import normalize
from .db import StoreError, connect
from .schema import SCHEMA_VERSION, version
from . import search as fts

PERIODS = {"day": 10, "month": 7, "year": 4}


def _in(values: Sequence) -> str:
    return "(" + ",".join("?" * len(values)) + ")"


class Store:
    """A connection to a store file with query methods (read-only unless opened otherwise)."""

    def __init__(self, path: str, readonly: bool = True, check_same_thread: bool = True):
        self.path = str(path)
        self.conn = connect(self.path, readonly=readonly, check_same_thread=check_same_thread)
        self.conn.row_factory = sqlite3.Row
        try:
            v = version(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a Marsad store ({exc})") from None
        if v == 0:
            self.conn.close()
            raise StoreError(f"{self.path}: not a Marsad store (no schema); create it with `marsad ingest`")
        if v > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(f"{self.path}: schema version {v} is newer than this Marsad ({SCHEMA_VERSION})")

    # --- plumbing ------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _all(self, sql: str, params: Iterable = ()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def _one(self, sql: str, params: Iterable = ()) -> Any:
        row = self.conn.execute(sql, tuple(params)).fetchone()
        return None if row is None else row[0]

    # --- articles ------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20, offset: int = 0, *, outlet: str | None = None,
               since: str | None = None, until: str | None = None, language: str | None = None,
               exact: bool = False, collapse_duplicates: bool = False, snippet_width: int = 240) -> list[dict]:
        """Articles matching ``query`` (see :mod:`marsad.store.search`), best first (bm25:
        title 3, body 1, quotes 1.5).  Each result: ``id, title, outlet, published, url,
        score, snippet {text, start, end, highlights, field}, title_highlights,
        duplicates`` (other copies of the article), ``canonical`` (the id of its group's
        canonical copy)."""
        terms = fts.parse(query)
        from_where, params = self._search_from(terms, exact, outlet, since, until, language, collapse_duplicates)
        # rank first (row ids only), then read the few articles shown: the sorter never carries records
        ranked = self.conn.execute(f"SELECT fts.rowid, bm25(fts, 3.0, 1.0, 1.5) AS score {from_where} "
                                   "ORDER BY score LIMIT ? OFFSET ?", (*params, _lim(limit), int(offset))).fetchall()
        if not ranked:
            return []
        order = [r[0] for r in ranked]
        score = {r[0]: r[1] for r in ranked}
        found = {r["rowid"]: r for r in self.conn.execute(
            "SELECT a.rowid AS rowid, a.id, a.title, a.outlet, a.published, a.url, "
            "json_extract(a.record, '$.text') AS text, json_extract(a.record, '$.quotes') AS quotes, "
            "d.canonical AS canonical_row FROM articles a LEFT JOIN duplicates d ON d.article = a.rowid "
            f"WHERE a.rowid IN {_in(order)}", order)}
        rows = [found[i] for i in order if i in found]
        rx = fts.highlighter(tuple(terms), exact)
        dup_counts = self._dup_counts([r["canonical_row"] for r in rows if r["canonical_row"] is not None])
        canon_ids = self._ids([r["canonical_row"] for r in rows if r["canonical_row"] is not None])
        out = []
        for r in rows:
            snip = _snippet(r["text"] or "", r["quotes"], rx, snippet_width)
            cr = r["canonical_row"]
            out.append({"id": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                        "url": r["url"], "score": round(-score[r["rowid"]], 4), "snippet": snip,
                        "title_highlights": fts.highlights(r["title"] or "", rx),
                        "duplicates": (dup_counts.get(cr, 1) - 1) if cr is not None else 0,
                        "canonical": canon_ids.get(cr) if cr is not None else r["id"]})
        return out

    def search_count(self, query: str, *, outlet: str | None = None, since: str | None = None,
                     until: str | None = None, language: str | None = None, exact: bool = False,
                     collapse_duplicates: bool = False) -> int:
        """How many articles :meth:`search` would find (for paging)."""
        from_where, params = self._search_from(fts.parse(query), exact, outlet, since, until, language,
                                               collapse_duplicates)
        return self._one(f"SELECT count(*) {from_where}", params)

    @staticmethod
    def _search_from(terms, exact, outlet, since, until, language, collapse) -> tuple[str, list]:
        """``FROM ... WHERE ...`` of a search and its parameters; articles and duplicates are
        joined only when a filter needs them (ranking a common word touches every match)."""
        where, params = ["fts MATCH ?"], [fts.fts_query(terms, exact)]
        for cond, value in (("a.outlet = ?", outlet), ("a.published >= ?", since), ("a.published <= ?", until),
                            ("a.language = ?", language)):
            if value:
                where.append(cond)
                params.append(value)
        joins = " JOIN articles a ON a.rowid = fts.rowid" if len(where) > 1 else ""
        if collapse:
            joins += " LEFT JOIN duplicates d ON d.article = fts.rowid"
            where.append("(d.article IS NULL OR d.canonical = fts.rowid)")
        return f"FROM fts{joins} WHERE {' AND '.join(where)}", params

    def _dup_counts(self, canon_rows: list[int]) -> dict[int, int]:
        if not canon_rows:
            return {}
        rows = set(canon_rows)
        return dict(self.conn.execute(f"SELECT canonical, count(*) FROM duplicates WHERE canonical IN {_in(rows)} "
                                      "GROUP BY canonical", tuple(rows)).fetchall())

    def _ids(self, rowids: Iterable[int]) -> dict[int, str]:
        rowids = sorted(set(rowids))
        if not rowids:
            return {}
        return dict(self.conn.execute(f"SELECT rowid, id FROM articles WHERE rowid IN {_in(rowids)}", rowids).fetchall())

    def get_article(self, article_id: str) -> dict | None:
        """``{record, duplicates: {canonical, members: [{id, kind, similarity}]}, events: [cluster ids],
        stored_at_run}`` for one article id; None when it is not stored."""
        row = self.conn.execute("SELECT rowid, record, run FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        dup = None
        canon = self._one("SELECT canonical FROM duplicates WHERE article = ?", (row["rowid"],))
        if canon is not None:
            members = self._all("SELECT a.id, d.kind, d.similarity FROM duplicates d JOIN articles a ON a.rowid = d.article "
                                "WHERE d.canonical = ? ORDER BY d.kind = 'canonical' DESC, a.id", (canon,))
            dup = {"canonical": self._ids([canon])[canon], "members": members}
        clusters = [r[0] for r in self.conn.execute("SELECT cluster FROM events WHERE article = ? ORDER BY idx",
                                                    (row["rowid"],))]
        return {"record": json.loads(row["record"]), "duplicates": dup, "events": clusters, "run": row["run"]}

    def articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 actor: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Article summaries (``id, title, outlet, published, url``), newest first."""
        where, params = ["1"], []
        for cond, value in (("a.outlet = ?", outlet), ("a.published >= ?", since), ("a.published <= ?", until)):
            if value:
                where.append(cond)
                params.append(value)
        if actor:
            ids = self.resolve_actor(actor)
            where.append(f"a.rowid IN (SELECT article FROM article_actors WHERE actor IN {_in(ids)})")
            params += ids
        return self._all(f"SELECT a.id, a.title, a.outlet, a.published, a.url FROM articles a WHERE {' AND '.join(where)} "
                         "ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", (*params, _lim(limit), int(offset)))

    # --- actors --------------------------------------------------------------------------
    def resolve_actor(self, name_or_id: str) -> list[str]:
        """Actor keys for an id, or a name (Arabic normalised, or English, substring match)."""
        if self._one("SELECT 1 FROM actors WHERE id = ?", (name_or_id,)):
            return [name_or_id]
        n = normalize(name_or_id).strip()
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM actors WHERE name_norm = ? OR name_norm LIKE ? ESCAPE '\\' OR lower(name_en) LIKE ? ESCAPE '\\' "
            "ORDER BY n_articles DESC LIMIT 50", (n, f"%{_like(n)}%", f"%{_like(n)}%"))]

    def actors(self, top: int = 50, *, country: str | None = None, type: str | None = None,
               name: str | None = None, order: str = "articles") -> list[dict]:
        """The most reported actors: ``id, name_ar, name_en, type, country, sector, n_articles,
        n_mentions, n_events, n_quotes, first_seen, last_seen``."""
        where, params = ["1"], []
        if country:
            where.append("country = ?")
            params.append(country)
        if type:
            where.append("type = ?")
            params.append(type)
        if name:
            ids = self.resolve_actor(name)
            where.append(f"id IN {_in(ids)}")
            params += ids
        col = {"articles": "n_articles", "events": "n_events", "quotes": "n_quotes", "mentions": "n_mentions"}.get(order)
        if col is None:
            raise ValueError(f"unknown order {order!r}; choose articles, events, quotes or mentions")
        return self._all("SELECT id, name_ar, name_en, type, country, sector, n_articles, n_mentions, n_events, n_quotes, "
                         f"first_seen, last_seen FROM actors WHERE {' AND '.join(where)} ORDER BY {col} DESC, id "
                         "LIMIT ?", (*params, _lim(top)))

    def actor(self, actor_id: str) -> dict | None:
        """One actor with ``events_by_type``, ``recent_articles`` and ``co_actors`` (the actors
        most often in the same events)."""
        rows = self._all("SELECT * FROM actors WHERE id = ?", (actor_id,))
        if not rows:
            return None
        out = rows[0]
        out.pop("name_norm", None)
        out["events_by_type"] = dict(self.conn.execute(
            "SELECT c.type, count(*) FROM cluster_actors ca JOIN event_clusters c ON c.id = ca.cluster "
            "WHERE ca.actor = ? GROUP BY c.type ORDER BY count(*) DESC", (actor_id,)).fetchall())
        cols = "a.id, a.title, a.outlet, a.published, a.url"
        if (out.get("n_articles") or 0) > 300:
            # a much-reported actor: walk the newest articles (publication-date index) until ten
            # mention it, instead of sorting all of its articles
            out["recent_articles"] = self._all(
                f"SELECT {cols} FROM articles a INDEXED BY articles_published WHERE a.published IS NOT NULL AND EXISTS "
                "(SELECT 1 FROM article_actors aa WHERE aa.article = a.rowid AND aa.actor = ?) "
                "ORDER BY a.published DESC LIMIT 10", (actor_id,))
        else:
            out["recent_articles"] = self._all(
                f"SELECT {cols} FROM article_actors aa JOIN articles a ON a.rowid = aa.article "
                "WHERE aa.actor = ? ORDER BY a.published DESC, a.id LIMIT 10", (actor_id,))
        out["co_actors"] = self._all(
            "SELECT o.actor AS id, ac.name_ar, ac.name_en, count(DISTINCT o.cluster) AS n_events "
            "FROM cluster_actors me JOIN cluster_actors o ON o.cluster = me.cluster AND o.actor != me.actor "
            "LEFT JOIN actors ac ON ac.id = o.actor WHERE me.actor = ? GROUP BY o.actor ORDER BY n_events DESC, o.actor "
            "LIMIT 10", (actor_id,))
        return out

    def _actor_info(self, keys: Iterable[str]) -> dict[str, dict]:
        keys = sorted(set(keys))
        if not keys:
            return {}
        rows = self._all(f"SELECT id, name_ar, name_en, type, country, sector FROM actors WHERE id IN {_in(keys)}", keys)
        info = {r["id"]: r for r in rows}
        return {k: info.get(k, {"id": k, "name_ar": None, "name_en": None, "type": None, "country": None,
                                "sector": None}) for k in keys}

    # --- events --------------------------------------------------------------------------
    def _event_where(self, actor, type, country, since, until, quad, role="any"):
        where, params = ["1"], []
        if type:
            types = [t.strip().upper() for t in str(type).split(",") if t.strip()]
            where.append(f"c.type IN {_in(types)}")
            params += types
        if quad:
            where.append("c.quad = ?")
            params.append(int(quad))
        if since:
            where.append("c.first_day >= ?")
            params.append(since)
        if until:
            where.append("c.first_day <= ?")
            params.append(until)
        role_cond = "" if role == "any" else " AND role = ?"
        role_params = [] if role == "any" else [role]
        if actor:
            ids = self.resolve_actor(actor)
            where.append(f"c.id IN (SELECT cluster FROM cluster_actors WHERE actor IN {_in(ids)}{role_cond})")
            params += ids + role_params
        if country:
            where.append("c.id IN (SELECT ca.cluster FROM cluster_actors ca JOIN actors ac ON ac.id = ca.actor "
                         f"WHERE ac.country = ?{role_cond.replace('role', 'ca.role')})")
            params += [country.upper()] + role_params
        return " AND ".join(where), params

    def events(self, *, actor: str | None = None, type: str | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None, quad: int | None = None, role: str = "any",
               limit: int = 100, offset: int = 0, max_articles: int = 20) -> list[dict]:
        """Event clusters, newest first: ``id, type, mode, context, quad, cameo, negated, modality,
        date, last_date, sources, targets`` (actor objects), ``n_reports, n_articles, n_outlets,
        articles`` (``id, url, outlet, published, title, trigger``)."""
        where, params = self._event_where(actor, type, country, since, until, quad, role)
        rows = self._all(f"SELECT c.* FROM event_clusters c WHERE {where} ORDER BY c.first_day DESC, c.id "
                         "LIMIT ? OFFSET ?", (*params, _lim(limit), int(offset)))
        return self._expand_clusters(rows, max_articles)

    def events_count(self, **filters) -> int:
        where, params = self._event_where(filters.get("actor"), filters.get("type"), filters.get("country"),
                                          filters.get("since"), filters.get("until"), filters.get("quad"),
                                          filters.get("role", "any"))
        return self._one(f"SELECT count(*) FROM event_clusters c WHERE {where}", params)

    def event(self, cluster_id: str) -> dict | None:
        """One event cluster with all its reports."""
        rows = self._all("SELECT * FROM event_clusters WHERE id = ?", (cluster_id,))
        return self._expand_clusters(rows, max_articles=10_000)[0] if rows else None

    def _expand_clusters(self, rows: list[dict], max_articles: int) -> list[dict]:
        if not rows:
            return []
        keys = set()
        for r in rows:
            r["sources"] = json.loads(r["sources"])
            r["targets"] = json.loads(r["targets"])
            keys.update(r["sources"])
            keys.update(r["targets"])
        info = self._actor_info(keys)
        ids = [r["id"] for r in rows]
        reports: dict[str, list] = {}
        for rep in self._all(
                "SELECT e.cluster, a.id, a.url, a.outlet, a.published, a.title, e.trigger, e.date, e.idx "
                f"FROM events e JOIN articles a ON a.rowid = e.article WHERE e.cluster IN {_in(ids)} "
                "ORDER BY e.day, a.id, e.idx", ids):
            lst = reports.setdefault(rep.pop("cluster"), [])
            if len(lst) < max_articles:
                lst.append(rep)
        out = []
        for r in rows:
            out.append({"id": r["id"], "type": r["type"], "mode": r["mode"], "context": r["context"], "quad": r["quad"],
                        "cameo": r["cameo"], "negated": bool(r["negated"]), "modality": r["modality"],
                        "date": r["first_day"], "last_date": r["last_day"],
                        "sources": [info[k] for k in r["sources"]], "targets": [info[k] for k in r["targets"]],
                        "n_reports": r["n_reports"], "n_articles": r["n_articles"], "n_outlets": r["n_outlets"],
                        "articles": reports.get(r["id"], [])})
        return out

    def event_counts(self, by: str = "type", period: str = "month", *, reports: bool = False, **filters) -> list[dict]:
        """Events per period and type (``by="type"``) or quad class (``by="quad"``):
        ``[{period, key, count}]``; ``reports=True`` counts reports instead of events."""
        if period not in PERIODS:
            raise ValueError(f"unknown period {period!r}; choose {', '.join(PERIODS)}")
        col = {"type": "c.type", "quad": "c.quad"}.get(by)
        if col is None:
            raise ValueError(f"unknown grouping {by!r}; choose type or quad")
        where, params = self._event_where(filters.get("actor"), filters.get("type"), filters.get("country"),
                                          filters.get("since"), filters.get("until"), filters.get("quad"),
                                          filters.get("role", "any"))
        if filters.get("actor") or filters.get("country"):
            source, day = "event_clusters c", "c.first_day"
            measure = "sum(c.n_reports)" if reports else "count(*)"
        else:  # no actor filter: the per-day totals answer it (the filters use the same column names)
            source, day = "event_daily c", "c.day"
            where = where.replace("c.first_day", "c.day")
            measure = "sum(c.n_reports)" if reports else "sum(c.n_events)"
        return self._all(f"SELECT substr({day}, 1, {PERIODS[period]}) AS period, {col} AS key, {measure} AS count "
                         f"FROM {source} WHERE {where} AND {day} IS NOT NULL "
                         "GROUP BY period, key ORDER BY period, key", params)

    # --- quotes --------------------------------------------------------------------------
    def quotes(self, *, speaker: str | None = None, query: str | None = None, since: str | None = None,
               until: str | None = None, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Reported speech, newest first: ``article, published, outlet, url, speaker`` (actor
        object or null), ``speaker_text, addressee, cue, kind, text, start, end, channel``;
        ``query`` keeps quotes whose normalised text contains every query word."""
        where, params = ["1"], []
        if speaker:
            ids = self.resolve_actor(speaker)
            where.append(f"(q.speaker IN {_in(ids)} OR q.speaker_text = ?)")
            params += ids + [speaker]
        for cond, value in (("a.published >= ?", since), ("a.published <= ?", until), ("q.kind = ?", kind)):
            if value:
                where.append(cond)
                params.append(value)
        if query:
            terms = fts.parse(query)
            where.append("a.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            params.append("quotes : (" + fts.fts_query(terms) + ")")
        rows = self._all('SELECT a.id AS article, a.published, a.outlet, a.url, q.speaker, q.speaker_text, q.addressee, '
                         'q.cue, q.kind, q.text, q.start, q."end", q.channel FROM quotes q JOIN articles a ON a.rowid = q.article '
                         f"WHERE {' AND '.join(where)} ORDER BY a.published DESC, a.id, q.idx LIMIT ? OFFSET ?",
                         (*params, _lim(limit), int(offset)))
        if query:
            rx = fts.highlighter(fts.parse(query))
            rows = [r for r in rows if rx and rx.search(r["text"] or "")]
        info = self._actor_info([r["speaker"] for r in rows if r["speaker"]])
        for r in rows:
            r["speaker"] = info.get(r["speaker"]) if r["speaker"] else None
        return rows

    # --- whole-store iteration (exports) -------------------------------------------------
    def iter_records(self) -> Iterable[dict]:
        """Every stored record, in storage order."""
        for (rec,) in self.conn.execute("SELECT record FROM articles ORDER BY rowid").fetchall():
            yield json.loads(rec)

    def iter_events(self, page: int = 500, **filters) -> Iterable[dict]:
        """Every event cluster matching ``filters`` (as :meth:`events`), oldest first, all reports."""
        where, params = self._event_where(filters.get("actor"), filters.get("type"), filters.get("country"),
                                          filters.get("since"), filters.get("until"), filters.get("quad"),
                                          filters.get("role", "any"))
        last = ("", "")
        while True:
            rows = self._all(f"SELECT c.* FROM event_clusters c WHERE {where} AND (coalesce(c.first_day, ''), c.id) > (?, ?) "
                             "ORDER BY coalesce(c.first_day, ''), c.id LIMIT ?", (*params, *last, page))
            if not rows:
                return
            last = (rows[-1]["first_day"] or "", rows[-1]["id"])
            yield from self._expand_clusters(rows, max_articles=10_000)

    # --- statistics ----------------------------------------------------------------------
    def stats(self) -> dict:
        """Store-wide counts: articles (stored, unique after deduplication), duplicate groups,
        event reports and events (clusters), actors, quotes, failures by stage, outlets,
        date range, last run."""
        one = self._one
        n_articles = one("SELECT count(*) FROM articles")
        n_groups = one("SELECT count(*) FROM duplicates WHERE kind = 'canonical'")
        n_dups = one("SELECT count(*) FROM duplicates WHERE kind != 'canonical'")
        last = self._all("SELECT * FROM runs ORDER BY id DESC LIMIT 1")
        return {
            "articles": n_articles,
            "unique_articles": n_articles - n_dups,
            "duplicate_groups": n_groups,
            "duplicates": n_dups,
            "exact_duplicates": one("SELECT count(*) FROM duplicates WHERE kind = 'exact'"),
            "near_duplicates": one("SELECT count(*) FROM duplicates WHERE kind = 'near'"),
            "event_reports": one("SELECT count(*) FROM events"),
            "events": one("SELECT count(*) FROM event_clusters"),
            "events_by_type": dict(self.conn.execute(
                "SELECT type, count(*) FROM event_clusters GROUP BY type ORDER BY count(*) DESC").fetchall()),
            "actors": one("SELECT count(*) FROM actors"),
            "entity_mentions": one("SELECT count(*) FROM mentions"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "failures": one("SELECT count(*) FROM failures"),
            "failures_by_stage": dict(self.conn.execute(
                "SELECT stage, count(*) FROM failures GROUP BY stage ORDER BY stage").fetchall()),
            "outlets": dict(self.conn.execute(
                "SELECT coalesce(outlet, '?'), count(*) FROM articles GROUP BY outlet ORDER BY count(*) DESC").fetchall()),
            "languages": dict(self.conn.execute(
                "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY language ORDER BY count(*) DESC").fetchall()),
            "first_published": one("SELECT min(published) FROM articles"),
            "last_published": one("SELECT max(published) FROM articles"),
            "derived_stale": one("SELECT value FROM meta WHERE key = 'derived_stale'") == "1",
            "schema_version": version(self.conn),
            "last_run": last[0] if last else None,
        }

    def failures(self, limit: int = 100, stage: str | None = None) -> list[dict]:
        """Recorded per-document failures: ``location, stage, doc_id, error, run, at``."""
        where, params = ("WHERE stage = ?", [stage]) if stage else ("", [])
        return self._all(f"SELECT location, stage, doc_id, error, run, at FROM failures {where} "
                         "ORDER BY run DESC, location LIMIT ?", (*params, _lim(limit)))


def _snippet(text: str, quotes_json: str | None, rx, width: int) -> dict:
    """The best snippet of the body, else of the first matching quote, else the opening."""
    snip = fts.snippet(text, rx, width)
    if snip is not None:
        return dict(snip, field="text")
    for q in json.loads(quotes_json) if quotes_json else []:
        snip = fts.snippet(q.get("text") or "", rx, width)
        if snip is not None:
            return dict(snip, field="quote")
    return {"text": text[:width], "start": 0, "end": min(len(text), width), "highlights": [], "field": "text"}


def _lim(n: int | None) -> int:
    """SQL LIMIT value; None means no limit."""
    return -1 if n is None else int(n)


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def open_store(path: str, readonly: bool = True, check_same_thread: bool = True) -> Store:
    """Open a store file for queries (read-only by default; the web app should keep it so)."""
    return Store(path, readonly=readonly, check_same_thread=check_same_thread)
