"""The word tokens of a record, shared by the quotes, mentions and events code.

The text is tokenised and normalised once per record (:func:`token_view`, cached in
``record.meta``); :func:`sentence_tokens` slices that view.  Kept apart from the stages that use
it so that they can import it without importing each other.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..record import Record
from ..text import Token
from .dates import norm_index, normalized_text

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = re.compile(rf"\d+(?:[.,:٫٬]\d+)+|(?:[^\W_]|[{_MARKS}])+(?:['’\-](?:[^\W_]|[{_MARKS}])+)*|\S", re.UNICODE)


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Like :func:`marsad.text.tokenize`, but a word keeps its diacritics (دُعي is one token)."""
    end = len(text) if end is None else end
    # (tuple.__new__ skips the named tuple's Python-level __new__: a third of the cost)
    return [_new(Token, (m.group(), m.start(), m.end())) for m in _WORD.finditer(text, start, end)]


_new = tuple.__new__
#: a hashtag's marks, which are no words (#الرئيس_اليمني reads as الرئيس اليمني)
HASHTAG_MARKS = frozenset({"#", "_"})


def token_view(record: Record) -> tuple[list[Token], list[str], list[int]]:
    """``(tokens, normalised tokens, token starts)`` of the whole text, cached in ``record.meta``
    (shared by the quotes and events stages: the text is tokenised and normalised once)."""
    view = record.meta.get("_tokens")
    if view is not None and view[0] == len(record.text):
        return view[1], view[2], view[3]
    toks = [t for t in word_tokens(record.text) if t.text not in HASHTAG_MARKS]
    norm, _ = normalized_text(record)
    inv = norm_index(record)
    if inv is None:
        norms = [norm[t.start:t.end] for t in toks]
    else:
        norms = [norm[inv[t.start]:inv[t.end]] for t in toks]
    starts = [t.start for t in toks]
    record.meta["_tokens"] = (len(record.text), toks, norms, starts)
    return toks, norms, starts


def sentence_tokens(record: Record, start: int, end: int) -> tuple[list[Token], list[str]]:
    """Tokens (and their normalised forms) of ``record.text[start:end]``."""
    toks, norms, starts = token_view(record)
    a, b = bisect_left(starts, start), bisect_left(starts, end)
    return toks[a:b], norms[a:b]
