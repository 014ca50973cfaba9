"""How the Arabic PLOVER GSR's labels were voted, and where the detector's errors sit among the votes.

The GSR marks a row ``yes`` only when every annotator who read it accepted the event type; a split
vote is ``difficult no`` (or ``ambiguous`` when too few read it).  This script prints, per type,

1. the vote patterns (accepting / rejecting annotators) by how many annotators read the row, and
   how unlikely the observed share of exact half-and-half splits among four-reader rows is for
   annotators who vote independently (a binomial test with the accept rate those rows show);
2. the events stage's detections (``marsad eval events``, stages alone, all rows of the
   development half: the detector is fitted on the tuning part, so the figures are partly
   in-sample) counted by vote pattern;
3. what a reader would score under the issue's protocol (unanimous ``yes`` against every ``no``) that
   says yes whenever at least half of a row's annotators accepted: the tied rows count against it.

    python training/events/gsr_votes.py            # both types
    python training/events/gsr_votes.py ASSAULT

Reads only the label columns and runs the detector; it fits nothing and writes nothing.
"""
from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from marsad.evaluation.events import _prf, detect, load_gsr  # noqa: E402


def _binom_tail_at_least(n: int, k: int, p: float) -> float:
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k, n + 1))


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    s = _prf(tp, fp, fn)     # (rounded to 3 places, as marsad eval events prints)
    return s["precision"], s["recall"], s["f1"]


def report(typ: str) -> None:
    rows = load_gsr(typ)
    print(f"== {typ}: {len(rows)} rows")
    by_total: dict[int, Counter] = defaultdict(Counter)
    for r in rows:
        by_total[int(r["total"])][int(r["accept"])] += 1
    print("readers  rows  accepting annotators: rows")
    for total in sorted(by_total):
        c = by_total[total]
        print(f"{total:>7}{sum(c.values()):>6}  " + "  ".join(f"{a}:{c[a]}" for a in sorted(c)))
    four = by_total.get(4, Counter())
    n4 = sum(four.values())
    if n4:
        # each row's 4 votes independent with the accept rate of those rows (a row-level mixture
        # would widen the spread, not concentrate it on 2)
        rate = sum(a * k for a, k in four.items()) / (4 * n4)
        p_half = math.comb(4, 2) * rate ** 2 * (1 - rate) ** 2
        tail = _binom_tail_at_least(n4, four[2], p_half)
        print(f"four-reader rows: {four[2]} of {n4} split exactly 2-2; with independent votes at their accept "
              f"rate {rate:.2f} one expects {p_half * n4:.0f} (P(>= {four[2]}) = {tail:.1e})")

    tally: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    tp = fp = fn = 0
    for r in rows:
        label = r["label"].strip()
        if label == "ambiguous":
            continue
        pred = any(e.type == typ and not e.negated for e in detect(r["text"]).all_events())
        key = (label, int(r["accept"]), int(r["reject"]))
        tally[key][0] += 1
        tally[key][1] += pred
        gold = label == "yes"
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    p, rc, f = _f1(tp, fp, fn)
    print(f"detector, all non-ambiguous rows: P {p:.3f} R {rc:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    print("label          accept reject   rows detected")
    for key in sorted(tally, key=lambda k: (k[0] != "yes", -k[1], k[2])):
        n, d = tally[key]
        if d or key[0] == "yes":
            print(f"{key[0]:<14}{key[1]:>7}{key[2]:>7}{n:>7}{d:>9}")
    half = sum(d for (lab, a, rj), (n, d) in tally.items() if lab != "yes" and a == rj)
    p2, r2, f2 = _f1(tp, fp - half, fn)
    print(f"false positives on exact half-and-half splits: {half} of {fp}; were those rows left out like the "
          f"ambiguous ones: P {p2:.3f} R {r2:.3f} F1 {f2:.3f} (not the issue's protocol)")
    # a reader that says yes whenever at least half of the row's annotators accepted: every unanimous
    # row found, and every tied row counted against it by the protocol
    pos = sum(n for (lab, a, rj), (n, d) in tally.items() if lab == "yes")
    said = sum(n for (lab, a, rj), (n, d) in tally.items() if a >= rj)
    cp, cr, cf = _f1(pos, said - pos, 0)
    print(f"a reader that says yes whenever at least half the annotators accepted: P {cp:.3f} R {cr:.3f} F1 {cf:.3f}")


def main(argv: list[str]) -> None:
    for typ in argv or ["ASSAULT", "PROTEST"]:
        report(typ.upper())


if __name__ == "__main__":
    main(sys.argv[1:])
