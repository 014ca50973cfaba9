"""Choose the `accurate` profile's CRF weight on the ANERcorp dev split
(last 10% of train.txt) and write accurate.json.

Usage: python tune_ensemble.py ACC_DIR FAST_DIR LEXICON OUT_JSON [dev|dev+aqmar]"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from common import anercorp_split, data_dir, evaluate, load_aqmar, set_threads
from marsad.ner.encoder import EncoderTagger
from marsad.ner.fast import FastTagger
from marsad.ner.viterbi import viterbi

GRID = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
O_BIAS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


SELECT = "dev"


def main(acc_dir, fast_dir, lexicon, out_json, select="dev"):
    global SELECT
    SELECT = select
    set_threads(1)
    enc = EncoderTagger(Path(acc_dir) / "accurate.npz")
    crf_file = Path(fast_dir) if str(fast_dir).endswith(".npz") else Path(fast_dir) / "fast.npz"
    crf = FastTagger(crf_file, Path(lexicon))
    _, dev = anercorp_split()
    aq = load_aqmar(data_dir(), "dev")
    res = {"grid": {}}
    sets = {"dev": dev, "aqmar_dev": aq}
    cache = {}
    for name, sents in sets.items():
        words = [[w for w, _ in s] for s in sents]
        cache[name] = (words, enc.logprobs(words), [crf.emissions(w) for w in words])
    best = (-1, None, None)
    o_idx = enc.tags.index("O")
    for w in GRID:
        for ob in O_BIAS:
            r = {}
            bias = np.zeros(len(enc.tags), dtype=np.float32)
            bias[o_idx] = -ob
            for name, sents in sets.items():
                words, lps, ems = cache[name]
                trans = enc.trans + w * crf.trans
                pred = [[enc.tags[j] for j in viterbi(lp + bias + w * em, trans, enc.start)] for lp, em in zip(lps, ems)]
                ev = evaluate(sents, pred, types=("PER", "LOC", "ORG") if name == "aqmar_dev" else None)
                r[name] = {"f1": ev["f1"], "p": ev["precision"], "r": ev["recall"],
                           "per_type": {t: v["f1"] for t, v in ev["per_type"].items()}}
            res["grid"][f"{w}/{ob}"] = r
            print(f"crf_weight {w} o_bias {ob}: dev {r['dev']['f1']:.4f} (P {r['dev']['p']:.3f} R {r['dev']['r']:.3f}) "
                  f"aqmar-dev {r['aqmar_dev']['f1']:.4f}", flush=True)
            score = r["dev"]["f1"] + (r["aqmar_dev"]["f1"] if SELECT == "dev+aqmar" else 0.0)
            if score > best[0]:
                best = (score, w, ob)
    res["crf_weight"], res["o_bias"] = best[1], best[2]
    res["selected_on"] = ("ANERcorp dev (last 10% of train.txt)" if SELECT == "dev"
                          else "ANERcorp dev (last 10% of train.txt) F1 + AQMAR dev PER/LOC/ORG F1")
    sel = res["grid"][f"{best[1]}/{best[2]}"]
    json.dump({"crf_model": crf_file.name, "crf_weight": best[1], "o_bias": best[2], "selected_on": res["selected_on"],
               "dev_f1": sel["dev"]["f1"], "aqmar_dev_f1": sel["aqmar_dev"]["f1"]},
              open(out_json, "w"), indent=1)
    json.dump(res, open(Path(out_json).with_suffix(".grid.json"), "w"), indent=1)
    print("best", best)


if __name__ == "__main__":
    main(*sys.argv[1:6])
