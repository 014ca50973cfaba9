"""Train the `fast` profile: a linear-chain CRF (CRFsuite, L-BFGS, elastic net)
over marsad.ner.features, then export a numpy archive that marsad.ner runs
without crfsuite.

Usage: taskset -c 1 python train_fast.py --lexicon /work/tmp_ner/lexicon.tsv --out /work/tmp_ner/fast [--ship]
"""
from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import numpy as np
import pycrfsuite

from common import REPO, TAGS, anercorp_split, data_dir, evaluate, load_aqmar, set_threads
from marsad.ner.features import sentence_features
from marsad.ner.fast import load_lexicon


def featurize(sents, lex, cache):
    return [sentence_features([w for w, _ in s], lex, cache) for s in sents]


def fit_crf(X, Y, path, c1, c2, iters):
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(X, Y):
        tr.append(x, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters,
                   "feature.possible_transitions": True, "feature.minfreq": 1})
    tr.train(str(path))


def tag_all(model_path, X):
    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    return [tg.tag(x) for x in X]


def export(model_path, out_npz):
    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    info = tg.info()
    labels = list(TAGS)
    lab_idx = {l: i for i, l in enumerate(labels)}
    feats = {}
    for (attr, lab), w in info.state_features.items():
        if abs(w) < 1e-6:
            continue
        feats.setdefault(attr, np.zeros(len(labels), dtype=np.float32))[lab_idx[lab]] = w
    names = sorted(feats)
    W = np.stack([feats[n] for n in names]).astype(np.float32)
    T = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        T[lab_idx[a], lab_idx[b]] = w
    blob = "\n".join(names).encode("utf-8")
    np.savez(out_npz, W=W.astype(np.float16), trans=T,
             names=np.frombuffer(blob, dtype=np.uint8),
             tags=np.frombuffer("\n".join(labels).encode(), dtype=np.uint8))
    return len(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lexicon", default="/work/tmp_ner/lexicon.tsv")
    ap.add_argument("--out", default="/work/tmp_ner/fast")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--final", action="store_true", help="retrain on all of train.txt after the dev run")
    ap.add_argument("--reuse-dev", action="store_true", help="reuse OUT/dev.crfsuite (same data, same seed) instead of retraining it")
    ap.add_argument("--ship", action="store_true")
    ap.add_argument("--wikifane", type=int, default=0,
                    help="add N WikiFANE sentences (coarse types; masked classes become O)")
    ap.add_argument("--name", default="fast", help="name of the exported archive (NAME.npz)")
    args = ap.parse_args()
    set_threads(1)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    lex = load_lexicon(args.lexicon)
    cache = {}
    train, dev = anercorp_split()
    if args.wikifane:
        from common import load_wikifane

        train = train + [[(w, t or "O") for w, t in s] for s in load_wikifane(args.wikifane)]
    Xtr, Ytr = featurize(train, lex, cache), [[t for _, t in s] for s in train]
    Xdv = featurize(dev, lex, cache)
    aqd = load_aqmar(data_dir(), "dev")
    Xaq = featurize(aqd, lex, cache)
    print("featurized", round(time.time() - t0), flush=True)
    res = {}
    if not (args.reuse_dev and (out / "dev.crfsuite").exists()):
        fit_crf(Xtr, Ytr, out / "dev.crfsuite", args.c1, args.c2, args.iters)
    res["train_s_dev_model"] = time.time() - t0
    pd = tag_all(out / "dev.crfsuite", Xdv)
    res["dev"] = evaluate(dev, pd)
    res["aqmar_dev"] = evaluate(aqd, tag_all(out / "dev.crfsuite", Xaq), types=("PER", "LOC", "ORG"))
    print(f"c1={args.c1} c2={args.c2} dev F1 {res['dev']['f1']:.4f} aqmar-dev {res['aqmar_dev']['f1']:.4f} "
          + " ".join(f"{t}:{v['f1']:.3f}" for t, v in res["dev"]["per_type"].items()), flush=True)
    model = out / "dev.crfsuite"
    if args.final:
        t1 = time.time()
        Xall = Xtr + Xdv
        Yall = Ytr + [[t for _, t in s] for s in dev]
        fit_crf(Xall, Yall, out / "final.crfsuite", args.c1, args.c2, args.iters)
        res["train_s_final_model"] = time.time() - t1
        model = out / "final.crfsuite"
    n = export(model, out / f"{args.name}.npz")
    res["n_features"] = n
    res["args"] = vars(args)
    json.dump(res, open(out / "result.json", "w"), indent=1)
    print("exported", n, "features; total", round(time.time() - t0), "s", flush=True)
    if args.ship:
        dst = REPO / "src" / "marsad" / "resources" / "ner"
        shutil.copy(out / f"{args.name}.npz", dst / f"{args.name}.npz")
        shutil.copy(args.lexicon, dst / "lexicon.tsv")


if __name__ == "__main__":
    main()
