"""Country and sector of a mention from the role words around it.

``وزير الخارجية المصري سامح شكري``: the title before the name (وزير الخارجية, GOV) and the
first country indicator after the title (المصري, EGY) give ``("EGY", "GOV")`` even when the KB
does not know the name.  Country indicators are country adjectives (الروسي), country and city
names (روسيا، موسكو) and organisations with a country (الكرملين -> RUS).  Indicators after a
preposition (لدى، في، إلى ...) name a host, not the person's country, and are skipped:
``السفير الروسي لدى الولايات المتحدة`` -> RUS.  ``المتحدث باسم X`` takes X's sector
(``المتحدث باسم الجيش السوري`` -> SYR, MIL).  When nothing stands before the name, an
apposition after it is read (``سامح شكري، وزير الخارجية المصري``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text import Token
from .keys import alias_key, clitic_variants, word_tokens
from .store import KB, load_kb

#: how many tokens before a name the role phrase may span
WINDOW = 9
_STOP_PUNCT = set(".!?؟;؛:\n()[]{}")
_QUOTES = set("\"“”«»'‘’„")
_COMMAS = set("،,")
# a country named after these belongs to someone else (the host, the addressee)
_HOST_PREPS = {alias_key(w) for w in "لدى في إلى الى مع عن على من ضد لدي نحو تجاه بين ل لـ".split()}
# between a body and a name after it, these make the body the one reporting or addressed (نقلت
# فرانس برس عن طالبة ...), not the name's own (في and من still can: الباحث في معهد واشنطن)
_ADDRESS_PREPS = _HOST_PREPS - {alias_key(w) for w in ("في", "من")}
# words that end a role phrase when read backwards from the name (verbs and conjunctions of the clause)
_BREAK = {alias_key(w) for w in "قال قالت أكد أكدت أعلن أعلنت أضاف أضافت إن أن ان وأن إنه أنه انه إنها أنها انها الذي التي الذين حيث بينما كما "
                                  "بعد قبل خلال وقال وقالت وأكد وأضاف ذكر ذكرت صرح صرحت التقى التقت استقبل دعا دعت "
                                  "هاتف بحث ناقش".split()}


@dataclass
class Clue:
    start: int           # token index
    end: int             # token index (exclusive)
    kind: str            # role / spokes / org / country
    sector: str | None = None
    country: str | None = None


def _role_at(kb: KB, toks: list[Token], i: int, limit: int) -> tuple[int, str, str] | None:
    """Longest role word of the sector lexicon starting at token ``i``: ``(n tokens, sector, kind)``."""
    best = agent = None
    for _, first in clitic_variants(toks[i].text):
        key = first
        for j in range(i, min(limit, i + 5)):
            if j > i:
                key += " " + alias_key(toks[j].text)
            hit = kb.sectors.get(key)
            if not hit:
                continue
            if hit[1] == "agent":
                if agent is None or j - i + 1 > agent[0]:
                    agent = (j - i + 1, hit[0], hit[1])
            elif best is None or j - i + 1 > best[0]:
                best = (j - i + 1, hit[0], hit[1])
    # our own role words first; the lemmatised UniversalPetrarch agents only where we have none
    return best or agent


def _clues(kb: KB, text: str, toks: list[Token], published: str | None) -> list[Clue]:
    """Role words and country indicators in ``toks``, left to right, non-overlapping."""
    if not toks:
        return []
    a, b = toks[0].start, toks[-1].end
    found: list[Clue] = []
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    for s, e, entry in kb.find_mentions(text[a:b], published, kinds=("name", "nisba", "generic", "short")):
        ks = starts.get(a + s)
        if ks is None:  # the span starts after a clitic: find its token
            ks = max(k for k, t in enumerate(toks) if t.start <= a + s)
        ke = ends.get(a + e, ks) + 1
        if entry.type == "PER":
            kind = "person"
        else:
            kind = "country" if entry.type == "LOC" or entry.kind == "nisba" else "org"
        found.append(Clue(ks, ke, kind, entry.sector if entry.type == "ORG" else None, entry.country))
    taken = {k for c in found for k in range(c.start, c.end)}
    k = 0
    while k < len(toks):
        if k in taken:
            k += 1
            continue
        hit = _role_at(kb, toks, k, len(toks))
        if hit and not any(j in taken for j in range(k, k + hit[0])):
            n, sector, kind = hit
            found.append(Clue(k, k + n, {"role": "role", "spokes": "spokes", "agent": "agent"}.get(kind, "orgword"),
                              sector, None))
            k += n
        else:
            k += 1
    found.sort(key=lambda c: c.start)
    return found


def _read_phrase(clues: list[Clue], toks: list[Token], name_after: bool = True) -> tuple[str | None, str | None]:
    """Country and sector of a role phrase: the last title, then the first indicator after it.

    ``name_after``: the phrase stands before the name (else it is an apposition after it).
    """
    heads = [c for c in clues if c.kind in ("role", "spokes")]
    if not heads:
        # role words of the UniversalPetrarch agents list count only right next to the name
        heads = [c for c in clues if c.kind == "agent" and c.end == len(toks)]
    if heads:
        head = heads[-1]
        # a title made of several role words (نائب وزير الخارجية): start from the first of the run
        after = [c for c in clues if c.start >= head.end]
        sector = head.sector
        country = None
        host = org_seen = False
        person_country = None
        for c in after:
            gap = [alias_key(t.text) for t in toks[head.end:c.start]]
            if any(g in _HOST_PREPS for g in gap):
                host = True
            if (c.kind in ("org", "orgword") and c.sector and not org_seen and not host
                    and (head.kind == "spokes" or head.sector == "GOV")):
                # "المتحدث باسم الجيش" is MIL; a generic title of a body takes its sector (رئيس شركة -> BUS)
                org_seen = True
                sector = c.sector
            # after a preposition a place is the host (السفير الأمريكي في القاهرة), a body is the
            # one the person belongs to (النائبة في البرلمان الأردني)
            if c.kind == "person":
                if not host and person_country is None:
                    person_country = c.country
                continue
            if c.country and country is None and (not host or c.kind == "org"):
                country = c.country
        if country is None:
            # a chain of titles (المتحدث باسم الجيش السوري العميد ...): the country of an earlier one
            for earlier in reversed(heads[:-1]):
                for c in clues:
                    if c.start < earlier.end or c.start >= head.start:
                        continue
                    gap = [alias_key(t.text) for t in toks[earlier.end:c.start]]
                    if any(g in _HOST_PREPS for g in gap):
                        break
                    if c.country:
                        country = c.country
                        break
                if country:
                    break
        if country is None:
            # the representative, envoy or adviser of a person (ممثل خامنئي): that person's country
            country = person_country
        if head.kind == "spokes" and sector is None:
            sector = "GOV"
        return country, sector
    # no title: an adjective or organisation right before the name (الملياردير الروسي), not one
    # the name is reported by or speaks to (نقلت فرانس برس عن طالبة الحقوق سافورا محمدي)
    if name_after:
        clues = [c for c in clues if not any(_is_address_prep(t) for t in toks[c.end:])]
    country = next((c.country for c in reversed(clues) if c.country and c.kind != "person"), None)
    sector = next((c.sector for c in reversed(clues) if c.kind in ("org", "orgword") and c.sector), None)
    return country, sector


def _is_address_prep(tok: Token) -> bool:
    return alias_key(tok.text) in _ADDRESS_PREPS and tok.text != "علي"     # (the name Ali: يدعى علي حسن)


def _window_before(text: str, start: int) -> list[Token]:
    toks = word_tokens(text, max(0, start - 200), start)
    out: list[Token] = []
    for t in reversed(toks):
        if t.text in _QUOTES:
            continue
        if t.text in _COMMAS:
            if out:
                break
            continue  # "وزير الخارجية المصري، سامح شكري"
        if t.text in _STOP_PUNCT or (len(t.text) == 1 and not t.text.isalnum()):
            break
        if alias_key(t.text) in _BREAK:
            break
        out.append(t)
        if len(out) >= WINDOW:
            break
    return out[::-1]


def _window_after(text: str, end: int, kb: KB) -> list[Token]:
    """The apposition after a name: ``، وزير الخارجية المصري`` or, without a comma, a phrase
    that starts with a title (``ما تشاو شو سفير الصين لدى الأمم المتحدة``)."""
    toks = [t for t in word_tokens(text, end, min(len(text), end + 160)) if t.text not in _QUOTES]
    if not toks:
        return []
    if toks[0].text in _COMMAS:
        toks = toks[1:]
    else:
        hit = _role_at(kb, toks, 0, len(toks))
        if not hit or hit[2] not in ("role", "spokes"):
            return []
    out = []
    for t in toks:
        if t.text in _STOP_PUNCT or t.text in _COMMAS or (len(t.text) == 1 and not t.text.isalnum()):
            break
        if alias_key(t.text) in _BREAK:
            break
        out.append(t)
        if len(out) >= WINDOW:
            break
    return out


def infer_from_context(text: str, start: int, published: str | None = None, *, end: int | None = None,
                       kb: KB | None = None) -> tuple[str | None, str | None]:
    """``(country, sector)`` of the mention at ``text[start:]`` read from the role phrase before it.

    ``end`` (the end of the mention) lets an apposition after the name be read when nothing
    useful stands before it.  Either value is None when the text does not say.
    """
    kb = kb or load_kb()
    before = _window_before(text, start)
    clues = _clues(kb, text, before, published)
    country, sector = _read_phrase(clues, before) if clues else (None, None)
    titled = any(c.kind in ("role", "spokes") for c in clues)
    if country is None and end is not None:
        after = _window_after(text, end, kb)
        clues2 = _clues(kb, text, after, published)
        if clues2:
            country2, sector2 = _read_phrase(clues2, after, name_after=False)
            country = country2
            if not titled:
                sector = sector2 or sector
    return country, sector
