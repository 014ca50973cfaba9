"""Duplicate articles and event clusters.

*Articles.*  Exact duplicates share the sha1 of their normalised words (:func:`text_hash`).
Only articles of at least ten words take part (shorter bodies are not told apart reliably).
Near duplicates are found with MinHash over word 3-shingles of the normalised text
(:func:`minhash`, numpy, 128 permutations) and LSH banding (32 bands of 4 rows); every
candidate pair is checked against :data:`NEAR_THRESHOLD` estimated Jaccard similarity, and
pairs are joined into groups (connected components).  The canonical copy of a group is the
earliest published, then the longest, then the smallest id, so the result does not depend on
the order articles were stored in.

*Events.*  Reports of one event in several articles are merged into an event cluster: same
PLOVER type, same source and target actor sets, same negation and modality, and dates within
:data:`EVENT_WINDOW_DAYS` of the cluster's first day.  Events without any actor are merged only
within one group of duplicate articles.  Statistics count clusters (events), not reports.

:func:`refresh` rebuilds the derived tables (``duplicates``, ``event_clusters``,
``cluster_actors``, ``event_daily``, ``actors``) from the stored articles; the store calls it, inside one
transaction, at the end of every ingest run.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Iterable, Sequence

from .text import normalize

SHINGLE = 3
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
#: estimated Jaccard similarity of word 3-shingles from which two articles are near duplicates
NEAR_THRESHOLD = 0.7
#: fewer shingles than this: too short to call a near duplicate (exact duplicates still count)
MIN_SHINGLES = 8
#: event reports whose days are at most this far from the cluster's first day are merged
EVENT_WINDOW_DAYS = 3
#: buckets larger than this are compared star-wise (each with the first) instead of pairwise
_MAX_BUCKET = 64

_WORD = re.compile(r"[^\W_]+")
_MERSENNE = (1 << 61) - 1


def words(text: str) -> list[str]:
    """The normalised words of ``text`` (letters and digits; punctuation dropped)."""
    return _WORD.findall(normalize(text or ""))


def text_hash(text: str) -> str:
    """sha1 of the normalised words: equal for texts that differ only in spacing, punctuation,
    diacritics or letter variants."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def _np():
    import numpy as np

    return np


_PERMS = None


def _perms():
    global _PERMS
    if _PERMS is None:
        np = _np()
        rng = np.random.RandomState(20240601)  # fixed: signatures must agree across runs and machines
        # a, b spread over [1, p) as in datasketch: a * x wraps around 2**64, which mixes the
        # order; with small a the order of a * x + b would just be the order of x
        a = rng.randint(1, _MERSENNE, size=NUM_PERM, dtype=np.uint64)
        b = rng.randint(0, _MERSENNE, size=NUM_PERM, dtype=np.uint64)
        _PERMS = (a, b)
    return _PERMS


def minhash(text: str, *, word_list: Sequence[str] | None = None) -> bytes | None:
    """MinHash signature (``NUM_PERM`` little-endian uint32) of the word 3-shingles of ``text``;
    None when the text has fewer than :data:`MIN_SHINGLES` shingles."""
    np = _np()
    ws = list(word_list) if word_list is not None else words(text)
    if len(ws) < SHINGLE + MIN_SHINGLES - 1:
        return None
    h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in ws), dtype=np.uint64, count=len(ws))
    mask = np.uint64(0xFFFFFFFF)
    x = h[:-2] * np.uint64(0x9E3779B1) + h[1:-1] * np.uint64(0x85EBCA77) + h[2:]
    x = np.unique(x & mask)
    a, b = _perms()
    with np.errstate(over="ignore"):
        vals = (x[:, None] * a[None, :] + b[None, :]) % np.uint64(_MERSENNE)
    sig = (vals.min(axis=0) & mask).astype("<u4")
    return sig.tobytes()


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    np = _np()
    a = np.frombuffer(sig_a, dtype="<u4")
    b = np.frombuffer(sig_b, dtype="<u4")
    return float((a == b).mean())


# --- grouping ----------------------------------------------------------------------------

class _UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_pairs(keys: Sequence[int], sigs: Sequence[bytes], threshold: float = NEAR_THRESHOLD) -> list[tuple[int, int, float]]:
    """``(key_a, key_b, similarity)`` for the candidate pairs LSH finds that reach ``threshold``."""
    np = _np()
    if len(keys) < 2:
        return []
    mat = np.frombuffer(b"".join(sigs), dtype="<u4").reshape(len(sigs), NUM_PERM)
    keys_arr = np.asarray(keys)
    seen: set[tuple[int, int]] = set()
    out = []
    for band in range(BANDS):
        block = np.ascontiguousarray(mat[:, band * ROWS:(band + 1) * ROWS])
        view = block.view(np.dtype((np.void, block.dtype.itemsize * ROWS))).ravel()
        _, inverse, counts = np.unique(view, return_inverse=True, return_counts=True)
        multi = np.nonzero(counts[inverse] > 1)[0]
        if not len(multi):
            continue
        order = multi[np.argsort(inverse[multi], kind="stable")]
        buckets = np.split(order, np.nonzero(np.diff(inverse[order]))[0] + 1)
        for bucket in buckets:
            idx = bucket.tolist()
            pairs = ([(idx[0], j) for j in idx[1:]] if len(idx) > _MAX_BUCKET
                     else [(i, j) for n, i in enumerate(idx) for j in idx[n + 1:]])
            for i, j in pairs:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                sim = float((mat[i] == mat[j]).mean())
                if sim >= threshold:
                    out.append((int(keys_arr[i]), int(keys_arr[j]), sim))
    return out


