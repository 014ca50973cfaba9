"""Helpers for the Marsad record gold set (tests/data/record_gold/).

  python3 _tools.py show ID            print the article's numbered lines (from the ANT corpus)
  python3 _tools.py sample [N]         candidate ids drawn with random.Random(2021) over sorted ids
  python3 _tools.py validate           check every ant__*.json in this folder
  python3 _tools.py stats              counts for the README
  python3 _tools.py export OUTDIR      write seed-schema *.gold.json (with text) for shared/tools/score_record.py

In per-article snippets:  from _tools import Doc;  d = Doc(ID);  d.span(line, "substring")
returns [line, start, end] and fails loudly when the substring is absent or ambiguous
(pass nth=k to pick the k-th occurrence, or within="a longer context" to disambiguate).
Article text is never stored here: only offsets into text.split("\\n").
"""
import gzip, hashlib, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/data/corpora/ant.jsonl.gz")
for _c in (HERE.parents[2] / "shared/data/corpora/ant.jsonl.gz", HERE.parents[3] / "shared/data/corpora/ant.jsonl.gz"):
    if _c.exists():
        CORPUS = _c
        break

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ENT_TYPES = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"direct", "indirect", "mixed"}
MODALITY = {"asserted", "future", "hypothetical"}
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
           "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "HLH", "IGO", "NGO"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
CLITIC_ART = re.compile(r"^[وفبلك]ال|^[وف][بلك]ال|^لل")

_ROWS = None


def rows():
    global _ROWS
    if _ROWS is None:
        _ROWS = {}
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                _ROWS[r["id"]] = r
    return _ROWS


def row(i):
    r = rows().get(str(i))
    if r is None:
        raise SystemExit(f"no article {i!r} in {CORPUS}")
    return r


def pub_date(r):
    """the row's published field (RFC 2822, e.g. 'Thu, 03 May 2018 13:14:59 GMT') as YYYY-MM-DD, in its own time zone"""
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(r["published"]).date().isoformat()


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Doc:
    def __init__(self, id_):
        self.row = row(id_)
        self.id = self.row["id"]
        self.lines = self.row["text"].split("\n")

    def span(self, line, sub, nth=None, within=None):
        s = self.lines[line]
        base = 0
        if within is not None:
            k = s.count(within)
            if k != 1:
                raise ValueError(f"context {within!r} occurs {k} times in line {line}")
            base = s.index(within)
            s = within
        idx = [m.start() for m in re.finditer(re.escape(sub), s)]
        if not idx:
            raise ValueError(f"{sub!r} not in line {line}: {self.lines[line][:80]!r}")
        if nth is None and len(idx) > 1:
            raise ValueError(f"{sub!r} occurs {len(idx)} times in line {line}; pass nth= or within=")
        st = base + idx[nth or 0]
        return [line, st, st + len(sub)]

    def all(self, line, sub):
        """every occurrence of sub in a line (for entity mentions)"""
        s = self.lines[line]
        out = [[line, m.start(), m.end()] for m in re.finditer(re.escape(sub), s)]
        if not out:
            raise ValueError(f"{sub!r} not in line {line}")
        return out

    def mentions(self, subs, lines=None, exclude=()):
        """every occurrence of each surface in the body lines, longest surfaces first, no overlaps"""
        lines = self.body if lines is None else lines
        if not hasattr(self, "taken"):
            self.taken = []      # spans claimed by earlier entities of this doc: define containing names first
        taken, out = self.taken, []
        forms = list(subs)
        for sub in subs:           # لل + noun: the mention starts at the second ل (ل + الحرس -> للحرس)
            if sub.startswith("ال") and len(sub) > 3:
                forms.append("\u0644" + sub[2:])
        for sub in sorted(set(forms), key=len, reverse=True):
            lam = sub not in subs
            for ln in lines:
                for m in re.finditer(re.escape(sub), self.lines[ln]):
                    a, b = m.start(), m.end()
                    if lam and not (a > 0 and self.lines[ln][a - 1] == "\u0644" and
                                    not re.match(r"[\u0621-\u064a]", self.lines[ln][a - 2:a - 1] or " ") or
                                    a > 1 and self.lines[ln][a - 1] == "\u0644" and self.lines[ln][a - 2] in "وف" and
                                    not re.match(r"[\u0621-\u064a]", self.lines[ln][a - 3:a - 2] or " ")):
                        continue
                    if any(t[0] == ln and not (b <= t[1] or a >= t[2]) for t in taken):
                        continue
                    # word boundary on the right; on the left allow one proclitic letter
                    nxt = self.lines[ln][b:b + 1]
                    if nxt and re.match(r"[\u0621-\u064a]", nxt):
                        continue
                    pre = self.lines[ln][max(0, a - 2):a]
                    if pre and re.search(r"[\u0621-\u064a]$", pre) and not re.search(r"(^|[^\u0621-\u064a])[وفبلك]$|(^|[^\u0621-\u064a])[وف][بلك]$|^[وف][بلك]$", (" " + self.lines[ln][max(0, a - 3):a])):
                        continue
                    if [ln, a, b] in exclude:
                        continue
                    taken.append([ln, a, b]); out.append([ln, a, b])
        if not out:
            raise ValueError(f"none of {subs!r} found in body")
        return sorted(out)

    def text(self, sp):
        return self.lines[sp[0]][sp[1]:sp[2]]

    def write(self, body, entities, quotes, events, dates, note):
        self.body = body
        rec = {"corpus": "ant", "id": self.id, "text_sha1": sha1(self.row["text"]),
               "published": pub_date(self.row), "body_lines": body,
               "entities": entities, "quotes": quotes, "events": events, "dates": dates, "note": note}
        p = HERE / f"ant__{self.id}.json"
        p.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        errs = validate_file(p)
        for e in errs:
            print("ERROR", e)
        print(p.name, "entities", len(entities), "quotes", len(quotes), "events", len(events), "dates", len(dates),
              "OK" if not errs else "FAILED")
        return p


