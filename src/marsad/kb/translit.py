"""Arabic -> English transliteration of names, for actors the KB does not know.

A small character model, pure Python, trained by ``training/kb/train_translit.py`` on the
ANETAC English-Arabic name pairs:

1. **Alignment.** Each Arabic letter of a training name is aligned to an English substring of
   0-3 letters (monotonic, covering the English name), with EM over all segmentations.
2. **Channel.** From the best alignments, counts of the English substring written for an
   Arabic letter in context (the letter alone; with the next letter; with the previous and
   next; with two on the right), interpolated Witten-Bell style from narrow to wide contexts.
3. **Language model.** An interpolated character 4-gram model of English names.
4. **Decoding.** Beam search over the letters, scoring channel + ``lm_weight`` x LM.

Words seen in training are read from the training dictionary first.  Arabic letters are
normalised with :func:`marsad.text.normalize` (أ/إ/آ -> ا, ة -> ه, ى -> ي) on both sides.
"""
from __future__ import annotations

import gzip
import json
import math
import threading
from collections import Counter, defaultdict
from functools import lru_cache

from ..text import normalize

MAX_SUB = 3
BOS, EOS = "^", "$"


def _contexts(word: str, i: int) -> list[str]:
    """Channel contexts of letter ``i``, narrow to wide."""
    w = BOS + BOS + word + EOS + EOS
    j = i + 2
    a, p1, p2, n1, n2 = w[j], w[j - 1], w[j - 2], w[j + 1], w[j + 2]
    return [a, a + "|" + n1, p1 + a + "|" + n1, p1 + a + "|" + n1 + n2, p2 + p1 + a + "|" + n1 + n2]


# --- training ---------------------------------------------------------------------------------

def align_em(pairs: list[tuple[str, str]], iterations: int = 4, log=print) -> dict:
    """EM estimate of P(english substring | arabic letter) over monotonic segmentations."""
    prob: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(lambda: 0.1))
    for it in range(iterations):
        counts: dict[str, Counter] = defaultdict(Counter)
        total_ll = 0.0
        for ar, en in pairs:
            n, m = len(ar), len(en)
            if m > n * MAX_SUB:
                continue
            fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            fwd[0][0] = 1.0
            for i in range(1, n + 1):
                pa = prob[ar[i - 1]]
                row, prev = fwd[i], fwd[i - 1]
                lo = max(0, m - (n - i) * MAX_SUB)
                for j in range(lo, min(m, i * MAX_SUB) + 1):
                    s = 0.0
                    for k in range(0, min(MAX_SUB, j) + 1):
                        f = prev[j - k]
                        if f:
                            s += f * pa[en[j - k:j]]
                    row[j] = s
            z = fwd[n][m]
            if z <= 0:
                continue
            total_ll += math.log(z)
            bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            bwd[n][m] = 1.0
            for i in range(n - 1, -1, -1):
                pa = prob[ar[i]]
                row, nxt = bwd[i], bwd[i + 1]
                for j in range(m, -1, -1):
                    s = 0.0
                    for k in range(0, min(MAX_SUB, m - j) + 1):
                        b = nxt[j + k]
                        if b:
                            s += pa[en[j:j + k]] * b
                    row[j] = s
            for i in range(n):
                pa = prob[ar[i]]
                ca = counts[ar[i]]
                f_i, b_n = fwd[i], bwd[i + 1]
                for j in range(m + 1):
                    f = f_i[j]
                    if not f:
                        continue
                    for k in range(0, min(MAX_SUB, m - j) + 1):
                        b = b_n[j + k]
                        if b:
                            sub = en[j:j + k]
                            ca[sub] += f * pa[sub] * b / z
        new = defaultdict(lambda: defaultdict(lambda: 1e-6))
        for a, c in counts.items():
            tot = sum(c.values())
            for sub, v in c.items():
                new[a][sub] = v / tot
        prob = new
        log(f"EM iteration {it + 1}: log-likelihood {total_ll:.0f}")
    return prob


