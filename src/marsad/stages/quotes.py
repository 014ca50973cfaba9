"""Reported speech (``record.quotes``): direct, indirect and mixed.

* **direct**: a cue (قال، أضاف ...) and a quotation in any marks (“” «» "" '')
  - ``وأضاف بيسكوف "لم يتم التخطيط ..."``;
* **indirect**: a speech verb and its complementiser (قال إن، أكد أن، أشار إلى أن، أعلن أن،
  نفى أن، أخبر X Y أن ...), or an attribution after or before the content (حسبما ذكر X،
  وفق X، بحسب X، نقلت Y عن X);
* **mixed**: indirect speech that quotes a few words verbatim (ادعى أن بوتين "سيدفع ثمنا").

The speaker is resolved to an actor: a named person in the speaker phrase (the head of
``المتحدث باسم الكرملين دميتري بيسكوف``), the organisation of a role phrase with no name
(``المتحدث باسم الكرملين`` -> the Kremlin), a nationality role (``الجانب الروسي`` -> Russia),
a definite back-reference (``وقال المجلس`` -> the council named before), a later short
mention (``وأضاف بيسكوف``), or, when the cue has no subject (``وأضاف أن``), the previous
speaker.  ``addressee`` (أخبر X Y أن) and ``channel`` (لوكالة سبوتنيك) are filled when said.

:class:`Mentions` (actor mentions by token, role phrases, quotation look-up) is shared with
the events stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pipeline import Stage, register
from ..record import Quote, Record
from ..resources import read_text
from ..text import Token, normalize, normalize_with_offsets
from .events import default_present, sentence_tokens, token_view, verb_forms
from .events import token_cores as _token_cores


def token_cores_n(word: str) -> frozenset:
    return _token_cores(word)[0] | {word}

# --- speech cues -------------------------------------------------------------------------------

# past stem(s) / present stem(s); present defaults as in events.default_present
_CUE_VERBS = {
    "قال": ("قال,قل", "قول"), "اكد": ("اكد", "وكد"), "اضاف": ("اضاف", "ضيف"), "اوضح": ("اوضح", "وضح"),
    "اشار": ("اشار", "شير"), "اعلن": ("اعلن", "علن"), "نفي": ("نفي,نف", "نفي"), "صرح": ("صرح", "صرح"),
    "ذكر": ("ذكر", "ذكر"), "افاد": ("افاد", "فيد"), "اعتبر": ("اعتبر", "عتبر"), "راي": ("راي,را", "ري"),
    "شدد": ("شدد", "شدد"), "لفت": ("لفت", "لفت"), "كشف": ("كشف", "كشف"), "ابلغ": ("ابلغ", "بلغ"),
    "اخبر": ("اخبر", "خبر"), "ادعي": ("ادعي,ادع", "دعي"), "زعم": ("زعم", "زعم"), "حذر": ("حذر", "حذر"),
    "تابع": ("تابع", "تابع"), "استطرد": ("استطرد", "ستطرد"), "اعرب": ("اعرب", "عرب"), "اعترف": ("اعترف", "عترف"),
    "اكدت": ("اكد", "وكد"), "اوضحت": ("اوضح", "وضح"), "اضافت": ("اضاف", "ضيف"), "نقل": ("نقل", "نقل"),
    "قالت": ("قال", "قول"), "اعلنت": ("اعلن", "علن"), "جدد": ("جدد", "جدد"), "طالب": ("طالب", "طالب"),
    "ختم": ("ختم", "ختم"), "رد": ("رد", "رد"), "علق": ("علق", "علق"),
    "كتب": ("كتب", "كتب"), "تضمن": ("تضمن", "تضمن"), "حث": ("حث", "حث"), "دعا": ("دعا,دع", "دعو"), "تمني": ("تمني,تمن", "تمني"), "اتهم": ("اتهم", "تهم"), "وصف": ("وصف", "صف"),
}
_ADDRESSING = {"اخبر", "ابلغ"}
_POINTING = {"اشار", "لفت", "دعا"}          # أشار إلى (أن) X، دعا إلى X
_ABOUT = {"اعرب"}
_VENUES = {"قمه", "موتمر", "اجتماع", "حفل", "مادبه", "عشاء", "غداء", "زياره", "حضور", "لقاء", "مهرجان", "منتدي"}                          # أعرب X عن أمله في أن ...


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, (past, pres) in _CUE_VERBS.items():
        forms = verb_forms(past.split(","), pres.split(",") if pres else [default_present(past.split(",")[0])])
        for f in forms:
            if len(f) >= 3:
                out.setdefault(f, lemma.rstrip("ت") if lemma.endswith("ت") and lemma[:-1] in _CUE_VERBS else lemma)
    for junk in ("قل", "را", "ري", "نف", "رد", "ردا", "علق", "تابع", "ختم", "ذكري", "اشاره", "نقلا"):
        out.pop(junk, None)
    return out


# active participles that add the sentence subject's words (..., قائلا: "..."، مشيرا إلى أن ...):
# participle -> the lemma whose syntax (إلى أن، عن) it shares
_PARTICIPLES = {normalize(k): v for k, v in {
    "قائلا": "قال", "قائلة": "قال", "مضيفا": "اضاف", "مضيفة": "اضاف", "مشيرا": "اشار", "مشيرة": "اشار",
    "مؤكدا": "اكد", "مؤكدة": "اكد", "موضحا": "اوضح", "موضحة": "اوضح", "لافتا": "لفت", "لافتة": "لفت",
    "معتبرا": "اعتبر", "معتبرة": "اعتبر", "محذرا": "حذر", "محذرة": "حذر", "مشددا": "شدد", "مشددة": "شدد",
}.items()}
_EDITORIAL = {"يذكر", "ويذكر", "يشار", "ويشار", "يذكران", "وجدير"}
_ATTRIB_BEFORE = {"حسبما", "كما", "وفق", "وفقا", "بحسب", "حسب", "طبقا", "نقلا"}
_COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها", "بانهم", "وان", "وانه", "وانها"}
_CHANNEL_NOUNS = {"وكاله", "صحيفه", "قناه", "تلفزيون", "اذاعه", "موقع", "شبكه", "مجله", "راديو", "جريده", "محطه", "فضائيه"}
_SKIP_PP = {"في", "خلال", "عبر", "اثناء", "امس", "اليوم", "ردا", "تعليقا", "تعقيبا", "مساء", "صباح", "الاثنين",
            "يومها", "حينها", "انذاك", "وقتها", "مخاطبا", "مخاطبه", "متوجها", "موجها", "متسائلا", "متسائله",
            "مشيرا", "مشيره", "مؤكدا", "موكدا", "مضيفا", "معتبرا", "لافتا", "موضحا", "قائلا",
            "للصحفيين", "للصحافيين", "للصحافه", "للصحفيين،",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "يوم", "بدوره", "بدورها", "ايضا", "كذلك"}
_SKIP_PP = {normalize(x) for x in _SKIP_PP}
# مخاطبا المسؤولين الكويتيين: the people addressed, never the speaker (skip through their names)
_ADDRESSING_PP = {normalize(x) for x in ("مخاطبا", "مخاطبة", "متوجها", "متوجهة", "موجها", "موجهة", "متسائلا", "متسائلة")}
_PRONOUN_PP = {"فيها", "فيه", "له", "لها", "لهم", "فيهم", "خلالها", "خلاله", "بدوره", "بدورها", "منه", "منها"}
_BREAK = {"،", ",", ".", ";", "؛", ":", "!", "؟", "?"}
_OPEN_CLOSE = {"“": "”", "«": "»", '"': '"', "„": "“", "‹": "›", "”": "“"}

# --- actor mentions (shared with the events stage) ---------------------------------------------

_PERSON_TITLES = {"رئيس", "الرئيس", "وزير", "الوزير", "المتحدث", "متحدث", "الناطق", "ناطق", "السفير", "سفير",
                  "المستشار", "مستشار", "المستشاره", "الملك", "ملك", "الامير", "امير", "المبعوث", "مبعوث",
                  "الزعيم", "زعيم", "نظيره", "نظيرها", "نظيريه", "المندوب", "مندوب", "القائد", "قائد",
                  "رئيسه", "وزيره", "الوزيره", "العاهل", "عاهل"}
_COLLECTIVE_TITLES = {"الجانب", "الحكومه", "حكومه", "السلطات", "سلطات", "الجيش", "جيش", "القوات", "قوات",
                      "الخارجيه", "وزاره", "الوزاره", "الطرف", "البرلمان", "الاداره", "اداره", "الدوله", "الشعب",
                      "الوفد", "وفد"}
_PERSON_TITLES = {normalize(x) for x in _PERSON_TITLES}
_COLLECTIVE_TITLES = {normalize(x) for x in _COLLECTIVE_TITLES}


@lru_cache(maxsize=1)
def load_nisba() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in read_text("events/nisba.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        adj, _, code = line.partition("\t")
        n = normalize(adj.strip())
        out[n] = code.strip()
        out[n + "ه"] = code.strip()      # feminine
        out[n + "ين"] = code.strip()     # plural
        out[n + "ون"] = code.strip()
    return out


def _no_article(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def nisba_country(word: str) -> str | None:
    w = word
    for pre in ("وال", "بال", "لل", "ال", "و"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            w = w[len(pre):]
            break
    return load_nisba().get(w)


def _unknown(actor) -> bool:
    return actor is None or (not actor.country and not actor.sector)


def _split_run_together(e, known: dict[str, str]) -> list["_M"]:
    out, pos = [], 0
    words = e.text.split()
    actors = [known.get(normalize(w)) for w in words]
    if len(words) < 2 or None in actors or len(set(actors)) != len(actors):
        return []
    for w, a in zip(words, actors):
        i = e.text.index(w, pos)
        pos = i + len(w)
        out.append(_M(e.start + i, e.start + pos, a, True))
    return out


@dataclass
class Unit:
    """An actor mention inside one sentence, by token index."""
    first: int
    last: int
    actor: str | None
    person: bool
    glued: str = ""        # clitic letters glued before the mention in its first token (ل، ب، و)


@dataclass
class _M:
    start: int
    end: int
    actor: str | None      # None: an entity no actor stage has linked (still a speaker phrase)
    person: bool


class Mentions:
    """Actor mentions of a record: linked entities, resolved role phrases and back-references."""

    def __init__(self, record: Record):
        self.record = record
        by_id = {a.id: a for a in record.actors}
        self.by_id = by_id
        self.items: list[_M] = []
        self.country_actor: dict[str, str] = {}
        ents = record.entities
        last_person_by_text: dict[str, str] = {}
        for e in ents:
            actor = e.actor
            if actor is None and e.type == "PER":
                # a later short mention (بيسكوف) of a person named in full before
                actor = last_person_by_text.get(normalize(e.text))
            if e.type == "PER" and " " in e.text.strip() and (actor is None or _unknown(by_id.get(actor))):
                # two names the tagger ran together (أخبر باتروشيف سوليفان): split them when
                # every word is the surname of a different person named before
                parts = _split_run_together(e, last_person_by_text)
                if parts:
                    self.items.extend(parts)
                    continue
            if e.type == "PER" and actor is not None:
                words = normalize(e.text).split()
                for k in range(len(words)):
                    last_person_by_text[" ".join(words[k:])] = actor
            self.items.append(_M(e.start, e.end, actor, e.type == "PER" or bool(actor and by_id.get(actor) and by_id[actor].type == "PER")))
        self._add_roles()
        self.items.sort(key=lambda m: m.start)
        self.quotes: list[Quote] = []

    @classmethod
    def of(cls, record: Record) -> "Mentions":
        key = (len(record.entities), len(record.actors), len(record.text))
        cached = record.meta.get("_mentions")
        if cached is not None and cached[0] == key:
            m = cached[1]
        else:
            m = cls(record)
            record.meta["_mentions"] = (key, m)
        m.quotes = record.quotes
        return m

    # role phrases: الرئيس الأمريكي, الجانب الروسي, المجلس (the council named before)
    def _add_roles(self) -> None:
        rec = self.record
        if not rec.actors:
            return
        mask = bytearray(len(rec.text) + 1)
        for m in self.items:
            mask[m.start:m.end] = b"\x01" * (m.end - m.start)
        toks, norms, _ = token_view(rec)
        ent_by_start = sorted(self.items, key=lambda m: m.start)
        person_country: dict[str, list[tuple[int, str]]] = {}
        for m in ent_by_start:
            a = self.by_id.get(m.actor)
            if a is not None and a.country and m.person:
                person_country.setdefault(a.country, []).append((m.start, m.actor))
        country_actor: dict[str, str] = {}
        for m in ent_by_start:
            a = self.by_id.get(m.actor)
            if a is not None and a.country and (a.type in ("LOC", "country") or not m.person) and a.country not in country_actor:
                ent = next((e for e in rec.entities if e.start == m.start), None)
                if ent is not None and ent.type == "LOC":
                    country_actor[a.country] = m.actor
        self.country_actor = country_actor
        orgs = [(_no_article(normalize(e.text).split()[0]), e.start, e.actor)
                for e in rec.entities if e.type == "ORG" and e.actor and e.text.strip()]

        def is_covered(s, e):
            return 1 in mask[s:e]

        def cover(s, e):
            mask[s:e] = b"\x01" * (e - s)

        for i, (t, w) in enumerate(zip(toks, norms)):
            core = w[1:] if w[:1] in "وفل" and (w[1:] in _PERSON_TITLES or w[1:] in _COLLECTIVE_TITLES) else w
            if is_covered(t.start, t.end):
                continue
            made = False
            if core in _PERSON_TITLES or core in _COLLECTIVE_TITLES:
                for k in range(i + 1, min(i + 4, len(toks))):
                    c = nisba_country(norms[k])
                    if c is None:
                        continue
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    # apposition: الرئيس الروسي فلاديمير بوتين -> the name is the mention
                    if nxt is not None and any(m.start <= nxt.start < m.end + 2 and m.person for m in self.items if m.start >= t.start) \
                            and core in _PERSON_TITLES:
                        break
                    if nxt is not None and norms[k + 1] in ("“", '"', "«") and k + 2 < len(toks) and is_covered(toks[k + 2].start, toks[k + 2].end):
                        break
                    actor = None
                    if core in _PERSON_TITLES:
                        cands = person_country.get(c, [])
                        title = core[2:] if core.startswith("ال") else core
                        titled = [a for s, a in cands if title in rec.text[max(0, s - 30): s] or
                                  normalize(title) in normalize(rec.text[max(0, s - 40): s])]
                        if titled:
                            actor = titled[0]
                        elif cands:
                            before = [a for s, a in cands if s < t.start]
                            actor = before[-1] if before else cands[0][1]
                    else:
                        actor = country_actor.get(c)
                    if actor:
                        self.items.append(_M(t.start + (len(t.text) - len(t.text.lstrip("وفل")) if core != w else 0), toks[k].end, actor, core in _PERSON_TITLES))
                        cover(t.start, toks[k].end)
                        made = True
                    break
            if made:
                continue
            if w.startswith("ال") and nisba_country(w) and i > 0 and norms[i - 1].startswith(("ال", "وال", "بال", "لل")) \
                    and norms[i - 1] not in _PERSON_TITLES and not is_covered(toks[i - 1].start, toks[i - 1].end):
                # التدخل الأمريكي: a nationality adjective on a plain noun stands for the country
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and any(m.person and m.start <= nxt.start < m.end for m in self.items):
                    continue
                actor = country_actor.get(nisba_country(w))
                if actor:
                    self.items.append(_M(t.start, t.end, actor, False))
                    cover(t.start, t.end)
            elif w.startswith(("ال", "وال", "فال")) and len(w) > 4 and (i + 1 >= len(norms) or not nisba_country(norms[i + 1])):
                # وقال المجلس -> the council named before (not المجلس الأعلى: a new name)
                head = w[w.index("ال") + 2:]
                hits = [(s, a) for h, s, a in orgs if h == head and s < t.start]
                if hits:
                    self.items.append(_M(t.start + w.index("ال"), t.end, hits[-1][1], False))
                    cover(t.start, t.end)

    def units_in(self, toks: list[Token]) -> list[Unit]:
        if not toks or not self.items:
            return []
        a, b = toks[0].start, toks[-1].end
        out: list[Unit] = []
        ti = 0
        for m in self.items:
            if m.end <= a or m.start >= b:
                continue
            while ti < len(toks) and toks[ti].end <= m.start:
                ti += 1
            if ti >= len(toks):
                break
            first = ti
            last = first
            while last + 1 < len(toks) and toks[last + 1].start < m.end:
                last += 1
            glued = normalize(self.record.text[toks[first].start:m.start]) if m.start > toks[first].start else ""
            out.append(Unit(first, last, m.actor, m.person, glued))
        return out

    def is_whole_mention(self, start: int, end: int) -> bool:
        """``text[start:end]`` is exactly one entity (a quoted name, not a quotation)."""
        return any(m.start == start and m.end == end for m in self.items)

    def has_mention_at(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.items)

    def in_span(self, start: int, end: int) -> list[_M]:
        return [m for m in self.items if start <= m.start and m.end <= end]

    def quote_at(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= pos < q.end:
                return q
        return None


# --- quotation marks ---------------------------------------------------------------------------

_QUOTE_CHARS = re.compile('[“«„‹"”]')
_CLOSING = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"', "”": "”"}


def quote_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Inner spans of quotations in ``text[a:b]`` (balanced pairs; " and ” pair with themselves:
    some sites open with a closing mark)."""
    out = []
    i = a
    while True:
        m = _QUOTE_CHARS.search(text, i, b)
        if m is None:
            return out
        i = m.start()
        j = text.find(_CLOSING[m.group()], i + 1, b)
        if j < 0:
            i += 1
            continue
        out.append((i + 1, j))
        i = j + 1


