"""Quality gate: whole records on the 42 hand-annotated political articles (tests/data/record_gold).

Scored with the shared scorer through marsad.evaluation.records.  Minimums are pinned a little
below what was measured (README.md, "Quality"), so a regression in any stage fails CI.
"""
import pytest

# measured (all 42, end of session 4): clean 0.991, ent 0.893, link 0.893, quote F1 0.911, speaker
# 0.782, event F1 0.466, date 0.937; the 17 check articles (never looked at while writing rules): ent
# 0.888, speaker 0.636, event F1 0.406.  (The 12 articles added in session 4 were annotated blind to
# the system; when added they scored event F1 0.347, speaker 0.698, date 0.739.)
GATE = {  # metric: minimum over all 42 articles (default profile)
    "clean_f1": 0.98, "ent_f1": 0.87, "link_acc": 0.87, "quote_f1": 0.89,
    "quote_speaker_r": 0.76, "event_f1": 0.44, "date_acc": 0.91,
}
# minimum on the check part alone.  Speaker 0.65 -> 0.62 (measured 0.672 -> 0.642) when the cleaner
# began to drop CNN's appended leads of other stories: one check article's gold counts four such
# lines (leads of related Basra stories, after a Navy-frigate lead it does exclude) as body, with
# their quotes; the cleaner now calls them "related", as the clean gold does for that pattern.
# Session 4: the check part grew from 12 to 17 articles (5 of the 12 blind ones).
CHECK_GATE = {"quote_speaker_r": 0.61, "event_f1": 0.38, "ent_f1": 0.86}


@pytest.fixture(scope="module")
def scores(shared_dir):
    from marsad.evaluation.records import evaluate

    return evaluate("accurate", shared=shared_dir)["scores"]


def test_records_gate_covers_the_dev_gold(scores):
    assert scores["all"]["docs"] >= 42


@pytest.mark.parametrize("metric, minimum", sorted(GATE.items()))
def test_records_gate(scores, metric, minimum):
    assert scores["all"][metric] >= minimum, (metric, scores["all"][metric])


@pytest.mark.parametrize("metric, minimum", sorted(CHECK_GATE.items()))
def test_records_gate_check_part(scores, metric, minimum):
    assert scores["check"][metric] >= minimum, (metric, scores["check"][metric])
