"""Re-quantise the int8 weights of an exported `accurate.onnx` to 7 bits.

Why: ONNX Runtime multiplies uint8 activations by int8 weights.  On x86 CPUs
with AVX2 but without VNNI (many AMD EPYC and older Intel machines) its kernel
adds the products of two neighbouring pairs in a saturating 16-bit register:
255 * 127 * 2 overflows, so the integer products come out clipped and the
tags depend on the CPU the tagger runs on.  With weights in [-63, 63] the pair
sum stays below 2**15 and every CPU computes the same exact integers
(`python reduce_range.py --check` shows the clipping on the machine it runs on).

Each weight column keeps its symmetric per-channel scheme: q7 = round(q8 * 63 /
127), scale7 = scale8 * 127 / 63.  ``export_onnx.py`` now quantises with
``reduce_range=True`` directly; this script converts a model exported before
that (the shipped one was converted so, from its 8-bit export).

    python reduce_range.py IN.onnx OUT.onnx
    python reduce_range.py --check
"""
from __future__ import annotations

import argparse
import sys

import numpy as np


def _weight_and_scale(model):
    """(int8 weight initializer name, its float scale initializer name) of every
    integer matrix product (QAttention's QKV weight, MatMulInteger's weight)."""
    inits = {i.name for i in model.graph.initializer}
    pairs = []
    for node in model.graph.node:
        if node.op_type == "QAttention":
            pairs.append((node.input[1], node.input[4]))
        elif node.op_type == "MatMulInteger" and node.input[1] in inits:
            w = node.input[1]
            if not w.endswith("_quantized"):
                raise ValueError(f"unexpected weight name {w!r}: cannot find its scale")
            pairs.append((w, w[: -len("_quantized")] + "_scale"))
    return pairs


def reduce_range(in_path: str, out_path: str) -> int:
    import onnx
    from onnx import numpy_helper

    model = onnx.load(in_path)
    inits = {i.name: i for i in model.graph.initializer}
    n = 0
    for w_name, s_name in _weight_and_scale(model):
        w = numpy_helper.to_array(inits[w_name])
        s = numpy_helper.to_array(inits[s_name])
        if w.dtype != np.int8:
            raise ValueError(f"{w_name}: expected int8 weights, got {w.dtype}")
        if np.abs(w.astype(np.int32)).max() <= 63:
            continue  # already 7-bit
        q = np.clip(np.rint(w.astype(np.float64) * 63.0 / 127.0), -63, 63).astype(np.int8)
        scale = (s.astype(np.float64) * 127.0 / 63.0).astype(np.float32)
        inits[w_name].CopyFrom(numpy_helper.from_array(q, w_name))
        inits[s_name].CopyFrom(numpy_helper.from_array(scale.reshape(s.shape), s_name))
        n += 1
    onnx.save(model, out_path)
    return n


def saturation_check() -> dict:
    """Mismatching outputs of ONNX Runtime's MatMulInteger against exact integer
    products, for random full-range (8-bit) and 7-bit weights, on this CPU."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    K, N = 384, 256
    out = {}
    for bits, (lo, hi) in (("8-bit", (-127, 128)), ("7-bit", (-63, 64))):
        B = rng.integers(lo, hi, size=(K, N)).astype(np.int8)
        graph = helper.make_graph(
            [helper.make_node("MatMulInteger", ["A", "B", "azp"], ["Y"])], "g",
            [helper.make_tensor_value_info("A", TensorProto.UINT8, [None, K])],
            [helper.make_tensor_value_info("Y", TensorProto.INT32, [None, N])],
            [numpy_helper.from_array(B, "B"), numpy_helper.from_array(np.array(128, np.uint8), "azp")])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
        model.ir_version = 8
        sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        A = rng.integers(0, 256, size=(64, K)).astype(np.uint8)
        y = sess.run(None, {"A": A})[0]
        exact = (A.astype(np.int64) - 128) @ B.astype(np.int64)
        out[bits] = int((y != exact).sum())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inp", nargs="?")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true", help="show whether this CPU clips 8-bit integer products")
    a = ap.parse_args(argv)
    if a.check:
        r = saturation_check()
        print(f"MatMulInteger outputs differing from exact integer products (of 16,384): "
              f"8-bit weights {r['8-bit']}, 7-bit weights {r['7-bit']}")
        return 0
    if not (a.inp and a.out):
        ap.error("IN.onnx and OUT.onnx are required (or --check)")
    n = reduce_range(a.inp, a.out)
    print(f"{n} weight matrices re-quantised to 7 bits -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
