"""Duplicate groups and event clusters."""
from __future__ import annotations

import pytest

from marsad import dedup
from marsad.store.writer import actor_key

from storedata import SENTENCES, body


def test_dedup_groups_exact_and_near_copies_with_earliest_canonical(store):
    art = store.get_article("r03")
    assert art["duplicates"]["canonical"] == "r01"
    kinds = {m["id"]: m["kind"] for m in art["duplicates"]["members"]}
    assert kinds == {"r01": "canonical", "r02": "exact", "r03": "near"}
    assert store.get_article("r04")["duplicates"] is None
    s = store.stats()
    assert (s["duplicate_groups"], s["exact_duplicates"], s["near_duplicates"]) == (1, 1, 1)
    assert s["unique_articles"] == s["articles"] - 2


def test_dedup_minhash_is_deterministic_and_similar_for_edits():
    text = "\n".join(SENTENCES)
    edited = text.replace("العاصمة", "المدينة", 1)
    a, b = dedup.minhash(text), dedup.minhash(text)
    assert a == b and len(a) == 4 * dedup.NUM_PERM
    assert dedup.similarity(a, dedup.minhash(edited)) > 0.8
    assert dedup.similarity(a, dedup.minhash(body(99, 120))) < 0.3
    assert dedup.minhash("كلمتان فقط") is None


def _shingles(text):
    w = dedup.words(text)
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


@pytest.mark.parametrize("overlap", [0, 20, 50, 80, 100])
def test_dedup_minhash_estimates_jaccard(overlap):
    """The estimate follows the true Jaccard similarity, low for unrelated texts too."""
    import random

    rng = random.Random(overlap)
    vocab = [f"كلمة{i}" for i in range(3000)]
    shared = [rng.choice(vocab) for _ in range(overlap * 3)]
    a = " ".join(shared + [rng.choice(vocab) for _ in range((100 - overlap) * 3)])
    b = " ".join(shared + [rng.choice(vocab) for _ in range((100 - overlap) * 3)])
    sa, sb = _shingles(a), _shingles(b)
    true = len(sa & sb) / len(sa | sb)
    assert abs(dedup.similarity(dedup.minhash(a), dedup.minhash(b)) - true) < 0.12


def test_dedup_text_hash_ignores_spelling_variants_and_spacing():
    assert dedup.text_hash("قال أحمد:  إنّ  المدرسة") == dedup.text_hash("قال احمد ان المدرسه")
    assert dedup.text_hash("قال أحمد") != dedup.text_hash("قال محمود")


def test_dedup_near_pairs_finds_the_edited_copy_only():
    texts = ["\n".join(SENTENCES), "\n".join(SENTENCES).replace("الوزير", "المسؤول"), body(1, 100), body(2, 100)]
    pairs = dedup.near_pairs([10, 11, 12, 13], [dedup.minhash(t) for t in texts])
    assert [(a, b) for a, b, _ in pairs] == [(10, 11)]


def test_events_clustered_across_reports_within_the_window(store):
    s = store.stats()
    assert s["event_reports"] == 5 and s["events"] == 3
    consult = store.events(type="CONSULT")
    by_date = {e["date"]: e for e in consult}
    assert by_date["2021-04-19"]["n_reports"] == 3
    assert by_date["2021-04-19"]["n_outlets"] == 3
    assert sorted(a["id"] for a in by_date["2021-04-19"]["articles"]) == ["r01", "r02", "r03"]
    assert by_date["2021-05-20"]["n_articles"] == 1   # a month later: another event


@pytest.mark.parametrize("value, published, day", [
    ("2021-04-18", "2021-04-19", "2021-04-18"),
    (None, "2021-04-19", "2021-04-19"),
    ("2021-04", "2021-04-19", "2021-04-19"),
    ("2021-03", "2021-04-19", "2021-03-01"),
    ("2021-04-10/2021-04-12", None, "2021-04-10"),
    ("2021", "2021-06-02", "2021-06-02"),
    (None, None, None),
    ("غدا", None, None),
])
def test_event_day(value, published, day):
    assert dedup.event_day(value, published) == day


@pytest.mark.parametrize("actor, key", [
    ({"id": "a1", "name_ar": "فلاديمير بوتين", "type": "PER"}, "name:PER:فلاديمير بوتين"),
    ({"id": "7", "name_ar": "أحمد  علي", "type": "per"}, "name:PER:احمد علي"),
    ({"id": "actor_2", "name_ar": "الأمم المتحدة", "type": "ORG"}, "name:ORG:الامم المتحده"),
    ({"id": "Q7747", "name_ar": "بوتين"}, "Q7747"),
    ({"id": "RUS_putin", "name_ar": "بوتين"}, "RUS_putin"),
])
def test_actor_key_global_ids_kept_local_ids_named(actor, key):
    assert actor_key(actor) == key


def test_dedup_short_or_empty_bodies_are_not_grouped(tmp_path):
    from marsad.ingest import ingest
    from marsad.store import open_store

    from storedata import record, write_jsonl

    recs = [record("e1", "", title="أ"), record("e2", "", title="ب"), record("s1", "عاجل: انفجار"),
            record("s2", "عاجل: انفجار")]
    db = str(tmp_path / "e.db")
    ingest([write_jsonl(tmp_path / "e.jsonl", recs)], db, analysed=True)
    with open_store(db) as st:
        assert st.stats()["duplicate_groups"] == 0