# --- the stage ----------------------------------------------------------------------------------

@register("marsad.quotes.v1")
class QuotesStage(Stage):
    """Direct, indirect and mixed reported speech with speaker, addressee and channel."""

    name = "quotes"
    requires = ("sentences", "entities", "actors")
    provides = ("quotes",)
    arabic_only = True

    def __call__(self, record: Record) -> Record:
        record.quotes = extract_quotes(record)
        return record


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    strip = " \t\n،,.:;؛\"“”«»'"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip:
        e -= 1
    return s, e


def extract_quotes(record: Record) -> list[Quote]:
    cues = _cue_forms()
    text = record.text
    mentions = Mentions.of(record)
    quotes: list[Quote] = []
    last_speaker: tuple[str | None, str | None, int] | None = None   # (actor, surface, sentence)
    for si, sent in enumerate(record.sentences):
        toks, norms = sentence_tokens(record, sent.start, sent.end)
        if not toks:
            continue
        qspans = quote_spans(text, sent.start, sent.end)
        inside_quote = lambda pos: any(qa <= pos < qb for qa, qb in qspans)  # noqa: E731
        sent_quotes: list[Quote] = []

        def accept(q: Quote, i: int) -> int:
            """Keep ``q``; the next token to read is the one after its content (or after the cue
            when the quotation came first)."""
            sent_quotes.append(q)
            i += 1
            while i < len(toks) and toks[i].start < q.end:
                i += 1
            return i

        i = 0
        while i < len(toks):
            w = norms[i]
            lemma = _cue_lemma(w, cues)
            part = _PARTICIPLES.get(w[1:] if w[:1] == "و" else w)
            if part is not None and i > 0 and not inside_quote(toks[i].start):
                # ...، قائلا: "..." / مشيرا إلى أن ...: the sentence's speaker goes on
                q = _from_cue(record, toks, norms, i, part, qspans, mentions, None, si)
                if q is not None:
                    if sent_quotes and sent_quotes[-1].speaker_text:
                        q.speaker, q.speaker_text = sent_quotes[-1].speaker, sent_quotes[-1].speaker_text
                    else:
                        sp, st = _sentence_subject(text, toks, norms, i, mentions)
                        if st is None and last_speaker is not None:
                            sp, st = last_speaker[0], last_speaker[1]
                        q.speaker, q.speaker_text = sp, st
                    q.addressee = None
                    last_speaker = (q.speaker, q.speaker_text, si)
                    i = accept(q, i)
                    continue
            if w in ("جاء", "وجاء") and i + 2 < len(toks) and norms[i + 1] == "في" and _doc_stem(norms[i + 2]) \
                    and not inside_quote(toks[i].start):
                # وجاء في البيان: "..." : the body that issued the statement speaks
                q = _from_cue(record, toks, norms, i, "قال", qspans, mentions, None, si)
                if q is not None:
                    q.speaker_text = toks[i + 2].text
                    q.speaker = _document_issuer(record, mentions, toks[i].start) or (last_speaker[0] if last_speaker else None)
                    q.addressee, q.channel = None, None
                    last_speaker = (q.speaker, q.speaker_text, si)
                    i = accept(q, i)
                    continue
            if lemma is not None and i == 0 and w in _EDITORIAL:
                lemma = None     # يذكر أن / ويذكر أن: the writer's background note, not reported speech
            if lemma is not None and not inside_quote(toks[i].start):
                q = _from_cue(record, toks, norms, i, lemma, qspans, mentions, last_speaker, si)
                if q is not None:
                    last_speaker = (q.speaker, q.speaker_text, si)
                    i = accept(q, i)
                    continue
            core = w[1:] if w[:1] in "و" and w[1:] in _ATTRIB_BEFORE else w
            if core in _ATTRIB_BEFORE and not inside_quote(toks[i].start) and not (core == "كما" and i <= 1):
                q = _from_attribution(record, toks, norms, i, core, cues, mentions, last_speaker)
                if q is not None:
                    sent_quotes.append(q)
                    last_speaker = (q.speaker, q.speaker_text, si)
                    i += 1
                    continue
            i += 1
        # a paragraph that is only a quotation continues the previous speaker
        if not sent_quotes and qspans and last_speaker is not None and si - last_speaker[2] <= 2:
            qa, qb = qspans[0]
            if qa - sent.start <= 2 and len(text[qa:qb].split()) >= 5:
                s, e = _strip_span(text, qa, qb)
                sent_quotes.append(Quote(last_speaker[0], last_speaker[1], None, None, "direct", text[s:e], s, e, None))
                last_speaker = (last_speaker[0], last_speaker[1], si)
        quotes.extend(sent_quotes)
    return quotes


