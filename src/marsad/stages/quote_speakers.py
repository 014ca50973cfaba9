"""Speaker resolution for reported speech: who says a quotation.

The speaker phrase after a cue (``قال المتحدث باسم الكرملين دميتري بيسكوف لوكالة سبوتنيك``) is
cleared of adverbials and channels, then resolved to an actor: a named person in it, the holder
of a role named elsewhere in the article, the organisation of a role with no name, the one army
for ``متحدث عسكري``; a document (``وأضاف البيان``) stands for the body that issued it; a cue
with no subject takes the subject of the sentence's first verb.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..record import Record
from ..text import OUTLET_NOUNS, Token, normalize, normalize_with_offsets, quotation_left_open
from .dates import WEEKDAYS
from .event_roles import clause_verb_forms, relation_noun, _PLATFORMS, _PREPS_SKIP, _PREPS_TARGET, _RELATIVE_WORDS as _RELATIVE_PRONOUNS, _TIME_WORDS, attribution_word, is_channel, mere_town
from .event_roles import _core
from .quote_mentions import _PERSON_TITLES, _COLLECTIVE_TITLES, Mentions, _no_article, nisba_country
from .tokens import token_view

_COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها", "بانهم", "وان", "وانه", "وانها"}
_CHANNEL_NOUNS = OUTLET_NOUNS
# a time word or adverb standing alone after the verb (قال أمس، طالب اليوم، وأكد بدوره)
_BARE_ADVERBS = {normalize(x) for x in (
    "امس", "اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "يومها", "حينها",
    "انذاك", "وقتها", "بدوره", "بدورها", "ايضا", "كذلك", "مؤخرا", "لاحقا", "رسميا", "مجددا", "سابقا", "مرارا",
    "تكرارا", "مساء", "صباح", "يوم", "صراحه", "بصراحه", "علنا", "حرفيا", "بوضوح")}
# a time noun and its qualifier (الشهر الماضي، الأسبوع المقبل، الخميس الماضي)
_TIME_NOUNS = set(WEEKDAYS) | {normalize(x) for x in ("الشهر", "الأسبوع", "العام", "السنة", "الليلة")}
_TIME_QUALIFIERS = {normalize(x) for x in ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "الجاري",
                                            "الجارية", "الحالي", "الحالية", "المقبل", "المقبلة", "القادم", "القادمة")}
# adverbials, not the speaker: those words, prepositions and participles that open a phrase
_SKIP_PP = _BARE_ADVERBS | {normalize(x) for x in (
    "في", "خلال", "عبر", "اثناء", "امام", "ردا", "تعليقا", "تعقيبا", "مخاطبا", "مخاطبه", "متوجها", "موجها", "متسائلا",
    "متسائله", "مشيرا", "مشيره", "مؤكدا", "موكدا", "مضيفا", "معتبرا", "لافتا", "موضحا", "قائلا", "قائله", "مضيفه",
    "معتبره", "لافته", "موضحه", "قائلين",   # (not مؤكدة: غير مؤكدة, unconfirmed)
    "للصحفيين", "للصحافيين", "للصحافه", "للصحفيين،")}
# مخاطبا المسؤولين الكويتيين: the people addressed, never the speaker (skip through their names)
_INNER_PREPS = {"امام", "في", "الي", "علي", "عن", "من", "لدي", "داخل", "حول", "بشان"}
_AGENT_NOUNS = {"قبل", "يد", "لسان"}
_PLATFORM_HEADS = {"شركه", "موقع", "منصه", "شبكه", "اداره"}     # (قالت شركة فيسبوك: the company speaks)
_MORE_PREPS = {"مع", "ضد", "بين", "تجاه"}
_ADDRESSING_PP = {normalize(x) for x in ("مخاطبا", "مخاطبة", "متوجها", "متوجهة", "موجها", "موجهة", "متسائلا", "متسائلة")}
_PRONOUN_PP = {"فيها", "فيه", "له", "لها", "لهم", "فيهم", "خلالها", "خلاله", "بدوره", "بدورها", "منه", "منها",
               "عنها", "عنه", "عنهم", "عنهما"}
# of those, a preposition with the pronoun of what is spoken of, right after the verb (كشف عنه الباحث، تقول فيه
# الحكومة، يؤكد عليها مؤلفا الكتاب): no part of the speaker's name
_PRONOUN_PPS = frozenset({w for w in _PRONOUN_PP if w.startswith(("في", "عن", "من")) and w.endswith(("ه", "ها"))}
                         | {"عليه", "عليها"})
# the verbs of telling that take no object (قال، أعلن، أكد، كشف): after one, the name past the pronoun speaks; after
# one that takes its hearer as object (يحذر فيها إيران، دعت فيه مواطني المملكة) the name is the one told
_SAID_VERBS = frozenset(normalize(x) for x in (
    "قال", "يقول", "تقول", "قالت", "قالوا", "يقولون", "أعلن", "يعلن", "أعلنت", "تعلن", "أعلنوا", "أكد", "يؤكد", "أكدت",
    "تؤكد", "كشف", "يكشف", "كشفت", "تكشف", "ذكر", "يذكر", "ذكرت", "تذكر", "أوضح", "يوضح", "أوضحت", "توضح", "أشار",
    "يشير", "أشارت", "تشير", "أفاد", "يفيد", "أفادت", "تفيد", "كتب", "يكتب", "كتبت", "تكتب", "جاء"))
_BREAK = {"،", ",", ".", ";", "؛", ":", "!", "؟", "?"}


# words that end the speaker's noun phrase: a relative clause (مارين لوبان، والتي خسرت أمام ماكرون)
# or a prepositional phrase after it (قال نوركين أمام قادة القوات، قال مالك عن المدنيين)
_RELATIVE_WORDS = _RELATIVE_PRONOUNS | {"والذي", "والتي", "والذين"}     # (مارين لوبان، والتي خسرت)
_NP_END = _RELATIVE_WORDS | {normalize(x) for x in ("قد", "لقد", "أمام", "مع", "على", "عن", "بعد", "قبل", "إثر", "عقب", "حول",
                                                     "بشأن")}
_WITH = {normalize(x) for x in ("مع", "نظيره", "نظيرته", "بحضور", "برفقة", "بنظيره", "بنظيرته",
                                 # في بيان نقلته وكالة X: the medium that relayed the statement
                                 "نقلته", "نقلتها", "نشرته", "نشرتها", "أوردته", "أوردتها", "بثته", "بثتها", "نقله",
                                 "نشره", "أورده", "بثه", "أوردها", "نقلها", "نشرها")}
# nouns for a person that a name may follow after an affiliation (مراسلة جريدة التايمز في طوكيو لوسي ألكسندر)
_PERSON_NOUNS = _PERSON_TITLES | {normalize(x) for x in ("مراسل", "مراسلة", "المراسل", "محامي", "محامية", "خبير", "الخبير",
                                                          "عضو", "نائب", "مسؤول", "المسؤول", "مسؤولة", "مدير", "مديرة",
                                                          "الباحث", "باحث", "أستاذ", "الأستاذ", "ممثل", "ممثلة")}
_TRAILING = {normalize(x) for x in ("من", "إلى", "على", "عن", "في", "ب", "بأن")}
# whom a speaker addresses, after ل (لجمهور، لصحافيين، لأعضاء البرلمان، لنظيره، لإحدى الصحف، له)
_ADDRESSEES = {normalize(x) for x in ("جمهور", "صحفيين", "صحافيين", "صحفي", "صحافي", "أعضاء", "نواب", "نظيره", "نظيرته",
                                       "إحدى", "أحد", "وفد", "أنصار", "أنصاره", "أنصارها", "مؤيديه", "مؤيديها", "حشد",
                                       "طلاب", "زوار", "ه", "ها", "هم", "هما", "نا")}
_OWN_PREPOSITIONS = {"من", "إلى", "الى", "على"}     # حذر من، أشار إلى، أكد على (not وُصف بـ), as written
_ISSUED_BY = {"الصادر", "صادر", "الصادره", "صادره"}
_MARKS = {"“", "”", '"', "«", "»", "(", ")"}
_AFFILIATION = {"في", "من", "لدي", "داخل"}
_NOT_BEFORE_NAME = {normalize(x) for x in ("مع", "على", "إلى", "أمام", "بشأن", "حول", "ضد", "لنظيره", "لنظيرته", "نظيره",
                                            "نظيرته", "لقاء", "اجتماع", "مؤتمر", "برفقة", "بحضور")}


# "his highness / excellency ..." with the pronoun (وقال سموه، وأضاف معاليه، وأكد سماحته): a back-reference to
# the latest person named with one of the honorific's titles (normalised forms)
_HONORIFIC_TITLES = {
    "سموه": ("سمو", "الامير", "الاميره", "امير", "اميره"), "سموها": ("سمو", "الاميره", "اميره"),
    "معاليه": ("معالي", "وزير", "الوزير", "وزيره"), "معاليها": ("معالي", "وزيره", "الوزيره"),
    "فخامته": ("فخامه", "الرييس", "رييس"), "سعادته": ("سعاده", "السفير", "سفير"),
    "جلالته": ("جلاله", "الملك", "ملك"), "سماحته": ("سماحه", "الشيخ", "المفتي", "مفتي", "الامام"),
    "دولته": ("دوله", "رييس"),
}


def _honoured(record: Record, mentions: "Mentions", honorific: str, pos: int) -> str | None:
    """The latest person named before ``pos`` with a title of ``honorific`` among the three words before the
    name (سمو الأمير خالد الفيصل ... وقال سموه)."""
    titles = _HONORIFIC_TITLES.get(honorific, ())
    text = record.text
    for m in reversed(mentions.items):
        if m.start >= pos or not (m.person and m.actor):
            continue
        before = normalize(text[max(0, m.start - 40):m.start]).split()[-3:]
        if any(w in titles or w[1:] in titles for w in before):
            return m.actor
    return None


def _glued_outlet(mentions, toks, k: int, b: int) -> tuple[int, int] | None:
    """The span of a channel's name (a news outlet, a social network) that starts right after a ل
    glued to token ``k``."""
    start = toks[k].start + 1
    m = next((m for m in mentions.items if m.start == start and m.actor), None)
    if m is None or m.end > toks[b - 1].end or not is_channel(mentions, m.actor):
        return None
    return m.start, m.end


# nouns of a time frame opening a second adverbial (في ختام لقائه، في أعقاب المحادثات)
_TIME_FRAMES = {normalize(w) for w in "ختام نهاية بداية مستهل أعقاب اعقاب ختم أثناء اثناء".split()}


# one's own page or account (كتب على صفحته في تويتر، على حسابها الرسمي): where it was written, not who wrote it
_OWN_PAGES = ("صفحت", "حساب", "موقع", "مدونت", "قنات")


def _on_own_page(toks: list[Token], norms: list[str], k: int, b: int) -> bool:
    """``toks[k]`` is على as written (علي is a name too) before a page or an account with its owner's pronoun."""
    if toks[k].text != "على" or k + 1 >= b:
        return False
    nxt = norms[k + 1]
    return nxt.startswith(_OWN_PAGES) and nxt.endswith(("ه", "ها", "هم", "هما")) and len(nxt) <= 8


