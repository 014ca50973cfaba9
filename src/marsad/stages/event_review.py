"""A learned review of the events the rules find: is each one real, and who are its two sides?

The trigger lexicon and the clause rules (:mod:`marsad.stages.events`,
:mod:`marsad.stages.event_roles`) over-fire on words that only name a topic (طرد مشبوه, a
suspicious parcel) and often leave a side to the paragraph (ورفضت ... الدعوة after the inviter was
named), so their guess is empty or wrong.  Three small logistic regressions, fitted by
``training/events/train_review.py`` on hand-labelled corpus events (``training/events/silver/
events.tsv``) and the tuning part of the record gold, take a second look:

* **keep**: the event's type, trigger word, the words around it, polarity, modality, whether it
  sits in reported speech and whether the rules found its sides give the probability that the
  text really expresses it; an event under the threshold is dropped;
* **source** / **target**: every actor named in the event's paragraph (and the one before it),
  plus the rules' own choices and the speaker of the quotation around the trigger, is a
  candidate, described by where and how it is named (before or after the trigger, how far, after
  which preposition, whether the rules chose it, the event type).  A side is replaced by the best
  candidate only when that candidate is not already on it and clears the side's threshold, so
  the rules stand wherever the model is unsure.

Weights: ``resources/events/review.json``.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..record import Event, Record
from ..resources import read_text
from ..text import bare_word, normalize, split_proclitics
from .event_roles import cannot_act
from .quote_mentions import Mentions

_PREPS = {"علي", "ضد", "مع", "الي", "من", "عن", "في", "بين", "تجاه", "بحق", "لدي", "امام", "لصالح", "باسم"}
_NOUN_PREFIXES = ("ال", "وال", "بال", "لل", "فال")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


_RANK = {"sb": 0, "sa": 0, "pb": 1, "pa": 2, "pp": 3}     # same sentence, earlier, later, previous paragraph


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "1" if n <= 3 else "2" if n <= 7 else "3" if n <= 15 else "4"


class ArgContext:
    """What the features need from a record, computed once."""

    def __init__(self, record: Record):
        self.record = record
        text = record.text
        self.text = text
        self.by_id = {a.id: a for a in record.actors}
        self.all_mentions = Mentions.of(record)
        self.mentions = [m for m in self.all_mentions.items if m.actor and m.actor in self.by_id]
        self.sent_starts = [s.start for s in record.sentences]
        self.count: dict[str, int] = {}
        for m in self.mentions:
            self.count[m.actor] = self.count.get(m.actor, 0) + 1
        self.lead = self.mentions[0].actor if self.mentions else None
        self.mention_starts = [m.start for m in self.mentions]
        self.cues = {normalize(q.cue) for q in record.quotes if q.cue}

    def sentence_of(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def para(self, pos: int) -> tuple[int, int]:
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return a, len(self.text) if b < 0 else b



def candidates(ctx: ArgContext, ev: Event) -> dict[str, list[str]]:
    """Candidate actor ids of ``ev`` with their features."""
    text = ctx.text
    p0, p1 = ctx.para(ev.start)
    q0 = ctx.para(max(0, p0 - 2))[0] if p0 > 0 else p0
    sent = ev.sentence
    trig_norm = normalize(ev.trigger).split()
    noun = bool(trig_norm) and trig_norm[0].startswith(_NOUN_PREFIXES)
    quote = ctx.all_mentions.quote_at(ev.start)
    para_speakers = {q.speaker for q in ctx.record.quotes if q.speaker and p0 <= q.start < p1}
    cands: dict[str, list[str]] = {}
    first_in_para = None
    best: dict[str, tuple] = {}
    lo, hi = bisect_left(ctx.mention_starts, q0), bisect_left(ctx.mention_starts, p1)
    for m in ctx.mentions[lo:hi]:
        in_para = m.start >= p0
        if in_para and first_in_para is None:
            first_in_para = m.actor
        s = ctx.sentence_of(m.start)
        if not in_para:
            where, dist = "pp", 99
        elif s == sent:
            if m.end <= ev.start:
                where, dist = "sb", len(text[m.end:ev.start].split())
            else:
                where, dist = "sa", len(text[ev.end:m.start].split())
        else:
            where, dist = ("pb" if s < sent else "pa"), 99
        key = (_RANK[where], dist)
        if m.actor not in best or key < best[m.actor][0]:
            best[m.actor] = (key, where, dist, m)
    for actor in set(ev.source) | set(ev.target) | ({quote.speaker} if quote and quote.speaker else set()):
        if actor in ctx.by_id and actor not in best:
            best[actor] = ((4, 99), "no", 99, None)
    near_b = min(((v[2], a) for a, v in best.items() if v[1] == "sb"), default=None)
    near_a = min(((v[2], a) for a, v in best.items() if v[1] == "sa"), default=None)
    t = ev.type
    for actor, (_, where, dist, m) in best.items():
        act = ctx.by_id[actor]
        f = ["W:" + where, "T:%s|%s" % (t, where), ("N|" if noun else "V|") + where]
        if where in ("sb", "sa"):
            f += ["D:%s%s" % (where, _bucket(dist)), ("N|" if noun else "V|") + where + _bucket(dist)]
        if near_b and near_b[1] == actor:
            f += ["nearest_before", "T:%s|nb" % t]
        if near_a and near_a[1] == actor:
            f += ["nearest_after", "T:%s|na" % t, ("N|" if noun else "V|") + "na"]
        if actor in ev.source:
            f += ["rs", "T:%s|rs" % t]
            if ev.source[0] == actor:
                f.append("rs0")
        if actor in ev.target:
            f += ["rt", "T:%s|rt" % t]
        if not ev.source:
            f.append("rs_empty")
        if not ev.target:
            f.append("rt_empty")
        f.append("E:" + (act.type or "none"))
        f.append("S:" + (act.sector or "none"))
        if act.country:
            f.append("ctry")
        if m is not None:
            if m.role:
                f.append("role")
            prev = text[max(0, m.start - 1):m.start]
            if prev.isalpha():
                f.append("cl:" + normalize(prev))
            words = text[max(0, m.start - 20):m.start].split()
            pw = normalize(words[-1]) if words and not prev.isalpha() else ""
            if pw in _PREPS:
                f += ["pw:" + pw, "Q%d|pw:%s" % (ev.quad or 0, pw)]
        if quote is not None and quote.speaker == actor:
            f.append("spk_in")
        elif actor in para_speakers:
            f.append("spk_para")
        if actor == first_in_para:
            f.append("first_para")
        if actor == ctx.lead:
            f.append("lead")
        c = ctx.count.get(actor, 0)
        f.append("F:" + ("1" if c <= 1 else "2" if c <= 3 else "4"))
        cands[actor] = f
    return cands


def event_features(ctx: ArgContext, ev: Event) -> list[str]:
    """Features of the rules' event for the keep model."""
    text = ctx.text
    t = ev.type
    words = ev.trigger.split()
    head = bare_word(words[0]) if words else ""
    f = ["T:" + t, "H:%s:%s" % (t, head), "n_words:%d" % min(3, len(words))]
    if words:
        clitics = split_proclitics(normalize(words[0]))[0]
        if clitics:
            f += ["P:" + clitics, "T:%s|P:%s" % (t, clitics)]
        if normalize(words[0]).startswith(_NOUN_PREFIXES):
            f += ["def", "T:%s|def" % t]
    sent = ctx.record.sentences[ev.sentence] if 0 <= ev.sentence < len(ctx.record.sentences) else None
    if sent is not None and _YEAR.search(text[sent.start:sent.end]):
        years = {int(y) for y in _YEAR.findall(text[sent.start:sent.end])}
        pub = int(ctx.record.published[:4]) if ctx.record.published and ctx.record.published[:4].isdigit() else None
        f.append("year_old" if pub and min(years) < pub else "year")
    if ev.date and ctx.record.published:
        f.append("dated_old" if ev.date[:7] < ctx.record.published[:7] else "dated")
    left = text[max(0, ev.start - 60):ev.start].split()[-3:]
    right = text[ev.end:ev.end + 60].split()[:3]
    for k, w in enumerate(reversed(left)):
        c = bare_word(w)
        if c.isalpha():
            f.append("L:" + c)
            if k == 0:
                f.append("L1:" + c)
    for k, w in enumerate(right):
        c = bare_word(w)
        if c.isalpha():
            f.append("R:" + c)
            if k == 0:
                f.append("R1:" + c)
    if any(ch.isdigit() for w in left + right for ch in w):
        f.append("digit")
    if ev.negated:
        f += ["neg", "T:%s|neg" % t]
    f.append("mod:" + ev.modality)
    f.append("src" if ev.source else "nosrc")
    f.append("tgt" if ev.target else "notgt")
    if not ev.source and not ev.target:
        f += ["noside", "T:%s|noside" % t]
    if ctx.all_mentions.quote_at(ev.start) is not None:
        f += ["inquote", "T:%s|inquote" % t]
    if normalize(ev.trigger) in ctx.cues:
        f.append("cue")
    p0, _ = ctx.para(ev.start)
    if p0 == 0:
        f.append("first_para")
    return f