def _canonical_order(row) -> tuple:
    """Sort key: earliest published first, then longest, then smallest id."""
    _rowid, art_id, published, n_chars = row
    return (published is None, published or "", -n_chars, art_id)


def find_duplicates(conn: sqlite3.Connection, threshold: float = NEAR_THRESHOLD) -> list[tuple[int, int, str, float]]:
    """Rows ``(article, canonical, kind, similarity)`` for every article in a group of two or more."""
    info = {r[0]: r for r in conn.execute("SELECT rowid, id, published, n_chars FROM articles")}
    uf = _UnionFind()
    by_hash: dict[str, int] = {}
    exact_rep: dict[int, int] = {}
    # only articles long enough to have a signature take part: two empty or three-word bodies
    # (a caption, a cleaning casualty) are not the same article
    for rowid, h in conn.execute("SELECT a.rowid, a.text_hash FROM articles a JOIN article_minhash m "
                                 "ON m.article = a.rowid ORDER BY a.rowid"):
        rep = by_hash.setdefault(h, rowid)
        if rep != rowid:
            uf.union(rep, rowid)
        exact_rep[rowid] = rep
    keys, sigs = [], []
    for rowid, sig in conn.execute("SELECT article, sig FROM article_minhash ORDER BY article"):
        if exact_rep.get(rowid) == rowid:  # one signature per exact group
            keys.append(rowid)
            sigs.append(sig)
    for a, b, _sim in near_pairs(keys, sigs, threshold):
        uf.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for rowid in info:
        groups[uf.find(rowid)].append(rowid)
    sig_of = dict(zip(keys, sigs))
    hashes = dict(conn.execute("SELECT rowid, text_hash FROM articles"))
    rows = []
    for members in groups.values():
        if len(members) < 2:
            continue
        canonical = min(members, key=lambda r: _canonical_order(info[r]))
        for m in members:
            if m == canonical:
                rows.append((m, canonical, "canonical", 1.0))
            elif hashes[m] == hashes[canonical]:
                rows.append((m, canonical, "exact", 1.0))
            else:
                sa, sb = sig_of.get(exact_rep[m]), sig_of.get(exact_rep[canonical])
                rows.append((m, canonical, "near", round(similarity(sa, sb), 4) if sa and sb else 0.0))
    return rows


# --- events ------------------------------------------------------------------------------

def event_day(value: str | None, published: str | None) -> str | None:
    """The day an event is clustered on: its own date (start of an interval; a month means the
    publication day when that falls in the month, else the 1st), else the publication date."""
    if value:
        v = value.split("/")[0].strip()
        if len(v) >= 10 and _is_day(v[:10]):
            return v[:10]
        if len(v) == 7:
            if published and published.startswith(v):
                return published[:10]
            if _is_day(v + "-01"):
                return v + "-01"
        if len(v) == 4 and v.isdigit():
            return published[:10] if published and published.startswith(v) else v + "-01-01"
    return published[:10] if published and _is_day(published[:10]) else None


def _is_day(s: str) -> bool:
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def _mode(values: Iterable):
    values = [v for v in values if v not in (None, "")]
    if len(values) < 2:
        return values[0] if values else None
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None


def cluster_events(conn: sqlite3.Connection, window_days: int = EVENT_WINDOW_DAYS):
    """``(clusters, assignment)``: cluster rows for ``event_clusters`` and ``(cluster, event rowid)``."""
    canon = dict(conn.execute("SELECT article, canonical FROM duplicates"))
    rows = conn.execute(
        "SELECT e.rowid, e.article, a.id, e.idx, e.type, e.mode, e.context, e.quad, e.cameo, e.negated, "
        "e.modality, e.sources, e.targets, e.day, a.outlet, e.trigger FROM events e "
        "JOIN articles a ON a.rowid = e.article").fetchall()
    by_key: dict[tuple, list] = defaultdict(list)
    for r in rows:
        rowid, article, _aid, _idx, etype, *_mid, negated, modality, sources, targets, day, _outlet, trigger = r
        key = (etype, negated, modality or "asserted", sources, targets)
        if sources == "[]" and targets == "[]":
            key += (canon.get(article, article), normalize(trigger or ""))
        elif day is None:
            key += (canon.get(article, article),)
        by_key[key].append(r)
    clusters, assignment = [], []
    window = timedelta(days=window_days)
    for key, members in by_key.items():
        members.sort(key=lambda r: (r[13] is None, r[13] or "", r[2], r[3]))
        current: list = []
        start = None
        for r in members:
            day = date.fromisoformat(r[13]) if r[13] else None
            if current and (day is None or start is None or day - start > window):
                clusters.append(_cluster_row(key, current, assignment))
                current = []
            if not current:
                start = day
            current.append(r)
        if current:
            clusters.append(_cluster_row(key, current, assignment))
    return clusters, assignment


