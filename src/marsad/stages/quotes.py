"""Reported speech (``record.quotes``): direct, indirect and mixed.

* **direct**: a cue (قال، أضاف ...) and a quotation in any marks (“” «» "" '')
  - ``وأضاف بيسكوف "لم يتم التخطيط ..."``;
* **indirect**: a speech verb and its complementiser (قال إن، أكد أن، أشار إلى أن، أعلن أن،
  نفى أن، أخبر X Y أن ...), or an attribution after or before the content (حسبما ذكر X،
  وفق X، بحسب X، نقلت Y عن X);
* **mixed**: indirect speech that quotes a few words verbatim (ادعى أن بوتين "سيدفع ثمنا").

The speaker is resolved to an actor: a named person in the speaker phrase (the head of
``المتحدث باسم الكرملين دميتري بيسكوف``), the organisation of a role phrase with no name
(``المتحدث باسم الكرملين`` -> the Kremlin), a nationality role (``الجانب الروسي`` -> Russia),
a definite back-reference (``وقال المجلس`` -> the council named before), a later short
mention (``وأضاف بيسكوف``), or, when the cue has no subject (``وأضاف أن``), the previous
speaker.  ``addressee`` (أخبر X Y أن) and ``channel`` (لوكالة سبوتنيك) are filled when said.

Modules: :mod:`.quote_mentions` (actor mentions by token, role phrases, quotation look-up; shared
with the events stage), :mod:`.quote_speakers` (speaker resolution), this one (cues, content, the
stage).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..pipeline import Stage, register
from ..record import Quote, Record
from ..text import OUTLET_NOUNS, bare_word, normalize, split_proclitics
from .event_roles import (OFTEN_ADVERBS, _BARE_COMPLEMENTIZERS, _title_start, _QUOTE_OPEN, _UNNAMED_PLURALS,
                          attribution_word, statement_issuer, text_issuer, text_noun_before)
from .events import _DEMONSTRATIVES, default_present, verb_forms
from .events import token_cores as _token_cores
from .tokens import sentence_tokens
from .quote_mentions import _NOT_THE_HOLDER, _PERSON_TITLES, Mentions, _no_article, nisba_country
from .quote_speakers import (_AFFILIATION, _BARE_ADVERBS, _BREAK, _DASHES, _SKIP_PP, _CHANNEL_NOUNS, _COMPLEMENTIZERS, _MARKS, _OFFICE_TITLES, _PRONOUN_PP, _SOURCES,
                             _document_issuer, _doc_stem, document_sentence, own_document_issuer, _is_document, _later_document_issuer,
                             _sentence_subject, _speaker_from)


# where a post is written: كتب X على تويتر / على حسابه / في تغريدة أن ... is reported speech
_ONLINE = {normalize(w) for w in (
    "تويتر بتويتر فيسبوك فيس بوك إنستغرام انستغرام حسابه حسابها صفحته صفحتها تغريدة تغريدات "
    "منشور تدوينة").split()}


def token_cores_n(word: str) -> frozenset:
    return _token_cores(word)[0] | {word}

# --- speech cues -------------------------------------------------------------------------------

# past stem(s) / present stem(s); present defaults as in events.default_present
_CUE_VERBS = {
    "قال": ("قال,قل", "قول"), "اكد": ("اكد", "وكد"), "اضاف": ("اضاف", "ضيف"), "اوضح": ("اوضح", "وضح"),
    "اشار": ("اشار", "شير"), "اعلن": ("اعلن", "علن"), "نفي": ("نفي,نف", "نفي"), "صرح": ("صرح", "صرح"),
    "ذكر": ("ذكر", "ذكر"), "افاد": ("افاد", "فيد"), "اعتبر": ("اعتبر", "عتبر"), "راي": ("راي,را", "ري"),
    "شدد": ("شدد", "شدد"), "لفت": ("لفت", "لفت"), "كشف": ("كشف", "كشف"), "ابلغ": ("ابلغ", "بلغ"),
    "اخبر": ("اخبر", "خبر"), "ادعي": ("ادعي,ادع", "دعي"), "زعم": ("زعم", "زعم"), "حذر": ("حذر", "حذر"),
    "تابع": ("تابع", "تابع"), "استطرد": ("استطرد", "ستطرد"), "اعرب": ("اعرب", "عرب"), "اعترف": ("اعترف", "عترف"),
    "اكدت": ("اكد", "وكد"), "اوضحت": ("اوضح", "وضح"), "اضافت": ("اضاف", "ضيف"), "نقل": ("نقل", "نقل"),
    "قالت": ("قال", "قول"), "اعلنت": ("اعلن", "علن"), "جدد": ("جدد", "جدد"), "طالب": ("طالب", "طالب"),
    "ختم": ("ختم", "ختم"), "رد": ("رد", "رد"), "علق": ("علق", "علق"),
    "كتب": ("كتب", "كتب"), "تضمن": ("تضمن", "تضمن"), "حث": ("حث", "حث"), "دعا": ("دعا,دع", "دعو"), "تمني": ("تمني,تمن", "تمني"), "اتهم": ("اتهم", "تهم"), "وصف": ("وصف", "صف"),
    "كرر": ("كرر", "كرر"), "تعهد": ("تعهد", "تعهد"), "اردف": ("اردف", "ردف"),
    "تحدث": ("تحدث", "تحدث"), "اشتكي": ("اشتكي,اشتك", "شتكي"), "ندد": ("ندد", "ندد"), "هدد": ("هدد", "هدد"),
    "اورد": ("اورد", "ورد"),
}
# روى "recounted": its third-person forms only, listed (the generated ones hold names and other words: وروو مو هيون)
_RECOUNTING = {"روي", "روت", "رووا", "يروي", "تروي", "يروون"}     # (normalised: روى is روي)
_ADDRESSING = {"اخبر", "ابلغ"}
_POINTING = {"اشار", "لفت", "دعا"}          # أشار إلى (أن) X، دعا إلى X
_ABOUT = {"اعرب", "تحدث"}
_VENUES = {"قمه", "موتمر", "اجتماع", "حفل", "مادبه", "عشاء", "غداء", "زياره", "حضور", "لقاء", "مهرجان", "منتدي"}                          # أعرب X عن أمله في أن ...


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, (past, pres) in _CUE_VERBS.items():
        pasts, presents = past.split(","), (pres.split(",") if pres else [default_present(past.split(",")[0])])
        forms = verb_forms(pasts, presents)
        for f in forms:
            if any(f.startswith("ا" + p) for p in presents) and not any(f.startswith(p) for p in pasts):
                continue     # first person (أرد، أقول): not a report, and a name as often (أردان)
            if len(f) >= 3:
                out.setdefault(f, lemma.rstrip("ت") if lemma.endswith("ت") and lemma[:-1] in _CUE_VERBS else lemma)
    # (نصف: "half" -- عامين ونصف، نصف قرن -- far more often than "we describe": 11 false cues in 300 articles with it)
    for junk in ("قل", "را", "ري", "نف", "رد", "ردا", "علق", "تابع", "ختم", "ذكري", "اشاره", "نقلا", "نصف", "ونصف"):
        out.pop(junk, None)
    out.update(dict.fromkeys(_RECOUNTING, "روي"))
    return out


# active participles that add the sentence subject's words (..., قائلا: "..."، مشيرا إلى أن ...):
# participle -> the lemma whose syntax (إلى أن، عن) it shares
_PARTICIPLES = {normalize(k): v for k, v in {
    "قائلا": "قال", "قائلة": "قال", "مضيفا": "اضاف", "مضيفة": "اضاف", "مشيرا": "اشار", "مشيرة": "اشار",
    "مؤكدا": "اكد", "مؤكدة": "اكد", "موضحا": "اوضح", "موضحة": "اوضح", "لافتا": "لفت", "لافتة": "لفت",
    "معتبرا": "اعتبر", "معتبرة": "اعتبر", "محذرا": "حذر", "محذرة": "حذر", "مشددا": "شدد", "مشددة": "شدد",
    "معلنا": "اعلن", "معلنة": "اعلن",
}.items()}


def _opens_participle(norms: list[str], k: int) -> bool:
    """The word at ``k`` is such a participle, bare or after و (not after غير: غير مؤكدة, unconfirmed)."""
    w = norms[k][1:] if norms[k][:1] == "و" else norms[k]
    return w in _PARTICIPLES and (k == 0 or norms[k - 1] != "غير")


_CHANNEL_NOUNS_DEF = {"صحيفه", "الصحيفه", "وكاله", "الوكاله", "قناه", "القناه", "موقع", "الموقع", "شبكه", "الشبكه", "مجله",
                      "جريده", "الجريده", "اذاعه", "تلفزيون", "حركه", "جماعه", "منظمه", "حزب"}
_EDITORIAL = {"يذكر", "ويذكر", "يشار", "ويشار", "يذكران", "وجدير"}
_ATTRIB_BEFORE = {"حسبما", "كما", "وفق", "وفقا", "بحسب", "حسب", "طبقا", "نقلا"}


# --- quotation marks ---------------------------------------------------------------------------

_QUOTE_CHARS = re.compile('[“«„‹"”]')
_CLOSING = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"', "”": "”"}


def quote_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Inner spans of quotations in ``text[a:b]`` (balanced pairs; " and ” pair with themselves:
    some sites open with a closing mark)."""
    out = []
    i = a
    while True:
        m = _QUOTE_CHARS.search(text, i, b)
        if m is None:
            return out
        i = m.start()
        j = text.find(_CLOSING[m.group()], i + 1, b)
        if j < 0 and _QUOTE_CHARS.search(text, i + 1, b) is None and _left_open_to_end(text, i, b):
            # وأضاف "مع كل نقطة تحول، قدم جمال ... (no closing mark): the quotation runs to the sentence's end
            out.append((i + 1, len(text[:b].rstrip(" .،,:؛"))))
            return out
        if j < 0:
            i += 1
            continue
        out.append((i + 1, j))
        i = j + 1


def _left_open_to_end(text: str, i: int, b: int) -> bool:
    """The quotation mark at ``i``, closed nowhere before ``b``, opens words that run to the end of a paragraph (a
    site's lost closing mark): a line break or the text's end right after ``b``, and more than three words."""
    after = text[b:b + 20].lstrip(" .")
    words = [normalize(w) for w in text[i + 1:b].split()]
    if after[:1] not in ("", "\n") or "\n" in text[i:b] or len(words) <= 3:
        return False
    # (not over another speaker's clause: قال درويش "هاجمت مروحيتان ... وأضاف أن حريقا اندلع)
    cues = _cue_forms()
    return not any(w[:1] == "و" and w[1:] in cues for w in words)


# --- the stage ----------------------------------------------------------------------------------

@register("marsad.quotes.v1")
class QuotesStage(Stage):
    """Direct, indirect and mixed reported speech with speaker, addressee and channel."""

    name = "quotes"
    requires = ("sentences", "entities", "actors")
    provides = ("quotes",)
    arabic_only = True

    def __call__(self, record: Record) -> Record:
        record.quotes = extract_quotes(record)
        return record

def _glued_lam(tok, norm: str) -> bool:
    """``tok`` is a word with the preposition ل written on it (لخبراء، للمرصد), not a word that starts
    with the letter (لبنان) nor ل alone."""
    return len(norm) > 3 and norm[0] == "ل" and tok.text[:1] == "ل" and bool(split_proclitics(tok.text)[0][-1:] == "ل"
                                                                          or norm.startswith("لل"))


def _after_lam(norm: str) -> str:
    """A normalised word read without its glued ل: لخبراء -> خبراء, للمرصد -> المرصد (ل + ال written لل)."""
    return "ا" + norm[1:] if norm.startswith("لل") else norm[1:]


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    strip = " \t\n،,.:;؛\"“”«»'"
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip:
        e -= 1
    return s, e


