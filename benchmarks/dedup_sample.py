"""Duplicate groups of a store: counts, and a reproducible sample to check by reading.

    python benchmarks/dedup_sample.py --db /work/tmp_store/full.db --summary
    python benchmarks/dedup_sample.py --db /work/tmp_store/full.db --sample 50 --seed 1 [--near-only]

``--sample`` prints each sampled group for reading on the terminal (titles, lengths, the
words that differ, the opening of each text) and writes ``benchmarks/dedup_check.tsv`` rows
(ids only, verdict empty) unless the file exists: verdicts are filled in by hand.
Article text is never written to a file.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

from marsad.dedup import words


def groups(st) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in st.conn.execute(
            "SELECT d.canonical, a.rowid, a.id, a.outlet, a.published, a.title, a.n_chars, d.kind, d.similarity "
            "FROM duplicates d JOIN articles a ON a.rowid = d.article ORDER BY d.canonical, d.kind != 'canonical', a.id"):
        out.setdefault(r[0], []).append({"rowid": r[1], "id": r[2], "outlet": r[3], "published": r[4], "title": r[5],
                                         "n_chars": r[6], "kind": r[7], "similarity": r[8]})
    return out


def corpus(doc_id: str) -> str:
    return "saudinewsnet" if doc_id.startswith("SNN-") else "ant"


def summary(st) -> dict:
    g = groups(st)
    sizes = Counter(len(m) for m in g.values())
    near_groups = [m for m in g.values() if any(x["kind"] == "near" for x in m)]
    cross_outlet = sum(1 for m in g.values() if len({x["outlet"] for x in m}) > 1)
    cross_corpus = sum(1 for m in g.values() if len({corpus(x["id"]) for x in m}) > 1)
    by_corpus = Counter(corpus(m[0]["id"]) for m in g.values())
    s = st.stats()
    return {"articles": s["articles"], "unique_articles": s["unique_articles"], "groups": len(g),
            "groups_with_near_members": len(near_groups), "exact_only_groups": len(g) - len(near_groups),
            "duplicates": s["duplicates"], "exact_duplicates": s["exact_duplicates"],
            "near_duplicates": s["near_duplicates"], "group_sizes": dict(sorted(sizes.items())),
            "groups_by_corpus_of_canonical": dict(by_corpus), "cross_outlet_groups": cross_outlet,
            "cross_corpus_groups": cross_corpus}


def show(st, members: list[dict], n: int) -> None:
    text = {r[0]: r[1] for r in st.conn.execute(
        f"SELECT id, json_extract(record, '$.text') FROM articles WHERE id IN ({','.join('?' * len(members))})",
        [m["id"] for m in members])}
    canon = members[0]
    cw = words(text[canon["id"]])
    print(f"=== {n}. group of {len(members)} (canonical {canon['id']})")
    for m in members:
        w = words(text[m["id"]])
        extra = [x for x in dict.fromkeys(w) if x not in set(cw)][:12]
        missing = [x for x in dict.fromkeys(cw) if x not in set(w)][:12]
        print(f"  [{m['kind']} {m['similarity']:.2f}] {m['id']} {m['outlet']} {m['published']} chars={m['n_chars']}")
        print(f"     title: {m['title']}")
        print(f"     start: {' '.join(text[m['id']].split())[:160]}")
        if m is not canon:
            print(f"     +{' '.join(extra)}\n     -{' '.join(missing)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--near-only", action="store_true", help="sample only groups with a near (not exact) member")
    ap.add_argument("--tsv", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "dedup_check.tsv"))
    args = ap.parse_args(argv)
    from marsad.store import open_store

    st = open_store(args.db)
    if args.summary:
        print(json.dumps(summary(st), ensure_ascii=False, indent=1))
    if args.sample:
        g = groups(st)
        keys = sorted(k for k, m in g.items() if not args.near_only or any(x["kind"] == "near" for x in m))
        picked = random.Random(args.seed).sample(keys, min(args.sample, len(keys)))
        rows = []
        for n, k in enumerate(picked, 1):
            show(st, g[k], n)
            m = g[k]
            rows.append([str(n), m[0]["id"], ",".join(x["id"] for x in m[1:]), str(len(m)),
                         ",".join(sorted({x["kind"] for x in m[1:]})), f"{min(x['similarity'] for x in m[1:]):.3f}", "", ""])
        if not os.path.exists(args.tsv):
            with open(args.tsv, "w", encoding="utf-8") as fh:
                fh.write("n\tcanonical\tmembers\tsize\tkinds\tmin_similarity\tverdict\tnote\n")
                for r in rows:
                    fh.write("\t".join(r) + "\n")
            print(f"wrote {args.tsv} (fill in verdicts)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
