"""Opening store files: one place for the connection settings."""
from __future__ import annotations

import os
import sqlite3


class StoreError(RuntimeError):
    """The store file is missing, unreadable or not a Marsad store."""


def connect(path: str, *, readonly: bool = True, synchronous: str = "NORMAL",
            check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal.

    Read-only connections open the file with ``mode=ro``: they can never write, and they
    see the last committed state while a writer works.
    """
    path = str(path)
    if readonly:
        if not os.path.exists(path):
            raise StoreError(f"{path}: no such store (create it with `marsad ingest ... --db {path}`)")
        uri = "file:" + _quote(os.path.abspath(path)) + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=check_same_thread)
    else:
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=check_same_thread)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"{path}: cannot switch the store to WAL journal mode (got {mode})")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("PRAGMA busy_timeout = 60000")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/:")
