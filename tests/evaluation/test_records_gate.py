"""Quality gate: whole records on the 30 hand-annotated political articles (tests/data/record_gold).

Scored with the shared scorer through marsad.evaluation.records.  Minimums are pinned a little
below what was measured (README.md, "Quality"), so a regression in any stage fails CI.
"""
import pytest

# measured (all 30): clean 0.992, ent 0.885, link 0.906, quote F1 0.941, speaker 0.823, event F1 0.445,
# date 0.942; the 12 check articles (never looked at while writing rules): speaker 0.642, event F1 0.427
GATE = {  # metric: minimum over all 30 articles (default profile)
    "clean_f1": 0.99, "ent_f1": 0.86, "link_acc": 0.88, "quote_f1": 0.93,
    "quote_speaker_r": 0.82, "event_f1": 0.43, "date_acc": 0.93,
}
# minimum on the check part alone.  Speaker 0.65 -> 0.62 (measured 0.672 -> 0.642) when the cleaner
# began to drop CNN's appended leads of other stories: one check article's gold counts four such
# lines (leads of related Basra stories, after a Navy-frigate lead it does exclude) as body, with
# their quotes; the cleaner now calls them "related", as the clean gold does for that pattern.
CHECK_GATE = {"quote_speaker_r": 0.62, "event_f1": 0.41, "ent_f1": 0.82}


@pytest.fixture(scope="module")
def scores(shared_dir):
    from marsad.evaluation.records import evaluate

    return evaluate("accurate", shared=shared_dir)["scores"]


def test_records_gate_covers_the_dev_gold(scores):
    assert scores["all"]["docs"] >= 30


@pytest.mark.parametrize("metric, minimum", sorted(GATE.items()))
def test_records_gate(scores, metric, minimum):
    assert scores["all"][metric] >= minimum, (metric, scores["all"][metric])


@pytest.mark.parametrize("metric, minimum", sorted(CHECK_GATE.items()))
def test_records_gate_check_part(scores, metric, minimum):
    assert scores["check"][metric] >= minimum, (metric, scores["check"][metric])