def cues_lemma_bare(w: str) -> str | None:
    """The cue lemma of a verb written without a conjunction (قال, not وقال)."""
    return _cue_forms().get(w)


def _cue_lemma(w: str, cues: dict[str, str]) -> str | None:
    if w in cues:
        return cues[w]
    if w in ("وتابع", "وتابعت"):
        return "تابع"        # bare تابع is also "followed"; وتابع opens a continuation of speech
    if w[:1] in "وف" and w[1:] in cues:
        return cues[w[1:]]
    return None


def _speaker_from(record: Record, toks: list[Token], norms: list[str], a: int, b: int, mentions: Mentions,
                  last_speaker) -> tuple[str | None, str | None, str | None, str | None, int]:
    """Resolve the speaker phrase ``toks[a:b]``: ``(speaker, speaker_text, addressee, channel, b')``."""
    text = record.text
    channel = None
    keep: list[int] = []
    k = a
    while k < b:
        w = norms[k]
        core = w[1:] if w[:1] == "ل" else w
        if w[:1] == "ل" and (core in _CHANNEL_NOUNS or (k + 1 < b and w == "ل")):
            # لوكالة “سبوتنيك” / لقناة الجزيرة -> channel = the name
            j = k + 1
            while j < b and norms[j] in ("“", "”", '"', "«", "»", "ـ", "-"):
                j += 1
            e = j
            while e < b and norms[e] not in _BREAK and norms[e] not in ("“", "”", '"', "«", "»") and e - j < 4:
                if e > j and (norms[e].startswith("و") or norms[e] in _COMPLEMENTIZERS):
                    break
                e += 1
            if e > j:
                channel = text[toks[j].start:toks[e - 1].end]
            k = e + 1 if e < b and norms[e] in ("”", '"', "»") else e
            continue
        if w in _SKIP_PP or w[:1] in "ب" and core in _SKIP_PP:
            # في بيان / ردا على السؤال / أمس : adverbials, not the speaker
            j = k + 1
            through = w in _ADDRESSING_PP or w[1:] in _ADDRESSING_PP
            while j < b and norms[j] not in _BREAK and j - k < 6 and norms[j] not in ("“", "”", '"', "«", "»") \
                    and (through or not mentions.has_mention_at(toks[j].start, toks[j].end)) \
                    and not (norms[j][:1] == "ل" and norms[j][1:] in _CHANNEL_NOUNS):
                j += 1   # (في تصريحات لصحيفة X: stop at the medium, which is the channel)
            k = j
            continue
        if w in _BREAK or w in ("“", "”", '"', "«", "»"):
            k += 1
            continue
        keep.append(k)
        k += 1
    if len(keep) >= 3 and _is_document(toks[keep[0]].text) and norms[keep[1]] in ("الصادر", "صادر", "الصادره", "صادره") \
            and norms[keep[2]] in ("عن", "من"):
        keep = keep[3:]      # البيان الصادر عن وزارة الإعلام: the ministry speaks
    if not keep:
        if last_speaker is not None:
            return last_speaker[0], last_speaker[1], None, channel, b
        return None, None, None, channel, b
    s, e = toks[keep[0]].start, toks[keep[-1]].end
    if e < len(text) and text[e] in "”»\"" and text.count(text[e], s, e) % 2 == (1 if text[e] == '"' else 0) \
            and any(c in text[s:e] for c in "“«\""):
        e += 1   # keep the closing mark of a quoted name: “دميتري بيسكوف”
    # drop the conjunction glued to the cue's subject
    units = [u for u in mentions.units_in(toks[a:b])]
    speaker = None
    addressee = None
    persons = [u for u in units if u.person]
    if persons:
        speaker = persons[-1].actor
        # أخبر X Y أن: two names, the second is the addressee
    elif normalize(text[s:e]).split()[0] in _PERSON_TITLES and len(text[s:e].split()) >= 2 \
            and (named := _named_holder(record, mentions, normalize(text[s:e]))):
        # الرئيس الفلبيني with no name here: the person the article names right after the same title
        speaker = named
    elif not units and len(keep) <= 3 and _MILITARY & set(norms[k] for k in keep) \
            and (norms[keep[0]] in _PERSON_TITLES or norms[keep[0]] in _SOURCES):
        # متحدث عسكري / مصدر عسكري: the one state military the article names
        mil = [x.id for x in record.actors if x.sector == "MIL" and x.type == "ORG"]
        speaker = mil[0] if len(mil) == 1 else None
    elif units:
        speaker = units[0].actor
        # المتحدث باسم الحكومة الأردنية: the spokesperson named elsewhere in the article, else the body
        role = normalize(text[s:toks[b - 1].end if b > a else e])
        if "باسم" in role.split():
            named = _named_holder(record, mentions, role[role.index("باسم"):])
            speaker = named or speaker
    return speaker, text[s:e], addressee, channel, b


