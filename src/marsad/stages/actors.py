"""Actor linking: from entity mentions to the distinct real-world actors of an article.

For every entity the stage finds its actor and fills ``record.actors`` (id, Arabic and English
name, type, country, sector, the indices of its mentions) and ``entities[i].actor``:

1. **Known names** are looked up in the actor KB (:mod:`marsad.kb`) at the article's date, so
   a person gets the role held then (السيسي in 2013: EGY MIL; in 2018: EGY GOV).
2. **One actor per person per article.**  People are linked longest name first; a shorter
   mention whose words are part of a full name seen in the same article (بوتين after فلاديمير
   بوتين, a surname after a full name) joins that actor before the KB is asked about it.
3. **Institutions without a country** (وزارة الخارجية, مجلسي البرلمان) take the country of the
   sentence around them (the nearest place, adjective or actor with a country), else the
   article's most frequent country, and become that country's institution.
4. **Unknown names** still become actors: the English name is transliterated
   (:func:`marsad.kb.transliterate`) and country and sector come from the role words around
   a mention (:func:`infer_from_context`: "وزير الخارجية المصري سامح شكري" -> EGY, GOV) or,
   for organisations, from the words of the name itself (الحزب الشيوعي الفيتنامي -> VNM, PTY).

Ids are the KB's (``Q:vladimir_putin``, ``O:kremlin``, ``C:RUS``, ``I:RUS:mfa``) or, for
names the KB does not know, ``U:`` + the transliterated name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..kb import ActorEntry, load_kb
from ..kb.context import infer_from_context as _infer
from ..kb.keys import alias_key, word_tokens
from ..pipeline import Stage, register
from ..record import Actor, Record
from ..text import is_outlet_noun, normalize, sentences as sentence_spans, word_before

__all__ = ["ActorsStage", "infer_from_context", "kb_actor", "title_actor"]

# words that are part of many names and never identify a person alone
_COMMON_NAME_WORDS = {normalize(w) for w in (
    "محمد أحمد احمد علي عبد الله عبدالله بن ابن أبو ابو آل ال عبد الرحمن حسن حسين محمود إبراهيم ابراهيم خالد "
    "عمر سعيد يوسف مصطفى بنت السيد الشيخ الدكتور جون جورج ديفيد مايكل"
).split()}
# honorifics of the Gulf's ruling families, before which a lone given name stands for the article's bearer of it
_HONORIFICS = {normalize(w) for w in "الشيخ والشيخ الشيخة الأمير والأمير الأميرة السلطان سمو".split()}
_COALITION_WORDS = {alias_key(w) for w in ("التحالف", "تحالف", "لتحالف")}  # لتحالف: لل + تحالف
# "the North" / "the South" standing for the two Koreas (the entities stage finds them as nouns in an
# article about the Koreas; here they link to the country they name)
KOREA_SIDES = {alias_key(w): name for w, name in (
    ("الشمال", "كوريا الشمالية"), ("الشمالية", "كوريا الشمالية"), ("الجنوب", "كوريا الجنوبية"),
    ("الجنوبية", "كوريا الجنوبية"))}
_PARTICLES = {normalize(w) for w in ("بن", "ابن", "بنت", "آل", "ال")}
_NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# organisation words -> sector, for unknown organisations (read inside the name)
_ORG_WORDS = {normalize(k): v for k, v in {
    "وزارة": "GOV", "حكومة": "GOV", "الحكومة": "GOV", "رئاسة": "GOV", "مجلس": "GOV", "هيئة": "GOV", "سفارة": "GOV",
    "جيش": "MIL", "الجيش": "MIL", "قوات": "MIL", "القوات": "MIL", "لواء": "MIL", "كتيبة": "MIL",
    "شرطة": "COP", "الشرطة": "COP", "حزب": "PTY", "الحزب": "PTY", "حركة": "PTY", "جبهة": "REB", "ميليشيا": "UAF",
    "صحيفة": "MED", "جريدة": "MED", "قناة": "MED", "وكالة": "MED", "إذاعة": "MED", "تلفزيون": "MED",
    "شركة": "BUS", "بنك": "BUS", "مصرف": "BUS", "مجموعة": "BUS", "جامعة": "EDU", "معهد": "EDU", "مدرسة": "EDU",
    "نقابة": "LAB", "اتحاد": "LAB", "محكمة": "JUD", "المحكمة": "JUD", "نيابة": "JUD", "برلمان": "LEG",
    "البرلمان": "LEG", "منظمة": "CVL", "جمعية": "CVL", "مؤسسة": "CVL", "مستشفى": "CVL", "نادي": "SOC", "النادي": "SOC",
}.items()}


def infer_from_context(text: str, start: int, published: str | None = None,
                       end: int | None = None) -> tuple[str | None, str | None]:
    """``(country, sector)`` from the role words before ``text[start:]`` (after it with ``end``).

    ``infer_from_context("قال المتحدث باسم الكرملين دميتري بيسكوف", 26)`` -> ``("RUS", "GOV")``.
    For the quotes and events stages: a speaker or participant known only by a role phrase
    still gets a country and sector.
    """
    return _infer(text, start, published, end=end)


def _english(name: str, etype: str = "PER") -> str | None:
    """English name of an actor the KB does not know (None when the model is not installed)."""
    try:
        from ..kb import transliterate

        if etype == "ORG":
            from ..kb.names import english_org_name

            return english_org_name(name, transliterate) or None
        if etype == "LOC":
            from ..kb.names import named_after_name

            named = named_after_name(name, transliterate, institution=False)
            if named:
                return named
        return transliterate(name) or None
    except FileNotFoundError:
        return None


def _lookup_mention(kb, text: str, ent, published: str | None, etype: str | None):
    """``(surface, candidates)`` for an entity, tolerant of mention boundaries a tagger got wrong.

    A mention followed by a country adjective is read with it when that names a KB body
    (``مجلس الأمن`` | ``الروسي``); a mention that starts inside a word is read as the whole word
    when only that is known (``ايدن`` cut from ``بايدن``).
    """
    m = re.match(r"[ \t\u00a0]+([^\W\d_]+)", text[ent.end:ent.end + 40])
    if m and alias_key(m.group(1)) in kb.nisba:
        longer = text[ent.start:ent.end + m.end()]
        found = [e for e in kb.lookup(longer, published, type=etype) if e.kind == "name"]
        if found:
            return longer, found
    cands = kb.lookup(ent.text, published, type=etype)
    if cands:
        return ent.text, cands
    trimmed = _without_descriptors(kb, ent.text)
    if trimmed:
        found = [e for e in kb.lookup(trimmed, published, type=etype) if e.kind == "name"]
        if found:
            return trimmed, found
    words = ent.text.split()
    if etype in (None, "ORG") and len(words) >= 2 and alias_key(words[0]) in _GROUP_HEADS:
        # تنظيم الإخوان، جماعة الإخوان، ميليشيات حزب الله: the group noun before a movement's own name
        rest = " ".join(words[1:])
        found = [e for e in kb.lookup(rest, published, type="ORG") if e.kind == "name" and e.type == "ORG"]
        if found:
            return rest, found
    if etype in (None, "PER"):
        for head in _lineage_heads(ent.text):
            found = [e for e in kb.lookup(head, published, type="PER") if e.kind == "name" and e.type == "PER"]
            if found:
                return head, found
    start = ent.start
    while start > 0 and text[start - 1].isalpha() and ent.start - start < 3:
        start -= 1
    if start < ent.start and (start == 0 or not text[start - 1].isalpha()):
        whole = text[start:ent.end]
        found = [e for e in kb.lookup(whole, published, type=etype) if e.kind in ("name", "short")]
        if found:
            return whole, found
    return ent.text, cands


_LINEAGE = {normalize(w) for w in ("بن", "ابن", "آل")}
# nouns for an armed or political group that the news puts before a movement's name (تنظيم الإخوان)
_GROUP_HEADS = {alias_key(w) for w in "تنظيم جماعة حركة ميليشيا ميليشيات مليشيا مليشيات".split()}


def _lineage_heads(surface: str) -> list[str]:
    """The shorter names a person's full name continues with its lineage or family: سلمان بن عبد
    العزيز آل سعود -> سلمان بن عبد العزيز, حمد بن جاسم بن جبر -> حمد بن جاسم (longest first; at least
    two words kept, and only cuts before بن / ابن / آل)."""
    words = surface.split()
    return [" ".join(words[:k]) for k in range(len(words) - 1, 1, -1)
            if normalize(words[k]) in _LINEAGE and k + 1 < len(words)]


# words the news puts around a known name that are no part of it: an epithet after it (تنظيم داعش
# الإرهابي، ميليشيات الحوثي الانقلابية، حزب العمال الكردستاني المحظور) or a calling before it
# (الداعية فتح الله غولن، القس أندرو برانسون); nationality adjectives count too (ميليشيات الحوثي
# الإيرانية، الكوري الجنوبي مون جاي إن)
_EPITHETS = {alias_key(w) for w in (
    "الإرهابي الإرهابية الارهابي الارهابية الانقلابي الانقلابية المحظور المحظورة المتطرف المتطرفة المنحل "
    "المنحلة الحاكم الموالية الموالي المدعومة المدعوم").split()}
_CALLINGS = {alias_key(w) for w in "الداعية الداعيه القس الإسلامي الاسلامي".split()}


def _without_descriptors(kb, surface: str) -> str | None:
    """``surface`` without the epithets, callings and nationality adjectives around the name it
    holds, or None when it has none."""
    words = surface.split()
    keys = [alias_key(w) for w in words]
    a, b = 0, len(words)
    while b - a > 1 and (keys[b - 1] in _EPITHETS or keys[b - 1] in kb.nisba):
        b -= 1
    while b - a > 1 and (keys[a] in _CALLINGS or keys[a] in kb.nisba):
        a += 1
    if a and sum(k not in _PARTICLES for k in keys[a:b]) < 2:
        return None     # (التركي بن علي: Yildirim cut off by the tagger, not Ben Ali)
    if (a, b) == (0, len(words)):
        return None
    return " ".join(words[a:b])


def title_actor(record: Record, phrase: str) -> Actor | None:
    """The actor a role title names at the article's date, for the quotes and events stages.

    ``title_actor(record, "الرئيس الأمريكي")`` on 2021-04-19 -> the record's ``Q:joe_biden`` actor
    when the article mentions him, else a new (unlisted) Actor built from the KB; None when the
    KB knows no holder of that title then.  "السابق"/"الأسبق" (former) titles are not resolved.
    """
    if any(w in phrase for w in ("السابق", "الأسبق", "السابقة", "الاسبق")):
        return None
    entry = load_kb().resolve_title(phrase, _iso_day(record.published))
    return None if entry is None else kb_actor(record, entry)


def kb_actor(record: Record, entry: ActorEntry) -> Actor:
    """The record's actor for a KB entry, else a new (unlisted) Actor built from it, with no mention."""
    for a in record.actors:
        if a.id == entry.id:
            return a
    return Actor(entry.id, entry.name_ar, entry.name_en, entry.type, entry.country, entry.sector, [])


