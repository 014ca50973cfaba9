"""Arabic text utilities shared by every stage.

* :func:`normalize` - letter normalisation **for matching only** (never applied to
  ``Record.text``): hamza forms of alef, alef maqsura, ta marbuta, tatweel, diacritics,
  Arabic-Indic digits, presentation forms.
* :func:`tokenize` - tokens with character offsets; punctuation split off.
* :func:`split_proclitics` - separate و ف ب ل ك and ال without corrupting words that merely
  start with those letters (بوتين, باريس, لبنان), using word frequencies from real news.
* :func:`sentences` - sentence spans that respect Arabic punctuation and quotation marks.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple
from functools import lru_cache

from .resources import load_word_counts

# --- normalisation -----------------------------------------------------------------------

DIACRITICS = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
TATWEEL = "\u0640"
_DROP = set(DIACRITICS + TATWEEL + "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff")
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك", "ڪ": "ك",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def _norm_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if "\ufb50" <= ch <= "\ufefc":  # presentation forms
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            return "".join(_norm_char(c) for c in folded)
    return _MAP.get(ch, ch)


_PRESENTATION = re.compile("[\ufb50-\ufefc]")
_TABLE = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})


def normalize(s: str, *, lower: bool = True) -> str:
    """Normalise Arabic for matching: ``أحمد`` -> ``احمد``, ``مدرسة`` -> ``مدرسه``.

    Also maps Arabic-Indic digits to ASCII, removes diacritics, tatweel and bidi marks,
    folds presentation forms and lower-cases Latin.  Whitespace runs are kept as they are.
    """
    if not s:
        return ""
    if _PRESENTATION.search(s):
        s = "".join(_norm_char(c) for c in s)
    else:
        s = s.translate(_TABLE)
    return s.lower() if lower else s


def normalize_with_offsets(s: str) -> tuple[str, list[int]]:
    """Like :func:`normalize` but also returns, for each output character, its index in ``s``.

    ``offsets`` has ``len(out) + 1`` entries; the last one is ``len(s)``, so a match
    ``out[a:b]`` maps back to ``s[offsets[a]:offsets[b-1] + 1]``.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(s):
        n = _norm_char(ch).lower()
        for c in n:
            out.append(c)
            offsets.append(i)
    offsets.append(len(s))
    return "".join(out), offsets


def is_arabic_letter(ch: str) -> bool:
    return bool(_ARABIC_LETTER.match(ch))


_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_ARABIC_LETTER = re.compile("[^\u0621-\u064a\u0671-\u06d3]+")


def letter_words(s: str) -> list[str]:
    """The runs of letters in ``s`` (spaces, punctuation and digits split them)."""
    return [w for w in _NOT_LETTER.split(s) if w]


def letter_count(s: str) -> int:
    return len(_NOT_LETTER.sub("", s))


def arabic_ratio(s: str, letters: int | None = None) -> float:
    """Share of letters in ``s`` that are Arabic letters."""
    letters = letter_count(s) if letters is None else letters
    if not letters:
        return 0.0
    return len(_NOT_ARABIC_LETTER.sub("", s)) / letters


# --- tokenisation ------------------------------------------------------------------------

class Token(NamedTuple):
    """A token and its ``[start, end)`` offsets in the text (a named tuple: made by the million,
    so it is kept as cheap to build as Python allows)."""

    text: str
    start: int
    end: int


