"""The ``marsad`` command line.

    marsad analyze FILE... [--json] [--published YYYY-MM-DD] [--profile accurate|fast]

Errors are one line on stderr naming the file and the problem; the exit code is 0 when every
input gave a record, 1 when some failed, 2 for usage errors.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Callable, Sequence

from . import __version__

log = logging.getLogger("marsad")

_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def register_command(name: str, help: str, add_arguments: Callable[[argparse.ArgumentParser], None],
                     run: Callable[[argparse.Namespace], int]) -> None:
    """Add a sub-command: ``add_arguments(parser)`` declares its options, ``run(args)`` returns the exit code.

    Modules listed in :data:`COMMAND_MODULES` call this when imported.
    """
    _COMMANDS[name] = (help, add_arguments, run)


# --- terminal rendering --------------------------------------------------------------------

RLI, PDI, LRI = "\u2067", "\u2069", "\u2066"


def rtl(s: str) -> str:
    """Wrap Arabic text in a right-to-left isolate so bidi-aware terminals lay it out properly."""
    return f"{RLI}{s}{PDI}" if s else s


def _color(code: str, s: str, enabled: bool) -> str:
    return f"\x1b[{code}m{s}\x1b[0m" if enabled else s


def _event_kind(ev) -> str:
    return ev.type + ("/" + ev.mode if ev.mode else "")


def _event_flags(ev) -> str:
    """NOT, a modality other than asserted, the date: what the summary prints after an event's sides."""
    return " ".join((["NOT"] if ev.negated else []) + ([ev.modality] if ev.modality != "asserted" else [])
                    + ([ev.date] if ev.date else []))


def render_summary(record, color: bool = False) -> str:
    """A readable, right-to-left friendly summary of a record for the terminal."""
    out = []
    names = {a.id: (a.name_en or a.name_ar) for a in record.actors}
    bold = lambda s: _color("1", s, color)  # noqa: E731
    dim = lambda s: _color("2", s, color)  # noqa: E731
    src = record.source.get("path") or record.source.get("url") or ""
    out.append(dim(f"── {record.id[:16]}  {src}  published={record.published or '?'}  language={record.language}"))
    for w in record.warnings:
        out.append(_color("33", f"⚠ {w}", color))
    if record.title:
        out.append(bold(rtl(record.title)))
    out.append("")
    for para in record.text.split("\n"):
        if para:
            out.append(rtl(para))
    if record.entities:
        out.append("")
        out.append(bold("Entities"))
        by_actor = {a.id: a for a in record.actors}
        seen = set()
        for e in record.entities:
            key = (e.text, e.type)
            if key in seen:
                continue
            seen.add(key)
            a = by_actor.get(e.actor) if e.actor else None
            extra = f"  → {a.name_en or ''} [{a.country or '-'}/{a.sector or '-'}]" if a else ""
            out.append(f"  {e.type:<4} {rtl(e.text)}{extra}")
    if record.quotes:
        out.append("")
        out.append(bold("Quotes"))
        for q in record.quotes:
            who = names.get(q.speaker) or q.speaker_text or "?"
            out.append(f"  {who} ({q.kind}, {rtl(q.cue or '')}) → {rtl(q.text)}")
    if record.events:
        out.append("")
        out.append(bold("Events"))
        for ev in record.events:
            s = ", ".join(names.get(x, x) for x in ev.source) or "?"
            t = ", ".join(names.get(x, x) for x in ev.target) or "?"
            out.append(f"  {s} —{_event_kind(ev)}→ {t}  {_event_flags(ev)}  «{rtl(ev.trigger)}»")
    if record.unattributed_events:
        out.append("")
        out.append(bold("Events with no actor named"))
        for ev in record.unattributed_events:
            out.append(f"  {_event_kind(ev)}  {_event_flags(ev)}  «{rtl(ev.trigger)}»")
    if record.dates:
        out.append("")
        out.append(bold("Dates"))
        for d in record.dates:
            out.append(f"  {rtl(d.text)} = {d.value}")
    if record.boilerplate:
        out.append("")
        out.append(bold("Removed"))
        for b in record.boilerplate:
            text = b.text.replace("\n", " ⏎ ")
            if b.kind == "blank":
                text = repr(b.text)
            times = f" ×{b.count}" if b.count > 1 else ""
            out.append(dim(f"  [{b.kind}]{times} ") + rtl(text[:200]))
    return "\n".join(out)