def E(mentions, type_, name_en, country=None, sector=None, required=True):
    return {"mentions": mentions, "type": type_, "name_en": name_en, "country": country, "sector": sector,
            "required": required}


def Q(line, speaker, kind, cue, contains, addressee=None, required=True):
    return {"line": line, "speaker": speaker, "kind": kind, "cue": cue, "contains": contains,
            "addressee": addressee, "required": required}


def V(line, types, source, target, trigger, note, negated=False, modality="asserted", mode=None, date=None,
      required=True):
    return {"line": line, "types": types, "source": source, "target": target, "negated": negated,
            "modality": modality, "mode": mode, "date": date, "trigger": trigger, "required": required,
            "note": note}


def D(span, value):
    return {"span": span, "value": value}


def _span_ok(sp, lines, body, errs, what):
    if not (isinstance(sp, list) and len(sp) == 3 and all(isinstance(x, int) for x in sp)):
        errs.append(f"{what}: bad span {sp!r}"); return False
    ln, a, b = sp
    if not (0 <= ln < len(lines)):
        errs.append(f"{what}: line {ln} out of range"); return False
    if ln not in body:
        errs.append(f"{what}: line {ln} is not a body line")
    if not (0 <= a < b <= len(lines[ln])):
        errs.append(f"{what}: span {sp} out of bounds (line length {len(lines[ln])})"); return False
    t = lines[ln][a:b]
    if t != t.strip():
        errs.append(f"{what}: span {sp} has surrounding whitespace {t!r}")
    return True


