"""Unit tests of marsad.ner.conll (reading and entity-level scoring)."""
from __future__ import annotations

import pytest

from marsad.ner.conll import evaluate, get_entities, normalize_tag, read_conll


@pytest.mark.parametrize(
    "raw,norm",
    [
        ("B-PERS", "B-PER"), ("I-PERS", "I-PER"), ("B-LOC", "B-LOC"), ("I-ORG", "I-ORG"),
        ("B-MISC", "B-MISC"), ("B-MIS1", "B-MISC"), ("I-MIS3", "I-MISC"), ("B-MIS1`", "B-MISC"),
        ("B-MISS1", "B-MISC"), ("B-MIS-2", "B-MISC"), ("I--ORG", "I-ORG"), ("OO", "O"), ("IO", "O"),
        ("O", "O"), ("B-ENGLISH", "B-MISC"),
    ],
)
def test_normalize_tag(raw, norm):
    assert normalize_tag(raw) == norm


def test_read_conll(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("\ufeffقال O\nبوتين B-PERS\n\n\u200eموسكو B-LOC\nالعاصمة O\n\n\n", encoding="utf-8")
    assert read_conll(p) == [[("قال", "O"), ("بوتين", "B-PER")], [("موسكو", "B-LOC"), ("العاصمة", "O")]]


def test_get_entities_conlleval_rules():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER", "B-LOC", "B-LOC"]
    assert get_entities(tags) == [("PER", 0, 2), ("LOC", 3, 5), ("ORG", 5, 6), ("PER", 6, 7), ("LOC", 7, 8), ("LOC", 8, 9)]


def test_evaluate_exact_span_and_type():
    gold = [[("a", "B-PER"), ("b", "I-PER"), ("c", "O"), ("d", "B-LOC")], [("e", "B-ORG")]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG"]]
    r = evaluate(gold, pred)
    assert r["tp"] == 2 and r["pred"] == 3 and r["gold"] == 3
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == pytest.approx(2 / 3)
    assert r["per_type"]["PER"]["f1"] == 1.0
    assert r["per_type"]["LOC"]["recall"] == 0.0
    assert r["per_type"]["ORG"]["precision"] == 0.5
    # a partial span is a miss
    r2 = evaluate([[("a", "B-PER"), ("b", "I-PER")]], [["B-PER", "O"]])
    assert r2["tp"] == 0 and r2["f1"] == 0.0


def test_evaluate_type_filter():
    gold = [[("a", "B-MISC"), ("b", "B-PER")]]
    pred = [["O", "B-PER"]]
    assert evaluate(gold, pred, types=("PER", "LOC", "ORG"))["f1"] == 1.0
    assert evaluate(gold, pred)["recall"] == 0.5


def test_evaluate_length_mismatch():
    with pytest.raises(ValueError):
        evaluate([[("a", "O")]], [["O", "O"]])
