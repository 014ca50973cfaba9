"""Exports: JSON lines, CSV and Parquet of records, events (PLOVER + GDELT columns), quotes, actors."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.io import writers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from storedata import make_store  # noqa: E402  (tests/store/storedata.py)



@pytest.fixture
def store_db(tmp_path) -> str:
    return make_store(tmp_path)


CLUSTER = {
    "id": "ev-1", "type": "CONSULT", "mode": "visit", "context": "diplomatic", "quad": 1, "cameo": "042",
    "negated": False, "modality": "asserted", "date": "2021-04-19", "last_date": "2021-04-20",
    "sources": [{"id": "k1", "name_ar": "فلاديمير بوتين", "name_en": "Vladimir Putin", "country": "RUS", "sector": "GOV"}],
    "targets": [{"id": "k2", "name_ar": "جو بايدن", "name_en": None, "country": "USA", "sector": None}],
    "n_reports": 3, "n_articles": 2, "n_outlets": 2,
    "articles": [{"id": "r1", "url": None, "outlet": "o1", "published": "2021-04-19", "title": "ت", "trigger": "التقى"},
                 {"id": "r2", "url": "https://x/2", "outlet": "o2", "published": "2021-04-20", "title": "ت", "trigger": "لقاء"}],
}


def test_writers_event_row_plover_then_gdelt():
    row = writers.event_row(CLUSTER)
    assert list(row) == writers.EVENT_FIELDS
    assert row["actor"] == "Vladimir Putin" and row["recipient"] == "جو بايدن"   # English name, else Arabic
    assert (row["event"], row["mode"], row["context"], row["quad_code"]) == ("CONSULT", "visit", "diplomatic", 1)
    assert [c["id"] for c in row["cite_info"]] == ["r1", "r2"]
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2Code"]) == ("RUSGOV", "RUS", "USA")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"]) == ("042", "042", "04", 1)
    assert (row["SQLDATE"], row["NumSources"], row["NumArticles"], row["NumMentions"]) == ("20210419", 2, 2, 3)
    assert row["SourceURL"] == "https://x/2"


def test_writers_csv_serialises_nested_values_as_json():
    buf = io.StringIO()
    assert writers.write_csv([writers.event_row(CLUSTER)], buf, writers.EVENT_FIELDS) == 1
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert json.loads(row["cite_info"])[1]["url"] == "https://x/2" and row["Actor1Name"] == "Vladimir Putin"


def test_writers_parquet_roundtrip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "e.parquet"
    rows = [writers.event_row(CLUSTER), dict(writers.event_row(CLUSTER), id="ev-2", cameo=None, EventCode=None)]
    assert writers.write_parquet(rows, str(out), writers.EVENT_FIELDS) == 2
    table = pq.read_table(out)
    assert table.column_names == writers.EVENT_FIELDS and table.num_rows == 2


def test_writers_parquet_missing_pyarrow_is_a_clear_error(monkeypatch, tmp_path):
    import builtins

    real = builtins.__import__

    def no_pyarrow(name, *a, **kw):
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(writers.MissingDependency, match=r"marsad\[parquet\]"):
        writers.write_parquet([{"a": 1}], str(tmp_path / "x.parquet"), ["a"])


@pytest.mark.parametrize("what, n", [("records", 12), ("events", 3), ("quotes", 1), ("actors", 3)])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_writers_export_command(store_db, tmp_path, capsys, what, n, fmt):
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--db", store_db, "--format", fmt, "--what", what, "--out", str(out)]) == 0
    assert f"exported {n} {what}" in capsys.readouterr().err
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    else:
        rows = pq.read_table(out).to_pylist()
    assert len(rows) == n
    if what == "events":
        assert set(writers.EVENT_FIELDS) <= set(rows[0])


def test_writers_records_export_reingests_identically(store_db, tmp_path, capsys):
    out = tmp_path / "records.jsonl"
    assert main(["export", "--db", store_db, "--what", "records", "--out", str(out)]) == 0
    again = str(tmp_path / "again.db")
    assert main(["ingest", str(out), "--db", again, "--analysed", "--no-progress"]) == 0
    from marsad.store import open_store

    with open_store(store_db) as a, open_store(again) as b:
        assert list(a.iter_records()) == list(b.iter_records())
        assert a.stats()["events"] == b.stats()["events"]
