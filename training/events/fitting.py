"""What the event-model training scripts share: a logistic regression over sparse binary features,
the record-gold articles they are fitted on (less a held-out list) and their cross-validation folds.

(Imported by the scripts after they put ``src`` on the path.)"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import random
from pathlib import Path

import numpy as np

from marsad.evaluation.clean import split_of
from marsad.evaluation.records import record_gold_dir


def fit(rows, l2: float, min_count: int = 3) -> dict:
    """L2-regularised logistic regression over ``[(features, label)]`` by Newton's method, with a
    weight for each feature seen in at least ``min_count`` rows: ``{"weights", "bias"}``."""
    df = collections.Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, c in df.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    m = len(vocab) + 1
    A = np.zeros((len(rows), m))
    A[:, -1] = 1.0
    y = np.array([float(lab) for _, lab in rows])
    for i, (feats, _) in enumerate(rows):
        A[i, [index[f] for f in set(feats) if f in index]] = 1.0
    w = np.zeros(m)
    reg = l2 * np.r_[np.ones(m - 1), 0.0]
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-A @ w))
        grad = A.T @ (p - y) + reg * w
        hess = (A * (p * (1 - p))[:, None]).T @ A + np.diag(reg) + 1e-6 * np.eye(m)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"weights": {f: round(float(w[i]), 5) for f, i in index.items() if abs(w[i]) > 1e-4},
            "bias": round(float(w[-1]), 5)}


def held_out_gold() -> set[str]:
    """Record-gold ids never used for fitting (``held_out_gold.txt``: the blind batches of sessions 6 and 8)."""
    lines = (Path(__file__).parent / "held_out_gold.txt").read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def fit_articles(part: str) -> list[dict]:
    """The record-gold annotations of ``part`` (``tune``) that models may be fitted on, by file name."""
    held_out = held_out_gold()
    anns = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(record_gold_dir().glob("*__*.json"))]
    return [a for a in anns if split_of(a["id"]) == part and a["id"] not in held_out]


def article_folds(docs: list, seed: int, k: int = 5) -> list[list]:
    """``docs`` shuffled with ``seed`` and dealt into ``k`` cross-validation folds (by article)."""
    order = docs[:]
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def event_prf(sc, pairs) -> tuple[float, float, float]:
    """Event P / R / F1 of ``[(gold, record)]`` with the shared scorer ``sc``."""
    from marsad.stages.events import split_unattributed

    tally = sc.Tally()
    for gold, rec in pairs:
        events, apart = split_unattributed(rec.events)
        rec = dataclasses.replace(rec, events=events, unattributed_events=rec.unattributed_events + apart)
        sc.score_doc(gold, json.loads(rec.to_json()), tally)
    s = sc.summarize(tally)
    return s["event_p"], s["event_r"], s["event_f1"]


def unsplit():
    """While active, the events stage leaves every event it finds in ``record.events`` (none apart in
    ``unattributed_events``), so that the models see the rows the pipeline sees before that split;
    :func:`event_prf` makes the split before scoring."""
    from unittest import mock

    from marsad.stages import events as ev

    return mock.patch.object(ev, "split_unattributed", lambda events: (list(events), []))


def wants_write(doc: str) -> bool:
    """The training scripts' command line: ``--write`` writes the chosen model to the package."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the chosen model to the package")
    return ap.parse_args().write
