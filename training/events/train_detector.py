"""Fit the ASSAULT/PROTEST detection weights (src/marsad/resources/events/detector.json).

Reads ONLY the tuning part (~60%, by a fixed hash of the row id, marsad.evaluation.events.split_of)
of the Arabic PLOVER GSR development half, computes the interpretable sentence features of
marsad.stages.event_detector.detection_features on every row where a trigger of the type fires, fits an
L2-regularised logistic regression (numpy, Newton's method to convergence), and picks the threshold that maximises the mean
out-of-fold F1 (5 folds) on the tuning part.  The check part is never read here.

    python training/events/train_detector.py            # writes detector.json, prints tune CV scores
    python training/events/train_detector.py --check    # exit 1 if detector.json is not what this fits

The trigger lexicon decides which rows have features, so a change to ``triggers.tsv`` needs a refit;
``tests/evaluation/test_events_gate.py`` checks that the shipped weights are what this script fits.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad.evaluation import shared_dir  # noqa: E402
from marsad.evaluation.events import load_gsr, split_of  # noqa: E402
from marsad.stages import event_detector as det  # noqa: E402
from sample_silver import read_articles, sentence_matches  # noqa: E402

OUT = ROOT / "src" / "marsad" / "resources" / "events" / "detector.json"
L2 = 3.0
# per type, chosen by the 5x5-fold CV on the tuning part: the words around the trigger help
# ASSAULT (CV F1 0.572 -> 0.596 with words seen in >= 8 rows, L2 10) but not PROTEST (0.544 -> 0.526);
# the sentence's bag of words (B:) helps both: ASSAULT 0.597 -> 0.615 (words in >= 20 rows, L2 10;
# 0.606-0.615 for 10-20 rows, L2 10-30), PROTEST 0.544 -> 0.586 (>= 5 rows, L2 3; 0.565-0.586 for
# 5-10 rows, L2 1-5).  Character n-grams around the trigger (0.52-0.56), the words 4-6 tokens
# away and the trigger's head word did not help.
CONFIG = {"ASSAULT": {"context_min_rows": 8, "bag_min_rows": 40, "l2": 10.0, "silver_weight": 1.0},
          "PROTEST": {"context_min_rows": None, "bag_min_rows": 5, "l2": 3.0, "silver_weight": 0.05}}
SILVER = Path(__file__).resolve().parent / "silver"


def _matrix(feats: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[f.get(k, 0.0) for k in names] for f in feats]).reshape(len(feats), len(names))


def gsr_features(typ: str):
    """Feature dicts and labels of the GSR tuning rows where a trigger of the type fires."""
    feats, y = [], []
    n_all_pos = 0
    for row in load_gsr(typ):
        if row["label"] == "ambiguous" or split_of(row["id"]) != "tune":
            continue
        gold = row["label"] == "yes"
        n_all_pos += gold
        f = sentence_features(row["text"], typ)
        if f is None:
            continue   # no trigger: always "no", a recall loss the weights cannot change
        feats.append(f)
        y.append(1.0 if gold else 0.0)
    return feats, np.array(y), n_all_pos


def sentence_features(text: str, typ: str) -> dict | None:
    """The detector's features of a sentence for ``typ``; None when no trigger of the type fires."""
    norms, matches = sentence_matches(text)
    if not any(m.trigger.type == typ for m in matches):
        return None
    return det.detection_features(norms, matches, typ)


def silver_rows(typ: str) -> list[tuple[str, str]]:
    """``(key, label)`` rows of silver/<type>.tsv."""
    with open(SILVER / f"{typ.lower()}.tsv", encoding="utf-8") as fh:
        return [tuple(line.rstrip("\n").split("\t")) for line in fh]


def feature_names(feats: list[dict], typ: str) -> list[str]:
    """The weighted columns: "bias", then every feature except context words (L:/R:) and bag words
    (B:) seen in fewer rows than the type's CONFIG asks."""
    min_rows = CONFIG[typ]["context_min_rows"]
    bag_min = CONFIG[typ]["bag_min_rows"]
    rows_with = Counter(k for f in feats for k in f)

    def kept(k: str) -> bool:
        if k.startswith(("L:", "R:")):
            return min_rows is not None and rows_with[k] >= min_rows
        if k.startswith("B:"):
            return bag_min is not None and rows_with[k] >= bag_min
        return True

    return ["bias"] + sorted(k for k in rows_with if k != "bias" and kept(k))


def fit(X, y, l2=L2):
    """Minimise sum(log loss) + l2/2 |w[1:]|^2 (bias unpenalised) by Newton's method."""
    return fit_weighted(X, y, np.ones(len(y)), l2)