# --- commands ------------------------------------------------------------------------------

def _add_analyze(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt .html .json .jsonl .jsonl.gz) or - for stdin")
    p.add_argument("--json", action="store_true", help="print records as JSON (JSON lines for several articles)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, anchors relative dates")
    p.add_argument("--profile", choices=("accurate", "fast"), default="accurate", help="model profile (default: accurate)")
    p.add_argument("--indent", type=int, default=None, help="indent JSON output (single article only)")


def _run_analyze(args: argparse.Namespace) -> int:
    from . import AnalyzeError, _default_pipeline, _finish
    from .io.readers import ReadError, normalize_published, read_path

    if args.published and normalize_published(args.published) is None:
        print(f"marsad: error: cannot read --published {args.published!r} (expected YYYY-MM-DD)", file=sys.stderr)
        return 2
    pipe = _default_pipeline(args.profile)
    failures = successes = 0
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    multi = len(args.files) > 1 or any(f.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")) for f in args.files)
    for path in args.files:
        for item in read_path(path):
            if isinstance(item, ReadError):
                failures += 1
                print(f"marsad: error: {item}", file=sys.stderr)
                continue
            try:
                record = pipe(_finish(item, args.published))
            except AnalyzeError as exc:
                failures += 1
                print(f"marsad: error: {path}: {exc}", file=sys.stderr)
                continue
            except Exception as exc:  # a stage failing on one article must not end the run  # noqa: BLE001
                failures += 1
                log.debug("stage failure", exc_info=True)
                print(f"marsad: error: {path}: analysis failed ({type(exc).__name__}: {exc})", file=sys.stderr)
                continue
            successes += 1
            for w in record.warnings:
                print(f"marsad: warning: {path}: {w}", file=sys.stderr)
            if args.json:
                indent = args.indent if not multi else None
                sys.stdout.write(record.to_json(indent=indent) + "\n")
            else:
                sys.stdout.write(render_summary(record, color=color) + "\n\n")
            sys.stdout.flush()
    if failures and not successes:
        return 1
    return 1 if failures else 0


register_command("analyze", "analyse articles and print their records", _add_analyze, _run_analyze)


# --- marsad eval SUBJECT ------------------------------------------------------------------

_EVALUATORS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {}


def register_eval(subject: str, help: str, run: Callable[[argparse.Namespace], int]) -> None:
    """Add a subject to ``marsad eval`` (``clean``, ``ner``, ``events`` ...); ``run(args)`` prints a report."""
    _EVALUATORS[subject] = (help, run)


def _eval_clean(args: argparse.Namespace) -> int:
    from .evaluation.clean import evaluate, format_report

    result = evaluate()
    if args.json:
        print(json.dumps(result if args.errors else result["scores"], ensure_ascii=False, indent=1))
        return 0
    print("Cleaning: body-line precision/recall/F1 on tests/data/clean_gold (subheads not scored)")
    print(format_report(result))
    if args.errors:
        for e in result["errors"]:
            print(f"  {e['doc']}:{e['line']} gold={e['gold']} system={e['system']} ({e['split']})")
    return 0


register_eval("clean", "the cleaning stage on the hand-labelled dev gold", _eval_clean)


def _eval_ner(args: argparse.Namespace) -> int:
    from .ner.conll import run_eval

    result = run_eval(args.profile)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"NER profile {args.profile!r}: entity-level exact span+type scores (model load {result['load_s']:.2f} s)")
    for part in ("anercorp_test", "aqmar_test"):
        r = result[part]
        print(f"\n{part}  ({r['words']} words, {r['words_per_s']:.0f} words/s)")
        print(f"  {'type':<6}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
        print(f"  {'all':<6}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}{r['gold']:>7}")
        for t, s in sorted(r["per_type"].items()):
            print(f"  {t:<6}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['gold']:>7}")
    return 0


def _eval_records(args: argparse.Namespace) -> int:
    from .evaluation.records import evaluate, format_report

    result = evaluate(args.profile)
    part = getattr(args, "part", None)
    if part:
        # only the tuning articles (or only the check ones): the others stay out of sight
        from .evaluation.clean import split_of

        result = {"scores": {part: result["scores"][part]},
                  "docs": {d: s for d, s in result["docs"].items() if split_of(d) == part}}
    if args.json:
        print(json.dumps(result if args.errors else result["scores"], ensure_ascii=False, indent=1))
        return 0
    print("Whole records on tests/data/record_gold (hand-annotated political articles), scored with "
          "shared/tools/score_record.py")
    print(format_report(result, (part,) if part else ("all", "tune", "check")))
    if args.errors:
        for doc, s in result["docs"].items():
            print(f"  {doc}: ent_f1 {s['ent_f1']:.2f} quote_f1 {s['quote_f1']:.2f} event_f1 {s['event_f1']:.2f} "
                  f"date_acc {s['date_acc']:.2f}")
    return 0


register_eval("records", "whole records (entities, quotes, events, dates) on the record dev gold", _eval_records)
register_eval("ner", "the NER model on ANERcorp test and AQMAR test (--profile)", _eval_ner)


def _add_ner(p: argparse.ArgumentParser) -> None:
    p.add_argument("--conll", nargs=2, metavar=("IN", "OUT"), required=True,
                   help='read "token TAG" lines (blank line between sentences), write "token gold predicted"')
    p.add_argument("--profile", choices=("accurate", "fast"), default="accurate")


def _run_ner(args: argparse.Namespace) -> int:
    from .ner import load_tagger
    from .ner.conll import evaluate, read_conll

    src, dst = args.conll
    try:
        sents = read_conll(src)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"marsad: error: {src}: cannot read ({exc})", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"marsad: error: {src}: {exc}", file=sys.stderr)
        return 1
    try:
        pred = load_tagger(args.profile).tag([[t for t, _ in s] for s in sents])
    except FileNotFoundError as exc:
        print(f"marsad: error: the {args.profile!r} NER model is not installed ({exc.filename or exc})", file=sys.stderr)
        return 1
    with open(dst, "w", encoding="utf-8") as fh:
        for sent, tags in zip(sents, pred):
            for (tok, gold), tag in zip(sent, tags):
                fh.write(f"{tok} {gold} {tag}\n")
            fh.write("\n")
    r = evaluate(sents, pred)
    print(f"{len(sents)} sentences tagged -> {dst}; entity F1 against the file's tags {r['f1']:.3f} "
          f"(P {r['precision']:.3f} R {r['recall']:.3f})", file=sys.stderr)
    return 0


