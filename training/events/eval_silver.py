"""Score the shipped events stage on the hand-labelled corpus sentences (training/events/silver).

Each row is run alone through the events stage (no entities, as on the GSR) and counts as
detected when a non-negated event of its type comes out; ``unsure`` rows are left out.  The
ASSAULT rows are also training rows of the detector (see train_detector.py: its ``silver_cv``
is the out-of-fold figure); the PROTEST rows are not used for training.

    python training/events/eval_silver.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad.evaluation.events import detect  # noqa: E402
from train_detector import silver_rows, silver_texts  # noqa: E402


def evaluate(types=("ASSAULT", "PROTEST")) -> dict:
    out = {}
    for typ in types:
        rows = silver_rows(typ)
        texts = silver_texts([k for k, _ in rows])
        tp = fp = fn = 0
        for key, label in rows:
            if label == "unsure":
                continue
            pred = any(e.type == typ and not e.negated for e in detect(texts[key]).all_events())
            gold = label == "yes"
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[typ] = {"precision": round(p, 3), "recall": round(r, 3),
                    "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}
    return out


if __name__ == "__main__":
    for typ, s in evaluate().items():
        print(typ, s)