_MILITARY = {"عسكري", "العسكري"}
_SOURCES = {"مصدر", "المصدر", "مصادر", "المصادر"}
_HONORIFICS = {normalize(x) for x in ("الدكتور", "د.", "السيد", "السيدة", "الشيخ", "اللواء", "العميد", "العقيد",
                                       "الفريق", "المهندس", "الأستاذ", "القاضي", "الجنرال", "الأمير")}


def _named_holder(record: Record, mentions: "Mentions", role_tail: str) -> str | None:
    """A person whose mention follows the same role words somewhere in the article
    (المتحدث باسم الحكومة الأردنية محمد المومني)."""
    norm_text, offs = normalize_with_offsets(record.text)
    start = 0
    while (i := norm_text.find(role_tail, start)) >= 0:
        start = i + 1
        end = offs[i + len(role_tail) - 1] + 1
        for m in mentions.items:
            if m.person and m.actor and end <= m.start <= end + 20 and \
                    not set(normalize(record.text[end:m.start]).split()) - _HONORIFICS - {"،", ",", "-", "–", "#"}:
                return m.actor    # المتحدث باسم الحكومة، الدكتور محمد ...
    return None


def _from_cue(record, toks, norms, i, lemma, qspans, mentions, last_speaker, si) -> Quote | None:
    text = record.text
    n = len(toks)
    cue = toks[i].text
    if cue[:1] in "وف" and (normalize(cue[1:]) in _cue_forms() or normalize(cue) in ("وتابع", "وتابعت")):
        cue = cue[1:]
    # find the complementiser / quotation / colon that opens the content
    j = i + 1
    opener = None
    np_end = None
    limit = min(n, i + 22)
    while j < limit:
        w = norms[j]
        if w in _COMPLEMENTIZERS:
            opener = ("comp", j)
            break
        if w in ("“", "«", '"', "”") and not _names_a_channel(norms, j) and any(
                qa == toks[j].end and not mentions.is_whole_mention(qa, qb)
                and (len(text[qa:qb].split()) >= 3 or not text[qb + 1:toks[-1].end].strip(" .،!؟\"”»"))
                for qa, qb in qspans):
            opener = ("quote", j)
            break
        if w == ":":
            opener = ("colon", j)
            break
        if lemma in _ABOUT and w == "عن":
            opener = ("to", j)
            break
        if lemma in _POINTING and w in ("الي", "لي"):
            # أشار إلى أن ... / أشار إلى X / دعا إلى X (not دعا X إلى قمة: an invitation)
            if lemma == "دعا" and j + 1 < n and (token_cores_n(norms[j + 1]) & _VENUES):
                break
            np_end = j
            opener = ("comp", j + 1) if j + 1 < n and norms[j + 1] in _COMPLEMENTIZERS else ("to", j)
            break
        if lemma in ("حث", "شدد") and w == "علي":
            np_end, opener = j, ("to", j)
            break
        if lemma == "اتهم" and len(w) > 3 and w[0] == "ب" and w not in _COMPLEMENTIZERS and j > i + 1:
            np_end, opener = j, ("bare", j)
            break
        if w == "،" and lemma in ("اضاف", "تابع", "قال", "استطرد") and j - i <= 7 \
                and not any(x in _COMPLEMENTIZERS or x == ":" for x in norms[j + 1:]):
            opener = ("comma", j)   # وأضاف المجلس في مارس، دُعي ... (not an apposition comma)
            break
        if j > i + 1 and _cue_lemma(w, _cue_forms()) is not None and w[:1] == "و":
            break
        if j > i + 1 and (w[1:] if w[:1] == "و" else w) in _PARTICIPLES:
            break   # ...، قائلا: the participle opens its own quotation   # وأعلن X تأييده ... وقال: the second cue opens its own quotation
        if w in (".", "؟", "!"):
            break
        j += 1
    if opener is None:
        q = _quote_before_cue(record, toks, norms, i, cue, qspans, mentions, last_speaker)
        if q is None and lemma in _NP_OBJECT:
            q = _noun_object(record, toks, norms, i, cue, mentions)
        return q
    kind_open, j = opener
    if lemma == "كتب" and kind_open not in ("quote", "colon"):
        return None   # كتب is also "books" and "wrote (a book)": only a written quotation counts
    a, b = i + 1, (np_end if np_end is not None else j)
    if lemma == "تضمن" and not (a < b and _is_document(toks[a].text)):
        return None   # تضمن بيان/تقرير ... أن: only a document's content is reported speech
    speaker, speaker_text, addressee, channel, _ = _speaker_from(record, toks, norms, a, b, mentions, None)
    if speaker_text is None and i > 0:
        # وأعلن الحزب تأييده ... وقال: "..." / وكان X قد قال / نددت تركيا بالتقرير، وقالت إنه:
        # the subject of the sentence's first verb (after a dateline: دبي، ... (CNN) – أدانت X)
        speaker, speaker_text = _sentence_subject(text, toks, norms, i, mentions)
    if speaker_text is None and last_speaker is not None:
        speaker, speaker_text = last_speaker[0], last_speaker[1]
    if speaker is None and _is_document(speaker_text):
        # وأضاف البيان: the body that issued the statement, else the body quoted before
        speaker = _document_issuer(record, mentions, toks[i].start) or (last_speaker[0] if last_speaker else None)
    if speaker_text is not None and normalize(speaker_text) in _PRONOUN_PP:
        # والتي ادعى فيها أن: the subject is the person just named in the sentence
        persons = [u for u in mentions.units_in(toks[:i]) if u.person]
        if persons:
            speaker = persons[-1].actor
            speaker_text = text[toks[persons[-1].first].start:toks[persons[-1].last].end]
        elif last_speaker is not None:
            speaker, speaker_text = last_speaker[0], last_speaker[1]
    if lemma == "نقل":
        # نقلت وكالة سانا عن مصدر في وزارة الخارجية قوله: the medium relays, the source speaks
        an = next((k for k in range(a, b) if norms[k] == "عن"), None)
        if an is not None:
            channel = text[toks[a].start:toks[an - 1].end].strip(" ،,") if an > a else channel
            speaker, speaker_text, _, _, _ = _speaker_from(record, toks, norms, an + 1, b, mentions, None)
            if speaker_text and normalize(speaker_text).split()[-1] in ("قوله", "قولها", "قولهم"):
                speaker_text = speaker_text.rsplit(" ", 1)[0]
    if lemma in _ADDRESSING:
        units = mentions.units_in(toks[a:b])
        if len(units) >= 2:
            speaker, addressee = units[0].actor, units[1].actor
            speaker_text = text[toks[a + units[0].first].start:toks[a + units[0].last].end]
            ent = next((e for e in record.entities if e.start >= toks[a + units[0].first].start), None)
            if ent is not None and ent.end <= toks[a + units[0].last].end:
                speaker_text = ent.text
    # content
    cs = toks[j].start if kind_open == "bare" else toks[j].end
    if kind_open == "quote":
        qa, qb = next((qa, qb) for qa, qb in qspans if qa == toks[j].end)
        s, e = _strip_span(text, qa, qb)
        tail = text[qb + 1: toks[-1].end].strip(" .،\"”»")
        kind = "direct" if len(tail.split()) <= 2 else "mixed"
        if kind == "mixed":
            e = _strip_span(text, qa, toks[-1].end)[1]
    else:
        end_tok = len(toks) - 1
        for k in range(j + 1, len(toks) - 1):
            # أفاد بأن ...، قال أردوغان: a comma and a bare cue verb start another speaker's quotation
            if norms[k] == "،" and not any(qa <= toks[k].start < qb for qa, qb in qspans) \
                    and cues_lemma_bare(norms[k + 1]) in ("قال", "اضاف", "اكد", "تابع", "اوضح"):
                end_tok = k - 1
                break
        s, e = _strip_span(text, cs, toks[end_tok].end)
        inner = [q for q in qspans if s <= q[0] and q[1] <= e]
        if inner and inner[0][0] - s <= 2 and inner[0][1] >= e - 2:
            kind = "direct"
        elif inner and any(len(text[qa:qb].split()) >= 1 for qa, qb in inner):
            kind = "mixed"
        else:
            kind = "indirect"
    if e - s < 3:
        return None
    if kind_open == "comp" and speaker_text and normalize(speaker_text).split()[0] in _CHANNEL_NOUNS:
        # ذكرت الوكالة أن الرئيس "قال إن ...": the agency relays, the person it quotes speaks
        k = j + 1
        inner = [u for u in mentions.units_in(toks[k:min(len(toks), k + 6)]) if u.person and u.first == 0]
        if inner:
            after = k + inner[0].last + 1
            while after < len(toks) and norms[after] in ("“", "”", '"', "«", "»"):
                after += 1
            if after < len(toks) and cues_lemma_bare(norms[after]) in ("قال", "اكد", "اضاف", "اوضح", "اعلن", "اشار"):
                channel = speaker_text
                speaker = inner[0].actor
                speaker_text = text[toks[k].start:toks[k + inner[0].last].end]
    if lemma in ("وصف", "تمني") and kind == "indirect" and kind_open != "comp":
        return None
    if speaker is None and speaker_text is None and lemma in ("راي", "اعتبر", "ذكر", "كشف"):
        return None
    return Quote(speaker, speaker_text, addressee, cue, kind, text[s:e], s, e, channel)