def _speaker_from(record: Record, toks: list[Token], norms: list[str], a: int, b: int, mentions: Mentions,
                  last_speaker, after_verb: bool = False) -> tuple[str | None, str | None, str | None, str | None, int]:
    """Resolve the speaker phrase ``toks[a:b]``: ``(speaker, speaker_text, addressee, channel, k)``, ``k``
    the index of the speaker phrase's first word (``b`` when there is none).

    The phrase is cut into noun phrases at adverbials, channels (لوكالة X), relative clauses and
    prepositions; the speaker is in the first of them (قال الرئيس جوكو ويدودو للصحفيين في جاكرتا)."""
    text = record.text
    channel = None
    keep: list[int] = []
    seg_of: dict[int, int] = {}
    seg = 0
    k = a
    while k < b:
        w = norms[k]
        if not w:
            k += 1      # a tatweel or diacritics alone: nothing to read
            continue
        core = w[1:] if w[:1] == "ل" else w
        glued = _glued_outlet(mentions, toks, k, b) if w[:1] == "ل" else None
        if glued is not None:
            # لبي بي سي، لرويترز: an outlet's name with ل glued to it is the channel
            channel = text[glued[0]:glued[1]]
            while k < b and toks[k].start < glued[1]:
                k += 1
            seg += 1
            continue
        if w[:1] == "ل" and (core in _CHANNEL_NOUNS or (k + 1 < b and w == "ل")):
            # لوكالة “سبوتنيك” / لقناة الجزيرة -> channel = the name
            j = k + 1
            while j < b and norms[j] in ("“", "”", '"', "«", "»", "ـ", "-"):
                j += 1
            e = j
            while e < b and norms[e] not in _BREAK and norms[e] not in ("“", "”", '"', "«", "»") and e - j < 4:
                if e > j and (norms[e].startswith("و") or norms[e] in _COMPLEMENTIZERS):
                    break
                e += 1
            if e > j:
                channel = text[toks[j].start:toks[e - 1].end]
            k = e + 1 if e < b and norms[e] in ("”", '"', "»") else e
            seg += 1
            continue
        if after_verb and _on_own_page(toks, norms, k, b):
            # وكتب على صفحته في تويتر: where it was written ends the phrase, and a medium named in it does not speak
            # (after an attribution, بحسب ما كتبت على صفحتها, the phrase stays: no speaker is carried there)
            break
        if k == a and w in _PRONOUN_PPS and k + 1 < b and a and _core(norms[a - 1]) in _SAID_VERBS and (
                norms[k + 1] in _PERSON_NOUNS or norms[k + 1] in _SOURCE_NOUNS
                or _no_article(norms[k + 1]) in _CHANNEL_NOUNS
                or mentions.has_mention_at(toks[k + 1].start, toks[k + 1].end)):
            # (only before a name, a title or a source: not before an addressee, an adverbial or an object -- قال
            # فيها للمعلمة، أعلن عنها بعد تصويت مجلس الأمن، بيانا دعت فيه مواطني المملكة إلى -- where the phrase
            # stays as it was)
            k += 1
            continue
        if w in _BARE_ADVERBS or _two_word_adverbial(norms, k, b) or (k == a and w == "مره"):
            # طالب اليوم مجلس شورى حركة النهضة، وقال أمس وزير الخارجية: a time word or adverb stands alone --
            # the speaker follows it (a phrase of six words skipped from it lost speakers that are no name
            # at their first word); so does a time noun with its qualifier (وقال الشهر الماضي إن: no subject,
            # the speaker is carried), and مرة right after the verb (وقال مرة إن; not أكثر من مرة)
            if k == a and w == "مره":
                k += 1
            while k < b and (norms[k] in _BARE_ADVERBS or _two_word_adverbial(norms, k, b)):
                k += 2 if _two_word_adverbial(norms, k, b) else 1
            seg += 1
            continue
        if w in _SKIP_PP or w[:1] in "ب" and core in _SKIP_PP:
            # في بيان / ردا على السؤال / أمس : adverbials, not the speaker
            j = k + 1
            through = w in _ADDRESSING_PP or w[1:] in _ADDRESSING_PP or \
                any(x in _WITH for x in norms[k + 1:min(b, k + 6)])   # في مؤتمر صحفي مع نظيره السعودي X
            reach = 10 if through else 6
            deep = False
            while j < b and norms[j] not in _BREAK and j - k < reach \
                    and (norms[j] not in ("“", "”", '"', "«", "»") or (through and norms[j - 1] in _WITH)) \
                    and not (norms[j][:1] == "ل" and norms[j][1:] in _CHANNEL_NOUNS) \
                    and not (through and j > k + 1 and norms[j] in _SKIP_PP and j + 1 < b
                             and norms[j + 1] in _TIME_FRAMES):     # (… في ختام لقائه بها: a second adverbial)
                if mentions.has_mention_at(toks[j].start, toks[j].end):
                    # (في سياق الحديث عن انسحاب واشنطن: the genitive of a noun after a preposition inside the
                    # adverbial is part of it too -- not a title and its holder: في مؤتمر صحفي وزير الخارجية X)
                    genitive = _inner_genitive(mentions, toks, norms, j, k)
                    inner = norms[j - 1] in _INNER_PREPS or genitive or (deep and norms[j - 1] in _MORE_PREPS)
                    if genitive:
                        # (… الولايات المتحدة من الاتفاق النووي مع إيران: the masdar's own complements)
                        reach, deep = max(reach, j - k + 8), True
                    if not (through or inner):
                        break     # a name after the adverbial: the speaker
                    while inner and j + 1 < b and mentions.has_mention_at(toks[j + 1].start, toks[j + 1].end) \
                            and norms[j + 1] not in _BREAK:
                        j += 1    # خلال إلقائها كلمة أمام البرلمان البريطاني: a name governed by a
                        #           preposition inside the adverbial is part of it
                j += 1   # (في تصريحات لصحيفة X: stop at the medium, which is the channel)
            if j < b and j - k == reach and norms[j].startswith("ال") and norms[j - 1].isalpha() \
                    and not norms[j - 1].startswith(("ال", "وال")) and norms[j - 1] not in _INNER_PREPS \
                    and norms[j - 1] not in _PERSON_NOUNS and not mentions.has_mention_at(toks[j].start, toks[j].end):
                j += 1   # (أمام لجنة الشؤون الخارجية في مجلس النواب: the genitive of the phrase's last noun is its own)
            if any(norms[x] in _RELATIVE_PRONOUNS for x in range(k + 1, j)):
                # (وقال في مناسبة المؤتمر السنوي الذي تنظمه السلطة القضائية أن: the relative clause, its subject
                # too, is the adverbial's -- up to a person named, who speaks)
                while j < b and norms[j] not in _BREAK and not any(
                        x.person for x in mentions.in_span(toks[j].start, toks[j].end)):
                    j += 1
            if through and j + 2 < b and norms[j] in ("،", ",") and mentions.has_mention_at(toks[j + 1].start, toks[j + 1].end):
                # في مؤتمر صحفي مشترك مع رئيسة وزراء بريطانيا، تيريزا ماي، أنه: the partner's name in
                # apposition between commas belongs to the adverbial too
                e = j + 1
                while e < b and e - j <= 5 and norms[e] not in _BREAK:
                    e += 1
                if e < b and norms[e] in ("،", ",") and all(mentions.has_mention_at(toks[x].start, toks[x].end)
                                                            for x in range(j + 1, e)):
                    j = e + 1
            k = j
            seg += 1
            continue
        if w in _BREAK or w in _MARKS:
            k += 1
            continue
        if keep and attribution_word(w) and w.removeprefix("و") != "نقلا":     # (نقلا عن X: X speaks, below)
            # وقال التحالف بحسب ما نقلت عنه قناة الإخبارية: the speaker is named before the
            # attribution; the outlet after it only relays (the channel)
            outlet = next((x for x in mentions.items if toks[k].end <= x.start and x.end <= toks[b - 1].end
                           and getattr(mentions.by_id.get(x.actor), "sector", None) == "MED"), None)
            if outlet is not None and channel is None:
                channel = text[outlet.start:outlet.end]
            break
        if after_verb and not keep and w.startswith("لل") and len(w) > 4 and not _is_document(toks[k].text) \
                and not mentions.has_mention_at(toks[k].start, toks[k].end):
            k += 1      # وقال للمجلس إن: the people addressed, before any subject
            seg += 1
            continue
        if after_verb and not keep and w[:1] == "ل" and w[1:] in _ADDRESSEES \
                and not mentions.has_mention_at(toks[k].start, toks[k].end):
            # وقالت لجمهور ضم رئيس المفوضية ...، صرح لصحافيين، قال لنظيره البولندي، صرح لإحدى الصحف، وقلت له:
            # the people addressed, and what follows is about them -- nobody after them speaks
            break
        if not keep and w in ("قبل", "بعد", "عقب", "اثر") and k + 1 < b:
            # قال قبل أيام / أضاف بعد لقائه X: an adverbial before the subject, skipped like في
            j = k + 1
            while j < b and norms[j] not in _BREAK and j - k < 4 and not mentions.has_mention_at(toks[j].start, toks[j].end):
                j += 1
            k = j
            seg += 1
            continue
        if keep and w in _NP_END and not (w == "عن" and norms[k - 1] in _ISSUED_BY) \
                and not mentions.has_mention_at(toks[k].start, toks[k].end):     # (علي: also a name)
            seg += 1
            k += 1
            continue
        keep.append(k)
        seg_of[k] = seg
        k += 1
    if len(keep) >= 3 and _is_document(toks[keep[0]].text) and norms[keep[1]] in _ISSUED_BY \
            and norms[keep[2]] in ("عن", "من"):
        keep = keep[3:]      # البيان الصادر عن وزارة الإعلام: the ministry speaks
    relay = next((k for k in keep if norms[k] == "نقلا" and k + 1 < b and norms[k + 1] == "عن"), None)
    if relay is None:
        # قالت دولة الكويت على لسان منصور العتيبي سفيرها: the mouthpiece speaks
        relay = next((k - 1 for k in range(a + 1, b - 1) if norms[k] == "لسان" and norms[k - 1] == "علي"), None)
    if relay is not None and relay + 2 < b:
        # وأوضح التقرير، نقلا عن المفوض السامي زيد رعد الحسين، أن: the source relayed speaks (up to a
        # comma but for an apposition name: اتهمت الحكومة على لسان وزير خارجيتها، إيران بـ... is no source)
        stop = next((k for k in range(relay + 3, b) if norms[k] in _BREAK
                     and not (k + 1 < b and mentions.has_mention_at(toks[k + 1].start, toks[k + 1].end)
                              and any(u.person for u in mentions.units_in(toks[k + 1:k + 2])))), b)
        sp = _speaker_from(record, toks, norms, relay + 2, stop, mentions, None)
        if sp[0] is not None:
            return sp[0], sp[1], None, channel or sp[3], sp[4]
    no_subject = all(toks[k].text in _OWN_PREPOSITIONS or norms[k] in _HONORIFIC_TITLES for k in keep)
    honorific = next((norms[k] for k in keep if norms[k] in _HONORIFIC_TITLES), None)
    if no_subject and honorific is not None:
        # وقال سموه، وأضاف معاليه: the latest person named with that honorific's title (سمو / الأمير for سموه,
        # معالي / وزير for معاليه), not a king or a minister the prince wrote to; else the speaker carried
        named = _honoured(record, mentions, honorific, toks[keep[0]].start)
        if named is not None:
            return named, toks[keep[0]].text, None, channel, keep[0]
    if no_subject:
        # (an honorific pronoun with no such person: as a bare وقال)
        # (وحذرت من أن، وأكد على أن: the verb's own preposition is no subject, so the speaker is carried as
        # after a bare وقالت إن; read as written: علي is a name too)
        if last_speaker is not None:
            return last_speaker[0], last_speaker[1], None, channel, b
        return None, None, None, channel, b
    first = [k for k in keep if seg_of[k] == seg_of[keep[0]]]
    while len(first) > 1 and norms[first[-1]] in _TRAILING:
        first.pop()      # وحذر المفوض السامي من أن: the verb's preposition, not the speaker
    s, e = toks[first[0]].start, toks[first[-1]].end
    if e < len(text) and text[e] in "”»\"" and text.count(text[e], s, e) % 2 == (1 if text[e] == '"' else 0) \
            and any(c in text[s:e] for c in "“«\""):
        e += 1   # keep the closing mark of a quoted name: “دميتري بيسكوف”
    in_np = set(first)
    units = [u for u in mentions.units_in(toks[a:b]) if a + u.first in in_np]
    if units and relation_noun(toks, norms, first[0]) and a + units[0].first > first[0] \
            and not any(norms[k] in _BREAK for k in range(first[0] + 1, a + units[0].first)):
        # محامي ترامب، عائلة خاطر، معارضو أردوغان، محامي القس الأميركي أندرو برانسون: the one named after a
        # lawyer, a relative, supporters or critics is whom they belong to, not the speaker -- a person in
        # apposition after it is (محامي ترامب الآخر رودي جولياني، زوجة الرئيس السوري بشار الأسد، أسماء الأسد)
        units = [u for u in units[1:] if u.person]
        if not units:
            return _named_holder(record, mentions, normalize(text[s:e])), text[s:e], None, channel, first[0]
    if units and a + units[0].first == first[0] + 1 and _unnamed_plural(norms[first[0]]) \
            and not norms[first[0] + 1].endswith(("يون", "يين")) and not (units[0].actor or "").startswith("C:"):
        # ويتهم معارضون أردوغان بأنه، واتهم ناشطون الحكومة السورية بأنها: an indefinite plural with its ن takes no
        # genitive -- the name after it is the verb's object, the speakers are unnamed (not مسؤولون أمريكيون، محققون
        # روس: an adjective; وقال منتقدون لماكرون: critics of Macron, unnamed too)
        return None, toks[first[0]].text, None, channel, first[0]
    speaker = None
    addressee = None
    persons = [u for u in units if u.person]
    if not persons and (norms[first[0]] in _PERSON_NOUNS or norms[first[0]][:-1] in _PERSON_NOUNS) and first[-1] + 1 < b:
        # سفير هولندا في المجلس كارل فان أوستيروم: the name after the title's affiliation
        later = _outside_relatives([u for u in mentions.units_in(toks[a:b]) if a + u.first > first[-1]], norms, a, first[-1])
        named = _name_after_affiliation(later, norms, a, first[-1], b, lambda u: u.actor)
        persons = [named] if named is not None else []
    phrase_words = normalize(text[s:e]).split()     # (empty for a phrase of marks or diacritics alone)
    if persons:
        speaker = _head_person(persons, norms, a).actor
    elif phrase_words and phrase_words[0] in _PERSON_TITLES and len(text[s:e].split()) >= 2 \
            and (named := _named_holder(record, mentions, normalize(text[s:e]))):
        # الرئيس الفلبيني with no name here: the person the article names right after the same title
        speaker = named
    elif not units and len(first) <= 3 and _MILITARY & set(norms[k] for k in first) \
            and (norms[first[0]] in _PERSON_TITLES or norms[first[0]] in _SOURCES):
        # متحدث عسكري / مصدر عسكري: the one state military the article names
        mil = [x.id for x in record.actors if x.sector == "MIL" and x.type == "ORG"]
        speaker = mil[0] if len(mil) == 1 else None
    elif units:
        speaker = units[0].actor
        if getattr(mentions.by_id.get(speaker), "name_en", None) in _PLATFORMS and a + units[0].first > first[0] \
                and _no_article(norms[first[0]]) not in _PLATFORM_HEADS and norms[a + units[0].first - 1] != "باسم":
            # (وقال أحد مستخدمي فيس بوك، مستخدمو موقع تويتر: users of the network, not the network -- unlike
            # قالت شركة فيسبوك، متحدثة باسم فيسبوك; وقال على تويتر، عبر حسابه بتويتر: where it was said, and
            # the speaker is found as after a bare وقال)
            if norms[first[0]] in ("علي", "عبر", "في") or norms[first[0]][:1] == "ب" or norms[first[0]].startswith("حساب"):
                return None, None, None, channel or text[s:e], b
            speaker = None
        if units[0].role:
            # المتحدث العسكري المصري / الهيئة اللبنانية: the country, not the first of its places named
            c = getattr(mentions.by_id.get(speaker), "country", None)
            speaker = f"C:{c}" if c and f"C:{c}" in mentions.by_id and mentions.by_id[speaker].type == "LOC" else speaker
        # المتحدث باسم الحكومة الأردنية: the spokesperson named elsewhere in the article, else the body
        role = normalize(text[s:e])
        if "باسم" in role.split():
            named = _named_holder(record, mentions, role[role.index("باسم"):])
            speaker = named or speaker
    else:
        # وقال المتحدث / وأضافت الصحيفة: a bare title or noun for someone the article named before;
        # مصدر في وزارة الخارجية / مسؤول في الجيش: the body the unnamed speaker belongs to
        words = [norms[k] for k in first]
        document = any(_doc_stem(w) for w in words)
        # (التقرير الذي وضعه بول فولكر: a relative clause whose verb takes the document as its object names the
        # issuer -- unlike الذي صدر بشأن زيارة السيسي)
        later = _outside_relatives([u for u in mentions.units_in(toks[a:b]) if a + u.first > first[-1]], norms, a,
                                   first[-1], issued=document)
        affiliated = None
        if later and first[-1] + 1 < b and norms[first[-1] + 1] in _AFFILIATION and a + later[0].first <= first[-1] + 2 \
                and not mere_town(mentions.by_id.get(later[0].actor)) \
                and not (words[0].removeprefix("ال") in _ONLOOKERS
                         and getattr(mentions.by_id.get(later[0].actor), "type", None) in ("LOC", "country")):
            # (not رجل آخر في عفرين، مسؤول صحي في غزة: a town that is not a seat of government is where
            # the unnamed speaker is, not what they speak for; nor مراقبون ومحللون في طهران: onlookers in a capital
            # or a country are there, they do not speak for it)
            affiliated = later[0].actor
        elif later and document and a + later[0].first <= first[-1] + 6:
            # لبيان صدر الثلاثاء عن X / تقرير لصحيفة X: the document's issuer speaks
            by = next((k for k in range(first[-1] + 1, min(b, first[-1] + 6)) if norms[k] in ("عن", "من")), None)
            affiliated = (_speaker_from(record, toks, norms, by + 1, b, mentions, None)[0] if by is not None else None) \
                or later[0].actor
        named = None
        if document and len(first) >= 3 and norms[first[1]][:1] == "ل" and "باسم" in words:
            # بيان للمتحدث باسم قوات التحالف: the statement of the spokesperson the article names elsewhere (the
            # body's name may run on past the phrase, up to the sentence's next comma)
            end = first[-1]
            while end + 1 < len(toks) and end - first[-1] < 5 and norms[end + 1] not in _BREAK:
                end += 1
            role = normalize(text[toks[first[1]].start:toks[end].end])
            named = _named_holder(record, mentions, role[role.index("باسم"):])
            body = None if named is not None else next(
                (m for m in mentions.items if m.actor and not m.person and toks[first[1]].start < m.start <= toks[end].end),
                None)
            if body is not None:
                # (وجدد المتحدث باسم قوات تحالف دعم الشرعية في اليمن، العقيد تركي المالكي: the same body, worded otherwise)
                named = _spokesperson_of(record, mentions, body.actor)
        if not document:
            # المسؤول السياسي في الفصيل المعارض محمد علوش / نائب قائد القوة البرية في الحرس الثوري، العميد
            # حميد محبي: the name after the role's affiliation
            unit = _name_after_affiliation(later, norms, a, first[-1], b, lambda u: not u.glued)
            named = unit.actor if unit is not None else None
        if named is not None:
            speaker = named
        elif words[0].startswith("ال"):
            speaker = _back_reference(record, mentions, words, s) or affiliated
        else:
            speaker = affiliated or _back_reference(record, mentions, words, s)
    return speaker, text[s:e], addressee, channel, first[0]