def extract_quotes(record: Record) -> list[Quote]:
    cues = _cue_forms()
    text = record.text
    mentions = Mentions.of(record)
    quotes: list[Quote] = []
    said = _Said()
    for si, sent in enumerate(record.sentences):
        toks, norms = sentence_tokens(record, sent.start, sent.end)
        if not toks:
            continue
        qspans = quote_spans(text, sent.start, sent.end)
        inside_quote = lambda pos: any(qa <= pos < qb for qa, qb in qspans)  # noqa: E731
        sent_quotes: list[Quote] = []
        by_cue: list[Quote] = []        # this sentence's quotes with a cue verb (not بحسب X)

        def accept(q: Quote, i: int, gender: str | None = None) -> int:
            """Keep ``q`` (a quotation with a cue: its speaker, of ``gender``, is the one said last);
            the next token to read is the one after its content (or after the cue when the quotation
            came first)."""
            said.add(q, si, gender)
            by_cue.append(q)
            sent_quotes.append(q)
            i += 1
            while i < len(toks) and toks[i].start < q.end:
                i += 1
            return i

        i = 0
        while i < len(toks):
            w = norms[i]
            lemma = _cue_lemma(w, cues)
            part = _PARTICIPLES.get(w[1:] if w[:1] == "و" else w)
            subject_here = lambda i=i: _subject_before(text, toks, norms, i, mentions) is not None  # noqa: E731
            if w == _BY_SAYING and i > 1 and not inside_quote(toks[i].start) \
                    and not (i + 1 < len(toks) and norms[i + 1].startswith("ال")):
                # برر المتحدث القرار بالقول إن / اكتفى X بالقول: "..." / ختم X كلمته بالقول: the
                # subject of the verb before "by saying" speaks (a cue verb before it has read it
                # already; not بالقول المأثور, "by the saying")
                q = _from_cue(record, toks, norms, i, "قال", qspans, mentions, None, si)
                if q is not None:
                    sp, st = _clause_subject(text, toks, norms, i, mentions)
                    if st is None and (last := said.last()) is not None:
                        sp, st = last[0], last[1]
                    q.speaker, q.speaker_text, q.addressee = sp, st, None
                    i = accept(q, i)
                    continue
            if part is not None and i > 0 and norms[i - 1] != "غير" and not inside_quote(toks[i].start):
                # ...، قائلا: "..." / مشيرا إلى أن ...: the sentence's speaker goes on
                q = _from_cue(record, toks, norms, i, part, qspans, mentions, None, si)
                if q is not None:
                    gender = "f" if w.endswith("ه") else "m"
                    prev = sent_quotes[-1] if sent_quotes else None
                    if prev is not None and prev not in by_cue and prev.speaker_text and \
                            not text[text.find(prev.speaker_text, prev.end if prev.end < toks[i].start else 0) + len(prev.speaker_text):toks[i].start].strip(" ،,"):
                        # وفق ما أعلن X مشيرا إلى: the participle right after the source continues it
                        q.speaker, q.speaker_text = prev.speaker, prev.speaker_text
                    elif by_cue and by_cue[-1].speaker_text:
                        # (not بحسب ما نقلته صحيفة X، ... قائلا: the paper is no subject of the sentence)
                        q.speaker, q.speaker_text = by_cue[-1].speaker, by_cue[-1].speaker_text
                    else:
                        sp, st = _sentence_subject(text, toks, norms, i, mentions)
                        if st is None and (last := said.last(gender)) is not None:
                            sp, st = last[0], last[1]
                        q.speaker, q.speaker_text = sp, st
                    q.addressee = None
                    i = accept(q, i, gender)
                    continue
            if w in _IT_CAME and i + 2 < len(toks) and norms[i + 1] == "في" and _doc_stem(norms[i + 2]) \
                    and not inside_quote(toks[i].start):
                # وجاء في البيان: "..." : the body that issued the statement speaks
                q = _from_cue(record, toks, norms, i, "قال", qspans, mentions, None, si)
                if q is not None:
                    q.speaker_text = toks[i + 2].text
                    own, named = (None, False) if norms[i + 2].startswith("ال") else \
                        own_document_issuer(record, mentions, toks[i + 2].start)
                    if named:
                        # وجاء في بيان صادر عن X / بيان لـX / بيان X: a new statement with its own issuer
                        # (nobody, when it is not known: بيان صادر عن المستشفى)
                        q.speaker = own
                    else:
                        # وجاء في البيان، وجاء في بيان أن: the statement named before, its issuer or the last speaker
                        q.speaker = _document_issuer(record, mentions, toks[i].start) or (said.last()[0] if said.last() else None)
                    q.addressee, q.channel = None, None
                    i = accept(q, i)
                    continue
            unit = next((u for u in mentions.units_in(toks[i + 3:i + 8]) if u.first == 0 or (
                u.first == 1 and norms[i + 3] in _MARKS)), None) \
                if w in _IT_CAME and i + 3 < len(toks) and norms[i + 1] == "في" and norms[i + 2] in OUTLET_NOUNS else None
            if unit is not None and not inside_quote(toks[i].start):
                # وجاء في صحيفة الصباح التركية أن ...، وجاء في موقع "Flightradar24" أن: the paper named after it speaks
                q = _from_cue(record, toks, norms, i, "قال", qspans, mentions, None, si)
                if q is not None:
                    q.speaker, q.addressee, q.channel = unit.actor, None, None
                    q.speaker_text = text[toks[i + 2].start:toks[i + 3 + unit.last].end]
                    i = accept(q, i)
                    continue
            noun = _text_noun_before(norms, i) if w in _IT_CAME and i + 2 < len(toks) and norms[i + 1] in ("فيه", "فيها") \
                and not inside_quote(toks[i].start) else None
            if noun is not None:
                # أصدرت الوزارة بيانا جاء فيه أن ...، مقال نشر في صحيفة "وول ستريت جورنال" ورد فيه أن: what the text
                # says -- its writer named right before it, else its outlet named before, else the sentence's subject,
                # else the last speaker
                q = _from_cue(record, toks, norms, i, "قال", qspans, mentions, None, si)
                if q is not None:
                    k0 = max(0, i - 12)
                    near = mentions.units_in(toks[k0:i])
                    # (نشر دي مايو نصا جاء فيه، وكتب ترامب تغريدة جاء فيها: who wrote it, named right before it)
                    writer = next((u for u in near if u.actor and k0 + u.last == noun - 1 and not u.glued), None) or next(
                        (u for u in reversed(near) if u.actor and getattr(mentions.by_id.get(u.actor), "sector", None) == "MED"),
                        None)
                    if writer is not None:
                        sp, st = writer.actor, text[toks[k0 + writer.first].start:toks[k0 + writer.last].end]
                    else:
                        sp, st = _sentence_subject(text, toks, norms, i, mentions)
                    if st is None and (last := said.last()) is not None:
                        sp, st = last[0], last[1]
                    q.speaker, q.speaker_text, q.addressee, q.channel = sp, st, None, None
                    q.cue = text[toks[i].start + (w in ("وجاء", "وورد")):toks[i + 1].end]     # (not the و of ورد)
                    i = accept(q, i + 1)
                    continue
            if w in ("جاء", "وجاء") and i + 3 < len(toks) and norms[i + 1] == "علي" and norms[i + 2] == "لسان" \
                    and not inside_quote(toks[i].start) and not (i and norms[i - 1] in ("ما", "بما", "لما", "مما", "وما", "فيما")):
                # (not ما جاء على لسان السيسي كان صحيحا: "what X said", a noun phrase)
                # وجاء على لسان وزير الخارجية عادل الجبير أن ...: who "it came from the tongue of" speaks
                q = _from_cue(record, toks, norms, i + 2, "قال", qspans, mentions, said.last(), si, said)
                if q is not None and q.speaker is not None:
                    q.cue = text[toks[i].start:toks[i + 2].end].lstrip("و")
                    i = accept(q, i + 2)
                    continue
            if lemma is None and w in _EXPRESSED and not inside_quote(toks[i].start) \
                    and "عن" in norms[i + 1:i + 10] and (w != "عبر" or _verb_position(norms, i, subject_here)):
                lemma = "اعرب"    # عبّرت روسيا عن رفضها المهلة: like أعرب عن (bare عبر is also "via": it is
                #                  the verb only where a verb stands, بدوره، عبر ...، وإنه عبر، X عبر)
            if lemma is None and (w[1:] if w[:1] in "وف" else w) in _BLAMED and not inside_quote(toks[i].start) \
                    and _responsibility_at(norms, i) is not None:
                lemma = "حمل"     # حمّلت بريطانيا روسيا مسؤولية تسميم سكريبال: who is blamed, for what
            if lemma == "تحدث" and i and (norms[i - 1] in _RELATIVE or norms[i - 1] in ("لا", "لم", "لن", "ولم", "ولا")):
                lemma = None     # الأنباء التي تحدثت عن قصف: what the reports said, named by who denies
                #                  it; لا تتحدث إلى أحد / ولم يتحدث الجانب الفلسطيني عن: nothing said
            if lemma == "شدد" and i + 2 < len(norms) and norms[i + 1] == "من" and norms[i + 2] not in _FROM_ADVERBIAL:
                lemma = None     # شددت من إجراءاتها الأمنية: "tightened", not "stressed" (but شدد من جهة أخرى على)
            if lemma == "شدد" and any(bare_word(x) in _TIGHTENED for x in norms[i + 1:i + 4]):
                lemma = None     # شددت إسرائيل القيود، شددت السلطات الإجراءات الأمنية: tightened, nothing said
            if lemma == "اتهم" and i + 1 < len(norms) and (norms[i + 1].startswith("بال") or norms[i + 1] in _BI_CHARGES):
                lemma = None     # الذي كان قد اتهم بالتجسس: "was accused of" (a بـ charge right after the verb), no speaker
            if lemma == "طالب" and w == "طالب" and not _verb_position(norms, i, subject_here):
                lemma = None     # 16 ألف طالب أن ...: the noun "student"
            if lemma is not None and i == 0 and w in _EDITORIAL:
                lemma = None     # يذكر أن / ويذكر أن: the writer's background note, not reported speech
            if lemma is not None and i and norms[i - 1] in _WHAT and w[:1] in "يت" and lemma != "قال" \
                    and not (i > 1 and norms[i - 2] in _OFTEN):     # (وعادة ما تشير وسائل الإعلام: "usually")
                lemma = None     # لا يوجد ما يشير إلى، مما يؤكد أن: "what indicates", no one speaking (but ما تقول
                #                  إنه: what it says)
            if lemma is not None and not inside_quote(toks[i].start):
                gender = _cue_gender(w, cues)
                prev = said.last(gender)
                q = _from_cue(record, toks, norms, i, lemma, qspans, mentions, prev, si, said)
                if q is not None and gender == "f" and q.speaker is None and _masculine_title(q.speaker_text):
                    # واعتبرت السفير الكندي "شخصا غير مرغوب فيه": a man's title after a feminine verb is its object;
                    # the speaker quoted in this sentence or the one before goes on, else none is known
                    q.speaker, q.speaker_text = (prev[0], prev[1]) if prev is not None and si - prev[2] <= 1 else (None, None)
                if q is not None and gender == "m" and lemma in _CALLS and q.speaker_text \
                        and _feminine_body(q.speaker_text) and _right_after(text, toks[i].end, q.speaker_text):
                    # ودعا حكومة بغداد إلى التحرك، وطالب وزارة الداخلية بالتحقيق: a masculine verb does not agree with
                    # the government or ministry right after it -- that body is called on; the speaker goes on
                    q.addressee = q.speaker
                    recent = prev is not None and si - prev[2] <= 1
                    q.speaker, q.speaker_text = (prev[0], prev[1]) if recent else (None, None)
                if q is not None:
                    if lemma in _GOES_ON:
                        q.speaker = said.same_state(q.speaker, mentions, si) or q.speaker
                    if _titled_national(q.speaker_text) and text[toks[i].end:toks[i].end + 80].lstrip().startswith(q.speaker_text):
                        # (right after the cue: not وكان السفير الروسي في لندن ألكسندر ياكوفنكو قد صرح)
                        q.speaker = said.national_person(q.speaker, mentions) or q.speaker
                    i = accept(q, i, gender)
                    continue
            core = w[1:] if w[:1] in "و" and w[1:] in _ATTRIB_BEFORE else w
            if core in _ATTRIB_BEFORE and not inside_quote(toks[i].start) and not (core == "كما" and i <= 1):
                q = _from_attribution(record, toks, norms, i, core, cues, mentions, said.last(), said)
                prev = sent_quotes[-1] if sent_quotes else None
                if q is not None and prev is not None and i > 1 and q.start < prev.end <= toks[i].start \
                        and not any(c.isalnum() for c in text[prev.end:toks[i].start]):
                    # وأضافت: "..."، بحسب وكالة فرانس برس: the agency relays the words just quoted
                    prev.channel = prev.channel or q.speaker_text
                    i += 1
                    continue
                if q is not None:
                    sent_quotes.append(q)
                    said.add(q, si, _np_gender(q.speaker_text, mentions.by_id.get(q.speaker)))
                    # حسبما قال X، وهو ...: the verb after حسبما is the attribution's, not a new cue; so is the
                    # verb after كما when a short speaker phrase ends the clause (كما قال تيتي نفسه، وبدأ)
                    ends = any(norms[k] in _BREAK for k in range(i + 2, min(len(norms), i + 10))) or i + 10 >= len(norms)
                    i += 2 if core == "حسبما" or (core == "كما" and ends) else 1
                    continue
            i += 1
        # a paragraph that is only a quotation continues the previous speaker
        last_speaker = said.last()
        if not sent_quotes and qspans and last_speaker is not None and si - last_speaker[2] <= 2:
            qa, qb = qspans[0]
            if qa - sent.start <= 2 and len(text[qa:qb].split()) >= 5:
                s, e = _strip_span(text, qa, qb)
                q = Quote(last_speaker[0], last_speaker[1], None, None, "direct", text[s:e], s, e, None)
                sent_quotes.append(q)
                said.add(q, si, said.items[-1][3])
        quotes.extend(sent_quotes)
    _named_later(record, quotes, mentions)
    return quotes


# unnamed texts and figures that a relative clause's cue hangs on (رغم التقارير التي تشير إلى، الدراسة التي أظهرت)
_UNNAMED_TEXTS = {bare_word(normalize(x)) for x in (
    "تقارير تقرير دراسة دراسات أرقام إحصاءات إحصائيات معلومات تقديرات وثائق أنباء تسريبات استطلاعات استطلاع أبحاث "
    "بحث صور").split()}
# أن / بأن with the pronoun that makes the text the cue's topic (الصور التي قالت إنها التقطت)
_TOPIC_PRONOUNS = {"انها", "انه", "بانها", "بانه"}
# feminine bodies a masculine verb cannot have for its subject right after it (حكومة، وزارة، السلطات، الشرطة)
_FEMININE_BODIES = {normalize(x) for x in (
    "حكومة الحكومة وزارة الوزارة السلطات سلطات هيئة الهيئة منظمة المنظمة لجنة اللجنة حركة الحركة الشرطة شرطة "
    "إدارة الإدارة الرئاسة رئاسة قوات القوات المعارضة").split()}


def _right_after(text: str, pos: int, phrase: str) -> bool:
    """``phrase`` follows ``pos`` with nothing but adverbs between (ودعا أيضا مرارا حكومة بغداد)."""
    after = text[pos:pos + 120]
    k = after.find(phrase)
    return k >= 0 and all(normalize(w) in _NP_ADVERBS for w in after[:k].split())


