"""Charges made in reported speech: an ACCUSE event from a quotation that blames an actor it names.

Most accusations in news are not marked by a trigger word: a speaker *says* that an actor is
waging a suspicious campaign, broke its promises, is responsible for an attack.  The quotes
stage already finds such quotations and their speakers; here a small logistic regression over
the quotation's words (``resources/events/charges.json``, fitted by
``training/events/train_charges.py`` on hand-labelled corpus quotations and the tuning part of
the record gold) decides whether the quotation charges the first actor it names other than the
speaker.  The event's trigger is the quotation's speech verb (else its most charged word), so the
claim stays checkable.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from functools import lru_cache

from ..record import Actor, Event, Quote, Record
from ..resources import read_text
from ..text import bare_word, letter_words, normalize, split_proclitics
from .event_roles import attribution_word, is_channel, news_organisation
from .quote_mentions import Mentions

def _core_word(raw: str) -> str:
    w = split_proclitics(normalize(raw))[1]
    return w[2:] if w.startswith("ال") else w


def charge_features(text: str, target: tuple[int, int] | None = None) -> list[tuple[str, int, int]]:
    """``(feature, start, end)`` for the words of a quotation (offsets into ``text``): the word
    without proclitics and article; with ``target`` (the span of the charged actor's mention in
    ``text``), also the three words after that mention, the two before it and whether it opens the
    quotation (ان ايران تدعم الارهاب: what is said of the actor)."""
    out = []
    pos = 0
    words = []
    for raw in text.split():
        start = text.index(raw, pos)
        pos = start + len(raw)
        w = _core_word(raw)
        words.append((w, start, pos))
        if len(w) > 2 and w.isalpha():
            out.append(("W:" + w, start, pos))
    if target is not None:
        a, b = target
        before = [x for x in words if x[2] <= a]
        for k, (w, s, e) in enumerate([x for x in words if x[1] >= b][:3]):
            if w.isalpha():
                out.append((f"A{k}:" + w, s, e))
        for w, s, e in before[-2:]:
            if w.isalpha():
                out.append(("B:" + w, s, e))
        if len(before) <= 2:
            out.append(("T:first", a, b))
    return out


@lru_cache(maxsize=1)
def load_charges() -> dict:
    return json.loads(read_text("events/charges.json"))


def charge_score(feats, model: dict | None = None) -> float:
    """The model's probability that a quotation with these features charges the actor it names."""
    model = model or load_charges()
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(f, 0.0) for f in {f for f, _, _ in feats})
    return 1.0 / (1.0 + math.exp(-z))


def charge_target(record: Record, q: Quote, by_id: dict[str, Actor]) -> str | None:
    """The actor a quotation would charge: the first one it names other than its speaker, never
    one of the speaker's own country, preferring an actor over a bare place (أن النظام الإيراني
    يشعل الصراعات في الشرق الأوسط: Iran, named by the adjective of النظام, not the region)."""
    own = by_id[q.speaker].country
    mentions = Mentions.of(record)
    named = [m.actor for m in mentions.items
             if q.start <= m.start < q.end and m.actor and m.actor != q.speaker and m.actor in by_id
             and not (own and by_id[m.actor].country == own) and not is_channel(mentions, m.actor)]
    return next((a for a in named if not a.startswith("L:")), named[0] if named else None)


def target_span(record: Record, q: Quote, actor: str) -> tuple[int, int] | None:
    """Where the quotation first names ``actor`` (offsets into the quotation's text)."""
    m = next((m for m in Mentions.of(record).items if q.start <= m.start < q.end and m.actor == actor), None)
    return (m.start - q.start, min(m.end, q.end) - q.start) if m else None


def _cue_span(text: str, start: int, cue: str | None) -> tuple[int, int] | None:
    """Where the quotation's speech verb stands: before it in its paragraph, within 300 characters
    (وقال سفير السويد أولوف سكوغ الذي تفاوض على قرار وقف إطلاق النار مع الكويت قبل الاجتماع للصحافيين
    "...": a long subject between the verb and the words)."""
    if not cue:
        return None
    k = text.rfind(cue, max(0, start - 300), start)
    if k < 0 or "\n" in text[k:start]:
        return None
    return k, k + len(cue)


