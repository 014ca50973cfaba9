"""Score the default pipeline on the hand-judged events and quotations from unseen corpus articles.

    python training/events/eval_unseen.py            # both sets, ~3 min on one core

* ``silver/events.tsv`` (1,581 judged events, 800 ANT articles): of the events the pipeline still
  finds at the labelled trigger, how many are real, and for the real ones how often the source and
  the target share an actor with the annotator's choice (a side the annotator left at ``0`` counts
  as right).  The review's keep and target models were trained on these rows, so with the review
  the figures are in-sample (the rules alone, commit 7e90ba4: 63% real; sides 66% / 61% / 45%).
* ``silver/speakers.tsv`` (801 quotations, 400 other ANT articles; never used to fit a model, but
  read for error patterns -- half of it in session 6, as development data since session 15, its
  errors listed in session 18): for the quotations whose speaker the annotator found among the named actors, how often
  the pipeline's speaker is that actor (ids of the pipeline at commit 39f867a; a quotation the
  pipeline no longer finds counts as wrong).
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

import marsad  # noqa: E402
from marsad.evaluation.clean import load_rows, shared_dir  # noqa: E402
from marsad.io.readers import record_from_object  # noqa: E402

SILVER = Path(__file__).parent / "silver"


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (SILVER / name).read_text(encoding="utf-8").splitlines()[1:]]


def _records(ids, shared):
    rows = load_rows({"ant": set(ids)}, shared)
    pipe = marsad.build_pipeline("accurate")
    for aid in sorted(ids):
        if ("ant", aid) in rows:
            yield aid, pipe(record_from_object(rows[("ant", aid)], raw_bytes=b"", source={}))


def events(shared: Path) -> dict:
    by = collections.defaultdict(list)
    for key, label, src, tgt in _rows("events.tsv"):
        if label in ("yes", "no"):
            _, aid, a, b, typ = key.split(":")
            by[aid].append((int(a), int(b), typ, label == "yes", set(src.split(",")) - {"0"}, set(tgt.split(",")) - {"0"}))
    c = collections.Counter()
    for aid, rec in _records(by, shared):
        # (events with no actor on either side are listed apart; they are judged here as before)
        apart = {(e.start, e.end, e.type) for e in rec.unattributed_events}
        found = {(e.start, e.end, e.type): e for e in rec.all_events()}
        for a, b, typ, real, src, tgt in by[aid]:
            e = found.get((a, b, typ))
            c["judged"] += 1
            if e is None:
                c["no longer found (real)" if real else "no longer found (not real)"] += 1
                continue
            c["kept"] += 1
            c["kept real"] += real
            if (a, b, typ) in apart:
                c["unattributed"] += 1
                c["unattributed real"] += real
            if real:
                so, to = not src or bool(set(e.source) & src), not tgt or bool(set(e.target) & tgt)
                c["source right"] += so
                c["target right"] += to
                c["both right"] += so and to
    real = max(1, c["kept real"])
    return {"judged": c["judged"], "kept": c["kept"], "real share of kept": round(c["kept real"] / max(1, c["kept"]), 3),
            "unattributed (of kept)": c["unattributed"], "real share of unattributed":
                round(c["unattributed real"] / max(1, c["unattributed"]), 3),
            "real events dropped": c["no longer found (real)"], "false events dropped": c["no longer found (not real)"],
            "source right": round(c["source right"] / real, 3), "target right": round(c["target right"] / real, 3),
            "both right": round(c["both right"] / real, 3)}


def speakers(shared: Path) -> dict:
    by = collections.defaultdict(list)
    counts = collections.Counter()
    for key, label in _rows("speakers.tsv"):
        counts["x (not reported speech)" if label == "x" else "unnamed or unlisted" if label.startswith("0") else "named"] += 1
        if label != "x" and not label.startswith("0"):
            _, aid, a, b = key.split(":")
            by[aid].append((int(a), int(b), label))
    right = n = 0
    for aid, rec in _records(by, shared):
        for a, b, gold in by[aid]:
            q = next((q for q in rec.quotes if q.start < b and a < q.end), None)
            n += 1
            right += q is not None and q.speaker == gold
    return dict(counts, **{"speaker right (named)": round(right / max(1, n), 3)})


def main() -> None:
    shared = shared_dir()
    print("events:", events(shared))
    print("speakers:", speakers(shared))


if __name__ == "__main__":
    main()
