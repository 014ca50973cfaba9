"""Viterbi decoding over BIO tag sequences (numpy)."""
from __future__ import annotations

import numpy as np


def viterbi(emis: np.ndarray, trans: np.ndarray, start: np.ndarray | None = None) -> list[int]:
    """Best path for emission scores ``emis`` (n, K) and transition scores
    ``trans`` (K, K) [from, to]; ``start`` (K,) scores the first tag."""
    n = emis.shape[0]
    score = emis[0] if start is None else emis[0] + start
    if n == 1:
        return [int(score.argmax())]
    back = np.empty((n, emis.shape[1]), dtype=np.int64)
    for i in range(1, n):
        s = score[:, None] + trans
        b = s.argmax(0)
        back[i] = b
        score = s[b, np.arange(s.shape[1])] + emis[i]
    best = int(score.argmax())
    path = [best]
    for i in range(n - 1, 0, -1):
        best = int(back[i, best])
        path.append(best)
    path.reverse()
    return path


def bio_constraints(tags: list[str], neg: float = -1e4) -> tuple[np.ndarray, np.ndarray]:
    """(trans, start) penalties that forbid I-X unless it follows B-X or I-X."""
    K = len(tags)
    trans = np.zeros((K, K), dtype=np.float32)
    start = np.zeros(K, dtype=np.float32)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            start[j] = neg
            for i, f in enumerate(tags):
                if f == "O" or f[2:] != t[2:]:
                    trans[i, j] = neg
    return trans, start