@lru_cache(maxsize=1)
def load_review() -> dict:
    return json.loads(read_text("events/review.json"))


def _prob(weights: dict, bias: float, feats) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def review(record: Record, events: list[Event], model: dict | None = None,
           exclude: dict[int, set[str]] | None = None) -> list[Event]:
    """``events`` without those the keep model doubts, each side replaced by the side model's best
    candidate where it is confident.  ``exclude`` maps ``id(event)`` to the actors the rules know
    are no side of it (the venue a meeting is named after, the victim of the act a charge is about)."""
    if model is None:
        model = load_review()
    if not events or not model:
        return events
    ctx = ArgContext(record)
    out = []
    for ev in events:
        keep = model.get("keep")
        if keep and _prob(keep["weights"], keep["bias"], event_features(ctx, ev)) < keep["threshold"]:
            continue
        if model.get("source") or model.get("target"):
            _choose_sides(ctx, ev, model.get("source"), model.get("target"), (exclude or {}).get(id(ev), frozenset()))
        out.append(ev)
    return out


def _choose_sides(ctx: ArgContext, ev: Event, src_m: dict | None, tgt_m: dict | None,
                  not_sides: set[str] | frozenset = frozenset()) -> None:
    cands = candidates(ctx, ev)
    for actor in not_sides:
        cands.pop(actor, None)
    if not cands:
        return
    if src_m:
        # (a non-governmental organisation reports attacks and arrests, it does not make them)
        ps = {a: _prob(src_m["weights"], src_m["bias"], f) for a, f in cands.items()
              if not cannot_act(ctx.by_id[a], ev.type)}
        best = max(ps, key=lambda a: (ps[a], a)) if ps else None
        if best is not None and best not in ev.source and ps[best] >= src_m["threshold"]:
            ev.source = [best]
            ev.target = [x for x in ev.target if x != best]
    pt = {a: _prob(tgt_m["weights"], tgt_m["bias"], f) for a, f in cands.items() if a not in ev.source} if tgt_m else {}
    if pt:
        best = max(pt, key=lambda a: (pt[a], a))
        if best not in ev.target and pt[best] >= tgt_m["threshold"]:
            ev.target = [best]