_DASHES = {"–", "-", "—", "ـ"}


def _sentence_subject(text, toks, norms, i, mentions) -> tuple[str | None, str | None]:
    """The actor named right after the sentence's first verb, before the cue at ``i``."""
    start = 0
    for k in range(min(i, 14)):
        if norms[k] in _DASHES or toks[k].text in _DASHES:
            start = k + 1          # a dateline ends with a dash
    before = [u for u in mentions.units_in(toks[start:i]) if u.first <= 3]
    if not before:
        # نفى المتحدث باسم الحكومة، ...، ومشيرا إلى أن: a role phrase right after the first verb
        k = start + 1
        if k < i and (norms[k] in _PERSON_TITLES or norms[k] in _COLLECTIVE_TITLES):
            e = k
            while e < i and norms[e] not in _BREAK:
                e += 1
            sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, k, e, mentions, None)
            if sp is not None:
                return sp, st
        return None, None
    u = before[0]
    return u.actor, text[toks[start + u.first].start:toks[start + u.last].end]


_NP_OBJECT = {"نفي", "اعلن", "اكد"}
_TIME_WORDS = {normalize(x) for x in ("الخميس", "الجمعة", "السبت", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء",
                                      "اليوم", "أمس", "الليلة", "مساء", "صباح", "يوم", "،")}