def _after_outlet_noun(text: str, start: int) -> bool:
    """The word right before ``start`` is an outlet noun (وكالة، صحيفة، قناة ...: وكالة دوغان، لصحيفة
    حرييت), with or without a clitic or the article's quotation mark."""
    words = text[max(0, start - 20):start].rstrip(" \"'“«").split()
    return bool(words) and is_outlet_noun(words[-1])


def _adjective_after(text: str, end: int) -> str | None:
    """The country of a nationality adjective that is the word right after ``end`` (قوات الحكومة السورية)."""
    words = text[end:end + 30].split()
    return load_kb().nisba.get(alias_key(words[0].strip("،,.:؛\"»”"))) if words else None


def _iso_day(published: str | None) -> str | None:
    """``2021-04-19T10:00:00`` -> ``2021-04-19``; anything not ISO-dated -> None (no date filter)."""
    m = re.match(r"\d{4}(?:-\d\d){0,2}", published or "")
    return m.group(0) if m else None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or "x"


def _name_tokens(text: str) -> list[str]:
    """Normalised words of a mention."""
    toks = [t.text for t in word_tokens(text) if any(c.isalnum() for c in t.text)]
    if not toks:
        return []
    # entities exclude attached clitics by contract (record.md): the words are taken as written
    return [alias_key(t) for t in toks]


