"""Named entities (PER, ORG, LOC, MISC) with exact offsets into ``record.text``.

The trained tagger (:mod:`marsad.ner`, profile ``accurate`` or ``fast``) labels the tokens
of each sentence; spans are then trimmed so that attached proclitics never leak into a
mention (وبايدن -> بايدن, لوكالة “سبوتنيك” -> سبوتنيك, للقمة -> القمة is *not* produced: the
span starts after the clitic, at لقمة's first letter only when the article is written).
Dictionary matches from the actor knowledge base (:mod:`marsad.kb`) fill in names the
tagger missed, where they overlap nothing the tagger found.
"""
from __future__ import annotations

import logging
import re

from ..kb.names import NAMED_AFTER_NOUNS, NAMED_AFTER_TAILS, NAMED_AFTER_TITLES
from ..pipeline import Stage, register
from ..record import Entity, Record
from ..resources import load_word_counts
from ..text import (DIACRITICS, NOUN_PROCLITICS, OUTLET_NOUNS, PROCLITICS, TATWEEL, is_arabic_letter, is_outlet_noun,
                    normalize, split_proclitics, tokenize)
from .actors import _COMMON_NAME_WORDS, KOREA_SIDES, _after_outlet_noun
from .dates import MONTHS, WEEKDAYS
from .quote_mentions import _PERSON_TITLES
from .tokens import HASHTAG_MARKS

log = logging.getLogger(__name__)

