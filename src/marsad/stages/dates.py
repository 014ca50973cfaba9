"""Time expressions (``record.dates``), resolved against ``record.published``.

A rule-based resolver over the normalised text (one pass of precompiled regexes, no
per-token dateparser calls):

* absolute dates: ``22 أبريل 2021``, ``١٥ أبريل ٢٠٢١``, ``22/4/2021``, ``2021-04-22``, with
  Egyptian/Gulf (أبريل), Levantine/Iraqi (نيسان، كانون الثاني) and Maghrebi (أفريل، جوان)
  month names, and a month written both ways (``يناير (كانون الثاني)``);
* day ranges: ``يومي 22 و23 أبريل``, ``من 22 إلى 25 أبريل``, ``بين 3 و5 مايو`` -> ``A/B``;
* Hijri dates: ``3 رمضان 1442`` (tabular Islamic calendar, within a day of Umm al-Qura);
* weekdays and relative days: ``اليوم الاثنين``, ``يوم الخميس``, ``أمس``, ``أول أمس``,
  ``غدا``, ``الثلاثاء الماضي``, ``منذ ثلاثة أيام``, ``قبل أسبوعين``;
* months and years: ``في مارس`` -> ``2021-03``, ``مارس الماضي``, ``الشهر المقبل``,
  ``العام الماضي`` / ``عام 2020`` -> ``2020-01-01/2020-12-31``.

Values are ``YYYY-MM-DD``, ``YYYY-MM`` or ``A/B``; a date that needs the publication date
when none is known keeps ``value: None``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..pipeline import Stage, register
from ..record import DateExpr, Record
from ..resources import load_word_counts
from ..text import DIACRITICS, TATWEEL, bare_word, normalize, normalize_with_offsets

# --- shared helper: normalised text with a map back to record.text -----------------------


def normalized_text(record: Record) -> tuple[str, list[int] | None]:
    """``(normalised text, offsets)`` of ``record.text``, cached in ``record.meta``.

    ``offsets`` is None when normalisation kept every character in place (the usual case:
    no diacritics or tatweel), so index ``i`` of the normalised text is index ``i`` of the text;
    otherwise ``offsets[k]`` is the index in the text of normalised character ``k``.
    """
    cached = record.meta.get("_norm_text")
    if cached is not None and cached[0] == len(record.text):
        return cached[1], cached[2]
    text = record.text
    norm = normalize(text)
    offsets = None
    if len(norm) != len(text):
        # diacritics or tatweel were dropped: every other character maps to exactly one
        offsets = [i for i, c in enumerate(text) if c not in _DROPPED]
        if len(offsets) != len(norm):   # presentation forms or case folding changed lengths
            norm, offsets = normalize_with_offsets(text)
            offsets = offsets[:-1]
        offsets.append(len(text))
    record.meta["_norm_text"] = (len(text), norm, offsets)
    return norm, offsets


_DROPPED = frozenset(DIACRITICS + TATWEEL + "\u200c\u200d\u200e\u200f\u061c\ufeff")


def norm_index(record: Record) -> list[int] | None:
    """For each index of ``record.text`` (and its end), the index in the normalised text; None
    when they coincide.  A token ``text[a:b]`` is ``norm[inv[a]:inv[b]]`` normalised."""
    norm, offsets = normalized_text(record)
    if offsets is None:
        return None
    cached = record.meta.get("_norm_inv")
    if cached is not None and len(cached) == len(record.text) + 1:
        return cached
    n = len(record.text)
    inv = [len(norm)] * (n + 1)
    j = len(offsets) - 2          # offsets[-1] is the end of the text
    for i in range(n - 1, -1, -1):
        if j >= 0 and offsets[j] == i:
            inv[i] = j
            j -= 1
        else:
            inv[i] = j + 1        # a dropped mark belongs with the next kept character
    record.meta["_norm_inv"] = inv
    return inv


def to_text_span(offsets: list[int] | None, a: int, b: int) -> tuple[int, int]:
    """Map a half-open span of the normalised text back to ``record.text``."""
    if offsets is None:
        return a, b
    if b <= a:
        return offsets[a], offsets[a]
    return offsets[a], offsets[b - 1] + 1


# --- lexicon -----------------------------------------------------------------------------

_GREG = {
    1: ["يناير", "جانفي", "كانون الثاني"],
    2: ["فبراير", "فيفري", "شباط"],
    3: ["مارس", "اذار"],
    4: ["ابريل", "افريل", "نيسان"],
    5: ["مايو", "ماي", "ايار"],
    6: ["يونيو", "يونيه", "جوان", "حزيران"],
    7: ["يوليو", "يوليه", "جويليه", "تموز"],
    8: ["اغسطس", "اوت", "اب"],
    9: ["سبتمبر", "ايلول"],
    10: ["اكتوبر", "تشرين الاول"],
    11: ["نوفمبر", "تشرين الثاني"],
    12: ["ديسمبر", "كانون الاول"],
}
_HIJRI = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الاول"], 4: ["ربيع الثاني", "ربيع الاخر"],
    5: ["جمادي الاولي", "جمادي الاول"], 6: ["جمادي الاخره", "جمادي الثانيه", "جمادي الاخر"],
    7: ["رجب"], 8: ["شعبان"], 9: ["رمضان"], 10: ["شوال"],
    11: ["ذو القعده", "ذي القعده"], 12: ["ذو الحجه", "ذي الحجه"],
}
MONTHS = {name: m for m, names in _GREG.items() for name in names}
HIJRI_MONTHS = {name: m for m, names in _HIJRI.items() for name in names}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
NUMBER_WORDS = {
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
    "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8,
    "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "بضعه": None, "عده": None,
}
_UNITS = {  # normalised unit word -> (days per unit, count implied by the form: dual = 2)
    "يوم": (1, 1), "ايام": (1, None), "يومين": (1, 2), "يوما": (1, None),
    "اسبوع": (7, 1), "اسابيع": (7, None), "اسبوعين": (7, 2), "اسبوعا": (7, None),
    "شهر": (30, 1), "اشهر": (30, None), "شهور": (30, None), "شهرين": (30, 2), "شهرا": (30, None),
    "عام": (365, 1), "اعوام": (365, None), "عامين": (365, 2), "عاما": (365, None),
    "سنه": (365, 1), "سنوات": (365, None), "سنتين": (365, 2), "سنين": (365, None),
}


def _alt(names) -> str:
    return "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True))


_W = r"(?<![\w])"          # start of a word (clitics handled explicitly)
_E = r"(?![\w])"           # end of a word
_CL = r"(?:و|ف|ب|ل|وب|ول|فب|فل)?"  # a clitic glued to the first word
_GLUED_FI = r"(?<=(?<![\w])في)(?=\d)|(?<=(?<![\w])وفي)(?=\d)"     # right after a في with a digit glued to it
_MON = _alt(MONTHS)
_HMON = _alt(HIJRI_MONTHS)
_WD = _alt(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[3-9]\d\d|20\d\d)"
_ERA = r"(?:\s*(?:م|ميلاديه|ميلادي|هـ|ه|هجريه|هجري)(?![\w]))?"
# the era after a bare year, captured: a Hijri year (1436 هـ) is not the Gregorian year 1436
_YEAR_ERA = r"(?:\s*(?P<era>م|ميلاديه|ميلادي|هـ|ه|هجريه|هجري|للهجره)(?![\w]))?"
_HIJRI_ERA = {"هـ", "ه", "هجريه", "هجري", "للهجره"}
# a second month name in brackets, after a slash or after a space: يناير (كانون الثاني) / ابريل/نيسان /
# نوفمبر تشرين الثاني 2017 (the year belongs to both)
_MON2 = rf"(?:\s*(?:\(\s*(?:{_MON})\s*\)|/\s*(?:{_MON}))|\s+(?:{_MON})(?![\w]))?"
_PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفايت|السابق)"
_NEXT = r"(?:المقبل|المقبله|القادم|القادمه|التالي)"
_THIS = r"(?:الجاري|الحالي|الحاليه|هذا)"
_NUMW = _alt(k for k in NUMBER_WORDS)
_UNIT = _alt(_UNITS)
_PART = r"(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر|ظهيره|مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)?"

_ORD_UNITS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
              "الثامن": 8, "التاسع": 9}
_ORDINAL_DAYS = dict(_ORD_UNITS)
_ORDINAL_DAYS.update({"العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14,
                      "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
                      "العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21, "الحادي والثلاثين": 31})
_ORDINAL_DAYS.update({f"{w} والعشرين": 20 + n for w, n in _ORD_UNITS.items() if n > 1})
_ORD = _alt(_ORDINAL_DAYS)
_NOT_BEFORE_ORDINAL = {"الاسبوع", "الشهر", "الربع", "النصف", "اليوم", "مدينه", "بمدينه", "جسر", "كوبري", "شارع",
                       "ميدان", "حي"}

# offices whose title ends in العام (general), compared without clitics and article: الأمين العام
# السابق is the former secretary-general, not "the previous year" -- except with الماضي, which after
# them still reads as last year (قال النائب العام الماضي ...)
_GENERAL_TITLES = {"امين", "مدير", "مدعي", "نايب", "مراقب", "مفتش", "مرشد", "قايد", "منسق", "مفوض", "امن"}
_PAST_ONLY = {"الماضي", "الماضيه"}


def _general_title(word: str) -> bool:
    """``word`` (normalised) is one of those offices, with any clitics (والأمين، للأمين، بالمدير)."""
    return bare_word("ال" + word[2:] if word.startswith("لل") else word) in _GENERAL_TITLES


_PATTERNS = [
    # numeric dates
    ("iso", rf"{_W}(?P<y>20\d\d|19\d\d)[-/.](?P<m>0?[1-9]|1[0-2])[-/.](?P<d>{_DAY}){_E}"),
    ("dmy", rf"{_W}(?P<d>{_DAY})[/.-](?P<m>0?[1-9]|1[0-2])[/.-](?P<y>{_YEAR}){_E}"),
    # ranges of days in one month: يومي 22 و23 ابريل / من 22 الى 25 ابريل
    ("range", rf"{_W}(?:{_CL}(?:يومي|بين|من|خلال\s+الفتره\s+من)\s+)?(?P<d1>{_DAY})\s*(?:و|الي|حتي|-|–)\s*(?P<d2>{_DAY})\s+"
              rf"(?P<mon>{_MON}){_E}{_MON2}(?:\s*،?\s*(?P<y>{_YEAR}){_ERA})?"),
    # weekday + date: الاثنين 19 ابريل 2021
    # (the day may be glued to في as some outlets print it: في7\xa0نيسان/أبريل)
    ("dm", rf"(?:{_W}|{_GLUED_FI})(?:{_CL}(?:يوم\s+)?(?:{_WD})\s*،?\s*)?(?P<d>{_DAY})\s+(?:من\s+)?(?P<mon>{_MON}){_E}{_MON2}"
           rf"(?:\s*،?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR}){_ERA})?"),
    ("hijri", rf"{_W}(?P<d>{_DAY})\s+(?:من\s+)?(?P<hmon>{_HMON}){_E}(?:\s+(?P<y>1[34]\d\d){_ERA})?"),
    # an ordinal day: الثامن من تموز/يوليو، في الحادي والعشرين من مارس 2018
    ("dmord", rf"{_W}{_CL}(?:(?:في|يوم)\s+)?(?P<dw>{_ORD})\s+(?:من\s+)?(?P<mon>{_MON}){_E}{_MON2}"
              rf"(?:\s*،?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR}){_ERA}|\s+(?P<rel>{_PAST}|{_NEXT}){_E})?"),
    # month (+ year / + الماضي)
    ("month", rf"{_W}{_CL}(?:(?:شهر|في|خلال|منذ|مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)?(?P<mon>{_MON}){_E}{_MON2}"
              rf"(?:\s*،?\s*(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR}){_ERA}|\s+(?P<rel>{_PAST}|{_NEXT}|{_THIS}){_E}"
              # ديسمبر من العام الماضي، يونيو من العام المقبل: the month of the year before / after
              rf"|\s+(?:من\s+)?(?:العام|السنه)\s+(?P<yrel>{_PAST}|{_NEXT}|{_THIS}){_E})?"),
    ("hmonth", rf"{_W}{_CL}(?:شهر\s+)(?P<hmon>{_HMON}){_E}(?:\s+(?P<y>1[34]\d\d){_ERA})?"),
    # relative
    ("ago", rf"{_W}{_CL}(?P<dir>منذ|قبل|بعد)\s+(?:(?P<n>\d{{1,3}})\s+|(?P<nw>{_NUMW})\s+)?(?P<unit>{_UNIT}){_E}(?!\s*{_YEAR})"),
    ("wd", rf"{_W}{_CL}{_PART}(?:(?P<pre>اليوم|يوم|امس|نهار|ليله)\s+)?(?P<wd>{_WD}){_E}(?:\s+(?P<rel>{_PAST}|{_NEXT}){_E})?"),
    ("unitrel", rf"{_W}{_CL}(?:(?:خلال|في|منذ|مطلع|منتصف|اواخر|اوايل|(?P<edge>نهايه|بدايه|عطله))\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه)\s+"
                rf"(?P<rel>{_PAST}|{_NEXT}|{_THIS}){_E}"),
    # this week / month / year (في وقت سابق هذا الشهر، مطلع هذا العام)
    ("this", rf"{_W}{_CL}(?:في\s+وقت\s+(?:سابق|لاحق|مبكر)\s+(?:من\s+)?)?(?:(?:خلال|في|منذ|مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)?"
             rf"هذا\s+(?P<unit>الاسبوع|الشهر|العام){_E}"),
    # a span of years: بين 1915 و1917، من عام 2011 إلى 2014، بين عامي 2003 و2011
    ("years", rf"{_W}{_CL}(?:بين|من|خلال\s+الفتره\s+(?:من|بين))\s+(?:(?:عامي|عام|العام|العامين|سنتي|سنه)\s+)?"
              rf"(?P<y1>{_YEAR})\s*(?:و|الي|حتي|-|–)\s*(?:(?:عام|العام|سنه)\s+)?(?P<y2>{_YEAR}){_E}"),
    # (في) العامين 2017 و2018: two consecutive years are one span (عامي 2011 و2015 are two years: no value)
    ("yearpair", rf"{_W}{_CL}(?:(?:في|خلال)\s+)?(?:العامين|عامي|سنتي)\s+(?P<y1>{_YEAR})\s*(?:و|-|–)\s*(?P<y2>{_YEAR}){_E}"),
    ("year", rf"{_W}{_CL}(?:(?:عام|سنه|العام|مطلع|منتصف|اواخر|اوايل|نهايه|بدايه)\s+)(?P<y>{_YEAR}){_YEAR_ERA}{_E}"),
    ("yearonly", rf"{_W}{_CL}(?:في|منذ|حتي|قبل|بعد)\s+(?P<y>{_YEAR}){_YEAR_ERA}{_E}"),
    ("yearonly", rf"(?<=\()(?P<y>{_YEAR})(?=\))"),     # منذ بداية الأزمة السورية (2011)
    # a season of a year: صيف 2016 (winter straddles two years: no value)
    ("season", rf"{_W}{_CL}(?:(?:في|منذ|خلال|مطلع|حتي|منتصف)\s+)?(?P<season>صيف|ربيع|خريف|شتاء)\s+"
               rf"(?:(?:عام|العام|سنه)\s+)?(?P<y>{_YEAR}){_E}"),
    # the year that names an event: حرب 1948، انتخابات 2018، اتفاق 2015 (the span is the year alone)
    ("evyear", rf"{_W}{_CL}(?:حرب|انتخابات|نكبه|ثوره|انقلاب|اتفاق|اتفاقيه|حدود|احتجاجات|مونديال|دستور|ازمه|كاس\s+العالم)\s+"
               rf"(?P<y>{_YEAR}){_E}(?!\s*(?:م|ه|هـ)?\s*[/-])"),
    # vague expressions: kept as time expressions with value None
    ("vague", rf"{_W}{_CL}(?:قريبا|يومها|حينها|انذاك|وقتها|مؤخرا|موخرا|لاحقا|حاليا"
              rf"|في\s+وقت\s+(?:سابق|لاحق|مبكر\s+من\s+\w+)"
              rf"|حتي\s+اشعار\s+اخر|في\s+السنوات\s+(?:الاخيره|الماضيه)|خلال\s+السنوات\s+(?:\w+\s+)?(?:الماضيه|الاخيره|المقبله)"
              # (session 7) counted recent spans: على مدى الخمس سنوات الأخيرة، في السنوات الخمس الأخيرة
              rf"|(?:في|خلال|طوال|علي\s+مدي)\s+(?:\w+\s+)?(?:السنوات|الاعوام|الاشهر|الشهور|الاسابيع|سنوات|اعوام|اشهر|شهور|اسابيع)"
              rf"\s+(?:\w+\s+)?(?:الماضيه|الاخيره|المقبله|القادمه)"
              rf"|(?:خلال|بعد|قبل)\s+(?:عده|بضعه|بضع)\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|ساعات|دقايق)"
              rf"|(?:خلال|طوال|لمده|مده)\s+(?:(?:\d{{1,3}}|{_NUMW})\s+(?:{_UNIT})|يومين|اسبوعين|شهرين|عامين|سنتين)"
              rf"|(?:بعد|خلال)\s+(?:دقايق|ساعات|ايام|اسابيع)"
              # (session 4) the recent past and the near future, approximate spans, anaphoric times
              rf"|(?:(?:في|خلال|طوال)\s+)?(?:الايام|الاسابيع|الاشهر|الشهور|الساعات|الاعوام)\s+(?:القليله\s+)?(?:الماضيه|الاخيره|الفايته|المقبله|القادمه)"
              rf"|(?:خلال|طوال)\s+(?:اسبوع|شهر|عام|سنه)(?!\s*(?:\d|{_MON}|{_HMON}|واحد|كامل))"
              rf"|بعد\s+مرور\s+(?:(?:\d{{1,3}}|{_NUMW})\s+)?(?:{_UNIT})"
              rf"|(?:منذ|قبل)\s+(?:نحو|حوالي|حوالى|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+(?:(?:\d{{1,3}}|{_NUMW})\s+)?(?:{_UNIT})"
              rf"|(?:منذ|قبل)\s+(?:قرن|قرون|عقد|عقود|عقدين|قرنين)"
              rf"|في\s+(?:هذا|ذلك)\s+الوقت|في\s+حينه|منذ\s+ذلك\s+(?:الوقت|الحين)"
              rf"|(?:في|خلال)\s+(?:الفتره|الاونه)\s+(?:الاخيره|الماضيه|الحاليه)"
              rf"|(?:منذ|قبل)\s+(?:(?:نحو|حوالي|اكثر\s+من|اقل\s+من)\s+)?(?:عقد|عقدين|عقود)(?:\s+من\s+الزمن)?)(?![\w])"),
    ("day", rf"{_W}{_CL}{_PART}(?P<rd>اول\s+من\s+امس|اول\s+امس|امس\s+الاول|بعد\s+غد|امس|الامس|غدا|اليوم|الليله|البارحه){_E}"),
]
_RXS = [(name, re.compile(rx)) for name, rx in _PATTERNS]
_KIND = {rx.pattern: name for name, rx in _RXS}
_FUTURE = re.compile(r"(?<![\w])(?:[وف]?س[يتن]\w{2,}|[وف]?سوف|المقبل|المقبله|القادم|[وف]?من\s+(?:المقرر|المنتظر|المتوقع)"
                     r"|[وف]?[يت]عتزم)(?![\w])")
_NOT_FUTURE = {"سيدي", "سنوي", "سنويا", "سنويه", "سنين"}


_UNIT_WORDS = {"الشهر", "العام", "السنه", "الاسبوع", "الايام", "الاسابيع", "الاشهر", "الشهور", "الموسم", "الصيف", "الشتاء",
               "الربيع", "الخريف", "العقد", "القرن"}


def _is_future(norm: str, lo: int, hi: int, after: bool = False) -> bool:
    """A future marker between ``lo`` and ``hi``: سوف، المقبل، or س + a present verb (سيعقد،
    وستكون) -- a word whose remainder after س is itself a common word (or, for a dual or plural
    verb, that word less its ان / ون: سيعقدان), which rules out سنوات، سياسة، سيارة، سيطرت، سيناء
    (no "نوات", "ياسة" ...).  ``after``: the words after a date, where المقبل / القادم on a month or a
    unit of time is another date's (تم انتخابهم الأحد مهلة حتى تموز/يوليو المقبل: last Sunday)."""
    for m in _FUTURE.finditer(norm, lo, hi):
        w = m.group()
        if after and w in ("المقبل", "المقبله", "القادم", "القادمه"):
            prev = norm[max(0, m.start() - 20):m.start()].split()[-1:]
            if prev and (prev[0] in _UNIT_WORDS or any(x in MONTHS for x in prev[0].split("/"))):
                continue
        core = w[1:] if w[:1] in "وف" and w[1:2] == "س" else w
        if not core.startswith("س") or core.startswith("سوف"):
            return True
        if core in _NOT_FUTURE:
            continue
        rest = core[1:]
        counts = load_word_counts()
        # (a dual or plural verb is rarer than its singular: سيعقدان -> يعقد)
        if counts.get(rest, 0) >= 8 or (rest.endswith(("ان", "ون")) and counts.get(rest[:-2], 0) >= 8):
            return True
    return False