def viterbi_align(ar: str, en: str, prob) -> list[str] | None:
    n, m = len(ar), len(en)
    best = [[(-1e18, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i in range(1, n + 1):
        pa = prob.get(ar[i - 1], {})
        for j in range(0, m + 1):
            top = (-1e18, -1)
            for k in range(0, min(MAX_SUB, j) + 1):
                prev = best[i - 1][j - k][0]
                p = pa.get(en[j - k:j], 0.0)
                if prev > -1e17 and p > 0:
                    s = prev + math.log(p)
                    if s > top[0]:
                        top = (s, k)
            best[i][j] = top
    if best[n][m][0] < -1e17:
        return None
    subs, j = [], m
    for i in range(n, 0, -1):
        k = best[i][j][1]
        subs.append(en[j - k:j])
        j -= k
    return subs[::-1]


def train(pairs: list[tuple[str, str]], iterations: int = 4, log=print) -> dict:
    """Train a model from ``(arabic, english)`` pairs; returns the JSON-able model."""
    pairs = [(normalize(a).replace(" ", ""), e.lower()) for a, e in pairs if a and e]
    prob = align_em(pairs, iterations, log)
    prob = {a: dict(d) for a, d in prob.items()}
    channel: dict[str, Counter] = defaultdict(Counter)
    lm: dict[str, Counter] = defaultdict(Counter)
    dictionary: dict[str, Counter] = defaultdict(Counter)
    for ar, en in pairs:
        dictionary[ar][en] += 1
        subs = viterbi_align(ar, en, prob)
        if subs is None:
            continue
        for i, sub in enumerate(subs):
            for ctx in _contexts(ar, i):
                channel[ctx][sub] += 1
        s = BOS * 3 + en + EOS
        for i in range(3, len(s)):
            for order in range(0, 4):
                lm[s[i - order:i]][s[i]] += 1
    model = {
        "channel": {c: dict(cnt.most_common(12)) for c, cnt in channel.items() if sum(cnt.values()) >= 2 or len(c) == 1},
        "lm": {c: dict(cnt) for c, cnt in lm.items() if sum(cnt.values()) >= 2 or len(c) <= 1},
        # ANETAC's split gives its test words other English spellings than training does, and a
        # name spelt as in training is no better than the model's reading: no word list is kept
        "dictionary": {},
        "lm_weight": 0.5,
        "beam": 8,
    }
    return model


# --- decoding ---------------------------------------------------------------------------------

class Transliterator:
    def __init__(self, model: dict):
        self.channel = model["channel"]
        self.lm = model["lm"]
        self.dictionary = dict(model.get("dictionary") or {})
        self.lm_weight = model.get("lm_weight", 0.5)
        self.beam = model.get("beam", 8)
        self._cache: dict = {}

    @staticmethod
    def _wb(levels: list[dict | None], floor: dict | None = None) -> dict[str, float]:
        """Witten-Bell interpolation of count tables, narrow to wide."""
        dist: dict[str, float] = dict(floor or {})
        for counts in levels:
            if not counts:
                continue
            total = sum(counts.values())
            types = len(counts)
            lam = total / (total + types)
            keys = sorted(set(dist) | set(counts))     # (a set's order follows the hash seed)
            dist = {k: lam * counts.get(k, 0) / total + (1 - lam) * dist.get(k, 0.0) for k in keys}
        return dist

    def _channel(self, word: str, i: int) -> list[tuple[str, float]]:
        levels = [self.channel.get(c) for c in _contexts(word, i)]
        dist = self._wb(levels)
        if not dist:
            return [(word[i], 1.0)] if word[i].isascii() else [("", 1.0)]
        top = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:10]   # ties by spelling, not by hash order
        return [(s, p) for s, p in top if p > 1e-4]

    def _lm_logp(self, history: str, ch: str) -> float:
        key = (history, ch)
        v = self._cache.get(key)
        if v is None:
            levels = [self.lm.get(history[len(history) - k:] if k else "") for k in range(0, 4)]
            dist = self._wb(levels, floor=None)
            v = math.log(dist.get(ch, 0.0) * 0.999 + 0.001 / 40)
            if len(self._cache) < 500_000:
                self._cache[key] = v
        return v

    @staticmethod
    def key(word: str) -> str:
        return normalize(word).replace(" ", "")

    def decode_word(self, word: str) -> str:
        """The model's reading, without the training dictionary (used for evaluation)."""
        w = self.key(word)
        return self.decode(w).capitalize() if w else ""

    def transliterate_word(self, word: str) -> str:
        w = self.key(word)
        if not w:
            return ""
        if not any("\u0621" <= c <= "\u064a" for c in w):
            return word
        known = self.dictionary.get(w)
        if known:
            return known.capitalize()
        return self.decode(w).capitalize()

    def decode(self, w: str) -> str:
        beams = [(0.0, "", BOS * 3)]
        for i in range(len(w)):
            options = self._channel(w, i)
            nxt: dict[str, tuple[float, str, str]] = {}
            for score, out, hist in beams:
                for sub, p in options:
                    s = score + math.log(p)
                    h = hist
                    for ch in sub:
                        s += self.lm_weight * self._lm_logp(h[-3:], ch)
                        h = h[-2:] + ch
                    cand = out + sub
                    if cand not in nxt or s > nxt[cand][0]:
                        nxt[cand] = (s, cand, h)
            beams = sorted(nxt.values(), key=lambda b: -b[0])[: self.beam]
        final = [(s + self.lm_weight * self._lm_logp(h[-3:], EOS), out) for s, out, h in beams]
        return max(final)[1] if final else ""

    def transliterate(self, name: str, known: dict[str, str] | None = None) -> str:
        """Word by word; ``known`` maps normalised Arabic words to their English form first."""
        out = []
        for t in name.split():
            if not t.strip():
                continue
            k = self.key(t)
            if known and k in known:
                out.append(known[k])
            elif k.startswith("ال") and len(k) > 4 and t[:1] not in "أإآ":
                # (not أليساندرو، ألكسندر: a hamza on the alif is no article)
                # the article of Arabic family names: الغندور -> al-Ghandour
                rest = k[2:]
                out.append("al-" + (known[rest] if known and rest in known else self.transliterate_word(rest)))
            else:
                out.append(self.transliterate_word(t))
        return " ".join(out)


_MODEL: Transliterator | None = None
_LOCK = threading.Lock()


def load_model() -> Transliterator:
    """The packaged model (``resources/kb/translit.json.gz``), loaded once."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                from ..resources import path as resource_path

                raw = gzip.decompress(resource_path("kb/translit.json.gz").read_bytes())
                _MODEL = Transliterator(json.loads(raw))
    return _MODEL


@lru_cache(maxsize=50_000)
def transliterate(arabic_name: str) -> str:
    """English form of an Arabic-script name, word by word.

    Words of names the KB knows are written as the KB writes them (سامح -> Sameh, شكري ->
    Shoukry); other words are read by the character model.
    """
    from .store import load_kb

    return load_model().transliterate(arabic_name, load_kb().name_words)
