"""Build the actor knowledge base shipped in ``src/marsad/resources/kb/kb.json.gz``.

    python training/kb/build_kb.py [--shared ../shared] [--out src/marsad/resources/kb/kb.json.gz]

Inputs (see ``src/marsad/resources/kb/SOURCES.md`` for origins and licences):

* ``../shared/data/lexicons/countries/countries_ar_en.tsv`` - the 249 countries (CLDR, iso-codes);
* ``training/kb/facts/*`` - hand-written public facts: irregular country names and adjectives,
  cities, organisations, institution templates, people with dated roles, role words;
* ``../shared/data/events/universalpetrarch_arabic/actor_dict_ar_v4.txt`` - UniversalPetrarch
  Arabic actors (CAMEO codes, date ranges) whose entries are plain person names, given an
  English name by the transliteration model;
* ``../shared/data/events/universalpetrarch_arabic/agents.all.ar_v3.txt`` - role words.

The output is one gzipped JSON object; ``marsad.kb.store`` documents its layout.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import logging
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.kb.keys import alias_key  # noqa: E402
from marsad.text import normalize  # noqa: E402

log = logging.getLogger("build_kb")
# sectors of state bodies (an institution template of one of these never merges with a party of the same name)
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
FACTS = Path(__file__).resolve().parent / "facts"

PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
                  "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# members of the Arab League (+ Iran, Turkey, Israel, Afghanistan, Pakistan: names not written
# as transliterations of a Latin spelling, so no ج/غ spelling variants are generated for them)
ARAB = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT",
        "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "IRN", "TUR", "ISR", "AFG", "PAK", "IGO"}
# adjectives the systematic rule would produce that are ordinary words (المالي = financial)
NISBA_STOP = {"مالي", "جابوني", "توجوي", "تونغي", "كوكي", "قمري", "بنيني", "مايوتي", "نيوي", "بالاوي",
              "سامي", "غيني", "جيرسي", "ماني", "كوبي"}
_CORE_ARABIC = re.compile(r"^[\u0621-\u064a\u064b-\u0652 ]+$")
_WS = re.compile(r"\s+")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def day(s: str | None, end: bool = False) -> str | None:
    """``2021`` -> ``2021-01-01`` (``2021-12-31`` for an end), ``2021-04`` -> ``2021-04-01``/``-30``."""
    s = (s or "").strip()
    if not s:
        return None
    parts = s.split("-")
    if len(parts) == 1:
        return f"{s}-12-31" if end else f"{s}-01-01"
    if len(parts) == 2:
        return f"{s}-28" if end else f"{s}-01"
    return s


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def split_forms(field: str) -> list[tuple[str, bool]]:
    """``"حماس|~الشباب"`` -> ``[("حماس", False), ("الشباب", True)]`` (True: ambiguous word)."""
    out = []
    for f in field.split("|"):
        f = _WS.sub(" ", f).strip()
        if f:
            out.append((f[1:].strip(), True) if f.startswith("~") else (f, False))
    return out


class Builder:
    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.by_id: dict[str, int] = {}
        self.aliases: dict[str, dict[int, str]] = defaultdict(dict)   # key -> {entry: kind}
        self.nisba: dict[str, str] = {}                                # adjective key -> ISO3
        self.country_forms: dict[str, dict] = {}                       # ISO3 -> {"m": [...], "f": [...], "c": [...]}
        self.institutions: dict[str, dict[str, int]] = defaultdict(dict)  # template -> {ISO3: entry}
        self.city_forms: dict[str, list[str]] = defaultdict(list)       # ISO3 -> the Arabic names of its cities
        self.name_words: dict[str, Counter] = defaultdict(Counter)
        self.title_roles: dict[tuple[str, int], set[int]] = defaultdict(set)  # (key, entry) -> role indices

    # --- entries and aliases ------------------------------------------------------------
    def add_entry(self, eid: str, name_ar: str, name_en: str | None, etype: str, country: str | None,
                  sector: str | None, source: str, roles: list | None = None) -> int:
        if eid in self.by_id:
            n = 2
            while f"{eid}_{n}" in self.by_id:
                n += 1
            eid = f"{eid}_{n}"
        self.by_id[eid] = len(self.entries)
        self.entries.append({"id": eid, "name_ar": name_ar, "name_en": name_en, "type": etype, "country": country,
                             "sector": sector, "source": source, "roles": roles or []})
        return len(self.entries) - 1

    _RANK = {"name": 0, "title": 1, "short": 2, "generic": 3, "nisba": 4, "weak": 5}

    # the news writes some words of names two ways (الديمقراطية / الديموقراطية، الأوروبي / الأوربي،
    # الفيدرالي / الفدرالي، الفلبين / الفيليبين): every alias also gets the other spelling
    _SPELLINGS = (("ديمقراط", "ديموقراط"), ("أوروب", "أورب"), ("اوروب", "اورب"), ("فيدرال", "فدرال"),
                  ("فلبين", "فيليبين"))

    def add_alias(self, form: str, idx: int, kind: str, role: int | None = None) -> None:
        for a, b in self._SPELLINGS:
            if a in form:
                self._add_alias(form.replace(a, b), idx, kind, role)
        self._add_alias(form, idx, kind, role)

    def _add_alias(self, form: str, idx: int, kind: str, role: int | None = None) -> None:
        key = alias_key(form)
        if not key or len(key) < 2:
            return
        if role is not None:
            self.title_roles[(key, idx)].add(role)
        old = self.aliases[key].get(idx)
        if old is None or self._RANK[kind] < self._RANK[old]:
            self.aliases[key][idx] = kind

    # --- countries ------------------------------------------------------------------------
    def countries(self, shared: Path) -> None:
        extra = yaml.safe_load((FACTS / "countries.yaml").read_text(encoding="utf-8"))
        path = shared / "data/lexicons/countries/countries_ar_en.tsv"
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                iso3 = row["iso3"]
                more = extra.get(iso3) or {}
                name_en = more.get("en") or row["cldr_name_en"]
                name_ar = row["cldr_name_ar"]
                idx = self.add_entry(f"C:{iso3}", name_ar, name_en, "LOC", iso3, None, "countries")
                names = [name_ar, row["isocodes_name_ar"], *(more.get("names") or [])]
                for v in (row.get("countrynames_arabic_script_variants(mixed ar/fa/ur/ku/ug)") or "").split("|"):
                    v = v.strip()
                    if v and _CORE_ARABIC.match(v) and "،" not in v:
                        names.append(v)
                for n in names:
                    n = re.sub(r"\s*\(.*?\)", "", n or "").strip()
                    if n and "،" not in n:
                        self.add_alias(n, idx, "name")
                nisba = more.get("nisba")
                if nisba is None:
                    nisba = self.guess_nisba(name_ar)
                forms = self.nisba_forms(nisba, more.get("plural") or [])
                for f in forms["all"]:
                    self.add_alias(f, idx, "nisba")
                    self.nisba.setdefault(alias_key(f), iso3)
                short_names = [n for n in [name_ar, *(more.get("names") or [])] if n and len(n.split()) <= 2]
                self.country_forms[iso3] = {"m": forms["m"], "f": forms["f"], "c": short_names[:3] or [name_ar],
                                            "en": name_en}

    @staticmethod
    def guess_nisba(name: str) -> list[str]:
        """Systematic adjective of a one-word country name: روسيا -> روسي, كندا -> كندي, لبنان -> لبناني."""
        if " " in name or "-" in name:
            return []
        stem = name[2:] if name.startswith("ال") else name
        stem = stem.replace("أ", "أ")
        if stem.endswith("يا") and len(stem) > 4:
            stem = stem[:-2]
        elif stem.endswith("ا") or stem.endswith("ة"):
            stem = stem[:-1]
        elif stem.endswith("ي"):
            stem = stem[:-1]
        out = stem + "ي"
        if normalize(out) in {normalize(s) for s in NISBA_STOP} or len(out) < 4:
            return []
        return [out]

    @staticmethod
    def nisba_forms(nisba: list[str], plural: list[str]) -> dict:
        m, f, allf = [], [], []
        for n in nisba:
            words = n.split()
            head = words[0]
            rest_m = words[1:]
            # masculine / feminine with the article, all words agreeing (كوري جنوبي -> الكوري الجنوبي)
            m_art = " ".join("ال" + w for w in words)
            f_art = " ".join("ال" + w + "ة" for w in words)
            m.append(m_art)
            f.append(f_art)
            allf += [m_art, f_art, n, " ".join(w + "ة" for w in words)]
            if not rest_m:
                allf += ["ال" + head + "ون", "ال" + head + "ين", head + "ون", head + "ين"]
        allf += plural
        return {"m": m, "f": f, "all": allf}

    # --- places, organisations, institutions ----------------------------------------------
    def cities(self) -> None:
        for name_en, country, forms in read_tsv(FACTS / "cities.tsv"):
            country = None if country == "-" else country  # a region of several countries
            forms = split_forms(forms)
            idx = self.add_entry(f"L:{slug(name_en)}", forms[0][0], name_en, "LOC", country, None, "facts")
            for f, weak in forms:
                self.add_alias(f, idx, "weak" if weak else "name")
                if country and not weak:
                    self.city_forms[country].append(f)

    def orgs(self) -> None:
        for name_en, country, sector, forms in read_tsv(FACTS / "orgs.tsv"):
            if sector not in PLOVER_SECTORS:
                raise ValueError(f"orgs.tsv: {name_en}: unknown sector {sector!r}")
            forms = split_forms(forms)
            arabic = [f for f, _ in forms if re.search("[\u0600-\u06ff]", f)]
            idx = self.add_entry(f"O:{slug(name_en)}", (arabic or [forms[0][0]])[0], name_en, "ORG", country,
                                 sector, "facts")
            for f, weak in forms:
                self.add_alias(f, idx, "weak" if weak else "name")

    def institution_templates(self) -> None:
        templates = yaml.safe_load((FACTS / "institutions.yaml").read_text(encoding="utf-8"))
        for key, t in templates.items():
            gidx = self.add_entry(f"G:{key}", split_forms("|".join(t["generic"]))[0][0] if t["generic"] else key,
                                  t["en"].replace(" of {en}", ""), "ORG", None, t["sector"], "facts")
            for f, weak in split_forms("|".join(t["generic"])):
                self.add_alias(f, gidx, "weak" if weak else "generic")
            self.institutions[key]["*"] = gidx
            for iso3, cf in self.country_forms.items():
                forms = []
                for pattern in t["forms"]:
                    slots = {"m": cf["m"], "f": cf["f"], "c": cf["c"]}
                    needed = re.findall(r"\{(\w)\}", pattern)
                    values = [""]
                    if needed:
                        values = slots[needed[0]]
                    for v in values:
                        forms.append(re.sub(r"\{\w\}", v, pattern))
                # a body named by one of the country's cities (شرطة لندن، شرطة منطقة الرياض: the country's police)
                forms += [p.replace("{city}", c) for p in t.get("city_forms", [])
                          for c in self.city_forms.get(iso3, [])]
                if not forms:
                    continue
                # an organisation already in the KB under one of these names is that institution (البنتاغون is
                # the US defence ministry) -- unless one is a state body and the other not: then the
                # organisation keeps the name for itself (القوات اللبنانية is a party, not the Lebanese army)
                named = [(f, i) for f in forms for i, kind in self.aliases.get(alias_key(f), {}).items()
                         if kind == "name" and self.entries[i]["type"] == "ORG" and self.entries[i]["country"] == iso3]
                state = t["sector"] in _STATE_SECTORS
                existing = [i for _, i in named if (self.entries[i]["sector"] in _STATE_SECTORS) == state]
                taken = {f for f, i in named if (self.entries[i]["sector"] in _STATE_SECTORS) != state}
                if taken:
                    log.info("%s of %s: %s left to %s", key, iso3, sorted(taken),
                             sorted({self.entries[i]["name_en"] for f, i in named if f in taken}))
                    forms = [f for f in forms if f not in taken]
                if existing:
                    idx = existing[0]
                else:
                    cname = cf["en"]
                    idx = self.add_entry(f"I:{iso3}:{key}", forms[0], t["en"].format(en=cname), "ORG", iso3,
                                         t["sector"], "facts")
                for f in forms:
                    self.add_alias(f, idx, "name")
                self.institutions[key][iso3] = idx

    # --- people ---------------------------------------------------------------------------
    def people(self) -> None:
        people: dict[str, dict] = {}
        for path in sorted(FACTS.glob("people_*.tsv")):
            for row in read_tsv(path):
                row += [""] * (7 - len(row))
                name_en, country, sector, role, start, end, forms = row[:7]
                if sector not in PLOVER_SECTORS:
                    raise ValueError(f"{path.name}: {name_en}: unknown sector {sector!r}")
                p = people.setdefault(name_en, {"forms": [], "roles": []})
                p["forms"] += split_forms(forms)
                p["roles"].append([country, sector, role, day(start), day(end, end=True)])
        for name_en, p in people.items():
            if not p["forms"]:
                raise ValueError(f"people facts: {name_en} has no Arabic form")
            roles = sorted(p["roles"], key=lambda r: r[3] or "")
            last = roles[-1]
            idx = self.add_entry(f"Q:{slug(name_en)}", p["forms"][0][0], name_en, "PER", last[0], last[1], "facts",
                                 roles)
            foreign = not any(r[0] in ARAB for r in roles)
            for form, weak in p["forms"]:
                kind = "weak" if weak else ("short" if len(form.split()) == 1 else "name")
                for v in self.spelling_variants(form, foreign):
                    self.add_alias(v, idx, kind)
            for ri, r in enumerate(roles):
                for title in role_titles(r[2], r[0], self.country_forms):
                    self.add_alias(title, idx, "title", role=ri)
            en_words = [w for w in re.split(r"[\s\-]+", name_en) if w]
            for form, _ in p["forms"]:
                ar_words = [alias_key(w) for w in form.split()]
                if len(ar_words) == len(en_words) and len(ar_words) > 1:
                    for a, e in zip(ar_words, en_words):
                        if a and not a.startswith("ال") and e[:1].isupper():
                            self.name_words[a][e] += 1

    @staticmethod
    def spelling_variants(form: str, foreign: bool) -> list[str]:
        out = {form}
        if "عبد " in form:
            out.add(form.replace("عبد ", "عبد"))
        if foreign:
            for a, b in (("غ", "ج"), ("ج", "غ")):
                if a in form:
                    out.add(form.replace(a, b))
        return sorted(out)

    # --- UniversalPetrarch Arabic actors ------------------------------------------------------
    def petrarch_actors(self, shared: Path, translit) -> tuple[int, int]:
        """Person entries of the UniversalPetrarch Arabic dictionary the facts do not cover.

        Only plain names are taken: every word a known given-name or family-name word (ANETAC
        person names, ANERGazet, our facts), no role, place or adjective words.  The English name
        is the Phoenix dictionary's when one of the same country reads alike, else the
        transliteration.  Returns (added, with a Phoenix name).
        """
        path = shared / "data/events/universalpetrarch_arabic/actor_dict_ar_v4.txt"
        name_vocab = person_vocabulary(shared) | set(self.name_words)
        entries = [(name, codes) for name, codes in parse_actor_dict(path)]
        # given names: words that start several person names (طارق، أحمد); a name made only of
        # them (طارق أحمد) is too common to stand for one person
        firsts = Counter(normalize(n.split()[0]) for n, _ in entries if " " in n)
        firsts.update(normalize(f.split()[0]) for p in self.entries if p["type"] == "PER" for f in [p["name_ar"]]
                      if " " in f)
        given = {w for w, n in firsts.items() if n >= 3}
        phoenix = phoenix_people(shared)
        spaceless = {k.replace(" ", ""): i for k, d in self.aliases.items() for i, kind in d.items()
                     if kind == "name" and self.entries[i]["type"] == "PER"}
        added = matched = 0
        for name, codes in entries:
            if not codes or not is_person_name(name, name_vocab, self.nisba):
                continue
            if all(normalize(w) in given or normalize(w) in ("بن", "ابن", "ابو") for w in name.split()):
                continue
            if len(name.split()) == 2 and normalize(name.split()[0]) == "عبد":
                continue  # عبد العزيز, عبد الله alone: a compound given name, not one person
            key = alias_key(name)
            if key in self.aliases:
                continue  # the hand-written facts know this name already
            same = spaceless.get(key.replace(" ", ""))
            if same is not None:  # عبد العزيز بو تفليقة = عبد العزيز بوتفليقة: one more spelling
                self.add_alias(name, same, "name")
                continue
            roles = []
            for code, start, end in codes:
                country, sector = split_code(code)
                if country is not None and country not in self.country_forms and country not in NON_STATE:
                    continue  # not a code of the PLOVER/ISO sets (INT, ...)
                if country is None and sector is None:
                    continue
                roles.append([country, sector, None, start, end])
            if not roles or not any(r[1] for r in roles):
                continue  # a bare country code marks a place, not a person
            countries = {r[0] for r in roles if r[0]}
            if len(countries) > 2:
                continue
            roles.sort(key=lambda r: r[3] or "")
            last = roles[-1]
            if last[0] is None:
                continue
            guess = translit(name)
            name_en = match_phoenix(guess, [phoenix.get(c, []) for c in countries])
            matched += name_en is not None
            name_en = name_en or guess
            idx = self.add_entry(f"Q:{slug(name_en)}", name, name_en, "PER", last[0], last[1], "petrarch", roles)
            self.add_alias(name, idx, "name")
            added += 1
        return added, matched

    # --- output ---------------------------------------------------------------------------
    def to_json(self, sectors: dict) -> dict:
        aliases = {}
        for key, d in self.aliases.items():
            items = []
            for i, k in d.items():
                roles = sorted(self.title_roles.get((key, i), ()))
                items.append([i, k, roles] if k == "title" and roles else [i, k])
            aliases[key] = sorted(items, key=lambda x: (self._RANK[x[1]], x[0]))
        return {
            "version": 1,
            "fields": ["id", "name_ar", "name_en", "type", "country", "sector", "source", "roles"],
            "entries": [[e[f] for f in ("id", "name_ar", "name_en", "type", "country", "sector", "source", "roles")]
                        for e in self.entries],
            "aliases": aliases,
            "nisba": self.nisba,
            "institutions": self.institutions,
            "sectors": sectors,
            "name_words": {a: c.most_common(1)[0][0] for a, c in sorted(self.name_words.items())},
        }


# --- titles ("الرئيس الأمريكي") from English role names ------------------------------------------

_TITLE_RULES = [
    (r"^President of (?!the European|the World|the International)", ["الرئيس {m}", "رئيس {c}"]),
    (r"^Vice President of", ["نائب الرئيس {m}", "نائبة الرئيس {m}"]),
    (r"^Prime Minister of", ["رئيس الوزراء {m}", "رئيس وزراء {c}", "رئيس الحكومة {f}", "رئيسة الوزراء {f}",
                              "رئيسة وزراء {c}", "رئيس حكومة {c}"]),
    (r"^Chancellor of (Germany|Austria)", ["المستشار {m}", "المستشارة {f}"]),
    (r"^(Minister of Foreign Affairs|Foreign Secretary|United States Secretary of State|Minister of External Affairs)",
     ["وزير الخارجية {m}", "وزير خارجية {c}", "وزيرة الخارجية {f}", "وزيرة خارجية {c}", "وزير الشؤون الخارجية {m}"]),
    (r"^(Minister of (National )?Defen[cs]e|Defence Secretary|United States Secretary of Defense|"
     r"Minister of the Armed Forces)", ["وزير الدفاع {m}", "وزير دفاع {c}", "وزيرة الدفاع {f}"]),
    (r"^Minister of Interior", ["وزير الداخلية {m}", "وزير داخلية {c}"]),
    (r"^King of Saudi Arabia", ["خادم الحرمين الشريفين", "ملك {c}", "العاهل {m}", "الملك {m}"]),
    (r"^(King|Queen) of", ["ملك {c}", "العاهل {m}", "الملك {m}", "ملكة {c}"]),
    (r"^Emir of", ["أمير {c}"]),
    (r"^Sultan of", ["سلطان {c}"]),
    (r"^Crown Prince of (?!Abu Dhabi|Dubai)", ["ولي العهد {m}", "ولي عهد {c}"]),
    # the emirates' crown princes are named by their emirate, not by the country
    (r"^Crown Prince of Abu Dhabi", ["ولي عهد أبوظبي", "ولي عهد أبو ظبي"]),
    (r"^Crown Prince of Dubai", ["ولي عهد دبي"]),
    (r"^Vice President and Prime Minister of the UAE, Ruler of Dubai", ["حاكم دبي", "نائب رئيس دولة الإمارات",
                                                                         "نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي"]),
    # (North Korea's leader is called الزعيم in the Arabic news, far more often than by his offices)
    (r"^Supreme Leader of North Korea", ["الزعيم {m}", "زعيم {c}"]),
    (r"^Supreme Leader of Iran", ["المرشد الأعلى الإيراني", "المرشد الإيراني", "مرشد الثورة الإيرانية",
                                  "المرشد الأعلى للثورة الإسلامية"]),
    (r"^Press Secretary of the President of Russia", ["المتحدث باسم الكرملين", "الناطق باسم الكرملين",
                                                       "المتحدث الرسمي باسم الكرملين"]),
    (r"^White House Press Secretary", ["المتحدث باسم البيت الأبيض", "المتحدثة باسم البيت الأبيض",
                                       "المتحدثة الصحفية باسم البيت الأبيض", "الناطقة باسم البيت الأبيض"]),
    (r"^(Spokes(man|woman|person) of the Ministry of Foreign Affairs|State Department Spokesperson)",
     ["المتحدث باسم الخارجية {f}", "المتحدثة باسم الخارجية {f}", "المتحدث باسم وزارة الخارجية {f}",
      "المتحدثة باسم وزارة الخارجية {f}", "الناطق باسم الخارجية {f}", "الناطقة باسم الخارجية {f}",
      "المتحدث باسم الخارجية", "المتحدثة باسم الخارجية"]),
    (r"^Secretary-General of the United Nations", ["الأمين العام للأمم المتحدة", "الأمين العام للامم المتحدة"]),
    (r"^Secretary-General of the Arab League", ["الأمين العام لجامعة الدول العربية", "أمين عام الجامعة العربية",
                                                "الأمين العام للجامعة العربية"]),
    (r"^Secretary General of NATO", ["الأمين العام لحلف شمال الأطلسي", "الأمين العام لحلف الناتو",
                                     "الأمين العام للناتو"]),
    (r"^Director-General of the World Health Organization", ["المدير العام لمنظمة الصحة العالمية",
                                                               "مدير عام منظمة الصحة العالمية"]),
    (r"^President of the European Commission", ["رئيسة المفوضية الأوروبية", "رئيس المفوضية الأوروبية"]),
    (r"^High Representative of the EU", ["مسؤول السياسة الخارجية في الاتحاد الأوروبي",
                                         "منسق السياسة الخارجية في الاتحاد الأوروبي",
                                         "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي"]),
    (r"^United States National Security Advisor", ["مستشار الأمن القومي الأمريكي", "مستشار الأمن القومي الأميركي"]),
    (r"^Secretary of the Security Council of Russia", ["سكرتير مجلس الأمن الروسي", "أمين مجلس الأمن الروسي"]),
    (r"^Ambassador of Russia to the United States", ["السفير الروسي لدى الولايات المتحدة",
                                                     "السفير الروسي في واشنطن", "سفير روسيا لدى الولايات المتحدة",
                                                     "سفير روسيا لدى واشنطن", "السفير الروسي لدى واشنطن"]),
    # (the United States' rule first: the general one below matches its role too, and only the first
    # matching rule is used)
    (r"^United States Ambassador to the UN", ["المندوبة {f} لدى الأمم المتحدة", "السفيرة {f} لدى الأمم المتحدة",
                                              "المندوب {m} لدى الأمم المتحدة", "السفير {m} لدى الأمم المتحدة",
                                              "المندوبة {f}", "المندوب {m}", "سفيرة واشنطن لدى الأمم المتحدة",
                                              "مندوبة واشنطن لدى الأمم المتحدة"]),
    # a state's envoy at the UN, the usual sense of المندوب + nationality in the news
    (r"^Permanent Representative of (\w+) to the UN|Ambassador to the UN", ["المندوب {m} لدى الأمم المتحدة",
                                                                            "مندوب {c} لدى الأمم المتحدة",
                                                                            "مندوب {c} الدائم لدى الأمم المتحدة",
                                                                            "المندوبة {f} لدى الأمم المتحدة",
                                                                            "مندوبة {c} لدى الأمم المتحدة",
                                                                            "السفير {m} لدى الأمم المتحدة",
                                                                            "المندوب {m}", "المندوبة {f}"]),
]


def role_titles(role: str | None, country: str | None, country_forms: dict) -> list[str]:
    if not role:
        return []
    cf = country_forms.get(country or "", {"m": [], "f": [], "c": []})
    out = []
    for pattern, templates in _TITLE_RULES:
        if re.search(pattern, role):
            for t in templates:
                slot = re.search(r"\{(\w)\}", t)
                if not slot:
                    out.append(t)
                    continue
                for v in cf.get(slot.group(1), []):
                    out.append(t.replace("{" + slot.group(1) + "}", v))
            break
    return out


# --- UniversalPetrarch actor dictionary ---------------------------------------------------------

_CODE = re.compile(r"\[([A-Z]+)\s*(?:(>|<)?\s*(\d{8})?(?:-(\d{8}))?)?\s*\]")


def parse_actor_dict(path: Path):
    """Yield ``(arabic name with spaces, [(code, start, end)])`` for each actor entry.

    Format: a name line (lemmas joined by ``_``, trailing ``_``), optionally with a code on the
    same line (``حماس  [PSEREB]``), followed by indented lines ``[CODE YYYYMMDD-YYYYMMDD]`` or
    ``[CODE >YYYYMMDD]`` / ``[CODE <YYYYMMDD]``.  Date ranges whose end is before their start
    (a copy-paste artefact of the file) keep only the start.
    """
    name, codes = None, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in "\t" or raw.lstrip().startswith("["):
            codes += _codes(raw)
            continue
        if name is not None:
            yield name, codes
        head = raw.split("[", 1)[0]
        name = _WS.sub(" ", head.replace("_", " ")).strip()
        codes = _codes(raw[len(head):]) if "[" in raw else []
    if name is not None:
        yield name, codes


def _codes(s: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for m in _CODE.finditer(s):
        code, op, a, b = m.groups()
        start = end = None
        fmt = lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}" if d and d[:4] > "1900" else None  # noqa: E731
        if op == ">":
            start = fmt(a)
        elif op == "<":
            end = fmt(a)
        else:
            start, end = fmt(a), fmt(b)
            if start and end and end < start:
                end = None
        out.append((code, start, end))
    return out


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO ``RUSGOV`` -> ``("RUS", "GOV")``, ``IGOUNO`` -> ``("UNO", None)``, ``MIL`` -> ``(None, "MIL")``."""
    country = sector = None
    if len(code) >= 3 and code[:3] not in PLOVER_SECTORS:
        country = code[:3]
        rest = code[3:]
        if country == "IGO" and rest[:3] in NON_STATE:
            country, rest = rest[:3], rest[3:]
    else:
        rest = code
    for i in range(0, len(rest), 3):
        if rest[i:i + 3] in PLOVER_SECTORS:
            sector = rest[i:i + 3]
            break
    return country, sector