def validate_file(p):
    errs = []
    try:
        g = json.loads(Path(p).read_text(encoding="utf-8"))
    except Exception as e:
        return [f"{p}: unreadable: {e}"]
    name = Path(p).name
    r = rows().get(g.get("id"))
    if r is None:
        return [f"{name}: id {g.get('id')!r} not in corpus"]
    if name != f"ant__{g['id']}.json":
        errs.append(f"{name}: file name does not match id")
    if g.get("corpus") != "ant":
        errs.append(f"{name}: corpus must be 'ant'")
    if g.get("text_sha1") != sha1(r["text"]):
        errs.append(f"{name}: text_sha1 mismatch")
    if g.get("published") != pub_date(r) or not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("published", "")):
        errs.append(f"{name}: published {g.get('published')!r} != row {pub_date(r)!r}")
    lines = r["text"].split("\n")
    body = g.get("body_lines", [])
    if not body or any(not isinstance(i, int) or not (0 <= i < len(lines)) or not lines[i].strip() for i in body):
        errs.append(f"{name}: body_lines must be indices of non-blank lines")
    if body != sorted(set(body)):
        errs.append(f"{name}: body_lines must be sorted and unique")
    names = set()
    for k, e in enumerate(g.get("entities", [])):
        w = f"{name} entity {k} {e.get('name_en')!r}"
        if e.get("type") not in ENT_TYPES:
            errs.append(f"{w}: type {e.get('type')!r}")
        if not e.get("name_en"):
            errs.append(f"{w}: no name_en")
        if e.get("name_en") in names:
            errs.append(f"{w}: duplicate name_en")
        names.add(e.get("name_en"))
        c = e.get("country")
        if c is not None and not (re.match(r"^[A-Z]{3}$", c)):
            errs.append(f"{w}: country {c!r}")
        if e.get("sector") is not None and e["sector"] not in SECTORS:
            errs.append(f"{w}: sector {e['sector']!r}")
        if not isinstance(e.get("required"), bool):
            errs.append(f"{w}: required must be bool")
        if not e.get("mentions"):
            errs.append(f"{w}: no mentions")
        seen = set()
        for m in e.get("mentions", []):
            if not _span_ok(m, lines, body, errs, w):
                continue
            t = lines[m[0]][m[1]:m[2]]
            if CLITIC_ART.match(t) and len(re.sub(r"^(?:[وف]?[بلك]?ال|لل)", "", t.split()[0])) >= 3:
                errs.append(f"{w}: mention {t!r} starts with a clitic + article")
            a = m[1]
            if a > 0 and re.match(r"[\u0621-\u064a]", lines[m[0]][a - 1]) and not re.match(r"[وفبلك]", lines[m[0]][a - 1]):
                errs.append(f"{w}: mention {t!r} starts inside a word")
            if m[2] < len(lines[m[0]]) and re.match(r"[\u0621-\u064a]", lines[m[0]][m[2]]):
                errs.append(f"{w}: mention {t!r} ends inside a word")
            if tuple(m) in seen:
                errs.append(f"{w}: duplicate mention {m}")
            seen.add(tuple(m))
    # overlapping mentions across entities
    allm = sorted((tuple(m), e["name_en"]) for e in g.get("entities", []) for m in e.get("mentions", []) if isinstance(m, list) and len(m) == 3)
    for (m1, n1), (m2, n2) in zip(allm, allm[1:]):
        if m1[0] == m2[0] and m2[1] < m1[2] and n1 != n2 and not (m2[2] <= m1[2]):
            errs.append(f"{name}: crossing mentions {m1} {n1!r} / {m2} {n2!r}")

    def known(v):
        return v in names or (isinstance(v, str) and re.match(r"^[A-Z]{3}$", v) is not None)

    for k, q in enumerate(g.get("quotes", [])):
        w = f"{name} quote {k}"
        if q.get("kind") not in KINDS:
            errs.append(f"{w}: kind {q.get('kind')!r}")
        if not q.get("speaker"):
            errs.append(f"{w}: no speaker")
        if q.get("addressee") is not None and not known(q["addressee"]):
            errs.append(f"{w}: addressee {q['addressee']!r} not an entity")
        for f in ("cue", "contains"):
            _span_ok(q.get(f), lines, body, errs, f"{w} {f}")
        if q.get("line") not in body:
            errs.append(f"{w}: line {q.get('line')} not in body")
        if isinstance(q.get("cue"), list) and q["cue"][0] != q.get("line"):
            errs.append(f"{w}: cue not on the quote's line")
        if isinstance(q.get("contains"), list) and q["contains"][0] != q.get("line"):
            errs.append(f"{w}: contains not on the quote's line")
        if isinstance(q.get("contains"), list) and len(q["contains"]) == 3 and q["contains"][0] < len(lines):
            n = len(lines[q["contains"][0]][q["contains"][1]:q["contains"][2]].split())
            if not 2 <= n <= 10:
                errs.append(f"{w}: contains has {n} words")
        if not isinstance(q.get("required"), bool):
            errs.append(f"{w}: required must be bool")
    for k, v in enumerate(g.get("events", [])):
        w = f"{name} event {k} ({v.get('note', '')[:30]})"
        if not v.get("types") or any(t not in TYPES for t in v["types"]):
            errs.append(f"{w}: types {v.get('types')!r}")
        for role in ("source", "target"):
            if not isinstance(v.get(role), list):
                errs.append(f"{w}: {role} must be a list")
                continue
            for a in v[role]:
                if not known(a):
                    errs.append(f"{w}: {role} {a!r} is neither an entity name_en nor a country code")
        # an empty source means an unnamed actor (a crowd, "gunmen"): any source matches
        if v.get("modality") not in MODALITY:
            errs.append(f"{w}: modality {v.get('modality')!r}")
        if not isinstance(v.get("negated"), bool):
            errs.append(f"{w}: negated must be bool")
        if v.get("mode") is not None:
            from_types = set()
            for t in v.get("types", []):
                from_types |= set(_MODES.get(t, []))
            if v["mode"] not in from_types:
                errs.append(f"{w}: mode {v['mode']!r} not a mode of {v.get('types')}")
        if v.get("date") is not None and not DATE_RE.match(v["date"]):
            errs.append(f"{w}: date {v['date']!r}")
        _span_ok(v.get("trigger"), lines, body, errs, f"{w} trigger")
        if isinstance(v.get("trigger"), list) and v["trigger"][0] != v.get("line"):
            errs.append(f"{w}: trigger not on the event's line")
        if not isinstance(v.get("required"), bool):
            errs.append(f"{w}: required must be bool")
        if not v.get("note"):
            errs.append(f"{w}: no note")
    for k, d in enumerate(g.get("dates", [])):
        w = f"{name} date {k}"
        _span_ok(d.get("span"), lines, body, errs, w)
        if d.get("value") is not None and not DATE_RE.match(d["value"]):
            errs.append(f"{w}: value {d['value']!r}")
    if not g.get("note"):
        errs.append(f"{name}: no note")
    return errs


