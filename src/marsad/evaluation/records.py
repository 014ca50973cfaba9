"""Score whole records on the hand-annotated political articles (``tests/data/record_gold``).

The gold files hold offsets only (licences: no article text in the repo).  This module
rebuilds, for each article, a gold file in the reference article's schema
(``shared/seed/*.gold.json``) from the corpus text, runs the pipeline on the same corpus row,
and scores both with the shared scorer ``shared/tools/score_record.py`` — the very scorer the
reference article is judged with — so the numbers mean the same thing on both.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from .clean import load_rows, shared_dir, split_of


def record_gold_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "record_gold"


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("marsad_shared_scorer", shared / "tools" / "score_record.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def contract_value(value):
    """A bare year in the gold (``"2014"``) or a span of years (``"1915/1917"``) written the contract's
    way, as an interval of days."""
    if isinstance(value, str) and len(value) == 4 and value.isdigit():
        return f"{value}-01-01/{value}-12-31"
    if isinstance(value, str) and len(value) == 9 and value[4] == "/" and value[:4].isdigit() and value[5:].isdigit():
        return f"{value[:4]}-01-01/{value[5:]}-12-31"
    return value


def seed_schema(ann: dict, row: dict) -> dict:
    """The seed-schema gold for one article, with texts cut from the corpus row by offset."""
    lines = row["text"].split("\n")

    def cut(span):
        line, a, b = span
        return lines[line][a:b]

    para_of = {line: k for k, line in enumerate(ann["body_lines"])}
    gold = {"doc": ann["id"], "published": ann.get("published"), "title": row.get("title") or "",
            "body": [lines[i].strip() for i in ann["body_lines"]], "boilerplate": [], "must_not_extract": []}
    gold["entities"] = []
    for e in ann.get("entities", []):
        surfaces = []
        for m in e["mentions"]:
            s = cut(m)
            if s not in surfaces:
                surfaces.append(s)
        gold["entities"].append({"surface": surfaces, "type": e["type"], "name_en": e.get("name_en"),
                                 "country": e.get("country"), "sector": e.get("sector"),
                                 "required": e.get("required", True)})
    gold["quotes"] = [{"para": para_of[q["line"]], "speaker": q["speaker"], "kind": q["kind"],
                       "cue": cut(q["cue"]) if q.get("cue") else None, "contains": cut(q["contains"]),
                       "addressee": q.get("addressee"), "required": q.get("required", True)}
                      for q in ann.get("quotes", []) if q["line"] in para_of]
    gold["events"] = [{"para": para_of[e["line"]], "types": e["types"], "source": e.get("source", []),
                       "target": e.get("target", []), "negated": e.get("negated", False),
                       "modality": e.get("modality"), "mode": e.get("mode"), "date": e.get("date"),
                       "required": e.get("required", True)}
                      for e in ann.get("events", []) if e["line"] in para_of]
    gold["dates"] = [{"surface": cut(d["span"]), "value": contract_value(d["value"])} for d in ann.get("dates", [])
                     if d["span"][0] in para_of]
    return gold


def evaluate(profile: str = "accurate", shared: Path | None = None, files=None) -> dict:
    """Scores overall and for the tune/check halves; also returns per-document scores."""
    import marsad
    from ..io.readers import record_from_object

    shared = shared or shared_dir()
    scorer = _scorer(shared)
    anns = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(files or record_gold_dir().glob("*__*.json"))]
    wanted: dict[str, set[str]] = {}
    for a in anns:
        wanted.setdefault(a["corpus"], set()).add(a["id"])
    rows = load_rows(wanted, shared)
    pipe = marsad.build_pipeline(profile)
    tallies = {"all": scorer.Tally(), "tune": scorer.Tally(), "check": scorer.Tally()}
    per_doc = {}
    for a in anns:
        row = rows.get((a["corpus"], a["id"]))
        if row is None:
            raise FileNotFoundError(f"{a['corpus']}:{a['id']} not found in the shared corpora")
        if hashlib.sha1(row["text"].encode("utf-8")).hexdigest() != a["text_sha1"]:
            raise ValueError(f"{a['corpus']}:{a['id']}: the corpus text changed (sha1 mismatch)")
        gold = seed_schema(a, row)
        rec = pipe(record_from_object(row, raw_bytes=b"", source={}))
        if a.get("published"):
            rec.published = rec.published or a["published"]
        rec_d = json.loads(rec.to_json())
        for key in ("all", split_of(a["id"])):
            scorer.score_doc(gold, rec_d, tallies[key])
        one = scorer.Tally()
        scorer.score_doc(gold, rec_d, one)
        per_doc[a["id"]] = scorer.summarize(one)
    return {"scores": {k: scorer.summarize(t) for k, t in tallies.items()}, "docs": per_doc}


KEYS = ("clean_f1", "ent_p", "ent_r", "ent_f1", "link_acc", "quote_p", "quote_r", "quote_f1", "quote_speaker_r",
        "event_p", "event_r", "event_f1", "event_type_r", "date_acc")


def format_report(result: dict, parts: tuple[str, ...] = ("all", "tune", "check")) -> str:
    """The score table; ``parts=("tune",)`` keeps the held-apart check articles out of sight while
    designing rules (``marsad eval records --part tune``)."""
    parts = list(parts)
    out = [f"{'metric':<18}" + "".join(f"{p:>9}" for p in parts)]
    out.append(f"{'docs':<18}" + "".join(f"{result['scores'][p]['docs']:>9}" for p in parts))
    for k in KEYS:
        out.append(f"{k:<18}" + "".join(f"{result['scores'][p].get(k, 0):>9.3f}" for p in parts))
    return "\n".join(out)