def _noun_object(record, toks, norms, i, cue, mentions) -> Quote | None:
    """نفت الحكومة السورية ضلوعها في الهجوم / أعلنت الولايات المتحدة الخميس فرض عقوبات: a named
    subject right after the verb, then a noun object as the reported content."""
    text = record.text
    units = [u for u in mentions.units_in(toks[i + 1:min(len(toks), i + 10)])]
    if not units or units[0].first != 0 or units[0].glued:
        return None
    k = i + 1 + units[0].last + 1
    while k < len(toks) and norms[k] in _TIME_WORDS:
        k += 1
    if k >= len(toks) or norms[k] in _BREAK or _cue_lemma(norms[k], _cue_forms()) is not None:
        return None
    end = len(toks) - 1
    for m in range(k, len(toks)):
        if norms[m] in (".", "؟", "!", ";", "؛"):
            end = m - 1
            break
    s, e = _strip_span(text, toks[k].start, toks[end].end)
    if len(text[s:e].split()) < 3:
        return None
    u = units[0]
    return Quote(u.actor, text[toks[i + 1 + u.first].start:toks[i + 1 + u.last].end], None, cue, "indirect",
                 text[s:e], s, e, None)


def _quote_before_cue(record, toks, norms, i, cue, qspans, mentions, last_speaker) -> Quote | None:
    """«...»، قال المتحدث: a quotation closed just before the cue, the speaker after it."""
    text = record.text
    head = toks[i].start
    prev = [(qa, qb) for qa, qb in qspans if qb < head and not text[qb + 1:head].strip(" ،,:-–")]
    if not prev or len(text[prev[-1][0]:prev[-1][1]].split()) < 2:
        return None
    qa, qb = prev[-1]
    e = i + 1
    while e < len(toks) and norms[e] not in _BREAK and e - i <= 10:
        e += 1
    speaker, speaker_text, _, channel, _ = _speaker_from(record, toks, norms, i + 1, e, mentions, last_speaker)
    s, t = _strip_span(text, qa, qb)
    if t - s < 3:
        return None
    return Quote(speaker, speaker_text, None, cue, "direct", text[s:t], s, t, channel)


