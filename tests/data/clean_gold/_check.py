"""Validate the clean_gold annotation files against the corpora in ../shared.

Usage: python tests/data/clean_gold/_check.py   (from the repository root, or anywhere)

Checks, for every <corpus>__<id>.json in this folder: the row exists, text_sha1 and
n_lines match the row's text, every non-blank line (after str.strip(), which also
removes U+00A0) has exactly one label, no blank line is labelled, labels are valid,
and no article text is stored in the file. Prints label counts per outlet.
"""
import collections
import gzip
import hashlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPORA = {
    "ant": ROOT.parent / "shared" / "data" / "corpora" / "ant.jsonl.gz",
    "saudinewsnet": ROOT.parent / "shared" / "data" / "corpora" / "saudinewsnet.jsonl.gz",
}
LABELS = {"body", "subhead", "related", "caption", "byline", "share",
          "masthead", "footer", "duplicate", "title"}
KEYS = {"corpus", "id", "outlet", "text_sha1", "n_lines", "labels", "note"}


def load_needed(files):
    want = collections.defaultdict(set)
    for f in files:
        corpus, id_ = f.stem.split("__", 1)
        want[corpus].add(id_)
    rows = {}
    for corpus, ids in want.items():
        with gzip.open(CORPORA[corpus], "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r["id"] in ids:
                    rows[(corpus, r["id"])] = r
    return rows


def main():
    files = sorted(HERE.glob("*__*.json"))
    rows = load_needed(files)
    errors = []
    counts = collections.defaultdict(collections.Counter)
    n_docs = collections.Counter()
    for f in files:
        rec = json.loads(f.read_text(encoding="utf-8"))
        corpus, id_ = f.stem.split("__", 1)
        where = f.name
        if set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(rec)}")
        if rec.get("corpus") != corpus or rec.get("id") != id_:
            errors.append(f"{where}: corpus/id do not match the file name")
        row = rows.get((corpus, id_))
        if row is None:
            errors.append(f"{where}: no such row in {corpus}")
            continue
        text = row["text"]
        lines = text.split("\n")
        if rec["text_sha1"] != hashlib.sha1(text.encode("utf-8")).hexdigest():
            errors.append(f"{where}: text_sha1 mismatch")
        if rec["n_lines"] != len(lines):
            errors.append(f"{where}: n_lines {rec['n_lines']} != {len(lines)}")
        if rec["outlet"] != row["outlet"]:
            errors.append(f"{where}: outlet {rec['outlet']} != {row['outlet']}")
        need = {str(i) for i, l in enumerate(lines) if l.strip()}
        got = set(rec["labels"])
        if need - got:
            errors.append(f"{where}: unlabelled lines {sorted(need - got, key=int)}")
        if got - need:
            errors.append(f"{where}: labels on blank/missing lines {sorted(got - need, key=int)}")
        bad = {k: v for k, v in rec["labels"].items() if v not in LABELS}
        if bad:
            errors.append(f"{where}: invalid labels {bad}")
        # licence: no article text may be stored here
        for l in lines:
            s = l.strip()
            if len(s) >= 25 and s in f.read_text(encoding="utf-8"):
                errors.append(f"{where}: contains article text")
                break
        outlet = row["outlet"] if corpus == "ant" else "saudinewsnet"
        n_docs[outlet] += 1
        counts[outlet].update(rec["labels"].values())
    order = ["body", "subhead", "related", "caption", "byline", "share",
             "masthead", "footer", "duplicate", "title"]
    print("| outlet | articles | " + " | ".join(order) + " |")
    print("|---|---:|" + "---:|" * len(order))
    total = collections.Counter()
    for o in sorted(counts):
        total.update(counts[o])
        print(f"| {o} | {n_docs[o]} | " + " | ".join(str(counts[o][k]) for k in order) + " |")
    print(f"| **all** | {sum(n_docs.values())} | " + " | ".join(str(total[k]) for k in order) + " |")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"FAILED: {len(errors)} problem(s) in {len(files)} files", file=sys.stderr)
        return 1
    print(f"OK: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
