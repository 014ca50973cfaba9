"""Train the Arabic -> English name transliteration model on ANETAC and report its accuracy.

    python training/kb/train_translit.py [--shared ../shared] [--iterations 4]

Writes ``src/marsad/resources/kb/translit.json.gz`` and prints exact-match accuracy and
character error rate (CER) on the ANETAC dev and test splits.  ``lm_weight`` is chosen on dev.
The test figures in ``training/kb/RESULTS.md`` come from this script.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.kb.translit import Transliterator, train  # noqa: E402


def read_split(shared: Path, name: str) -> list[tuple[str, str]]:
    base = shared / "data/lexicons/anetac" / f"EN-AR_Translit_{name}"
    ar = Path(str(base) + ".ar").read_text(encoding="utf-8").splitlines()
    en = Path(str(base) + ".en").read_text(encoding="utf-8").splitlines()
    return [(a.strip(), e.strip()) for a, e in zip(ar, en) if a.strip() and e.strip()]


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def evaluate(model: Transliterator, pairs, use_dictionary: bool) -> dict:
    exact = errors = chars = 0
    for ar, en in pairs:
        out = model.transliterate_word(ar) if use_dictionary else model.decode_word(ar)
        exact += out.lower() == en.lower()
        errors += edit_distance(out.lower(), en.lower())
        chars += len(en)
    return {"n": len(pairs), "exact": exact / len(pairs), "cer": errors / chars}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--iterations", type=int, default=4)
    ap.add_argument("--out", type=Path, default=ROOT / "src/marsad/resources/kb/translit.json.gz")
    args = ap.parse_args(argv)
    train_pairs = read_split(args.shared, "train")
    dev = read_split(args.shared, "dev")
    test = read_split(args.shared, "test")
    t0 = time.time()
    model_json = train(train_pairs, args.iterations)
    print(f"trained on {len(train_pairs)} pairs in {time.time() - t0:.0f}s")
    best = None
    for w in (0.0, 0.3, 0.5, 0.8, 1.0):
        model_json["lm_weight"] = w
        r = evaluate(Transliterator(model_json), dev, use_dictionary=False)
        print(f"dev lm_weight={w}: exact {r['exact']:.3f} CER {r['cer']:.3f}")
        if best is None or r["exact"] > best[1]["exact"]:
            best = (w, r)
    model_json["lm_weight"] = best[0]
    model = Transliterator(model_json)
    res = evaluate(model, test, use_dictionary=False)
    res_d = evaluate(model, test, use_dictionary=True)
    seen = sum(1 for a, _ in test if model.dictionary.get(Transliterator.key(a)))
    print(f"test (model only, lm_weight={best[0]}): n={res['n']} exact {res['exact']:.3f} CER {res['cer']:.3f}")
    print(f"test (training dictionary first; {seen} test words seen in training): exact {res_d['exact']:.3f} "
          f"CER {res_d['cer']:.3f}")
    raw = json.dumps(model_json, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