@dataclass
class _Cluster:
    entity_type: str
    tokens: list[str]
    mentions: list[int] = field(default_factory=list)
    entry: ActorEntry | None = None
    surface: str = ""


@register("marsad.actors.v1")
class ActorsStage(Stage):
    """Link entities to actors (KB, in-article coreference, context inference for unknown names)."""

    name = "actors"
    requires = ("entities",)
    provides = ("actors",)
    arabic_only = True

    def __init__(self, link_misc: bool = False):
        self.link_misc = link_misc

    def __call__(self, record: Record) -> Record:
        kb = load_kb()
        published = _iso_day(record.published)
        text = record.text
        ents = record.entities
        clusters: list[_Cluster] = []
        by_id: dict[str, _Cluster] = {}
        entity_cluster: dict[int, _Cluster] = {}

        def join(i: int, c: _Cluster) -> None:
            c.mentions.append(i)
            entity_cluster[i] = c

        def new_cluster(i: int, etype: str, toks: list[str], entry: ActorEntry | None) -> _Cluster:
            c = _Cluster(etype, toks, surface=ents[i].text, entry=entry)
            clusters.append(c)
            if entry is not None:
                by_id[entry.id] = c
            join(i, c)
            return c

        # people, longest names first, so that short mentions find the full name of the article
        order = sorted(range(len(ents)), key=lambda i: (-len(_name_tokens(ents[i].text)), ents[i].start))
        retyped: set[int] = set()
        for i in order:
            ent = ents[i]
            if ent.type != "PER":
                continue
            surface, cands = _lookup_mention(kb, text, ent, published, "PER")
            toks = _name_tokens(surface)
            if not toks:
                continue
            if cands and not any(e.type == "PER" for e in cands) and cands[0].kind == "name":
                retyped.add(i)  # a body or place tagged as a person (الكرملين): linked below as such
                continue
            full = [e for e in cands if e.kind in ("name", "title") and e.type == "PER"]
            if full and full[0].source != "facts":
                # a name from the UniversalPetrarch list (common names: طارق أحمد) yields to a
                # role phrase that says otherwise
                ctx_country, _ = _infer(text, ent.start, published, end=ent.end, kb=kb)
                if ctx_country and ctx_country != full[0].country:
                    full = []
            if full:
                entry = full[0]
                c = by_id.get(entry.id) or self._article_match(clusters, toks, require_known=False)
                if c is not None and (c.entry is None or c.entry.id == entry.id):
                    if c.entry is None:
                        c.entry = entry
                        by_id[entry.id] = c
                    join(i, c)
                else:
                    new_cluster(i, "PER", toks, entry)
                continue
            c = self._article_match(clusters, toks) or self._honoured_first_name(clusters, toks, text, ent.start)
            if c is not None:
                join(i, c)
                continue
            short = [e for e in cands if e.kind in ("short", "weak") and e.type == "PER"]
            if short and len(toks) == 1:
                entry = short[0]
                c = by_id.get(entry.id)
                if c is not None:
                    join(i, c)
                else:
                    new_cluster(i, "PER", toks, entry)
                continue
            fuzzy = kb.fuzzy_person(ent.text, published) if len(toks) > 1 else None
            if fuzzy is not None:
                c = by_id.get(fuzzy.id)
                if c is not None:
                    join(i, c)
                else:
                    new_cluster(i, "PER", toks, fuzzy)
                continue
            new_cluster(i, "PER", toks, None)

        # organisations, places (and MISC when asked): by KB entry, generic institutions by context
        pending_generic: list[tuple[int, ActorEntry]] = []
        for i, ent in enumerate(ents):
            if (ent.type == "PER" and i not in retyped) or (ent.type == "MISC" and not self.link_misc):
                continue
            surface, cands = _lookup_mention(kb, text, ent, published,
                                             ent.type if ent.type not in ("MISC", "PER") else None)
            toks = _name_tokens(surface)
            if not toks:
                continue
            people = [e for e in cands if e.type == "PER" and e.kind == "name"]
            cands = [e for e in cands if e.type != "PER" or ent.type == "MISC"]
            if not cands and people:
                # a person tagged as a body or place (بوتين as ORG): the KB knows better
                c = by_id.get(people[0].id)
                if c is not None:
                    join(i, c)
                else:
                    new_cluster(i, "PER", toks, people[0])
                continue
            if ent.type == "LOC" and len(toks) == 1 and toks[0] in KOREA_SIDES and not cands:
                cands = kb.lookup(KOREA_SIDES[toks[0]], published)[:1]
            if ent.type == "MISC":
                cands = [e for e in cands if e.kind == "name"]
            if cands and cands[0].sector == "MIL" and cands[0].country:
                # قوات الاحتلال التركي، جيش الاحتلال الروسي: a force named by another country's adjective
                # right after it is that country's army, not the one the words alone name
                other = _adjective_after(text, ent.end)
                army = kb.institution("army", other) if other and other != cands[0].country else None
                if army is not None:
                    cands = [army]
            if cands:
                entry = cands[0]
                if kb.generic_template(entry):
                    pending_generic.append((i, entry))
                    continue
                c = by_id.get(entry.id)
                if c is not None:
                    join(i, c)
                else:
                    new_cluster(i, ent.type, toks, entry)
                continue
            if ent.type in ("ORG", "LOC") and len(toks) == 1 and i not in retyped:
                # ماي tagged as a body after تيريزا ماي: the surname of a person of the article
                # whom the KB knows no body or place by
                person = next((c for c in clusters if c.entity_type == "PER" and len(c.tokens) >= 2
                               and c.tokens[-1] == toks[0] and toks[0] not in _COMMON_NAME_WORDS), None)
                if person is not None:
                    ent.type = "PER"
                    join(i, person)
                    continue
            if ent.type == "ORG" and len(toks) == 1 and toks[0] in _COALITION_WORDS:
                # "the coalition" after the article named one (تحالف دعم الشرعية): that coalition
                named = [c for c in clusters if c.entity_type == "ORG" and len(c.tokens) >= 2
                         and _COALITION_WORDS & set(c.tokens)]
                if named:
                    join(i, max(named, key=lambda c: (c.entry is not None, len(c.mentions))))
                    continue
            key = " ".join(toks)
            c = next((c for c in clusters if c.entry is None and c.entity_type == ent.type
                      and " ".join(c.tokens) == key), None)
            if c is not None:
                join(i, c)
            else:
                new_cluster(i, ent.type, toks, None)

        # institutions named without their country: the country of their sentence, else of the article
        if pending_generic:
            article_country = self._text_country(record) or self._article_country(clusters)
            spans = sentence_spans(text) if text else []
            generic = {i for i, _ in pending_generic}
            for i, entry in pending_generic:
                ent = ents[i]
                template = kb.generic_template(entry)
                # (a nationality adjective or a place after في right after it names its own: وزارة الخارجية في مانيلا)
                own = _adjective_after(text, ent.end) or (text[ent.end:ent.end + 4] == " في " and any(
                    e.start == ent.end + 4 and e.type == "LOC" for e in ents))
                country = None if own else self._named_before(kb, template, clusters, ents, ent.start, generic)
                country = country or self._sentence_country(ent, ents, entity_cluster, spans, text, published) \
                    or article_country
                if country in _NON_STATE:
                    country = article_country if article_country not in _NON_STATE else None
                inst = kb.institution(template, country) if country else None
                resolved = inst or ActorEntry(entry.id + (f":{country}" if country else ""), ent.text, entry.name_en,
                                              "ORG", country, entry.sector)
                c = by_id.get(resolved.id)
                if c is not None:
                    join(i, c)
                else:
                    new_cluster(i, "ORG", _name_tokens(ent.text), resolved)

        record.actors = self._actors(clusters, record)
        return record

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def _article_match(clusters: list[_Cluster], toks: list[str], require_known: bool = False) -> _Cluster | None:
        """A person of this article whose name contains all the words of ``toks`` (surname match)."""
        toks = [t for t in toks if t not in _PARTICLES] or toks  # بن علوي -> علوي
        if not toks:
            return None
        if len(toks) == 1 and toks[0] in _COMMON_NAME_WORDS:
            return None
        best = None
        for c in clusters:
            if c.entity_type != "PER" or len(c.tokens) <= len(toks) and c.tokens != toks:
                continue
            if require_known and c.entry is None:
                continue
            words = set(c.tokens)
            # the article's name may carry the article ال (الأسد / بشار الأسد) or not
            if all(t in words or ("ال" + t) in words or (t.startswith("ال") and t[2:] in words) for t in toks):
                # prefer a match on the surname, then the most mentioned
                score = (toks[-1] == c.tokens[-1], len(c.mentions))
                if best is None or score > best[0]:
                    best = (score, c)
        return best[1] if best else None

    @staticmethod
    def _honoured_first_name(clusters: list[_Cluster], toks: list[str], text: str, start: int) -> _Cluster | None:
        """A lone given name after an honorific (وأكد الشيخ محمد، قال الأمير خالد) is the one person of the
        article named in full with that first name (محمد بن راشد آل مكتوم); None when none or several are."""
        if len(toks) != 1 or word_before(text, start) not in _HONORIFICS:
            return None
        found = [c for c in clusters if c.entity_type == "PER" and len(c.tokens) >= 2 and c.tokens[0] == toks[0]]
        return found[0] if len({id(c) for c in found}) == 1 else None

    @staticmethod
    def _named_before(kb, template: str | None, clusters: list[_Cluster], ents, start: int,
                      generic: set[int]) -> str | None:
        """The country of the one institution of this kind the article named with its country before ``start`` --
        not by one of the ``generic`` mentions, which are read from context themselves -- (وقالت الخارجية الروسية
        ... وذكرت وزارة الخارجية في بيان أن الحكومة البريطانية: the Russian ministry again, not the state the
        sentence speaks of); None when none or several were named."""
        if template is None:
            return None
        named = {c.entry.country for c in clusters if c.entry is not None and c.entry.country
                 and any(ents[j].start < start and j not in generic for j in c.mentions)
                 and getattr(kb.institution(template, c.entry.country), "id", None) == c.entry.id}
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _article_country(clusters: list[_Cluster]) -> str | None:
        counts = Counter()
        for c in clusters:
            if c.entry is not None and c.entry.country and len(c.entry.country) == 3 and c.entry.country.isalpha() \
                    and c.entry.country not in _NON_STATE:
                counts[c.entry.country] += len(c.mentions)
        return counts.most_common(1)[0][0] if counts else None

    @staticmethod
    def _sentence_country(ent, ents, entity_cluster, spans, text, published) -> str | None:
        # a nationality adjective right after the mention (قوات الحكومة السورية، الفصائل المعارضة السورية)
        adjective = _adjective_after(text, ent.end)
        if adjective is not None:
            return adjective
        span = next(((a, b) for a, b in spans if a <= ent.start < b), (0, len(text)))
        near = []
        for j, other in enumerate(ents):
            c = entity_cluster.get(j)
            if c is None or c.entry is None or not c.entry.country or other is ent or c.entry.country in _NON_STATE:
                continue     # (not the UN's "country": مسؤولون في الأمم المتحدة قوات الحكومة السورية)
            if (other.start >= ent.end and text[ent.end:other.start].strip() in ("و", "أو", "،", ",")) or (
                    other.end <= ent.start and text[other.end:ent.start].strip() in ("و", "أو", "،", ",")):
                continue     # (a party listed with it is another one: الفصائل المعارضة وروسيا، بين روسيا والفصائل)
            if span[0] <= other.start < span[1]:
                near.append((abs(other.start - ent.start) + (0 if other.start < ent.start else 1), c.entry.country))
        if near:
            return min(near)[1]
        country, _ = _infer(text, ent.start, published, end=ent.end)
        return country

    def _actors(self, clusters: list[_Cluster], record: Record) -> list[Actor]:
        kb = load_kb()
        text = record.text
        actors: list[Actor] = []
        used: set[str] = set()
        clusters = sorted(clusters, key=lambda c: min(record.entities[i].start for i in c.mentions))
        for c in clusters:
            mentions = sorted(c.mentions, key=lambda i: record.entities[i].start)
            if c.entry is not None:
                e = c.entry
                actor = Actor(e.id, e.name_ar or c.surface, e.name_en, e.type or c.entity_type, e.country, e.sector,
                              mentions)
            else:
                longest = max((record.entities[i].text for i in mentions), key=lambda s: (len(s.split()), len(s)))
                country = sector = None
                for i in mentions:
                    ent = record.entities[i]
                    country2, sector2 = _infer(text, ent.start, _iso_day(record.published), end=ent.end, kb=kb)
                    country = country or country2
                    sector = sector or sector2
                    if country and sector:
                        break
                if country is None and alias_key(longest) in kb.nisba:
                    country = kb.nisba[alias_key(longest)]  # "ليبي" tagged as a person: a Libyan
                if country is None and sector is not None and c.entity_type == "PER":
                    # a role without a country (المتحدث باسم الوزارة): the country the article is about
                    country = self._text_country(record)
                if c.entity_type in ("ORG", "LOC", "MISC"):
                    inner_country, inner_sector = self._inner(longest)
                    country = inner_country or (country if c.entity_type == "ORG" else None)
                    sector = inner_sector or (sector if c.entity_type == "ORG" else None)
                    if c.entity_type == "LOC":
                        sector = None
                    elif inner_sector is None and any(_after_outlet_noun(text, record.entities[i].start)
                                                      for i in mentions):
                        sector = "MED"     # (وفق ما نقلت وكالة دوغان: a news agency, whatever the words around say)
                name_en = _english(longest, c.entity_type)
                aid = "U:" + _slug(name_en or normalize(longest).replace(" ", "_"))
                actor = Actor(aid, longest, name_en, c.entity_type, country, sector, mentions)
            base, n = actor.id, 2
            while actor.id in used:
                actor.id = f"{base}_{n}"
                n += 1
            used.add(actor.id)
            for i in mentions:
                record.entities[i].actor = actor.id
            actors.append(actor)
        return actors

    @staticmethod
    def _text_country(record: Record) -> str | None:
        """The country the article mentions most (places, adjectives, institutions), if clear."""
        if "actors.text_country" not in record.meta:
            counts: Counter = Counter()
            for _, _, e in load_kb().find_mentions(record.text, _iso_day(record.published),
                                                   kinds=("name", "nisba", "generic")):
                if e.type in ("LOC", "ORG") and e.country and e.country.isalpha() and e.country not in _NON_STATE:
                    counts[e.country] += 1
            top = counts.most_common(2)
            clear = top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1])
            record.meta["actors.text_country"] = top[0][0] if clear else None
        return record.meta["actors.text_country"]

    @staticmethod
    def _inner(name: str) -> tuple[str | None, str | None]:
        """Country and sector read inside an organisation's own name."""
        kb = load_kb()
        country = sector = None
        for t in word_tokens(name):
            k = alias_key(t.text)
            if country is None and k in kb.nisba:
                country = kb.nisba[k]
            if sector is None and k in _ORG_WORDS:
                sector = _ORG_WORDS[k]
        if country is None:
            for s, e, entry in kb.find_mentions(name, kinds=("name",)):
                if entry.type == "LOC" and entry.country:
                    country = entry.country
                    break
        return country, sector
