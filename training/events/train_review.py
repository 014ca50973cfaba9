"""Fit the learned review of rule events (``src/marsad/resources/events/review.json``).

    python training/events/train_review.py            # CV report on the record gold's tuning part
    python training/events/train_review.py --write    # ... and write the weights

Rows:
* ``silver/events.tsv``: events the pipeline (without the review) found in corpus articles outside
  the record gold, labelled by hand: is the event real (``yes`` / ``no``; ``unsure`` left out), and
  which of its candidate actors (:func:`marsad.stages.event_review.candidates`, by actor id) are its
  source and target (``0``: none of them).  Side rows come only from ``yes`` events.
* the tuning part of the record gold, less the held-out ids of ``held_out_gold.txt``: every event
  the pipeline finds there is a keep row, ``yes``
  when its paragraph holds a gold event of its type and polarity; when it does, each candidate is a
  source row labelled by whether it is one of that gold event's sources, and a target row likewise
  (a gold event naming no source or no target gives no rows for that side; of several gold events
  the one the rules' sides already match best is taken).

Three L2-regularised logistic regressions (keep, source, target).  The regularisation and the
three thresholds are chosen by the end-to-end record event F1 on the tuning part: 5-fold
cross-validation by article, three fold assignments, the silver rows in every training fold.
The check part is never used here.
"""
from __future__ import annotations

import collections
import copy
import itertools
import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

import marsad  # noqa: E402
from marsad.evaluation.clean import load_rows, shared_dir  # noqa: E402
from marsad.evaluation.records import _scorer, seed_schema  # noqa: E402
from marsad.io.readers import record_from_object  # noqa: E402
from fitting import article_folds, event_prf, fit, fit_articles, unsplit, wants_write  # noqa: E402
from marsad.stages import event_review as er  # noqa: E402

SILVER = Path(__file__).parent / "silver" / "events.tsv"
OUT = ROOT / "src" / "marsad" / "resources" / "events" / "review.json"


def _records(rows, ids, pipe):
    with mock.patch.object(er, "load_review", lambda: {}), unsplit():     # the records without the review
        for aid in ids:
            yield aid, pipe(record_from_object(rows[("ant", aid)], raw_bytes=b"", source={}))


def silver_rows(shared: Path):
    """``(keep rows, source rows, target rows)`` from the hand-labelled corpus events."""
    lines = [line.split("\t") for line in SILVER.read_text(encoding="utf-8").splitlines()[1:]]
    by_article = collections.defaultdict(list)
    for key, label, src, tgt in lines:
        if label in ("yes", "no"):
            _, aid, a, b, typ = key.split(":")
            by_article[aid].append((int(a), int(b), typ, label == "yes", src, tgt))
    rows = load_rows({"ant": set(by_article)}, shared)
    pipe = marsad.build_pipeline("accurate")
    keep, src_rows, tgt_rows = [], [], []
    missing = 0
    for aid, rec in _records(rows, sorted(by_article), pipe):
        ctx = er.ArgContext(rec)
        events = {(e.start, e.end, e.type): e for e in rec.events}
        for a, b, typ, real, src, tgt in by_article[aid]:
            ev = events.get((a, b, typ))
            if ev is None:
                missing += 1
                continue
            keep.append((er.event_features(ctx, ev), real))
            if not real:
                continue
            cands = er.candidates(ctx, ev)
            for side, rows_out in ((src, src_rows), (tgt, tgt_rows)):
                chosen = set(side.split(",")) - {"0"}
                for actor, feats in cands.items():
                    rows_out.append((feats, actor in chosen))
    if missing:
        print(f"silver: {missing} labelled events no longer found by the pipeline (left out)")
    return keep, src_rows, tgt_rows



def gold_docs(shared: Path, part: str):
    """``(gold, record without the review, keep rows, source rows, target rows)`` per article."""
    sc = _scorer(shared)
    anns = {a["id"]: a for a in fit_articles(part)}
    rows = load_rows({"ant": set(anns)}, shared)
    pipe = marsad.build_pipeline("accurate")
    docs = []
    for aid, rec in _records(rows, sorted(anns), pipe):
        a = anns[aid]
        if a.get("published"):
            rec.published = rec.published or a["published"]
        gold = seed_schema(a, rows[("ant", aid)])
        docs.append((gold, rec) + labelled_rows(sc, gold, rec))
    return docs, sc


