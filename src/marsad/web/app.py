"""The dashboard and JSON API (FastAPI).

Every page is one view function that returns plain data; the same function answers three
URLs: the HTML page (``/events``), its JSON twin (``/events.json``) and, for the documented
API, ``/api/events``.  So the page and the API cannot drift apart.

The store is opened read-only (SQLite ``mode=ro``), one connection per worker thread.
``/api/analyze`` runs :func:`marsad.analyze` on posted text and stores nothing.
"""
from __future__ import annotations

import functools
import json
import threading
import time
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..record import PLOVER_TYPES
from ..store import StoreError, open_store
from ..store.writer import actor_key
from . import queries as Q
from . import render as R
from .security import SecurityMiddleware

HERE = Path(__file__).resolve().parent
MAX_BODY = 1_000_000
MAX_ANALYZE_CHARS = 200_000
AGG_TTL = 60.0  # seconds the aggregate views (charts, network) are reused; the store may be growing


class NotFound(LookupError):
    """The requested article / actor does not exist (HTTP 404)."""


class AnalyzeIn(BaseModel):
    """Text to analyse (nothing is stored)."""

    text: str = Field(..., description="the article body (Arabic); up to 200,000 characters")
    title: str | None = Field(None, description="headline")
    published: str | None = Field(None, description="publication date YYYY-MM-DD; anchors relative dates")
    profile: str = Field("accurate", description="pipeline profile: accurate or fast")


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(PLOVER_TYPES=PLOVER_TYPES, QUAD_NAMES=Q.QUAD_NAMES, QUAD_NAMES_AR=Q.QUAD_NAMES_AR,
                       type_class=R.type_class, version=__version__)
    env.filters["marked"] = _marked
    env.filters["http_url"] = lambda u: isinstance(u, str) and u.lower().startswith(("http://", "https://"))
    env.globals["bars"] = _bars
    env.globals["chart_svg"] = R.chart_svg
    env.globals["qs"] = _qs
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
    return env


def _bars(series: dict, by: str, width: int, height: int) -> dict:
    if by == "quad":
        return R.stacked_bars(series, width=width, height=height, key_class=lambda k: f"q{k}",
                              key_label=lambda k: Q.QUAD_NAMES.get(k, str(k)))
    return R.stacked_bars(series, width=width, height=height, key_class=R.type_class)