register_command("ner", "tag a CoNLL file with the NER model", _add_ner, _run_ner)


def _add_eval(p: argparse.ArgumentParser) -> None:
    p.add_argument("subject", help="what to evaluate: " + ", ".join(sorted(_EVALUATORS)) + " (more as stages land)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", action="store_true", help="also list the errors")
    p.add_argument("--profile", choices=("accurate", "fast"), default="accurate")
    p.add_argument("--part", choices=("tune", "check"),
                   help="records: report only this part of the dev gold (designing rules: --part tune)")
    p.add_argument("--full", action="store_true",
                   help="events: run each GSR sentence through the whole --profile pipeline, not the event stages alone")


def _run_eval(args: argparse.Namespace) -> int:
    if args.subject not in _EVALUATORS:
        print(f"marsad: error: nothing to evaluate called {args.subject!r}; choose from {', '.join(sorted(_EVALUATORS))}",
              file=sys.stderr)
        return 2
    try:
        return _EVALUATORS[args.subject][1](args)
    except FileNotFoundError as exc:
        print(f"marsad: error: {exc}", file=sys.stderr)
        return 1


register_command("eval", "score a stage against its gold data", _add_eval, _run_eval)


#: modules that add sub-commands with :func:`command` (order = order in --help)
COMMAND_MODULES = [
    "marsad.ingest",
    "marsad.store.commands",
    "marsad.evaluation.events",
    "marsad.web.commands",
]


def build_parser() -> argparse.ArgumentParser:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name)

    parser = argparse.ArgumentParser(prog="marsad", description="Marsad (مرصد): an Arabic news observatory")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_, add, _run) in _COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        add(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="marsad: %(message)s")
    if not args.command:
        parser.print_help()
        return 2
    _help, _add, run = _COMMANDS[args.command]
    try:
        return run(args)
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    # run through the package module, so that commands registered by other modules (which
    # import marsad.cli, not __main__) land in the same registry
    from marsad.cli import main as _main

    sys.exit(_main())
