"""Export a trained `accurate` tagger (torch state dict) to ONNX and quantise
its matrix multiplications to int8 (dynamic quantisation, 7-bit weights) for ONNX Runtime."""
from __future__ import annotations

import tempfile
from pathlib import Path

import torch


class _Wrapped(torch.nn.Module):
    def __init__(self, tagger):
        super().__init__()
        self.t = tagger

    def forward(self, ids, attn):
        return torch.log_softmax(self.t(ids, attn), -1)


def export_onnx(tagger, out_path, quantize=True):
    tagger.eval()
    m = _Wrapped(tagger)
    ids = torch.tensor([[0, 100, 200, 300, 2], [0, 5, 6, 2, 1]], dtype=torch.long)
    attn = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]], dtype=torch.long)
    out_path = Path(out_path)
    with tempfile.TemporaryDirectory() as td:
        fp32 = Path(td) / "model.onnx"
        torch.onnx.export(m, (ids, attn), str(fp32), input_names=["ids", "attn"], output_names=["logp"],
                          dynamic_axes={"ids": {0: "B", 1: "T"}, "attn": {0: "B", 1: "T"}, "logp": {0: "B", 1: "T"}},
                          opset_version=17, dynamo=False)
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic
            from onnxruntime.transformers.optimizer import optimize_model

            # fuse attention / skip-layernorm / bias-gelu (contrib ops of the CPU provider), then int8
            opt = Path(td) / "opt.onnx"
            om = optimize_model(str(fp32), model_type="bert", num_heads=tagger.enc.layers[0].NH,
                                hidden_size=tagger.head.in_features)
            om.save_model_to_file(str(opt))
            # keep the attention output, FFN down-projection and head MatMuls in fp32: int8
            # activations there cost ~1 F1 point on dev (their inputs have outliers)
            import onnx

            names = [n.name for n in onnx.load(str(opt)).graph.node if n.op_type == "MatMul"]
            exclude = [n for n in names if "/fo/" in n or "/ao/" in n or "head" in n]
            # 7-bit weights (reduce_range): on AVX2 CPUs without VNNI, ONNX Runtime sums pairs of
            # uint8 x int8 products in a saturating 16-bit register, which clips full-range int8
            # weights and makes the tags depend on the CPU (see reduce_range.py)
            quantize_dynamic(str(opt), str(out_path), weight_type=QuantType.QInt8, per_channel=True,
                             reduce_range=True, nodes_to_exclude=exclude,
                             extra_options={"DefaultTensorType": 1})
        else:
            import shutil

            shutil.copy(fp32, out_path)
    return out_path