# people who watch, report or live somewhere, not officials, and places of work that stand somewhere (مستشفى في
# بريطانيا، شركة في الصين) -- not the state's (normalised, without the article)
_ONLOOKERS = {normalize(w) for w in (
    "مراقبون مراقبين محللون محللين خبراء سكان شهود ناشطون ناشطين نشطاء صحفيون صحفيين صحافيون صحافيين مواطنون مواطنين "
    "أهالي مدونون مدونين مستشفى مستشفيات جامعة شركة شركات مصرف بنك مدرسة فندق").split()}


# words ending in ون that are no plural of people
_NOT_PEOPLE_PLURALS = {normalize(w) for w in "مليون تلفزيون قانون كانون مضمون صالون".split()}


def _unnamed_plural(w: str) -> bool:
    """An indefinite sound masculine plural of people in the nominative (معارضون، مسؤولون، ناشطون، محتجون): by its
    ن it takes no genitive.  (The events stage reads the same subjects from a fixed list of plurals of people and
    bodies, event_roles.unnamed_plural_subject; there broken plurals -- خبراء، دول -- count too, which as a speaker
    phrase may be a construct: خبراء الأمم المتحدة.)"""
    return len(w) >= 6 and w.endswith("ون") and not w.startswith(("ال", "وال")) and w not in _NOT_PEOPLE_PLURALS


