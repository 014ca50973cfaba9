"""Draw corpus sentences for hand labelling as ASSAULT / PROTEST reports (the silver training rows).

The Arabic PLOVER GSR sampled sentences because they contain an attack or protest word; we draw
the same way from the project's news corpora (``../shared/data/corpora``): sentences of 6–90 words
in which the events stage's trigger lexicon fires for the type, at most one sentence per article
and type, articles in a fixed random order.  Each row is written as a key
``corpus:article_id:start:end`` (character offsets into the article's ``text``) and the sentence,
so the labels kept in the project (``silver/<type>.tsv``) carry no article text.

    python training/events/sample_silver.py --per-type 1500 --out /tmp/silver
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.evaluation import shared_dir  # noqa: E402
from marsad.stages import events as ev  # noqa: E402
from marsad.text import normalize  # noqa: E402

CORPORA = ("saudinewsnet", "ant")
_SENT_END = re.compile(r"(?<=[.!?؟])\s+|\n+")
TYPES = ("ASSAULT", "PROTEST")


def sentences(text: str):
    """(start, end) of each sentence: split after . ! ? ؟ followed by space, and at line breaks."""
    pos = 0
    for m in _SENT_END.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def sentence_matches(sentence: str):
    """``(normalised words, trigger matches)`` of a sentence, as the detector sees it (no entities)."""
    norms = [normalize(t.text) for t in ev.word_tokens(sentence)]
    return norms, ev._drop_topics(ev.match_triggers(norms), norms)


def trigger_types(sentence: str) -> set[str]:
    return {m.trigger.type for m in sentence_matches(sentence)[1]}


def read_articles(shared: Path):
    for name in CORPORA:
        with gzip.open(shared / "data" / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                if art.get("text"):
                    yield name, art["id"], art["text"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-type", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    arts = list(read_articles(shared_dir()))
    random.Random(args.seed).shuffle(arts)
    rng = random.Random(args.seed + 1)
    picked: dict[str, list[tuple[str, str]]] = {t: [] for t in TYPES}
    for corpus, aid, text in arts:
        if all(len(v) >= args.per_type for v in picked.values()):
            break
        found: dict[str, list[tuple[int, int]]] = {t: [] for t in TYPES}
        for a, b in sentences(text):
            s = text[a:b].strip()
            if not 6 <= len(s.split()) <= 90:
                continue
            a = text.index(s, a)
            for t in trigger_types(s) & set(TYPES):
                found[t].append((a, a + len(s)))
        for t, spans in found.items():
            if spans and len(picked[t]) < args.per_type:
                a, b = rng.choice(spans)
                picked[t].append((f"{corpus}:{aid}:{a}:{b}", " ".join(text[a:b].split())))
    args.out.mkdir(parents=True, exist_ok=True)
    for t, rows in picked.items():
        with open(args.out / f"{t.lower()}_sample.tsv", "w", encoding="utf-8") as fh:
            for key, s in rows:
                fh.write(f"{key}\t{s}\n")
        print(t, len(rows))


if __name__ == "__main__":
    main()