_QUOTES = set("\"'“”«»‘’„")
_TRIM_CHARS = set("\"'“”«»‘’„()[]{}،,.:;؛!?؟-–—…")
_LATIN = re.compile(r"[A-Za-z]")


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``[(first_token, last_token_exclusive, type)]`` from BIO tags (stray I- starts a span)."""
    spans, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                spans.append((start, i, kind))
                start, kind = None, None
            if tag != "O":
                start, kind = i, tag[2:]
    return spans


def _coordinated_names(text: str, toks, a: int, b: int, kind: str, known,
                       country=lambda w: False) -> list[tuple[int, int, bool]]:
    """The tagged span ``toks[a:b]`` as ``(start, end, and_glued)`` pieces: two places or bodies
    the tagger ran together over و (برلين ولندن، فرنسا وكندا) are two names when the knowledge base
    knows each as written, and so are two countries side by side (اتهمت قطر السعودية، تتهم الولايات
    المتحدة الصين: the accuser and the accused) when the whole is no name; anything else stays one span."""
    if kind not in ("LOC", "ORG") or b - a < 2:
        return [(a, b, False)]
    for j in range(a + 1, b):
        w = toks[j].text
        if len(w) < 3 or not w.startswith("و"):
            continue
        left = text[toks[a].start:toks[j - 1].end]
        right = text[toks[j].start + 1:toks[b - 1].end]
        if known(left) and known(right):
            return [(a, j, False), (j, b, True)]
    whole = text[toks[a].start:toks[b - 1].end]
    for j in range(a + 1, b):
        left, right = text[toks[a].start:toks[j - 1].end], text[toks[j].start:toks[b - 1].end]
        if country(left) and country(right) and not known(whole):
            return [(a, j, False), (j, b, False)]
    return [(a, b, False)]


def _written_whole(word: str, prefix: str, rest: str) -> bool:
    """A name the news writes whole at least as often as without its first letter: فلورنس (57 : لورنس 10)
    is Florence, not ف + Lawrence.  Only a lone و / ف before a word with no article or hamza is in doubt
    (وأورد is و + a verb however often it is written); وبايدن (rare against بايدن) is و + Biden."""
    if prefix not in ("و", "ف") or normalize(rest).startswith("ال") or rest[:1] in "أإآ":
        return False
    counts = load_word_counts()
    return counts.get(normalize(word), 0) >= max(10, counts.get(normalize(rest), 0))


def strip_clitic_offset(token_text: str, standalone: set[str]) -> int:
    """How many leading characters of an entity's first token are proclitics.

    A prefix is removed when the clitic splitter says so, or when the rest of the word
    appears on its own elsewhere in the article (وبايدن ... بايدن), which settles names the
    corpus frequencies do not know.
    """
    if not token_text or _LATIN.match(token_text):
        return 0
    prefix, rest = split_proclitics(token_text)
    if prefix and _written_whole(token_text, prefix, rest):
        return 0
    if prefix:
        # the article ال is part of the name; لل = ل + (ا)ل keeps the second ل
        return len(prefix)
    for plen in (2, 1):
        head, tail = token_text[:plen], token_text[plen:]
        if len(tail) >= 3 and all(c in PROCLITICS for c in head) and normalize(tail) in standalone:
            return plen
    return 0


# a surname seen this often in ANT news is also an ordinary word or a name the tagger knows
# (الثاني، الأمين، السادس; ترامب، الأسد): only rarer words are taken as the surname of the article's person
_SURNAME_MAX_COUNT = 300
_COALITION_HEADS = {"التحالف", "تحالف"}


#: a name that starts like a proclitic is read whole when the news writes it at least this often
#: relative to the word left without the letter (ليلى 170 : يلي 437; فيرى "then he sees" 22 : يرى 691)
_WHOLE_NAME_RATIO = 0.15


def _proclitic_looking_name(word: str, names) -> bool:
    """ليلى الحداد، لاري كودلو، فيدل، وائل علوان: a name of the name lexicons whose first letter the
    proclitic splitter would cut off; not a clitic before a hamza (وأبو علي، وإيمان) nor one before a
    word the news writes far more often alone (بولي العهد، فيرى ديمتري)."""
    prefix, rest = split_proclitics(word)
    if not prefix or not rest or rest[0] in "أإآ" or normalize(word) not in names:
        return False
    counts = load_word_counts()
    return counts.get(normalize(word), 0) >= _WHOLE_NAME_RATIO * counts.get(normalize(rest), 0)


def _name_like(word: str, kb=None, min_len: int = 3, max_count: int = _SURNAME_MAX_COUNT) -> bool:
    """A normalised word that can stand alone for a person of the article (a rare surname)."""
    if len(word) < min_len or not all(is_arabic_letter(c) for c in word) or word in _COMMON_NAME_WORDS:
        return False
    if word in getattr(kb, "nisba", ()):  # المصري, السوري: an adjective more often than a name
        return False
    return load_word_counts().get(word, 0) < max_count


# words after which a nationality word names the country (في سورية، إلى سورية), not a noun's quality
_BEFORE_PLACE = {"في", "من", "الي", "الى", "علي", "عن", "مع", "ضد", "داخل", "خارج", "بين", "نحو", "تجاه",
                 "حول", "عبر", "و", "او", "ثم", "لدي", "عند", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط"}


def _without_agency_word(text: str, e: Entity, kb) -> Entity:
    """وكالة فرانس برس، صحيفة واشنطن بوست: the outlet is the brand name the knowledge base knows,
    as in the reference gold (سبوتنيك); descriptive names (وكالة الأنباء السعودية) stay whole."""
    if e.type != "ORG" or kb is None or not hasattr(kb, "lookup"):
        return e
    first, _, rest = e.text.partition(" ")
    if normalize(first) not in OUTLET_NOUNS or not rest.strip() or normalize(rest).startswith("ال"):
        return e
    if not any(c.type in ("ORG", "MED") and c.kind == "name" for c in kb.lookup(rest)):
        return e
    start = e.start + len(e.text) - len(rest)
    return Entity(text[start:e.end], start, e.end, e.type)


def _kb_whole_word(kb, word: str) -> list:
    """The KB's entries whose name is ``word`` as written, first letter included -- read as a word of running text
    (after a space), where a first ل is no remnant of لل: alone, لباريس had matched ألباريس (José Manuel Albares'
    surname) as الباريس, so لباريس سان جرمان kept its ل."""
    if kb is None:
        return []
    return [e for s, t, e in kb.find_mentions(" " + word) if s == 1 and t == len(word) + 1]


def _kb_knows(kb, word: str) -> bool:
    """The knowledge base knows ``word`` as a name as written, first letter included."""
    return bool(_kb_whole_word(kb, word))


def _clitic_back_in_name(text: str, entities: list[Entity], kb) -> list[Entity]:
    """A one-word person whose first letter was cut as a proclitic, though the word as written is a word of
    a longer name of the article (فؤاد بوسلامة ... تصريحات بوسلامة: not ب + وسلامة): the letter is the name's
    -- unless what is left is a name the knowledge base knows (التقى بترامب)."""
    words = {normalize(w) for e in entities if e.type == "PER" and len(e.text.split()) > 1 for w in e.text.split()}
    out = []
    for e in entities:
        if e.type == "PER" and " " not in e.text.strip() and e.start > 0 and text[e.start - 1] in PROCLITICS \
                and (e.start == 1 or not text[e.start - 2].isalpha()) and normalize(text[e.start - 1:e.end]) in words \
                and not _kb_knows(kb, e.text):
            e = Entity(text[e.start - 1:e.end], e.start - 1, e.end, e.type)
        out.append(e)
    return out


def _today_not_outlet(text: str, e: Entity, kb) -> Entity:
    """تنجح مساعي روسيا اليوم السبت: a country, then "today" and the weekday -- not the channel روسيا اليوم
    (RT), unless an outlet noun names it (قناة روسيا اليوم الثلاثاء)."""
    words = e.text.split()
    if len(words) < 2 or normalize(words[-1]) != "اليوم" or kb is None or not hasattr(kb, "lookup"):
        return e
    nxt = text[e.end:e.end + 12].split()[:1]
    if not nxt or normalize(nxt[0]) not in WEEKDAYS:
        return e
    before = text[max(0, e.start - 15):e.start].split()[-1:]
    if before and is_outlet_noun(before[0].strip('"«“')):
        return e
    head = e.text[:e.text.rstrip().rfind(" ")].rstrip()
    if not any(getattr(c, "id", "").startswith("C:") for c in kb.lookup(head)):
        return e
    return Entity(text[e.start:e.start + len(head)], e.start, e.start + len(head), "LOC")


_MONTH_NEIGHBOURS = {"الماضي", "المقبل", "الفايت", "القادم", "المنصرم", "الحالي", "الجاري"}


def _clitic_and_word(e: Entity, kb) -> bool:
    """A one-word person that is a proclitic on a hamza-spelt common word, not a name: بأول ("with the
    first": حظي اللبنانيون بأول فرصة) normalises like باول (Powell), but the hamza says أول.  A word that
    is a first name of the knowledge base (بأحمد) is left to the other rules."""
    t = e.text
    if e.type != "PER" or " " in t.strip() or len(t) < 4 or t[0] not in "بلكوف" or t[1] not in "أإ":
        return False
    rest = normalize(t[1:])
    return load_word_counts().get(rest, 0) >= 1000 and rest not in getattr(kb, "name_words", {})


# common words the tagger takes for a name when they stand alone: a kind of place without its name
# (المدينة، ولاية، قصر), the adjective "chemical" after هجوم / أسلحة, "diplomatic" (the words most
# often left as unlinked one-word entities in 2,500 random political ANT articles, session 14)
_COMMON_WORDS = {normalize(w) for w in (
    "المدينة مدينة ريف ولاية جمهورية قصر محافظة المحافظة البلدة القرية كيماوي كيماوية كيميائي كيميائية "
    "كيمياوي كيمياوية دبلوماسية دبلوماسيا دبلوماسي آنذاك "
    # the verb "reported" (حسبما أورد موقع، وفق ما أورد مراسلنا), which the tagger reads as a name, and the
    # honorifics with their pronoun (وقال معاليه، وأكد سموه: the person named before) (session 44)
    "أورد سموه معاليه فخامته سعادته جلالته سماحته").split()}


def _title_tail(rest: str) -> bool:
    """``rest`` (what a tagged span holds after a known name) is one title word with a preposition on
    it: the tagger ran the name into the title after it (لقاء الرئيس عبد الفتاح السيسي بولي العهد)."""
    w = normalize(rest.strip())
    return bool(w) and " " not in w and w[:1] in "بلوف" and w[1:] in _PERSON_TITLES


def _common_word(e: Entity) -> bool:
    """A one-word entity that is one of the common words above."""
    return " " not in e.text.strip() and normalize(e.text) in _COMMON_WORDS


# the benedictions after a ruler's name (حفظه الله، رعاه الله، أيده الله، رحمه الله): a verb with
# its pronoun and the name of God, never a name (the tagger reads them as organisations)
_BLESSING_VERBS = {normalize(w) for w in "حفظ يحفظ رعى رعا يرعى أيد يؤيد رحم يرحم وفق يوفق سدد يسدد نصر ينصر أعز يعز".split()}


def _benediction(e: Entity) -> bool:
    """A two-word entity that is a blessing verb with its pronoun and الله (حفظه الله، رعاه الله)."""
    words = normalize(e.text).split()
    if len(words) != 2 or words[1] != "الله":
        return False
    verb = words[0]
    for suf in ("هما", "هم", "ها", "ه"):
        if verb.endswith(suf) and (verb[:-len(suf)] in _BLESSING_VERBS or verb[:-len(suf)].rstrip("ا") in _BLESSING_VERBS):
            return True
    return False


def _future_verb_of_two(e: Entity) -> bool:
    """A one-word entity that is a dual or plural verb of the event lexicon in the future (ستيفان دي مستورا
    سيعقدان محادثات، ... سيلتقون): the tagger read the verb after coordinated names as one more name.
    Names spelled so (سيمسون، سيروان) are no verb form of the lexicon."""
    w = normalize(e.text.strip())
    if " " in w or not w.endswith(("ان", "ون")) or "س" not in w[:3]:
        return False
    from .events import token_cores, trigger_verb_forms     # (local: the entities stage loads, and registers, before events)

    return bool(token_cores(w)[2] & trigger_verb_forms())     # (the forms left after سـ, وسـ, فسـ)


def _word_of(e: Entity, forms) -> str | None:
    """The one-word entity's normalised word, without one proclitic (لبنين، ودوما), when it is one of
    ``forms``; else None."""
    w = normalize(e.text.strip())
    if w in forms:
        return w
    return w[1:] if w[:1] in PROCLITICS and w[1:] in forms else None


_DOUMA_CONTEXT = ("سوري", "الغوطة", "دمشق", "نابلس", "الضفة")
# place nouns a city's name follows (بقرية دوما، مدينة مشهد الإيرانية), with or without a proclitic
_PLACE_NOUNS_BEFORE = {normalize(w) for w in "مدينة مدن مدينتي قرية بلدة محافظة مطار".split()}


def _after_place_noun(text: str, e: Entity) -> bool:
    """The word before the entity is a place noun (مدينة، بقرية، ومحافظة)."""
    before = text[max(0, e.start - 30):e.start].split()
    w = normalize(before[-1]) if before else ""
    return w in _PLACE_NOUNS_BEFORE or (w[:1] in PROCLITICS and w[1:] in _PLACE_NOUNS_BEFORE)


def _always(text: str, e: Entity) -> bool:
    """دوما is Douma and "always": with tanween (دوماً، دومًا) always the adverb, and a bare دوما too in an
    article that names neither Syria nor the West Bank (تقف دوماً بجانبها، رحبت دوما بمبدأ، سيبقى دوما الحارس:
    about 5% of the word's 2,000 uses in ANT and SaudiNewsNet)."""
    if _word_of(e, ("دوما",)) is None:
        return False
    if _after_place_noun(text, e):
        return False     # (بقرية دوما، مدينة دوما: a place)
    return "\u064b" in e.text or not any(c in text for c in _DOUMA_CONTEXT)


def _guardians(text: str, e: Entity) -> bool:
    """حماة is Hama and "guardians": before a definite noun that is no adjective of the city (حماة الوطن،
    حماة الدين، حماة الأمن; not ريف حماة الشمالي، مطار حماة العسكري، حماة التي) it is the plural noun
    (about 50 such of the word's uses in ANT and SaudiNewsNet)."""
    if _word_of(e, ("حماه",)) is None:
        return False
    m = re.match(r"\s+(\S+)", text[e.end:e.end + 40])
    nxt = normalize(m.group(1)).strip(".,،:;\"')»") if m else ""
    return nxt.startswith("ال") and not nxt.endswith(("ي", "يه", "يين", "يون")) and nxt not in ("التي", "الذي")


# the words after which مالي is the country (في مالي، شمال مالي، حكومة مالي، أن مالي)
_BEFORE_MALI = {normalize(w) for w in (
    "في من إلى الى عن مع بين أن إن شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي بوسط بشمال وشمال لشمال وجنوب "
    "حكومة حكومات جيش سلطات دولة جمهورية شعب وشعب رئيس رئيسة داخل خارج أراضي حدود زار يزور غادر عاصمة بعثة").split()}


def _financial(text: str, e: Entity) -> bool:
    """مالي is Mali and "financial": after an indefinite noun (مبلغ مالي، دعم مالي، فساد مالي، إنقاذ مالي) or
    joined to another adjective (إداري ومالي، اقتصادي ومالي) it is the adjective; after a preposition, a
    direction, a body of the state or another country of a list (في مالي، شمال مالي، حكومة مالي، وتشاد ومالي،
    نيجيريا- مالي) the country (770 uses in ANT and SaudiNewsNet, nearly half of them the adjective)."""
    w = normalize(e.text.strip())
    if w not in ("مالي", "ومالي"):
        return False     # (not لمالي، بمالي: "to / in Mali")
    glued = e.start > 0 and text[e.start - 1] == "و"     # (the و left out of the span: ومالي)
    joined = glued or w == "ومالي"
    m = re.search(r"(\S+)\s+$", text[max(0, e.start - (41 if glued else 40)):e.start - (1 if glued else 0)])
    if m is None:
        return False
    prev = normalize(m.group(1))
    if not prev or not all(is_arabic_letter(c) for c in prev):
        return False     # (a list: نيجيريا- مالي، النيجر، ومالي)
    if joined:
        return prev.endswith("ي") and prev not in _BEFORE_MALI     # (إداري ومالي; not وتشاد ومالي)
    # (مصدر عسكري مالي: after another adjective, the nationality "Malian")
    return prev not in _BEFORE_MALI and not prev.startswith(("ال", "وال")) and not prev.endswith("ي")


def _boys(text: str, e: Entity) -> bool:
    """بنين is Benin and "boys": with the article (البنين، للبنين) always the boys, and bare too next to
    girls (بنين وبنات، مدارس بنين; the schools and colleges of SaudiNewsNet)."""
    w = _word_of(e, ("بنين", "البنين", "لبنين"))
    if w is None:
        return False
    if w != "بنين":
        return True
    around = normalize(text[max(0, e.start - 25):e.end + 25])
    return "بنات" in around or "مدارس" in around or "مدرسه" in around


def _riyal(text: str, e: Entity) -> bool:
    """ريال alone is the currency (عشرين ألف ريال، 900 ريال), never Real Madrid, which the text names with
    its city (ريال مدريد); الريال only with the currency's country after it (الريال السعودي، الريال اليمني)
    -- bare الريال is the club's nickname in sports pages."""
    w = _word_of(e, ("ريال", "ريالا", "الريال"))
    if w != "الريال":
        return w is not None
    m = re.match(r"\s+(\S+)", text[e.end:e.end + 30])
    return bool(m) and normalize(m.group(1)).rstrip("،,.").endswith(("ي", "يه"))


_MASHHAD_AFTER = {normalize(w) for w in "الإيرانية الإيراني شمال شمالي شرق شرقي ثاني".split()}


def _scene(text: str, e: Entity) -> bool:
    """مشهد is Mashhad and "a scene" (في مشهد مليء بالتحديات، إنه مشهد يتكرر، مشهد تنفيذ هجمة: about four in
    five of the word's tagged uses): the city only after مدينة / محافظة, or with Iran, a direction or a
    comma after it (مدينة مشهد الإيرانية، بدأت في مشهد، ثاني أكبر المدن)."""
    w = normalize(e.text.strip())
    if w[:1] in PROCLITICS and (w[1:] == "مشهد" or w[1:].startswith("المشهد")):
        w = w[1:]
    if w.startswith("المشهد"):
        return True      # (المشهد الرياضي، المشهد السياسي: the city takes no article)
    if w != "مشهد":
        return False
    if _after_place_noun(text, e):
        return False
    after = text[e.end:e.end + 30]
    m = re.match(r"\s*(\S+)", after)
    nxt = m.group(1) if m else ""
    return not (after[:1] in "،,." or normalize(nxt.rstrip("،,.")) in _MASHHAD_AFTER)


def _adjective_or_noun(text: str, e: Entity) -> bool:
    """One-word "names" that are common words: غريب "strange" (بشكل غريب، جسم غريب، خبر غريب; أبو غريب is the
    prison) and الجاني "the perpetrator" (الإطاحة بالجاني، أسرة الجاني)."""
    w = _word_of(e, ("غريب", "الجاني"))
    if w is None:
        return False
    before = text[max(0, e.start - 12):e.start].split()
    return w == "الجاني" or not (before and normalize(before[-1]) == "ابو")


def _torrents(text: str, e: Entity) -> bool:
    """سيول is Seoul and torrents: السيول (with the article) is always the water, and a bare سيول in an
    article that never names Korea too (465 SNN articles hold the word, 24 of them Korea; the flood
    reports of ANT likewise: تحولت إلى سيول، تسببت سيول ناتجة عن أمطار)."""
    w = normalize(e.text.strip())
    if w[:1] in PROCLITICS and w[1:] in ("سيول", "السيول"):
        w = w[1:]
    return w == "السيول" or (w == "سيول" and "كوري" not in text)


# one-word common words the tagger reads as places or names, each with the test that tells them apart
# the heads of a body or an office that follow دان "condemned" as its subject (دان مجلس الأمن، دان وزير الخارجية)
_CONDEMNER_HEADS = {normalize(w) for w in "وزير رئيس نائب أمين مجلس تحالف حكومة قاض قاضي ساسة زعيم".split()}


def _condemned(text: str, e: Entity) -> bool:
    """دان is Dan and "condemned": before a word with the article or the head of a body or an office (نفسه،
    دان تحالف دعم الشرعية، دان الأمين العام، دان مجلس الأمن) it is the verb -- a man named Dan has a
    surname after it (دان كوتس، دان براون; about 40 of the word's 120 uses in ANT and SaudiNewsNet are the
    verb)."""
    words = [normalize(w) for w in e.text.split()]
    if words[:1] != ["دان"] or len(words) > 2:
        return False
    if len(words) == 2:     # (دان الزعيمان، دان الوزيران: the verb and its subject read together as a name)
        return e.type == "PER" and words[1].startswith("ال")
    nxt = text[e.end:e.end + 30].split()
    w = normalize(nxt[0]) if nxt else ""
    return w.startswith("ال") or w in _CONDEMNER_HEADS


# the adjectives after بحماس "with enthusiasm" (بحماس كبير، بحماس شديد، بحماس غير عادي)
_ZEAL_ADJECTIVES = {normalize(w) for w in "كبير شديد بالغ هائل كامل واضح رائع عجيب متواصل مماثل قليل أكبر غير".split()}
_HAMAS_CONTEXT = ("غزة", "فلسطين", "إسرائيل", "القسام")


def _enthusiasm(text: str, e: Entity) -> bool:
    """حماس after the clitic ب is Hamas and "enthusiasm": before an adjective (أشعر بحماس كبير، أدعم التغيير
    بحماس شديد) or in an article that names neither Gaza, Palestine nor Israel (يلعب بحماس وثقة، نرحب به
    بحماس) it is the noun -- about 75 of the 85 uses of بحماس in ANT and SaudiNewsNet, and all of the ten
    that are Hamas (مرتبطون بحماس، عضو بحماس) stand in articles about Gaza."""
    if normalize(e.text.strip()) != "حماس" or e.start < 1 or text[e.start - 1] != "ب":
        return False
    if e.start > 1 and is_arabic_letter(text[e.start - 2]):
        return False     # (a longer word: لحماس، وبحماس)
    nxt = text[e.end:e.end + 30].split()
    if nxt and normalize(nxt[0].strip("،,.\"»")) in _ZEAL_ADJECTIVES:
        return True
    return not any(w in text for w in _HAMAS_CONTEXT)


_COMMON_WORD_TESTS = (_torrents, _always, _guardians, _financial, _boys, _riyal, _scene, _adjective_or_noun, _condemned,
                      _enthusiasm)


def _month_name(text: str, e: Entity) -> bool:
    """A month name (نيسان، آب، مارس) the tagger took for a place or a person, with a date
    around it: a number or a slash next to it (في 3 نيسان/أبريل), a gloss in brackets (أبريل (نيسان)), or
    الماضي/المقبل after it."""
    if normalize(e.text) not in MONTHS:
        return False
    before = text[max(0, e.start - 12):e.start].rstrip()
    after = text[e.end:e.end + 20].lstrip()
    nxt = after.split()[0] if after.split() else ""
    prev = before.split()[-1] if before.split() else ""
    return (before[-1:].isdigit() or before.endswith(("/", "(", "-")) or after[:1] in ("/", "(", ")", "-")
            or after[:1].isdigit() or normalize(nxt.strip("،,.")) in _MONTH_NEIGHBOURS
            or normalize(prev.strip("،,.()")) in MONTHS or normalize(nxt.strip("،,.()")) in MONTHS)


def _nisba_adjective(text: str, e: Entity, kb) -> bool:
    """A one-word place that is a nationality adjective after an indefinite noun (مدينة سورية،
    مصدر سعودي، قوات تركية): the noun's quality, not a mention of the country.  The tagger also
    calls such a word a person or a body (بدعم روسي، غاز أعصاب روسي، مسؤول كوري): the same."""
    if kb is None:
        return False
    word = normalize(e.text)
    if " " in word or word.startswith("ال") or word not in getattr(kb, "nisba", ()):
        return False     # (السعودية is the country's name)
    if hasattr(kb, "lookup") and any(normalize(getattr(c, "name_ar", "") or "") == word for c in kb.lookup(e.text)):
        return False     # باراغواي: the country's own name has the adjective's form
    before = text[max(0, e.start - 40):e.start].split()
    if not before:
        return False
    prev = normalize(before[-1].strip("\"'“”«»()"))
    if not prev or not all(is_arabic_letter(c) for c in prev) or prev in _BEFORE_PLACE:
        return False
    if prev[:1] in "وفبل" and prev[1:] in _BEFORE_PLACE:
        return False
    return not prev.startswith(("ال", "وال", "بال", "فال", "لل", "كال"))


def _after_title(text: str, s: int, t: int, kb, keep_from: int | None = None) -> int:
    """Start of a person's name without the titles a knowledge-base alias carries (الرئيس السوري
    بشار الأسد -> بشار الأسد, الفريق أول عبد الفتاح البرهان -> عبد الفتاح البرهان), as in the
    reference gold; kept when fewer than two words would remain (الملك سلمان), and never past
    ``keep_from`` (where the tagger's own span starts)."""
    if kb is None:
        return s
    roles = getattr(kb, "sectors", {})
    nisba = getattr(kb, "nisba", ())
    words = [(m.start() + s, m.group()) for m in re.finditer(r"\S+", text[s:t])]
    i = 0
    if i < len(words) and normalize(words[i][1]) in roles:
        i += 1
        while i < len(words) and (normalize(words[i][1]) in nisba or normalize(words[i][1]) in ("اول", "الاول")):
            i += 1
    if i == 0 or len(words) - i < 2:
        return s
    start = words[i][0]
    if keep_from is not None and start > keep_from:
        return s
    return start


# honorifics left over when a name is cut out of a span (آية الله، الشيخ)
_HONORIFICS = {normalize(w) for w in "آية الله الشيخ السيد سماحة فضيلة حجة الإسلام".split()}


def _without_overlaps(text: str, entities: list[Entity], kb_spans: set[tuple[int, int]]) -> list[Entity]:
    """Entities that never overlap: a tagger span that runs into a knowledge-base name the tagger's
    other span was extended to (آية الله صادق | صادق آملي لاريجاني, حكومة بوركينا فاسو | فاسو ريمي
    داندجينو) keeps only its words outside that name, and goes when none but honorifics are left."""
    kb = [e for e in entities if (e.start, e.end) in kb_spans]
    out = []
    for e in entities:
        if (e.start, e.end) in kb_spans:
            out.append(e)
            continue
        a, b = e.start, e.end
        for k in kb:
            if k.start < b and a < k.end and not (k.start <= a and b <= k.end) and not (a <= k.start and k.end <= b):
                if k.start > a:
                    b = min(b, k.start)      # the part before the name
                else:
                    a = max(a, k.end)        # the part after it
        if (a, b) == (e.start, e.end):
            out.append(e)
            continue
        words = [(m.start() + a, m.end() + a) for m in re.finditer(r"[^\s،,.:؛]+", text[a:b])]
        if words and not all(normalize(text[x:y]) in _HONORIFICS for x, y in words):
            a, b = words[0][0], words[-1][1]
            out.append(Entity(text[a:b], a, b, e.type))
    return out


# the head nouns of organisation names: منظمة "هيومن رايتس ووتش"، حزب "الشعب الجمهوري"، شركة "إيني"
_GENERIC_HEADS = {normalize(w) for w in (
    "منظمة منظمات حركة جماعة حزب جمعية هيئة مؤسسة شركة وكالة صحيفة صحيفتا قناة مجموعة مركز تنظيم "
    "ائتلاف جبهة موقع مجلة ميليشيا مليشيا").split()}


def _described_only(e: Entity, kb=None) -> bool:
    """An indefinite head noun with only indefinite adjectives after it (منظمة إغاثية دولية، منظمة حقوقية، جماعة
    مسلحة) read as an organisation: a description of some body, no name -- unless an adjective is a nationality
    (شركة أمريكية names whose company it is) or the knowledge base knows the words; and an indefinite rank with
    its adjectives (جنرال كوري شمالي) read as a name: some officer, described."""
    words = [normalize(w) for w in e.text.split()]
    if len(words) < 2 or words[0].startswith("ال") or e.type not in ("ORG", "PER"):
        return False
    head = split_proclitics(words[0])[1]
    if not all(not w.startswith("ال") and w.endswith(("يه", "ي", "يا")) and len(w) > 3 for w in words[1:]):
        return False
    if kb is not None and _kb_knows(kb, e.text):
        return False
    if head in _PERSON_DESCRIPTIONS:
        return True     # (جنرال كوري شمالي، ضابط أمريكي: some officer of that nation, no name)
    nisba = getattr(kb, "nisba", ())
    return e.type == "ORG" and head in _GENERIC_HEADS and not any(w in nisba for w in words[1:])


# indefinite nouns of a person's rank or office (جنرال كوري، مسؤول أمريكي)
_PERSON_DESCRIPTIONS = {normalize(w) for w in (
    "جنرال ضابط مسؤول دبلوماسي مصدر سفير قائد عضو مستشار متحدث ناطق جندي عميد عقيد لواء").split()}


def _generic_head(e: Entity) -> bool:
    """A lone indefinite head noun tagged as a name (منظمة before a quoted name): no name by itself."""
    return " " not in e.text.strip() and split_proclitics(normalize(e.text))[1] in _GENERIC_HEADS


# the verbs of saying the tagger runs into a name (صرح دي ميستورا، ذكرت بيونغ يانغ، الملك سلمان بن عبد العزيز أكد)
# (طالب is left out: it is also a name, علي بن أبي طالب)
_SAYING = frozenset(f"{p}{v}" for p in ("", "و") for v in (
    "قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أشار أشارت أوضح أوضحت ذكرت صرح صرحت أفاد أفادت هدد هددت "
    "حذر حذرت نفى نفت شدد شددت اعتبر اعتبرت يقول تقول").split())
# they and the particles of the clause around a name (وبحسب وفا فإن آبي، أفاد مكتبه بأن ماكرون، ذكرت المنظمة
# أن، لارا القاسم هي رئيسة) are never a word of it.  Spelt with their hamza only: the bare ان / بان are also
# the letters of سي إن إن and of بان كي مون.
_LEAD_PARTICLES = frozenset("فإن بأن لأن وأن أن من".split()) | _SAYING
_TRAIL_PARTICLES = frozenset("أن بأن فإن وأن لأن لن لم من بين مع قبل بعد أيضا".split()) | _SAYING
# a pronoun after a name of two or more words (سعاد عبد الرحيم هي طبيبة) or after one the knowledge
# base knows (أوباما هو): هي and هو are also Chinese given names (ليو هي)
_TRAIL_PRONOUNS = frozenset(("هو", "هي"))
# a day or "first" after a name (ماكرون الخميس، هاسبل أول امرأة): dropped only when what is left is a name the
# knowledge base knows as written -- الخميس and الجمعة are also family names
_TRAIL_TIMES = frozenset("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم أول".split())


_MARKS = {ord(c): None for c in DIACRITICS + TATWEEL}


def _bare(word: str) -> str:
    """The word without its short vowels and tatweel (فإنّ -> فإن), hamza kept."""
    return word.translate(_MARKS)


def _without_edge_particles(toks, known=lambda w: False, nisba=frozenset()):
    """The tagged tokens without the particles above at their edges (nothing when only they remain), and a
    person's name without the nationality adjective of the title before it (وزير الإعلام الإريتري يماني ميسكيل,
    الرئيس الأفغاني أشرف غني: ``nisba``, the knowledge base's adjectives, when the span is a person's)."""
    while toks and _bare(toks[0].text) in _LEAD_PARTICLES:
        toks = toks[1:]
    while len(toks) >= 2 and nisba and (w := normalize(toks[0].text)).startswith("ال") and (w in nisba or w[2:] in nisba):
        toks = toks[1:]
    while toks and _bare(toks[-1].text) in _TRAIL_PARTICLES:
        toks = toks[:-1]
    if len(toks) >= 2 and _bare(toks[-1].text) in _TRAIL_PRONOUNS and (len(toks) >= 3 or known(toks[0].text)):
        toks = toks[:-1]
    if len(toks) >= 2 and _bare(toks[-1].text) in _TRAIL_TIMES and known(_span_text(toks[:-1])):
        toks = toks[:-1]    # قال إيمانويل ماكرون الخميس: the day after a name the knowledge base knows
    return toks


# nouns of a medium a speaker talks to (وقال بارو لمحطة، قالت ليزا جونز لبرنامج), and the first word of the
# Latin-lettered channels (لبي بي سي، لسي.إن.إن)
_CHANNEL_HEADS = frozenset(OUTLET_NOUNS | {"برنامج", "بي", "سي"})


def _before_channel(toks, outlet_at=lambda pos: False):
    """The tokens up to a channel glued to ل that the tagger ran into the name (وقال بومبيو لسي.إن.إن، خان
    لبي بي سي، ليزا جونز لبرنامج فيكتوريا، الشاهد حسين عثمان لرويترز): the name ends before it.  ``outlet_at``
    tells whether a news outlet the knowledge base knows starts at a text offset."""
    for j in range(1, len(toks)):
        w = normalize(toks[j].text)
        if w[:1] == "ل" and w[1:2] != "ل" and (w[1:] in _CHANNEL_HEADS or outlet_at(toks[j].start + 1)):
            return toks[:j]
    return toks


def _span_text(toks) -> str:
    """The tokens' words with single spaces (what ``known`` looks up)."""
    return " ".join(t.text for t in toks)


_QUOTED_NAME = re.compile(r'\s*["«“]([^"«»“”\n]{2,60})["»”]')


def _weak_after_outlets(kb, text: str, sents, published) -> list:
    """The knowledge base's ~ (weak) names within a few words after each outlet noun of the text,
    ``(start, end, entry)`` -- read in those windows only (a scan of the whole text cost a third of
    the fast entities stage)."""
    out = []
    for toks in sents:
        for t in toks:
            if not is_outlet_noun(t.text):
                continue
            window = text[t.end:t.end + 40]
            out.extend((t.end + s, t.end + e, entry) for s, e, entry in kb.find_mentions(window, published, kinds=("weak",)))
    return out


def _outlet_names(text: str, entities: list[Entity], weak) -> list[Entity]:
    """A media name that is also a common word (الإخبارية، الحياة، المسيرة: a ``~`` alias of the
    knowledge base, read only when tagged) is a name right after an outlet noun, quoted or not
    (قناة الإخبارية، صحيفة "التايمز"), when no entity is there yet."""
    added = [Entity(text[s:t], s, t, "ORG") for s, t, entry in weak
             if getattr(entry, "sector", None) == "MED" and _after_outlet_noun(text, s)
             and not any(e.start < t and s < e.end for e in entities)]
    return sorted(entities + added, key=lambda e: (e.start, e.end)) if added else entities


def _quoted_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A lone head noun tagged as a name is dropped; the quoted name right after it (منظمة
    "هيومن رايتس ووتش"، حزب "الشعب الجمهوري") is the organisation, unless a mention is already
    there."""
    out = []
    for e in entities:
        if not _generic_head(e):
            out.append(e)
            continue
        m = _QUOTED_NAME.match(text, e.end)
        if m is None or len(m.group(1).split()) > 6:
            continue
        s, t = m.span(1)
        if not any(x.start < t and s < x.end for x in entities):
            out.append(Entity(text[s:t], s, t, "ORG"))
    return out


def _bare_offset(word: str, name: str) -> int | None:
    """Offset of ``name`` in the normalised token ``word`` (0, or after a proclitic), else None."""
    if word == name:
        return 0
    for c in NOUN_PROCLITICS:
        if word == c + name:
            return len(c)
        if c.endswith("ل") and name.startswith("ال") and word == c + name[1:]:
            return len(c)  # لل = ل + ال: the span starts at the article's lam (للمومني -> لمومني)
    return None


# nouns whose genitive "the North" / "the South" is a state (زعيمي الشمال والجنوب، حكومة الجنوب)
_KOREA_HEADS = {normalize(w) for w in (
    "زعيم زعيمي زعماء قادة رئيس رئيسي حكومة حكومتي نظام سلطات جيش جيشي قوات مسؤولي مسؤولو وفد وفدي "
    "شعب شعبي قمة حدود").split()}


# where a person's family name comes first (and stands alone for them in the news)
_FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN", "VNM", "HKG", "MAC", "SGP"}
# family names that are also common Arabic words (لي "to me", هو "he", جو "air", ري "irrigation")
_FAMILY_NAME_HOMOGRAPHS = {"لي", "هو", "جو", "ري", "من", "ما", "في"}


def _family_name_like(word: str) -> bool:
    """A normalised first word of a Chinese or Korean name that can stand alone for the person: those
    family names are common in the news (مون، شي، كيم), so the rare-word test of :func:`_name_like`
    is relaxed, but never for an ordinary Arabic word."""
    return word not in _FAMILY_NAME_HOMOGRAPHS and _name_like(word, min_len=2, max_count=10 * _SURNAME_MAX_COUNT)


def later_name_mentions(text: str, sents, entities: list[Entity], kb=None) -> list[Entity]:
    """Later short mentions of the article's people, which the tagger often misses.

    * a one-word person (دارين) followed by a rare word that also stands alone elsewhere in the
      article (طاطور) was cut short by the tagger: the span takes the surname in;
    * the surname of a person named in two or more words (محمد المومني) is a mention of that
      person wherever it stands alone in the article (ووصف المومني), unless it is an ordinary
      word (:func:`_name_like`).
    Spans that overlap a found entity are left alone.
    """
    toks = [(t, normalize(t.text)) for s in sents for t in s]
    sent_of = [k for k, s in enumerate(sents) for _ in s]
    ends = {t.end: i for i, (t, _) in enumerate(toks)}

    def free(a: int, b: int) -> bool:
        return not any(a < e.end and e.start < b for e in entities)

    out = list(entities)
    # the last words of the article's longer person names: such a word alone is a surname, not a first name
    last_words = {ws[-1] for e in entities if e.type == "PER" and len(ws := normalize(e.text).split()) >= 2}
    # 1. a first name cut off from its surname
    for e in list(out):
        j = ends.get(e.end)
        if e.type != "PER" or j is None or j + 1 >= len(toks) or sent_of[j + 1] != sent_of[j]:
            continue
        if len(word_list := normalize(e.text).split()) != 1 or word_list[0] in last_words:
            continue
        nxt, nw = toks[j + 1]
        if text[e.end:nxt.start].strip() or not _name_like(nw, kb) or not free(nxt.start, nxt.end):
            continue
        if hasattr(kb, "lookup") and any(c.type == "PER" and c.kind in ("name", "short") for c in kb.lookup(e.text)):
            continue  # a known surname (بوتين) is not a first name
        if nw[0] in PROCLITICS and len(nw) > 3 and load_word_counts().get(nw[1:], 0) >= 3:
            continue  # ليسدد، لحملته: a clitic and a word, not a surname
        if word_list[0] in getattr(kb, "nisba", ()):
            continue  # ليبي: an adjective tagged as a person
        # the first name always comes with that word (save inside another person's name: محمد محسوب ...
        # محمد مرسي), and the word also stands alone (دارين طاطور ... طاطور)
        others = [(o.start, o.end) for o in out if o.type == "PER" and o is not e and len(o.text.split()) >= 2]
        together = all(i + 1 < len(toks) and toks[i + 1][1] == nw for i, (t, w) in enumerate(toks)
                       if w == word_list[0] and not any(a <= t.start < b for a, b in others))
        alone = [i for i, (t, w) in enumerate(toks)
                 if i != j + 1 and _bare_offset(w, nw) is not None and (i == 0 or toks[i - 1][1] != word_list[0])]
        if together and alone:
            e2 = Entity(text[e.start:nxt.end], e.start, nxt.end, "PER")
            out[out.index(e)] = e2
    entities = out
    # 2. the surname alone (the first word of a Chinese or Korean name: مون جاي إن -> وحث مون)
    surnames: dict[str, str] = {}
    family_first: dict[str, set] = {}
    for e in entities:
        words = [w for w in normalize(e.text).split() if w]
        if e.type == "PER" and len(words) >= 2 and _name_like(words[-1], kb):
            surnames.setdefault(words[-1], e.text)
        if e.type == "PER" and len(words) >= 2 and _family_name_like(words[0]) and hasattr(kb, "lookup") and any(
                c.type == "PER" and getattr(c, "country", None) in _FAMILY_NAME_FIRST for c in kb.lookup(e.text)):
            family_first.setdefault(words[0], set()).add(normalize(e.text))
    person_names = {normalize(e.text) for e in entities if e.type == "PER"}
    for word, names in family_first.items():
        others = {n for n in person_names - names if word in n.split() and n != word}
        if len(names) == 1 and not others:
            # (كيم جونغ أون and كيم يونغ شول, or توني كيم, in one article: كيم alone is either)
            surnames.setdefault(word, next(iter(names)))
    # 3. a coalition named in full (تحالف دعم الشرعية، التحالف العربي) is later "the coalition"
    heads = [e for e in entities if e.type == "ORG" and len(ws := normalize(e.text).split()) >= 2
             and (ws[0] in _COALITION_HEADS or ws[:2] == ["قوات", "التحالف"])]
    if heads:
        first = min(e.start for e in heads)
        named = {"التحالف " + ws[k + 1] for e in heads for ws in [normalize(e.text).split()]
                 for k in range(len(ws) - 1) if ws[k] in _COALITION_HEADS}
        for k, (t, w) in enumerate(toks):
            off = _bare_offset(w, "التحالف")
            if off is None or t.start <= first:
                continue
            a, b = t.start + off, t.end
            nxt = toks[k + 1] if k + 1 < len(toks) and sent_of[k + 1] == sent_of[k] else None
            if nxt is not None and nxt[0].text.startswith("ال") and nxt[1].endswith("ي") and len(nxt[1]) > 4:
                # التحالف العربي: the two words when the article names the coalition so, else left alone
                if "التحالف " + nxt[1] not in named:
                    continue
                b = nxt[0].end
            if normalize(text[a:t.end]) in ("التحالف", "لتحالف") and free(a, b):
                out.append(Entity(text[a:b], a, b, "ORG"))
    # 4. in an article about the two Koreas, "the North" and "the South" as nouns (إلى الجنوب، مع الشمال،
    # بين الشمال والجنوب، على الشمالية) are the two states; the actors stage links them
    norm_text = normalize(text)
    if any(x in norm_text for x in ("كوريا الشماليه", "الكوري الشمالي", "الكوريه الشماليه")) and any(
            x in norm_text for x in ("كوريا الجنوبيه", "الكوري الجنوبي", "الكوريه الجنوبيه")):
        added = -2
        for k, (t, w) in enumerate(toks):
            off = next((o for n in KOREA_SIDES if (o := _bare_offset(w, n)) is not None), None)
            if off is None:
                continue
            clitic = w[:off]
            prev = toks[k - 1][1] if k and sent_of[k - 1] == sent_of[k] else ""
            nxt = toks[k + 1][1] if k + 1 < len(toks) and sent_of[k + 1] == sent_of[k] else ""
            prev2 = toks[k - 2][1] if k >= 2 and sent_of[k - 2] == sent_of[k] else ""
            noun = (prev in _BEFORE_PLACE or prev in _KOREA_HEADS or (clitic and clitic[-1] in "بلك")
                    or (clitic == "و" and (added == k - 1 or (prev in KOREA_SIDES and _bare_offset(prev2, "كوريا")
                                                             is not None))))
            if not noun or nxt in ("من", "غرب", "شرق"):
                # (المنطقة الشمالية، الكوريتان الشمالية والجنوبية: adjectives, but كوريا الشمالية والجنوبية
                # names both; إلى الجنوب من: south of)
                continue
            a = t.start + off
            if free(a, t.end):
                out.append(Entity(text[a:t.end], a, t.end, "LOC"))
                added = k
    if not surnames:
        return out
    for t, w in toks:
        for name in surnames:
            off = _bare_offset(w, name)
            if off is None:
                continue
            a = t.start + off
            if normalize(text[a:t.end]) in (name, name[1:]) and free(a, t.end):
                out.append(Entity(text[a:t.end], a, t.end, "PER"))
            break
    return out


# a place or an institution named after a person (مطار الملك خالد، جامعة الأمير سطام، مستشفى الملك فهد التخصصي،
# مطار رفيق الحريري الدولي): the name is the place's, not the person's (the nouns, titles and closing
# adjectives are the English names' tables)
_NAMED_AFTER = {noun: kind for noun, (kind, _) in NAMED_AFTER_NOUNS.items()}


def _word_ending_at(text: str, pos: int) -> tuple[int, str] | None:
    """The whitespace-separated word that ends just before ``pos`` (spaces only between)."""
    k = pos
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == pos and pos > 0:
        return None
    j = k
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return (j, text[j:k]) if j < k else None


def _named_after(text: str, entities: list[Entity]) -> list[Entity]:
    """A person's name right after a place or institution noun (and a royal or religious title) is
    that place's name: مطار الأمير نايف بن عبد العزيز الدولي is an airport, جامعة الأمير سطام بن عبدالعزيز
    a university, not the prince; one entity, typed ORG or LOC, replaces the person and any piece of
    the name the tagger made an organisation (جامعة الأمير | سطام بن عبدالعزيز)."""
    new: list[Entity] = []
    for e in entities:
        words = normalize(e.text).split()
        if not words or not (e.type == "PER" or (len(words) > 1 and words[0] in NAMED_AFTER_TITLES)):
            continue
        start = e.start
        prev = _word_ending_at(text, start)
        if prev and normalize(prev[1]) in NAMED_AFTER_TITLES:
            start, prev = prev[0], _word_ending_at(text, prev[0])
        if not prev:
            continue
        j, word = prev
        kind = None
        for k in (0, 1, 2):     # (بمطار، وبمستشفى)
            if k and (k >= len(word) or word[k - 1] not in PROCLITICS):
                break
            head = normalize(word[k:])
            if head in _NAMED_AFTER:
                kind = _NAMED_AFTER[head]
                j += k
                break
        if kind is None:
            continue
        end = e.end
        nxt = re.match(r"[ \u00a0]+(\S+)", text[end:end + 30])
        if nxt and normalize(nxt.group(1)) in NAMED_AFTER_TAILS:
            end += nxt.end(1)
        new.append(Entity(text[j:end], j, end, kind))
    if not new:
        return entities
    kept = [e for e in entities if not any(e.start < n.end and n.start < e.end for n in new)]
    return kept + new


@register("marsad.entities.v1")
class EntitiesStage(Stage):
    """Fill ``entities`` from the NER tagger (+ knowledge-base names it missed)."""

    name = "entities"
    requires = ("text", "sentences")
    provides = ("entities",)
    arabic_only = True

    def __init__(self, profile: str = "accurate", use_kb: bool = True):
        self.profile = profile
        self.use_kb = use_kb
        self._tagger = None
        self._kb = None
        self._kb_failed = False

    # -- lazy resources ------------------------------------------------------------------
    @property
    def tagger(self):
        if self._tagger is None:
            from ..ner import load_tagger

            self._tagger = load_tagger(self.profile)
        return self._tagger

    def kb(self):
        if self._kb is None and not self._kb_failed and self.use_kb:
            try:
                from ..kb import load_kb

                self._kb = load_kb()
            except (ImportError, FileNotFoundError) as exc:
                log.warning("actor knowledge base unavailable (%s); entities come from the tagger only", exc)
                self._kb_failed = True
        return self._kb

    # -- the stage -----------------------------------------------------------------------
    def __call__(self, record: Record) -> Record:
        text = record.text
        kb = self.kb()
        # hashtag marks are not words: #مجلس_الأمن is tagged as مجلس الأمن, and a span over
        # its words still covers the underscore between them
        sents = [[t for t in tokenize(text, s.start, s.end) if t.text not in HASHTAG_MARKS] for s in record.sentences]
        sents = [s for s in sents if s]
        standalone = {normalize(t.text) for s in sents for t in s}
        def known(word: str) -> bool:  # the KB knows the word as written, first letter included
            return _kb_knows(kb, word)

        def country(word: str) -> bool:  # the KB's name of a country, as written
            return any(getattr(e, "id", "").startswith("C:") and getattr(e, "kind", "name") == "name"
                       for e in _kb_whole_word(kb, word))

        def outlet_at(pos: int) -> bool:  # a news outlet the KB knows starts at text offset pos
            return kb is not None and any(s == 0 and getattr(e, "sector", None) == "MED"
                                          for s, _, e in kb.find_mentions(text[pos:pos + 40]))

        def given_name(word: str) -> bool:  # a word of a KB person's name, as written
            return kb is not None and normalize(word) in getattr(kb, "name_words", ())

        def whole_name(word: str) -> bool:  # a person's name whose first letter only looks like a proclitic
            return kb is not None and _proclitic_looking_name(word, getattr(kb, "clitic_initial_names", ()))

        entities: list[Entity] = []
        if sents:
            try:
                tags = self.tagger.tag([[t.text for t in s] for s in sents])
            except (FileNotFoundError, ImportError) as exc:
                record.warnings.append(f"NER model for profile {self.profile!r} not installed ({exc}); "
                                       "entities come from the knowledge base only")
                tags = [["O"] * len(s) for s in sents]
            nisba = getattr(kb, "nisba", frozenset())
            for toks, stags in zip(sents, tags):
                for a, b, kind in bio_spans(list(stags)):
                    for a2, b2, glued in _coordinated_names(text, toks, a, b, kind, known, country):
                        ent = self._make_entity(text, toks[a2:b2], kind, standalone, known, given_name, nisba,
                                                outlet_at, whole_name)
                        if ent is not None and glued and text[ent.start] == "و":
                            ent = Entity(text[ent.start + 1:ent.end], ent.start + 1, ent.end, kind)
                        if ent is not None:
                            entities.append(ent)
        if kb is not None:
            entities = self._reconcile(text, entities, kb.find_mentions(text, record.published))
            entities = _outlet_names(text, entities, _weak_after_outlets(kb, text, sents, record.published))
        entities = _clitic_back_in_name(text, entities, kb)
        entities = later_name_mentions(text, sents, entities, kb)
        entities = _quoted_names(text, entities)
        entities = [_today_not_outlet(text, _without_agency_word(text, e, kb), kb) for e in entities
                    if not _nisba_adjective(text, e, kb) and not _month_name(text, e)
                    and not any(test(text, e) for test in _COMMON_WORD_TESTS) and not _clitic_and_word(e, kb)
                    and not _common_word(e) and not _benediction(e) and not _future_verb_of_two(e)
                    and not _described_only(e, kb)]
        entities = _named_after(text, entities)
        entities.sort(key=lambda e: (e.start, e.end))
        record.entities = entities
        return record

    @staticmethod
    def _kb_type(entry) -> str:
        etype = getattr(entry, "type", None) or "MISC"
        if etype not in ("PER", "ORG", "LOC", "MISC"):
            etype = "ORG" if etype in ("IGO", "GOV", "MED") else "MISC"
        return etype

    def _reconcile(self, text: str, entities: list[Entity], mentions) -> list[Entity]:
        """Merge the tagger's spans with the knowledge base's exact name matches.

        * a KB name matching a tagged span exactly gives it the KB's type (سانا is an agency);
        * a KB name that strictly contains a tagged span extends it (مجلس الأمن -> مجلس الأمن
          الروسي, جين بينج -> شي جين بينج);
        * a tagged span holding two or more KB names, one of them a person, was two names run
          together by the tagger (باتروشيف سوليفان) and is replaced by those names;
        * KB names the tagger missed altogether are added.
        """
        out: list[Entity] = []
        used: set[int] = set()
        for e in entities:
            inside = [k for k, (s, t, _) in enumerate(mentions) if e.start <= s and t <= e.end]
            covering = [k for k, (s, t, _) in enumerate(mentions)
                        if s <= e.start and e.end <= t and (t - s) > (e.end - e.start)]
            if (e.start, e.end) in {(mentions[k][0], mentions[k][1]) for k in inside}:
                k = next(k for k in inside if (mentions[k][0], mentions[k][1]) == (e.start, e.end))
                etype = self._kb_type(mentions[k][2])
                if etype in ("PER", "ORG", "LOC"):
                    e.type = etype
                used.add(k)
                if e.type == "PER" and (start := _after_title(text, e.start, e.end, self.kb())) != e.start:
                    e = Entity(text[start:e.end], start, e.end, "PER")
                out.append(e)
            elif covering:
                k = max(covering, key=lambda k: mentions[k][1] - mentions[k][0])
                s, t, entry = mentions[k]
                used.add(k)
                etype = self._kb_type(entry)
                if etype == "PER":
                    s = _after_title(text, s, t, self.kb(), keep_from=e.start)
                out.append(Entity(text[s:t], s, t, etype))
            elif len(inside) == 1 and mentions[inside[0]][1] == e.end \
                    and 0 < mentions[inside[0]][0] - e.start <= 2 \
                    and all(c in PROCLITICS for c in text[e.start:mentions[inside[0]][0]]):
                # لبي بي سي: the tagger kept the proclitic the KB's name leaves out
                k = inside[0]
                s, t, entry = mentions[k]
                used.add(k)
                etype = self._kb_type(entry)
                out.append(Entity(text[s:t], s, t, etype if etype in ("PER", "ORG", "LOC") else e.type))
            elif len(inside) == 1 and mentions[inside[0]][0] == e.start and self._kb_type(mentions[inside[0]][2]) == "PER" \
                    and _title_tail(text[mentions[inside[0]][1]:e.end]):
                # عبد الفتاح السيسي بولي (العهد): the tagger ran the name into the next title word
                k = inside[0]
                s, t, entry = mentions[k]
                used.add(k)
                out.append(Entity(text[s:t], s, t, "PER"))
            elif len(inside) >= 2 and any(self._kb_type(mentions[k][2]) == "PER" for k in inside):
                for k in inside:
                    s, t, entry = mentions[k]
                    used.add(k)
                    out.append(Entity(text[s:t], s, t, self._kb_type(entry)))
            else:
                out.append(e)
        # the spans the knowledge base backs: its names, and the tagger's spans it extended or cut
        tagged = {(e.start, e.end) for e in entities}
        kb_spans = {(e.start, e.end) for e in out if (e.start, e.end) not in tagged}
        kb_spans |= {(mentions[k][0], mentions[k][1]) for k in used}
        taken = [(e.start, e.end) for e in out]
        for k, (start, end, entry) in enumerate(mentions):
            if k in used or any(start < te and ts < end for ts, te in taken):
                continue
            etype = self._kb_type(entry)
            if etype == "PER":
                start = _after_title(text, start, end, self.kb())
            out.append(Entity(text[start:end], start, end, etype))
            taken.append((start, end))
            kb_spans.add((start, end))
        # one span, one entity (an extension may have met a span the tagger also found)
        unique = {}
        for e in out:
            unique.setdefault((e.start, e.end), e)
        return _without_overlaps(text, list(unique.values()), kb_spans)

    @staticmethod
    def _make_entity(text: str, toks, kind: str, standalone: set[str], known=lambda w: False,
                     given_name=lambda w: False, nisba=frozenset(), outlet_at=lambda pos: False,
                     whole_name=lambda w: False) -> Entity | None:
        # drop punctuation at the edges (quotes around a name are not part of it)
        while toks and toks[0].text in _TRIM_CHARS:
            toks = toks[1:]
        while toks and toks[-1].text in _TRIM_CHARS:
            toks = toks[:-1]
        toks = _before_channel(toks, outlet_at)
        tagged = toks
        toks = _without_edge_particles(toks, known, nisba if kind == "PER" else frozenset())
        while toks and toks[0].text in _TRIM_CHARS:     # (الباكستاني، أحسان: the comma after the adjective)
            toks = toks[1:]
        if not toks:
            return None
        start, end = toks[0].start, toks[-1].end
        # a name the KB knows as written keeps its first letter (بايدن), and so does a person's
        # given name before the rest of the name (فيصل مقداد is not ف + يصل, فؤاد حسين not ف + واد), and a
        # word that followed a dropped word (الموريتاني كاني بوبكر: no proclitic after an adjective)
        if not known(toks[0].text) and not (kind == "PER" and len(tagged) > 1 and given_name(toks[0].text)) \
                and not (kind == "PER" and whole_name(toks[0].text)) and toks[0] is tagged[0]:
            start += strip_clitic_offset(toks[0].text, standalone)
        if end - start < 2:
            return None
        return Entity(text[start:end], start, end, kind)
