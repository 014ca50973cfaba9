"""The embedded store: SQLite (WAL), one write path, full-text search, deduplication.

* :func:`open_store` / :class:`Store` - read-only queries (search, articles, events, actors,
  quotes, statistics); see :mod:`marsad.store.api`.
* :class:`~marsad.store.writer.StoreWriter` - the single writer ``marsad ingest`` uses.
* :mod:`marsad.store.schema` - versioned migrations (``PRAGMA user_version``).

``docs/store.md`` describes the tables, the search syntax and the export columns.
"""
from __future__ import annotations

from .api import Store, open_store
from .db import StoreError
from .schema import SCHEMA_VERSION

__all__ = ["Store", "StoreError", "open_store", "SCHEMA_VERSION"]
