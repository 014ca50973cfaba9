"""Choose the `fast` profile's O-tag bias on the ANERcorp dev split (last 10% of
train.txt) and write fast.json. Usage: python tune_fast.py FAST_NPZ LEXICON OUT_JSON"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from common import anercorp_split, evaluate, set_threads
from marsad.ner.fast import FastTagger
from marsad.ner.viterbi import viterbi

O_BIAS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def main(npz, lexicon, out_json):
    set_threads(1)
    crf = FastTagger(Path(npz), Path(lexicon))
    _, dev = anercorp_split()
    ems = [crf.emissions([w for w, _ in s]) for s in dev]
    o = crf.tags.index("O")
    best = (-1, None)
    grid = {}
    for ob in O_BIAS:
        bias = np.zeros(len(crf.tags), dtype=np.float32)
        bias[o] = -ob
        pred = [[crf.tags[j] for j in viterbi(e + bias, crf.trans)] for e in ems]
        ev = evaluate(dev, pred)
        grid[ob] = {"f1": ev["f1"], "p": ev["precision"], "r": ev["recall"]}
        print(f"o_bias {ob}: dev F1 {ev['f1']:.4f} P {ev['precision']:.3f} R {ev['recall']:.3f}", flush=True)
        if ev["f1"] > best[0]:
            best = (ev["f1"], ob)
    json.dump({"o_bias": best[1], "selected_on": "ANERcorp dev (last 10% of train.txt)", "dev_f1": best[0],
               "grid": grid}, open(out_json, "w"), indent=1)
    print("best", best)


if __name__ == "__main__":
    main(*sys.argv[1:4])
