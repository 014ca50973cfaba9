"""Full-text search helpers: Arabic-normalised FTS5 queries and snippets on the original text.

The ``fts`` table indexes normalised copies (``marsad.text.normalize``: hamza forms of alef,
alef maqsura, ta marbuta, diacritics, tatweel), so a query is normalised the same way and
``احمد`` finds ``أحمد`` and the reverse.  Arabic words are also matched with the attached
proclitics news text puts before them (و ف ب ل ك and the article ال: ``بوتين`` finds
``وبوتين``, ``الرئيس`` finds ``للرئيس``), unless the search is ``exact``.

Snippets are cut from the original text: the query becomes a regular expression that
accepts every spelling normalising to the same letters, with diacritics and tatweel allowed
between them, so highlights are offsets into the text as stored.

Query syntax: words (all must match), ``"a phrase"``, ``word*`` (prefix), ``a OR b``,
``-word`` (exclude).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text import normalize

#: clitic prefixes tried before a searched Arabic word
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
_ARTICLE_PREFIXES = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC = re.compile("[\u0621-\u064a]")


class QueryError(ValueError):
    """The search query has nothing to search for."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]    # normalised FTS tokens (several: a phrase)
    prefix: bool = False
    negated: bool = False
    alternatives: "tuple[Term, ...] | None" = None  # a OR b


def parse(query: str) -> list[Term]:
    """Terms of a query (see the module docstring for the syntax)."""
    terms: list[Term] = []
    pending_or = False
    for m in re.finditer(r'(-?)"([^"]*)"|(\S+)', query or ""):
        if m.group(3) == "OR":
            pending_or = bool(terms)
            continue
        if m.group(2) is not None:
            negated, raw, prefix = bool(m.group(1)), m.group(2), False
        else:
            raw = m.group(3)
            negated = raw.startswith("-") and len(raw) > 1
            raw = raw[1:] if negated else raw
            prefix = raw.endswith("*")
            raw = raw.rstrip("*")
        words = tuple(_TOKEN.findall(normalize(raw)))
        if not words:
            pending_or = False
            continue
        term = Term(words, prefix, negated)
        if pending_or and not negated and not terms[-1].negated:
            prev = terms[-1]
            terms[-1] = Term(prev.words, prev.prefix, False,
                             (prev.alternatives or (Term(prev.words, prev.prefix),)) + (term,))
        else:
            terms.append(term)
        pending_or = False
    if not any(not t.negated for t in terms):
        raise QueryError(f"nothing to search for in {query!r}")
    return terms