def _cluster_row(key: tuple, members: list, assignment: list) -> tuple:
    first = members[0]
    cid = "ev-" + hashlib.sha1(f"{first[2]}:{first[3]}".encode("utf-8")).hexdigest()[:16]
    for r in members:
        assignment.append((cid, r[0]))
    days = [r[13] for r in members if r[13]]
    return (cid, key[0], _mode(r[5] for r in members), _mode(r[6] for r in members),
            _mode(r[7] for r in members), _mode(r[8] for r in members), key[1], key[2], key[3], key[4],
            min(days) if days else None, max(days) if days else None, len(members),
            len({r[1] for r in members}), len({r[14] for r in members if r[14]}), first[0])


# --- actors ------------------------------------------------------------------------------

def aggregate_actors(conn: sqlite3.Connection) -> list[tuple]:
    """Rows for the ``actors`` table from every article's actors (most frequent names win)."""
    per: dict[str, dict] = {}
    for actor, name_ar, name_en, atype, country, sector, n_mentions, published in conn.execute(
            "SELECT aa.actor, aa.name_ar, aa.name_en, aa.type, aa.country, aa.sector, aa.n_mentions, a.published "
            "FROM article_actors aa JOIN articles a ON a.rowid = aa.article ORDER BY aa.actor"):
        d = per.get(actor)
        if d is None:
            d = per[actor] = {"name_ar": Counter(), "name_en": Counter(), "type": Counter(), "country": Counter(),
                              "sector": Counter(), "n": 0, "m": 0, "first": None, "last": None}
        for k, v in (("name_ar", name_ar), ("name_en", name_en), ("type", atype), ("country", country), ("sector", sector)):
            if v:
                d[k][v] += 1
        d["n"] += 1
        d["m"] += n_mentions or 0
        if published:
            d["first"] = min(d["first"] or published, published)
            d["last"] = max(d["last"] or published, published)
    n_events = dict(conn.execute("SELECT actor, count(DISTINCT cluster) FROM cluster_actors GROUP BY actor"))
    n_quotes = dict(conn.execute("SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker"))
    out = []
    for actor, d in per.items():
        top = {k: (d[k].most_common(1)[0][0] if d[k] else None) for k in ("name_ar", "name_en", "type", "country", "sector")}
        name_norm = normalize(top["name_ar"] or top["name_en"] or actor)
        out.append((actor, top["name_ar"], top["name_en"], top["type"], top["country"], top["sector"], name_norm,
                    d["n"], d["m"], n_events.get(actor, 0), n_quotes.get(actor, 0), d["first"], d["last"]))
    return out


def refresh(conn: sqlite3.Connection, threshold: float = NEAR_THRESHOLD, window_days: int = EVENT_WINDOW_DAYS) -> dict:
    """Rebuild the derived tables; the caller holds the write transaction."""
    dups = find_duplicates(conn, threshold)
    conn.execute("DELETE FROM duplicates")
    conn.executemany("INSERT INTO duplicates(article, canonical, kind, similarity) VALUES (?, ?, ?, ?)", dups)
    clusters, assignment = cluster_events(conn, window_days)
    conn.execute("DELETE FROM event_clusters")
    conn.execute("DELETE FROM cluster_actors")
    conn.execute("UPDATE events SET cluster = NULL")
    conn.executemany("INSERT INTO event_clusters VALUES (" + ",".join("?" * 16) + ")", clusters)
    conn.executemany("UPDATE events SET cluster = ? WHERE rowid = ?", assignment)
    conn.executemany(
        "INSERT OR IGNORE INTO cluster_actors(cluster, role, actor) VALUES (?, ?, ?)",
        [(c[0], role, actor) for c in clusters for role, col in (("source", 8), ("target", 9))
         for actor in json.loads(c[col])])
    conn.execute("DELETE FROM event_daily")
    conn.execute("INSERT INTO event_daily SELECT first_day, type, quad, count(*), sum(n_reports) FROM event_clusters "
                 "WHERE first_day IS NOT NULL GROUP BY first_day, type, quad")
    conn.execute("DELETE FROM actors")
    conn.executemany("INSERT INTO actors VALUES (" + ",".join("?" * 13) + ")", aggregate_actors(conn))
    return {"duplicate_rows": len(dups), "event_clusters": len(clusters)}
