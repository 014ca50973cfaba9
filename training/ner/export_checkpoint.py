"""Export a saved checkpoint (best.pt of train_accurate.py) to accurate.npz/.onnx.
Usage: python export_checkpoint.py CKPT LAYERS OUT_DIR"""
import sys
from pathlib import Path

from train_accurate import (Tagger, UnigramTokenizer, anercorp_split, build_vocab, data_dir, export,
                            load_aqmar, load_e5, torch)
from export_onnx import export_onnx


def main(ckpt, layers, out_dir, ant_counts="/work/tmp_ner/ant_tok.txt.counts"):
    layers = int(layers)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cfg, W, pieces, scores, norm = load_e5()
    tok_full = UnigramTokenizer(pieces, scores, norm)
    train, dev = anercorp_split()
    aq_dev = load_aqmar(data_dir(), "dev")
    extra = {w for s in train + dev + aq_dev for w, _ in s}
    vocab_ids = build_vocab(tok_full, pieces, ant_counts, extra)
    model = Tagger(cfg, layers, len(vocab_ids))
    model.load_state_dict(torch.load(ckpt))
    model.eval()
    export(model, cfg, layers, vocab_ids, pieces, scores, norm, W, out / "accurate.npz")
    export_onnx(model, out / "accurate.onnx")
    print("exported to", out)


if __name__ == "__main__":
    main(*sys.argv[1:])
