"""Speed and memory of NER + linking (entities and actors stages) on ANT articles, per profile.

    taskset -c 0 python benchmarks/bench_entities.py --profile fast --n 2000
    taskset -c 0 python benchmarks/bench_entities.py --profile accurate --n 300

Articles are read, cleaned and segmented first (not timed); then the entities stage (NER +
KB reconciliation) and the actors stage (linking) are timed separately.  Prints model load
time (first call, in this fresh process), words (tokens) per second and per CPU-second,
articles/s, and peak resident memory.  Results are recorded in benchmarks/entities.md.
"""
import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/data/corpora/ant.jsonl.gz"))
    ap.add_argument("--profile", choices=("fast", "accurate"), default="fast")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=5000, help="start this many articles in (a mix of outlets)")
    args = ap.parse_args()
    from marsad.io.readers import ReadError, read_path
    from marsad.pipeline import Pipeline, create_stage
    from marsad.text import tokenize

    prep = Pipeline(["marsad.clean.v1", "marsad.language.v1", "marsad.segment.v1"])
    recs, seen = [], 0
    for item in read_path(args.corpus):
        if isinstance(item, ReadError):
            continue
        seen += 1
        if seen <= args.skip or seen % 7:  # every 7th article: spread over the corpus
            continue
        rec = prep(item)
        if rec.language == "ar" and rec.text:
            recs.append(rec)
        if len(recs) >= args.n:
            break
    words = sum(len(tokenize(r.text)) for r in recs)
    ents = create_stage("marsad.entities.v1", profile=args.profile)
    actors = create_stage("marsad.actors.v1")

    t0, c0 = time.perf_counter(), time.process_time()
    ents.tagger.tag([["تجربة"]])
    ents.kb()
    load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0

    timings = {}
    for name, stage in (("entities (NER + KB)", ents), ("actors (linking)", actors)):
        t0, c0 = time.perf_counter(), time.process_time()
        for r in recs:
            stage(r)
        timings[name] = (time.perf_counter() - t0, time.process_time() - c0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"profile {args.profile}: {len(recs)} articles, {words} words; model+KB load {load_wall:.2f} s wall "
          f"({load_cpu:.2f} s CPU)")
    total_w = total_c = 0.0
    for name, (w, c) in timings.items():
        total_w += w
        total_c += c
        print(f"  {name:<22} {w:7.1f} s wall {c:7.1f} s CPU -> {words / w:8.0f} words/s, {words / c:8.0f} words/CPU-s")
    print(f"  {'NER + linking':<22} {total_w:7.1f} s wall {total_c:7.1f} s CPU -> {words / total_w:8.0f} words/s, "
          f"{words / total_c:8.0f} words/CPU-s, {len(recs) / total_c:.1f} articles/CPU-s")
    print(f"  entities found {sum(len(r.entities) for r in recs)}, actors {sum(len(r.actors) for r in recs)}")
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