def variants(word: str) -> list[str]:
    """``word`` with the clitics news text attaches (normalised forms)."""
    if len(word) < 3 or not _ARABIC.match(word):
        return [word]
    out = [word] + [p + word for p in PROCLITICS]
    stem = word[2:] if word.startswith("ال") and len(word) > 3 else None
    if stem:
        out += ["لل" + stem, "ولل" + stem, "فلل" + stem]
    else:
        out += [p + "ال" + word for p in _ARTICLE_PREFIXES] + ["لل" + word, "ولل" + word, "فلل" + word]
    return list(dict.fromkeys(out))


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _single(term: Term, exact: bool) -> str:
    star = " *" if term.prefix else ""
    if len(term.words) > 1:
        return _quote(" ".join(term.words)) + star
    forms = [term.words[0]] if exact else variants(term.words[0])
    parts = [_quote(f) + star for f in forms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _expr(term: Term, exact: bool) -> str:
    if term.alternatives:
        return "(" + " OR ".join(_single(t, exact) for t in term.alternatives) + ")"
    return _single(term, exact)


def fts_query(terms: list[Term], exact: bool = False) -> str:
    """The FTS5 MATCH expression for parsed terms.

    Several plain words also match as a phrase, OR-ed in: the set of results is the same (the
    phrase implies every word) but bm25 scores the phrase too, so ``محمد بن سلمان`` ranks the
    name above articles where the three words are scattered.
    """
    positive = [t for t in terms if not t.negated]
    pos = " AND ".join(_expr(t, exact) for t in positive)
    if len(positive) > 1 and all(len(t.words) == 1 and not t.prefix and not t.alternatives for t in positive):
        pos = f"({pos}) OR {_quote(' '.join(t.words[0] for t in positive))}"
    neg = [_expr(t, exact) for t in terms if t.negated]
    return pos + (" NOT (" + " OR ".join(neg) + ")" if neg else "")


# --- highlighting on the original text -----------------------------------------------------

@lru_cache(maxsize=1)
def _spelling_classes() -> tuple[dict[str, str], str]:
    """For each normalised character, every character that normalises to it; and the
    characters normalisation drops (diacritics, tatweel, bidi marks)."""
    groups: dict[str, list[str]] = {}
    dropped = []
    for cp in list(range(0x0600, 0x0700)) + [0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF]:
        ch = chr(cp)
        n = normalize(ch)
        if n == "":
            dropped.append(ch)
        elif len(n) == 1 and n != ch:
            groups.setdefault(n, [n]).append(ch)
    classes = {k: "[" + "".join(re.escape(c) for c in v) + "]" for k, v in groups.items()}
    return classes, "[" + "".join(re.escape(c) for c in dropped) + "]*"


def _letters(word: str) -> str:
    classes, drop = _spelling_classes()
    return "".join((classes.get(c) or re.escape(c)) + drop for c in word)


@lru_cache(maxsize=256)
def _highlighter(terms: tuple[Term, ...], exact: bool) -> re.Pattern | None:
    alts = []
    for term in terms:
        if term.negated:
            continue
        for t in term.alternatives or [term]:
            body = r"[^\w]+".join(_letters(w) for w in t.words)
            if exact or len(t.words) > 1 or len(t.words[0]) < 3 or not _ARABIC.match(t.words[0]):
                pre = ""
            else:
                pre = "(?:" + "|".join(_letters(p) for p in sorted(set(PROCLITICS) | {"لل", "ولل", "فلل"}, key=len,
                                                                  reverse=True)) + ")?"
                pre += "(?:" + _letters("ال") + ")?" if not t.words[0].startswith("ال") else ""
            tail = r"[\w" + _spelling_classes()[1][1:-2] + "]*" if t.prefix else ""
            alts.append(pre + body + tail)
    if not alts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])", re.IGNORECASE)


def highlighter(terms, exact: bool = False) -> re.Pattern | None:
    """A regular expression matching, in original text, the words the query matched."""
    return _highlighter(tuple(terms), exact)


def highlights(text: str, rx: re.Pattern | None) -> list[list[int]]:
    """``[start, end]`` of every match of ``rx`` in ``text`` (offsets into ``text``)."""
    return [[m.start(), m.end()] for m in rx.finditer(text)] if text and rx is not None else []


def snippet(text: str, rx: re.Pattern | None, width: int = 240) -> dict | None:
    """The window of ``text`` holding most matches: ``{text, start, end, highlights}`` where
    ``start``/``end`` are offsets in ``text`` and ``highlights`` ``[a, b]`` pairs relative to the
    snippet; None when nothing matches."""
    if not text or rx is None:
        return None
    hits = [(m.start(), m.end()) for m in rx.finditer(text)]
    if not hits:
        return None
    span = int(width * 0.8)
    best, best_n, j = 0, 0, 0
    for i, (s, _e) in enumerate(hits):
        j = max(j, i)
        while j + 1 < len(hits) and hits[j + 1][1] <= s + span:
            j += 1
        if j - i + 1 > best_n:
            best, best_n = i, j - i + 1
    anchor = hits[best][0]
    start = max(0, anchor - width // 5)
    if start:
        ws = max(text.rfind(" ", max(0, start - 30), start), text.rfind("\n", max(0, start - 30), start))
        if ws < 0:  # no space shortly before: start after the next one instead
            ws = max(text.find(" ", start, anchor), text.find("\n", start, anchor))
        start = ws + 1 if ws >= 0 else start
        nl = text.rfind("\n", start, anchor)
        start = nl + 1 if nl >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        ws = text.find(" ", end, end + 20)
        end = ws if ws >= 0 else end
    out = text[start:end]
    return {"text": out, "start": start, "end": end,
            "highlights": [[a - start, b - start] for a, b in hits if a >= start and b <= end]}


def mark(snip: dict | None, open_: str = "[", close: str = "]") -> str:
    """The snippet text with its highlights wrapped in markers."""
    if not snip:
        return ""
    text, out, pos = snip["text"], [], 0
    for a, b in snip["highlights"]:
        out += [text[pos:a], open_, text[a:b], close]
        pos = b
    out.append(text[pos:])
    return "".join(out)