_CALLING = ("دعا", "دعت", "دعو", "يدعو", "تدعو", "حث", "يحث", "تحث")
_PLEDGE_OR_CALL = ("تعهد", "يتعهد", "تتعهد", "عبر", "عبرت", "عبروا", "داعيا", "داعيه") + _CALLING
_ASKING = ("طالب", "يطالب", "تطالب")
# the verbs of explaining (أوضح أن، وأوضح المصدر أن): what is explained is an account, not a charge
_EXPLAINING = frozenset(("اوضح", "اوضحت", "يوضح", "توضح", "اوضحوا", "موضحا", "موضحه"))
# the verbs of denial (normalised; the events stage reads them as negating what they deny)
DENIAL_VERBS = frozenset(("نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "انكر", "انكرت", "ينكر", "تنكر", "انكروا", "ينكرون"))
# a denial (نفى أن يكون عميلا روسيا، ينفي الكرملين التدخل): what is denied charges nobody
# (unless the denial goes on to say something of its own: وتنفي روسيا أي دور لها وتقول إن حلف الأطلسي يمثل خطرا)
_SAYS_TOO = re.compile(r"(?:^|\s)[وف]?(?:تقول|يقول|قال|قالت|قالوا|اضاف|اضافت|اتهم|اتهمت|تتهم|يتهم|معتبرا|معتبره)\s")
_DENYING = DENIAL_VERBS | {"نفيا", "نافيا", "نافيه", "نافين"}
# the verbs of owning to or recognising something (اعترف بخطئه، تعترف إسرائيل بإشراف الأردن): said with بـ + a noun,
# what is owned or recognised charges nobody (اعترف بأن is a statement like any other)
_OWNING = ("اعترف", "يعترف", "تعترف")
# the cue words of a demand or a call (طالب، دعا، حث): what it asks others to do
DEMAND_CUES = _ASKING + _CALLING


def cue_word(cue: str | None) -> str:
    """A quotation's cue, normalised, without the conjunction glued to it (وطالبت -> طالبت)."""
    w = normalize(cue or "")
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


def _no_charge_cue(text: str, q: Quote) -> bool:
    """A quotation the model was not fitted on and that charges nobody as such: a denial (نفى أن، ينفي التدخل), a
    pledge or a call (تعهد بأن، حث X على), a stance expressed (عبر عن قلقه), what is demanded (طالب X بالإفراج: the
    demand is a REQUEST of its own) or what is owned to or recognised (اعترف بخطئه).  (Announcements, أعلن عن
    عقوبات بحق روسيا, stay: the record gold reads some as charges.)"""
    cue = cue_word(q.cue)
    first = normalize(q.cue or "").split()[:1]
    if first and attribution_word(first[0]):
        return True     # (… وفق ما أفاد المرصد، بحسب ما نقلت الوكالة: a report attributed to its source, no charge)
    head = normalize(q.text[:4])
    return (cue in _DENYING and not _SAYS_TOO.search(normalize(q.text))) or cue.startswith(_PLEDGE_OR_CALL) or (
        cue in _EXPLAINING) or (
        cue.startswith(_ASKING) and head[:1] == "ب") or (
        cue.startswith(_OWNING) and head[:1] == "ب" and not head.startswith("بان"))


# who comments rather than takes a side: an analyst, an expert, a researcher, an academic (not a panel of experts,
# خبراء: a body that reports), a professor (الأستاذ في العلوم السياسية، البروفيسور بكلية لندن للاقتصاد), and
# the people of a game (a coach, a player, a goalkeeper, a referee) -- their
# verdicts are commentary, no charge by an actor
_COMMENTATORS = frozenset(bare_word(w) for w in (
    "محلل محللة محللون محللين خبير خبيرة باحث باحثة أكاديمي أكاديمية مدرب مدربه لاعب لاعبه مدافع "
    "مهاجم حارس حكم أستاذ أستاذة بروفيسور").split())


def _commentator(text: str, q: Quote) -> bool:
    """The words before the quotation in its paragraph (up to 120 characters: its cue, its speaker and his
    title) call the speaker a commentator (وقال المحلل السياسي، رأى الكاتب والباحث، وقال لي جي، وهو خبير في)."""
    p0 = text.rfind("\n", 0, q.start) + 1
    return any(bare_word(w) in _COMMENTATORS for w in letter_words(text[max(p0, q.start - 120):q.start]))


def _titled_commentators(record: Record) -> set[str]:
    """The actors a commentator's title stands right before in the article (مدرب أرسنال الجديد أوناي إيمري، المحلل
    السياسي فلان): their words anywhere in it are commentary (وقال إيمري later)."""
    text = record.text
    # (a person: باحث لدى منظمة العفو is not the organisation's title)
    return {e.actor for e in record.entities if e.type == "PER" and e.actor and any(
        bare_word(w) in _COMMENTATORS for w in letter_words(text[max(0, e.start - 40):e.start])[-4:])}


def news_outlet(actor: Actor) -> bool:
    """A news agency, channel or paper (MED, not a person and not a press NGO such as Reporters Without
    Borders): what it reports (ذكرت وكالة الأنباء السعودية أن ميليشيا الحوثي أطلقت صاروخا) is news, not its charge."""
    return news_organisation(actor) and actor.country not in ("NGO", "IGO")


def quote_charges(record: Record, events: list[Event], model: dict | None = None) -> list[Event]:
    """``events`` plus ACCUSE events for the quotations the model reads as charges, one per
    quotation, unless an ACCUSE by the same speaker is already in its paragraph against the same
    actor (or against no one named), or anywhere in its sentence."""
    if not record.quotes:
        return events
    from .events import QUAD     # (events imports this module)

    model = model or load_charges()
    by_id = {a.id: a for a in record.actors}
    text = record.text
    out = list(events)
    starts = [e.start for e in out]
    sent_starts = [s.start for s in record.sentences]
    commentators: set[str] = _titled_commentators(record)     # speakers called an analyst, a coach ... anywhere
    for q in record.quotes:
        spk = q.speaker
        if spk and _commentator(text, q):
            commentators.add(spk)
        if not spk or spk not in by_id or _no_charge_cue(text, q) or news_outlet(by_id[spk]) or spk in commentators:
            continue    # (a commentator's later words too: وأضاف عادل أن)
        span = _cue_span(text, q.start, q.cue)
        if span is None:
            continue    # (no speech verb before the words in their paragraph: a title or scare quotes, a
            #             quotation read out of its paragraph -- no checkable charge)
        target = charge_target(record, q, by_id)
        if target is None:
            continue
        feats = charge_features(q.text, target_span(record, q, target) if model.get("context") else None)
        if charge_score(feats, model) < model["threshold"]:
            continue
        p0 = text.rfind("\n", 0, q.start) + 1
        p1 = text.find("\n", q.start)
        p1 = len(text) if p1 < 0 else p1
        k = bisect_right(sent_starts, q.start)     # (the quotation's sentence: s0 <= q.start < s1)
        s0 = sent_starts[k - 1] if k else p0
        s1 = sent_starts[k] if k < len(sent_starts) else p1
        if any(e.type == "ACCUSE" and p0 <= e.start < p1 and spk in e.source
               and (target in e.target or not e.target or s0 <= e.start < s1) for e in out):
            continue    # (a charge against another actor, in another sentence of the paragraph, is one of its own)
        if any(q.start <= e.start < q.end and e.target == [spk] and normalize(e.trigger).endswith("ني") for e in out):
            continue    # (بعض اليهود انتقدوني وهددوني: the charged words are what was done to the speaker)
        if any(e.type == "SUPPORT" and p0 <= e.start < p1 and spk in e.source and target in e.target for e in out):
            continue    # (هنأ أوربان الرئيس التركي ...، معتبرا أن: words of a speaker who praises or congratulates
            #             the actor in the same paragraph are no charge against it)
        a, b = span
        c = bisect_right(sent_starts, a)     # (the cue's sentence starts at c0)
        c0 = sent_starts[c - 1] if c else p0
        if any(e.type == "SUPPORT" and spk in e.source and c0 <= e.start < q.start for e in out):
            continue    # (وأشاد المفوض العام بدولة الإمارات على هذا الدعم بالقول: "إن ... يقف مع الأونروا": words
            #             that praise, whoever they then name, are no charge)
        if any(e.type == "ACCUSE" and q.start <= e.start < q.end and target in e.source and spk not in e.source
               for e in out):
            continue    # (أعلن الشاباك أن إسرائيل وجهت اتهاما للوزير: the words report the actor's own charge; the
            #             speaker reports it, it does not charge the accuser)
        same = [e for e in out if e.type == "ACCUSE" and e.start < b and a < e.end]
        if any(e.source or e.target for e in same):
            continue    # (اتهمت مصادر فلسطينية الدوحة بالسعي: the cue is itself a charge already coded)
        if any(e.type != "ACCUSE" and (e.source or e.target) and e.start < b and a < e.end for e in out):
            continue    # (وهددت السعودية ببيع الأرصدة: the cue is an act of another type, coded once)
        for e in same:
            # (the cue's own event found no sides: the quotation's speaker and target stand in)
            i = out.index(e)
            del out[i], starts[i]
        ev = Event(type="ACCUSE", mode="disapprove", context=None, source=[spk], target=[target],
                   trigger=text[a:b], sentence=max(0, bisect_right(sent_starts, a) - 1), start=a, end=b,
                   quad=QUAD["ACCUSE"], cameo="111")
        k = bisect_right(starts, a)
        out.insert(k, ev)
        starts.insert(k, a)
    return out
