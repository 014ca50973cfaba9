"""Event detection on the development half of the Arabic PLOVER gold (``marsad eval events``).

``../shared/data/events/arabic_event_gsr/{assault,protest}_gsr_dev.csv`` label sentences for
one event type each: ``yes`` (unanimous) is positive, ``easy no`` and ``difficult no`` are
negative, ``ambiguous`` is left out.  A sentence is detected when the events stage finds a
non-negated event of that type in it.  By default each row goes through the dates, quotes
and events stages alone (no entities; ~10x faster); ``--full`` runs the whole pipeline of
``--profile`` (cleaning, NER, actors ...) instead, which detects the same rows (the detection
does not depend on entities; ``tests/evaluation/test_events_gate.py`` checks this on a sample).
Rows are split by a fixed hash of their ``id`` into a
``tune`` part (~60%: the trigger lexicon was designed looking at these) and a ``check`` part
(~40%: looked at only through this score), and both are reported.
"""
from __future__ import annotations

import csv
import hashlib
import time
from pathlib import Path

from ..record import Record, Sentence
from .clean import shared_dir

GSR_FILES = {"ASSAULT": "assault_gsr_dev.csv", "PROTEST": "protest_gsr_dev.csv"}


def split_of(row_id: str) -> str:
    """``tune`` (~60%) or ``check`` (~40%), by a fixed hash of the row id."""
    return "tune" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 100 < 60 else "check"


def load_gsr(event_type: str, shared: Path | None = None) -> list[dict]:
    path = (shared or shared_dir()) / "data" / "events" / "arabic_event_gsr" / GSR_FILES[event_type]
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def detect(text: str, published: str | None = None) -> Record:
    """Run the dates, quotes and events stages on one sentence-sized text (no entities)."""
    from ..stages.dates import DatesStage
    from ..stages.events import EventsStage
    from ..stages.quotes import QuotesStage
    from ..text import sentences

    rec = Record(id="gsr", text=text, published=published, language="ar")
    rec.sentences = [Sentence(a, b) for a, b in sentences(text)]
    for stage in (DatesStage(), QuotesStage(), EventsStage()):
        stage(rec)
    return rec


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def full_detector(profile: str = "accurate"):
    """``text -> Record`` through the whole pipeline of ``profile``, as ``marsad analyze`` runs it."""
    from .. import build_pipeline
    from ..io.readers import record_from_object

    pipe = build_pipeline(profile)
    return lambda text: pipe(record_from_object({"id": "gsr", "text": text}, raw_bytes=b"", source={}))


def evaluate(types: tuple[str, ...] = ("ASSAULT", "PROTEST"), shared: Path | None = None, run=None) -> dict:
    """Detection scores per type and part; ``run(text) -> Record`` defaults to :func:`detect`."""
    run = run or detect
    scores: dict[str, dict] = {}
    errors: list[dict] = []
    n_sent = 0
    t0 = time.perf_counter()
    for typ in types:
        tally = {part: [0, 0, 0] for part in ("tune", "check", "all")}
        tied = {part: 0 for part in ("tune", "check", "all")}
        for row in load_gsr(typ, shared):
            label = row["label"].strip()
            if label == "ambiguous":
                continue
            gold = label == "yes"
            rec = run(row["text"])
            n_sent += 1
            # detection: an event of the type, whether or not its actors were resolved (run without
            # entities, as by default, none are)
            found = [e for e in rec.all_events() if e.type == typ and not e.negated]
            pred = bool(found)
            part = split_of(row["id"])
            for key in (part, "all"):
                t = tally[key]
                if pred and gold:
                    t[0] += 1
                elif pred:
                    t[1] += 1
                    # a "no" whose annotators split evenly (2 accept, 2 reject) counts against the
                    # detector like a unanimous one; listed apart so the figure can be read
                    tied[key] += bool(row.get("accept")) and row.get("accept") == row.get("reject")
                elif gold:
                    t[2] += 1
            if pred != gold:
                errors.append({"type": typ, "id": row["id"], "split": part, "gold": label,
                               "triggers": [e.trigger for e in found], "text": row["text"]})
        scores[typ] = {part: dict(_prf(*t), fp_tied_votes=tied[part]) for part, t in tally.items()}
    elapsed = time.perf_counter() - t0
    return {"scores": scores, "errors": errors, "sentences": n_sent, "sentences_per_s": round(n_sent / elapsed, 1)}


def format_report(result: dict) -> str:
    lines = ["PLOVER event detection on the Arabic GSR development half (sentence level; "
             "yes vs easy/difficult no, ambiguous left out)",
             f"{'type':<10}{'part':<7}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for typ, parts in result["scores"].items():
        for part in ("tune", "check", "all"):
            s = parts[part]
            lines.append(f"{typ:<10}{part:<7}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                         f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    lines.append(f"({result['sentences']} sentences, {result['sentences_per_s']} sentences/s; "
                 "tune = rows the triggers were designed on, check = held apart by a hash of the id)")
    tied = [f"{typ} {parts['all']['fp_tied_votes']} of {parts['all']['fp']}" for typ, parts in result["scores"].items()]
    lines.append("false positives on rows whose annotators split evenly (a 'difficult no' with as many accepts as "
                 "rejects; see training/events/gsr_votes.py): " + ", ".join(tied))
    return "\n".join(lines)


def _eval_events(args) -> int:
    import json

    full = getattr(args, "full", False)
    result = evaluate(run=full_detector(getattr(args, "profile", "accurate")) if full else None)
    if getattr(args, "json", False):
        print(json.dumps(result if args.errors else result["scores"], ensure_ascii=False, indent=1))
        return 0
    print(format_report(result))
    if getattr(args, "errors", False):
        for e in result["errors"]:
            if e["split"] == "tune":   # the check part stays unseen
                kind = "FP" if e["gold"] != "yes" else "FN"
                print(f"  {kind} {e['type']} {e['id']} {e['triggers']} {e['text'][:160]}")
    return 0


def _register() -> None:
    from ..cli import register_eval

    register_eval("events", "PLOVER event detection (ASSAULT, PROTEST) on the Arabic GSR development half "
                  "(--full: through the whole --profile pipeline)", _eval_events)


_register()
