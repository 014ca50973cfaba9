"""Fixtures of the store tests (the data lives in storedata.py)."""
from __future__ import annotations

import pytest

from storedata import corpus_records, make_store, write_jsonl


@pytest.fixture
def analysed_path(tmp_path) -> str:
    return write_jsonl(tmp_path / "records.jsonl", corpus_records())


@pytest.fixture
def store_db(tmp_path) -> str:
    return make_store(tmp_path)


@pytest.fixture
def store(store_db):
    from marsad.store import open_store

    with open_store(store_db) as st:
        yield st