def _feminine_body(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and normalize(words[0]) in _FEMININE_BODIES


_DROPPED_LEADS = {normalize(x) for x in "حيث إذ عندما بعدما حين حينما لما ثم قد وقد لقد فقد".split()}
_TIME_OPENERS = {normalize(x) for x in "قبل بعد خلال في عقب منذ اثر".split()}
# "but he / she" right before a cue (لكنه قال، ولكنها أكدت): the subject is the one the sentence before named
_BUT_PRONOUNS = {normalize(p + x) for x in ("لكنه", "لكنها") for p in ("", "و")}


def _dropped_subject(norms: list[str], i: int) -> bool:
    """The cue at ``i`` opens its sentence or clause with no subject before it: first in the sentence, after a
    subordinator (حيث قال، عندما قال، ثم أضاف) or after a time phrase that opens the sentence (وقبل الانتخابات
    قال) -- not after a subject of its own (وهو ما يشير إلى، الإعلان ... أوضح أن)."""
    if i == 0 or norms[i - 1] in _DROPPED_LEADS or norms[i - 1] in _BUT_PRONOUNS:
        return True
    if i >= 2 and norms[i - 1] in ("انه", "انها") and norms[i - 2] in ("الا", "غير", "بيد"):
        return True     # (إلا أنه قال، بيد أنها اعترفت: "but he / she" -- the subject of the sentence before)
    w = norms[0][1:] if norms[0][:1] in "وف" and norms[0][1:] in _TIME_OPENERS else norms[0]
    return w in _TIME_OPENERS and i <= 4 and not any(x in _BREAK for x in norms[1:i])


def _one_object(toks, norms: list[str], a: int, b: int, mentions: Mentions) -> bool:
    """The words ``a:b`` after a call verb name one side only, and not as a bare person's name (which
    would be the verb's subject): a title and its holder, a body, a country, an unnamed group."""
    units = [u for u in mentions.units_in(toks[a:b]) if not u.glued or u.glued == "و"]

    def titled(lo: int, hi: int) -> bool:
        return any(norms[k] in _PERSON_TITLES or norms[k] in _OFFICE_TITLES for k in range(lo, hi))
    if len(units) > 1 or titled(a + (units[0].last + 1 if units else 0), b):
        return False
    if units and not units[0].person and titled(a, a + units[0].first):
        return False    # (ودعا المفوض السامي السلطات المصرية: the title's holder calls on the body)
    return not (units and units[0].person and units[0].first == 0)


def _last_person_named(record: Record, mentions: Mentions, pos: int) -> str | None:
    """Of the persons named in ``pos``'s paragraph or the two before, the one the article has named most up to
    ``pos`` (the story's protagonist over a name in passing); on a tie, the one named in the later sentence, and
    in one sentence the first named -- the subject before its object (التقى ترامب ماكرون. وقال: Trump)."""
    text = record.text
    lo = text.rfind("\n", 0, pos) + 1
    for _ in range(2):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1 if lo else 0
    so_far = [m.actor for m in mentions.items if m.person and m.actor and m.end <= pos]
    near = [m for m in mentions.items if m.person and m.actor and lo <= m.start and m.end <= pos]
    if not near:
        return None
    starts = [x.start for x in record.sentences]
    where: dict[str, tuple[int, int]] = {}      # actor -> (its last sentence, -its first start in that sentence)
    for m in near:
        si = bisect_right(starts, m.start)
        if where.get(m.actor, (-1, 0))[0] < si:
            where[m.actor] = (si, -m.start)
    return max(where, key=lambda a: (so_far.count(a), where[a]))


def _subject_of_sentence_before(record: Record, mentions: Mentions, si: int,
                                feminine: bool) -> tuple[str | None, str | None]:
    """The actor named right after the verb that opens sentence ``si - 1``, when that verb's gender is the cue's:
    for a feminine one a body or a state (أدانت الولايات المتحدة، نددت وزارة الخارجية -- not a person, whose gender
    the verb may not agree with), for a masculine one a person (واجتمع ترامب); else nothing."""
    if si < 1:
        return None, None
    prev = record.sentences[si - 1]
    ptoks, pnorms = sentence_tokens(record, prev.start, prev.end)
    if len(ptoks) < 3:
        return None, None
    w = pnorms[0][1:] if pnorms[0][:1] in "وف" and len(pnorms[0]) > 4 else pnorms[0]
    # (a past form: a present one's ت is as often a past stem's own, تابع، تحدث)
    if w in _TIME_OPENERS or feminine != w.endswith("ت") or w[:1] == "ت":
        return None, None
    speaker, speaker_text = _sentence_subject(record.text, ptoks, pnorms, len(ptoks) - 1, mentions)
    person = getattr(mentions.by_id.get(speaker), "type", None) == "PER"
    if speaker is None or (feminine == person and not (feminine and _feminine_title(speaker_text))):
        # (but a woman named by a feminine title agrees with the feminine verb: وكانت رئيسة بلدية مدريد)
        return None, None
    return speaker, speaker_text


def _feminine_title(phrase: str | None) -> bool:
    """The phrase opens with a feminine person title (رئيسة، الوزيرة، المتحدثة)."""
    words = normalize(phrase or "").split()
    return bool(words) and words[0].endswith("ه") and (
        words[0] in _PERSON_TITLES or words[0] in _OFFICE_TITLES or words[0][:-1] in _PERSON_TITLES)


def _statement_speaker(record: Record, pos: int, said, last_speaker) -> str | None:
    """The speaker of a statement named by a bare البيان whose issuer is not found: the one quoted in
    the sentence that last introduced a statement (بيان، بيانا -- not a back-reference), or in the one
    before it; the last speaker when no earlier sentence introduced one; nobody when neither holds."""
    if last_speaker is None or last_speaker[0] is None:
        return None
    doc_si = document_sentence(record, pos)
    if doc_si is None or said is None:
        return last_speaker[0]
    around = [item for item in said.items if doc_si - 1 <= item[2] <= doc_si and item[0]]
    return around[-1][0] if around else None


def _named_later(record: Record, quotes: list[Quote], mentions: Mentions) -> None:
    """A speaker first given by role or document only, named in what follows (the lede's
    ``أشار سفير روسيا لدى الاتحاد الأوروبي إلى أن ...`` then ``وقال فلاديمير تشيخوف إن``;
    ``حسبما أفاد بيان سعودي`` then ``بحسب البيان الصادر عن وزارة الإعلام السعودية``)."""
    starts = [x.start for x in record.sentences]

    def sent_of(pos: int) -> int:
        k = bisect_right(starts, pos) - 1
        return k if k >= 0 and pos < record.sentences[k].end else -1

    for n, q in enumerate(quotes):
        a = mentions.by_id.get(q.speaker)
        if not q.speaker_text or (a is not None and a.type != "LOC"):
            continue
        words = normalize(q.speaker_text).split()
        if not words:
            continue
        country = a.country if a is not None else None
        if _doc_stem(words[0]) and len(words) <= 3:
            issuer = _later_document_issuer(record, mentions, q.end, country)
            if issuer is not None:
                q.speaker = issuer
            continue
        if words[0] not in _PERSON_TITLES or len(words) < 2 or "،" in q.speaker_text or "," in q.speaker_text:
            continue     # (وزير الإعلام الإريتري، يماني جبر مسكل: the name is given, only unlinked)
        si = sent_of(q.start)
        for later in quotes[n + 1:n + 3]:
            p = mentions.by_id.get(later.speaker)
            ls = sent_of(later.start)
            # (a role phrase with no country, المتحدث الرسمي باسم قوات التحالف, accepts any person)
            if ls - si > 2 or p is None or p.type != "PER" or (country is not None and p.country not in (None, country)):
                continue
            named = [m for m in mentions.items if m.actor == later.speaker]
            first = min((m.start for m in named), default=0)
            # the name's last word (not the speaker phrase's: تركي المالكي، المتحدث باسم التحالف)
            name = record.text[named[0].start:named[0].end] if named else (later.speaker_text or "")
            surname = normalize(name).split()[-1:]
            before = record.text[:record.sentences[ls].start]
            if first > q.end and not (surname and surname[0] in normalize(before).split()):
                # named only after the role phrase (not even unlinked before): the same person
                q.speaker = later.speaker
            break


_GOES_ON = {"اضاف", "تابع", "اوضح", "اشار", "اكد", "لفت", "شدد"}
# nouns for one official that a nationality adjective follows (وقال المسؤول المصري، الدبلوماسي الأميركي)
_NATIONAL_TITLE_NOUNS = {normalize(w) for w in (
    "المسؤول المسؤولة الدبلوماسي الدبلوماسية الوزير الوزيرة المندوب المندوبة السفير السفيرة الجنرال المبعوث "
    "المبعوثة المتحدث المتحدثة").split()}


def _thing_nisba(mentions, toks, norms: list[str], k: int, u) -> bool:
    """The unit at token ``k`` is a lone nationality adjective on a thing (التحرك البريطاني الذي قال إن: the
    move is British, and no one speaks in the relative clause but the sentence's subject) -- not a name (السعودية
    التي قالت), nor an adjective on a title, a people noun or a source (الرئيس الأمريكي، المسؤولين الأمريكيين)."""
    if u.first != u.last or u.person or k == 0 or not norms[k].startswith("ال") or nisba_country(norms[k]) is None:
        return False
    if any(e.start < toks[k].end and toks[k].start < e.end for e in mentions.record.entities):
        return False
    prev = bare_word(norms[k - 1])
    return not (norms[k - 1] in _PERSON_TITLES or prev in _PERSON_TITLES or norms[k - 1] in _OFFICE_TITLES
                or prev in _PEOPLE_NOUNS or prev in _SOURCES)     # (ولي العهد: not the bare لي)


def _titled_national(speaker_text: str | None) -> bool:
    """``المسؤول المصري``: a role noun and a nationality adjective, nothing else."""
    words = normalize(speaker_text or "").split()
    return len(words) == 2 and words[0] in _NATIONAL_TITLE_NOUNS and words[1] in _nisbas()


_RELATIVE = {normalize(x): g for x, g in (("الذي", "m"), ("التي", "f"), ("الذين", "p"), ("والذي", "m"), ("والتي", "f"),
                                           ("والذين", "p"))}


# what may stand before a subject that precedes its verb (SVO): the start of the sentence, كان, لكن
# prepositions of a place phrase that may end a subject (مكتب الأمم المتحدة في سوريا)
_PLACE_PREPS = {"في", "لدي", "ب"}
# (and a colon: 17 آذار/مارس: إسرائيل تعلن أنها -- a dated line of a chronology; and a bare أن / إن: ويذكر أن ترامب
# قال في كلمة له: "...", a speaker reported inside a reported clause)
_BEFORE_SUBJECT = {normalize(x) for x in ("كان", "وكان", "كانت", "وكانت", "لكن", "ولكن", "لكنّ", "،", "فيما", "بينما",
                                          "أما", "وأما", "حيث", "فإن", ":")} | _BARE_COMPLEMENTIZERS
_KANA = {normalize(x) for x in ("كان", "وكان", "كانت", "وكانت", "لكن", "ولكن", "بيد")}
_SINCE = {normalize(x) for x in ("إذ", "حيث")}
_SUBORDINATORS = {normalize(x) for x in ("حيث", "إذ", "عندما", "بعدما", "بينما", "فيما", "حين", "حينما", "لما", "كما")}
_BETWEEN_SUBJECT_VERB = {normalize(x) for x in ("قد", "فقد", "فهي", "فهو", "من", "جانبه", "جانبها", "جهته", "جهتها",
                                                "بدوره", "بدورها", "بدورهم", "بدورهما")}


def _subject_in_apposition(toks, norms, i, mentions) -> tuple[str, str] | None:
    """وكان وزير الخارجية الأمريكي، ريكس تليرسون، قال: the phrase between a كان/لكن that opens the
    sentence or a clause and the cue verb at ``i``, apposition commas and all, when it names an actor
    (not عما إذا كان X ...، قال Y; not لكن بعد أسبوع، قال; not وكانت أنقرة قد رفضت العرض، حيث قال X:
    a clause, not a subject, comes between)."""
    c = next((c for c in range(i - 1, max(-1, i - 11), -1) if norms[c] in _KANA), None)
    if c is None or i - c <= 2 or "،" not in norms[c + 1:i] or (c > 0 and norms[c - 1] not in (".", "،", ",")):
        return None
    between = norms[c + 1:i]
    if any((x in _BREAK and x != "،") or _cue_lemma(x, _cue_forms()) or x in _COMPLEMENTIZERS
           or x in _SUBORDINATORS for x in between):
        return None
    sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, c + 1, i, mentions, None)
    return (sp, st) if sp and st else None


_AMMA = {"اما", "واما"}
# a topic that is no subject: أما عن / بشأن / فيما يتعلق بـ / في بوركينا فاسو / بالنسبة لـ
_TOPIC_OPENERS = {normalize(x) for x in ("عن", "بشأن", "بخصوص", "فيما", "بما", "في", "حول", "بالنسبة", "على", "إلى", "من",
                                          "مع", "بعد", "قبل", "خلال", "بين", "لدى")}


def _fronted_topic(toks, norms, i, mentions) -> tuple[str, str] | None:
    """أما الأمين العام للمنظمة الدولية، فلاديمير كوفشينهوف، فشدد / أما روسيا، التي تنفي الاتهامات، فقالت: the
    topic that أما fronts before a cue verb carrying ف is its subject, read as a speaker phrase (its apposition
    and relative clauses included) -- not a topic opened by a preposition (أما عن الأزمة القطرية، فقال)."""
    if not norms[i].startswith("ف"):
        return None
    c = next((c for c in range(i - 1, max(-1, i - 30), -1) if norms[c] in _AMMA), None)
    if c is None or i - c < 2 or norms[c + 1] in _TOPIC_OPENERS:
        return None
    if any(x in (".", "؟", "!", ":", "؛", ";") or _cue_lemma(x, _cue_forms()) for x in norms[c + 1:i]):
        return None
    sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, c + 1, i, mentions, None)
    return (sp, st) if sp and st else None


def _subject_before(text, toks, norms, i, mentions) -> tuple[str | None, str] | None:
    """A named subject right before the cue verb, at the start of its clause (SVO):
    ``وكانت الولايات المتحدة حذرت``، ``لكن السفارة الروسية قالت``، ``صحيفة X من جانبها اعتبرت``."""
    kana = _subject_in_apposition(toks, norms, i, mentions) or _fronted_topic(toks, norms, i, mentions)
    if kana is not None:
        return kana
    k = i - 1
    while k >= 0 and norms[k] in _BETWEEN_SUBJECT_VERB:
        k -= 1
    if k < 0:
        return None
    start = max(0, k - 8)
    at_k = [u for u in mentions.units_in(toks[start:k + 1]) if start + u.last == k]
    units = [u for u in at_k if not u.glued]

    def after_kana(span: int, place=None):
        # وكانت عهد قالت / لكن مسؤولين إيرانيين قالوا: a short subject after كان or لكن, named or not
        c = next((c for c in range(k, max(-1, k - span - 1), -1) if norms[c] in _KANA), None)
        if c is not None and 0 < k - c <= span and not any(x in _BREAK or _cue_lemma(x, _cue_forms()) for x in norms[c + 1:k + 1]):
            sp, st, _, _, _ = _speaker_from(mentions.record, toks, norms, c + 1, k + 1, mentions, None)
            if place is not None and sp == place.actor and (place.actor or "").startswith("L:"):
                # (مصادر سياسية في صنعاء، ثلاث وكالات سفر في الدوحة: where the unnamed speaker is, not who
                # speaks -- a capital too, unlike مسؤول في دمشق right after a bare title: a body ends here)
                sp = None
            return (sp, st) if st else (None, text[toks[c + 1].start:toks[k].end])
        return None

    if not units:
        # (وكانت اللجنة المركزية لحركة فتح قد دعت: a body of the organisation named after ل, a longer subject)
        lam = any(u.glued == "ل" and start + u.first > 0 and norms[start + u.first - 1].startswith("ال")
                  for u in at_k)     # (not في زيارة للولايات المتحدة قال)
        return after_kana(6 if lam else 3)
    u = units[-1]
    first = start + u.first
    if first > 0 and norms[first - 1] in ("“", '"', "«") and first > 1:
        first -= 1       # صحيفة "الشرق الأوسط"
    while first > 0 and norms[first - 1] in _CHANNEL_NOUNS_DEF:
        first -= 1       # صحيفة X / وكالة X
    if u.person:
        # وكان الرئيس الأمريكي دونالد ترامب قال: the person's title and its nationality come first
        title = first
        while title > 0 and first - title < 4 and (norms[title - 1] in _PERSON_TITLES or norms[title - 1] in _nisbas()):
            title -= 1
        if title < first and norms[title] in _PERSON_TITLES:
            first = title
        else:
            # (وكان وزير البترول السعودي علي النعيمي قد أكد: the office's own nouns between title and name)
            title = _title_start(norms, first)
            first = first if title is None else title
    if first > 0 and norms[first - 1] not in _BEFORE_SUBJECT and not any(d in toks[first - 1].text for d in "–—"):
        # (وكان مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة في سوريا قال: the name ends a longer
        # subject opened by كان)
        return after_kana(10, u) if norms[first - 1] in _PLACE_PREPS else None
    # (the person's title with the name: رئيسة الوزراء البريطانية تيريزا ماي)
    return u.actor, text[toks[first if u.person else start + u.first].start:toks[start + u.last].end]


def _nisbas() -> dict[str, str]:
    """The knowledge base's nationality adjectives (its own cached table, not a copy)."""
    from ..kb import load_kb

    return load_kb().nisba


def _by_surname(record: Record, mentions: Mentions, phrase: str, pos: int) -> str | None:
    """صرّح أوغلو: a lone name the tagger missed, the surname of a person named before
    (مولود جاويش أوغلو)."""
    words = phrase.split()
    if len(words) != 1 or len(words[0]) < 3:
        return None
    for e in reversed(record.entities):
        if e.start < pos and e.actor and e.type == "PER" and len(e.text.split()) > 1 \
                and normalize(e.text).split()[-1] == words[0]:
            return e.actor
    return None


