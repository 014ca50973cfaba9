"""Re-run the blind audits of session 7 against the current pipeline.

    python training/events/eval_audit.py            # ~1 min on one core

``silver/audit.tsv`` (360 events of the pipeline at commit c34a9bf in 150 unseen ANT articles, each
judged whole: ``right``, ``sides``, ``no``) and ``silver/charges_audit.tsv`` (the 42 quotation
charges among them, judged the same way).  For each verdict the script counts how many of the
judged events the current default pipeline still produces: an event of the same type with the same
trigger text in the same article (the files keep no offsets, so two identical triggers of one type
in one article count as one), and, for ``audit.tsv``, how many of those it produces now name other
sides than the audited event did (English names of the actors; a ``right`` event whose sides moved is
probably wrong now, a ``sides`` one may be right).  A change that removes ``no`` events and keeps ``right`` ones improves
precision on unseen text; the rows were read while writing session 7's filters, so they are
development data, not a held-out test.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.evaluation.clean import shared_dir  # noqa: E402
from eval_unseen import SILVER, _records  # noqa: E402


def _rows(name: str) -> list[dict]:
    lines = (SILVER / name).read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:]]


def _names(cell: str) -> frozenset:
    """An audit cell (``A | B``, ``-`` for none) as a set of English names."""
    return frozenset(x.strip() for x in cell.split("|") if x.strip() and x.strip() != "-")


def main() -> None:
    audit = _rows("audit.tsv")
    charges = _rows("charges_audit.tsv")
    ids = {r["article"] for r in audit} | {r["article"] for r in charges}
    sides: dict[tuple, list] = collections.defaultdict(list)
    for aid, rec in _records(ids, shared_dir()):
        names = {a.id: a.name_en or a.id for a in rec.actors}
        for e in rec.all_events():
            sides[(aid, e.type, e.trigger)].append((frozenset(names.get(x, x) for x in e.source),
                                                    frozenset(names.get(x, x) for x in e.target)))
    for name, data, typ_of, trig_of in (("audit.tsv", audit, lambda r: r["type"], lambda r: r["trigger"]),
                                        ("charges_audit.tsv", charges, lambda r: "ACCUSE", lambda r: r["cue"])):
        tally = collections.Counter()
        for r in data:
            got = sides.get((r["article"], typ_of(r), trig_of(r)))
            if not got:
                tally[(r["verdict"], "gone")] += 1
                continue
            tally[(r["verdict"], "produced")] += 1
            if name == "audit.tsv" and not any(s == _names(r["source"]) and t == _names(r["target"]) for s, t in got):
                tally[(r["verdict"], "sides changed")] += 1
        print(name)
        for verdict in ("right", "sides", "no"):
            kept, gone, moved = tally[(verdict, "produced")], tally[(verdict, "gone")], tally[(verdict, "sides changed")]
            extra = f"   (with other sides than audited: {moved})" if name == "audit.tsv" else ""
            print(f"  {verdict:6} still produced {kept:4}   gone {gone:4}{extra}")


if __name__ == "__main__":
    main()