_MODES = {}
try:
    _tax = json.loads((CORPUS.parent.parent / "events/plover_cameo_taxonomy.json").read_text(encoding="utf-8"))
    _MODES = {k: v["modes"] for k, v in _tax["plover_events"].items()}
except Exception:
    pass


def validate():
    files = sorted(HERE.glob("ant__*.json"))
    bad = 0
    for p in files:
        for e in validate_file(p):
            print("ERROR", e); bad += 1
    print(f"{len(files)} files, {bad} errors")
    return bad == 0


def stats():
    files = sorted(HERE.glob("ant__*.json"))
    ent = Counter(); ev = Counter(); q = Counter(); outl = Counter(); nd = 0; neg = 0; mod = Counter()
    for p in files:
        g = json.loads(p.read_text(encoding="utf-8"))
        outl[rows()[g["id"]]["outlet"]] += 1
        for e in g["entities"]:
            ent[(e["type"], e["required"])] += 1
        for x in g["quotes"]:
            q[(x["kind"], x["required"])] += 1
        for v in g["events"]:
            ev[(v["types"][0], v["required"])] += 1
            neg += v["negated"]; mod[v["modality"]] += 1
        nd += len(g["dates"])
    print("articles", len(files), dict(outl))
    print("entities", sum(ent.values()), sorted(ent.items()))
    print("quotes", sum(q.values()), sorted(q.items()))
    print("events", sum(ev.values()), sorted(ev.items()), "negated", neg, dict(mod))
    print("dates", nd)