class _Said:
    """The speakers quoted so far, each with the gender its cue verb showed (قالت: feminine)."""

    def __init__(self):
        self.items: list[tuple[str | None, str | None, int, str | None]] = []   # actor, surface, sentence, gender

    def add(self, q: Quote, si: int, gender: str | None) -> None:
        self.items.append((q.speaker, q.speaker_text, si, gender))

    def named_with(self, phrase: str) -> str | None:
        """The latest speaker whose phrase has the head noun of ``phrase`` (اللجنة ~ لجنة الاستخبارات)."""
        words = phrase.split()
        if not words or len(words) > 3 or len(words[0]) < 4 or (len(words) > 1 and not words[0].startswith("ال")):
            return None
        head = words[0][2:] if words[0].startswith("ال") and len(words[0]) >= 5 else words[0]
        for actor, surface, _, _ in reversed(self.items[-8:]):
            ends = normalize(surface or "").split()
            if actor and ends and head in {w[2:] if w.startswith("ال") else w for w in (ends[0], ends[-1])}:
                return actor      # the head noun (لجنة الاستخبارات) or the surname (محمد المومني، باور)
        return None

    def same_state(self, actor: str | None, mentions, si: int) -> str | None:
        """وقالت وزارة الدفاع الروسية ... وأوضحت موسكو / وأضافت المنامة في بيانها: a capital or
        country that goes on right after a body of the same state is that body speaking."""
        a = mentions.by_id.get(actor)
        if a is None or a.type != "LOC" or not a.country or not self.items:
            return None
        prev, _, psi, _ = self.items[-1]
        p = mentions.by_id.get(prev)
        if p is not None and p.type not in ("LOC", "PER") and p.country == a.country and si - psi <= 2:
            return prev
        return None

    def national_person(self, actor: str | None, mentions) -> str | None:
        """وقال الدبلوماسي الأميركي / وأضاف المسؤول المصري after a quoted person of that state: the same
        person (the phrase names only a role and a nationality, which the tagger reads as the country)."""
        a = mentions.by_id.get(actor)
        if a is None or not actor.startswith("C:") or not a.country:
            return None
        for prev, _, _, _ in reversed(self.items[-6:]):
            p = mentions.by_id.get(prev)
            if p is not None and p.type == "PER" and p.country == a.country:
                return prev
        return None

    def last(self, gender: str | None = None) -> tuple[str | None, str | None, int] | None:
        """The latest speaker; for a cue with no subject, the latest one its verb agrees with
        (وقالت الوزارة ... وقال الوزير ... وأضافت أن: the ministry again)."""
        if not self.items:
            return None
        if gender in ("m", "f"):
            n = len(self.items)
            for k in range(n - 1, max(-1, n - 7), -1):
                actor, surface, si, g = self.items[k]
                if g is None or g == gender:
                    return actor, surface, si
        if gender == "p":
            # بيد أنهم أشاروا / لكن مسؤولين إيرانيين قالوا: not the one person quoted before
            # (وقال النواب في بيان ... وأضافوا: a plural subject after a singular verb is plural too)
            last = self.items[-1]
            return last[:3] if last[3] == "p" or (last[0] is None and _plural_people(last[1])) else None
        return self.items[-1][:3]


def _plural_people(surface: str | None) -> bool:
    """An unnamed speaker phrase opening on a plural noun of people (النواب، المحققون، مصادر)."""
    words = normalize(surface or "").split()
    if not words:
        return False
    w = bare_word(words[0])
    return w in _PEOPLE_NOUNS or w == "مصادر" or (len(w) > 4 and w.endswith(("ون", "يين")))


def _cue_gender(w: str, cues: dict[str, str]) -> str | None:
    """The gender a cue verb agrees with: قالت، تقول -> f; قال، يقول -> m; قالوا، يقولون، قالا -> p."""
    if w[:1] in "وف" and w not in cues and w[1:] in cues:
        w = w[1:]
    if w.endswith(("وا", "ون")):
        return "p"
    if w.endswith("ت") and (w[:-1] in cues or w[:-1] + "ي" in cues or w[:-1] + "ا" in cues or w[:-1] in _CUE_VERBS):
        # (ادعت: ادعى; دعت: دعا)
        return "f"
    if w.endswith("ا") and w[:-1] in cues:
        return "p"
    if w[:1] == "ت" and "ي" + w[1:] in cues:
        return "f"
    return "m"


def _masculine_title(surface: str | None) -> bool:
    """The speaker phrase opens with a man's title (السفير الكندي، الوزير), no feminine one (السفيرة)."""
    words = normalize(surface).split() if surface else []
    return bool(words) and words[0] in _PERSON_TITLES and not words[0].endswith("ه")


def _np_gender(surface: str | None, actor) -> str | None:
    """The grammatical gender of a source named after بحسب/وفق: a country or a noun in ة/ات is
    feminine (وكالة، الحكومة، روسيا), a person unknown."""
    if not surface:
        return None
    if actor is not None and actor.type == "PER":
        return None
    if actor is not None and actor.type in ("LOC", "country"):
        return "f"
    w = normalize(surface).split()[0].lstrip("ل")
    return "f" if w.endswith(("ه", "ات")) else "m"


def cues_lemma_bare(w: str) -> str | None:
    """The cue lemma of a verb written without a conjunction (قال, not وقال)."""
    return _cue_forms().get(w)


def _cue_lemma(w: str, cues: dict[str, str]) -> str | None:
    if w in cues:
        return cues[w]
    if w in ("وتابع", "وتابعت"):
        return "تابع"        # bare تابع is also "followed"; وتابع opens a continuation of speech
    if w in ("وحث", "وحثت", "فحث"):
        return "حث"          # (bare حث is too short to be a cue form; with و it is the verb)
    if w[:1] in "وف" and w[1:] in cues:
        return cues[w[1:]]
    return None


# people named by what they are, not by name, who speak as a group (الأطباء، محللون، الناشطون)
_PEOPLE_NOUNS = {bare_word(normalize(w)) for w in (
    "الأطباء المسؤولون مسؤولون المسؤولين الخبراء خبراء المحللون محللون الشهود شهود السكان الأهالي الناشطون "
    "ناشطون النشطاء نشطاء المتظاهرون متظاهرون المحتجون محتجون النواب نواب المراقبون مراقبون المعارضون "
    "معارضون الصحفيون المسعفون الباحثون باحثون المحققون محققون الدبلوماسيون دبلوماسيون المنتقدون منتقدون "
    "المنظمون منظمون المشرعون مشرعون").split()}


def _unnamed_people(toks, norms, a: int, b: int, mentions) -> str | None:
    """The text of an unnamed group of people opening the span after a cue (المحللون، مسؤولون
    أمريكيون: the noun and a nationality or adjective after it), or None; a bare indefinite noun
    is None (it may be the head of a construct: سكان مدينة البصرة)."""
    if a >= b or bare_word(norms[a]) not in _PEOPLE_NOUNS or mentions.has_mention_at(toks[a].start, toks[a].end):
        return None
    e = a + 1
    if e < b and norms[e].endswith(("ون", "يين")) and norms[e][:1] != "و" and not mentions.has_mention_at(toks[e].start, toks[e].end):
        e += 1      # (مسؤولون أمريكيون، الخبراء الدوليون)
    if e == a + 1 and not norms[a].startswith(("ال", "وال")):
        return None     # (شهود عيان، سكان مدينة البصرة: an indefinite noun may head a construct)
    return toks[a].text if e == a + 1 else f"{toks[a].text} {toks[e - 1].text}"


# what may follow an unnamed group and tie it to a body or a place (مسؤولون في الخارجية، معارضون مثل نافالني)
_AFFILIATION_PREPS = _AFFILIATION | {"عن", "بين", "مثل", "بينهم", "منهم", "ومنهم", "،", ",",
                                     "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"}
_ADVERBIAL_AN = {"دون", "بدون", "قبل", "بعد", "منذ", "بمجرد", "لمجرد", "حتي", "عقب"}


# three-letter words after اتهم that start with ب but are no بـ + charge (بشن، بقتل are)
_NOT_BI_CHARGE = {"بين", "بعد", "بها", "بهم", "بات", "بدا", "بان", "بل"}
_NP_OPENING_PREPS = {"في", "من", "علي", "عن", "الي", "مع", "خلال", "بعد", "قبل", "منذ", "،", ","}


def _accused_alone(toks, a: int, b: int, mentions) -> bool:
    """Whether the noun phrase ``toks[a:b]`` after اتهم is one name and nothing else."""
    units = mentions.units_in(toks[a:b])
    return len(units) == 1 and units[0].first == 0 and a + units[0].last + 1 >= b and not units[0].glued


def _accuser_end(toks, norms, a: int, b: int, mentions) -> int:
    """Where the accuser ends in ``اتهم X Y بـ``, the noun phrase ``toks[a:b]`` before the charge:
    a name first (with its title: يتهم الرئيس رجب طيب أردوغان غولن) and those joined to it by و
    (اتهمت روسيا وسوريا إسرائيل) accuse the next name; unnamed words before the first name are the
    accuser (ويتهم المدعون البنك العربي، اتهم عراقيون المالكي), with the name when they are in
    construct with it (وتتهم إدارة ترامب بكين، اتهم كبير مفاوضي كوريا الشمالية كوريا الجنوبية).
    Otherwise ``b``: the whole phrase is searched (a title whose holder is named further on)."""
    if a < b and norms[a] in _PRONOUN_PP and len(mentions.units_in(toks[a + 1:b])) >= 2:
        a += 1       # (التي تتهم فيها إسرائيل إيران: the pronoun is the relative's, the accuser follows)
    units = [u for u in mentions.units_in(toks[a:b]) if not u.glued or u.glued == "و"]
    if not units:
        return b

    def with_conjuncts(k: int) -> int:
        while k + 1 < len(units) and units[k + 1].glued == "و" and units[k + 1].first == units[k].last + 1:
            k += 1
        return a + units[k].last + 1

    lead = norms[a:a + units[0].first]
    if _is_document(toks[a].text):
        glued_next = [u for u in mentions.units_in(toks[a + 1:b]) if u.first == 0 and u.glued == "ل"]
        return b if glued_next else a + 1     # (وطالب البيان؛ not تقرير للأمم المتحدة, the UN's report)
    if all(w in _PERSON_TITLES or w in _OFFICE_TITLES for w in lead):
        return with_conjuncts(0) if with_conjuncts(0) < b else b
    if lead[0] in ("كل", "كلا") or lead[0] in _NP_OPENING_PREPS or any(
            u.person and norms[a + u.first - 1] in ("،", ",") for u in units[1:]):
        return b     # (not كل من X وY; ممثل الحزب ...، محمد صالح قادري: a title whose holder follows a comma)
    adjectives = [w for j, w in enumerate(lead[1:], 1) if not (w == "غير" and j + 1 < len(lead))]
    if lead[0] in _UNNAMED_PLURALS and len(lead) > 1 and all(
            not w.startswith("ال") and len(w) > 3 and w.endswith(("يه", "ون", "يين")) for w in adjectives):
        # (وتتهم منظمات حقوقية دولية البحرين، دول غربية موسكو، منظمات غير حكومية حقوقية فرنسا: unnamed bodies accuse)
        return a + units[0].first
    if bare_word(lead[0]) in _PEOPLE_NOUNS or lead[0].endswith("ون"):
        # يتهم كثيرون حركة بوكو حرام: unnamed people, then an indefinite noun that opens the accused
        k = 2 if len(lead) > 1 and lead[1].endswith(("ون", "يين")) else 1
        if k < len(lead) and not lead[k].startswith(("ال", "و")) and lead[k] not in _NP_OPENING_PREPS:
            return a + k
    head = lead[-1]
    if not head.startswith(("ال", "و")) and not head.endswith(("ا", "ون", "ين")) and bare_word(head) not in _PEOPLE_NOUNS:
        # a noun in construct with the name: the name belongs to the accuser
        return with_conjuncts(0) if with_conjuncts(0) < b else b
    if any(u.person for u in units[:-1]) or len(units) == 1 and a + units[0].last + 1 < b and units[0].person:
        return b     # (a person named before the accused: the title's holder -- نائبة السفير ... كيلي كيري روسيا)
    return a + units[0].first


# "it came" / "it is stated" (وجاء في البيان، وورد في التقرير، بيانا جاء فيه): the text speaks
_IT_CAME = {"جاء", "وجاء", "ورد", "وورد"}
# texts that say something (بيانا جاء فيه، مقال ورد فيه، رسالة جاء فيها)
_TEXT_NOUNS = {bare_word(normalize(w)) for w in (
    "بيان بيانا تقرير تقريرا رسالة رسالته رسالتها مقال مقالا مذكرة وثيقة تغريدة تدوينة منشور منشورا خطاب خطابا "
    "كتاب كتابا قرار قرارا نص نصا").split()}
_NEGATIONS = {"لم", "ولم", "لا", "ولا", "لن", "ولن"}
# "but" (لكن، لكنه، ولكنها; and إلا أن، غير أن past the verb's object): the clause after it is not the content
# of a verb denied before it
_CONTRASTIVE = {normalize(p + x) for x in ("لكن", "لكنه", "لكنها", "لكنهم") for p in ("", "و")}
_EXCEPT = {"الا", "غير"}
# words opening another clause (لم تعلن مساهمتها فيما يتوقع أن، لم يكشف عنه من قبل، إذ كانت الشركة قد ذكرت أنه، ولم
# يعرف سوى أنها): what a denied verb did not tell stops there
_CLAUSE_OPENERS = {normalize(w) for w in "فيما بينما إذ حيث سوى ولم ولا".split()}


_STORY_WORDS = {normalize(w) for w in "قصة قصص قصصا حكاية حكايات كيف تفاصيل فيلم مسرحية رواية كتاب".split()}


def _text_noun_before(norms: list[str], i: int) -> int | None:
    """The index of the last text noun (بيانا، مقال، تغريدة) among the twelve words before ``i``, or None."""
    return next((k for k in range(i - 1, max(-1, i - 13), -1) if bare_word(norms[k]) in _TEXT_NOUNS), None)