# a token is a run of word characters (letters, marks, digits, and the joiners used inside
# words), or a single other non-space character.  Decimal numbers and times stay whole.
_TOKEN = re.compile(
    r"\d+(?:[.,:٫٬]\d+)+"            # 3.5  1,000  12:30  ٣٫٥
    r"|[^\W_][^\W_\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]*(?:[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+[^\W_]*)*"
    r"(?:['’\-][^\W_]+)*"            # words (Arabic letters with their diacritics, Latin, digits)
    r"|\S",
    re.UNICODE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.  Punctuation is split off."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


PROCLITICS = ("و", "ف", "ب", "ل", "ك")
#: the proclitics and pairs of them glued to a noun (وبالمومني, فلسوريا), for matching a known
#: word inside a token
NOUN_PROCLITICS = PROCLITICS + ("وب", "ول", "وك", "فب", "فل")
_TWO_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك")
#: nouns that head the name of a news outlet (وكالة فرانس برس، صحيفة الغارديان), normalised
OUTLET_NOUNS = frozenset({"وكاله", "صحيفه", "قناه", "تلفزيون", "اذاعه", "موقع", "شبكه", "مجله", "راديو", "جريده",
                          "محطه", "فضائيه"})


@lru_cache(maxsize=200_000)
def split_proclitics(word: str) -> tuple[str, str]:
    """Split ``word`` into ``(proclitics, rest)``; the article ال stays with the rest.

    ``وبايدن`` -> ``("و", "بايدن")``, ``لوكالة`` -> ``("ل", "وكالة")``, ``للقمة`` -> ``("ل", "لقمة")``
    (ل + ال written لل), while ``بوتين``, ``باريس``, ``لبنان`` stay whole: a prefix is only
    split off when what remains is a word seen in news text far more often than the whole,
    or starts with the article.
    """
    if len(word) < 3 or not is_arabic_letter(word[0]):
        return "", word
    counts = load_word_counts()
    whole = counts.get(normalize(word), 0)
    found: list[tuple[str, str, int]] = []
    for prefix in (word[:1], word[:2]):
        if prefix not in _TWO_PREFIXES and prefix not in PROCLITICS:
            continue
        rest = word[len(prefix):]
        nrest = normalize(rest)
        if prefix.endswith("ل") and nrest.startswith("ل") and len(nrest) > 3:
            # لل = ل + ال: the article's alef is dropped in writing (للقمة = ل + القمة)
            n = counts.get("ا" + nrest, 0)
            ok = n >= 5 and n >= 0.2 * whole
        elif nrest.startswith("ال") and len(nrest) > 3:
            n = counts.get(nrest, 0)
            ok = n >= 2 and n >= 0.2 * whole  # a clitic before the article is the normal reading
        elif len(nrest) >= 3:
            n = counts.get(nrest, 0)
            # و/ف (conjunctions) attach to almost anything; ب/ك/ل only split when the rest is
            # clearly the more common word (بلدية is not ب + لدية)
            ratio = 0.04 if prefix[-1] in "وف" and len(prefix) == 1 else 2.0
            ok = n >= 5 and n >= ratio * whole
        else:
            continue
        if ok:
            found.append((prefix, rest, n))
    if not found:
        return "", word
    if len(found) == 2 and found[1][2] < 10 * found[0][2]:
        return found[0][0], found[0][1]  # prefer one clitic unless two are far more plausible
    return found[-1][0], found[-1][1]


def word_before(text: str, pos: int) -> str:
    """The normalised word right before character ``pos`` (empty at the start)."""
    words = text[max(0, pos - 30):pos].split()
    return normalize(words[-1]) if words else ""


def is_outlet_noun(word: str) -> bool:
    """``word`` is a news outlet's noun (وكالة، صحيفة، قناة ...), a proclitic allowed (لوكالة، وقناة)."""
    return normalize(word) in OUTLET_NOUNS or normalize(split_proclitics(word)[1]) in OUTLET_NOUNS


def strip_proclitics(word: str) -> str:
    return split_proclitics(word)[1]


@lru_cache(maxsize=200_000)
def bare_word(word: str) -> str:
    """``word`` normalised, without its proclitics and its article (والقمة -> قمه, بالاجتماع ->
    اجتماع; the article stays on a word of fewer than five letters): the form that word lists are
    compared in."""
    w = strip_proclitics(normalize(word))
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


# --- sentences ---------------------------------------------------------------------------

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_SYMMETRIC = {'"'}


def quotation_left_open(before: str) -> bool:
    """``before`` -- the text from some point up to another -- opens a quotation it does not close: more «
    and “ than » and ”, or an odd number of " (the later point is inside quoted words)."""
    opened = before.count("«") + before.count("“") - before.count("»") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1


_TERMINATORS = set(".!?؟;؛…")
_ABBREV = re.compile(r"(?:^|\s)(?:[دأم]|ص|ج|ق|س|ت|Dr|Mr|Mrs|St|No|U\.S|أ\.د)\.$")


_SENT_EVENTS = re.compile("[\n“”«»„‹›\".!?؟;؛…]")
_CLOSERS = set("”»\"')]")
_FULL_STOPS = set(".!?؟")


def _clause_opens(text: str, k: int) -> bool:
    """A word glued to و / ف starts after the spaces at ``k`` (وأضاف، فقد): a new clause, not a second quotation."""
    nxt = text[k:k + 40].lstrip(" ")
    return nxt[:1] in ("و", "ف") and nxt[1:2].isalpha()


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, trimmed of surrounding whitespace.

    Breaks after ``. ! ? ؟ ؛ ; …`` (and runs of them) when not inside quotation marks,
    never inside numbers (3.5) or after one-letter abbreviations (د. for doctor), and always
    at line breaks.  A quotation that is never closed stops protecting at the line end.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))

    start = 0
    stack: list[str] = []
    skip_to = 0
    for m in _SENT_EVENTS.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "\n":
            emit(start, i)
            start = i + 1
            stack.clear()
        elif ch in _OPEN_CLOSE:
            stack.append(_OPEN_CLOSE[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack and i > start and text[i - 1] in _FULL_STOPS and i + 1 < n and text[i + 1] == " " \
                    and _clause_opens(text, i + 1) and "." not in text[max(start, i - 5):i - 1]:
                # (قال "نعم نحن هنا."  وأضاف: a sentence that ends inside the quotation ends with it when a new
                # clause opens with و / ف after it -- not و"هل, a second quotation, nor تي.في.", an abbreviation)
                emit(start, i + 1)
                start = i + 1
        elif ch in _SYMMETRIC:
            stack.append(ch)
        elif ch in _TERMINATORS and not stack:
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            if ch == "." and _ABBREV.search(text, max(start, i - 6), i + 1):
                continue
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            if j >= n or text[j].isspace():
                emit(start, j)
                start = j
                skip_to = j
    emit(start, n)
    return spans


_BLANK_CHARS = " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
               "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"


def is_blank(line: str) -> bool:
    """True for lines that hold only whitespace, no-break spaces or zero-width marks."""
    return not line.strip(_BLANK_CHARS)


def squash_spaces(s: str) -> str:
    """Collapse whitespace runs (incl. no-break spaces) to one space and trim."""
    return " ".join(s.split())
