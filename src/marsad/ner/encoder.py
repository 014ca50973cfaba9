"""`accurate` profile: the first layers of multilingual-e5-small fine-tuned as
a token classifier on ANERcorp, run in plain numpy (no torch).

Weights: ``accurate.npz`` (see training/ner/train_accurate.py). Word pieces
use the XLM-R SentencePiece-unigram algorithm over a vocabulary pruned to the
pieces Arabic news needs; each word is tokenised on its own ("▁" + word), which
is exactly how the full-text tokenizer splits whitespace-separated words.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .viterbi import bio_constraints, viterbi


class UnigramTokenizer:
    """Per-word SentencePiece-unigram Viterbi segmentation (cached)."""

    _CACHE_MAX = 500_000

    def __init__(self, pieces, scores, norm, unk=3):
        self.idx = {p: i for i, p in enumerate(pieces) if p}
        self.scores = [float(s) for s in scores]
        self.norm = norm
        self.unk = unk
        self.unk_score = min(self.scores) - 10.0
        self.maxlen = max(len(p) for p in pieces)
        self.cache: dict = {}

    def normalize(self, word):
        return "".join(self.norm.get(ord(c), c) for c in word)

    def encode_word(self, word):
        r = self.cache.get(word)
        if r is not None:
            return r
        if len(self.cache) > self._CACHE_MAX:
            self.cache.clear()
        s = "\u2581" + self.normalize(word).replace(" ", "\u2581")
        n = len(s)
        best = [-1e30] * (n + 1)
        bp = [0] * (n + 1)
        bf = [0] * (n + 1)
        best[0] = 0.0
        idx, sc, unk = self.idx, self.scores, self.unk
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.maxlen) + 1):
                j = idx.get(s[i:e])
                if j is not None and j != unk:
                    v = bi + sc[j]
                    if v > best[e]:
                        best[e], bp[e], bf[e] = v, j, i
            v = bi + self.unk_score
            if v > best[i + 1]:
                best[i + 1], bp[i + 1], bf[i + 1] = v, -1, i
        out = []
        i = n
        while i > 0:
            out.append(unk if bp[i] < 0 else bp[i])
            i = bf[i]
        out.reverse()
        self.cache[word] = out
        return out


def _erf(x):
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), vectorised
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return s * y


def _gelu(x):
    return 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))


def _layernorm(x, w, b, eps):
    m = x.mean(-1, keepdims=True)
    d = x - m
    v = (d * d).mean(-1, keepdims=True)
    return d / np.sqrt(v + eps) * w + b


class EncoderTagger:
    profile = "accurate"

    def __init__(self, path: Path, backend: str | None = None, threads: int = 1):
        """``path``: accurate.npz (tokenizer, metadata, int8 weights for the numpy
        backend); ``accurate.onnx`` beside it is run with ONNX Runtime when that
        is installed (``backend`` None = onnx if possible, "onnx" or "numpy")."""
        z = np.load(path, allow_pickle=False)
        meta = json.loads(bytes(z["meta_json"]).decode("utf-8"))
        self.meta = meta
        self.tags = meta["tags"]
        self.H, self.NH, self.eps = meta["H"], meta["NH"], float(meta["eps"])
        self.max_pieces = meta["max_pieces"]
        pieces = bytes(z["pieces_blob"]).decode("utf-8").split("\x00")
        norm = {int(k): v for k, v in meta["norm"].items()}
        self.tok = UnigramTokenizer(pieces, z["scores"], norm, unk=meta["unk"])
        self.bos, self.eos = meta["bos"], meta["eos"]
        self.session = None
        self.backend = "numpy"
        onnx_path = Path(path).with_suffix(".onnx")
        if backend in (None, "onnx") and onnx_path.is_file():
            try:
                import onnxruntime as ort
            except ImportError:
                if backend == "onnx":
                    raise
            else:
                so = ort.SessionOptions()
                so.intra_op_num_threads = threads
                so.inter_op_num_threads = 1
                so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
                self.session = ort.InferenceSession(str(onnx_path), so, providers=["CPUExecutionProvider"])
                self.backend = "onnx"
        if self.session is None:
            self._load_numpy(z)
        self.trans, self.start = bio_constraints(self.tags)

    def _load_numpy(self, z):
        def f32(k):
            if k + ".q" in z.files:
                return z[k + ".q"].astype(np.float32) * z[k + ".s"][:, None]
            return z[k].astype(np.float32)

        self.word_q = z["word_q"]
        self.word_d = z["word_d"].astype(np.float32)
        self.pos = f32("pos.weight")
        self.ttype = f32("ttype")
        self.eln = (f32("eln.weight"), f32("eln.bias"))
        self.layers = []
        for l in range(self.meta["layers"]):
            p = f"layers.{l}."
            wqkv = np.concatenate([f32(p + "q.weight"), f32(p + "k.weight"), f32(p + "v.weight")], 0).T.copy()
            bqkv = np.concatenate([f32(p + "q.bias"), f32(p + "k.bias"), f32(p + "v.bias")])
            self.layers.append((
                wqkv, bqkv,
                f32(p + "ao.weight").T.copy(), f32(p + "ao.bias"),
                f32(p + "aln.weight"), f32(p + "aln.bias"),
                f32(p + "fi.weight").T.copy(), f32(p + "fi.bias"),
                f32(p + "fo.weight").T.copy(), f32(p + "fo.bias"),
                f32(p + "oln.weight"), f32(p + "oln.bias"),
            ))
        self.head_w = f32("head.weight").T.copy()
        self.head_b = f32("head.bias")

    # ---- encoder ----
    def _embed(self, ids):
        B, T = ids.shape
        q = self.word_q[ids].astype(np.float32).reshape(B, T, -1, 32)
        x = (q * self.word_d[ids][..., None]).reshape(B, T, self.H)
        x += self.pos[:T] + self.ttype
        return _layernorm(x, *self.eln, self.eps)

    def _forward(self, ids, lens):
        """ids (B, T) padded; returns per-token tag log-probs (B, T, K)."""
        if self.session is not None:
            attn = (np.arange(ids.shape[1])[None, :] < lens[:, None]).astype(np.int64)
            return self.session.run(None, {"ids": ids, "attn": attn})[0]
        B, T = ids.shape
        H, NH = self.H, self.NH
        hd = H // NH
        x = self._embed(ids)
        mask = np.where(np.arange(T)[None, :] < lens[:, None], 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for (wqkv, bqkv, wo, bo, a_w, a_b, wi, bi, wf, bf, o_w, o_b) in self.layers:
            h = x.reshape(B * T, H)
            qkv = h @ wqkv + bqkv
            qkv = qkv.reshape(B, T, 3, NH, hd).transpose(2, 0, 3, 1, 4)  # 3,B,NH,T,hd
            q, k, v = qkv[0], qkv[1], qkv[2]
            s = (q * scale) @ k.transpose(0, 1, 3, 2) + mask
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            c = (s @ v).transpose(0, 2, 1, 3).reshape(B * T, H)
            h = _layernorm(h + (c @ wo + bo), a_w, a_b, self.eps)
            m = _gelu(h @ wi + bi)
            h = _layernorm(h + (m @ wf + bf), o_w, o_b, self.eps)
            x = h.reshape(B, T, H)
        logits = x @ self.head_w + self.head_b
        logits -= logits.max(-1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(-1, keepdims=True))

    # ---- tagging ----
    def _chunks(self, words):
        """Split a sentence into piece chunks of <= max_pieces (word-aligned)."""
        chunks = []
        ids, first = [], []
        for w in words:
            p = self.tok.encode_word(w)[:16]
            if ids and len(ids) + len(p) > self.max_pieces:
                chunks.append((ids, first))
                ids, first = [], []
            first.append(len(ids) + 1)
            ids = ids + p
        if ids or not chunks:
            chunks.append((ids, first))
        return chunks

    def logprobs(self, sentences, max_tokens: int = 4096):
        """Per-sentence (n_words, K) tag log-probabilities (first word piece)."""
        items = []  # (sent_idx, chunk_idx, ids, first)
        per_sent = []
        for si, words in enumerate(sentences):
            if not words:
                per_sent.append(0)
                continue
            ch = self._chunks(words)
            per_sent.append(len(ch))
            for ci, (ids, first) in enumerate(ch):
                items.append((si, ci, ids, first))
        results = {}
        if self.session is not None:
            # one chunk per run: int8 activation scales are per tensor, so batching
            # would make a sentence's tags depend on its neighbours (and it is faster)
            max_tokens = 0
        order = sorted(range(len(items)), key=lambda i: len(items[i][2]))
        k = 0
        while k < len(order):
            j = k + 1
            while j < len(order) and (len(items[order[j]][2]) + 2) * (j - k + 1) <= max_tokens:
                j += 1
            batch = order[k:j]
            Tm = len(items[batch[-1]][2]) + 2
            ids = np.full((len(batch), Tm), 1, dtype=np.int64)
            lens = np.zeros(len(batch), dtype=np.int64)
            for b, it in enumerate(batch):
                seq = [self.bos] + items[it][2] + [self.eos]
                ids[b, : len(seq)] = seq
                lens[b] = len(seq)
            lp = self._forward(ids, lens)
            for b, it in enumerate(batch):
                si, ci, _, first = items[it]
                results[(si, ci)] = lp[b, first]
            k = j
        out = []
        K = len(self.tags)
        for si, words in enumerate(sentences):
            if not words:
                out.append(np.zeros((0, K), dtype=np.float32))
            else:
                out.append(np.concatenate([results[(si, ci)] for ci in range(per_sent[si])], 0))
        return out

    def tag(self, sentences):
        sentences = [[str(w) for w in s] for s in sentences]
        out = []
        for words, lp in zip(sentences, self.logprobs(sentences)):
            if not words:
                out.append([])
                continue
            out.append([self.tags[j] for j in viterbi(lp, self.trans, self.start)])
        return out


class EnsembleTagger:
    """`accurate` profile: encoder log-probabilities plus ``crf_weight`` times
    the `fast` CRF's feature scores and transitions, minus ``o_bias`` on the O
    tag, decoded with one BIO-constrained Viterbi."""

    profile = "accurate"

    def __init__(self, encoder: EncoderTagger, crf, crf_weight: float, o_bias: float = 0.0):
        self.enc = encoder
        self.crf = crf
        self.w = float(crf_weight)
        # score subtracted from the O tag: trades precision for recall (tuned on dev)
        self.bias = np.zeros(len(encoder.tags), dtype=np.float32)
        self.bias[encoder.tags.index("O")] = -float(o_bias)
        self.tags = encoder.tags
        assert list(crf.tags) == list(encoder.tags)
        self.trans = encoder.trans + self.w * crf.trans
        self.start = encoder.start

    def tag(self, sentences):
        sentences = [[str(w) for w in s] for s in sentences]
        out = []
        for words, lp in zip(sentences, self.enc.logprobs(sentences)):
            if not words:
                out.append([])
                continue
            em = lp + self.bias
            if self.w:
                em = em + self.w * self.crf.emissions(words)
            out.append([self.tags[j] for j in viterbi(em, self.trans, self.start)])
        return out