def _two_word_adverbial(norms: list[str], k: int, b: int) -> bool:
    """A two-word adverbial at ``k``, before ``b``: a time noun and its qualifier (الشهر الماضي، الأسبوع المقبل،
    الخميس الماضي), a manner (بشكل دقيق، بصورة واضحة) or ذات مرة."""
    return k + 1 < b and ((norms[k] in _TIME_NOUNS and norms[k + 1] in _TIME_QUALIFIERS)
                          or (norms[k] in ("بشكل", "بصوره") and norms[k + 1][:2] != "ال" and norms[k + 1][:1] not in "،,")
                          or (norms[k] == "ذات" and norms[k + 1] == "مره"))


def _inner_genitive(mentions, toks, norms: list[str], k: int, head: int) -> bool:
    """The name at token ``k`` is the genitive of a common noun after a preposition inside the adverbial
    opened at ``head`` (في سياق الحديث عن انسحاب واشنطن، تعليقا على انسحاب الولايات المتحدة) -- not a
    holder after a title or a place (في مؤتمر صحفي وزير الخارجية X، موفد الأمم المتحدة إلى سوريا X)."""
    if k - 1 > head and norms[k - 1] in _GATHERINGS and not any(
            m.person for m in mentions.items if m.start <= toks[k].start < m.end):
        return True     # في ختام قمة مجموعة السبع، خلال اجتماع مجلس الأمن: the gathering's body, not a speaker
    return k - 2 > head and norms[k - 2] in _INNER_PREPS and norms[k - 1] not in _PERSON_NOUNS \
        and not norms[k - 1].startswith("ال") and norms[k - 1] not in _BREAK and norms[k - 1] not in _MARKS \
        and not mentions.has_mention_at(toks[k - 1].start, toks[k - 1].end) \
        and norms[k - 1] not in _AGENT_NOUNS      # (من قبل السلطات، على يد، على لسان: who acts or speaks)


