"""``marsad ingest``: inputs of every kind, failures recorded, resumption, crash safety."""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from marsad.cli import main
from marsad.ingest import ingest
from marsad.store import open_store

# sentences written for these tests
WORDS = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية وقال الوزير إن البرنامج "
         "سيبدأ الشهر المقبل بتمويل من البنك الدولي وأكد المتحدث أن اللجنة ستتابع التنفيذ وأشار التقرير "
         "إلى تحسن المؤشرات الاقتصادية في الربع الأخير من العام").split()


def article_text(seed: int, n: int = 60) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n)) + f" (الخبر {seed})."


def rows(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"doc-{i:05d}", "title": f"خبر رقم {i}", "published": "2021-04-19", "outlet": "test",
             "url": f"https://news.example/{i}", "text": article_text(i)} for i in range(start, start + n)]


def write_jsonl(path, items, gz: bool = False) -> str:
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in items) + "\n"
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def stored_ids(db: str) -> list[str]:
    with open_store(db) as st:
        return sorted(r[0] for r in st.conn.execute("SELECT id FROM articles"))


@pytest.fixture
def mixed_dir(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("عنوان أول\n\n" + article_text(1), encoding="utf-8")
    (d / "sub" / "b.html").write_text(
        "<html><head><title>عنوان ثان</title></head><body><article><h1>عنوان ثان</h1><p>"
        + article_text(2) + "</p><p>" + article_text(3) + "</p></article></body></html>", encoding="utf-8")
    (d / "c.json").write_text(json.dumps(rows(1, 10)[0], ensure_ascii=False), encoding="utf-8")
    write_jsonl(d / "d.jsonl", rows(3, 20))
    write_jsonl(d / "sub" / "e.jsonl.gz", rows(3, 30), gz=True)
    (d / "notes.md").write_text("ignored: not an input suffix", encoding="utf-8")
    return d


def test_ingest_reads_every_input_kind_and_skips_on_rerun(mixed_dir, tmp_path):
    db = str(tmp_path / "m.db")
    res = ingest([str(mixed_dir)], db, workers=1)
    assert (res.new, res.failed) == (9, 0)
    with open_store(db) as st:
        outlets = st.stats()["outlets"]
        assert outlets["test"] == 7
    again = ingest([str(mixed_dir)], db, workers=1)
    assert (again.new, again.skipped, again.failed) == (0, 9, 0)


def test_ingest_with_two_workers_equals_one(tmp_path):
    src = write_jsonl(tmp_path / "r.jsonl", rows(40))
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    ingest([src], one, workers=1)
    ingest([src], two, workers=2, batch_size=8)
    with open_store(one) as a, open_store(two) as b:
        recs_a = {r["id"]: r for r in a.iter_records()}
        recs_b = {r["id"]: r for r in b.iter_records()}
    assert len(recs_a) == 40 and recs_a == recs_b


def _corrupt_gzip(tmp_path):
    good = gzip.compress(("\n".join(json.dumps(r, ensure_ascii=False) for r in rows(50, 100)) + "\n").encode())
    p = tmp_path / "bad.jsonl.gz"
    p.write_bytes(good[: len(good) // 2])
    return p, "bad.jsonl.gz:"


def _broken_json_line(tmp_path):
    p = tmp_path / "broken.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows(2, 200)]
    p.write_text(lines[0] + '\n{"id": "x", "text": \n' + lines[1] + "\n", encoding="utf-8")
    return p, "broken.jsonl:2"


def _binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 40)
    return p, "image.txt"


def _unreadable_file(tmp_path):
    p = tmp_path / "gone.txt"
    os.symlink(tmp_path / "does-not-exist.txt", p)   # listed, but cannot be opened
    return p, "gone.txt"


def _unreadable_html(tmp_path):
    p = tmp_path / "gone.html"
    os.symlink(tmp_path / "does-not-exist.html", p)
    return p, "gone.html"


@pytest.mark.parametrize("make_bad", [_corrupt_gzip, _broken_json_line, _binary_file, _unreadable_file, _unreadable_html])
def test_ingest_bad_input_recorded_with_location_and_run_continues(tmp_path, make_bad, capsys):
    d = tmp_path / "in"
    d.mkdir()
    bad, where = make_bad(d)
    write_jsonl(d / "good.jsonl", rows(5))
    db = str(tmp_path / "b.db")
    assert main(["ingest", str(d), "--db", db, "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert where in err and "failed" in err
    with open_store(db) as st:
        fails = st.failures()
        assert fails and any(where in f["location"] for f in fails)
        assert all(f["stage"] == "read" for f in fails)
        assert st.stats()["articles"] >= 5


def test_ingest_stage_failure_recorded_with_stage_name(tmp_path, monkeypatch):
    import marsad
    from marsad.pipeline import Pipeline, Stage

    class Boom(Stage):
        name = "boom"
        requires = ("text",)

        def __call__(self, record):
            if "13" in record.id:
                raise RuntimeError("cannot analyse this one")
            return record

    base = marsad.build_pipeline("fast")
    monkeypatch.setattr(marsad, "_default_pipeline", lambda profile: Pipeline(base.stages + [Boom()]))
    db = str(tmp_path / "f.db")
    res = ingest([write_jsonl(tmp_path / "r.jsonl", rows(20))], db, workers=1)
    assert (res.new, res.failed) == (19, 1)
    with open_store(db) as st:
        [f] = st.failures()
    assert (f["stage"], f["doc_id"]) == ("boom", "doc-00013") and "cannot analyse" in f["error"]
    assert f["location"].endswith("r.jsonl:14")
    # the document is retried on the next run; once it passes, its failure is cleared
    monkeypatch.setattr(marsad, "_default_pipeline", lambda profile: base)
    assert ingest([str(tmp_path / "r.jsonl")], db).new == 1
    with open_store(db) as st:
        assert st.failures() == [] and st.stats()["articles"] == 20


def test_ingest_cli_progress_summary_and_json(tmp_path, capsys):
    src = write_jsonl(tmp_path / "r.jsonl", rows(12))
    db = str(tmp_path / "p.db")
    assert main(["ingest", src, "--db", db, "--progress", "--json", "--profile", "fast"]) == 0
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert summary["new"] == 12 and summary["articles_per_second"] > 0
    assert "doc/s" in err and "12 new" in err
    with open_store(db) as st:
        assert st.stats()["last_run"]["profile"] == "fast"


def test_ingest_cli_usage_errors(tmp_path, capsys):
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--workers", "0"]) == 2
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://x:1"]) == 2


def test_ingest_warc(tmp_path):
    warcio = pytest.importorskip("warcio")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        pages = [("https://news.example/1", "text/html; charset=utf-8",
                  f"<html><body><article><h1>عنوان</h1><p>{article_text(1)}</p><p>{article_text(2)}</p></article></body></html>"),
                 ("https://news.example/2", "text/plain; charset=utf-8", article_text(3)),
                 ("https://news.example/logo.png", "image/png", "PNG")]
        for url, ctype, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(url, "response", payload=BytesIO(body.encode("utf-8")), http_headers=http))
    db = str(tmp_path / "w.db")
    res = ingest([str(path)], db)
    assert (res.new, res.failed) == (2, 0)
    with open_store(db) as st:
        urls = sorted(r["source"]["url"] for r in st.iter_records())
        locs = [r["source"]["path"] for r in st.iter_records()]
    assert urls == ["https://news.example/1", "https://news.example/2"]
    assert all("crawl.warc.gz@" in loc for loc in locs)
    # a truncated archive keeps what came before the damage and reports where it stopped
    data = path.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.6)])
    res = ingest([str(tmp_path / "cut.warc.gz")], str(tmp_path / "cut.db"))
    assert res.failed == 1 and "cut.warc.gz@" in res.failure_examples[0]["location"]


