"""`fast` profile: linear-chain CRF over hand-built Arabic features, decoded
with numpy (no crfsuite at run time)."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .features import word_features
from .viterbi import viterbi


def load_lexicon(path) -> dict:
    lex = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, _, a = line.rstrip("\n").partition("\t")
            if w:
                lex[w] = tuple(a.split())
    return lex


class FastTagger:
    profile = "fast"
    _CACHE_MAX = 500_000

    def __init__(self, model_path: Path, lexicon_path: Path, o_bias: float = 0.0):
        z = np.load(model_path)
        self.W = z["W"].astype(np.float32)
        self.trans = z["trans"].astype(np.float32)
        names = bytes(z["names"]).decode("utf-8").split("\n")
        self.tags = bytes(z["tags"]).decode("utf-8").split("\n")
        self.row = {n: i for i, n in enumerate(names)}
        self.lex = load_lexicon(lexicon_path)
        K = len(self.tags)
        # an extra all-zero row for unknown features
        self.W = np.vstack([self.W, np.zeros((1, K), dtype=np.float32)])
        self.zero = len(self.W) - 1
        self._cache: dict = {}
        # score subtracted from O when this tagger decodes on its own (recall/precision trade-off tuned on dev)
        self.bias = np.zeros(K, dtype=np.float32)
        self.bias[self.tags.index("O")] = -float(o_bias)
        start = np.zeros(K, dtype=np.float32)
        self.start = start
        self.edge = {}
        for o in (-2, -1, 1, 2):
            for b in ("BOS", "EOS"):
                r = self.row.get(f"{o}{b}")
                if r is not None:
                    self.edge[(o, b)] = r

    def _word(self, w):
        r = self._cache.get(w)
        if r is not None:
            return r
        if len(self._cache) > self._CACHE_MAX:
            self._cache.clear()
        f, ctx = word_features(w, self.lex)
        row = self.row
        own = [row[x] for x in f if x in row]
        c2 = ctx[:1] + [c for c in ctx if c.startswith(("c256", "Sc256"))]
        parts = {
            -1: [row[k] for k in (f"-1{c}" for c in ctx) if k in row],
            1: [row[k] for k in (f"1{c}" for c in ctx) if k in row],
            -2: [row[k] for k in (f"-2{c}" for c in c2) if k in row],
            2: [row[k] for k in (f"2{c}" for c in c2) if k in row],
        }
        r = (own, parts, ctx[0])
        self._cache[w] = r
        return r

    def emissions(self, words):
        n = len(words)
        wf = [self._word(w) for w in words]
        flat: list[int] = []
        starts = []
        row = self.row
        edge = self.edge
        for i in range(n):
            starts.append(len(flat))
            flat.extend(wf[i][0])
            for o in (-2, -1, 1, 2):
                j = i + o
                if 0 <= j < n:
                    # the neighbour at offset o contributes its ctx features named with o
                    flat.extend(wf[j][1][o])
                else:
                    r = edge.get((o, "BOS" if j < 0 else "EOS"))
                    if r is not None:
                        flat.append(r)
            lw = wf[i - 1][2] if i > 0 else "BOS"
            rw = wf[i + 1][2] if i + 1 < n else "EOS"
            cw = wf[i][2]
            r = row.get("bl=" + lw + "|" + cw)
            if r is not None:
                flat.append(r)
            r = row.get("br=" + cw + "|" + rw)
            if r is not None:
                flat.append(r)
            flat.append(self.zero)  # keeps every segment non-empty
        return np.add.reduceat(self.W[np.asarray(flat, dtype=np.int64)], np.asarray(starts, dtype=np.int64), axis=0)

    def tag(self, sentences):
        out = []
        tags = self.tags
        for words in sentences:
            if not words:
                out.append([])
                continue
            em = self.emissions([str(w) for w in words]) + self.bias
            out.append([tags[j] for j in viterbi(em, self.trans)])
        return out