def sample(n=400):
    ok = {"middleEast", "internationalNews"}
    ids = sorted(i for i, r in rows().items() if r.get("category") in ok and r.get("outlet") in
                 {"alarabia", "BBC", "CNN", "france24", "skynews"})
    rng = random.Random(2021)
    rng.shuffle(ids)
    out = []
    for i in ids:
        r = rows()[i]
        paras = [l for l in r["text"].split("\n") if l.strip()]
        if 4 <= len(paras) <= 15:
            out.append(i)
        if len(out) >= n:
            break
    return out


def export(outdir):
    """Write every annotation in the seed gold schema (shared/seed/README.md: body, surfaces, para indices)
    as OUTDIR/ant__<id>.gold.json, so shared/tools/score_record.py can score records against it.
    The exported files hold article text: write them outside the repository (e.g. /tmp)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for p in sorted(HERE.glob("ant__*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        r = rows()[g["id"]]
        lines = r["text"].split("\n")
        body = g["body_lines"]
        para = {ln: k for k, ln in enumerate(body)}
        txt = lambda sp: lines[sp[0]][sp[1]:sp[2]]
        ents = []
        for e in g["entities"]:
            surf = []
            for m in e["mentions"]:
                t = txt(m)
                if t not in surf:
                    surf.append(t)
            ents.append({"surface": surf, "type": e["type"], "name_en": e["name_en"], "country": e["country"],
                         "sector": e["sector"], "required": e["required"]})
        quotes = [{"para": para[q["line"]], "speaker": q["speaker"], "kind": q["kind"], "cue": txt(q["cue"]),
                   "contains": txt(q["contains"]), "addressee": q["addressee"], "required": q["required"]}
                  for q in g["quotes"]]
        events = [{"para": para[v["line"]], "types": v["types"], "source": v["source"], "target": v["target"],
                   "negated": v["negated"], "modality": v["modality"], "mode": v["mode"], "date": v["date"],
                   "trigger": txt(v["trigger"]), "required": v["required"], "note": v["note"]} for v in g["events"]]
        dates = [{"surface": txt(d["span"]), "value": d["value"]} for d in g["dates"]]
        skipped = [lines[i].strip() for i in range(len(lines)) if i not in para and lines[i].strip()]
        gold = {"doc": f"ant__{g['id']}", "published": g["published"], "title": r["title"],
                "body": [lines[i] for i in body], "entities": ents, "quotes": quotes, "events": events,
                "dates": dates, "must_not_extract": skipped, "note": g["note"]}
        (out / f"ant__{g['id']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"exported {len(list(HERE.glob('ant__*.json')))} files to {out}")


def show(i):
    r = row(i)
    import datetime
    print(r["id"], r["outlet"], r["category"], r["published"], datetime.date.fromisoformat(pub_date(r)).strftime("%A"), r["url"])
    print("TITLE", r["title"])
    for k, l in enumerate(r["text"].split("\n")):
        print(f"[{k}] {l}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "validate"
    if cmd == "show":
        for i in sys.argv[2:]:
            show(i); print()
    elif cmd == "sample":
        for i in sample(int(sys.argv[2]) if len(sys.argv) > 2 else 60):
            r = rows()[i]
            print(i, r["outlet"], r["category"], pub_date(r), len([l for l in r["text"].split("\n") if l.strip()]), r["title"][:70])
    elif cmd == "validate":
        sys.exit(0 if validate() else 1)
    elif cmd == "stats":
        stats()
    elif cmd == "export":
        export(sys.argv[2])
