"""Quality gate: PLOVER event detection on the Arabic GSR development half must not regress.

The minimums sit a little below the scores measured when the detector was last trained
(training/events/RESULTS.md); ``check`` is the part held apart from trigger design and
weight fitting.  Run ``marsad eval events`` for the full table.
"""
from __future__ import annotations

import pytest

from marsad.evaluation.events import evaluate, split_of

# measured (session 15, after refitting the detector on the current lexicon): ASSAULT all 0.651 /
# check 0.620 / tune 0.673, PROTEST all 0.759 / check 0.545 / tune 0.906; session 18, PROTEST
# trained on the labelled corpus sentences too (weight 0.05): all 0.626 / check 0.381 / tune 0.853 --
# current-news recall traded for GSR precision (see test_events_gate_silver and RESULTS.md); session 21,
# refitted after the قواعد الاشتباك trigger change (threshold 0.29 -> 0.28): ASSAULT all 0.642 / check
# 0.609 / tune 0.667; session 29, refitted after the firearm-phrase gap and the accident pair (threshold stays
# 0.28): ASSAULT all 0.637 / check 0.605 / tune 0.661 -- three more false positives (two in tune: a shooting in
# 2002, a suicide bomber killed), all on rows whose annotators split evenly; session 35, refitted with a
# "military" cue and the حملة عسكرية / عمليات ضد triggers (threshold 0.28 -> 0.30): ASSAULT all 0.656 /
# check 0.620 / tune 0.682 (nine false positives fewer, the same true positives)
# (the stale weights shipped before gave ASSAULT 0.654 / 0.620 / 0.679, PROTEST 0.706 / 0.500 / 0.866)
# (tune is in-sample for the detector weights; its honest estimate is the tune CV in RESULTS.md.
# ASSAULT fell from 0.703 / 0.621 / 0.761 when the labelled corpus sentences joined its training:
# in-sample tune fit was traded for recall on current news, see test_events_gate_silver below)
MIN_F1 = {
    ("ASSAULT", "all"): 0.645, ("ASSAULT", "check"): 0.605, ("ASSAULT", "tune"): 0.67,
    ("PROTEST", "all"): 0.60, ("PROTEST", "check"): 0.35, ("PROTEST", "tune"): 0.82,
}


@pytest.fixture(scope="module")
def gsr_scores(shared_dir):
    return evaluate(shared=shared_dir)["scores"]


@pytest.mark.parametrize("typ, part", sorted(MIN_F1))
def test_events_gate_gsr_f1(gsr_scores, typ, part):
    s = gsr_scores[typ][part]
    assert s["f1"] >= MIN_F1[(typ, part)], s


def test_events_gate_counts_false_positives_on_tied_votes(gsr_scores):
    # the ASSAULT rows read by four annotators split 2-2 far more often than independent votes would
    # (training/events/gsr_votes.py); the report lists the false positives on such rows apart
    for typ, parts in gsr_scores.items():
        for part, s in parts.items():
            assert 0 <= s["fp_tied_votes"] <= s["fp"], (typ, part, s)
    assert gsr_scores["ASSAULT"]["all"]["fp_tied_votes"] > 0
    assert gsr_scores["ASSAULT"]["all"]["fp_tied_votes"] == (gsr_scores["ASSAULT"]["tune"]["fp_tied_votes"]
                                                             + gsr_scores["ASSAULT"]["check"]["fp_tied_votes"])


def test_events_gate_split_is_fixed():
    # the split must never move: rows seen while designing triggers stay in "tune"
    assert split_of("AAW_ARB_20080913.0007-59") == split_of("AAW_ARB_20080913.0007-59")
    parts = [split_of(f"row-{i}") for i in range(2000)]
    assert 0.55 < parts.count("tune") / len(parts) < 0.65


# The project's hand-labelled corpus sentences (training/events/silver, 1,500 per type drawn
# where a trigger fires): measured ASSAULT F1 0.759 (P 0.771 R 0.747; in-sample, these rows train
# the ASSAULT detector -- out-of-fold 0.663), PROTEST 0.331 (P 0.615 R 0.227; never trained on:
# 0.385 with the stale weights before session 15's refit -- the GSR-only PROTEST detector misses
# most protests our annotators see in current news, whose labels are far more lenient than the GSR's).
# Session 18: PROTEST trained on these rows with weight 0.05: 0.614 (P 0.488 R 0.827; in-sample --
# out-of-fold 0.573, against 0.385 never trained on).
MIN_SILVER_F1 = {"ASSAULT": 0.74, "PROTEST": 0.59}


def _training_script(name: str):
    """A module of training/events (its scripts import their neighbours by bare name)."""
    import importlib
    import sys
    from pathlib import Path

    here = str(Path(__file__).resolve().parents[2] / "training" / "events")
    sys.path.insert(0, here)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(here)


def test_events_gate_silver(shared_dir):
    scores = _training_script("eval_silver").evaluate()
    for typ, minimum in MIN_SILVER_F1.items():
        assert scores[typ]["f1"] >= minimum, (typ, scores[typ])


def test_events_gate_measures_what_the_full_pipeline_does(shared_dir):
    # The gate above runs the event stages alone on each sentence; the whole pipeline (cleaning,
    # NER, actors) must detect the same sentences, or the gate would pin a system nobody runs.
    # (It did not once: an override that kept triggers whose clause names both sides let the full
    # pipeline through 0.41 precision on the ASSAULT tuning rows where the stages alone had 0.60.)
    from marsad.evaluation.events import detect, full_detector, load_gsr

    full = full_detector("accurate")
    differ = []
    for typ in ("ASSAULT", "PROTEST"):
        rows = [r for r in load_gsr(typ, shared_dir) if r["label"] != "ambiguous"][::8]
        for row in rows:
            bare = any(e.type == typ and not e.negated for e in detect(row["text"]).all_events())
            whole = any(e.type == typ and not e.negated for e in full(row["text"]).all_events())
            if bare != whole:
                differ.append((typ, row["id"], bare, whole))
    assert not differ, differ


def test_events_detector_weights_are_what_the_training_script_fits(shared_dir):
    # The trigger lexicon decides which rows have features, so a lexicon change without a refit
    # left detector.json stale for several sessions (562 weights off before session 15's refit):
    # the shipped weights must be what training/events/train_detector.py fits today.
    import json

    train_detector = _training_script("train_detector")
    shipped = json.loads(train_detector.OUT.read_text(encoding="utf-8"))
    assert not train_detector.differences(train_detector.build(verbose=False), shipped)