# gatherings whose body may follow them in the genitive inside an adverbial (قمة مجموعة السبع، اجتماع مجلس الأمن)
_GATHERINGS = {normalize(w) for w in "قمة اجتماع اجتماعات مؤتمر جلسة أعمال منتدى دورة لقاء اجتماعي".split()}


def _outside_relatives(later, norms: list[str], a: int, end: int, issued: bool = False) -> list:
    """The units after the speaker phrase ending at token ``end`` that no relative clause holds: a name
    after الذي / التي with no comma closing the clause before it is what the clause says about the
    phrase, not its holder or its issuer (والنائب عن تيار المستقبل، الذي يرأسه الحريري، معين المرعبي ->
    Merhebi; وقال البيان، الذي صدر بشأن زيارة السيسي: not Sisi; جمعية حقوق الإنسان في كردستان، التي
    ينتمي إليها مرادي: not Maradi).  ``issued``: a clause whose verb carries the head as its object pronoun
    (الذي وضعه، التي أصدرتها) stays open to its subject -- who wrote the document."""
    out = []
    for u in later:
        opened = False
        for k in range(end + 1, a + u.first):
            if norms[k] in _RELATIVE_WORDS:
                nxt = norms[k + 1] if k + 1 < len(norms) else ""
                opened = not (issued and len(nxt) > 3 and nxt.endswith(("ه", "ها")) and k + 1 < a + u.first)
            elif norms[k] in ("،", ","):
                opened = False
        if not opened:
            out.append(u)
    return out


def _name_after_affiliation(later, norms: list[str], a: int, end: int, b: int, ok):
    """The first person unit (passing ``ok``) within ten words after a role phrase ending at token
    ``end`` and its affiliation (سفير هولندا في المجلس كارل فان أوستيروم، المسؤول السياسي في
    الفصيل محمد علوش): the phrase must go on with في/من/لدى/داخل، عن or a بـ word, and no
    "with/to/before" word (مع، إلى، أمام ...) or لـ may stand before the name."""
    via = norms[end + 1] if end + 1 < b else ""
    if not (via in _AFFILIATION or via == "عن" or via[:1] == "ب"):
        return None
    return next((u for u in later if u.person and ok(u) and a + u.first <= end + 10
                 and not set(norms[end + 1:a + u.first]) & _NOT_BEFORE_NAME
                 and norms[a + u.first - 1][:1] != "ل"), None)


_TITLE_SYNONYMS = {"متحدث": ("متحدث", "ناطق"), "ناطق": ("متحدث", "ناطق")}


# where the words before a name start to be its own (a sentence break or a complementizer ends what came before)
_CLAUSE_START = re.compile(r"[.\n؟!]|(?:^|\s)(?:ان|بان|انه|انها)\s")


def _back_reference(record: Record, mentions: Mentions, words: list[str], pos: int) -> str | None:
    """A bare title (المتحدث، الوزير، وزير الخارجية، المتحدث الأمني) for the latest person named
    with that title around the name; a definite noun (الصحيفة، الوكالة، المحكمة) for the latest
    organisation named right after that noun (صحيفة "الغارديان")."""
    if not words:
        return None
    w0 = words[0]
    title = next((t for t in (w0, w0[:-1]) if t in _PERSON_TITLES), None) if w0 not in _BREAK else None
    if title is not None:
        # وأبلغت السفيرة مجموعة صغيرة من الصحفيين: the title ends where an indefinite noun -- the people
        # addressed -- begins (not باسم، لدى، في: the title's own words)
        # (an indefinite noun before a definite one is the title's own construct: رئيس مجلس النواب)
        k = next((k for k in range(1, len(words)) if not words[k].startswith("ال") and words[k][:1] not in "بلوفك"
                  and words[k] not in ("باسم", "لدي", "في", "عن", "من", "الي", "علي", "ضد", "مع")
                  and not (k + 1 < len(words) and words[k + 1].startswith("ال"))), None)
        words = words[:k] if k is not None else words
    if len(words) > 4:
        return None
    text = record.text
    if title is not None:
        stem = title[2:] if title.startswith("ال") else title
        stems = _TITLE_SYNONYMS.get(stem, (stem,))
        rest = [x[2:] if x.startswith("ال") else x for x in words[1:]]
        for m in reversed(mentions.items):
            if m.start >= pos or not (m.person and m.actor):
                continue
            # (not past the phrase itself: باراك أوباما بشأن مصير الأسد.\nوأبلغت السفيرة -- its own title)
            # (not a title that speaks of the name: وقال المتحدث إن ماكرون -- the words before the name start after the
            # last sentence break or complementizer)
            before = _CLAUSE_START.split(normalize(text[max(0, m.start - 45):m.start]))[-1]
            around = before + " | " + normalize(text[m.end:min(m.end + 45, pos)])
            lead = text[max(0, m.start - 100):m.start].rstrip()
            if lead.endswith(("،", ",")):
                # سفيرة الولايات المتحدة الأمريكية لدى الأمم المتحدة، نيكي هيلي: the whole title phrase set off
                # before the name, however long its body
                around += " | " + normalize(re.split(r"[.،,\n:؟!]", lead[:-1])[-1])
            if any(x in around for x in stems) and all(x in around for x in rest):
                return m.actor
        return None
    if len(words) == 1 and w0.startswith("ال") and len(w0) > 4:
        stem = w0[2:]
        for m in reversed(mentions.items):
            if m.start >= pos or m.person or not m.actor or \
                    getattr(mentions.by_id.get(m.actor), "type", None) in ("LOC", "country"):
                continue
            if stem in normalize(text[max(0, m.start - 15):m.start]).split()[-2:] or \
                    stem in [x.lstrip("ل") for x in normalize(text[max(0, m.start - 15):m.start]).split()[-2:]]:
                return m.actor
        # ويضيف الكاتب: the person introduced as الكاتب X (not رئيس المجلس X: the title is رئيس)
        for m in reversed(mentions.items):
            if m.start >= pos or not (m.person and m.actor):
                continue
            prev = normalize(text[max(0, m.start - 40):m.start]).split()
            if prev and prev[-1] == w0 and (len(prev) < 2 or prev[-2] not in _PERSON_TITLES):
                return m.actor
    return None