def _from_cue(record, toks, norms, i, lemma, qspans, mentions, last_speaker, si, said=None) -> Quote | None:
    text = record.text
    n = len(toks)
    cue = toks[i].text
    if cue[:1] in "وف" and (normalize(cue[1:]) in _cue_forms() or normalize(cue) in ("وتابع", "وتابعت")):
        cue = cue[1:]
    # find the complementiser / quotation / colon that opens the content
    j = i + 1
    opener = None
    np_end = None
    limit = min(n, i + 22)
    svo = _subject_before(text, toks, norms, i, mentions)     # a subject before the verb (read once)
    # (طالب / ندد / اعترف + بـ + masdar only where the cue stands as a verb: not 16 ألف طالب)
    bi_verb = lemma in _BI_DEMANDS and _verb_position(norms, i, lambda: svo is not None)
    if lemma == "تحدث":
        # تحدث X عن: only "spoke of" (not تحدث = "happens", قد تحدث خلال اليومين؛ nor لا تتحدث إلى أحد)
        k = next((m for m in range(i + 1, min(n, i + 11)) if norms[m] in ("عن", ".", "؟", "!", ":")), None)
        if k is None or norms[k] != "عن":
            return None
        np_end, opener = k, ("to", k)
        j = limit
    if lemma == "روي":
        # روى X أن / روت X لوسائل الإعلام: "..." -- not يروي الفيلم قصة، روى الحادثة لبرنامج، تروي كيف (a story
        # told, no speech): the opener within six words, no story noun before it
        k = next((m for m in range(i + 1, min(n, i + 7))
                  if norms[m] in _COMPLEMENTIZERS or norms[m] == ":" or _QUOTE_CHARS.match(norms[m])), None)
        if k is None or any(_no_article(norms[m]) in _STORY_WORDS for m in range(i + 1, k)) \
                or (i and norms[i - 1] in ("كما", "وكما")):     # (كما تروي الجدة: "as she tells", of what came before)
            return None
    if lemma == "حمل":
        k = _responsibility_at(norms, i)
        named = [u for u in mentions.units_in(toks[i + 1:k]) if not u.glued]
        carried = (norms[i][:1] in "وف" and i > 3) or (i and norms[i - 1] in ("كما", "وكما")) \
            or (i and norms[i - 1] in _RELATIVE and len(named) < 2) \
            or svo is not None
        if carried:
            # وحملت كوبا مسؤولية / بريطانيا، التي حملت روسيا المسؤولية / وكانت الخارجية الأمريكية قد
            # حملت النظام السوري المسؤولية: the subject came before (not عملية التسميم التي حملت
            # بريطانيا روسيا المسؤولية عنها: two names, the first is the verb's own subject)
            start = i + 1
            while start < k and (norms[start] == "،" or norms[start] in _TIME_WORDS):
                start += 1          # كما حمل، الاثنين، المهاجرين مسؤولية
        elif named and named[0].first > 0 and not (named[0].person and norms[i + 1] in _PERSON_TITLES):
            start = i + 1 + named[0].first          # حملت اللجنة الجيش السوري مسؤولية
            #                                         (not حمل نائب مدير المتحف لويز دوارتي الحكومة: a title)
        elif named:
            # حمل السبسي الحركة المسؤولية / حمل الرئيس الفلسطيني، محمود عباس، حركة حماس مسؤولية:
            # after the subject and any name in apposition to it (between commas)
            start = i + 1 + named[0].last + 1
            for u in named[1:]:
                if norms[start:start + 1] == ["،"] and i + 1 + u.first == start + 1 \
                        and norms[i + 1 + u.last + 1:i + 1 + u.last + 2] == ["،"]:
                    start = i + 1 + u.last + 2
            while start < k and norms[start] == "،":
                start += 1
        else:
            start = min(i + 2, k)                    # حمل مطهري الجهات التي ...: a one-word subject
        np_end, opener = start, ("bare", start)
        j = limit
    negated = bool(i) and norms[i - 1] in _NEGATIONS
    while j < limit:
        w = norms[j]
        if w in _IT_CAME and j > i + 1 and j + 1 < n and norms[j + 1] in ("فيه", "فيها"):
            break   # (يرد على سؤال بشأن مقال ... ورد فيه أن: what follows is the text's, told by its own cue)
        if negated and (w in _CONTRASTIVE or w in _CLAUSE_OPENERS
                        or (w in _EXCEPT and j - i > 3 and j + 1 < n and norms[j + 1] in _COMPLEMENTIZERS)):
            break   # (ولم يكشف الجارحي عن أرقام المقارنة، لكنه قال إنه: what was not told is no content; what
            #        follows the "but" is told by the next verb, or by nobody: إلا أن تقارير إعلامية توقعت -- not
            #        لم يقل إلا أن, "he only said that", right after the verb and its subject)
        if w in _COMPLEMENTIZERS and norms[j - 1] in _ADVERBIAL_AN:
            j += 1      # (دون أن، قبل أن، بعد أن: the particle of an adverbial clause, not the content's)
            continue
        if w in _COMPLEMENTIZERS and any(m.start < toks[j].end and toks[j].start < m.end and m.actor
                                         and not m.actor.startswith("U:") for m in mentions.items):
            j += 1      # (نقلت محطة "أن بي سي"، مون جيه إن: a word of a name the knowledge base knows, not the
            continue    # content's particle -- a span the tagger merely ran over it is no such name)
        if w in _COMPLEMENTIZERS:
            opener = ("comp", j)
            break
        if lemma in ("تعهد", "كرر") and j > i + 1 and ((w[:1] == "ب" and len(w) > 4 and not mentions.has_mention_at(
                toks[j].start, toks[j].end)) or _cue_lemma(w, _cue_forms())):
            break   # تعهد بيسكوف بالرد على التحرك البريطاني الذي قال إن: the pledge is the masdar after ب
        if w in ("“", "«", '"') and norms[j - 1] in _CONSTRUCT_TITLES:
            close = next((k for k in range(j + 1, min(n, j + 13)) if norms[k] in ("”", "»", '"')), None)
            if close is not None:
                limit, j = min(n, limit + close - j + 1), close + 1     # (the name does not count against the reach)
                continue
        if w in ("“", "«", '"', "”") and not _names_a_channel(norms, j) and any(
                qa == toks[j].end and not mentions.is_whole_mention(qa, qb)
                and (len(text[qa:qb].split()) >= 3 or not text[qb + 1:toks[-1].end].strip(" .،!؟\"”»"))
                for qa, qb in qspans):
            opener = ("quote", j)
            break
        if w == ":" and not (lemma == "اعلن" and norms[i + 1] == "عن"):
            # (not past وأعلنت عن إغلاق القنصلية الروسية في سياتل، لتضاف إلى القائمة كل من: -- an act announced, and
            # a list after the colon)
            opener = ("colon", j)
            break
        if lemma in _ABOUT and w == "عن":
            opener = ("to", j)
            break
        if lemma == "اعلن" and w == "عن" and i + 1 < j <= i + 12 and norms[j - 1] not in _ABOUT_ROLE \
                and not (i and norms[i - 1] in ("لم", "لا", "لن", "ولم")) and norms[i + 1] not in ("اي", "ايه") \
                and not (j + 1 < len(norms) and bare_word(norms[j + 1]) in _REPRESENTED):
            # أعلنت الشرطة عن اعتقال ...، وكان الوزير أعلن مطلع الأسبوع عن زيادات: what is announced
            # (not المسؤول عن الملف، نيابة عن: a role; nor ولم تعلن أي جهة مسؤوليتها عن: nobody spoke);
            # أعلن X مسؤوليته عن: the claim is the content
            if bare_word(norms[j - 1]) in _RESPONSIBILITY:
                np_end, opener = j - 1, ("bare", j - 1)
                break
            prev = norms[j - 1]
            if mentions.has_mention_at(toks[j - 1].start, toks[j - 1].end) or prev in _SKIP_PP or prev in _PRONOUN_PP or not (
                    prev.endswith(("ها", "هم", "هما", "ه")) or (prev.endswith("ا") and not prev.startswith("ال"))):
                # (not أعلن عفوه عن ابنه، أعلنت الحكومة عفوا عن الفارين: عن belongs to the object)
                np_end, opener = j, ("to", j)
                break
        if lemma in _POINTING and w in ("الي", "لي"):
            # أشار إلى أن ... / أشار إلى X / دعا إلى X (not دعا X إلى قمة: an invitation)
            if lemma == "دعا" and j + 1 < n and (token_cores_n(norms[j + 1]) & _VENUES):
                break
            np_end = j
            # (the content keeps إلى: دعت فرنسا الاتحاد الأوروبي إلى فرض عقوبات -- what is called for)
            opener = ("comp", j + 1) if j + 1 < n and norms[j + 1] in _COMPLEMENTIZERS else ("bare", j)
            break
        if lemma in ("حث", "شدد") and w == "علي" and not (lemma == "حث" and any(x.startswith(("لت", "لا", "لم")) for x in norms[i + 1:j])):
            # (not حثت الجميع لتفقد موقعها على الإنترنت: the call is the ل + masdar, على is inside it)
            np_end, opener = j, ("to", j)
            break
        if lemma == "اتهم" and (len(w) > 3 or w in ("ب", "بـ") or (len(w) == 3 and w not in _NOT_BI_CHARGE)) \
                and w[0] == "ب" and w not in _COMPLEMENTIZERS and j > i + 1 \
                and (not any(toks[j].start <= m.start < toks[j].end for m in mentions.items)   # (not بكين: a name starts
                     or (w.startswith("بال") and len(w) > 5)):   # there -- but بالتحرش tagged as a name is ب + noun)
            np_end, opener = j, ("bare", j)
            break
        if lemma in _BI_DEMANDS and len(w) > 4 and w[0] == "ب" and w not in _COMPLEMENTIZERS \
                and w not in _BI_ADVERBS and not mentions.has_mention_at(toks[j].start, toks[j].end) and bi_verb:
            # وطالب البيان المجتمع الدولي بالضغط على ...، طالبت أوتاوا بقوة بالإفراج عن: the demand
            np_end, opener = j, ("bare", j)
            break
        if w == "،" and lemma in ("اضاف", "تابع", "قال", "استطرد") and j - i <= 7 \
                and not any(x in _COMPLEMENTIZERS or x == ":" for x in norms[j + 1:]) \
                and not (norms[i + 1] not in _SKIP_PP and norms[i + 1][:1] != "ل" and norms[i + 1] not in ("قبل", "بعد", "عقب")
                         and any(qa > toks[j].end and len(text[qa:qb].split()) >= 3 for qa, qb in qspans)):
            # (not قالت رئيسة الهيئة، الشيخة مي، في الافتتاح "...": an apposition comma after the subject, before the
            # quoted words -- unlike وقال للصحفيين في جنيف، بعد جولة ...، "...": adverbials, no subject)
            opener = ("comma", j)   # وأضاف المجلس في مارس، دُعي ... (not an apposition comma)
            break
        if j > i + 1 and _cue_lemma(w, _cue_forms()) is not None and w[:1] == "و":
            break
        if j > i + 1 and _opens_participle(norms, j):
            break   # ...، قائلا: the participle opens its own quotation   # وأعلن X تأييده ... وقال: the second cue opens its own quotation
        if w in (".", "؟", "!"):
            break
        if w == _BY_SAYING and j > i + 1 and "،" in norms[i + 1:j]:
            break   # لم تكشف عن التفاصيل، واكتفت بالقول إن: "by saying" opens its own quotation
        if w == "،" and j + 1 < n and norms[j + 1] in _NEW_CLAUSE:
            break   # أعلن ترامب الخميس إلغاء القمة، فيما ردت بيونغيانغ بأنها: another clause, another speaker
        j += 1
    if opener is None:
        q = _quote_before_cue(record, toks, norms, i, cue, qspans, mentions, last_speaker)
        if q is None and lemma in _NP_OBJECT:
            q = _noun_object(record, toks, norms, i, cue, mentions)
        if q is None and lemma in _NP_OBJECT and (_stance_masdar(norms, i + 1) or (
                lemma == "نفي" and i + 2 < len(norms) and norms[i + 1] in ("اي", "ايه"))) \
                and (norms[i][:1] in "وف" or (i and norms[i - 1] in ("كما", "وكما"))):
            # وأكدت التزامها بتقديم الدعم، كما أكد الحرص على ...: no subject after the verb, a stance
            # as its object: the content; the subject is the sentence's, else the one quoted before
            q = _stance_object(record, toks, norms, i, cue, mentions, last_speaker)
        elif q is None and lemma in _NP_OBJECT:
            # أكدت الأمانة العامة لمنظمة التعاون الإسلامي تأييدها للبيان / جدد وزير الخارجية السعودي عادل
            # الجبير في مؤتمر صحفي ... استعداد المملكة: the subject, then a stance as the object
            k = next((m for m in range(i + 2, min(len(toks), i + 18)) if _stance_masdar(norms, m)), None)
            if k is not None and not any(norms[m] in (".", "؟", "!", ":") or norms[m] in _COMPLEMENTIZERS
                                         or _cue_lemma(norms[m], _cue_forms()) for m in range(i + 1, k)):
                units = [u for u in mentions.units_in(toks[i + 1:k]) if u.glued in ("", "ل", "و")]
                if units and not svo and k - (i + 1 + units[-1].last) > 4:
                    units = []      # (the stance far after the last name: كما أعلن ترامب قبلا، ما ينذر ... القلق)
                q = _stance_object(record, toks, norms, k - 1, cue, mentions, None) \
                    if units and (units[0].first == 0 or norms[i + 1] in _PERSON_TITLES or norms[i + 1] in
                                  _OFFICE_TITLES or norms[i + 1] == "الامانه") or svo else None
                if q is not None:
                    sp, st, _, _, _ = _speaker_from(record, toks, norms, i + 1, k, mentions, None, True)
                    if svo is not None:
                        sp, st = svo
                    if sp is None:
                        return None     # (only a named subject: not أعلن الرئيس ... حالة طوارئ)
                    q.speaker, q.speaker_text = sp, st
        return q
    kind_open, j = opener
    if np_end is None and _BY_SAYING in norms[i + 1:j]:
        np_end = norms.index(_BY_SAYING, i + 1)    # وتابع المصدر بالقول إن: the speaker ends before "by saying"
    if lemma == "كتب" and kind_open not in ("quote", "colon") and not (_ONLINE & set(norms[i + 1:j])):
        return None   # كتب is also "books" and "wrote (a book)": only a written quotation counts, or
        #               what is written online (كتب X على تويتر أن، كتب في تغريدة أن)
    a, b = i + 1, (np_end if np_end is not None else j)
    if a < b and norms[a] in _DASHES:
        close = next((k for k in range(a + 1, b) if norms[k] in _DASHES), None)
        if close is not None:
            a = close + 1     # (واعتبر- في سلسلة تغريداته التي نشرها- أن: an aside between dashes is no subject)
    if lemma == "تضمن" and not (a < b and _is_document(toks[a].text)):
        return None   # تضمن بيان/تقرير ... أن: only a document's content is reported speech
    b_speaker = b
    if lemma in _BI_DEMANDS and kind_open == "bare":
        # وطالب البيان المجتمع الدولي بالضغط، طالبت منظمات حقوقية السلطات المصرية بـ: the subject, then
        # whom it calls on -- words before the first name are the subject; else the first of two names
        units = [u for u in mentions.units_in(toks[a:b]) if not u.glued or u.glued == "و"]
        # (طالب اليوم مجلس شورى حركة النهضة: a time word before the subject is no subject)
        lead = next((k for k in range(a, b) if norms[k] not in _BARE_ADVERBS), b) - a
        if a < b and _is_document(toks[a].text):
            b_speaker = a + 1      # وطالب البيان المجتمع الدولي: the statement's issuer speaks
        elif units and units[0].first > lead and norms[a] not in _PERSON_TITLES and norms[a] not in _OFFICE_TITLES:
            b_speaker = a + units[0].first
        elif len(units) >= 2:
            b_speaker = a + units[0].last + 1
    elif lemma == "اتهم" and kind_open == "bare":
        b_speaker = _accuser_end(toks, norms, a, b, mentions)
    elif lemma == "وصف" and a < b and _is_document(toks[a].text) and norms[a].startswith("ال"):
        # ووصف التقرير زعيم كوريا الشمالية كيم جونغ أون بـ: the report named before describes, Kim is described
        # (not بيان لوزارة الدفاع السعودية، بيان أصدرته كتائب القسام: a new statement, its issuer named with it)
        b_speaker = a + 1
    elif lemma == "وصف" and a < b and norms[a] in _DEMONSTRATIVES:
        # ووصف هذه الممارسات بأنها: what is described, pointed back to -- the subject is dropped (the one quoted goes on)
        b_speaker = a
    speaker, speaker_text, addressee, channel, _ = _speaker_from(record, toks, norms, a, b_speaker, mentions, None, True)
    people = _unnamed_people(toks, norms, a, b, mentions)
    after = a + len(people.split()) if people is not None else a
    if people is not None and after < b and norms[after] not in _AFFILIATION_PREPS \
            and (norms[after][:1] not in "بلو" or (lemma in ("دعا", "حث") and norms[after][:1] == "و")) \
            and not norms[after].endswith(("يون", "يين")):
        # (not a nationality the tagger read as a name, المسؤولون اليابانيون; nor a conjunct, باحثون ومواطنون)
        # ووصف المحللون قرار ترامب بأنه، اتهم الناشطون الحكومة: unnamed people right after the verb
        # speak; the name after them is what they speak about
        speaker, speaker_text, addressee = None, people, None
    if svo is not None:
        # وكانت الولايات المتحدة حذرت قبل أيام حلفاءها من أنها / أما صحيفة X فهي تقول: the subject
        # came first; what follows the verb is its object or an adverbial
        speaker, speaker_text = svo
        addressee = None
    elif lemma in ("دعا", "حث", "طالب") and i > 1 and norms[i - 1] in ("،", ",") and norms[i][:1] == "و" \
            and last_speaker is not None and last_speaker[2] == si and last_speaker[0] is not None \
            and _one_object(toks, norms, a, b, mentions):
        # وقالت الصحيفة إنها "قلقة"، ودعت ولي العهد السعودي إلى: the call after a comma goes on from the
        # sentence's quotation -- its speaker calls, and the one named after the verb is called on (not ودعت
        # واشنطن الحوثيين إلى، وطالب ماكرون بوصول: a subject of its own, named bare or before the object)
        addressee = speaker if speaker != last_speaker[0] else addressee
        speaker, speaker_text = last_speaker[0], last_speaker[1]
    elif lemma in ("دعا", "حث") and np_end is not None and i > 3 and norms[i][:1] == "و" \
            and (speaker is not None or (speaker_text is not None and people is None)) \
            and not any(w in (".", "؟", "!") for w in norms[:i]) and norms[i + 1] not in ("من", "بدوره", "بدورها") \
            and len([u for u in mentions.units_in(toks[a:b]) if not u.glued]) < 2:
        # (وحث ماكرون ترامب على: two names, the first speaks)
        # التقى مون الجنرال كيم ودعا بيونغ يانغ إلى فتح حوار: a دعا coordinated with the sentence's
        # first verb keeps that verb's subject; the name after it is who is called on
        subj = _sentence_subject(text, toks, norms, i, mentions)
        if subj[0] is not None and subj[0] != speaker:
            addressee, (speaker, speaker_text) = speaker, subj
    elif lemma in ("دعا", "حث") and np_end is not None and svo is None:
        named = [u for u in mentions.units_in(toks[a:b]) if not u.glued]
        if len(named) >= 2 and named[0].person:
            # وحث ماكرون ترامب على الإبقاء: the first name calls, the second is called on
            speaker, addressee = named[0].actor, named[1].actor
            speaker_text = text[toks[a + named[0].first].start:toks[a + named[0].last].end]
    accused_alone = svo is None and ((lemma == "اتهم" and kind_open == "bare")
                                     or (lemma == "وصف" and kind_open == "comp" and norms[j].startswith("بان"))) \
        and _accused_alone(toks, a, b, mentions)
    if accused_alone:
        # واتهم طهران بشن حملة (after وأكد قرقاش ...)، اتهمت موسكو بشن الهجوم، حين وصف المكسيكيين بأنهم
        # لصوص: one name and its charge -- the name is the accused (described); the accuser is the
        # sentence's subject, else nobody named (X was accused)
        addressee, speaker, speaker_text = speaker, None, None
    # (صندوق النقد الدولي الذي طالب المملكة بإصلاحات: a call whose relative pronoun is its subject -- no
    # resumptive pronoun after the verb -- has the antecedent call on the one named after it)
    called = speaker_text is not None and lemma in _CALLS and addressee is None \
        and i + 1 < len(norms) and norms[i + 1] not in _PRONOUN_PP \
        and _cue_lemma(norms[i], _cue_forms()) is not None     # (a cue form: not دعاه, with its object pronoun)
    if (speaker_text is None or called) and i > 1 and norms[i - 1] in _RELATIVE and "\u064f" not in toks[i].text[:4] \
            and _RELATIVE[norms[i - 1]] == (_cue_gender(norms[i], _cue_forms()) if lemma != "حمل"
                                            else "f" if norms[i].endswith("ت") else "m"):
        # (the pronoun agrees with the verb: الانتهاكات التي ادعى أنها: التي is its object; a verb marked
        # passive, وليغو الذي اتُهم بالشعبوية, has its antecedent accused, not speaking)
        # انتقد X المستشار النمسوي سيباستيان كورتز الذي صرّح أن: the relative pronoun's antecedent
        k0 = max(0, i - 8)
        # (a name after و or ل right before the pronoun is its antecedent too: تأييدا للندن، التي تتهم موسكو؛
        # بين واشنطن وهافانا التي تتهم)
        before = [u for u in mentions.units_in(toks[k0:i - 1]) if k0 + u.last >= i - 4 and (
            not u.glued or (u.glued in ("و", "ل") and k0 + u.last >= i - 3))]
        if i > 3 and norms[i - 2] in ("،", ","):
            # الجمهوري بول رايان، رئيس مجلس النواب، الذي قال: a title between two commas is an aside on the
            # person named before it, who is the pronoun's antecedent
            c = next((x for x in range(i - 3, max(0, i - 10), -1) if norms[x] in ("،", ",")), None)
            if c is not None and c + 1 < i - 2 and (norms[c + 1] in _PERSON_TITLES or norms[c + 1] in _OFFICE_TITLES):
                k1 = max(0, c - 6)
                person = [u for u in mentions.units_in(toks[k1:c]) if u.person and not u.glued and k1 + u.last == c - 1]
                if person:
                    k0, before = k1, person
        head = bare_word(norms[i - 2]) if i > 2 and not mentions.has_mention_at(toks[i - 2].start, toks[i - 2].end) else ""
        # (not الصور التي قالت إنها التقطت: the pictures are spoken of)
        if head in _SOURCES or head in _PEOPLE_NOUNS or (
                head in _UNNAMED_TEXTS and (norms[i + 1] if i + 1 < len(norms) else "") not in _TOPIC_PRONOUNS):
            # (وفق المصادر التي أكدت أن، الخبراء الذين قالوا: the unnamed noun right before the pronoun is its
            # antecedent, not a name further back -- المليشيات الإيرانية)
            addressee = speaker if called else addressee
            speaker, speaker_text = None, toks[i - 2].text
        elif before and not (norms[i - 1] == "الذي"
                             and _thing_nisba(mentions, toks, norms, k0 + before[-1].first, before[-1])):
            u = before[-1]
            addressee = speaker if called else addressee
            speaker, speaker_text = u.actor, text[toks[k0 + u.first].start + len(u.glued):toks[k0 + u.last].end]
    if speaker_text is None and i > 0:
        # وأعلن الحزب تأييده ... وقال: "..." / وكان X قد قال / نددت تركيا بالتقرير، وقالت إنه:
        # the subject of the sentence's first verb (after a dateline: دبي، ... (CNN) – أدانت X)
        speaker, speaker_text = _sentence_subject(text, toks, norms, i, mentions)
    if speaker_text is None and i > 2 and norms[i - 1] in _SINCE and norms[i - 2] in ("،", ","):
        # تذهب المستشارة الألمانية أنغيلا ميركل، إذ تقول: the person named right before ", إذ" speaks
        # (whatever opens the sentence before the verb: وغير بعيد عن ذلك)
        k0 = max(0, i - 8)
        u = next((u for u in mentions.units_in(toks[k0:i - 2]) if u.person and not u.glued and k0 + u.last == i - 3), None)
        if u is not None:
            speaker, speaker_text = u.actor, text[toks[k0 + u.first].start:toks[k0 + u.last].end]
    gender = _cue_gender(norms[i], _cue_forms())
    if speaker is None and speaker_text is not None and normalize(speaker_text) in ("انه", "انها") \
            and _dropped_subject(norms, i):
        speaker_text = None     # (بيد أنها اعترفت: the pronoun, not a speaker phrase)
    if speaker_text is None and last_speaker is not None and said is not None and not accused_alone \
            and not any(item[2] >= si - 1 for item in said.items) and gender in ("m", "f") \
            and _dropped_subject(norms, i):
        # واجتمع ترامب في البيت الأبيض مع عائلات ضحايا ... وقال إن هؤلاء الأهالي: a cue with no subject right after a
        # sentence that quotes no one goes on with that sentence's subject, when its verb agrees with the cue's
        speaker, speaker_text = _subject_of_sentence_before(record, mentions, si, gender == "f")
    if speaker_text is None and last_speaker is not None and not (accused_alone and lemma == "اتهم"):
        # (ووصف واشنطن بأنها ... after a quotation: the one quoted goes on describing)
        speaker, speaker_text = last_speaker[0], last_speaker[1]
    elif speaker_text is None and not accused_alone and gender == "m" and _dropped_subject(norms, i):
        # وقبل الانتخابات قال إنه يعتزم ... with no one quoted before: the dropped subject is the person the
        # text last named, in this paragraph or the two before (not a woman: the verb is masculine)
        speaker = _last_person_named(record, mentions, toks[i].start)
    elif speaker_text is None and not accused_alone and gender == "f" and _dropped_subject(norms, i):
        # أدانت الولايات المتحدة الإجراء ... وقالت في بيان إنها: with no one quoted before, a feminine cue with no
        # subject goes on with the body or state that the sentence before opens with, by a feminine verb
        speaker, speaker_text = _subject_of_sentence_before(record, mentions, si, True)
    if speaker is None and _is_document(speaker_text):
        # وأضاف البيان: the body that issued the statement, else the body quoted before
        # (when a sentence before named the statement, the one quoted in it or just before it -- وقالوا في بيان،
        # جاء ذلك في بيان --, not a speaker first quoted after it: وقّع 250 عالما على بيان ...، زعم ستروميا
        # ...، ويقول البيان -- the statement is not his)
        speaker = _document_issuer(record, mentions, toks[i].start) or _statement_speaker(record, toks[i].start, said, last_speaker)
    elif speaker is None and speaker_text and said is not None:
        # وأشارت اللجنة after أكدت لجنة الاستخبارات في مجلس النواب: a speaker quoted before with that noun
        speaker = said.named_with(normalize(speaker_text)) or \
            _by_surname(record, mentions, normalize(speaker_text), toks[i].start)
    if lemma == "كتب" and speaker_text is not None and normalize(speaker_text) in ("عليها", "عليه", "عليهم"):
        # لافتات كتب عليها "أوقفوا أوائي": what is written on something, by no one named
        speaker, speaker_text = None, None
    # (not a cue with an object pronoun, يتهمها: the name after it is its subject)
    pronoun = norms[i].endswith(("ها", "هم")) and _cue_lemma(norms[i][:-2], _cue_forms()) is not None
    all_units = mentions.units_in(toks)
    texted = None if pronoun else text_noun_before(norms, all_units, i, i, i)
    if texted is not None:
        # بيانا يطالب إسرائيل "بضبط النفس"، مشروع قرار دولي يتهم إيران بانتهاك: the text speaks -- for whoever
        # issued or adopted it, if named (أصدرت المنظمة بيانا يدين) -- not the name after the cue
        doc, owner = texted
        issuer = owner or text_issuer(norms, all_units, doc)
        if issuer is not None:
            speaker, speaker_text = issuer.actor, text[toks[issuer.first].start:toks[issuer.last].end]
        else:
            speaker, speaker_text = None, text[toks[doc].start:toks[i - 1].end]
    phrase = normalize(speaker_text) if speaker_text is not None else ""
    if phrase.split()[:1] in (["فيه"], ["فيها"]) and phrase not in _PRONOUN_PP:
        # أصدر الجيش بيانا اتهم فيه حركة حماس بـ: who issued the statement speaks; the name after فيه is
        # whom the words are about
        issued = statement_issuer(norms, mentions.units_in(toks), i, i)
        if issued is not None and issued[0] is not None:
            u = issued[0]
            speaker, speaker_text = u.actor, text[toks[u.first].start:toks[u.last].end]
    if speaker_text is not None and normalize(speaker_text) in _PRONOUN_PP:
        # أصدرت X بيانا قالت فيه / رد X على Y في تغريدة قال فيها: the sentence's subject, else
        # (والتي ادعى فيها أن) the person just named in the sentence
        persons = [u for u in mentions.units_in(toks[:i]) if u.person]
        if _cue_gender(norms[i], _cue_forms()) == "p":
            persons = []    # (وجه 22 مشرعا رسالة إلى ترامب، قالوا فيها: a plural verb, not the one person named)
        subj = _sentence_subject(text, toks, norms, i, mentions) if i > 1 else (None, None)
        if subj[0] is not None:
            speaker, speaker_text = subj
        elif persons and not (normalize(speaker_text).startswith("عن") and persons[-1].last >= i - 4):
            # (ماريا دور روزاريو، والتي قال عنها؛ تحدث عن هيلاري كلينتون، وقال عنها: the person named right
            # before عنها is who is spoken about)
            speaker = persons[-1].actor
            speaker_text = text[toks[persons[-1].first].start:toks[persons[-1].last].end]
        elif last_speaker is not None:
            speaker, speaker_text = last_speaker[0], last_speaker[1]
    if speaker_text is not None and lemma not in _RELAYS and normalize(speaker_text).split()[0] == "عن":
        # وقال عن كيم "سيكون سعيدا": whom the words are about, not who says them: the sentence's
        # subject, else the speaker quoted before
        subj = _sentence_subject(text, toks, norms, i, mentions) if i > 1 else (None, None)
        if subj[0] is not None:
            speaker, speaker_text = subj
        elif last_speaker is not None:
            speaker, speaker_text = last_speaker[0], last_speaker[1]
        else:
            speaker, speaker_text = None, None
    if lemma in _RELAYS:
        # نقلت وكالة سانا عن مصدر في وزارة الخارجية قوله: the medium relays, the source speaks
        # (أوردت وكالة الأنباء السعودية عن المتحدث الإعلامي: likewise)
        an = next((k for k in range(a, b) if norms[k] == "عن"), None)
        if an is not None:
            channel = text[toks[a].start:toks[an - 1].end].strip(" ،,") if an > a else channel
            speaker, speaker_text, _, _, _ = _speaker_from(record, toks, norms, an + 1, b, mentions, None)
            if speaker_text and normalize(speaker_text).split()[-1] in ("قوله", "قولها", "قولهم"):
                speaker_text = speaker_text.rsplit(" ", 1)[0]
        else:
            pron = next((k for k in range(a, b) if norms[k] in ("عنه", "عنها", "عنهم")), None)
            if pron is not None:
                # ونقلت وكالة الأناضول عنه قوله: the one quoted or named before speaks, the medium relays
                channel = text[toks[a].start:toks[pron - 1].end].strip(" ،,") if pron > a else channel
                speaker, speaker_text = _antecedent_speaker(mentions, toks, pron, last_speaker)
    if lemma in _ADDRESSING:
        units = mentions.units_in(toks[a:b])
        if len(units) >= 2:
            speaker, addressee = units[0].actor, units[1].actor
            speaker_text = text[toks[a + units[0].first].start:toks[a + units[0].last].end]
            ent = next((e for e in record.entities if e.start >= toks[a + units[0].first].start), None)
            if ent is not None and ent.end <= toks[a + units[0].last].end:
                speaker_text = ent.text
    # content
    cs = toks[j].start if kind_open == "bare" else toks[j].end
    if kind_open == "quote":
        qa, qb = next((qa, qb) for qa, qb in qspans if qa == toks[j].end)
        s, e = _strip_span(text, qa, qb)
        tail = text[qb + 1: toks[-1].end].strip(" .،\"”»")
        # (…"، بحسب وكالة فرانس برس: an attribution after the closing mark is no part of the words)
        kind = "direct" if len(tail.split()) <= 2 or attribution_word(normalize(tail.split()[0])) else "mixed"
        if kind == "mixed":
            e = _strip_span(text, qa, toks[-1].end)[1]
    else:
        end_tok = len(toks) - 1
        for k in range(j + 1, len(toks) - 1):
            if norms[k] == "،" and _content_ends_at_comma(norms, k, lemma) \
                    and not any(qa <= toks[k].start < qb for qa, qb in qspans):
                if k - j <= 1 and kind_open == "bare":
                    return None     # (نددت تركيا بالتقرير، وقالت إنه: one word is no reported speech)
                end_tok = k - 1
                break
            if norms[k + 1] == _BY_SAYING and not any(qa <= toks[k + 1].start < qb for qa, qb in qspans):
                end_tok = k     # ... أسقطتها فوق مجالها الجوي بالقول: "...": the subject's own words follow
                break
        s, e = _strip_span(text, cs, toks[end_tok].end)
        inner = [q for q in qspans if s <= q[0] and q[1] <= e]
        if inner and inner[0][0] - s <= 2 and inner[0][1] >= e - 2:
            kind = "direct"
        elif inner and any(len(text[qa:qb].split()) >= 1 for qa, qb in inner):
            kind = "mixed"
        else:
            kind = "indirect"
    if e - s < 3:
        return None
    if kind_open == "comp" and speaker_text and normalize(speaker_text).split()[0] in _CHANNEL_NOUNS:
        # ذكرت الوكالة أن الرئيس "قال إن ...": the agency relays, the person it quotes speaks
        k = j + 1
        # (the person may carry a title: نقلت وكالة رويترز أن وزير الخارجية الروسي سيرغي لافروف قال)
        titled = norms[k] in _PERSON_TITLES
        inner = [u for u in mentions.units_in(toks[k:min(len(toks), k + 8)]) if u.person and (
            u.first == 0 or (titled and not any(norms[k + t] in _BREAK or norms[k + t] in _COMPLEMENTIZERS
                                                 for t in range(u.first))))][:1]
        if inner:
            after = k + inner[0].last + 1
            while after < len(toks) and norms[after] in ("“", "”", '"', "«", "»", "،", ","):
                after += 1
            if after < len(toks) and cues_lemma_bare(norms[after]) in ("قال", "اكد", "اضاف", "اوضح", "اعلن", "اشار"):
                channel = speaker_text
                speaker = inner[0].actor
                speaker_text = text[toks[k].start:toks[k + inner[0].last].end]
    if lemma in ("وصف", "تمني") and kind == "indirect" and kind_open != "comp":
        return None
    if speaker is None and speaker_text is None and lemma in ("راي", "اعتبر", "ذكر", "كشف"):
        return None
    return Quote(speaker, speaker_text, addressee, cue, kind, text[s:e], s, e, channel)


