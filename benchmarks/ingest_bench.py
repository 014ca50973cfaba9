"""Ingest benchmark: run ``marsad ingest`` as a subprocess and measure it.

    python benchmarks/ingest_bench.py INPUT... --db /work/tmp_store/full.db --workers 2 \
        [--cpus 0] [--out benchmarks/results/ingest_full.json]

Records wall time, articles/s, peak resident memory of the whole process tree (the writer,
the forkserver and the workers, summed; sampled every 0.5 s), the store size and counts.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone


def tree_rss(proc) -> tuple[int, int]:
    """(sum of RSS over the process and its descendants, number of processes)."""
    import psutil

    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0, 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total, len(procs)


def main(argv=None) -> int:
    import psutil

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--db", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", default="accurate")
    ap.add_argument("--cpus", help="taskset CPU list for the run (e.g. 0)")
    ap.add_argument("--extra", nargs=argparse.REMAINDER, default=[], help="more ingest options")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args(argv)

    cmd = [sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())", "ingest", *args.inputs,
           "--db", args.db, "--workers", str(args.workers), "--profile", args.profile, "--json", "--no-progress",
           *args.extra]
    if args.cpus:
        cmd = ["taskset", "-c", args.cpus] + cmd
    import marsad

    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak, peak_procs, loads = 0, 0, []
    while proc.poll() is None:
        rss, n = tree_rss(ps)
        if rss > peak:
            peak, peak_procs = rss, n
        loads.append(os.getloadavg()[0])
        time.sleep(0.5)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(err[-3000:], file=sys.stderr)
        return proc.returncode
    summary = json.loads(out)
    size = sum(os.path.getsize(p) for p in (args.db, args.db + "-wal") if os.path.exists(p))
    from marsad.store import open_store

    with open_store(args.db) as st:
        stats = st.stats()
    result = {
        "started": started, "command": " ".join(cmd[:1] + ["..."] + cmd[cmd.index("ingest"):]),
        "inputs": args.inputs, "workers": args.workers, "profile": args.profile, "cpus": args.cpus or "all",
        "pipeline": marsad.build_pipeline(args.profile).names,
        "git_commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                     cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip(),
        "wall_seconds": round(wall, 1), "new_articles": summary["new"], "failed": summary["failed"],
        "articles_per_second": round(summary["new"] / wall, 2) if wall else None,
        "ingest_reported": summary, "peak_rss_mb_process_tree": round(peak / 2**20, 1),
        "processes_at_peak": peak_procs, "store_bytes": size, "store_mb": round(size / 2**20, 1),
        "store_stats": {k: stats[k] for k in ("articles", "unique_articles", "duplicate_groups", "duplicates",
                                              "event_reports", "events", "actors", "entity_mentions", "quotes",
                                              "failures")},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_avg_before": [round(x, 2) for x in load_before],
                    "load_avg_mean_during": round(sum(loads) / len(loads), 2) if loads else None},
    }
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