def _head_person(persons, norms: list[str], a: int):
    """The person the speaker phrase is about: a name before a role phrase standing for someone
    else (مستشار الرئيس الأمريكي جون بولتون), and of two names in apposition the second
    (زوجة الرئيس السوري بشار الأسد، أسماء الأسد); a name further on after other words is not the
    speaker (وزير شؤون الشرق الأوسط، أليستير بيرت، زميله جونسون), nor is a name with ل or ب glued to it
    (وقال وودورد لترامب: the one spoken to)."""
    named = [u for u in persons if not u.role] or persons
    cur = named[0]
    for nxt in named[1:]:
        if nxt.glued[-1:] in ("ل", "ب"):
            break
        between = [norms[a + k] for k in range(cur.last + 1, nxt.first)]
        if all(w in _BREAK or w in _MARKS or w in _HONORIFICS for w in between):
            cur = nxt
        else:
            break
    return cur


_MILITARY = {"عسكري", "العسكري"}
_SOURCES = {"مصدر", "المصدر", "مصادر", "المصادر"}
# the unnamed sources, officials and bodies a speaker phrase may open with past that pronoun (عنه مصادر أمنية)
_SOURCE_NOUNS = _SOURCES | {normalize(x) for x in (
    "مسؤولون", "مسؤولين", "المسؤولون", "خبراء", "الخبراء", "قياديون", "الحكومة", "وزارة", "الوزارة", "وكالة", "الوكالة",
    "الشرطة", "الجيش", "المنظمة", "منظمة", "الأمم", "المعارضون", "ناشطون", "المنظمون", "مكتب", "الأمين", "الأمينة",
    "أمين", "أمينة")}
_HONORIFICS = {normalize(x) for x in ("الدكتور", "د.", "السيد", "السيدة", "الشيخ", "اللواء", "العميد", "العقيد",
                                       "الفريق", "المهندس", "الأستاذ", "القاضي", "الجنرال", "الأمير", "الركن",
                                       "المقدم", "الرائد", "النقيب", "العماد")}


def _named_holder(record: Record, mentions: "Mentions", role_tail: str) -> str | None:
    """A person whose mention follows the same role words somewhere in the article
    (المتحدث باسم الحكومة الأردنية محمد المومني)."""
    norm_text, offs = normalize_with_offsets(record.text)
    start = 0
    while (i := norm_text.find(role_tail, start)) >= 0:
        start = i + 1
        end = offs[i + len(role_tail) - 1] + 1
        person = _person_after(record, mentions, end, 20, {"#"})
        if person is not None:
            return person    # المتحدث باسم الحكومة، الدكتور محمد ...
    return None


def _spokesperson_of(record: Record, mentions: "Mentions", body: str) -> str | None:
    """The person the article names right after "spokesperson for" ``body`` (المتحدث باسم قوات تحالف دعم
    الشرعية، العقيد تركي المالكي), whatever words name the body there."""
    text = record.text
    for m in mentions.items:
        if m.actor == body and "باسم" in normalize(text[max(0, m.start - 14):m.start]).split():
            # (a place in the body's name may stand between: في اليمن)
            person = _person_after(record, mentions, m.end, 30, {"في"}, over_names=True)
            if person is not None:
                return person
    return None


def _person_after(record: Record, mentions: "Mentions", end: int, reach: int, between: set,
                  over_names: bool = False) -> str | None:
    """The person mentioned within ``reach`` characters after offset ``end`` with nothing before it but
    honorifics, commas, dashes, nationality adjectives (رئيسة بلدية مدريد الإسبانية، كرستينا سيفوينتس) and the
    words ``between`` (and, ``over_names``, other names)."""
    text = record.text
    for p in mentions.items:
        if not (p.person and p.actor and end <= p.start <= end + reach):
            continue
        gap = list(text[end:p.start])
        if over_names:
            for x in mentions.items:
                if not x.person and end <= x.start and x.end <= p.start:
                    gap[x.start - end:x.end - end] = " " * (x.end - x.start)
        rest = {w.rstrip("،,") for w in set(normalize("".join(gap)).split()) - _HONORIFICS - {"،", ",", "-", "–"}
                - set(between)}
        if not rest or all(w.startswith("ال") and nisba_country(w) for w in rest):
            return p.actor
    return None


_DASHES = {"–", "-", "—", "ـ"}


# the words of a time adverbial: event_roles' time words (weekdays, أمس، الأسبوع الماضي ...) and these
_TIME_LEAD = _TIME_WORDS | {normalize(w) for w in (
    "بداية مطلع نهاية أواخر أوائل منتصف وقت ليلة ظهر هذا هذه الشهر العام السنة الجاري الجارية الحالي "
    "الحالية المنصرم سابق لاحق").split()}


def _time_lead(norms: list[str], start: int, i: int) -> int:
    """How many words a time adverbial opening the sentence takes (وفي بداية هذا الأسبوع، وفي وقت
    سابق، وأمس): في / وفي then time words only, or a bare time word; 0 when there is none."""
    k = start
    if k < i and norms[k] in ("في", "وفي"):
        k += 1
    elif k < i and norms[k] in ("وامس", "امس", "واليوم"):
        return 1
    j = k
    while j < i and j - k < 5 and norms[j] in _TIME_LEAD:
        j += 1
    return j - start if j > k else 0


_WRITERS = {normalize(x) for x in ("الصحفي", "الصحافي", "الكاتب", "المؤلف", "الصحفية", "الصحافية", "الكاتبة")}
_OBJECT_PREPS = _PREPS_TARGET - {"لدي"}     # (not السفير لدى واشنطن: a posting, part of the title)


# words before أن that open the main clause, not a reported one (إلا أن، ويذكر أن التحالف أصدر بيانا، علما أن)
_BUT_THAT = {"الا", "غير", "بيد", "يذكر", "ويذكر", "يشار", "ويشار", "علما", "بما"}
# (and a fronted topic: وحول موقف أميركا من القضية الفلسطينية، أكد أن)
_PHRASE_OPENERS = {normalize(p + x) for x in "في خلال عقب بعد قبل أثناء حول بشأن بخصوص عن".split() for p in ("", "و")}
# (من جانبه، دان الرئيس الأفغاني أشرف غني الهجوم بشدة، وقال: "on his part" opens the sentence up to its comma)
_PHRASE_OPENERS |= {normalize(p + x) for x in "من بدوره بدورها بدورهم".split() for p in ("", "و")}


# the word that opens a second clause with a subject of its own (بينما)
_LATER_CLAUSE = {normalize("بينما"), normalize("وبينما")}


