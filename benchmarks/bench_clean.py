"""Throughput of reading + cleaning + (language id) + sentence segmentation on a corpus.

    taskset -c 0 python benchmarks/bench_clean.py [--corpus ../shared/data/corpora/ant.jsonl.gz] [--limit N]

Prints articles/s by wall clock and per CPU-second of this single-threaded process (the
latter does not depend on what else the machine runs) and peak resident memory; results are recorded
by hand in benchmarks/README.md.
"""
import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/data/corpora/ant.jsonl.gz"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--stages", default="marsad.clean.v1,marsad.language.v1,marsad.segment.v1")
    args = ap.parse_args()
    from marsad.io.readers import ReadError, read_path
    from marsad.pipeline import Pipeline

    pipe = Pipeline(args.stages.split(","))
    n = errors = chars = sents = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for item in read_path(args.corpus):
        if isinstance(item, ReadError):
            errors += 1
            continue
        rec = pipe(item)
        n += 1
        chars += len(rec.text)
        sents += len(rec.sentences)
        if args.limit and n >= args.limit:
            break
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages: {', '.join(pipe.names)}")
    print(f"articles: {n} (read errors {errors}), body chars {chars}, sentences {sents}")
    print(f"wall: {dt:.1f} s -> {n / dt:.0f} articles/s; CPU: {cpu:.1f} s -> {n / cpu:.0f} articles per CPU-second, "
          f"{chars / cpu / 1e6:.2f} M chars per CPU-second")
    print(f"peak RSS: {peak:.0f} MB (python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
