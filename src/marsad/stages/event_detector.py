"""Sentence-level ASSAULT/PROTEST detection: does the sentence report the event or only mention it?

News mentions attacks and protests far more often than it reports one ("the policy of
assassinations", "the protesters' demands", an investigation of an old bombing).  For these two
types :func:`confident` scores each sentence where a trigger fired with a logistic regression over
interpretable features (:func:`detection_features`: verb or noun trigger, casualties with a
number, a time, a perpetrator, generic words, the trigger family, the words around the trigger)
plus the sentence's bag of clitic-stripped words; the weights and thresholds
(``resources/events/detector.json``) are fitted by ``training/events/train_detector.py`` on the
tuning part of the Arabic PLOVER GSR only.  Inference is a sum of dictionary look-ups.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_text
from ..text import normalize
from .events import _WORDLIKE, Match, negation, token_cores

DETECTED_TYPES = ("ASSAULT", "PROTEST")


def confident(matches: list[Match], norms: list[str]) -> list[Match]:
    """Drop ASSAULT/PROTEST triggers of a sentence that mentions rather than reports one.

    The decision is the sentence score alone, with or without entities, so the GSR figures of
    ``marsad eval events`` (run without entities) are what the full pipeline does.  (An
    override that kept a trigger whose clause names both sides was removed: on the GSR tuning
    rows run through the full pipeline it let in 61 ASSAULT and 37 PROTEST false positives,
    F1 0.679 -> 0.549 and 0.853 -> 0.552, and on the record dev gold's tuning part it lowered
    event precision.)"""
    detector = load_detector()
    for typ in DETECTED_TYPES:
        if typ not in detector or not any(m.trigger.type == typ for m in matches):
            continue
        score = detection_score(detection_features(norms, matches, typ), typ)
        if score is not None and score < detector[typ]["threshold"]:
            # a denied attack stays, marked negated; only the unreported mentions go
            matches = [m for m in matches if m.trigger.type != typ or negation(norms, m)]
    return matches

#
# News mentions attacks and protests far more often than it reports one: "the policy of
# assassinations", "the protesters' demands", an investigation of an old bombing.  For these
# two types a sentence-level score over a few interpretable features (verb or noun trigger,
# casualties with a number, a time, a perpetrator, generic words ...) decides whether the
# sentence reports an event.  The weights (resources/events/detector.json) are fitted by
# training/events/train_detector.py on the tuning part of the Arabic PLOVER GSR only.

def _nset(words: str) -> frozenset:
    return frozenset(normalize(w) for w in words.split())


_CUES = {
    "casualty": _nset("قتلى قتلي جرحى جرحي مصرع مقتل إصابة اصابة أصيب اصيب أصيبوا جريح جريحا قتيل قتيلا قتيلين ضحايا "
                      "مصرعهم بجروح جثث جثة استشهاد استشهد شهيد شهداء"),
    "perp": _nset("مسلحون مسلحين مسلح مجهولون مجهولين انتحاري انتحارية انتحاريان مهاجم مهاجمين المهاجمون متمردين متمردون "
                  "المتمردين المتمردون طالبان القاعدة ميليشيا ميليشيات المسلحون المسلحين الإرهابيين إرهابيين الجيش القوات قوات "
                  "الشرطة جنود"),
    "victim": _nset("شخص أشخاص اشخاص مدنيين مدنيا جنديا جنديين شرطيا عناصر مواطنين مواطنا طفلا أطفال نساء مدني رهينة"),
    "weapon": _nset("مفخخة ناسفة ناسفه صاروخ صواريخ قذيفة قذائف رصاص الرصاص قنبلة قنابل حزام طائرة طائرات مروحية "
                    "دبابات مدافع رشاشات بالرصاص برصاص"),
    "generic": _nset("سياسة سياسات ظاهرة جرائم ثقافة مسلسل تاريخ محاكمة المحكمة محكمة التحقيق تحقيق قضية ذكرى "
                     "اتهام اتهامات متهم المتهمين مسؤولية الإرهاب ضد إدانة يدين تدين عقوبة قانون"),
    "military": _nset("عسكرية عسكري العسكرية العسكري عسكريا عسكريين العسكريين"),
    "time": _nset("أمس امس اليوم الليلة الليله فجر صباح مساء ظهر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"),
    "place": _nset("منطقة مدينة محافظة قرية بلدة حي شارع شمال جنوب غرب شرق وسط قرب أمام امام مقر ساحة ميدان "
                   "شوارع الشوارع"),
    "hedge": _nset("إذا اذا لو ربما يمكن هل كيف لماذا يجب ينبغي"),     # (and قد + a present verb: below)
    "crowd": _nset("آلاف الاف مئات عشرات الآلاف المئات العشرات ألف الف حشود حشد"),
    "demand": _nset("مطالبين مطالبة للمطالبة تطالب يطالبون طالبوا رافعين مرددين هاتفين احتجاجا احتجاجاً للاحتجاج ضد "
                    "تنديدا منددين"),
    "move": _nset("تجمع تجمعوا خرج خرجوا خرجت احتشد احتشدوا تدفق تدفقوا توجه توجهوا سار ساروا نزل نزلوا اعتصم "
                  "اعتصموا تظاهر تظاهروا قطعوا أحرقوا احرقوا أغلقوا اغلقوا جابت عمت اندلعت انطلقت نظم نظموا نظمت شهدت"),
}
_NUMBER_WORDS = _nset("اثنين اثنان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر "
                      "عشرات مئات آلاف الاف عشرين ثلاثين أربعين خمسين مئة مائة")
_DIGIT = re.compile(r"\d")


def _cue_count(cores_list: list[frozenset], words: frozenset) -> int:
    return sum(1 for cs in cores_list if cs & words)


@lru_cache(maxsize=65536)
def _word_cores(w: str) -> frozenset:
    """The word and its clitic-stripped cores (empty for punctuation); cached per word."""
    return token_cores(w)[0] | {w} if _WORDLIKE.match(w) else frozenset()


def detection_features(norms: list[str], matches: list[Match], typ: str) -> dict[str, float]:
    """Sentence-level features of ``typ`` events (see the section comment)."""
    ms = [m for m in matches if m.trigger.type == typ]
    f: dict[str, float] = {"bias": 1.0}
    if not ms:
        return f
    cores = [_word_cores(w) for w in norms]
    f["verb"] = float(any(m.trigger.pos == "V" for m in ms))
    f["verb_present"] = float(any(m.trigger.pos == "V" and norms[m.head_tok][:1] in "يتن" and len(norms[m.head_tok]) > 3
                                  and not norms[m.first].startswith("ت" + norms[m.head_tok][1:2]) for m in ms))
    f["noun_indef"] = float(any(m.trigger.pos == "N" and not norms[m.first].startswith(("ال", "وال", "بال", "لل", "فال"))
                                for m in ms))
    f["noun_def"] = float(any(m.trigger.pos == "N" and norms[m.first].startswith(("ال", "وال", "بال", "لل", "فال"))
                              for m in ms))
    f["phrase"] = float(any(len(m.tokens) > 1 for m in ms))
    f["many"] = float(len(ms) >= 2)
    f["negated"] = float(all(negation(norms, m) for m in ms))
    seen = frozenset().union(*cores)     # every core of every word: one set test per cue list
    near = set()
    for m in ms:
        near.update(range(max(0, m.first - 4), min(len(norms), m.last + 5)))
    f["number_near"] = float(any(_DIGIT.search(norms[k]) or cores[k] & _NUMBER_WORDS for k in near))
    for name, words in _CUES.items():
        f[name] = float(bool(seen & words))
    # قد is a hedge before a present verb (قد يكون، قد يؤدي: "may"), not before a past one (وكان مسلحون قد
    # هاجموا، وقد قتل: "had", "has")
    f["hedge"] = float(f["hedge"] or any(norms[k] in ("قد", "وقد", "فقد") and norms[k + 1][:1] in "ين"
                                         for k in range(len(norms) - 1)))
    f["early"] = float(min(m.first for m in ms) <= 6)
    f["long"] = float(len(norms) > 45)
    f["question"] = float("؟" in norms or "?" in norms)
    f["quote"] = float(any(w in ("«", "“", '"') for w in norms))
    f["participant_only"] = float(all("participant" in m.trigger.flags for m in ms))
    for m in ms:   # which trigger family fired (اغتيال is mentioned far more often than reported)
        f["t:" + m.trigger.key] = 1.0
        # the words around it (في هجوم، محاولة اغتيال، الهجوم على ...): weights only for frequent ones
        for k in range(max(0, m.first - 3), m.first):
            f["L:" + _short_core(norms[k])] = 1.0
        for k in range(m.last + 1, min(len(norms), m.last + 4)):
            f["R:" + _short_core(norms[k])] = 1.0
    f["lead"] = float(any(_is_lead(norms, m.first) for m in ms))
    f["relative"] = float(all(any(w in _RELATIVES for w in norms[max(0, m.first - 3): m.first]) for m in ms))
    f["after_prep"] = float(all(m.trigger.pos == "N" and m.first and norms[m.first - 1] in _BG_PREPS for m in ms))
    heads = [token_cores(norms[m.head_tok])[1] for m in ms if m.trigger.pos == "V"]
    f["verb_past"] = float(any(h & m.trigger.past for h, m in zip(heads, [m for m in ms if m.trigger.pos == "V"])))
    f["verb_they"] = float(any(any(c.endswith("وا") for c in h) for h in heads))
    f["subjected"] = float(bool(seen & _SUBJECTED))
    f["carried"] = float(bool(seen & _CARRIED))
    n_cas = _cue_count(cores, _CUES["casualty"])
    f["casualty2"] = float(n_cas >= 2)
    f["digits2"] = float(sum(1 for w in norms if _DIGIT.search(w)) >= 2)
    f["result"] = float(bool(seen & _RESULT))
    f["source"] = float(bool(seen & _SOURCE))
    f["opinion"] = float(bool(seen & _OPINION))
    f["year"] = float(any(_YEAR_RX.fullmatch(w) for w in norms))
    f["attempt"] = float(bool(seen & _ATTEMPT))
    for w in norms:   # the sentence's bag of words (weights only for words seen in enough tuning rows)
        if _WORDLIKE.match(w):
            f["B:" + _short_core(w)] = 1.0
    return f


@lru_cache(maxsize=65536)
def _short_core(word: str) -> str:
    cores = token_cores(word)[0] if _WORDLIKE.match(word) else ()
    return min(cores, key=lambda c: (len(c), c)) if cores else word


_RESULT = _nset("أسفر اسفر أسفرت اسفرت أدى ادى أدت ادت أوقع اوقع أوقعت اوقعت جراء إثر اثر حصيلة")
_SOURCE = _nset("مصدر مصادر أمنية امنية الشرطة الناطق المتحدث شهود مراسل وكالة")
# (not كأن "as if": normalised, it is كان "was", in most news sentences)
_OPINION = _nset("نحن أنتم انتم إننا اننا نحن لنا علينا يجب هكذا ربما لعل فكرة رأي الرأي")
_RELATIVES = _nset("الذي التي الذين اللذين اللتين اللواتي")
_BG_PREPS = _nset("على علي بعد عن من إثر اثر عقب منذ ضد بشأن حول بسبب خلال أثناء اثناء قبل جراء")
_LEAD_OPENERS = _nset("أن ان إن بأن بان أنه انه إنه « “ \" : إلى الى") | {"«", "“", '"', ":"}


def _is_lead(norms: list[str], k: int) -> bool:
    """The trigger opens the sentence or a reported clause (main predicate, not background)."""
    lead = [w for w in norms[:k] if w not in ("،", ",")]
    if len(lead) <= 3:
        return True
    return any(w in _LEAD_OPENERS for w in norms[max(0, k - 3): k])


_SUBJECTED = _nset("تعرض تعرضت تعرضوا يتعرض تتعرض")
_CARRIED = _nset("نفذ نفذت نفذوا ينفذ شن شنت شنوا يشن قام قامت قاموا يد")
_ATTEMPT = _nset("محاولة محاولات نجا")
_YEAR_RX = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def load_detector() -> dict:
    import json

    try:
        return json.loads(read_text("events/detector.json"))
    except FileNotFoundError:
        return {}


def detection_score(features: dict[str, float], typ: str) -> float | None:
    """Probability that the sentence reports a ``typ`` event, or None without weights."""
    import math

    model = load_detector().get(typ)
    if not model:
        return None
    z = sum(model["weights"].get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))
