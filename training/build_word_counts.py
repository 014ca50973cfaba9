"""Build src/marsad/resources/word_counts.tsv.gz: normalised word frequencies in ANT news.

Used by marsad.text.split_proclitics to decide whether a leading و/ف/ب/ل/ك is a clitic
(وبايدن -> بايدن: بايدن is frequent) or part of the word (بوتين: وتين is not a word).
Counts only (facts about the Apache-2.0 ANT corpus), no text.

    python training/build_word_counts.py [--shared ../shared] [--min-count 3]
"""
import argparse
import collections
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    from marsad.text import normalize, tokenize

    counts = collections.Counter()
    path = Path(args.shared) / "data/corpora/ant.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for field in ("title", "text"):
                for tok in tokenize(row.get(field) or ""):
                    if tok.text[0].isalpha():
                        counts[normalize(tok.text)] += 1
    out = ROOT / "src/marsad/resources/word_counts.tsv.gz"
    kept = [(w, c) for w, c in counts.most_common() if c >= args.min_count]
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        for w, c in kept:
            fh.write(f"{w}\t{c}\n")
    print(f"{len(kept)} word types with count >= {args.min_count} written to {out}")


if __name__ == "__main__":
    main()
