"""Tokenise the ANT news corpus (unlabelled) into one paragraph per line,
whitespace-separated tokens, punctuation split off, clitics kept (like ANERcorp).
Used for word vectors / clusters (fast profile) and the subword vocabulary
(accurate profile).  Usage: python prep_ant.py ANT.jsonl.gz OUT.txt"""
import gzip
import json
import re
import sys
from collections import Counter

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[\u064B-\u0652\u0640]+[^\W\d_]*)*|\w+|[^\w\s]")


def tokenize(text):
    return TOKEN_RE.findall(text)


def main(src, out):
    cnt = Counter()
    n = 0
    with gzip.open(src, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in f:
            d = json.loads(line)
            for para in [d.get("title") or ""] + (d.get("text") or "").split("\n"):
                toks = tokenize(para)
                if len(toks) >= 3:
                    g.write(" ".join(toks) + "\n")
                    cnt.update(toks)
                    n += len(toks)
    with open(out + ".counts", "w", encoding="utf-8") as g:
        for w, c in cnt.most_common():
            g.write(f"{w}\t{c}\n")
    print("tokens", n, "types", len(cnt))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
