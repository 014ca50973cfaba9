import gzip
import json

import pytest

from marsad.io.readers import ReadError, normalize_published, read_path

AR = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الأزمة."


def _one(path):
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("value, expected", [
    ("2021-04-19", "2021-04-19"), ("2021-04-19T10:00:00+02:00", "2021-04-19"),
    ("Sun, 15 Jul 2018 21:56:56 +0400", "2018-07-15"), ("2015-07-21 02:51:32", "2015-07-21"),
    ("", None), (None, None), ("not a date at all", None),
])
def test_readers_normalize_published(value, expected):
    assert normalize_published(value) == expected


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"   \n\t\n", "empty"), ("\u00a0\n\u00a0".encode(), "whitespace"),
    (bytes(range(256)) * 40, "binary"),
])
def test_readers_bad_bytes_give_one_line_error(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    item = _one(p)
    assert isinstance(item, ReadError) and message in item.message and "\n" not in str(item)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1256", "utf-8-sig"])
def test_readers_decode_legacy_encodings(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes(AR.encode(encoding))
    rec = _one(p)
    assert not isinstance(rec, ReadError), rec
    assert rec.raw.strip() == AR


def test_readers_missing_file_and_directory(tmp_path):
    assert "no such file" in _one(tmp_path / "nope.txt").message
    assert "directory" in _one(tmp_path).message


def test_readers_huge_file_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes((AR + "\n").encode() * (50 * 1024 * 1024 // len((AR + "\n").encode()) + 1))
    item = _one(p)
    assert isinstance(item, ReadError) and "too large" in item.message


def test_readers_json_article_fields(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "x1", "title": "عنوان", "text": AR, "published": "Sun, 15 Jul 2018 21:56:56 +0400",
                             "url": "http://e.com/a", "outlet": "BBC"}, ensure_ascii=False), encoding="utf-8")
    rec = _one(p)
    assert rec.id == "x1" and rec.published == "2018-07-15" and rec.source["outlet"] == "BBC"
    assert rec.meta["title"] == "عنوان"


@pytest.mark.parametrize("obj, message", [
    ({"title": "x"}, "no 'text'"), ({"text": 5}, "must be a string"), ([1, 2], "JSON object"),
])
def test_readers_json_article_invalid(tmp_path, obj, message):
    p = tmp_path / "a.json"
    p.write_text(json.dumps(obj), encoding="utf-8")
    assert message in _one(p).message


def test_readers_malformed_json(tmp_path):
    p = tmp_path / "a.json"
    p.write_text('{"text": "x"', encoding="utf-8")
    assert "malformed JSON" in _one(p).message


def test_readers_jsonl_reports_bad_lines_and_continues(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    lines = [json.dumps({"id": "a", "text": AR}, ensure_ascii=False), "{broken", "",
             json.dumps({"id": "b"}), json.dumps({"id": "c", "text": AR}, ensure_ascii=False)]
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    items = list(read_path(p))
    good = [i.id for i in items if not isinstance(i, ReadError)]
    bad = [str(i) for i in items if isinstance(i, ReadError)]
    assert good == ["a", "c"]
    assert any(":2:" in b and "malformed" in b for b in bad) and any(":4:" in b and "text" in b for b in bad)


def test_readers_truncated_gzip_reported(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    data = gzip.compress((json.dumps({"id": "a", "text": AR}, ensure_ascii=False) + "\n").encode() * 200)
    p.write_bytes(data[: len(data) // 2])
    items = list(read_path(p))
    assert isinstance(items[-1], ReadError) and "corrupt" in items[-1].message


def test_readers_html_keeps_title_and_date(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(f"""<html><head><title>عنوان الخبر</title>
      <meta property="article:published_time" content="2021-04-19"></head>
      <body><nav>الرئيسية</nav><article><h1>عنوان الخبر</h1><p>{AR}</p><p>{AR.replace('قال', 'أضاف')}</p></article>
      <footer>جميع الحقوق محفوظة</footer></body></html>""", encoding="utf-8")
    rec = _one(p)
    assert rec.meta["title"] == "عنوان الخبر" and rec.published == "2021-04-19" and AR in rec.raw


def test_readers_html_without_article(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    rec = _one(p)
    assert not isinstance(rec, ReadError) and rec.warnings and "no article text" in rec.warnings[0]
