"""Linking accuracy on hand-labelled ANT corpus mentions (``tests/kb/data/linking_gold.tsv``).

    python training/kb/eval_linking.py [--shared ../shared]

Each labelled mention is given to the actors stage as an entity (all labelled mentions of an
article together, nothing else), at the article's publication date; a mention is right when
its actor has the labelled country (and sector).  Article texts are read from
``../shared/data/corpora/ant.jsonl.gz``; the gold file holds only ids, offsets and codes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.record import Entity, Record  # noqa: E402
from marsad.stages.actors import ActorsStage  # noqa: E402

GOLD = ROOT / "tests/kb/data/linking_gold.tsv"


def read_gold(path: Path = GOLD) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        aid, s, e, t, c, sec, en = (line.split("\t") + [""])[:7]
        rows.append({"article": aid, "start": int(s), "end": int(e), "type": t, "country": c, "sector": sec,
                     "name_en": en or None})
    return rows


def iso_date(published: str) -> str | None:
    try:
        return parsedate_to_datetime(published).date().isoformat()
    except (TypeError, ValueError):
        parts = published.split("/")  # 20/04/2015
        return f"{parts[2][:4]}-{parts[1]}-{parts[0]}" if len(parts) == 3 else None


def load_articles(shared: Path, ids: set[str]) -> dict[str, dict]:
    out = {}
    with gzip.open(shared / "data/corpora/ant.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if line[8:80].split('"')[0] in ids or any(i in line[:120] for i in ids):
                d = json.loads(line)
                if d["id"] in ids:
                    out[d["id"]] = d
    return out


def run(shared: Path, gold: list[dict]) -> list[dict]:
    """The gold rows, each with the linked ``actor`` (record.Actor) added."""
    arts = load_articles(shared, {g["article"] for g in gold})
    by_article = defaultdict(list)
    for g in gold:
        by_article[g["article"]].append(g)
    stage = ActorsStage()
    results = []
    for aid, rows in by_article.items():
        art = arts[aid]
        text = art["text"]
        rows = sorted(rows, key=lambda r: r["start"])
        ents = [Entity(text[r["start"]:r["end"]], r["start"], r["end"], r["type"]) for r in rows]
        rec = Record(id=aid, text=text, published=iso_date(art["published"]), language="ar", entities=ents)
        stage(rec)
        actors = {a.id: a for a in rec.actors}
        for r, ent in zip(rows, rec.entities):
            results.append({**r, "surface": ent.text, "actor": actors.get(ent.actor)})
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, default=GOLD, help="linking_gold.tsv (development) or linking_heldout.tsv")
    args = ap.parse_args(argv)
    results = run(args.shared, read_gold(args.gold))
    n = len(results)
    ok_c = ok_cs = ok_en = n_en = 0
    for r in results:
        a = r["actor"]
        c = a is not None and a.country == r["country"]
        s = a is not None and a.sector == r["sector"]
        ok_c += c
        ok_cs += c and s
        if r["name_en"]:
            n_en += 1
            ok_en += a is not None and a.name_en == r["name_en"]
        print(f"{'ok ' if c and s else 'BAD'} {r['article']:<36} {r['surface']:<22} -> "
              f"{(a.id if a else None)!s:<34} {a.country if a else None} {a.sector if a else None}"
              f"   gold {r['country']} {r['sector']}")
    print(f"\n{n} mentions: country {ok_c}/{n} = {ok_c / n:.1%}; country+sector {ok_cs}/{n} = {ok_cs / n:.1%}; "
          f"KB actor (English name) {ok_en}/{n_en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