def f1_at(p, y, thr, n_pos):
    pred = p >= thr
    tp = float((pred & (y == 1)).sum())
    fp = float((pred & (y == 0)).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / n_pos if n_pos else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0, prec, rec


def silver_texts(keys: list[str]) -> dict[str, str]:
    """The sentence of each key ``corpus:article_id:start:end``, read from ../shared's corpora
    (whitespace runs collapsed, as the labellers saw it)."""
    want: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    for key in keys:
        corpus, aid, a, b = key.split(":")
        want.setdefault((corpus, aid), []).append((key, int(a), int(b)))
    texts = {}
    for corpus, aid, text in read_articles(shared_dir()):
        for key, a, b in want.get((corpus, aid), []):
            texts[key] = " ".join(text[a:b].split())
    missing = set(keys) - set(texts)
    if missing:
        raise SystemExit(f"{len(missing)} silver sentences not found in the shared corpora, e.g. {sorted(missing)[0]}")
    return texts


def silver_features(typ: str):
    """Features and labels of the hand-labelled corpus sentences (silver/<type>.tsv: key, label;
    the sentence text is read from ../shared by the key corpus:article_id:start:end)."""
    rows = silver_rows(typ)
    texts = silver_texts([k for k, _ in rows])
    feats, y = [], []
    for key, label in rows:
        f = sentence_features(texts[key], typ) if label != "unsure" else None
        if f is not None:
            feats.append(f)
            y.append(1.0 if label == "yes" else 0.0)
    return feats, np.array(y)


def fit_weighted(X, y, sw, l2):
    """Minimise sum(sw * log loss) + l2/2 |w[1:]|^2 (bias unpenalised) by Newton's method."""
    d = X.shape[1]
    w = np.zeros(d)
    reg = np.full(d, float(l2))
    reg[0] = 1e-6
    for _ in range(60):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (sw * (p - y)) + reg * w
        H = (X * (sw * p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def build(verbose: bool = True) -> dict:
    """The detector model this script fits (as written to detector.json)."""
    model = {}
    for typ in det.DETECTED_TYPES:
        cfg = CONFIG[typ]
        gsr_feats, yg, n_pos = gsr_features(typ)
        ws = cfg["silver_weight"]
        fs, ys = silver_features(typ) if ws else ([], np.zeros(0))
        names = feature_names(gsr_feats + fs, typ)
        Xg, Xs = _matrix(gsr_feats, names), _matrix(fs, names)
        # out-of-fold probabilities for 5 different fold assignments (GSR tune rows and silver rows
        # folded separately); the threshold maximises the F1 averaged over them -- with silver rows,
        # the mean of the GSR and the silver F1
        grid = np.arange(0.05, 0.95, 0.01)
        curves, s_curves = [], []
        for seed in range(5):
            folds = np.random.RandomState(seed).permutation(len(yg)) % 5
            s_folds = np.random.RandomState(100 + seed).permutation(len(ys)) % 5
            oof, s_oof = np.zeros(len(yg)), np.zeros(len(ys))
            for k in range(5):
                X = np.vstack([Xg[folds != k], Xs[s_folds != k]])
                y = np.concatenate([yg[folds != k], ys[s_folds != k]])
                sw = np.concatenate([np.ones((folds != k).sum()), np.full((s_folds != k).sum(), ws)])
                w = fit_weighted(X, y, sw, cfg["l2"])
                oof[folds == k] = 1 / (1 + np.exp(-Xg[folds == k] @ w))
                s_oof[s_folds == k] = 1 / (1 + np.exp(-Xs[s_folds == k] @ w))
            curves.append([f1_at(oof, yg, t, n_pos) for t in grid])
            if ws:
                s_curves.append([f1_at(s_oof, ys, t, int(ys.sum())) for t in grid])
        mean = np.array(curves).mean(axis=0)          # (thresholds, [f1, p, r])
        s_mean = np.array(s_curves).mean(axis=0) if ws else None
        best_i = int((mean[:, 0] + (s_mean[:, 0] if ws else 0)).argmax())
        f1, p, r = mean[best_i]
        w = fit_weighted(np.vstack([Xg, Xs]), np.concatenate([yg, ys]),
                         np.concatenate([np.ones(len(yg)), np.full(len(ys), ws)]), cfg["l2"])
        model[typ] = {"threshold": round(float(grid[best_i]), 2),
                      "weights": {n: round(float(v), 4) for n, v in zip(names, w)},
                      "tune_cv": {"f1": round(float(f1), 3), "precision": round(float(p), 3), "recall": round(float(r), 3)},
                      "rows": int(len(yg)), "positives_with_trigger": int(yg.sum()), "positives": int(n_pos)}
        if ws:
            sf, sp, sr = s_mean[best_i]
            model[typ]["silver_cv"] = {"f1": round(float(sf), 3), "precision": round(float(sp), 3),
                                       "recall": round(float(sr), 3), "rows": int(len(ys)),
                                       "positives": int(ys.sum()), "weight": ws}
        if verbose:
            print(typ, model[typ]["tune_cv"], model[typ].get("silver_cv", ""), "threshold", model[typ]["threshold"],
                  "rows", len(yg))
            for n, v in sorted(model[typ]["weights"].items(), key=lambda kv: -abs(kv[1]))[:20]:
                print(f"   {n:<18}{v:+.2f}")
    model["_about"] = ("Logistic-regression weights over marsad.stages.event_detector.detection_features, fitted by "
                       "training/events/train_detector.py on the tuning part of the Arabic PLOVER GSR (MIT)"
                       " and the project's hand-labelled corpus sentences (training/events/silver).")
    return model


def differences(fitted: dict, shipped: dict, tol: float = 0.002) -> list[str]:
    """Where the shipped model differs from a fitted one (thresholds exactly, weights within ``tol``,
    which absorbs the last-digit noise of different numpy builds)."""
    out = []
    for typ in det.DETECTED_TYPES:
        a, b = fitted.get(typ, {}), shipped.get(typ, {})
        if a.get("threshold") != b.get("threshold"):
            out.append(f"{typ} threshold {b.get('threshold')} shipped, {a.get('threshold')} fitted")
        wa, wb = a.get("weights", {}), b.get("weights", {})
        for k in sorted(set(wa) | set(wb)):
            if abs(wa.get(k, 0.0) - wb.get(k, 0.0)) > tol:
                out.append(f"{typ} weight {k}: {wb.get(k)} shipped, {wa.get(k)} fitted")
    return out


def main() -> None:
    check = "--check" in sys.argv[1:]
    model = build(verbose=not check)
    if check:
        diff = differences(model, json.loads(OUT.read_text(encoding="utf-8")))
        print("\n".join(diff[:20]) or "detector.json is what this script fits")
        sys.exit(1 if diff else 0)
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