def _sentence_subject(text, toks, norms, i, mentions) -> tuple[str | None, str | None]:
    """The actor named right after the sentence's first verb, before the cue at ``i``."""
    start = 0
    for k in range(min(i, 14)):
        if norms[k] in _DASHES or toks[k].text in _DASHES:
            start = k + 1          # a dateline ends with a dash
    if start < i and norms[start] in _PHRASE_OPENERS:
        # وفي اجتماع لنواب الحزب الحاكم، أعلن أردوغان ...، وقال: an opening prepositional phrase up to its comma
        # names no subject
        comma = next((k for k in range(start + 1, min(i, start + 10)) if norms[k] in ("،", ",")), None)
        if comma is not None and comma + 1 <= i and norms[comma + 1] in clause_verb_forms():
            start = comma + 1     # (not وفي بداية هذا الأسبوع وضعت الحكومة السعودية ...، وقالت: its verb before the comma)
    if any(norms[k] in _LATER_CLAUSE and not quotation_left_open(text[toks[start].start:toks[k].start])
           for k in range(start, i)):
        return None, None   # (أبلغ بيريز زيدان رغبته، بينما رد عليه زيدان قائلا: the cue is another clause's --
        #                    not a بينما inside quoted words: "القناص يستحق وسام شرف، بينما مصور الفيديو ...")
    units = mentions.units_in(toks[start:i])
    # (وفي بداية هذا الأسبوع وضعت الحكومة السعودية ...، وقالت: a time adverbial may open the sentence)
    lead = _time_lead(norms, start, i)
    # (ورد الصحفي على ترامب بالقول: a name governed by a preposition is the verb's object, not its subject)
    before, governed = [], None
    for u in units:
        if any(norms[start + x] in _COMPLEMENTIZERS and (x == 0 or norms[start + x - 1] not in _BUT_THAT)
               for x in range(u.first)):
            break     # (لكنه أكد أن الزعيم الكوري الشمالي ...، وقال: a name in the reported clause is no subject)
        if u.first > 1 and norms[start + u.first - 1] in _OBJECT_PREPS \
                or governed is not None and u.first == governed.last + 1 and u.glued[:1] == "و":
            governed = u      # (وإضافة إلى العراق وسوريا: the names joined to it too)
        elif u.first <= 3 + lead:
            before.append(u)
    if not before:
        # نفى المتحدث باسم الحكومة، ...، ومشيرا إلى أن: a role phrase right after the first verb
        k = start + 1
        titled = k < i and (norms[k] in _PERSON_TITLES or norms[k] in _COLLECTIVE_TITLES)
        if titled or k < i and (norms[k] in _PERSON_NOUNS or norms[k] in _WRITERS):
            e = k
            while e < i and norms[e] not in _BREAK and norms[e] not in _COMPLEMENTIZERS:
                e += 1      # (up to the first verb's own أن: وأكد وزير الخارجية X أن ...، وحث)
            sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, k, e, mentions, None)
            if titled and not norms[k].startswith("ال") and sp is not None and sp.startswith("C:"):
                # انتقد زعيم كردي سوري بارز روسيا: a country after an indefinite title and its adjectives is
                # the verb's object (the title's own country is its adjective, not a name)
                return None, None
            if not titled and getattr(mentions.by_id.get(sp), "type", None) != "PER":
                # ورد الصحفي على ترامب / وحمل مدير الشركة إدارة الموانئ المسؤولية: a noun for someone named
                # before, with at most its genitive -- what follows is the verb's object (unless it names the
                # person: وكان مسؤول كبير في وزارة الخارجية بريان هوك قد أعلن)
                sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, k, min(e, k + 2), mentions, None)
            if sp is not None:
                return sp, st
        if k < i and norms[k] in _DOCUMENTS:
            # وطالب البيان المجتمع الدولي ...، لافتا إلى: the body that issued the statement
            issuer = _document_issuer(mentions.record, mentions, toks[k].start)
            if issuer is not None:
                return issuer, toks[k].text
        return None, None
    u = before[0]
    if not u.person and u.first >= 2 and (norms[start + 1] in _PERSON_TITLES or norms[start + 1] in _OFFICE_TITLES):
        # وانتقد وزير شؤون الشرق الأوسط، أليستير بيرت، ...: the place is part of the title, the name follows
        nxt = next((v for v in units if v.first > u.last), None)
        if nxt is not None and nxt.person and nxt.first - u.last <= 3 and \
                all(norms[start + k] in _BREAK or norms[start + k] in _HONORIFICS for k in range(u.last + 1, nxt.first)):
            u = nxt
        else:
            # وكانت رئيسة بلدية مدريد ... قد تعرضت، وقالت: the person the article names with the same title
            phrase = text[toks[start + 1].start:toks[start + u.last].end]
            named = _named_holder(mentions.record, mentions, normalize(phrase))
            if named is not None:
                return named, phrase
    return u.actor, text[toks[start + u.first].start:toks[start + u.last].end]


# office titles that, like the person titles, open "title + body, NAME" (ورد الأمين العام لحزب الله
# اللبناني، حسن نصرالله، ...، قائلا: the person, not the party)
_OFFICE_TITLES = {normalize(x) for x in ("الأمين", "أمين", "المدير", "مدير", "نائب", "النائب", "المفوض", "مفوض",
                                          "السكرتير", "سكرتير", "المنسق", "منسق", "رئيسة", "الرئيسة", "المديرة",
                                          "محافظ", "المحافظ")}


_DOCUMENTS = {normalize(x) for x in ("البيان", "بيان", "بيانه", "بيانها", "التقرير", "تقرير", "تقريره", "تقريرها",
                                      "الرسالة", "الوثيقة", "المذكرة", "الإعلان", "التصريح", "النص")}


def _is_document(speaker_text: str | None) -> bool:
    """للبيان / التقرير / وأضاف البيان: a document that stands for whoever issued it."""
    if not speaker_text:
        return False
    words = normalize(speaker_text).split()
    if len(words) != 1:
        return False
    w = words[0]
    for pre in ("", "و", "ل", "ب", "ف", "ول", "وب"):
        if w.startswith(pre) and (w[len(pre):] in _DOCUMENTS or "ال" + w[len(pre):] in _DOCUMENTS or
                                  (pre.endswith("ل") and "ا" + w[len(pre):] in _DOCUMENTS)):
            return True
    return False


_DOC_STEMS = {"تقرير", "بيان"}
# بيان صادر عن X / بيان نشرته X / تقرير أصدرته X
_ISSUED = _ISSUED_BY | {normalize(x) for x in ("عن", "من", "ل", "لـ", "نشرته", "نشرها",
                                                "أصدرته", "أصدرها", "أصدره", "أصدرتها", "وزعته", "وزعتها")}


def _doc_stem(w: str) -> bool:
    for pre in ("", "و", "ب", "ل", "ف", "وب", "ول"):
        if not w.startswith(pre):
            continue
        x = w[len(pre):]
        x = x[2:] if x.startswith("ال") else (x[1:] if pre.endswith("ل") and x.startswith("ل") else x)
        for suf in ("", "ا", "ه", "ها", "هم"):
            if x.endswith(suf) and x[:len(x) - len(suf)] in _DOC_STEMS:
                return True
    return False


