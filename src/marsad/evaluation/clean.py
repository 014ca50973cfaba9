"""Score the cleaning stage on the hand-labelled dev gold (``tests/data/clean_gold``).

The gold files hold line labels only; article text is read from ``../shared/data/corpora``
by id.  A gold line is *positive* when labelled ``body``; ``subhead`` lines are ignored on
both sides; everything else is boilerplate.  Precision/recall/F1 are over body lines,
summed over articles (micro).  Articles are split by a fixed hash of their id into a
``tune`` part (rules were designed looking at these) and a ``check`` part (looked at only
through this score), so the report shows how the rules carry over.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from . import shared_dir  # noqa: F401  (re-exported: evaluators import it from here)
from typing import Iterable

CORPUS_FILES = {"ant": "ant.jsonl.gz", "saudinewsnet": "saudinewsnet.jsonl.gz"}


def gold_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "clean_gold"


def split_of(doc_id: str) -> str:
    return "check" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def load_rows(wanted: dict[str, set[str]], shared: Path) -> dict[tuple[str, str], dict]:
    rows = {}
    for corpus, ids in wanted.items():
        with gzip.open(shared / "data" / "corpora" / CORPUS_FILES[corpus], "rt", encoding="utf-8") as fh:
            for line in fh:
                # cheap prefilter before parsing JSON
                head = line[:200]
                if not any(f'"{i}"' in head for i in ids):
                    continue
                row = json.loads(line)
                if row["id"] in ids:
                    rows[(corpus, row["id"])] = row
    return rows


def evaluate(gold_files: Iterable[Path] | None = None, shared: Path | None = None) -> dict:
    from ..io.readers import record_from_object
    from ..stages.clean import CleanStage

    shared = shared or shared_dir()
    files = sorted(gold_files or gold_dir().glob("*__*.json"))
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    wanted: dict[str, set[str]] = {}
    for g in golds:
        wanted.setdefault(g["corpus"], set()).add(g["id"])
    rows = load_rows(wanted, shared)
    stage = CleanStage()
    tally: dict[str, dict[str, int]] = {}
    errors = []
    for g in golds:
        row = rows.get((g["corpus"], g["id"]))
        if row is None:
            raise FileNotFoundError(f"{g['corpus']}:{g['id']} not found in the shared corpora")
        if hashlib.sha1(row["text"].encode("utf-8")).hexdigest() != g["text_sha1"]:
            raise ValueError(f"{g['corpus']}:{g['id']}: the corpus text changed (sha1 mismatch)")
        rec = stage(record_from_object(row, raw_bytes=b"", source={}))
        labels = rec.meta["line_labels"]
        t = {"tp": 0, "fp": 0, "fn": 0, "docs": 1}
        for idx, gold_label in g["labels"].items():
            i = int(idx)
            if gold_label == "subhead":
                continue
            kept = labels[i] == "body"
            if gold_label == "body":
                t["tp" if kept else "fn"] += 1
            elif kept:
                t["fp"] += 1
            if kept != (gold_label == "body"):
                errors.append({"doc": f"{g['corpus']}:{g['id']}", "outlet": g["outlet"], "line": i,
                               "gold": gold_label, "system": labels[i], "split": split_of(g["id"])})
        for key in ("all", split_of(g["id"]), f"outlet:{g['outlet'] if g['corpus'] == 'ant' else 'saudinewsnet'}"):
            agg = tally.setdefault(key, {"tp": 0, "fp": 0, "fn": 0, "docs": 0})
            for k, v in t.items():
                agg[k] += v
    report = {}
    for key, t in tally.items():
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        report[key] = {"docs": t["docs"], "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                       "tp": t["tp"], "fp": t["fp"], "fn": t["fn"]}
    return {"scores": report, "errors": errors}


def format_report(result: dict) -> str:
    lines = [f"{'part':<22}{'docs':>5}{'P':>8}{'R':>8}{'F1':>8}{'fp':>5}{'fn':>5}"]
    order = ["all", "tune", "check"] + sorted(k for k in result["scores"] if k.startswith("outlet:"))
    for k in order:
        s = result["scores"].get(k)
        if s:
            lines.append(f"{k:<22}{s['docs']:>5}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['fp']:>5}{s['fn']:>5}")
    return "\n".join(lines)