def _count(db: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def _integrity(db: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_ingest_survives_sigkill_and_rerun_completes(tmp_path):
    """Kill ingest subprocesses with SIGKILL at random moments; the store stays consistent and
    the last run completes with every article stored exactly once."""
    n = 600
    src = write_jsonl(tmp_path / "big.jsonl", rows(n))
    db = str(tmp_path / "k.db")
    cmd = [sys.executable, "-c", "import sys; from marsad.cli import main; sys.exit(main())", "ingest", src, "--db", db, "--workers", "2", "--shard-size", "5",
           "--no-progress", "--profile", "fast"]
    rng = random.Random(7)
    counts = []
    for _attempt in range(3):
        before = len(stored_ids(db)) if os.path.exists(db) else 0
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:   # wait for this run's first commits
            if os.path.exists(db) and _count(db) > before:
                break
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.6))
        os.killpg(proc.pid, signal.SIGKILL)    # the ingest process and its workers, mid-run
        proc.wait()
        assert _integrity(db) == "ok"
        counts.append(len(stored_ids(db)))
    assert any(0 < c < n for c in counts), f"no kill landed mid-run: {counts}"
    print("stored after each kill:", counts)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _integrity(db) == "ok"
    ids = stored_ids(db)
    assert len(ids) == n and len(set(ids)) == n
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM fts").fetchone()[0] == n
    assert conn.execute("SELECT count(*) FROM article_minhash").fetchone()[0] == n
    assert conn.execute("SELECT value FROM meta WHERE key = 'derived_stale'").fetchone()[0] == "0"
    conn.close()


class _KillsTheWorker:
    """Unpickling this in a worker process ends that process (as a crash inside a stage would)."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_ingest_worker_crash_recorded_and_other_documents_kept(tmp_path):
    from marsad.ingest import Task, batched, run_local
    from marsad.io.readers import read_path
    from marsad.store.writer import Failure, Prepared

    good = [Task("record", f"r.jsonl:{i}", rec.id, rec)
            for i, rec in enumerate(read_path(write_jsonl(tmp_path / "r.jsonl", rows(6))), 1)]
    tasks = good[:3] + [Task("record", "poison:1", "poison", _KillsTheWorker())] + good[3:]
    results = []
    run_local(batched(tasks, 2), lambda batch, out: results.extend(out), workers=2, profile="fast")
    stored = sorted(r.id for r in results if isinstance(r, Prepared))
    crashed = [r for r in results if isinstance(r, Failure)]
    assert stored == sorted(t.doc_id for t in good)
    assert [(f.location, f.stage) for f in crashed] == [("poison:1", "crash")]


def test_ingest_real_corpus_rows_end_to_end(shared_dir, tmp_path):
    """The first rows of the ANT corpus (read from ../shared, copied only to tmp_path) go through
    the real pipeline into a store that search and stats can read."""
    src = shared_dir / "data" / "corpora" / "ant.jsonl.gz"
    if not src.exists():
        pytest.skip("ANT corpus not available")
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(20)]
    sample = tmp_path / "ant20.jsonl"
    sample.write_text("".join(lines), encoding="utf-8")
    db = str(tmp_path / "real.db")
    res = ingest([str(sample)], db, profile="fast")
    assert res.new + res.failed == 20 and res.new >= 18
    with open_store(db) as st:
        ids = {json.loads(line)["id"] for line in lines}
        assert {r["id"] for r in st.iter_records()} <= ids
        title_word = next(w for w in json.loads(lines[0])["title"].split() if len(w) > 3)
        assert json.loads(lines[0])["id"] in {r["id"] for r in st.search(title_word, limit=50)}
        assert st.stats()["articles"] == res.new
