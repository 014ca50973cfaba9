"""Server time of every dashboard page over a store: ``python benchmarks/web_bench.py --db FILE``.

Requests go through the whole ASGI app in-process (routing, queries, template rendering,
middleware); the time is the app's own ``Server-Timing: app;dur=`` header, i.e. server time
without the network.  Each page kind is requested for a sample of ids / queries (the heaviest
included: the actors with most articles, the longest articles, the commonest words) and the
p50 / p95 / max per kind are printed as a Markdown table (``--json`` for a JSON object).
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
import warnings
from urllib.parse import quote


def urls(db: str, n: int, seed: int = 7) -> dict[str, list[str]]:
    rnd = random.Random(seed)
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    one = lambda sql, *p: [r[0] for r in c.execute(sql, p)]  # noqa: E731
    ids = one("SELECT id FROM articles")
    longest = one("SELECT id FROM articles ORDER BY n_chars DESC LIMIT ?", max(1, n // 4))
    art = longest + rnd.sample(ids, min(len(ids), n - len(longest)))
    top = one("SELECT id FROM actors ORDER BY n_articles DESC LIMIT ?", max(1, n // 2))
    actors_all = one("SELECT id FROM actors")
    act = top + rnd.sample(actors_all, min(len(actors_all), n - len(top)))
    outlets = one("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
    words = ["الرئيس", "ترامب", "السعودية", "الأمم المتحدة", "إيران", "كرة القدم", "\"مجلس الأمن\"", "النفط OR الغاز",
             "اقتصاد*", "سوريا -روسيا", "بوتين", "الانتخابات", "مصر", "حماس", "ماكرون", "كورونا"]
    top_name = one("SELECT name_ar FROM actors ORDER BY n_articles DESC LIMIT 1")
    e = lambda s: quote(s, safe="")  # noqa: E731
    out = {
        "home /": ["/"] * 3,
        "search /search?q=": [f"/search?q={e(w)}" for w in words]
        + [f"/search?q={e(w)}&outlet={e(rnd.choice(outlets))}&since=2018-03-01&until=2018-09-30" for w in words[:5]]
        + ["/search", "/search?type=ASSAULT", "/search?type=CONSULT,AGREE&q=" + e("الرئيس")]
        + ([f"/search?actor={e(top[0])}", f"/search?actor={e(top_name[0])}&q={e('الرئيس')}"] if top else []),
        "article /articles/{id}": [f"/articles/{e(i)}" for i in art],
        "actor /actors/{id}": [f"/actors/{e(i)}" for i in act],
        "actors /actors": ["/actors", "/actors?order=events", "/actors?country=USA", "/actors?type=ORG",
                           "/actors?name=" + e("الرئيس")],
        "events /events": ["/events", "/events?period=day", "/events?type=ASSAULT", "/events?quad=4", "/events?page=20",
                           "/events?since=2018-05-01&until=2018-05-31", "/events?country=USA"]
        + [f"/events?actor={e(a)}" for a in top[:5]],
        "network /network": ["/network", "/network?quad=4", "/network?type=CONSULT", "/network?nodes=100"]
        + [f"/network?actor={e(a)}" for a in top[:4]],
        "quotes /quotes": ["/quotes", "/quotes?q=" + e("الحكومة"), "/quotes?kind=direct"]
        + [f"/quotes?speaker={e(a)}" for a in top[:4]],
    }
    # every page's JSON twin, from the same views
    for kind in list(out):
        twin = []
        for u in out[kind][: max(3, n // 4)]:
            path, _, q = u.partition("?")
            twin.append(("/index" if path == "/" else path) + ".json" + (f"?{q}" if q else ""))
        out[kind.split(" ")[0] + " (JSON twin)"] = twin
    return out


def _summary(times: list[float]) -> dict:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"requests": len(times), "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
            "max_ms": round(times[-1], 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--n", type=int, default=40, help="ids sampled per page kind (default 40)")
    ap.add_argument("--repeat", type=int, default=1, help="times each URL is requested")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cache-ttl", type=float, default=0.0,
                    help="reuse aggregates this many seconds (default 0: every request computed, cold numbers)")
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from marsad.web import create_app

    client = TestClient(create_app(args.db, cache_ttl=args.cache_ttl))
    plan = urls(args.db, args.n)
    results, failures, every, html, slowest = {}, [], [], [], []
    t0 = time.perf_counter()
    for kind, lst in plan.items():
        times = []
        for u in lst:
            for _ in range(args.repeat):
                r = client.get(u)
                if r.status_code != 200:
                    failures.append((u, r.status_code, r.text[:200]))
                    continue
                times.append(float(r.headers["server-timing"].split("dur=")[1]))
                slowest.append((times[-1], u))
        every += times
        if "JSON" not in kind:
            html += times
        if times:
            results[kind] = _summary(times)
    results["all HTML pages"] = _summary(html)
    results["all requests"] = _summary(every)
    all_times = results
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    size = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "actors", "event_clusters", "quotes", "mentions")}
    slowest = [{"ms": ms, "url": u} for ms, u in sorted(slowest, reverse=True)[:8]]
    report = {"db": args.db, "store": size, "pages": results, "slowest": slowest, "failures": failures,
              "wall_s": round(time.perf_counter() - t0, 1)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(f"store: {size}")
        print("| page | requests | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|")
        for kind, r in all_times.items():
            print(f"| {kind} | {r['requests']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} |")
        print("\nslowest:", ", ".join(f"{x['url']} {x['ms']} ms" for x in slowest))
        for f in failures:
            print("FAILED", *f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
