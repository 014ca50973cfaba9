"""The store's schema, versioned: ``PRAGMA user_version`` plus an ordered list of migrations.

A migration is a function ``(conn) -> None`` that moves the schema from version ``i`` to
``i + 1``; :func:`migrate` runs the missing ones in order, each in its own transaction, so a
store is always at some complete version.  Add a migration by appending a function to
:data:`MIGRATIONS`; never edit one that has shipped.
"""
from __future__ import annotations

import sqlite3
from typing import Callable


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Execute ``sql`` statement by statement inside the caller's transaction.

    (``executescript`` would commit the open transaction first, breaking atomic migrations.)
    """
    statement = ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not statement.strip():
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise SchemaError(f"incomplete SQL statement in migration: {statement.strip()[:80]}")


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn, """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);

    -- one row per stored article; `record` is the full record JSON (contract v1 and later)
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, location TEXT,
        published TEXT, language TEXT, title TEXT,
        n_chars INTEGER NOT NULL,
        text_hash TEXT NOT NULL,          -- sha1 of the normalised body: exact duplicates
        record TEXT NOT NULL,
        run INTEGER
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet, published);
    CREATE INDEX articles_text_hash ON articles(text_hash);

    -- MinHash signature of the normalised word shingles (near duplicates)
    CREATE TABLE article_minhash (article INTEGER PRIMARY KEY, sig BLOB NOT NULL);

    -- the actors of each article, under their store-wide key (see store/writer.py: actor_key)
    CREATE TABLE article_actors (
        article INTEGER NOT NULL, actor TEXT NOT NULL, local_id TEXT,
        name_ar TEXT, name_en TEXT, type TEXT, country TEXT, sector TEXT,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article, actor)
    ) WITHOUT ROWID;
    CREATE INDEX article_actors_actor ON article_actors(actor, article);

    CREATE TABLE mentions (
        article INTEGER NOT NULL, idx INTEGER NOT NULL,
        text TEXT NOT NULL, start INTEGER, "end" INTEGER, type TEXT, actor TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE INDEX mentions_actor ON mentions(actor);

    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article INTEGER NOT NULL, idx INTEGER NOT NULL,
        speaker TEXT, speaker_text TEXT, addressee TEXT, cue TEXT, kind TEXT,
        text TEXT, start INTEGER, "end" INTEGER, channel TEXT,
        UNIQUE (article, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);

    -- one row per event report (an event as one article states it)
    CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        article INTEGER NOT NULL, idx INTEGER NOT NULL,
        type TEXT NOT NULL, mode TEXT, context TEXT, quad INTEGER, cameo TEXT,
        date TEXT, day TEXT,                 -- day: the date the event is clustered on
        negated INTEGER NOT NULL DEFAULT 0, modality TEXT,
        trigger TEXT, sentence INTEGER, start INTEGER, "end" INTEGER,
        sources TEXT NOT NULL, targets TEXT NOT NULL,   -- JSON lists of actor keys
        cluster TEXT,
        UNIQUE (article, idx)
    );
    CREATE INDEX events_cluster ON events(cluster);
    CREATE INDEX events_type_day ON events(type, day);
    CREATE TABLE event_actors (
        event INTEGER NOT NULL, role TEXT NOT NULL, actor TEXT NOT NULL,
        PRIMARY KEY (event, role, actor)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_actor ON event_actors(actor, role);

    -- derived tables, rebuilt by marsad.dedup.refresh() after every ingest run
    CREATE TABLE actors (
        id TEXT PRIMARY KEY, name_ar TEXT, name_en TEXT, type TEXT, country TEXT, sector TEXT,
        name_norm TEXT, n_articles INTEGER NOT NULL, n_mentions INTEGER NOT NULL,
        n_events INTEGER NOT NULL DEFAULT 0, n_quotes INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT, last_seen TEXT
    );
    CREATE INDEX actors_n_articles ON actors(n_articles DESC);
    CREATE INDEX actors_country ON actors(country);
    CREATE INDEX actors_name_norm ON actors(name_norm);

    CREATE TABLE duplicates (
        article INTEGER PRIMARY KEY, canonical INTEGER NOT NULL, kind TEXT NOT NULL,
        similarity REAL NOT NULL
    );
    CREATE INDEX duplicates_canonical ON duplicates(canonical);

    CREATE TABLE event_clusters (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, context TEXT, quad INTEGER, cameo TEXT,
        negated INTEGER NOT NULL, modality TEXT,
        sources TEXT NOT NULL, targets TEXT NOT NULL,
        first_day TEXT, last_day TEXT,
        n_reports INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_outlets INTEGER NOT NULL,
        first_event INTEGER NOT NULL
    );
    CREATE INDEX event_clusters_type_day ON event_clusters(type, first_day);
    CREATE INDEX event_clusters_day ON event_clusters(first_day);
    CREATE INDEX event_clusters_quad_day ON event_clusters(quad, first_day);
    CREATE TABLE cluster_actors (
        cluster TEXT NOT NULL, role TEXT NOT NULL, actor TEXT NOT NULL,
        PRIMARY KEY (cluster, role, actor)
    ) WITHOUT ROWID;
    CREATE INDEX cluster_actors_actor ON cluster_actors(actor, role);

    -- per-document failures: never fatal, summarised after each run
    CREATE TABLE failures (
        location TEXT NOT NULL, stage TEXT NOT NULL, doc_id TEXT, error TEXT NOT NULL,
        run INTEGER, at TEXT NOT NULL,
        PRIMARY KEY (location, stage)
    );
    CREATE INDEX failures_doc ON failures(doc_id);

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, engine TEXT, profile TEXT,
        inputs TEXT, n_new INTEGER, n_skipped INTEGER, n_failed INTEGER, seconds REAL
    );

    -- full-text index over normalised copies (contentless: snippets come from the originals)
    CREATE VIRTUAL TABLE fts USING fts5(
        title, body, quotes, content='', tokenize='unicode61 remove_diacritics 0'
    );
    """)


def _v2(conn: sqlite3.Connection) -> None:
    """Covering indexes for the dashboard's counts (languages; events per period and type/quad)."""
    run_script(conn, """
    CREATE INDEX articles_language ON articles(language);
    CREATE INDEX event_clusters_counts ON event_clusters(first_day, type, quad, n_reports);
    """)


def _v3(conn: sqlite3.Connection) -> None:
    """Events and reports per day, type and quad class (derived): timelines without a scan."""
    run_script(conn, """
    CREATE TABLE event_daily (
        day TEXT NOT NULL, type TEXT NOT NULL, quad INTEGER,
        n_events INTEGER NOT NULL, n_reports INTEGER NOT NULL
    );
    CREATE INDEX event_daily_day ON event_daily(day, type, quad);
    INSERT INTO event_daily SELECT first_day, type, quad, count(*), sum(n_reports) FROM event_clusters
        WHERE first_day IS NOT NULL GROUP BY first_day, type, quad;
    """)


#: ordered migrations; the store's version is the number applied
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The store was written by a newer Marsad, or a migration failed."""


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring ``conn``'s database to :data:`SCHEMA_VERSION`; returns the version it started at."""
    start = version(conn)
    if start > SCHEMA_VERSION:
        raise SchemaError(f"the store has schema version {start}, newer than this Marsad knows "
                          f"({SCHEMA_VERSION}); upgrade marsad")
    for target in range(start + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= target:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start