_STOP_WORDS = {normalize(w) for w in (
    "رئيس وزير وزارة حكومة مجلس جيش قوة حزب حركة جبهة منظمة اتحاد جامعة دولة أمين عام ملك أمير شيخ سفير سفارة "
    "قائد مبعوث عاصمة مدينة ولاية شرطة أمن محكمة برلمان لجنة شركة وكالة بنك مصرف صندوق مركز هيئة جماعة "
    "متحدث ناطق مستشار نائب مدير جنرال جنرالات عقيد لواء عميد رئاسة ديوان قصر قناة صحيفة جريدة إذاعة تلفزيون "
    "مؤسسة معهد مكتب نقابة كتيبة فرقة فيلق قوات ميليشيا مليشيا تنظيم عصابة تحالف ائتلاف تيار كتلة "
    "حاكم محافظ زعيم قاضي نيابة مطار ميناء سجن مستشفى جزيرة بحر نهر جبل منطقة إقليم محافظة بلدية قضاء ناحية "
    "مسؤول مسؤولون دكتور سوق بورصة جمهورية ديمقراطي شعبي إسلامي عربي وطني اشتراكي مجموعة رابطة "
    "الذي التي الذين بيت حرام كورنيش بني قبيلة عشيرة آباد أباد شارع ميدان ساحة مسجد كنيسة "
    "ل في من على إلى عن ب و أو ال"
).split()}