# a charge right after اتهم (not a name that starts with ب: اتهمت بريطانيا روسيا)
_BI_CHARGES = {normalize(x) for x in "بتهمة بتهم بارتكاب بقتل بمحاولة بدعم بتمويل بتهريب بانتهاك بتسميم بتزوير بتلقي بإهانة".split()}
_BY_SAYING = "بالقول"
# what is tightened (شددت إسرائيل القيود، شدد الجيش حصاره): شدد with it says nothing
_TIGHTENED = {bare_word(normalize(x)) for x in (
    "القيود قيود قيودها الإجراءات إجراءات إجراءاتها الحصار حصار حصارها حصاره الرقابة رقابة رقابتها الخناق الحراسة "
    "العقوبات عقوبات عقوباتها قبضتها قبضته التدابير تدابير تدابيرها الحظر").split()}
# nouns after من that make an adverbial, not an object (من جهة، من جانبه، من مقر الرئاسة، من قبل)
_FROM_ADVERBIAL = {normalize(x) for x in "جهة جهته جهتها جانب جانبه جانبها ناحية مقر قبل خلال".split()}
_WHAT = {"ما", "مما", "بما", "وما"}
# (not "always": دائما ما تصف وسائل الإعلام ... reads a sentence's aside as the speaker phrase -- 2 of 6 such quotations
# wrong in 300 articles holding the adverbs)
_OFTEN = OFTEN_ADVERBS - {normalize(x) for x in ("دائما", "ودائما", "لطالما", "ولطالما", "وكثيرا")}
_RELAYS = {"نقل", "اورد"}
_WHILE = {normalize(x) for x in ("فيما", "بينما", "وفيما", "وبينما")}


