"""Linking check on the seed gold: every gold entity surface, given as an entity, must reach the
gold country (and sector).  Prints a table and the counts.

    python training/kb/eval_seed.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.record import Entity, Record  # noqa: E402
from marsad.stages.actors import ActorsStage  # noqa: E402
from marsad.text import normalize  # noqa: E402


def gold_record(gold: dict) -> tuple[Record, list[dict]]:
    text = "\n".join(gold["body"])
    ents, meta = [], []
    taken: list[tuple[int, int]] = []
    for g in gold["entities"]:
        for surface in sorted(g["surface"], key=len, reverse=True):
            # the written form, possibly after a proclitic (و ل ب ف ك, لل), never inside a word
            for m in re.finditer(r"(?<![\w])(?:[وفبلك]{0,2})(" + re.escape(surface) + r")(?![\w])", text):
                s, e = m.start(1), m.end(1)
                if any(a < e and s < b for a, b in taken):
                    continue
                taken.append((s, e))
                ents.append(Entity(text[s:e], s, e, g["type"]))
                meta.append(g)
    order = sorted(range(len(ents)), key=lambda i: ents[i].start)
    return Record(id="seed", text=text, published=gold["published"], language="ar",
                  entities=[ents[i] for i in order]), [meta[i] for i in order]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    gold = json.loads((args.shared / "seed/000_465021b8a4a42d97.gold.json").read_text(encoding="utf-8"))
    rec, meta = gold_record(gold)
    ActorsStage()(rec)
    actors = {a.id: a for a in rec.actors}
    ok_c = ok_s = ok_n = 0
    for ent, g in zip(rec.entities, meta):
        if ent.actor is None:  # MISC mentions (قمة المناخ) are not actors
            ok = g["country"] is None and g["type"] == "MISC"
            ok_c += ok
            ok_s += ok
            ok_n += ok
            print(f"{'ok ' if ok else 'BAD'} {ent.text:<22} -> (no actor: {ent.type})")
            continue
        a = actors[ent.actor]
        c, s = a.country == g["country"], a.sector == g["sector"]
        n = (a.name_en or "") == g["name_en"]
        ok_c += c
        ok_s += s
        ok_n += n
        print(f"{'ok ' if c and s else 'BAD'} {ent.text:<22} -> {a.id:<36} {a.country} {a.sector}  gold {g['country']} {g['sector']}"
              f"  {a.name_en!r}{'' if n else ' (gold ' + repr(g['name_en']) + ')'}")
    n = len(rec.entities)
    print(f"\n{n} gold mentions: country {ok_c}/{n}, sector {ok_s}/{n}, English name {ok_n}/{n}; "
          f"{len(rec.actors)} actors for {len(gold['entities'])} gold entities")
    return 0 if ok_c == n else 1


if __name__ == "__main__":
    sys.exit(main())
