"""The Dask engine on a small LocalCluster gives the same store as the local engine."""
from __future__ import annotations

import json

import pytest

from marsad.ingest import ingest
from marsad.store import open_store

from storedata import corpus_records, write_jsonl


def snapshot(db: str) -> dict:
    """The stored content, independent of row ids and storage order."""
    with open_store(db) as st:
        c = st.conn
        ids = dict(c.execute("SELECT rowid, id FROM articles"))
        return {
            "records": sorted(tuple(r) for r in c.execute("SELECT id, record, text_hash, title, published FROM articles")),
            "minhash": sorted((ids[a], s) for a, s in c.execute("SELECT article, sig FROM article_minhash")),
            "duplicates": sorted((ids[a], ids[k], kind, sim) for a, k, kind, sim in
                                 c.execute("SELECT article, canonical, kind, similarity FROM duplicates")),
            "events": sorted((ids[a], i, cl) for a, i, cl in c.execute("SELECT article, idx, cluster FROM events")),
            "clusters": sorted(tuple(r)[:15] for r in c.execute("SELECT * FROM event_clusters")),
            "actors": sorted(tuple(r) for r in c.execute("SELECT * FROM actors")),
            "stats": {k: v for k, v in st.stats().items() if k != "last_run"},
            "search": [r["id"] for r in st.search("بوتين")],
        }


@pytest.mark.parametrize("shard_dir", [False, True])
def test_dask_engine_equals_local(tmp_path, shard_dir):
    pytest.importorskip("dask.distributed")
    src = write_jsonl(tmp_path / "r.jsonl", corpus_records())
    local, dask = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    ingest([src], local, analysed=True)
    res = ingest([src], dask, analysed=True, engine="dask", workers=2, batch_size=3, dask_processes=False,
                 shard_dir=str(tmp_path / "shards") if shard_dir else None)
    assert res.new == 12 and res.failed == 0
    assert snapshot(local) == snapshot(dask)
    if shard_dir:
        assert list((tmp_path / "shards").iterdir()) == []   # merged shard files are removed


def test_dask_engine_runs_the_pipeline_and_resumes(tmp_path):
    pytest.importorskip("dask.distributed")
    text = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الأزمة."
    rows = [{"id": f"p{i}", "title": f"عنوان {i}", "text": f"{text} رقم {i}."} for i in range(9)]
    src = tmp_path / "p.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    local, dask = str(tmp_path / "l.db"), str(tmp_path / "d.db")
    ingest([str(src)], local, profile="fast")
    ingest([str(src)], dask, profile="fast", engine="dask", workers=2, batch_size=4, dask_processes=False)
    with open_store(local) as a, open_store(dask) as b:
        assert {r["id"]: r for r in a.iter_records()} == {r["id"]: r for r in b.iter_records()}
    again = ingest([str(src)], dask, profile="fast", engine="dask", workers=2, dask_processes=False)
    assert (again.new, again.skipped) == (0, 9)