def _content_ends_at_comma(norms: list[str], k: int, lemma: str) -> bool:
    """Indirect speech after cue ``lemma`` ends at the comma ``norms[k]`` (outside quotation marks) when what
    follows is not its words."""
    nxt = norms[k + 1]
    # أفاد بأن ...، قال أردوغان: a comma and a bare cue verb start another speaker's quotation
    return (cues_lemma_bare(nxt) in ("قال", "اضاف", "اكد", "تابع", "اوضح")
            # ...، وحثت الحكومة على / ...، وأضافت / ...، وقالت المتحدثة: the subject's next act or words, or
            # another speaker's, not the content
            or (nxt[:1] == "و" and _cue_lemma(nxt, _cue_forms()) in _NEXT_ACT | _GOES_ON | {"قال"})
            or (lemma == "اعرب" and nxt in ("كما", "وكما"))
            # أضافت: "..."، بحسب وكالة فرانس برس: the attribution is no part of the words
            or (norms[k - 1] in ('"', "”", "»") and attribution_word(nxt))
            # ...، في حين اعتبرت السفارة الروسية أن / ...، فيما قال: another speaker's words
            or _other_speaker_clause(norms, k + 1))


def _other_speaker_clause(norms: list[str], k: int) -> bool:
    """Tokens from ``k`` open a contrasting clause with a cue verb of its own (في حين اعتبرت، فيما قال، بينما
    أكدت): the words of another speaker."""
    if k < len(norms) and norms[k] in _WHILE:
        v = k + 1
    elif k + 1 < len(norms) and norms[k] in ("في", "وفي") and norms[k + 1] == "حين":
        v = k + 2
    else:
        return False
    return v < len(norms) and _cue_lemma(norms[v], _cue_forms()) is not None


# verbs whose content may be a بـ + masdar (طالب بالإفراج، ندد برفض، اعترف بتوجيه ضربات; not هدد باتخاذ
# إجراءات: a THREATEN event of its own, and its content would make the threatener the agent of acts it names)
_BI_DEMANDS = {"طالب", "ندد", "اعترف"}
# verbs of calling on (or accusing) someone: what is called for (or charged) comes after them
_CALLS = {"طالب", "دعا", "حث", "اتهم"}
_BI_ADVERBS = {normalize(x) for x in "بقوة بشدة باستمرار بدوره بدورها بشكل بإلحاح بالمقابل بالتزامن بالإضافة بالفعل بالتالي".split()}
_EXPRESSED = {"عبر", "عبرت", "عبروا", "وعبر", "وعبرت", "وعبروا", "فعبر"}
_EXPRESSED_AFTER = {normalize(x) for x in "، , قد وقد كما وكما إنه انه أنه بأنه بانه كان وكان لكن ولكن بدوره بدورها جهته جانبه جهتها جانبها".split()}


def _verb_position(norms: list[str], i: int, has_subject) -> bool:
    """The word at ``i`` stands where a verb does: with و / ف glued, a form with a verb's suffix (ت، وا),
    the sentence's or a clause's start, or right after its named subject -- ``has_subject()``, asked
    last (not طالب "student": 16 ألف طالب)."""
    w = norms[i]
    if w[:1] in "وف" or w.endswith(("ت", "وا")):
        return True
    return i == 0 or norms[i - 1] in _EXPRESSED_AFTER or norms[i - 1] in _RELATIVE \
        or norms[i - 1].strip("-–—)") == "" or has_subject()


# حمّل X Y المسؤولية: past forms only (يحمل / تحمل are as often "bears" / "carries")
_BLAMED = {"حمل", "حملت", "حملوا", "حملا"}


def _responsibility_at(norms: list[str], i: int) -> int | None:
    """The index of مسؤولية / تبعات within eight words after حمّل at ``i`` (no sentence end between)."""
    for k in range(i + 2, min(len(norms), i + 10)):
        if norms[k] in (".", "؟", "!", ":"):
            return None
        if bare_word(norms[k]) in _RESPONSIBILITY or bare_word(norms[k]) in ("تبعات", "تبعه"):
            return k
    return None
# cue verbs that, after "، و", start the speaker's next act rather than go on with the content
_NEXT_ACT = {"حث", "دعا", "طالب", "حذر", "اتهم"}
# words that open a clause with its own subject inside a sentence (لكن هيلي ردت بالقول، فيما رد أوربان بالقول)
_NEW_CLAUSE = {normalize(p + x) for x in "لكن فيما بينما بعدما عندما حين حينما".split() for p in ("", "و")}


def _clause_subject(text, toks, norms, i, mentions) -> tuple[str | None, str | None]:
    """Who speaks in "... بالقول" at token ``i``: the actor named right after the verb of the clause
    "by saying" belongs to (a clause opened by لكن / فيما / بعدما ... or after a comma: وعندما سئل
    ...، أجاب ترامب بالقول), else unnamed people there (وعلق محللون بالقول), else the sentence's subject."""
    k = i - 1
    while k > 0 and not (norms[k - 1] in _NEW_CLAUSE or norms[k - 1] == "،"):
        k -= 1
    if 1 < k < i and norms[k - 1] == "،":
        # (ولخص كبير الاقتصاديين في مؤسسة X، إيان شيفردسون، حالة الاقتصاد بالقول: the comma closes a name in
        # apposition, which speaks)
        named = [u for u in mentions.units_in(toks[:k - 1]) if u.person and u.last == k - 2 and not u.glued
                 and u.first > 0 and norms[u.first - 1] == "،"]
        if named:
            return named[0].actor, text[toks[named[0].first].start:toks[named[0].last].end]
    if 0 < k < i:
        units = [u for u in mentions.units_in(toks[k:i]) if u.first <= 2 and not u.glued]
        if units:
            u = units[0]
            return u.actor, text[toks[k + u.first].start:toks[k + u.last].end]
        people = _unnamed_people(toks, norms, k + 1, i, mentions)
        if people is not None:
            return None, people
    return _sentence_subject(text, toks, norms, i, mentions)


# what a member stands for (السيناتور سوزان كولينز عن ولاية ماين، المرشحة عن ائتلاف النصر): no announcement
_REPRESENTED = {bare_word(normalize(x)) for x in "ولاية دائرة محافظة ائتلاف حزب قائمة كتلة منطقة مقعد".split()}
_ABOUT_ROLE = {normalize(x) for x in "المسؤول مسؤول المسؤولة مسؤولة المسؤولين مسؤولين نيابة الناطق المتحدث فضلا بغض بعيدا".split()}
_RESPONSIBILITY = {bare_word(normalize(x)) for x in "مسؤولية مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية".split()}
_NP_OBJECT = {"نفي", "اعلن", "اكد", "جدد"}
# adverbs between the subject and a noun object (نفت بيونغ يانغ باستمرار أي مسؤولية)
_NP_ADVERBS = {normalize(x) for x in "باستمرار بشدة مجددا مرارا أيضا كذلك رسميا قطعيا بشكل".split()}
# stance nouns a verb of saying takes as its object (أكد التزامه، جدد رفضه، جدد التأكيد على)
_STANCES = {bare_word(normalize(x)) for x in (
    "التزام حرص تأكيد دعم رفض تمسك استعداد ترحيب تأييد موقف دعوة حق قلق أمل رغبة ضرورة أهمية إدانة "
    "تضامن عزم نية استنكار").split()}


# what is renewed in words (جدد تحذيره، جددت مطالبتها، جدد الحزب التعبير عن، جددت الحكومة ثقتها): a stance or a
# word said
_RENEWED = _STANCES | {bare_word(normalize(x)) for x in (
    "تحذير انتقاد تهديد تنبيه مطالبة تعبير دعوات انتقادات تهديدات تحذيرات انشغال ثقة").split()}


def _renewed_words(w: str) -> bool:
    """``w`` is one of :data:`_RENEWED`, bare, definite or with a pronoun (تحذيره، انتقاداته، التعبير، التزامها)."""
    return _stance_form(w, _RENEWED, bare=True)


def _stance_masdar(norms: list[str], k: int) -> bool:
    """The word at ``k`` is a stance noun, definite or with a pronoun (التزامها، الحرص، التأكيد، رفضه)."""
    return k < len(norms) and _stance_form(norms[k], _STANCES)


def _stance_form(word: str, words: set[str], bare: bool = False) -> bool:
    """``word`` is one of ``words``, definite or with a pronoun -- or bare as well with ``bare`` (not a bare
    construct noun for a stance: تحالف دعم الشرعية)."""
    w = bare_word(word)
    definite = word.startswith(("ال", "وال", "فال"))
    for suffix in ("هما", "هم", "ها", "ه", ""):
        if suffix and not w.endswith(suffix):
            continue
        stem = w[:len(w) - len(suffix)] if suffix else w
        # (التزامها / رغبتها: the ة before a pronoun; انتقاداته: a plural's own ت)
        stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") and suffix else (stem,)
        if (suffix or definite or bare) and any(x in words or (x.startswith("ال") and x[2:] in words) for x in stems):
            return True
    return False


def _stance_object(record, toks, norms, i, cue, mentions, last_speaker) -> Quote | None:
    text = record.text
    end = len(toks) - 1
    for m in range(i + 1, len(toks)):
        if norms[m] in (".", "؟", "!", ";", "؛") or (norms[m] == "،" and m + 1 < len(toks)
                                                     and _cue_lemma(norms[m + 1], _cue_forms()) is not None):
            end = m - 1
            break
    s, e = _strip_span(text, toks[i + 1].start, toks[end].end)
    if len(text[s:e].split()) < 3:
        return None
    speaker, speaker_text = _sentence_subject(text, toks, norms, i, mentions) if i > 1 else (None, None)
    if speaker_text is None and last_speaker is not None:
        speaker, speaker_text = last_speaker[0], last_speaker[1]
    return Quote(speaker, speaker_text, None, cue, "indirect", text[s:e], s, e, None)
_TIME_WORDS = {normalize(x) for x in ("الخميس", "الجمعة", "السبت", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء",
                                      "اليوم", "أمس", "الليلة", "مساء", "صباح", "يوم", "،")}


def _antecedent_speaker(mentions, toks, pron: int, last_speaker) -> tuple[str | None, str | None]:
    """Who ``عنه`` at token ``pron`` stands for: the last person named before it, within about two
    sentences (مكتب العبادي عنه: العبادي), else the speaker quoted before; ``(None, None)`` if neither."""
    pos = toks[pron].start
    person = next((m for m in reversed(mentions.items)
                   if m.person and m.actor and m.end <= pos and pos - m.start <= _ANTECEDENT_REACH), None)
    if person is not None:
        return person.actor, mentions.record.text[person.start:person.end]
    if last_speaker is not None:
        return last_speaker[0], last_speaker[1]
    return None, None


_ANTECEDENT_REACH = 400      # characters: about two news sentences


# a title's own adjective (الرئيس العراقي الجديد، السابق، الحالي، المؤقت)
_TITLE_ADJECTIVES = _NOT_THE_HOLDER | {normalize(w) for w in ("الحالي", "الحالية", "المؤقت", "المؤقتة")}