def _names_a_channel(norms: list[str], j: int) -> bool:
    """The quotation mark at ``j`` opens a medium's name (لصحيفة "ميل أون صنداي")."""
    prev = norms[j - 1] if j else ""
    return prev[:1] == "ل" and prev[1:] in _CHANNEL_NOUNS


def _np_len(norms, a, j) -> int:
    return j - a


_DOCUMENTS = {normalize(x) for x in ("البيان", "بيان", "بيانه", "بيانها", "التقرير", "تقرير", "تقريره", "تقريرها",
                                      "الرسالة", "الوثيقة", "المذكرة", "الإعلان", "التصريح", "النص")}


def _is_document(speaker_text: str | None) -> bool:
    """للبيان / التقرير / وأضاف البيان: a document that stands for whoever issued it."""
    if not speaker_text:
        return False
    words = normalize(speaker_text).split()
    if len(words) != 1:
        return False
    w = words[0]
    for pre in ("", "و", "ل", "ب", "ف", "ول", "وب"):
        if w.startswith(pre) and (w[len(pre):] in _DOCUMENTS or "ال" + w[len(pre):] in _DOCUMENTS or
                                  (pre.endswith("ل") and "ا" + w[len(pre):] in _DOCUMENTS)):
            return True
    return False


_DOC_STEMS = {"تقرير", "بيان"}
# بيان صادر عن X / بيان نشرته X / تقرير أصدرته X
_ISSUED = {normalize(x) for x in ("الصادر", "صادر", "الصادرة", "صادرة", "عن", "من", "ل", "لـ", "نشرته", "نشرها",
                                  "أصدرته", "أصدرها", "أصدره", "أصدرتها", "وزعته", "وزعتها")}


