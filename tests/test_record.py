import json

from marsad.record import Entity, Record

CONTRACT_KEYS = ["id", "source", "published", "language", "title", "text", "boilerplate", "sentences",
                 "entities", "actors", "quotes", "events", "dates"]


def test_record_serialises_contract_keys():
    d = Record(id="x").to_dict()
    assert list(d)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert "raw" not in d and "meta" not in d
    for key in ("boilerplate", "sentences", "entities", "actors", "quotes", "events", "dates"):
        assert d[key] == []


def test_record_roundtrip_and_unknown_keys_ignored():
    rec = Record(id="x", text="قال بايدن", entities=[Entity("بايدن", 4, 9, "PER")])
    d = json.loads(rec.to_json())
    d["future_key"] = 1
    back = Record.from_dict(d)
    assert back.entities[0].text == "بايدن" and back.text == rec.text


def test_record_paragraph_spans():
    rec = Record(id="x", text="أ ب\nج د هـ")
    assert [rec.text[a:b] for a, b in rec.paragraphs()] == ["أ ب", "ج د هـ"]