def _document_issuer(record: Record, mentions: "Mentions", pos: int) -> str | None:
    """The body that issued the latest statement/report named before ``pos``: قالت X في بيان،
    X، التي نشرت تقريرا، بيان صادر عن X، تقرير لـX.  A town is no issuer, nor an outlet that only
    published the statement (بحسب بيان نشرته after في ولاية هاتاي، في بيان نشرته وكالة الأنباء اليمنية)."""
    toks, norms, starts = token_view(record)
    idx = [t for t in range(len(toks)) if toks[t].end <= pos and _doc_stem(norms[t])]

    def issuer(m) -> bool:
        a = mentions.by_id.get(m.actor) if m.actor else None
        # (no place but a state or its capital: not قاعدة فاندبرغ, a base the tagger found and no gazetteer knows)
        place = a is not None and (mere_town(a) or (a.type == "LOC" and not a.id.startswith(("C:", "L:"))))
        return bool(m.actor) and not m.person and not place and not is_channel(mentions, m.actor)

    for t in reversed(idx):
        # after: بيان صادر عن X / تقرير لـX
        k = t + 1
        while k < len(toks) and k <= t + 3 and norms[k] in _ISSUED:
            k += 1
        if k < len(toks) and (k > t + 1 or norms[k][:1] == "ل"):
            hit = [m for m in mentions.items if issuer(m) and m.start <= toks[k].start < m.end + 1
                   and m.start >= toks[k].start - 1]
            if hit:
                return hit[0].actor
        # before, in the same sentence: X ... في بيان / X، التي نشرت تقريرا
        lo = t
        while lo > 0 and t - lo < 15 and norms[lo - 1] not in (".", "!", "؟", "?") and "\n" not in record.text[toks[lo - 1].end:toks[lo].start]:
            lo -= 1
        before = [m for m in mentions.items if issuer(m) and toks[lo].start <= m.start and m.end <= toks[t].start
                  and not _adjective_on_thing(toks, norms, starts, m)]
        if before:
            # (the last one not governed by a preposition: أعلن سلاح الجو الإسرائيلي تنفيذ غارات على 25 موقع تابع
            # لحماس، حسب بيان أصدره -- the air force, not the owner of the sites)
            free = [m for m in before if not _governed(toks, norms, starts, m.start)]
            return (free or before)[-1].actor
    return None


_GOVERNING = _PREPS_TARGET | _PREPS_SKIP     # (the prepositions event_roles reads sides after)


def _adjective_on_thing(toks, norms, starts: list[int], m) -> bool:
    """The mention is a lone nationality adjective on a thing (على المواقع الإسرائيلية), which issues nothing --
    not one on a body or an office (الحكومة الإسرائيلية، الجيش الإسرائيلي، المتحدث الأمريكي)."""
    k = bisect_right(starts, m.start) - 1
    if k < 1 or toks[k].start != m.start or toks[k].end != m.end or not norms[k].startswith("ال") \
            or nisba_country(norms[k]) is None:
        return False
    prev = norms[k - 1]
    return prev.startswith("ال") and prev not in _PERSON_TITLES and prev not in _COLLECTIVE_TITLES \
        and prev not in _OFFICE_TITLES and nisba_country(prev) is None


def _governed(toks, norms, starts: list[int], start: int) -> bool:
    """The mention starting at ``start`` is governed by a preposition: glued ل / ب (لحماس) or one before it."""
    k = bisect_right(starts, start) - 1     # (the token the mention starts in)
    if k < 0:
        return False
    if toks[k].start < start:
        return toks[k].text[:start - toks[k].start].lstrip("و")[-1:] in ("ل", "ب")
    return k > 0 and norms[k - 1] in _GOVERNING


def document_sentence(record: Record, pos: int) -> int | None:
    """The index of the sentence before the one at ``pos`` that last introduced a statement or report
    (بيان، بيانا, not the back-reference البيان), or None."""
    toks, norms, starts = token_view(record)
    here = next((x.start for x in record.sentences if x.start <= pos < x.end), pos)
    t = bisect_left(starts, here)

    def introduced(w: str) -> bool:
        w = w[1:] if w[:1] in "وف" else w
        return _doc_stem(w) and not w.startswith(("ال", "لل", "بال"))

    k = next((k for k in range(t - 1, -1, -1) if introduced(norms[k])), None)
    if k is None:
        return None
    at = toks[k].start
    return next((si for si, x in enumerate(record.sentences) if x.start <= at < x.end), None)


def own_document_issuer(record: Record, mentions: "Mentions", pos: int) -> tuple[str | None, bool]:
    """``(issuer, named)`` for the indefinite document noun starting at ``pos`` (وجاء في بيان ...):
    the body it names as its own issuer after صادر عن / لـ / أصدره or as its genitive (بيان صادر عن
    قوى الأمن، بيان للرئاسة الفرنسية، بيان مجلس الشورى، بيان مشترك للفصائل), or a body named
    before by the definite noun there (بيان للمحكمة، بيان النيابة); ``named`` is False when no
    issuer phrase follows the noun at all (وجاء في بيان أن ...)."""
    toks, norms, starts = token_view(record)
    t = bisect_left(starts, pos)
    if t >= len(toks) or starts[t] != pos:
        return None, False
    k = t + 1
    while k < len(toks) and k <= t + 2 and norms[k] in _DOC_ADJECTIVES:
        k += 1      # (بيان مشترك، بيان رسمي)
    j = k
    while k < len(toks) and k <= j + 3 and (norms[k] in _ISSUED or norms[k] in _ISSUED_VERBS):
        k += 1
    if k >= len(toks) or "\n" in record.text[toks[t].end:toks[k].start] or norms[k] in _NO_ISSUER \
            or not norms[k][:1].isalpha():
        return None, False
    for m in mentions.items:
        if m.actor and toks[k].start - 1 <= m.start <= toks[k].start + 2:
            a = mentions.by_id.get(m.actor)
            if a is None or (a.type == "LOC" and not a.id.startswith("C:")) or is_channel(mentions, m.actor):
                return None, True     # (a town is no issuer, nor an outlet)
            return m.actor, True
    # a body named before by the noun that heads its name (بيان للمحكمة after محكمة العدل الدولية،
    # بيان مجلس الشورى after مجلس الشورى السعودي), else by a definite noun before its name
    w = norms[k]
    w = "ال" + w[2:] if w.startswith("لل") else (w[1:] if w.startswith(("لال", "بال", "ل")) and len(w) > 4 else w)
    stem = w[2:] if w.startswith("ال") else w
    for m in reversed(mentions.items):
        if m.start >= toks[t].start or not m.actor or is_channel(mentions, m.actor) \
                or getattr(mentions.by_id.get(m.actor), "type", None) in ("LOC", "country"):
            continue
        words = normalize(record.text[m.start:m.end]).split()
        if m.person:
            if not w.startswith("ال") and w in words:
                return m.actor, True     # (بيان أصدره مكتب نتانياهو: the person named before)
            continue
        if (words[0][2:] if words[0].startswith("ال") else words[0]) == stem:
            return m.actor, True
    if w.startswith("ال"):
        return _back_reference(record, mentions, [w], toks[t].start), True
    return None, True


_ISSUED_VERBS = {normalize(x) for x in ("صدر", "صدرت", "على", "لسان", "تلاه", "تلته", "وقعه", "وقعته", "وقعها",
                                        # (بيان لمكتب ماكرون، بيان أصدره المكتب الإعلامي للعبادي: the office's holder)
                                        "مكتب", "لمكتب", "المكتب", "للمكتب", "الإعلامي", "الصحفي")}
_NO_ISSUER = {normalize(x) for x in ("أن", "إن", "انه", "أنه", "أنها", "انها", "فيه", "فيها", "الذي", "التي", "اليوم", "أمس",
                                     "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")}
_DOC_ADJECTIVES = {normalize(x) for x in ("مشترك", "رسمي", "مقتضب", "مكتوب", "صحفي", "صحافي", "جديد", "منفصل")}


def _later_document_issuer(record: Record, mentions: "Mentions", pos: int, country: str | None) -> str | None:
    """The body a later sentence names as issuing the statement (بحسب البيان الصادر عن وزارة الإعلام
    السعودية), for a statement first given without its issuer (حسبما أفاد بيان سعودي)."""
    toks, norms, _ = token_view(record)
    for t in range(len(toks)):
        if toks[t].start <= pos or not _doc_stem(norms[t]):
            continue
        k = t + 1
        while k < len(toks) and k <= t + 3 and norms[k] in _ISSUED:
            k += 1
        if k < len(toks) and k > t + 1:
            hit = [m for m in mentions.items if m.actor and not m.person and m.start <= toks[k].start < m.end + 1
                   and m.start >= toks[k].start - 1]
            a = mentions.by_id.get(hit[0].actor) if hit else None
            if a is not None and a.type != "LOC" and (country is None or a.country == country):
                return hit[0].actor
    return None
