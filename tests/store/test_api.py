"""The query API the CLI and the web dashboard use."""
from __future__ import annotations

import pytest

from marsad.store import SCHEMA_VERSION, StoreError, open_store


@pytest.mark.parametrize("filters, n", [
    ({}, 3),
    ({"type": "CONSULT"}, 2),
    ({"type": "consult,assault"}, 3),
    ({"actor": "بوتين"}, 2),
    ({"actor": "Putin"}, 2),
    ({"actor": "الجيش السورى"}, 1),       # alef maqsura variant of the name
    ({"country": "syr"}, 1),
    ({"country": "USA", "role": "target"}, 2),
    ({"country": "USA", "role": "source"}, 0),
    ({"since": "2021-05-01"}, 1),
    ({"until": "2021-04-30"}, 2),
    ({"quad": 4}, 1),
    ({"actor": "لا أحد"}, 0),
])
def test_api_event_filters(store, filters, n):
    assert len(store.events(**filters)) == n
    assert store.events_count(**filters) == n


def test_api_event_objects_carry_actors_and_articles(store):
    ev = store.events(type="ASSAULT")[0]
    assert ev["sources"][0]["name_en"] == "Syrian Army" and ev["targets"] == []
    assert ev["articles"][0]["url"] == "https://news.example/r05"
    assert store.event(ev["id"])["id"] == ev["id"]
    assert store.event("nope") is None


def test_api_actors_top_and_detail(store):
    top = store.actors(2)
    assert len(top) == 2 and {a["name_en"] for a in top} == {"Vladimir Putin", "Joe Biden"}
    putin = next(a for a in top if a["name_en"] == "Vladimir Putin")
    assert putin["n_articles"] == 4 and putin["n_events"] == 2 and putin["n_quotes"] == 1
    detail = store.actor(putin["id"])
    assert detail["events_by_type"] == {"CONSULT": 2}
    assert detail["co_actors"][0]["name_en"] == "Joe Biden"
    assert store.actors(country="SYR")[0]["name_en"] == "Syrian Army"
    assert store.actor("nobody") is None


def test_api_quotes_by_speaker_and_words(store):
    assert len(store.quotes(speaker="بوتين")) == 1
    assert store.quotes(query="المحادثات")[0]["speaker"]["name_en"] == "Vladimir Putin"
    assert store.quotes(query="غير موجود") == []


def test_api_event_counts_count_events_not_reports(store):
    rows = store.event_counts(by="type", period="month")
    assert {(r["period"], r["key"]): r["count"] for r in rows} == {
        ("2021-04", "ASSAULT"): 1, ("2021-04", "CONSULT"): 1, ("2021-05", "CONSULT"): 1}
    reports = store.event_counts(by="quad", period="year", reports=True)
    assert sum(r["count"] for r in reports) == 5


def test_api_get_article_and_articles(store):
    art = store.get_article("r01")
    assert art["record"]["title"] == "بوتين يلتقي بايدن في جنيف" and len(art["events"]) == 1
    assert store.get_article("missing") is None
    assert [a["id"] for a in store.articles(actor="بايدن", limit=2)] == ["r04", "r03"]


def test_api_iter_exports_everything(store):
    assert len(list(store.iter_records())) == 12
    assert len(list(store.iter_events(page=1))) == 3


def test_open_store_refuses_missing_and_foreign_files(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(str(tmp_path / "none.db"))
    import sqlite3

    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE x(a)").connection.commit()
    with pytest.raises(StoreError, match="not a Marsad store"):
        open_store(str(tmp_path / "other.db"))


def test_schema_migrations_versioned(tmp_path, store_db):
    import sqlite3

    from marsad.store.schema import SchemaError, migrate, version

    conn = sqlite3.connect(store_db, isolation_level=None)
    assert version(conn) == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION          # nothing to do
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaError, match="newer"):
        migrate(conn)
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(store_db)


def test_api_search_collapse_duplicates_keeps_the_canonical(store):
    q = '"التعاون الاقتصادي والأمن الإقليمي"'
    assert {r["id"] for r in store.search(q)} == {"r01", "r02", "r03"}
    [hit] = store.search(q, collapse_duplicates=True)
    assert (hit["id"], hit["duplicates"], hit["canonical"]) == ("r01", 2, "r01")
    assert store.search_count(q, collapse_duplicates=True) == 1
    assert store.search(q)[0]["duplicates"] == 2


@pytest.mark.parametrize("filters", [{}, {"type": "CONSULT"}, {"since": "2021-05-01"}, {"quad": 1},
                                     {"actor": "بوتين"}, {"country": "SYR"}])
@pytest.mark.parametrize("reports", [False, True])
def test_api_event_counts_daily_totals_agree_with_clusters(store, filters, reports):
    total = sum(r["count"] for r in store.event_counts("quad", "day", reports=reports, **filters))
    events = store.events(limit=None, **filters)
    assert total == sum(e["n_reports"] if reports else 1 for e in events)
