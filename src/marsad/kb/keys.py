"""Matching keys shared by the KB builder and the runtime.

A key is the ``marsad.text.normalize`` form of each token of a name, joined by single spaces
(``"أنجيلا  ميركل"`` -> ``"انجيلا ميركل"``).  Tokens come from :func:`marsad.text.tokenize`, so
punctuation inside a name (``أوبك+``, ``ABC-News``) splits the same way in the KB and in text.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..text import Token, normalize, split_proclitics, tokenize


_HASHTAG_MARKS = {"#", "_", "＃"}


def _is_mark(s: str) -> bool:
    return all(unicodedata.category(c).startswith("M") or c == "\u0640" for c in s)


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """:func:`marsad.text.tokenize`, with words split by a diacritic joined again.

    ``tokenize`` reads a combining mark (shadda, harakat) as a separate symbol, so ``خميّس``
    would be ``خمي`` + ``ّ`` + ``س``; names with diacritics must stay one token to match.
    Hashtag marks (``#ترمب``, ``سعد_الحريري``) are left out.
    """
    out: list[Token] = []
    for t in tokenize(text, start, end):
        if t.text in _HASHTAG_MARKS:
            continue  # #ترمب, سعد_الحريري: hashtag marks are not part of a name
        if out and out[-1].end == t.start and (_is_mark(t.text) or _is_mark(text[t.start - 1])
                                               or _is_mark(out[-1].text)):
            prev = out.pop()
            out.append(Token(text[prev.start:t.end], prev.start, t.end))
        else:
            out.append(t)
    return out


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """Matching key of one token (a word as :func:`word_tokens` gives it)."""
    return normalize(token)


def alias_key(name: str) -> str:
    """The matching key of a name: normalised tokens joined by one space."""
    return " ".join(k for k in (normalize(t.text) for t in word_tokens(name)) if k)


@lru_cache(maxsize=200_000)
def clitic_variants(token: str) -> tuple[tuple[int, str], ...]:
    """Readings of one token as ``(chars of proclitics, normalised rest)``, the whole word first.

    ``وبايدن`` -> ``[(0, 'وبايدن'), (1, 'بايدن')]``; ``للرئيس`` -> also ``(1, 'الرئيس')``
    (ل + ال is written لل).  ``بوتين`` has one reading.
    """
    out = [(0, normalize(token))]
    if token[:1] == "ل" and token[1:2] not in ("", "ل") and len(token) > 3:
        # the rest of لل (ل + ال) as a mention: لقوات in للقوات, لأمم in للأمم (record.md: the
        # mention excludes the clitic, so it starts with the article's ل)
        out.append((0, "ا" + normalize(token)))
    prefix, rest = split_proclitics(token)
    if prefix:
        nrest = normalize(rest)
        out.append((len(prefix), nrest))
        if prefix.endswith("ل") and nrest.startswith("ل") and not nrest.startswith("ال"):
            out.append((len(prefix), "ا" + nrest))
    elif len(token) > 3 and token[0] in "وبل" and token[1] != "ا":
        # not split by the frequency test, still try the rest: rare names (وسوليفان) are not in the counts
        nrest = normalize(token[1:])
        out.append((1, nrest))
        if token[0] == "ل" and nrest.startswith("ل"):
            out.append((1, "ا" + nrest))
    return tuple(out)
