"""Build the `fast` profile's word-attribute table (lexicon.tsv):
normalised word -> k-means cluster ids of its ANT skip-gram vector at three
granularities (64/256/1024) and gazetteer flags (ANERGazet, ANETAC, CLDR
country names). Usage: python build_lexicon.py W2V.kv OUT.tsv"""
from __future__ import annotations

import sys
import time

import numpy as np

from common import data_dir  # (also puts src/ on sys.path)
from marsad.ner.features import normalize

LEXDIR = data_dir().parent / "lexicons"


def kmeans(X, k, iters=15, seed=13):
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), k, replace=False)].copy()
    for _ in range(iters):
        sims = X @ C.T
        a = sims.argmax(1)
        for j in range(k):
            m = a == j
            if m.any():
                c = X[m].mean(0)
                C[j] = c / (np.linalg.norm(c) + 1e-9)
    return C


def gazetteers():
    gz: dict[str, set] = {}

    def add(w, t):
        w = normalize(w.strip()).lower()
        if w:
            gz.setdefault(w, set()).add(t)

    for fn, t in (("AlignedLocGazetteer.txt", "LOC"), ("AlignedOrgGazetteer.txt", "ORG"), ("AlignedPersGazetteer.txt", "PER")):
        for line in open(LEXDIR / "anergazet" / fn, encoding="utf-8-sig"):
            line = line.strip()
            if not line or line.startswith("====") or line.startswith("****"):
                continue
            toks = line.split()
            if len(toks) == 1:
                add(toks[0], t)
            else:
                for x in toks:
                    add(x, t + "m")
    m = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
    for line in open(LEXDIR / "anetac" / "EN-AR_NE_EN-AR_Named-entities.txt", encoding="utf-8"):
        p = line.split()
        if len(p) >= 3 and p[0] in m:
            for x in p[2:]:
                add(x, "a" + m[p[0]])
    import csv
    with open(LEXDIR / "countries" / "countries_ar_en.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names = {row.get("cldr_name_ar", ""), row.get("isocodes_name_ar", "")}
            for n in names:
                toks = n.split()
                if len(toks) == 1:
                    add(toks[0], "CTRY")
                for x in toks:
                    add(x, "CTRYm")
    return gz


def main(kv_path, out):
    from gensim.models import KeyedVectors

    t0 = time.time()
    kv = KeyedVectors.load(kv_path)
    words, vecs = [], []
    seen = set()
    for i, w in enumerate(kv.index_to_key):
        n = normalize(w).lower()
        if n in seen:
            continue
        seen.add(n)
        words.append(n)
        vecs.append(kv.vectors[i])
    X = np.asarray(vecs, dtype=np.float32)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    fit = X[:60000]
    assign = {}
    for k, name in ((64, "c64"), (256, "c256"), (1024, "c1k")):
        C = kmeans(fit, k)
        a = np.concatenate([(X[s:s + 20000] @ C.T).argmax(1) for s in range(0, len(X), 20000)])
        assign[name] = a
        print("kmeans", k, round(time.time() - t0), flush=True)
    gz = gazetteers()
    n_rows = 0
    with open(out, "w", encoding="utf-8") as f:
        keys = set(words) | set(gz)
        idx = {w: i for i, w in enumerate(words)}
        for w in sorted(keys):
            attrs = []
            i = idx.get(w)
            if i is not None:
                attrs += [f"{name}={assign[name][i]}" for name in ("c64", "c256", "c1k")]
            for t in sorted(gz.get(w, ())):
                attrs.append("g=" + t)
            if attrs and "\t" not in w and " " not in w:
                f.write(w + "\t" + " ".join(attrs) + "\n")
                n_rows += 1
    print("rows", n_rows, "seconds", round(time.time() - t0))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