def _marked(text: str | None, highlights: list | None) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, is_highlight)`` pairs; the template escapes each piece."""
    text = text or ""
    out, pos = [], 0
    for a, b in sorted(highlights or []):
        if a < pos or b > len(text):
            continue
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def create_app(db: str | None, *, max_body: int = MAX_BODY, analyze: bool = True, cache_ttl: float = AGG_TTL) -> FastAPI:
    """The application over the store file ``db`` (opened read-only).  ``db=None`` serves only
    the analyze page (the other pages answer 503).  Aggregates (summary, charts, network) are
    reused for ``cache_ttl`` seconds (0: never)."""
    if db is not None:
        open_store(db).close()  # fail now, with the store's message, not on the first request
    app = FastAPI(title="Marsad", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic news observatory: search articles, read them with their entities, quotes "
                              "and PLOVER events, explore actors, events and their network. Every HTML page "
                              "has a JSON twin at the same path + `.json`.")
    local = threading.local()
    env = _environment()
    env.globals["analyze_enabled"] = analyze
    cache: dict[str, tuple[float, Any]] = {}

    def store():
        if db is None:
            raise StoreError("no store: start the server with --db FILE")
        st = getattr(local, "store", None)
        if st is None:
            st = local.store = open_store(db, check_same_thread=False)
        return st

    app.state.store = store  # the calling thread's read-only store (tests, extensions)

    def cached(key: str, ttl: float, fn: Callable[[], Any]) -> Any:
        """``fn()``, reused for ``ttl`` seconds (results are treated as read-only)."""
        ttl = min(ttl, cache_ttl)
        hit = cache.get(key)
        if hit and time.monotonic() - hit[0] < ttl:
            return hit[1]
        value = fn()
        if len(cache) > 500:
            cache.clear()
        cache[key] = (time.monotonic(), value)
        return value

    def wants_json(request: Request) -> bool:
        path = request.url.path
        return path.startswith("/api/") or path.endswith(".json")

    def render_page(request: Request, template: str, data: dict, status: int = 200) -> HTMLResponse:
        args = {k: v for k, v in request.query_params.items()}
        html = env.get_template(template).render(data=data, request=request, args=args, path=request.url.path,
                                                 json_url=_json_url(request))
        return HTMLResponse(html, status_code=status)

    def view(template: str, *paths: str, api: str | None = None, summary: str = "", methods=("GET",)):
        """Register ``fn`` at ``paths`` (HTML), each path + ``.json`` and ``api`` (JSON, documented)."""
        def deco(fn):
            @functools.wraps(fn)
            def endpoint(request: Request, **kw):
                data = fn(request, **kw)
                if wants_json(request):
                    return JSONResponse(data)
                return render_page(request, template, data)
            for p in paths:  # the twin first: the page's path pattern would also match `.json`
                twin = ("/index" if p == "/" else p) + ".json"
                app.add_api_route(twin, endpoint, methods=list(methods), include_in_schema=False)
                app.add_api_route(p, endpoint, methods=list(methods), include_in_schema=False, response_class=HTMLResponse)
            if api:
                app.add_api_route(api, endpoint, methods=list(methods), summary=summary, description=fn.__doc__)
            return fn
        return deco

    # --- errors ---------------------------------------------------------------------------
    def error(request: Request, status: int, message: str) -> Response:
        if wants_json(request) or request.url.path.startswith("/static/"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return render_page(request, "error.html", {"status": status, "error": message}, status)

    @app.exception_handler(Q.BadRequest)
    async def _bad(request: Request, exc: Q.BadRequest):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{loc or 'request'}: {e.get('msg')}")
        return error(request, 400, "; ".join(parts) or "invalid request")

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def _nostore(request: Request, exc: StoreError):
        return error(request, 503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error(request, exc.status_code, message)

    # --- pages ----------------------------------------------------------------------------
    def summary() -> dict:
        st = store()
        one = lambda sql: st.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"articles": one("SELECT count(*) FROM articles"), "actors": one("SELECT count(*) FROM actors"),
                "events": one("SELECT count(*) FROM event_clusters"), "quotes": one("SELECT count(*) FROM quotes"),
                "first_published": one("SELECT min(published) FROM articles"),
                "last_published": one("SELECT max(published) FROM articles"),
                "outlets": Q.outlets(st)}

    @view("index.html", "/", api="/api/stats", summary="store summary")
    def index(request: Request):
        """Counts (articles, actors, events, quotes), date range, outlets, the most reported actors
        and the latest events."""
        data = cached("summary", 30, summary)
        st = store()
        # "latest": up to the newest article's date (dates far in the future are misread numbers)
        latest = cached("latest_events", 30, lambda: st.events(limit=8, max_articles=1,
                                                               until=data["last_published"] or None))
        return {**data, "top_actors": cached("top_actors", 30, lambda: st.actors(top=15)), "latest_events": latest}

    @view("search.html", "/search", api="/api/articles", summary="search articles")
    def search(request: Request, q: str | None = None, outlet: str | None = None, since: str | None = None,
               until: str | None = None, type: str | None = None, actor: str | None = None,
               page: str | None = None, limit: str | None = None):
        """Articles matching `q` (Arabic-normalised full text: hamza forms, ى/ي, ة/ه, diacritics and
        attached و ف ب ل ك ال are ignored; `"a phrase"`, `prefix*`, `a OR b`, `-exclude`), best
        first; without `q`, the newest. Filters: `outlet`, `since`/`until` (YYYY-MM-DD), `type`
        (PLOVER event types, comma separated: articles reporting such an event), `actor` (id or name)."""
        lim = Q.check_int("limit", limit, 20, 1, 200)
        pg = Q.check_int("page", page, 1, 1, 10_000)
        types = Q.check_types(type)
        res = Q.search_articles(store(), q, outlet=outlet or None, since=Q.check_date("since", since),
                                until=Q.check_until(until), types=types, actor=(actor or "").strip() or None,
                                limit=lim, offset=(pg - 1) * lim)
        return {"query": {"q": q or "", "outlet": outlet, "since": since, "until": until, "type": types,
                          "actor": actor, "page": pg, "limit": lim},
                "total": res["total"], "pages": max(1, -(-res["total"] // lim)), "results": res["results"],
                "outlets": cached("outlets", 60, lambda: Q.outlets(store()))}

    def article_view(record: dict, links: dict[str, str], focus: int | None) -> dict:
        actors = record.get("actors") or []
        names = {a.get("id"): a for a in actors}
        return {"body": R.annotated(record, links, focus), "actor_pages": links,
                "actor_names": {k: (v.get("name_en") or v.get("name_ar")) for k, v in names.items()}}

    @view("article.html", "/articles/{article_id}", api="/api/articles/{article_id}", summary="one article")
    def article(request: Request, article_id: str, s: str | None = None):
        """The stored record of one article (text, boilerplate, sentences, entities, actors, quotes,
        events, dates), its duplicates and event clusters, and `actor_pages`: the record's actor ids
        mapped to store actor ids. `s` marks one sentence (index) on the page."""
        st = store()
        found = st.get_article(article_id)
        if found is None:
            raise NotFound(f"no article with id {article_id!r}")
        focus = Q.check_int("s", s, -1, 0, 100_000) if s not in (None, "") else None
        record = found["record"]
        keys = Q.article_actor_keys(st, article_id)
        known = Q.known_actors(st, keys.values())
        links = {local: key for local, key in keys.items() if key in known}
        view_data = article_view(record, links, focus)
        if wants_json(request):
            return {"record": record, "duplicates": found["duplicates"], "event_clusters": found["events"],
                    "actor_pages": links}
        return {"record": record, "duplicates": found["duplicates"], "event_clusters": found["events"],
                "focus": focus, **view_data}

    @view("actors.html", "/actors", api="/api/actors", summary="actors")
    def actors(request: Request, name: str | None = None, country: str | None = None, type: str | None = None,
               order: str | None = None, limit: str | None = None):
        """The most reported actors (`order`: articles, events, quotes or mentions), optionally
        filtered by `name` (Arabic, normalised, or English; substring), `country` (ISO 3166 alpha-3
        or PLOVER code) and entity `type` (PER, ORG, LOC, MISC)."""
        lim = Q.check_int("limit", limit, 50, 1, 500)
        order = Q.check_choice("order", order, ("articles", "events", "quotes", "mentions"), "articles")
        if type and type.upper() not in ("PER", "ORG", "LOC", "MISC"):
            raise Q.BadRequest(f"type must be PER, ORG, LOC or MISC, not {type!r}")
        if country and not (country.isalpha() and 2 <= len(country) <= 3):
            raise Q.BadRequest(f"country must be an ISO 3166 alpha-3 or PLOVER code such as EGY or IGO, not {country!r}")
        st = store()
        name = (name or "").strip() or None
        rows = st.actors(top=lim, country=country.upper() if country else None, type=type.upper() if type else None,
                         name=name, order=order)
        return {"query": {"name": name, "country": country, "type": type, "order": order, "limit": lim}, "actors": rows}

    @view("actor.html", "/actors/{actor_id:path}", api="/api/actors/{actor_id:path}", summary="one actor")
    def actor(request: Request, actor_id: str, period: str | None = None):
        """Profile of one actor (names, type, country, sector, counts), its quotes, the events where it
        is source and where it is target, monthly counts of both by quad class (`timeline`), and the
        actors it shares events with most (`co_actors`)."""
        period = Q.check_choice("period", period, ("day", "month", "year"), "month")
        st = store()
        prof = st.actor(actor_id)
        if prof is None:
            raise NotFound(f"no actor with id {actor_id!r}")
        as_source = st.events(actor=actor_id, role="source", limit=25, max_articles=1)
        as_target = st.events(actor=actor_id, role="target", limit=25, max_articles=1)
        src, tgt = Q.align(*(Q.event_series(st, "quad", period, actor=actor_id, role=role) for role in ("source", "target")))
        timeline = {"source": src, "target": tgt}
        return {"actor": prof, "quotes": Q.speaker_quotes(st, actor_id, 25), "events_as_source": as_source,
                "events_as_target": as_target, "timeline": timeline, "period": period,
                "n_as_source": st.events_count(actor=actor_id, role="source"),
                "n_as_target": st.events_count(actor=actor_id, role="target")}

    @view("events.html", "/events", api="/api/events", summary="events explorer")
    def events(request: Request, type: str | None = None, quad: str | None = None, actor: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               period: str | None = None, page: str | None = None, limit: str | None = None):
        """Event clusters (one real-world event reported by one or more articles), newest first, with
        the sentence stating each report; counts over time by PLOVER type (`by_type`) and by quad class
        (`by_quad`). Filters: `type` (comma separated), `quad` (1-4), `actor`, `country`, `since`/`until`;
        `period` day, month or year. Without `until` the list stops at the newest article's date
        (`later` counts the events dated after it, mostly misread numbers)."""
        types = Q.check_types(type)
        qd = Q.check_quad(quad)
        since_, until_ = Q.check_date("since", since), Q.check_until(until)
        period = Q.check_choice("period", period, ("day", "month", "year"), "month")
        lim = Q.check_int("limit", limit, 30, 1, 500)
        pg = Q.check_int("page", page, 1, 1, 10_000)
        if country and not (country.isalpha() and 2 <= len(country) <= 3):
            raise Q.BadRequest(f"country must be an ISO 3166 alpha-3 or PLOVER code, not {country!r}")
        st = store()
        actor = (actor or "").strip() or None
        filters = dict(type=",".join(types) or None, quad=qd, actor=actor, country=country, since=since_, until=until_)
        # the table lists the latest events up to the newest article's date unless `until` is given:
        # events "dated" after it are mostly misread numbers (2068, 2395), they stay countable
        table = dict(filters)
        later = 0
        if not until_:
            newest = cached("newest", 30, lambda: st.conn.execute("SELECT max(published) FROM articles").fetchone()[0])
            if newest:
                table["until"] = newest
                later = st.events_count(**{**filters, "since": max(since_ or "", newest + "~")})
        rows = st.events(**table, limit=lim, offset=(pg - 1) * lim, max_articles=2)
        Q.attach_sentences(st, rows, max_reports=2)
        total = st.events_count(**table)
        key = json.dumps([period, filters], sort_keys=True, ensure_ascii=False)
        by_type = cached("series:type:" + key, AGG_TTL, lambda: Q.event_series(st, "type", period, **filters))
        by_quad = cached("series:quad:" + key, AGG_TTL, lambda: Q.event_series(st, "quad", period, **filters))
        return {"query": {"type": types, "quad": qd, "actor": actor, "country": country, "since": since,
                          "until": until, "period": period, "page": pg, "limit": lim},
                "total": total, "pages": max(1, -(-total // lim)), "events": rows, "later": later,
                "by_type": by_type, "by_quad": by_quad}

    @view("network.html", "/network", api="/api/network", summary="actor interaction network")
    def network(request: Request, type: str | None = None, quad: str | None = None, actor: str | None = None,
                country: str | None = None, since: str | None = None, until: str | None = None,
                nodes: str | None = None):
        """Directed actor-to-actor interactions (event source → target), counted per quad class, for the
        `nodes` (default 40) most active actors, with a computed layout (`layout`: x, y, r per node and
        an SVG path per edge). Filters as for /api/events."""
        types = Q.check_types(type)
        qd = Q.check_quad(quad)
        n = Q.check_int("nodes", nodes, 40, 2, 150)
        if country and not (country.isalpha() and 2 <= len(country) <= 3):
            raise Q.BadRequest(f"country must be an ISO 3166 alpha-3 or PLOVER code, not {country!r}")
        args = dict(types=types, quad=qd, since=Q.check_date("since", since), until=Q.check_until(until),
                    actor=(actor or "").strip() or None, country=country.upper() if country else None, max_nodes=n)
        net, lay = cached("network:" + json.dumps(args, sort_keys=True, ensure_ascii=False), AGG_TTL,
                          lambda: (lambda net: (net, R.layout(net)))(Q.network(store(), **args)))
        return {"query": {"type": types, "quad": qd, "actor": actor, "country": country, "since": since,
                          "until": until, "nodes": n}, **net, "layout": lay}

    @view("quotes.html", "/quotes", api="/api/quotes", summary="quotes")
    def quotes(request: Request, speaker: str | None = None, q: str | None = None, kind: str | None = None,
               since: str | None = None, until: str | None = None, page: str | None = None, limit: str | None = None):
        """Reported speech, newest first: filter by `speaker` (actor id or name, or the speaker's words
        as written), words in the quote (`q`), `kind` (direct, indirect, mixed), `since`/`until`."""
        lim = Q.check_int("limit", limit, 50, 1, 500)
        pg = Q.check_int("page", page, 1, 1, 10_000)
        kind = Q.check_choice("kind", kind, ("direct", "indirect", "mixed"), "") or None
        qq = (q or "").strip() or None
        if qq:
            try:
                from ..store import search as fts
                fts.parse(qq)
            except ValueError as exc:
                raise Q.BadRequest(str(exc)) from None
        rows = Q.list_quotes(store(), speaker=(speaker or "").strip() or None, query=qq, kind=kind,
                             since=Q.check_date("since", since), until=Q.check_until(until),
                             limit=lim, offset=(pg - 1) * lim)
        return {"query": {"speaker": speaker, "q": q, "kind": kind, "since": since, "until": until, "page": pg,
                          "limit": lim}, "quotes": rows}

    # --- analyze --------------------------------------------------------------------------
    def run_analyze(text: str, title: str | None, published: str | None, profile: str = "accurate") -> dict:
        import marsad
        from ..io.readers import normalize_published

        if not text or not text.strip():
            raise Q.BadRequest("text is empty: paste the article body")
        if len(text) > MAX_ANALYZE_CHARS:
            raise Q.BadRequest(f"text is too long ({len(text)} characters; limit {MAX_ANALYZE_CHARS})")
        if published and normalize_published(published) is None:
            raise Q.BadRequest(f"published must be a date YYYY-MM-DD, not {published!r}")
        profile = Q.check_choice("profile", profile, marsad.PROFILES, "accurate")
        body = f"{title.strip()}\n\n{text}" if title and title.strip() else text
        try:
            record = marsad.analyze(body, published=published or None, profile=profile)
        except marsad.AnalyzeError as exc:
            raise Q.BadRequest(str(exc)) from None
        rec = record.to_dict()
        links = {}
        if db is not None:
            keys = {a["id"]: actor_key(a) for a in rec.get("actors") or []}
            known = Q.known_actors(store(), keys.values())
            links = {k: v for k, v in keys.items() if v in known}
        return {"record": rec, "actor_pages": links, "stored": False}

    if analyze:
        @app.get("/analyze", include_in_schema=False, response_class=HTMLResponse)
        def analyze_form(request: Request):
            return render_page(request, "analyze.html", {"record": None, "text": "", "title": "", "published": "",
                                                         "profile": "accurate"})

        @app.post("/analyze", include_in_schema=False, response_class=HTMLResponse)
        async def analyze_page(request: Request):
            raw = (await request.body()).decode("utf-8", errors="replace")
            form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
            text, title, published = form.get("text", ""), form.get("title", ""), form.get("published", "")
            profile = form.get("profile", "accurate")
            data = {"record": None, "text": text, "title": title, "published": published, "profile": profile}
            try:
                out = await _in_thread(run_analyze, text, title, published, profile)
            except Q.BadRequest as exc:
                data["error"] = str(exc)
                return render_page(request, "analyze.html", data, 400)
            data.update(out)
            data.update(article_view(out["record"], out["actor_pages"], None))
            return render_page(request, "analyze.html", data)

        @app.post("/analyze.json", include_in_schema=False)  # the page's JSON twin
        @app.post("/api/analyze", summary="analyse posted text (stores nothing)")
        def api_analyze(body: AnalyzeIn):
            """Run the Marsad pipeline on `text` and return the record (contract v1) and `actor_pages`
            (record actor ids that have a page in this store). Nothing is stored. Bodies over 1 MB get 413."""
            return run_analyze(body.text, body.title, body.published, body.profile)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    app.add_middleware(SecurityMiddleware, max_body=max_body)
    return app


async def _in_thread(fn, *args):
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def _json_url(request: Request) -> str:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json"):
        return str(request.url)
    twin = ("/index" if path == "/" else path.rstrip("/")) + ".json"
    return twin + (f"?{request.url.query}" if request.url.query else "")


def _qs(args: dict, **change) -> str:
    """The current query string with some parameters changed (None removes one)."""
    merged = {**args, **change}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})