def _doc_stem(w: str) -> bool:
    for pre in ("", "و", "ب", "ل", "ف", "وب", "ول"):
        if not w.startswith(pre):
            continue
        x = w[len(pre):]
        x = x[2:] if x.startswith("ال") else (x[1:] if pre.endswith("ل") and x.startswith("ل") else x)
        for suf in ("", "ا", "ه", "ها", "هم"):
            if x.endswith(suf) and x[:len(x) - len(suf)] in _DOC_STEMS:
                return True
    return False


def _document_issuer(record: Record, mentions: "Mentions", pos: int) -> str | None:
    """The body that issued the latest statement/report named before ``pos``: قالت X في بيان،
    X، التي نشرت تقريرا، بيان صادر عن X، تقرير لـX."""
    toks, norms, _ = token_view(record)
    idx = [t for t in range(len(toks)) if toks[t].end <= pos and _doc_stem(norms[t])]
    for t in reversed(idx):
        # after: بيان صادر عن X / تقرير لـX
        k = t + 1
        while k < len(toks) and k <= t + 3 and norms[k] in _ISSUED:
            k += 1
        if k < len(toks) and (k > t + 1 or norms[k][:1] == "ل"):
            hit = [m for m in mentions.items if m.actor and not m.person and m.start <= toks[k].start < m.end + 1
                   and m.start >= toks[k].start - 1]
            if hit:
                return hit[0].actor
        # before, in the same sentence: X ... في بيان / X، التي نشرت تقريرا
        lo = t
        while lo > 0 and t - lo < 15 and norms[lo - 1] not in (".", "!", "؟", "?") and "\n" not in record.text[toks[lo - 1].end:toks[lo].start]:
            lo -= 1
        before = [m for m in mentions.items if m.actor and not m.person and toks[lo].start <= m.start and m.end <= toks[t].start]
        if before:
            return before[-1].actor
    return None


def _from_attribution(record, toks, norms, i, core, cues, mentions, last_speaker=None) -> Quote | None:
    """``X، حسبما ذكر Y`` / ``وفق Y`` / ``بحسب Y، X`` / ``نقلا عن Y``."""
    text = record.text
    n = len(toks)
    j = i + 1
    if core in ("حسبما", "كما"):
        if j >= n or _cue_lemma(norms[j], cues) is None:
            return None
        j += 1
    elif core in ("وفقا", "طبقا"):
        if j < n and norms[j] in ("ل", "لـ"):
            j += 1
    elif core == "نقلا":
        if j < n and norms[j] == "عن":
            j += 1
        else:
            return None
    # بحسب ما قاله X / وفقا لما ذكرته X / حسب ما أفاد به X: the relative clause is not the speaker
    if j + 1 < n and norms[j] in ("ما", "لما") and any(_cue_lemma(norms[j + 1][:len(norms[j + 1]) - c], cues) is not None
                                                       for c in (0, 1, 2, 3)):
        j += 2
        if j < n and norms[j] in ("به", "بها"):
            j += 1
    # speaker phrase: up to the next break
    e = j
    while e < n and norms[e] not in _BREAK and e - j < 8:
        e += 1
    if e == j:
        return None
    speaker, speaker_text, _, channel, _ = _speaker_from(record, toks, norms, j, e, mentions, None)
    if speaker_text is None and channel is not None:
        # وفقا لوكالة الأنباء X / بحسب صحيفة X: the medium is the source itself
        units = mentions.units_in(toks[j:e])
        speaker = units[0].actor if units else None
        speaker_text = _strip_span(text, toks[j].start + (1 if norms[j][:1] == "ل" else 0), toks[e - 1].end)
        speaker_text = text[speaker_text[0]:speaker_text[1]]
        channel = None
    if speaker is None and not speaker_text:
        return None
    if speaker is None and _is_document(speaker_text):
        # وفقا للبيان: the body that issued the statement, else the body quoted before
        speaker = _document_issuer(record, mentions, toks[i].start) or (last_speaker[0] if last_speaker else None)
    if i <= 1:
        # attribution first: بحسب X، content
        s, end = _strip_span(text, toks[e].end if e < n else toks[-1].end, toks[-1].end)
    else:
        s, end = _strip_span(text, toks[0].start, toks[i - 1].end)
        # the content starts after a leading connective (ومن ناحية أخرى ،)
    if end - s < 3:
        return None
    cue_start = toks[i].start + (1 if norms[i] != core and norms[i][:1] == "و" else 0)
    cue = text[cue_start:toks[min(j, n) - 1].end]
    return Quote(speaker, speaker_text, None, cue, "indirect", text[s:end], s, end, channel)
