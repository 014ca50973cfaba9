"""The actor knowledge base at run time: lookup by name, dictionary scan of a text.

Layout of ``resources/kb/kb.json.gz`` (written by ``training/kb/build_kb.py``):

* ``entries``: ``[id, name_ar, name_en, type, country, sector, source, roles]`` where ``roles`` is
  a list of ``[country, sector, role, start, end]`` (ISO dates, ``null`` = open);
* ``aliases``: matching key (:func:`marsad.kb.keys.alias_key`) -> ``[[entry, kind], ...]`` with
  ``kind`` one of ``name`` (a full name), ``title`` (a role title such as الرئيس الأمريكي that
  names whoever held the role at the time), ``short`` (a surname), ``generic`` (an institution
  without its country: وزارة الخارجية), ``nisba`` (an adjective: الروسي), ``weak`` (a name that
  is also an ordinary word: العربية);
* ``nisba``: adjective key -> ISO3; ``institutions``: template -> {ISO3 or ``*``: entry};
* ``sectors``: role-word key -> ``[sector, kind]``.
"""
from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..resources import load_word_counts, path as resource_path
from .keys import alias_key, clitic_variants, token_key, word_tokens

KINDS = ("name", "title", "short", "generic", "nisba", "weak")
#: kinds find_mentions reports unless told otherwise: names of things, not adjectives or titles
MENTION_KINDS = frozenset({"name", "short", "generic"})
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}
_CLITIC_LETTERS = set("وفبلك")
_END = "\x00"  # trie key of the aliases ending at a node (never a token)

# letters that foreign names are written with interchangeably; vowels and weak letters dropped
_SKELETON = str.maketrans({"ق": "ك", "غ": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ذ": "ز", "ظ": "ز",
                           "ا": None, "و": None, "ي": None, "ء": None, "ه": None, "ع": None, "-": None})


def skeleton(key: str) -> str:
    """Consonant skeleton of a normalised name: كليتشدار اوغلو and قليجدار أوغلو read alike."""
    out = []
    for word in key.split(" "):
        w = word.replace("تش", "ج").replace("تس", "س").translate(_SKELETON)
        w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])
        if w:
            out.append(w)
    return " ".join(out)


def _vowel_moved(w: str, v: str) -> bool:
    """Two spellings of a name word alike but for where a long vowel (ا و ي) stands, or one more of them (صالح
    and صلاح، عمر and عمار، سلامة and إسلامي) -- not the same vowel letter changed in place (جون and جان)."""
    def strip(x: str) -> str:
        return "".join(c for c in x if c not in "اويه")
    if w == v or strip(w) != strip(v):
        return False
    return len(w) != len(v) or any((a in "اوي") != (b in "اوي") for a, b in zip(w, v))


@dataclass(frozen=True)
class ActorEntry:
    """One KB actor as seen at a date.

    ``country``/``sector``/``role``/``start``/``end`` describe the role held at the date asked
    about (or the nearest one); ``active`` says whether that role was held on that date (None
    when the entry has no dated roles, such as a country).  ``kind`` is how the name matched.
    """

    id: str
    name_ar: str
    name_en: str | None
    type: str
    country: str | None
    sector: str | None
    role: str | None = None
    start: str | None = None
    end: str | None = None
    active: bool | None = None
    kind: str = "name"
    source: str = "facts"
    roles: tuple = ()


def _pick_role(roles: list, published: str | None) -> tuple[list | None, bool | None]:
    if not roles:
        return None, None
    if published is None:
        live = [r for r in roles if r[4] is None]
        return (max(live or roles, key=lambda r: r[3] or ""), None)
    active = [r for r in roles if (r[3] is None or r[3] <= published) and (r[4] is None or published <= r[4])]
    if active:
        # the most specific: latest start; a head-of-state role wins ties by order in the facts
        return max(active, key=lambda r: r[3] or ""), True
    before = [r for r in roles if r[4] is not None and r[4] < published]
    if before:
        return max(before, key=lambda r: r[4]), False
    return min(roles, key=lambda r: r[3] or ""), False


