"""Quality gate: whole records on the 30 hand-annotated political articles (tests/data/record_gold).

Scored with the shared scorer through marsad.evaluation.records.  Minimums are pinned a little
below what was measured (README.md, "Quality"), so a regression in any stage fails CI.
"""
import pytest

GATE = {  # metric: minimum over all 30 articles (default profile)
    "clean_f1": 0.99, "ent_f1": 0.84, "link_acc": 0.85, "quote_f1": 0.91,
    "quote_speaker_r": 0.74, "event_f1": 0.31, "date_acc": 0.87,
}


@pytest.fixture(scope="module")
def scores(shared_dir):
    from marsad.evaluation.records import evaluate

    return evaluate("accurate", shared=shared_dir)["scores"]


def test_records_gate_covers_the_dev_gold(scores):
    assert scores["all"]["docs"] >= 30


@pytest.mark.parametrize("metric, minimum", sorted(GATE.items()))
def test_records_gate(scores, metric, minimum):
    assert scores["all"][metric] >= minimum, (metric, scores["all"][metric])