def person_vocabulary(shared: Path) -> set[str]:
    """Normalised words of person names: ANETAC PERSON entries and ANERGazet person names."""
    words: set[str] = set()
    for line in (shared / "data/lexicons/anetac/EN-AR_NE_EN-AR_Named-entities.txt").read_text(
            encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "PERSON":
            words.update(normalize(w) for w in parts[2:])
    gaz = shared / "data/lexicons/anergazet/AlignedPersGazetteer.txt"
    for line in gaz.read_text(encoding="utf-8", errors="ignore").splitlines():
        words.update(normalize(w) for w in line.split() if re.fullmatch("[\u0621-\u064a]+", w))
    return words


def is_person_name(name: str, vocab: set[str], nisba: dict[str, str]) -> bool:
    """True for entries that are plain person names (no role, place or adjective words)."""
    words = [normalize(w) for w in name.split()]
    if not 2 <= len(words) <= 5:
        return False
    if any(w in _STOP_WORDS or w in nisba or ("ال" + w) in nisba for w in words):
        return False
    if not all(re.fullmatch("[\u0621-\u064a]+", w) for w in words):
        return False
    core = [w for w in words if w not in ("بن", "ابن", "ابو", "عبد", "ال", "بنت")]
    known = sum(1 for w in core if w in vocab or (w.startswith("ال") and w[2:] in vocab))
    return bool(core) and words[0] in vocab and known >= len(core) - 1


def phoenix_people(shared: Path) -> dict[str, list[str]]:
    """Country -> English person names of the Phoenix country-actors dictionary (MIT)."""
    path = shared / "data/events/universalpetrarch_arabic/english_phoenix_dicts/Phoenix.Countries.actors.txt"
    out: dict[str, list[str]] = defaultdict(list)
    name = None
    for raw in path.read_text(encoding="utf-8", errors="ignore").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line[0].isalpha():
            name = line.split("[", 1)[0].strip().strip("_").replace("_", " ").title()
            if "[" in line:
                for code in re.findall(r"\[([A-Z]{3})", line):
                    out[code].append(name)
                name = None
        elif line.lstrip().startswith("[") and name:
            for code in re.findall(r"\[([A-Z]{3})", line):
                if name not in out[code]:
                    out[code].append(name)
    return out


def _skeleton(s: str) -> str:
    s = s.lower()
    for a, b in (("ph", "f"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("ch", "s"), ("dh", "d"), ("gh", "g"),
                 ("ck", "k"), ("c", "k"), ("q", "k"), ("v", "f"), ("p", "b"), ("z", "s"), ("x", "ks"), ("j", "g")):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouwyh'\-. ]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _sim(a: str, b: str) -> float:
    a, b = _skeleton(a), _skeleton(b)
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b))


