"""Cost of the dates, quotes and events stages relative to the full pipeline.

    taskset -c 0 python benchmarks/events_bench.py [--limit 2000] [--profile accurate|fast]

Runs the default pipeline on the first ``--limit`` Arabic-category articles of the ANT corpus
(politics, middle-east, world and local news, the outlets' own categories), timing every stage
separately with the process's CPU clock, so the figures do not depend on other jobs on the
machine.  "without" is the pipeline minus dates/quotes/events; "with" the full pipeline.
Results are recorded by hand in benchmarks/events.md.
"""
import argparse
import gzip
import json
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = ("dates", "quotes", "events")
CATEGORIES = {"middleEast", "internationalNews", "politic", "localNews"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/data/corpora/ant.jsonl.gz"))
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--profile", default="accurate")
    args = ap.parse_args()
    from marsad import build_pipeline
    from marsad.io.readers import record_from_object

    pipe = build_pipeline(args.profile)
    rows = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("category") in CATEGORIES and row.get("text"):
                rows.append(row)
            if len(rows) >= args.limit:
                break
    # warm up: models and lexicons load once, outside the timing
    pipe(record_from_object(rows[0], raw_bytes=rows[0]["text"].encode(), source={}))
    cpu = defaultdict(float)
    n_events = n_quotes = n_dates = 0
    for row in rows:
        rec = record_from_object(row, raw_bytes=row["text"].encode(), source={})
        for stage in pipe.stages:
            if stage.arabic_only and rec.language not in (None, "ar"):
                continue
            c0 = time.process_time()
            rec = stage(rec)
            cpu[stage.name] += time.process_time() - c0
        n_events += len(rec.events)
        n_quotes += len(rec.quotes)
        n_dates += len(rec.dates)
    total = sum(cpu.values())
    ours = sum(cpu[s] for s in OURS)
    n = len(rows)
    print(f"{n} articles, profile {args.profile}: {n_dates} dates, {n_quotes} quotes, {n_events} events")
    for name, t in cpu.items():
        print(f"  {name:<10}{t:8.2f} s CPU  {1000 * t / n:7.2f} ms/article")
    print(f"without dates/quotes/events: {n / (total - ours):8.1f} articles per CPU-second")
    print(f"with    dates/quotes/events: {n / total:8.1f} articles per CPU-second")
    print(f"added: {100 * ours / (total - ours):.1f}% of the pipeline without them "
          f"({n / ours:.0f} articles per CPU-second for the three stages alone)")


if __name__ == "__main__":
    main()
