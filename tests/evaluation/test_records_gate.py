"""Quality gate: whole records on the 114 hand-annotated political articles (tests/data/record_gold).

Scored with the shared scorer through marsad.evaluation.records.  Minimums are pinned a little
below what was measured (README.md, "Quality"), so a regression in any stage fails CI.
"""
import pytest

# Session 9 added 12 blind articles (7 tune, 5 check; event F1 0.333, speaker 0.637, dates 0.779 when
# added, with the session-start code and the code of that moment alike).  On all 114 the code of that
# moment measured: clean 0.994, ent 0.887, link 0.900, quote F1 0.893, speaker 0.748, event F1 0.451,
# date 0.889; check part (39): ent 0.884, speaker 0.690, event F1 0.363, date 0.869.  Speaker and date
# gates were lowered to what the larger set measures.  End of session 9: clean 0.994, ent 0.887, link
# 0.900, quote F1 0.893, speaker 0.752, event F1 0.460, date 0.898; check: ent 0.884, speaker 0.693,
# event F1 0.366, date 0.869 (event F1 gate 0.44 -> 0.45, date 0.88 -> 0.89).
# End of session 10 (event rules only; nothing else moved): event F1 0.475 (P 0.516, R 0.439), check
# event F1 0.379; clean, ent, link, quote F1, speaker and dates unchanged (event F1 gate 0.45 -> 0.46,
# check 0.35 -> 0.36).
# End of session 11 (event rules only; nothing else moved): event F1 0.482 (P 0.524, R 0.445), check
# event F1 0.382; event F1 gate 0.46 -> 0.47, check 0.36 -> 0.37.
# End of session 12 (event and entity rules; nothing else moved): event F1 0.488 (P 0.529, R 0.452),
# check event F1 0.393, ent F1 0.887 (unchanged); event F1 gate 0.47 -> 0.48, check 0.37 -> 0.38.
# End of session 14 (KB facts, charge model, event and entity rules): event F1 0.504 (P 0.538,
# R 0.475), check event F1 0.407, link 0.918 (0.898); event F1 gate 0.49 -> 0.50, link 0.89 -> 0.90, check event F1
# 0.38 -> 0.40.
# End of session 15 (trigger and role rules from general news, relayed speech, the GSR detector refitted):
# event F1 0.504 (P 0.539, R 0.472), check event F1 0.404, speaker 0.755 (check 0.693); gates unchanged.
# End of session 16 (role rules from general news, hashtags, crashes, sanctions mentioned): event F1 0.507
# (P 0.542, R 0.476), check event F1 0.407, speaker 0.756 (check 0.697); gates unchanged.
# End of session 17 (actor dictionary: forces, titles, coalitions, generic army/opposition names): event F1
# 0.510 (P 0.546, R 0.479), check event F1 0.411, ent F1 0.886, link 0.916; gates unchanged.
# End of session 18 (clause readings, dictionary names, UN envoys, PROTEST detector on current news too):
# event F1 0.511 (P 0.542, R 0.483), check event F1 0.410, ent F1 0.888, link 0.919, speaker 0.759
# (check 0.697); gates unchanged.
# measured (all 102, end of session 8): clean 0.994, ent 0.892, link 0.904, quote F1 0.900, speaker
# 0.763, event F1 0.459, date 0.904; the 34 check articles: ent 0.890, speaker 0.695, event F1 0.357,
# date 0.887.  Session 8 added 12 blind articles (8 tune, 4 check), harder than the others (event
# F1 0.308 when added; speaker 0.622, dates 0.833), so the gates on speaker, event F1 and dates
# were lowered to what the larger set measures (on the 90 of session 7 this code scores speaker
# 0.777 and event F1 0.476).
# measured (all 90, end of session 7): clean 0.993, ent 0.894, link 0.905, quote F1 0.906, speaker
# 0.766, event F1 0.460, date 0.914 (0.459 / 0.898 at the end of session 6); the 30 check articles (never looked at while writing rules or
# fitting models): ent 0.893, speaker 0.688, event F1 0.374 (0.372).  On the 78 articles of session 5:
# event F1 0.469 (0.460 at the end of session 5, 0.415 before the quotation-charge model), check
# 0.381 (0.364).  60 of the 90 were annotated blind to the system (12 in session 4, 36 in session 5,
# 12 in session 6, in batches of 12); when added they scored event F1 0.347 (session 4), 0.371 /
# 0.308 / 0.299 (session 5) and 0.389 (session 6; see the README).
GATE = {  # metric: minimum over all 114 articles (default profile)
    "clean_f1": 0.98, "ent_f1": 0.87, "link_acc": 0.90, "quote_f1": 0.89,
    "quote_speaker_r": 0.74, "event_f1": 0.50, "date_acc": 0.89,     # event 0.49 -> 0.50 (session 14: 0.504)
}
# minimum on the check part alone.  Speaker 0.65 -> 0.62 (measured 0.672 -> 0.642) when the cleaner
# began to drop CNN's appended leads of other stories: one check article's gold counts four such
# lines (leads of related Basra stories, after a Navy-frigate lead it does exclude) as body, with
# their quotes; the cleaner now calls them "related", as the clean gold does for that pattern.
# Session 4: the check part grew from 12 to 17 articles (5 of the 12 blind ones); session 5: to 26
# (9 of the 36 new blind ones), event F1 0.406 -> 0.352 by the harder new articles (0.361 for the
# session-4 code on the same 26), 0.364 with the quotation-charge model, 0.381 with the THREATEN
# lines and the learned review of session 6; session 6: to 30 (4 of its 12 blind ones), 0.372.
# Session 7: date accuracy on the check part (0.903) pinned too.  Session 8: to 34 (4 of its 12 blind
# ones): event F1 0.369 -> 0.357, dates 0.903 -> 0.887.
CHECK_GATE = {"quote_speaker_r": 0.66, "event_f1": 0.40, "ent_f1": 0.86, "date_acc": 0.86}


@pytest.fixture(scope="module")
def scores(shared_dir):
    from marsad.evaluation.records import evaluate

    return evaluate("accurate", shared=shared_dir)["scores"]


def test_records_gate_covers_the_dev_gold(scores):
    assert scores["all"]["docs"] >= 90


@pytest.mark.parametrize("metric, minimum", sorted(GATE.items()))
def test_records_gate(scores, metric, minimum):
    assert scores["all"][metric] >= minimum, (metric, scores["all"][metric])


@pytest.mark.parametrize("metric, minimum", sorted(CHECK_GATE.items()))
def test_records_gate_check_part(scores, metric, minimum):
    assert scores["check"][metric] >= minimum, (metric, scores["check"][metric])
