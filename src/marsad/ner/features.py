"""Word-level features for the `fast` NER profile (shared by training and runtime).

Arabic specifics: orthographic normalisation (alef/yaa/taa-marbuta variants,
diacritics, tatweel), proclitic stripping (و ف ب ل ك + ال) so that "وبايدن"
and "بايدن" share a stem feature, affixes, script/shape, and per-word
lexicon attributes (word-vector clusters trained on ANT news, gazetteer
membership) looked up in a table shipped with the model.
"""
from __future__ import annotations

import re

_DIAC = re.compile("[\u064B-\u0652\u0670\u0640]")
_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_AR = re.compile("[\u0600-\u06FF]")
_LAT = re.compile("[A-Za-z]")
_DIG = re.compile("[0-9\u0660-\u0669]")
_PUNCT = re.compile(r"^[^\w]+$")

# proclitic sequences, longest first (already normalised: no hamza on alef)
_PROCLITICS = sorted(
    ["وال", "فال", "بال", "كال", "لل", "ال", "وبال", "وكال", "ولل", "فلل", "فبال",
     "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "وس", "س"],
    key=len, reverse=True)


def normalize(w: str) -> str:
    return _DIAC.sub("", w).translate(_NORM)


def split_clitics(n: str) -> tuple[str, str]:
    """(proclitics, stem) of a normalised word; keeps a stem of >= 2 chars."""
    if not _AR.match(n):
        return "", n
    for p in _PROCLITICS:
        if n.startswith(p) and len(n) - len(p) >= 2:
            return p, n[len(p):]
    return "", n


def shape(w: str) -> str:
    if _PUNCT.match(w):
        return "P"
    if _DIG.search(w):
        return "D" if not _AR.search(w) and not _LAT.search(w) else "DX"
    if _LAT.search(w):
        if w.isupper() and len(w) > 1:
            return "LU"
        return "LC" if w[:1].isupper() else "Ll"
    if _AR.search(w):
        return "A"
    return "X"


def word_features(w: str, lex: dict) -> tuple[list[str], list[str]]:
    """-> (features of the word itself, features it contributes as context).

    ``lex`` maps a normalised word (or stem) to a tuple of attribute strings
    (clusters "c64=..", "c256=..", "c1k=.." and gazetteer flags "g=LOC" ...)."""
    n = normalize(w)
    low = n.lower()
    pre, stem = split_clitics(low)
    sh = shape(w)
    f = ["b", "w=" + low, "sh=" + sh, "len=" + str(min(len(n), 9))]
    if stem != low:
        f.append("st=" + stem)
        f.append("pre=" + pre)
    L = len(low)
    for k in (1, 2, 3):
        if L > k:
            f.append(f"p{k}=" + low[:k])
    for k in (1, 2, 3, 4):
        if L > k:
            f.append(f"s{k}=" + low[-k:])
    if stem != low and len(stem) > 2:
        f.append("sp2=" + stem[:2])
        f.append("ss2=" + stem[-2:])
        f.append("ss3=" + stem[-3:])
    attrs = lex.get(low)
    if attrs is None and stem != low:
        attrs = lex.get(stem)
        if attrs is not None:
            attrs = tuple("S" + a for a in attrs)
    if attrs is None:
        f.append("oov")
        attrs = ()
    f.extend(attrs)
    if stem != low and (stem in lex):
        f.extend("st" + a for a in lex[stem] if a.startswith("g"))
    ctx = ["w=" + low, "sh=" + sh]
    if stem != low:
        ctx.append("st=" + stem)
    ctx.extend(a for a in attrs if not a.startswith("Sc64") and not a.startswith("c64"))
    return f, ctx


def sentence_features(words: list[str], lex: dict, cache: dict | None = None) -> list[list[str]]:
    """crfsuite-style feature strings for every token of a sentence."""
    wf = []
    for w in words:
        r = cache.get(w) if cache is not None else None
        if r is None:
            r = word_features(w, lex)
            if cache is not None:
                cache[w] = r
        wf.append(r)
    n = len(words)
    out = []
    for i in range(n):
        f = list(wf[i][0])
        for o in (-2, -1, 1, 2):
            j = i + o
            if 0 <= j < n:
                ctx = wf[j][1]
                if o in (-1, 1):
                    f.extend(f"{o}{c}" for c in ctx)
                else:
                    f.extend(f"{o}{c}" for c in ctx[:1] + [c for c in ctx if c.startswith(("c256", "Sc256"))])
            else:
                f.append(f"{o}BOS" if j < 0 else f"{o}EOS")
        lw = wf[i - 1][1][0] if i > 0 else "BOS"
        rw = wf[i + 1][1][0] if i + 1 < n else "EOS"
        cw = wf[i][1][0]
        f.append("bl=" + lw + "|" + cw)
        f.append("br=" + cw + "|" + rw)
        out.append(f)
    return out
