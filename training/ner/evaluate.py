"""Score a shipped profile the way RESULTS.md reports it: ANERcorp test (P/R/F1
overall and per type), AQMAR test PER/LOC/ORG, words/s (wall and CPU time,
one thread), load time in this fresh process, peak RSS, model size.

Usage: taskset -c 1 python evaluate.py fast|accurate [--json OUT]"""
from __future__ import annotations

import argparse
import json
import os
import resource
import time

from common import data_dir, set_threads

set_threads(1)
from marsad.ner import load_tagger, resources_dir  # noqa: E402
from marsad.ner.conll import AQMAR_TYPES, load_aqmar, read_conll, score_tagger  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("profile")
    ap.add_argument("--json")
    args = ap.parse_args()
    d = data_dir()
    t0 = time.perf_counter()
    tg = load_tagger(args.profile)
    tg.tag([["تجربة"]])
    load_s = time.perf_counter() - t0
    res = {"profile": args.profile, "load_s": load_s}
    aner = read_conll(d / "anercorp" / "test.txt")
    aq = load_aqmar(d, "test")
    c0 = time.process_time()
    r = score_tagger(tg, aner)
    r["words_per_cpu_s"] = r["words"] / (time.process_time() - c0)
    res["anercorp_test"] = r
    c0 = time.process_time()
    r = score_tagger(tg, aq, types=AQMAR_TYPES)
    r["words_per_cpu_s"] = r["words"] / (time.process_time() - c0)
    res["aqmar_test"] = r
    # second pass over ANERcorp (tokeniser/feature caches warm)
    c0 = time.process_time()
    r2 = score_tagger(tg, aner)
    res["anercorp_test_warm_words_per_s"] = r2["words_per_s"]
    res["anercorp_test_warm_words_per_cpu_s"] = r2["words"] / (time.process_time() - c0)
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    files = {"fast": ["fast.npz", "lexicon.tsv"], "accurate": ["accurate.npz", "accurate.onnx", "accurate.json", "fast.npz", "lexicon.tsv"]}
    res["model_files_mb"] = {f: os.path.getsize(resources_dir() / f) / 1e6 for f in files[args.profile] if (resources_dir() / f).exists()}
    impl = tg.load()
    res["backend"] = getattr(getattr(impl, "enc", impl), "backend", "numpy")
    for k in ("anercorp_test", "aqmar_test"):
        x = res[k]
        print(f"{k}: P {x['precision']:.4f} R {x['recall']:.4f} F1 {x['f1']:.4f} | "
              + " ".join(f"{t} {v['precision']:.3f}/{v['recall']:.3f}/{v['f1']:.3f}" for t, v in x["per_type"].items())
              + f" | {x['words_per_s']:.0f} w/s wall, {x['words_per_cpu_s']:.0f} w/cpu-s")
    print(f"warm: {res['anercorp_test_warm_words_per_s']:.0f} w/s wall, {res['anercorp_test_warm_words_per_cpu_s']:.0f} w/cpu-s; "
          f"load {load_s:.2f}s; peak RSS {res['peak_rss_mb']:.0f} MB; files {res['model_files_mb']}; backend {res['backend']}")
    if args.json:
        json.dump(res, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
