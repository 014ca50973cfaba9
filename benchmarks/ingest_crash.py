"""Crash-safety run: SIGKILL ``marsad ingest`` at random moments, then let a rerun finish.

    python benchmarks/ingest_crash.py [--docs 3000] [--kills 10] [--workers 2] [--shard-size 16]
                                      [--max-delay 3] [--cpus 0] [--out FILE]

The corpus is generated (sentences written for this script, shuffled). After every kill the
store must pass ``PRAGMA integrity_check``; at the end every article must be stored exactly
once, with its full-text row and signature, and no failure recorded.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

WORDS = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية وقال الوزير إن البرنامج "
         "سيبدأ الشهر المقبل بتمويل من البنك الدولي وأكد المتحدث أن اللجنة ستتابع التنفيذ وأشار التقرير "
         "إلى تحسن المؤشرات الاقتصادية في الربع الأخير من العام وشهدت العاصمة احتجاجات للمطالبة بالإصلاح").split()


def q(db: str, sql: str):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cpus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shard-size", type=int, default=16, help="documents per committed batch")
    ap.add_argument("--max-delay", type=float, default=3.0, help="kill up to this many seconds after the first commit")
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="marsad-crash-")
    src, db = os.path.join(tmp, "corpus.jsonl"), os.path.join(tmp, "crash.db")
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(args.docs):
            text = " ".join(rng.choice(WORDS) for _ in range(80)) + f" ({i})."
            fh.write(json.dumps({"id": f"c{i:06d}", "title": f"خبر {i}", "published": "2021-04-19", "text": text},
                                ensure_ascii=False) + "\n")
    cmd = [sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())", "ingest", src,
           "--db", db, "--workers", str(args.workers), "--no-progress", "--shard-size", str(args.shard_size)]
    if args.cpus:
        cmd = ["taskset", "-c", args.cpus] + cmd
    kills = []
    for _ in range(args.kills):
        before = q(db, "SELECT count(*) FROM articles") if os.path.exists(db) else 0
        if before >= args.docs:
            break
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        while proc.poll() is None:
            try:
                if os.path.exists(db) and q(db, "SELECT count(*) FROM articles") > before:
                    break
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, args.max_delay))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        kills.append({"stored_before": before, "stored_after_kill": q(db, "SELECT count(*) FROM articles"),
                      "integrity": q(db, "PRAGMA integrity_check")})
    done = subprocess.run(cmd, capture_output=True, text=True)
    final = {
        "rerun_exit": done.returncode,
        "articles": q(db, "SELECT count(*) FROM articles"),
        "distinct_ids": q(db, "SELECT count(DISTINCT id) FROM articles"),
        "fts_rows": q(db, "SELECT count(*) FROM fts"),
        "signatures": q(db, "SELECT count(*) FROM article_minhash"),
        "failures": q(db, "SELECT count(*) FROM failures"),
        "derived_stale": q(db, "SELECT value FROM meta WHERE key = 'derived_stale'"),
        "integrity": q(db, "PRAGMA integrity_check"),
        "runs": q(db, "SELECT count(*) FROM runs"),
    }
    ok = (final["articles"] == final["distinct_ids"] == final["fts_rows"] == args.docs and final["integrity"] == "ok"
          and final["failures"] == 0 and all(k["integrity"] == "ok" for k in kills) and done.returncode == 0)
    result = {"docs": args.docs, "workers": args.workers, "shard_size": args.shard_size, "max_delay": args.max_delay,
              "kills": kills, "final": final, "ok": ok}
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
