"""Search latency on a store: p50/p95/max of ``Store.search`` (ranked, with snippets).

    python benchmarks/search_bench.py --db /work/tmp_store/full.db [--repeat 5] [--out FILE]

Each query runs ``--repeat`` times with ``limit=20`` (the CLI and web default), through a
read-only connection, snippets included. Also times a few dashboard queries (events, actors,
stats, event counts) and checks that spelling variants return the same results.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

QUERIES = [
    "الرئيس", "الحكومة", "ترامب", "بوتين", "السعودية", "مصر", "كرة القدم", "النفط",
    '"ولي العهد"', '"الأمم المتحدة"', "محمد بن سلمان", "اقتصاد*", "انتخابات OR استفتاء",
    "الحوثي -اليمن", "أحمد", "احمد", "إسرائيل", "اسرائيل", "مدرسة", "مدرسه", "مستشفى", "مستشفي",
    "الذكاء الاصطناعي", "تويتر", "برشلونة", "الاحتباس الحراري", "فيروس", "الليرة التركية",
    "زلزال", "مُحَمَّد", "قطر الخليج", "الأسهم السعودية", "دونالد ترامب كوريا", "الجيش السوري إدلب",
]
VARIANT_PAIRS = [("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("مدرسة", "مدرسه"), ("مستشفى", "مستشفي"),
                 ("مُحَمَّد", "محمد"), ("الأمم", "الامم")]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    from marsad.store import open_store

    st = open_store(args.db)
    per_query, all_ms, first_ms = {}, [], []
    for q in QUERIES:
        t0 = time.perf_counter()
        n = len(st.search(q, limit=20))
        first_ms.append((time.perf_counter() - t0) * 1000)
        ms = timed(lambda: st.search(q, limit=20), args.repeat)
        all_ms += ms
        per_query[q] = {"results": n, "matches": st.search_count(q), "median_ms": round(statistics.median(ms), 2),
                        "max_ms": round(max(ms), 2)}
    variants = {f"{a} / {b}": [r["id"] for r in st.search(a, limit=50)] == [r["id"] for r in st.search(b, limit=50)]
                for a, b in VARIANT_PAIRS}
    other = {
        "events(limit=50)": timed(lambda: st.events(limit=50), args.repeat),
        "events(actor='ترامب')": timed(lambda: st.events(actor="ترامب", limit=50), args.repeat),
        "events(country='SAU', since)": timed(lambda: st.events(country="SAU", since="2015-01-01", limit=50), args.repeat),
        "actors(top=50)": timed(lambda: st.actors(50), args.repeat),
        "event_counts(month, type)": timed(lambda: st.event_counts("type", "month"), args.repeat),
        "stats()": timed(lambda: st.stats(), args.repeat),
    }
    result = {
        "db": args.db, "queries": len(QUERIES), "repeat": args.repeat, "limit": 20,
        "search_ms": {"p50": round(pct(all_ms, 50), 2), "p95": round(pct(all_ms, 95), 2), "max": round(max(all_ms), 2),
                      "first_run_p95": round(pct(first_ms, 95), 2), "first_run_max": round(max(first_ms), 2)},
        "variants_same_results": variants,
        "other_ms": {k: {"p50": round(pct(v, 50), 2), "max": round(max(v), 2)} for k, v in other.items()},
        "per_query": per_query,
    }
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