def match_phoenix(guess: str, pools: list[list[str]]) -> str | None:
    """The Phoenix name of the same country that reads like the transliteration ``guess``."""
    g = guess.split()
    best = []
    for pool in pools:
        for cand in pool:
            c = [w for w in cand.split() if len(w) > 2 or w.isalpha()]
            if len(c) < 2:
                continue
            last = _sim(g[-1], c[-1])
            if last < 0.75:
                continue
            first = _sim(g[0], c[0])
            whole = _sim(" ".join(g), " ".join(c))
            if first >= 0.6 and whole >= 0.7:
                best.append((whole + last, cand))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[1][0] > best[0][0] - 0.05 and best[1][1] != best[0][1]:
        return None
    return best[0][1]


# --- role words -------------------------------------------------------------------------------

def sector_lexicon(shared: Path) -> dict:
    out: dict[str, list] = {}
    for phrase, sector, kind in read_tsv(FACTS / "sectors.tsv"):
        out[alias_key(phrase)] = [sector, kind]
    agents = shared / "data/events/universalpetrarch_arabic/agents.all.ar_v3.txt"
    n = 0
    for line in agents.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\S+)\s+\[~?([A-Z]+)\]", line.strip())
        if not m or line.startswith("#"):
            continue
        phrase = m.group(1).replace("_", " ").strip()
        code = m.group(2)
        sector = next((code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] in PLOVER_SECTORS), None)
        if not sector:
            continue
        for form in (phrase, "ال" + phrase):     # (a tuple: the output must not depend on the hash seed)
            key = alias_key(form)
            if key not in out:
                out[key] = [sector, "agent"]
                n += 1
    log.info("sector lexicon: %d hand-written, %d from UniversalPetrarch agents", len(out) - n, n)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "src/marsad/resources/kb/kb.json.gz")
    ap.add_argument("--no-petrarch", action="store_true", help="leave out the UniversalPetrarch actors")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    b = Builder()
    b.countries(args.shared)
    b.orgs()
    b.cities()
    b.institution_templates()
    b.people()
    if not args.no_petrarch:
        try:
            from marsad.kb.translit import load_model
            model = load_model()
            known = {a: c.most_common(1)[0][0] for a, c in b.name_words.items()}
            n, m = b.petrarch_actors(args.shared, lambda name: model.transliterate(name, known))
            log.info("UniversalPetrarch person actors added: %d (%d with a Phoenix English name)", n, m)
        except (FileNotFoundError, ImportError):
            log.warning("no transliteration model yet: UniversalPetrarch actors left out")
    data = b.to_json(sector_lexicon(args.shared))
    # person names whose first letter the proclitic splitter would cut off (ليلى، لاري، فيدل، وائل): the
    # entities stage keeps that letter on a person's first word when the word is one of these.  Only
    # the few hundred the rule can keep are shipped, not the name lexicons themselves.
    from marsad.stages.entities import _proclitic_looking_name
    vocab = person_vocabulary(args.shared)
    data["clitic_initial_names"] = sorted(w for w in vocab if w[0] in "وفبلك" and _proclitic_looking_name(w, vocab))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, 9, mtime=0))
    types = Counter(e["type"] for e in b.entries)
    sources = Counter(e["source"] for e in b.entries)
    log.info("entries: %d %s, sources %s; aliases: %d; %s: %.0f kB", len(b.entries), dict(types), dict(sources),
             len(data["aliases"]), args.out.name, args.out.stat().st_size / 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main())