class KB:
    """Actor knowledge base.  Get the shared instance with :func:`load_kb`."""

    def __init__(self, data: dict):
        self._entries = data["entries"]
        self._aliases: dict[str, list] = data["aliases"]
        self.nisba: dict[str, str] = data["nisba"]
        self.institutions: dict[str, dict[str, int]] = data["institutions"]
        self.sectors: dict[str, list] = data["sectors"]
        #: normalised Arabic word of a known person's name -> its English spelling (سامح -> Sameh)
        self.name_words: dict[str, str] = data.get("name_words", {})
        #: normalised person names of the name lexicons that start with a proclitic letter (ليلى، فيدل)
        self.clitic_initial_names: frozenset[str] = frozenset(data.get("clitic_initial_names", ()))
        self._generic_of = {idx: key for key, d in self.institutions.items() for c, idx in d.items() if c == "*"}
        self._trie: dict | None = None
        self._lock = threading.Lock()
        self.max_alias_tokens = 1

    # --- entries ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, idx: int, published: str | None = None, kind: str = "name",
              only_roles: list[int] | None = None) -> ActorEntry:
        """Entry ``idx`` with the role held at ``published``; ``only_roles`` restricts the roles
        considered (a title such as الرئيس الأمريكي names a person only in the roles it titles)."""
        eid, name_ar, name_en, etype, country, sector, source, roles = self._entries[idx]
        pool = [roles[i] for i in only_roles] if only_roles else roles
        role, active = _pick_role(pool, published)
        if role is not None:
            country, sector = role[0] or country, role[1] or sector
        return ActorEntry(eid, name_ar, name_en, etype, country, sector,
                          role[2] if role else None, role[3] if role else None, role[4] if role else None,
                          active, kind, source, tuple(tuple(r) for r in roles))

    def get(self, actor_id: str, published: str | None = None) -> ActorEntry | None:
        idx = self._index_of_id().get(actor_id)
        return None if idx is None else self.entry(idx, published)

    @lru_cache(maxsize=1)
    def _index_of_id(self) -> dict[str, int]:
        return {e[0]: i for i, e in enumerate(self._entries)}

    def entries(self, published: str | None = None) -> Iterable[ActorEntry]:
        for i in range(len(self._entries)):
            yield self.entry(i, published)

    # --- lookup -----------------------------------------------------------------------------
    def lookup(self, surface: str, published: str | None = None, *, kinds: Iterable[str] | None = None,
               type: str | None = None) -> list[ActorEntry]:
        """Entries a written name may refer to, best first.

        ``surface`` is matched on normalised tokens; a proclitic (و ف ب ل ك, لل) on its first
        word is tried off as well (``وبايدن``, ``لروسيا``, ``للأمم المتحدة``).  With ``published``
        (``YYYY-MM-DD``) each entry carries the role held on that date, entries whose role
        was held then rank first, and titles (``الرئيس الأمريكي``) only match the holder at
        that date.  ``type`` (PER/ORG/LOC) ranks entries of that type first.
        """
        toks = word_tokens(surface)
        if not toks:
            return []
        rest = " ".join(alias_key(t.text) for t in toks[1:])
        seen: dict[int, tuple] = {}
        for n, first in clitic_variants(toks[0].text):
            key = (first + " " + rest).strip()
            for item in self._aliases.get(key, ()):
                idx, kind = item[0], item[1]
                if kinds is not None and kind not in kinds:
                    continue
                rank = (1 if n else 0, _KIND_RANK[kind])
                if idx not in seen or rank < seen[idx][0]:
                    seen[idx] = (rank, kind, item[2] if len(item) > 2 else None)
            if seen and n == 0:
                break
        out = []
        for idx, (rank, kind, only) in seen.items():
            e = self.entry(idx, published, kind, only)
            if kind == "title" and published is not None and not e.active:
                continue
            out.append((self._score(e, rank, type), idx, e))
        out.sort(key=lambda x: (x[0], x[1]))
        return [e for _, _, e in out]

    @staticmethod
    def _score(e: ActorEntry, rank: tuple, type: str | None) -> tuple:
        activity = {True: 0, None: 1, False: 2}[e.active]
        return (rank[0], 0 if type is None or e.type == type else 1, rank[1], activity,
                0 if e.source == "facts" else 1)

    # --- spelling-tolerant person lookup ---------------------------------------------------
    @lru_cache(maxsize=1)
    def _skeletons(self) -> dict[str, set[int]]:
        index: dict[str, set[int]] = {}
        for key, items in self._aliases.items():
            if " " not in key:
                continue
            for item in items:
                if item[1] == "name" and self._entries[item[0]][3] == "PER":
                    index.setdefault(skeleton(key), set()).add(item[0])
        return index

    def fuzzy_person(self, name: str, published: str | None = None) -> ActorEntry | None:
        """A KB person whose full name is written differently: same consonant skeleton, word by word.

        ``مارك زوكربرغ`` -> Mark Zuckerberg (زوكربيرغ), ``كمال قليجدار أوغلو`` -> Kemal
        Kilicdaroglu (كليتشدار).  Only names of two words or more, and only when one person fits.
        """
        key = alias_key(name)
        if " " not in key:
            return None
        sk = skeleton(key)
        if len(sk.replace(" ", "")) < 5:
            return None
        found = self._skeletons().get(sk, set())
        if len(found) != 1:
            return None
        entry = self.entry(next(iter(found)), published, "name")
        # the skeleton drops ه and ع, which no foreign name is spelled with or without at will: word by word they
        # must match the KB's name (الحسن طاهر is no الحسن واتارا -- both read ت ر) -- but for a final ه, a ta
        # marbuta that may be written ا (سارا ساندرز is سارة ساندرز)
        words = alias_key(entry.name_ar).split() if entry is not None else []
        pairs = list(zip(key.split(), words)) if len(words) == len(key.split()) else []
        if pairs:
            if any((w[:-1].count("ه"), w.count("ع")) != (v[:-1].count("ه"), v.count("ع")) for w, v in pairs):
                return None
            # nor two common names the KB writes apart whose long vowel stands elsewhere or is added, in the family
            # name or with no word alike (محمد صالح is no محمد صلاح, عمر الحريري no عمار الحوري): Arabic spells them
            # apart; a foreign name may change its vowel letter in place (جون إيف لودريان), add one in a rare spelling
            # (يوري موسيفيني) or in one the KB knows as the same name (ترمب، بوتن); a slip in the first name of a
            # known family name stays (بارك أوباما)
            counts = load_word_counts()
            moved = [i for i, (w, v) in enumerate(pairs)
                     if _vowel_moved(w, v) and min(counts.get(w, 0), counts.get(v, 0)) >= 50
                     and w in self.name_words and v in self.name_words and self.name_words[w] != self.name_words[v]]
            if moved and (moved[-1] == len(pairs) - 1 or all(w != v for w, v in pairs)):
                return None
        return entry

    def resolve_title(self, phrase: str, published: str | None) -> ActorEntry | None:
        """The holder of a role title at a date: ``الرئيس الأمريكي`` on 2021-04-19 -> Joe Biden."""
        found = [e for e in self.lookup(phrase, published, kinds=("title",)) if e.active or published is None]
        return found[0] if found else None

    def institution(self, template: str, country: str | None) -> ActorEntry | None:
        """A country's institution: ``institution("mfa", "RUS")`` -> Ministry of Foreign Affairs of Russia."""
        idx = self.institutions.get(template, {}).get(country or "*")
        return None if idx is None else self.entry(idx)

    def generic_template(self, entry: ActorEntry) -> str | None:
        """``G:mfa`` -> ``mfa``: the template of a generic institution entry, else None."""
        if entry.id.startswith("G:"):
            return entry.id[2:]
        return None

    # --- dictionary scan ------------------------------------------------------------------
    def _build_trie(self) -> dict:
        with self._lock:
            if self._trie is not None:
                return self._trie
            trie: dict = {}
            longest = 1
            for key, items in self._aliases.items():
                parts = key.split(" ")
                longest = max(longest, len(parts))
                node = trie
                for p in parts:
                    node = node.setdefault(p, {})
                node[_END] = items
            self.max_alias_tokens = longest
            self._trie = trie
            return trie

    @staticmethod
    def _and_a_name(word: str, whole: str, split: tuple, trie: dict) -> bool:
        """وجدة in وجدة والمدينة المنورة: a one-word name (Oujda) that is also و / ف + another one-word
        name (Jeddah) the news writes at least ten times as often: the clitic reading wins."""
        n, rest, _ = split
        if n != 1 or word[:1] not in "وف" or _END not in trie.get(whole, {}) or _END not in trie.get(rest, {}):
            return False
        counts = load_word_counts()
        return counts.get(rest, 0) >= max(100, 10 * counts.get(whole, 0))

    def find_mentions(self, text: str, published: str | None = None, *,
                      kinds: Iterable[str] = MENTION_KINDS) -> list[tuple[int, int, ActorEntry]]:
        """Longest-match dictionary scan: ``[(start, end, entry)]`` with offsets into ``text``.

        Matching is on normalised tokens, so letter variants (أ/ا, ة/ه, ى/ي, diacritics) and
        tatweel do not matter; an attached proclitic is left out of the span (``وبايدن`` gives
        the span of ``بايدن``).  ``kinds`` chooses which aliases count (see :data:`KINDS`); by
        default names, surnames and generic institutions, not adjectives (الروسي), role
        titles or names that are also common words.  Each span gets its best entry for the
        date ``published``.
        """
        trie = self._build_trie()
        kinds = frozenset(kinds)
        toks = word_tokens(text)
        keys = [token_key(t.text) for t in toks]
        out = []
        i = 0
        while i < len(toks):
            if keys[i] not in trie and toks[i].text[:1] not in _CLITIC_LETTERS:
                i += 1  # fast path: no alias starts here, and no proclitic to take off
                continue
            best = None  # (n tokens, -clitic chars, start, items)
            word = toks[i].text
            variants = [(n, first, False) for n, first in clitic_variants(word)]
            if toks[i].start and text[toks[i].start - 1] != "ل":
                # a whole word of running text that starts with one ل is ل + a word (لقوات الشرعية،
                # لنصرة الأشقاء، لمالكي الأجهزة), not the rest of لل: only a span cut out of لل (the
                # text starts there, or the ل before it is in the text) reads as ال + word
                variants = [v for v in variants if v[0] or v[1] == keys[i]]
            if len(variants) > 1 and self._and_a_name(word, variants[0][1], variants[1], trie):
                variants = variants[1:]
            if len(word) == 3 and word[0] in "لب" and word[1] not in "لا":
                # لبي بي سي: a short first word after ل / ب, read only as the start of a longer name
                # (not لي in ولي العهد: a one-word alias is never read into such a word)
                variants.append((1, token_key(word[1:]), True))
            for n_clitic, first, multi_only in variants:
                node = trie.get(first)
                j = i
                while node is not None:
                    items = node.get(_END)
                    if items and multi_only and j == i:
                        items = None
                    if items:
                        usable = [it for it in items if it[1] in kinds]
                        if published is not None and "title" in kinds:
                            usable = [it for it in usable if it[1] != "title"
                                      or self.entry(it[0], published, "title", it[2]).active]
                        if usable and (best is None or (j - i + 1, -n_clitic) > best[:2]):
                            best = (j - i + 1, -n_clitic, toks[i].start + n_clitic, usable)
                    j += 1
                    if j >= len(toks):
                        break
                    node = node.get(keys[j])
                if best is not None and n_clitic == 0:
                    break  # the word as written matched: do not read a clitic into it
            if best is None:
                i += 1
                continue
            ntok, _, start, items = best
            end = toks[i + ntok - 1].end
            cands = [self.entry(it[0], published, it[1], it[2] if len(it) > 2 else None) for it in items]
            cands.sort(key=lambda e: self._score(e, (0, _KIND_RANK[e.kind]), None))
            out.append((start, end, cands[0]))
            i += ntok
        return out


_KB: KB | None = None
_KB_LOCK = threading.Lock()


def load_kb() -> KB:
    """The packaged KB, loaded on first use and cached."""
    global _KB
    if _KB is None:
        with _KB_LOCK:
            if _KB is None:
                raw = gzip.decompress(resource_path("kb/kb.json.gz").read_bytes())
                _KB = KB(json.loads(raw))
    return _KB