# --- calendar arithmetic -------------------------------------------------------------------

def hijri_to_gregorian(y: int, m: int, d: int) -> date:
    """Tabular (arithmetical) Islamic calendar; within a day of the Umm al-Qura calendar."""
    jd = d + int(29.5 * (m - 1) + 0.99999) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439 - 1
    return date.fromordinal(jd - 1721424)


def gregorian_to_hijri_year(g: date) -> int:
    jd = g.toordinal() + 1721424
    return (30 * (jd - 1948439) + 10646) // 10631


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(pub: date, m: int, d: int | None) -> int:
    """The year that puts day/month nearest to the publication date (news is near its date)."""
    best, best_gap = pub.year, None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        dd = _safe_date(y, m, d or 15)
        if dd is None:
            continue
        gap = abs((dd - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _year_interval(y: int) -> str:
    return f"{y:04d}-01-01/{y:04d}-12-31"


def _parse_pub(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _count(m: re.Match) -> int | None:
    unit_days, implied = _UNITS[re.sub(r"\s+", " ", m.group("unit"))]
    if m.group("n"):
        return int(m.group("n"))
    if m.group("nw"):
        return NUMBER_WORDS.get(m.group("nw"))
    return implied


def resolve(m: re.Match, pub: date | None, future_context: bool, context_year: int | None = None) -> str | None:
    """The value of one matched expression (see the module docstring)."""
    kind = _KIND[m.re.pattern]
    g = m.group
    if kind == "iso" or kind == "dmy":
        d = _safe_date(int(g("y")), int(g("m")), int(g("d")))
        return d.isoformat() if d else None
    if kind in ("dm", "range", "dmord"):
        mon = MONTHS[re.sub(r"\s+", " ", g("mon"))]
        day = _ORDINAL_DAYS[re.sub(r"\s+", " ", g("dw"))] if kind == "dmord" else int(g("d") if kind == "dm" else g("d1"))
        rel = g("rel") if kind == "dmord" else None
        if g("y"):
            y = int(g("y"))
        elif rel and pub:         # الثلاثين من مايو الماضي / المقبل
            past = bool(re.fullmatch(_PAST, rel))
            y = pub.year
            if past and (mon, day) > (pub.month, pub.day):
                y -= 1
            elif not past and (mon, day) < (pub.month, pub.day):
                y += 1
        elif context_year:
            y = context_year      # "في 2015 ... في 3 نوفمبر": the year the sentence is about
        elif pub:
            y = _nearest_year(pub, mon, day)
        else:
            return None
        if kind in ("dm", "dmord"):
            d = _safe_date(y, mon, day)
            return d.isoformat() if d else None
        a, b = _safe_date(y, mon, int(g("d1"))), _safe_date(y, mon, int(g("d2")))
        return f"{a.isoformat()}/{b.isoformat()}" if a and b and a < b else None
    if kind == "hijri":
        hm = HIJRI_MONTHS[re.sub(r"\s+", " ", g("hmon"))]
        if g("y"):
            hy = int(g("y"))
        elif pub:
            hy = gregorian_to_hijri_year(pub)
        else:
            return None
        if not 1 <= int(g("d")) <= 30:
            return None
        return hijri_to_gregorian(hy, hm, int(g("d"))).isoformat()
    if kind == "hmonth":
        hm = HIJRI_MONTHS[re.sub(r"\s+", " ", g("hmon"))]
        hy = int(g("y")) if g("y") else (gregorian_to_hijri_year(pub) if pub else None)
        if hy is None:
            return None
        a = hijri_to_gregorian(hy, hm, 1)
        b = hijri_to_gregorian(hy + (hm == 12), hm % 12 + 1, 1) - timedelta(days=1)
        return f"{a.isoformat()}/{b.isoformat()}"
    if kind == "month":
        mon = MONTHS[re.sub(r"\s+", " ", g("mon"))]
        if g("y"):
            return f"{int(g('y')):04d}-{mon:02d}"
        if not pub:
            return None
        rel, yrel = g("rel"), m.groupdict().get("yrel")
        if yrel:
            y = pub.year - 1 if re.fullmatch(_PAST, yrel) else pub.year + 1 if re.fullmatch(_NEXT, yrel) else pub.year
        elif rel and re.fullmatch(_PAST, rel):
            y = pub.year if mon < pub.month else pub.year - 1
        elif rel and re.fullmatch(_NEXT, rel):
            y = pub.year if mon > pub.month else pub.year + 1
        elif rel:
            y = pub.year
        elif context_year:
            y = context_year
        else:
            y = _nearest_year(pub, mon, None)
        return f"{y:04d}-{mon:02d}"
    # years, seasons and spans of years need no publication date
    if kind == "yearpair":
        y1, y2 = int(g("y1")), int(g("y2"))
        return f"{y1:04d}-01-01/{y2:04d}-12-31" if y2 == y1 + 1 else None
    if kind == "years":
        y1, y2 = int(g("y1")), int(g("y2"))
        return f"{y1:04d}-01-01/{y2:04d}-12-31" if y1 < y2 else None
    if kind == "season":
        y, season = int(g("y")), g("season")
        first = {"ربيع": 3, "صيف": 6, "خريف": 9}.get(season)
        return f"{y:04d}-{first:02d}/{y:04d}-{first + 2:02d}" if first else None
    if kind in ("year", "yearonly", "evyear"):
        y = int(g("y"))
        if m.groupdict().get("era") in _HIJRI_ERA:     # (the bracketed year has no era)
            a = hijri_to_gregorian(y, 1, 1)
            b = hijri_to_gregorian(y + 1, 1, 1) - timedelta(days=1)
            return f"{a.isoformat()}/{b.isoformat()}"
        return _year_interval(y)
    if pub is None:
        return None
    if kind == "day":
        rd = re.sub(r"\s+", " ", g("rd"))
        delta = {"امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "اليوم": 0, "الليله": 0,
                 "اول من امس": -2, "اول امس": -2, "امس الاول": -2, "بعد غد": 2}[rd]
        return (pub + timedelta(days=delta)).isoformat()
    if kind == "wd":
        wd = WEEKDAYS[g("wd")]
        rel, pre = g("rel"), g("pre")
        back = (pub.weekday() - wd) % 7
        if pre == "امس":
            return (pub - timedelta(days=1)).isoformat() if back == 1 else (pub - timedelta(days=back)).isoformat()
        if rel and re.fullmatch(_PAST, rel):
            return (pub - timedelta(days=back or 7)).isoformat()
        fwd = (wd - pub.weekday()) % 7
        if rel and re.fullmatch(_NEXT, rel):
            return (pub + timedelta(days=fwd or 7)).isoformat()
        if back == 0:
            return pub.isoformat()
        if future_context and pre != "اليوم":
            return (pub + timedelta(days=fwd)).isoformat()
        return (pub - timedelta(days=back)).isoformat()
    if kind == "ago":
        n = _count(m)
        if n is None:
            return None
        unit_days = _UNITS[g("unit")][0]
        if g("dir") == "بعد" or (g("dir") == "منذ" and unit_days >= 30):
            return None   # "a week later" counts from another event; "for 18 years" is open-ended
        sign = -1
        if unit_days == 30:
            y, mo = _month_shift(pub.year, pub.month, sign * n)
            return f"{y:04d}-{mo:02d}"
        if unit_days == 365:
            return _year_interval(pub.year + sign * n)
        return (pub + timedelta(days=sign * n * unit_days)).isoformat()
    if kind in ("unitrel", "this"):
        unit, rel = g("unit"), (g("rel") if kind == "unitrel" else "هذا")
        k = -1 if re.fullmatch(_PAST, rel) else (1 if re.fullmatch(_NEXT, rel) else 0)
        if unit == "الاسبوع":
            monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * k)
            if kind == "unitrel" and g("edge") in ("نهايه", "عطله"):
                # نهاية الأسبوع الماضي: the week's Saturday and Sunday
                return f"{(monday + timedelta(days=5)).isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        if unit == "الشهر":
            y, mo = _month_shift(pub.year, pub.month, k)
            return f"{y:04d}-{mo:02d}"
        return _year_interval(pub.year + k)
    if kind == "vague":
        return None
    return None


_ANY_DIGIT = re.compile(r"\d")
_NEEDS = {
    "iso": "digit", "dmy": "digit", "range": "digit", "dm": "digit", "hijri": "digit", "year": "digit",
    "years": "digit", "yearpair": "digit",
    "wd": tuple(WEEKDAYS), "day": ("امس", "غدا", "اليوم", "الليله", "البارحه", "بعد غد"),
    "unitrel": ("الاسبوع", "الشهر", "العام", "السنه"), "yearonly": "digit", "this": ("هذا",),
    "season": "digit", "evyear": "digit",
}


_YEAR_ANY = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20[0-4]\d)(?![\d/.-])")
_YEAR_LEADS = {"في", "وفي", "عام", "العام", "سنه", "منذ", "حتي", "خلال", "مطلع", "نهايه", "اواخر", "اوايل"}
_SENT_BREAK = re.compile(r"[.!?؟\n]")
_FULL_STOP = re.compile(r"[.!?؟](?!\d)|\n")      # (not the point of a clock time, 20.00)
_CLAUSE_CUT = re.compile(r"(?<![\w])(?:ان|انه|انها|انهم|بان|بانه|بانها|وان|وانه)(?![\w])|[.:;؛\"«“!?؟\n]")
_TOMORROW_BEFORE = re.compile(r"(?<![\w])(?:غدا|غد)\s*(?:يوم\s*)?$")


_RELATIVE_WORD = re.compile(r"(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين)(?:\s|$)")


def _context_year(norm: str, a: int, b: int) -> int | None:
    """An explicit year in the same sentence, within 60 characters of the expression."""
    lo, hi = max(0, a - 60), min(len(norm), b + 60)
    best = None
    for y in _YEAR_ANY.finditer(norm, lo, hi):
        if a <= y.start() < b:
            continue
        lead = norm[max(0, y.start() - 7):y.start()].split()
        if not lead or lead[-1] not in _YEAR_LEADS:
            continue   # 2000 شخص is a count, في 2015 / عام 2015 a year
        between = norm[min(b, y.end()):max(a, y.start())]
        if _SENT_BREAK.search(between):
            continue
        if y.start() >= b and _RELATIVE_WORD.search(between):
            continue   # (بدأه الجيش في 19 نيسان ضد التنظيم الذي سيطر في العام 2015: another clause's year)
        gap = y.start() - b if y.start() >= b else a - y.end()
        if best is None or gap < best[0]:
            best = (gap, int(y.group()))
    return best[1] if best else None


_LEAD = re.compile(r"(?:(?:وفي|ففي|في)\s+|و(?=ال|يوم|غد|امس|منذ|قبل|بعد|مطلع|اوايل|اواخر|نهايه|منتصف|خلال|حتي|\d))")


def _lead_length(norm: str, a: int, b: int) -> int:
    """How many characters of the match ``norm[a:b]`` are a leading و / في (وفي العاشر من مايو، في مارس،
    وأمس): the conjunction and the preposition are no part of the time expression's text."""
    m = _LEAD.match(norm, a, b)
    return m.end() - a if m and m.end() < b else 0


def find_dates(text: str, norm: str, offsets: list[int] | None, published: str | None) -> list[DateExpr]:
    """All time expressions of ``text`` (``norm`` its normalised form)."""
    pub = _parse_pub(published)
    out: list[DateExpr] = []
    found = []
    has_digit = bool(_ANY_DIGIT.search(norm))
    for rank, (kind, rx) in enumerate(_RXS):
        need = _NEEDS.get(kind)
        if need is not None and not (has_digit if need == "digit" else any(w in norm for w in need)):
            continue   # cheap pre-check: the pattern cannot match this text
        for m in rx.finditer(norm):
            found.append((m.start(), -(m.end() - m.start()), rank, kind, m))
    found.sort(key=lambda t: t[:3])
    taken_end = -1
    for a, _neg, _rank, kind, m in found:
        b = m.end()
        if a < taken_end:
            continue
        if kind == "wd" and m.group("wd") in ("الاحد", "الجمعه") and not (m.group("pre") or m.group("rel")):
            # bare الأحد / الجمعة: not in الأحد عشر (eleven) nor صلاة / خطبة الجمعة
            after = norm[b:b + 5].strip()
            before = norm[max(0, a - 6):a].strip()
            if after.startswith("عشر") or before.endswith(("صلاه", "خطبه", "يوم")) or norm[b:b + 1].isalpha():
                continue
        if kind == "wd" and m.group("wd") == "الاثنين" and not (m.group("pre") or m.group("rel")):
            # bare الاثنين: also "the two" (بدا الانسجام واضحا بين الاثنين، كلا الاثنين، الاثنين معا)
            before = norm[max(0, a - 8):a].split()[-1:]
            if before in (["بين"], ["كلا"]) or norm[b:b + 6].strip().startswith("معا"):
                continue
        if kind == "unitrel" and m.group("unit") == "العام" and m.group("rel") not in _PAST_ONLY \
                and any(_general_title(w) for w in norm[max(0, a - 12):a].split()[-1:]):
            continue  # الأمين العام السابق، المدعي العام الحالي: a title (general), not a year
        if kind == "dmord" and set(norm[max(0, a - 12):a].split()[-1:]) & _NOT_BEFORE_ORDINAL:
            continue  # الأسبوع الثاني من أبريل: a week, not the 2nd; مدينة السادس من أكتوبر: a city
        # (آب/أغسطس، آب (أغسطس): a second month name makes it the month)
        paired = "/" in m.group() or "(" in m.group()
        if kind == "dm" and m.group("mon") == "اب" and not m.group("y") and not paired:
            continue  # آب without a year is too often "father"
        if kind == "month" and m.group("mon") in ("اب", "ماي", "اوت") and not (m.group("y") or m.group("rel") or paired):
            continue
        after_end = min(len(norm), b + 40)
        cut = _CLAUSE_CUT.search(norm, b, after_end)
        # (قال ترمب الأحد إنه سيتم ...: the reported clause's tense is not the speaking's)
        lo = max(0, a - 80)
        brk = [x.end() for x in _FULL_STOP.finditer(norm, lo, a)]
        lo = brk[-1] if brk else lo     # (not a future verb at the end of the previous sentence)
        future = _is_future(norm, lo, a) or _is_future(norm, b, cut.start() if cut else after_end, after=True)
        future = future or bool(_TOMORROW_BEFORE.search(norm, max(0, a - 12), a))     # (مساء غد الخميس)
        value = resolve(m, pub, future, _context_year(norm, a, b))
        taken_end = b
        if kind == "evyear":
            a = m.start("y")        # (حرب 1948: the war is an event, 1948 its date)
        else:
            a += _lead_length(norm, a, b)
        s, e = to_text_span(offsets, a, b)
        out.append(DateExpr(text=text[s:e], start=s, end=e, value=value))
    return out


@register("marsad.dates.v1")
class DatesStage(Stage):
    """Find time expressions and resolve them against the publication date."""

    name = "dates"
    requires = ("sentences",)
    provides = ("dates",)
    arabic_only = True

    def __call__(self, record: Record) -> Record:
        norm, offsets = normalized_text(record)
        record.dates = find_dates(record.text, norm, offsets, record.published)
        return record