def labelled_rows(sc, gold, rec):
    r = json.loads(rec.to_json())
    body = [sc.norm(p) for p in gold["body"]]
    ctx = er.ArgContext(rec)
    keep, src_rows, tgt_rows = [], [], []
    for ev in rec.events:
        para = sc.para_of(r, ev.start)
        golds = [g for g in gold["events"] if ev.type in g["types"] and body[g["para"]] == para
                 and bool(g.get("negated", False)) == ev.negated]
        keep.append((er.event_features(ctx, ev), bool(golds)))
        if not golds:
            continue
        src_ids, tgt_ids = sc.actor_ids(r, ev.source), sc.actor_ids(r, ev.target)

        def fit_of(g):
            return (bool(not g["source"] or src_ids & sc.gold_ids(g["source"], gold))
                    + bool(not g.get("target") or tgt_ids & sc.gold_ids(g["target"], gold)))
        g = max(golds, key=fit_of)
        for actor, feats in er.candidates(ctx, ev).items():
            ids = sc.actor_ids(r, [actor])
            if g["source"]:
                src_rows.append((feats, bool(ids & sc.gold_ids(g["source"], gold))))
            if g.get("target"):
                tgt_rows.append((feats, bool(ids & sc.gold_ids(g["target"], gold))))
    return keep, src_rows, tgt_rows


def _reviewed(rec, model):
    if model is None:
        return rec
    rec = copy.deepcopy(rec)
    rec.events = er.review(rec, rec.events, model)
    return rec


def end_to_end(scored, sc) -> tuple[float, float, float]:
    """Event P / R / F1 of ``[(doc, model or None)]`` with the review applied."""
    return event_prf(sc, ((doc[0], _reviewed(doc[1], model)) for doc, model in scored))


def model_of(fits, tk, ts, tt) -> dict:
    keep, src, tgt = fits
    model = {}
    if tk > 0:
        model["keep"] = dict(keep, threshold=tk)
    if ts <= 1:
        model["source"] = dict(src, threshold=ts)
    if tt <= 1:
        model["target"] = dict(tgt, threshold=tt)
    return model


GRID_L2 = (1.0, 3.0, 10.0)
GRID_KEEP = (0.0, 0.2, 0.3, 0.4, 0.5)
GRID_SIDE = (0.6, 0.8, 2.0)      # 2.0: the side model never overrides the rules


def main() -> None:
    write = wants_write(__doc__)
    shared = shared_dir()
    silver = silver_rows(shared)
    print("silver rows: keep %d (yes %d), source %d (yes %d), target %d (yes %d)" % tuple(
        x for rows in silver for x in (len(rows), sum(lab for _, lab in rows))))
    docs, sc = gold_docs(shared, "tune")
    print("tune articles %d: keep %d (yes %d), source %d (yes %d), target %d (yes %d)" % (len(docs), *(
        x for i in (2, 3, 4) for x in (sum(len(d[i]) for d in docs), sum(lab for d in docs for _, lab in d[i])))))
    base = end_to_end([(d, None) for d in docs], sc)
    print("tune, without the review: P %.3f R %.3f F1 %.3f" % base)
    results = []
    for l2 in GRID_L2:
        assignments = []
        for seed in range(3):
            folds = article_folds(docs, seed)
            fitted = []
            for k in range(5):
                train = [d for j, f in enumerate(folds) if j != k for d in f]
                fitted.append((folds[k], tuple(fit(silver[i] + [r for d in train for r in d[2 + i]], l2)
                                               for i in range(3))))
            assignments.append(fitted)
        for tk, ts, tt in itertools.product(GRID_KEEP, GRID_SIDE, GRID_SIDE):
            scores = [end_to_end([(d, model_of(fits, tk, ts, tt)) for held, fits in fitted for d in held], sc)
                      for fitted in assignments]
            mean = tuple(float(np.mean([x[i] for x in scores])) for i in range(3))
            results.append((mean[2], l2, tk, ts, tt, mean))
            print("l2 %-4s keep %.1f source %.1f target %.1f  CV P %.3f R %.3f F1 %.3f" % (l2, tk, ts, tt, *mean),
                  flush=True)
    _, l2, tk, ts, tt, mean = max(results)
    print(f"chosen: l2 {l2}, thresholds keep {tk} source {ts} target {tt}: tune CV F1 {mean[2]:.3f} "
          f"(P {mean[0]:.3f} R {mean[1]:.3f}; without {base[2]:.3f})")
    if write:
        fits = tuple(fit(silver[i] + [r for d in docs for r in d[2 + i]], l2) for i in range(3))
        model = model_of(fits, tk, ts, tt)
        model["about"] = (f"train_review.py: {len(silver[0])} silver + tuning-part gold events; l2 {l2}; "
                          f"tune CV event F1 {mean[2]:.3f} (P {mean[0]:.3f} R {mean[1]:.3f}) against "
                          f"{base[2]:.3f} without")
        OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
