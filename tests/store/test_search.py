"""Full-text search: Arabic-normalised matching, clitics, ranking, snippets on the original text."""
from __future__ import annotations

import pytest

from marsad.ingest import ingest
from marsad.store import open_store
from marsad.store.search import QueryError, fts_query, highlighter, mark, parse, snippet
from marsad.text import normalize

from storedata import record, write_jsonl

# written for this test: every spelling variant the normalisation must bridge
TEXT = ("استقبل الرئيس أحمد مصطفى وفداً من مدرسة الإسكندرية.\n"
        "وقال مُحَمَّد إن إسرائيل رفضت المقترح، وأضاف أن الـــحكومة ستدرس الرد.\n"
        "ولفت بوتين إلى أن اللقاء كان مثمرا.")
OTHER = "تناول الاجتماع ملفات الطاقة والمياه والنقل في المحافظات الشمالية."


@pytest.fixture
def search_db(tmp_path):
    db = str(tmp_path / "s.db")
    recs = [record("v1", TEXT, title="زيارة رسمية"), record("v2", OTHER, title="اجتماع الطاقة"),
            record("v3", "الرئيس " + OTHER, title="أحمد في الأخبار")]
    ingest([write_jsonl(tmp_path / "v.jsonl", recs)], db, analysed=True)
    with open_store(db) as st:
        yield st


def _ids(st, q, **kw):
    return sorted(r["id"] for r in st.search(q, **kw))


@pytest.mark.parametrize("a, b", [
    ("أحمد", "احمد"),            # hamza on alef
    ("إحمد", "آحمد"),
    ("مصطفى", "مصطفي"),          # alef maqsura / ya
    ("مدرسة", "مدرسه"),          # ta marbuta / ha
    ("إسرائيل", "اسراييل"),       # hamza on ya
    ("مُحَمَّد", "محمد"),           # diacritics
    ("الحكومة", "الـحكومه"),      # tatweel in the query
])
def test_search_variants_find_the_same_articles(search_db, a, b):
    found = _ids(search_db, a)
    assert found and found == _ids(search_db, b)
    assert "v1" in found


def test_search_text_variants_indexed_normalised(search_db):
    # the text has the diacritised محمد and the tatweel in الـــحكومة
    assert _ids(search_db, "محمد") == ["v1"]
    assert _ids(search_db, "حكومة") == ["v1"]       # through the article ال


@pytest.mark.parametrize("query, expected", [
    ("بوتين", ["v1"]),              # "ولفت بوتين"
    ("المقترح", ["v1"]),
    ("الرئيس", ["v1", "v3"]),
    ("رئيس", ["v1", "v3"]),          # with the article
    ('"مدرسة الإسكندرية"', ["v1"]),
    ("الطاقة -الرئيس", ["v2"]),
    ("مصطفى OR الشمالية", ["v1", "v2", "v3"]),
    ("الاسكن*", ["v1"]),
])
def test_search_query_syntax(search_db, query, expected):
    assert _ids(search_db, query) == expected


def test_search_clitics_expanded_unless_exact(search_db):
    assert _ids(search_db, "حكومة") == ["v1"]
    assert _ids(search_db, "حكومة", exact=True) == []


def test_search_ranks_title_matches_first(search_db):
    res = search_db.search("أحمد")
    assert [r["id"] for r in res][0] == "v3"
    assert res[0]["score"] >= res[1]["score"]
    assert res[0]["title_highlights"]


def test_search_title_highlights_are_offsets_into_the_title(search_db):
    [hit] = search_db.search("في الأخبار")
    assert [hit["title"][a:b] for a, b in hit["title_highlights"]] == ["في", "الأخبار"]


def test_search_snippet_highlights_original_text(search_db):
    res = {r["id"]: r for r in search_db.search("محمد الحكومه")}
    snip = res["v1"]["snippet"]
    rec = search_db.get_article("v1")["record"]
    assert rec["text"][snip["start"]:snip["end"]] == snip["text"]
    marked = [snip["text"][a:b] for a, b in snip["highlights"]]
    assert "مُحَمَّد" in marked and "الـــحكومة" in marked       # the original spellings, not normalised copies
    assert all(normalize(m).replace("ـ", "") in ("محمد", "الحكومه") for m in marked)


def test_search_words_in_sequence_rank_above_scattered_words(tmp_path):
    db = str(tmp_path / "p.db")
    recs = [record("scattered", "التقى محمد وزير المالية بن علي ثم سافر إلى سلمان آباد في زيارة قصيرة للمدينة"),
            record("phrase", "استقبل ولي العهد الأمير محمد بن سلمان اليوم وفدا رسميا في زيارة قصيرة للمدينة")]
    ingest([write_jsonl(tmp_path / "p.jsonl", recs)], db, analysed=True)
    with open_store(db) as st:
        assert [r["id"] for r in st.search("محمد بن سلمان")] == ["phrase", "scattered"]


def test_search_filters_and_count(search_db):
    assert search_db.search_count("الرئيس") == 2
    assert _ids(search_db, "الرئيس", since="2030-01-01") == []
    assert _ids(search_db, "الرئيس", outlet="outlet1") == ["v1", "v3"]


@pytest.mark.parametrize("query", ["", "   ", "-فقط", "!!!"])
def test_search_empty_query_is_an_error(search_db, query):
    with pytest.raises(QueryError):
        search_db.search(query)


def test_fts_query_quotes_user_input():
    q = fts_query(parse('ab"c OR NEAR( x'))
    assert '"' in q and "NEAR(" not in q.replace('"near"', "")


def test_highlighter_accepts_clitics_and_marks():
    rx = highlighter(parse("احمد"))
    text = "قال أحمد وأَحْمَـد ولأحمد وللأحمد احمدي"
    assert rx.findall(text) == ["أحمد", "وأَحْمَـد", "ولأحمد", "وللأحمد"]
    assert mark(snippet(text, rx), "<", ">").count("<") == 4


def test_readonly_store_cannot_write(search_db):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        search_db.conn.execute("DELETE FROM articles")
