"""Fixtures for the KB tests: the packaged KB and real ANT articles read by id from ../shared."""
from __future__ import annotations

import gzip
import json

import pytest


@pytest.fixture(scope="session")
def kb():
    from marsad.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def ant_articles(shared_dir):
    """``get(id) -> article dict``: ANT rows loaded once, by id (the texts never enter the repo)."""
    path = shared_dir / "data" / "corpora" / "ant.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not available")
    cache: dict[str, dict] = {}

    def get(*ids: str) -> dict:
        missing = [i for i in ids if i not in cache]
        if missing:
            want = set(missing)
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    head = line[:120]
                    if any(i in head for i in want):
                        d = json.loads(line)
                        if d["id"] in want:
                            cache[d["id"]] = d
        return cache[ids[0]] if len(ids) == 1 else {i: cache[i] for i in ids}

    return get