def _noun_object(record, toks, norms, i, cue, mentions) -> Quote | None:
    """نفت الحكومة السورية ضلوعها في الهجوم / أعلنت الولايات المتحدة الخميس فرض عقوبات: a named
    subject right after the verb, then a noun object as the reported content."""
    text = record.text
    units = [u for u in mentions.units_in(toks[i + 1:min(len(toks), i + 12)])]
    lead = 0
    while i + 1 + lead < len(toks) and norms[i + 1 + lead] in _TIME_WORDS and norms[i + 1 + lead] != "،":
        lead += 1       # أعلن الاثنين الحوثيون مقتل ...: a time word before the subject
    if not units or units[0].first != lead or units[0].glued:
        return None
    k = i + 1 + units[0].last + 1
    while k < len(toks) and norms[k] in _TITLE_ADJECTIVES and units[0].last + 1 == k - i - 1:
        k += 1      # (أعلن الرئيس العراقي الجديد، برهم صالح، تكليفه: the title's own adjective)
    same = next((u for u in units[1:] if i + 1 + u.first == k and u.actor and u.actor == units[0].actor), None)
    if same is not None:
        k = i + 1 + same.last + 1      # (أعلن الرئيس العراقي الجديد برهم صالح: the title's holder, named)
    while k < len(toks) and (norms[k] in _TIME_WORDS or norms[k] in _NP_ADVERBS
                             or (norms[k] == "في" and k + 1 < len(toks) and _is_document(toks[k + 1].text))):
        if norms[k] == "في":
            # أعلن الجيش السوري الاثنين في بيان خروج ...: the statement is the medium, not the object
            k += 2 + (k + 2 < len(toks) and norms[k + 2] in ("له", "لها", "مقتضب"))
            continue
        k += 1
        appos = next((u for u in units[1:] if i + 1 + u.first == k), None)
        if norms[k - 1] == "،" and appos is not None and norms[i + 1 + appos.last + 1:i + 1 + appos.last + 2] == ["،"]:
            k = i + 1 + appos.last + 1      # جدد الرئيس المصري، عبد الفتاح السيسي، الأحد، موقف: the name in apposition
    if k >= len(toks) or norms[k] in _BREAK or _cue_lemma(norms[k], _cue_forms()) is not None:
        return None
    if "جدد" in normalize(cue or "") and not any(_renewed_words(norms[m]) for m in range(k, min(k + 8, len(toks)))):
        return None     # (جدد لوف عقده، جدد الجيش غاراته: a contract or an act renewed, no words; not past an aside:
        #             جدد ترامب، من جهة أخرى، صباح الأربعاء، انتقاداته)
    end = len(toks) - 1
    for m in range(k, len(toks)):
        if norms[m] in (".", "؟", "!", ";", "؛"):
            end = m - 1
            break
        if m > k + 1 and _opens_participle(norms, m):
            end = m - 1     # (أعلن الجيش في بيان خروج آخر المقاتلين ... معلنا أن: the next words are its own)
            break
    s, e = _strip_span(text, toks[k].start, toks[end].end)
    if len(text[s:e].split()) < 3:
        return None
    u = units[0]
    return Quote(u.actor, text[toks[i + 1 + u.first].start:toks[i + 1 + u.last].end], None, cue, "indirect",
                 text[s:e], s, e, None)


def _quote_before_cue(record, toks, norms, i, cue, qspans, mentions, last_speaker) -> Quote | None:
    """«...»، قال المتحدث: a quotation closed just before the cue, the speaker after it."""
    text = record.text
    head = toks[i].start
    if norms[i][:1] == "و" and _cue_lemma(norms[i][1:], _cue_forms()) is not None:
        return None     # (بـ"العمل الإرهابي الجبان" وتعهد بالرد: a verb joined by و goes on after the quotation; the
        #                quoted words are not its content)
    prev = [(qa, qb) for qa, qb in qspans if qb < head and not text[qb + 1:head].strip(" ،,:-–")]
    if not prev or len(text[prev[-1][0]:prev[-1][1]].split()) < 2:
        return None
    qa, qb = prev[-1]
    e = i + 1
    while e < len(toks) and norms[e] not in _BREAK and e - i <= 10:
        e += 1
    speaker, speaker_text, _, channel, _ = _speaker_from(record, toks, norms, i + 1, e, mentions, last_speaker)
    s, t = _strip_span(text, qa, qb)
    if t - s < 3:
        return None
    return Quote(speaker, speaker_text, None, cue, "direct", text[s:t], s, t, channel)


def _names_a_channel(norms: list[str], j: int) -> bool:
    """The quotation mark at ``j`` opens a medium's name (لصحيفة "ميل أون صنداي")."""
    prev = norms[j - 1] if j else ""
    return prev[:1] == "ل" and prev[1:] in _CHANNEL_NOUNS


# title nouns in construct (no article): a quotation mark right after one opens its genitive, a body's name
# (وقال رئيس "المركز الروسي للمصالحة"، الجنرال ...؛ أعلن قائد "اللواء السادس" العميد), not speech
_CONSTRUCT_TITLES = frozenset(normalize(w) for w in (
    "رئيس رئيسة مدير مديرة قائد قائدة زعيم زعيمة مؤسس منسق منسقة باسم عضو أمين نائب مستشار مستشارة").split())


# verbs of saying whose subject, after an attribution (وبحسب وكالة بترا أكد الرئيس ...), is the speaker
_SAYING = {"قال", "اكد", "اضاف", "اوضح", "اشار", "ذكر", "افاد", "اعلن", "صرح", "شدد", "لفت"}
# بحسب ما أوردت X / وفق ما نشرته X: verbs of reporting that only appear in the relative clause
_RELATING = {"اورد", "اوردت", "نشر", "نشرت", "بث", "بثت"}
#: what وفقا ل / بحسب / طبقا ل name when they mean "in accordance with", not "as reported by": a law, a rule,
#: an agreement, a measure (وفقا للدستور، بحسب الاتفاق، طبقا للمادة 67، وفقا لنسبة الأصوات) -- no one speaks
_NORMS = frozenset(normalize(w) for w in (
    "قانون قوانين تشريع تشريعات دستور مادة بند بنود اتفاق اتفاقية اتفاقيات معاهدة قرار قرارات تعديل تعديلات شريعة قاعدة قواعد "
    "معيار معايير تقاليد أعراف عرف لائحة لوائح شروط أحكام مبادئ نسبة أسعار سعر عمر سن توقيت برنامج جدول خطة "
    "إصلاح مشروع نظام إجراءات ترتيبات آلية منظومة استراتيجية إستراتيجية استراتيجيات رؤية خطط أسس ضوابط منهجية "
    "آليات برامج سياسة سياسات مواصفات متطلبات هيكلة").split())


def _a_norm(word: str) -> bool:
    """``word`` (bare) is one of _NORMS, or one with a possessive pronoun (هيكلتها، رؤيتها، استراتيجيته)."""
    if word in _NORMS:
        return True
    for p in ("هما", "هم", "ها", "ه"):
        if word.endswith(p) and len(word) > len(p) + 2:
            stem = word[:-len(p)]
            return stem in _NORMS or (stem.endswith("ت") and stem[:-1] + "ه" in _NORMS)
    return False


# فإن / فقد after an attribution's source opens the content (وبحسب المصادر الأمنية فإن عددا من القيادات ...، وبحسب
# موقع "سكاي نيوز" فقد تم إخلاء)
_FA_INNA = {normalize(w) for w in "فإن فإنه فإنها فإنهم فقد".split()}


def _from_attribution(record, toks, norms, i, core, cues, mentions, last_speaker=None, said=None) -> Quote | None:
    """``X، حسبما ذكر Y`` / ``وفق Y`` / ``بحسب Y، X`` / ``نقلا عن Y``."""
    text = record.text
    n = len(toks)
    j = i + 1
    if core in ("حسبما", "كما"):
        lemma = _cue_lemma(norms[j], cues) if j < n else None
        if lemma is None or lemma in _CALLS:
            return None     # (كما يطالب ترامب الرياض ببذل مزيد: "also demands", with what is demanded after it)
        if lemma == "تضمن" and not (j + 1 < n and _is_document(toks[j + 1].text)):
            return None     # (كما تضمنت تهديدات: "it also held threats" -- only a document's content is speech)
        j += 1
    elif core in ("وفقا", "طبقا"):
        if j < n and norms[j] in ("ل", "لـ"):
            j += 1
    elif core == "نقلا":
        if j < n and norms[j] == "عن":
            j += 1
        else:
            return None
    if core not in ("حسبما", "كما", "نقلا") and j < n and \
            _a_norm(bare_word(_after_lam(norms[j]) if norms[j].startswith("لل") else toks[j].text)):
        return None     # وفقا للدستور، بحسب الاتفاق: in accordance with a rule, not as someone said
    # بحسب ما قاله X / وفقا لما ذكرته X / حسب ما أفاد به X: the relative clause is not the speaker
    relayed = False
    if j + 1 < n and norms[j] in ("ما", "لما") and any(_cue_lemma(norms[j + 1][:len(norms[j + 1]) - c], cues) is not None
                                                       or norms[j + 1][:len(norms[j + 1]) - c] in _RELATING
                                                       for c in (0, 1, 2, 3)):
        relayed = _cue_lemma(norms[j + 1], cues) == "نقل"
        j += 2
        if j < n and norms[j] in ("به", "بها"):
            j += 1
    cue_start = toks[i].start + (1 if norms[i] != core and norms[i][:1] == "و" else 0)
    cue = text[cue_start:toks[min(j, n) - 1].end]
    # speaker phrase: up to the next break, or a speech verb with a subject of its own
    e = j
    verb = None
    close = next((k for k in range(j + 2, min(n, j + 7)) if norms[k] in ('"', "»", "”")), None) \
        if j < n and norms[j] in _QUOTE_OPEN else None
    if close is not None and i <= 1 and close + 1 < n and _cue_lemma(norms[close + 1], cues) is not None:
        # وحسب "فرانس برس" تعهد كيم: a quoted outlet's name, then a verb of saying with its own subject
        # and quotation (the verb's, read at the verb; a verb of saying proper is read here, as below)
        if _cue_lemma(norms[close + 1], cues) not in _SAYING:
            return None
        verb = e = close + 1
    while verb is None and e < n and norms[e] not in _BREAK and e - j < 8 and not (e > j and norms[e] in _FA_INNA):
        if e > j and i <= 1 and _cue_lemma(norms[e], cues) in _SAYING and norms[e - 1] not in ("ما", "لما") \
                and not (e + 1 < n and norms[e + 1] in _PRONOUN_PP):
            verb = e      # (not وفق إفادة طالب: a student; not لوثيقة كشفت عنها صحيفة: the paper revealed it)
            break
        e += 1
    if e == j:
        return None
    if core == "كما" and verb is None and (norms[j] in ("علي", "عن", "الي") or any(
            norms[k] in _COMPLEMENTIZERS for k in range(j, next((x for x in range(j, e) if norms[x] in _RELATIVE), e)))):
        # كما أكدت مصادر يمنية أن ... / كما شدد على: "also" -- the verb's own content follows it (not كما قال
        # رئيس المحكمة مايكل مورينو الذي أوضح أن: what the relative clause says)
        return None
    if i <= 1 and verb is None:
        k = e
        while k < n and norms[k] in _BREAK:
            k += 1
        if k < n and _cue_lemma(norms[k], cues) is not None:
            return None     # ووفقا لوكالة رويترز، أكدت المتحدثة ... أن: the verb's own quotation
    if verb is not None:
        # وبحسب وكالة الأنباء الأردنية "بترا" أكد الرئيس الأميركي التزام ...: the verb's subject
        # speaks, the agency relays; the content is what follows the verb
        e2 = verb + 1
        while e2 < n and norms[e2] not in _BREAK and e2 - verb <= 8:
            e2 += 1
        speaker, speaker_text, _, _, _ = _speaker_from(record, toks, norms, verb + 1, e2, mentions, None)
        if speaker is None:
            return None
        channel = text[toks[j].start:toks[verb - 1].end]
        s, end = _strip_span(text, toks[verb].end, toks[-1].end)
        if end - s < 3:
            return None
        return Quote(speaker, speaker_text, None, cue, "indirect", text[s:end], s, end, channel)
    matched = None      # the source as matched when it differs from its text (للمرصد -> المرصد)
    relay_from = next((k for k in range(j + 1, e - 1) if norms[k] == "عن"), None) if relayed else None
    relayed_speaker = _speaker_from(record, toks, norms, relay_from + 1, e, mentions, None) if relay_from else None
    if relayed_speaker is not None and relayed_speaker[0] is not None:
        # بحسب ما نقلت صحيفة "الشرق الأوسط" عن وليد القديمي: the one the paper quotes speaks (a named
        # actor; not طلب عدم الكشف عن إسمه)
        speaker, speaker_text = relayed_speaker[0], relayed_speaker[1]
        channel = text[toks[j].start:toks[relay_from - 1].end]
    else:
        speaker, speaker_text, _, channel, _ = _speaker_from(record, toks, norms, j, e, mentions, None)
        if speaker is None and core in ("وفقا", "طبقا") and _glued_lam(toks[j], norms[j]):
            # وفقا للمرصد / وفقا لخبراء: the ل is the particle's, not the source's -- read the source
            # without it, as an entity's span is (لمرصد ... as written, المرصد as matched)
            toks2, norms2 = list(toks), list(norms)
            toks2[j] = type(toks[j])(toks[j].text[1:], toks[j].start + 1, toks[j].end)
            norms2[j] = _after_lam(norms[j])
            retry = _speaker_from(record, toks2, norms2, j, e, mentions, None)
            if retry[1] is not None:
                speaker, speaker_text, _, channel, _ = retry
                matched = ("ا" if norms[j].startswith("لل") else "") + normalize(speaker_text)
    if speaker_text is None and channel is not None:
        # وفقا لوكالة الأنباء X / بحسب صحيفة X: the medium is the source itself
        units = mentions.units_in(toks[j:e])
        speaker = units[0].actor if units else None
        speaker_text = _strip_span(text, toks[j].start + (1 if norms[j][:1] == "ل" else 0), toks[e - 1].end)
        speaker_text = text[speaker_text[0]:speaker_text[1]]
        channel = None
    if speaker is None and not speaker_text:
        return None
    if speaker is None and _is_document(speaker_text):
        # وفقا للبيان: the body that issued the statement, else the body quoted before (when quoted in the
        # sentence that named the statement, or none named it)
        speaker = _document_issuer(record, mentions, toks[i].start) or _statement_speaker(record, toks[i].start, said, last_speaker)
    elif speaker is None and speaker_text:
        # بحسب باور: the person quoted or named before with that surname
        matched = matched or normalize(speaker_text)
        speaker = (said.named_with(matched) if said is not None else None) or \
            _by_surname(record, mentions, matched, toks[i].start)
    if i <= 1:
        # attribution first: بحسب X، content
        s, end = _strip_span(text, toks[e].end if e < n else toks[-1].end, toks[-1].end)
    else:
        s, end = _strip_span(text, toks[0].start, toks[i - 1].end)
        # the content starts after a leading connective (ومن ناحية أخرى ،)
    if end - s < 3:
        return None
    return Quote(speaker, speaker_text, None, cue, "indirect", text[s:end], s, end, channel)
