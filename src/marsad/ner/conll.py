"""CoNLL reading and entity-level evaluation for Marsad NER.

``read_conll`` reads "token TAG" files (one token per line, blank line between
sentences) and normalises the tag set to BIO over PER/ORG/LOC/MISC:
ANERcorp's ``PERS`` becomes ``PER`` and AQMAR's ``MIS0..MIS3`` (and its few
typo tags) become ``MISC``.

``evaluate`` computes CoNLL-style (conlleval) entity-level scores: a predicted
entity counts only when its span and type match a gold entity exactly.

``run_eval`` scores a tagger profile on ANERcorp test and AQMAR test.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterable, Sequence

TYPES = ("PER", "ORG", "LOC", "MISC")
AQMAR_TYPES = ("PER", "LOC", "ORG")

_TYPE_MAP = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


def normalize_tag(tag: str) -> str:
    """Map a raw corpus tag to B-/I-{PER,ORG,LOC,MISC} or O."""
    tag = tag.strip().strip("`'\"")
    if not tag or tag.upper() in ("O", "OO", "IO", "0"):
        return "O"
    if len(tag) >= 2 and tag[0] in "BIbi" and tag[1] in "-_":
        prefix, label = tag[0].upper(), tag[1:].lstrip("-_")
    else:
        prefix, label = "B", tag
    label = label.upper()
    if label in _TYPE_MAP:
        return f"{prefix}-{_TYPE_MAP[label]}"
    if label.startswith("MIS") or label in ("ENGLISH", "SPANISH"):
        return f"{prefix}-MISC"
    return "O"


def read_conll(path: str | os.PathLike) -> list[list[tuple[str, str]]]:
    """Read a "token TAG" file into sentences of (token, normalised tag).

    The token is the first whitespace field, the tag the last one; a U+200E/
    U+200F mark or BOM glued to a token is removed. Blank lines end sentences.
    """
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok = fields[0].replace("\u200e", "").replace("\u200f", "").replace("\ufeff", "")
            tag = normalize_tag(fields[-1]) if len(fields) > 1 else "O"
            if not tok:
                continue
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def get_entities(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entity spans (type, start, end_exclusive) from BIO tags, conlleval rules:
    an I- tag that does not continue an entity of the same type starts one."""
    ents: list[tuple[str, int, int]] = []
    start, etype = -1, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag is None:
            p, t = "O", None
        else:
            p, _, t = tag.partition("-")
        if etype is not None and (p != "I" or t != etype):
            ents.append((etype, start, i))
            etype = None
        if p == "B" or (p == "I" and etype is None):
            start, etype = i, t
    return ents


def _prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": npred, "gold": ngold}


def evaluate(
    gold_sents: Sequence[Sequence],
    pred_tags: Sequence[Sequence[str]],
    types: Iterable[str] | None = None,
) -> dict:
    """Entity-level exact span+type P/R/F1, micro over all entities and per type.

    ``gold_sents`` holds sentences of (token, tag) pairs (as ``read_conll``
    returns) or of bare tags; ``pred_tags`` holds sentences of predicted tags.
    ``types`` restricts scoring to those entity types (others are ignored in
    both gold and prediction), e.g. PER/LOC/ORG for AQMAR.
    Returns ``{"precision", "recall", "f1", "tp", "pred", "gold",
    "per_type": {TYPE: {...}}}``.
    """
    if len(gold_sents) != len(pred_tags):
        raise ValueError(f"{len(gold_sents)} gold sentences but {len(pred_tags)} predicted")
    keep = set(types) if types is not None else None
    tp: dict[str, int] = {}
    npred: dict[str, int] = {}
    ngold: dict[str, int] = {}
    for gs, ps in zip(gold_sents, pred_tags):
        gtags = [g[1] if isinstance(g, (tuple, list)) else g for g in gs]
        if len(gtags) != len(ps):
            raise ValueError("sentence length mismatch between gold and prediction")
        gents = {e for e in get_entities(gtags) if keep is None or e[0] in keep}
        pents = {e for e in get_entities(ps) if keep is None or e[0] in keep}
        for e in gents:
            ngold[e[0]] = ngold.get(e[0], 0) + 1
        for e in pents:
            npred[e[0]] = npred.get(e[0], 0) + 1
        for e in gents & pents:
            tp[e[0]] = tp.get(e[0], 0) + 1
    all_types = sorted(set(ngold) | set(npred) | (keep or set()))
    res = _prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    res["per_type"] = {t: _prf(tp.get(t, 0), npred.get(t, 0), ngold.get(t, 0)) for t in all_types}
    return res


def default_data_dir() -> Path:
    """``shared/data/ner`` of the project's shared folder (see :func:`marsad.evaluation.shared_dir`)."""
    from ..evaluation import shared_dir

    d = shared_dir() / "data" / "ner"
    if not (d / "anercorp" / "test.txt").is_file():
        raise FileNotFoundError(f"NER data not found in {d}: set MARSAD_SHARED to the shared/ folder")
    return d


def load_aqmar(data_dir: str | os.PathLike, split: str = "test") -> list[list[tuple[str, str]]]:
    """AQMAR sentences of the documents listed in split_{split}_files.txt."""
    d = Path(data_dir) / "aqmar"
    names = [n.strip() for n in (d / f"split_{split}_files.txt").read_text(encoding="utf-8").split() if n.strip()]
    sents: list[list[tuple[str, str]]] = []
    for n in names:
        sents.extend(read_conll(d / "conll" / n))
    return sents


def score_tagger(tagger, sents, types=None) -> dict:
    toks = [[t for t, _ in s] for s in sents]
    t0 = time.perf_counter()
    pred = tagger.tag(toks)
    dt = time.perf_counter() - t0
    res = evaluate(sents, pred, types=types)
    nw = sum(len(s) for s in toks)
    res["words"] = nw
    res["seconds"] = dt
    res["words_per_s"] = nw / dt if dt > 0 else float("inf")
    return res


def run_eval(profile: str = "accurate", data_dir: str | os.PathLike | None = None) -> dict:
    """Score ``profile`` on ANERcorp test (all four types) and AQMAR test
    (PER/LOC/ORG). Returns ``{"profile", "load_s", "anercorp_test": {...},
    "aqmar_test": {...}}``; each part has P/R/F1, per_type, words/s."""
    from marsad.ner import load_tagger

    d = Path(data_dir) if data_dir is not None else default_data_dir()
    t0 = time.perf_counter()
    tagger = load_tagger(profile)
    tagger.tag([["تجربة"]])  # force the lazy load
    load_s = time.perf_counter() - t0
    out = {"profile": profile, "data_dir": str(d), "load_s": load_s}
    out["anercorp_test"] = score_tagger(tagger, read_conll(d / "anercorp" / "test.txt"))
    out["aqmar_test"] = score_tagger(tagger, load_aqmar(d, "test"), types=AQMAR_TYPES)
    return out
