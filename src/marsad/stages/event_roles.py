"""Who did what to whom: the ``source`` and ``target`` actors of an event trigger
(:mod:`marsad.stages.events`), from Arabic clause structure.

* verb-subject-object and subject-verb order (SVO after a complementiser or كان: إن X زار Y);
* coordinated subjects (X و Y و Z), ``بين X و Y``, prepositional targets (إلى، على، مع، ضد، لـ),
  passives (دُعي X، اغتيل X);
* "I / we" verbs in a quotation (أشكر، نرفض) take the speaker as source;
* extra mentions: an indefinite noun + nationality adjective (محكمة إسرائيلية), بلاده / بلادها;
* filters: a state's own country is not the target of its diplomatic acts; news outlets and
  social networks after a preposition are channels, not targets.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..record import Record
from ..text import DIACRITICS, Token, bare_word, normalize, split_proclitics
from .dates import WEEKDAYS
from .quote_mentions import (_COLLECTIVE_TITLES, _KIN, _PERSON_TITLES, Unit, _plural_national, korean_half, load_nisba,
                             nisba_country)

if TYPE_CHECKING:
    from .events import Match, Trigger

RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}     # between two sides, with no direction
SPEECH_LIKE = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT"}
_OWN_AGENT_TYPES = {"REJECT", "THREATEN", "AGREE", "SUPPORT"}     # whose masdar's genitive is its agent
_CLAIM_NOUNS = {normalize(w) for w in "مزاعم هراء أكاذيب افتراءات ادعاءات".split()}
_COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "وان", "وانه", "وانها", "فان"}
_CLAUSE_BREAK = {"،", ",", ";", "؛", ".", ":", "!", "؟", "?"}
_PREPS_TARGET = {"الي", "علي", "مع", "ضد", "تجاه", "بحق", "لدي", "عن"}
_PREPS_SKIP = {"في", "من", "منذ", "خلال", "قرب", "داخل", "امام", "عند", "اثناء", "بعد", "قبل", "عبر", "نحو", "حول", "بشان"}
# what an act is about (محادثات حول سوريا، بشأن كوريا الشمالية): no side of it
TOPIC_PREPS = {"حول", "بشان", "بخصوص", "حيال", "وحول", "وبشان"}


@lru_cache(maxsize=1)
def clause_verb_forms() -> frozenset:
    """Every form of the trigger verbs and speech cues (قالت، دعا، يتهمون)."""
    from .events import trigger_verb_forms     # (events imports this module)
    from .quotes import _cue_forms
    return trigger_verb_forms() | frozenset(_cue_forms())


def _joined_verb_clause(norms: list[str], k: int) -> bool:
    """A comma at ``k`` opens a new clause with a verb joined by و (..., وقالت المتحدثة ...)."""
    return norms[k] in ("،", ",") and k + 1 < len(norms) and norms[k + 1][:1] == "و" \
        and norms[k + 1][1:] in clause_verb_forms()


# who goes along (زار السيسي القاعدة برفقة وزير الدفاع): a companion of the subject, never the object
_COMPANY = {"برفقه", "رفقه", "بصحبه", "صحبه", "يرافقه", "ترافقه", "يرافقها", "ترافقها"}


def _time_aside_end(norms: list[str], k: int, step: int) -> int | None:
    """The comma that closes a time aside opened by the comma at ``k``, reading in direction
    ``step`` (…، الاثنين، في غارة; أمرت محكمة تركية، الثلاثاء، بإطلاق سراح read backwards), or None."""
    if not 0 <= k < len(norms) or norms[k] not in ("،", ","):
        return None
    j = k + step
    while 0 <= j < len(norms) and norms[j] in _TIME_WORDS:
        j += step
    return j if j != k + step and 0 <= j < len(norms) and norms[j] in ("،", ",") else None


def _past_time_aside(norms: list[str], a: int) -> int:
    """The clause start ``a`` moved back over a time aside between commas (أمرت محكمة تركية،
    الثلاثاء، بإطلاق سراح ...: the subject stands before the aside, in the same clause)."""
    j = _time_aside_end(norms, a - 1, -1)
    return a if j is None or j < 1 else _clause_bounds(norms, j - 1, j - 1)[0]


def _past_time_aside_after(norms: list[str], b: int) -> int:
    """The comma that closes a time aside opened by the comma at ``b`` (…، الاثنين، في غارة), else ``b``."""
    j = _time_aside_end(norms, b, 1)
    return b if j is None else j


def _clause_bounds(norms: list[str], i: int, j: int) -> tuple[int, int]:
    a = i
    while a > 0 and norms[a - 1] not in _CLAUSE_BREAK:
        a -= 1
    b = j + 1
    while b < len(norms) and norms[b] not in _CLAUSE_BREAK:
        b += 1
    return a, b


_WORDLIKE = re.compile(r"\w")
_ASK_VERBS = {"REQUEST"}
_OBJECT_GENITIVE = {"REQUEST", "ACCUSE", "SANCTION"}
_PASSIVES = {"دعي", "اغتيل", "استدعي", "اعتقل", "اختطف", "خطف"}


@dataclass
class _Fake:
    actor: str


# (and an adverbial of time that opens on "at the same time as": نشر منظومات دفاع جوي بالتزامن مع إعلان ترامب)
_CONCURRENT = {"بالتزامن", "تزامنا", "متزامنا", "متزامنه", "بالتوازي", "بالترافق"}
# words opening a clause of its own (…، بينما تتجه الأنظار إلى واشنطن): no name after them is an earlier act's object
_WHILE = {"بينما", "وبينما", "فيما", "حيث", "لكن", "ولكن"}
_STOP_TARGETS = {"التي", "الذي", "الذين", "اللذين", "اللتين"} | _WHILE | _COMPLEMENTIZERS | _CONCURRENT
_INCLUDING = {"فيهم", "بينهم", "منهم", "ومنهم", "وبينهم", "بمن"}
_DELEGATIONS = {normalize(w) for w in (
    "وفد", "وفدا", "مفتشين", "مفتشي", "ممثلين", "ممثلي", "مسؤولين", "مسؤولي", "أعضاء", "اعضاء", "قادة", "قيادات",
    "خبراء", "مبعوث", "مبعوثا", "مبعوثين", "نشطاء", "ناشطين", "عناصر", "مقاتلين", "مقاتلي", "أفراد", "افراد",
    "مسؤولون", "ممثلون", "مبعوثون", "ناشطون", "مقاتلون", "الوفد",
    # units of a force (واعتقلت قوة من الجيش اللبناني، وداهمت دورية من الشرطة): units act, they are seldom the
    # ones killed
    "قوة", "فرقة", "فرق", "دورية", "دوريات", "وحدة", "وحدات", "مجموعة", "مجموعات")}
# members of a body named after في (قاض في المحكمة العليا، مسؤول في الخارجية): the body rejects, accuses or
# asks (not دبلوماسيون في الأمم المتحدة اجتمعوا: where they meet)
_BODY_MEMBERS = _DELEGATIONS | {normalize(w) for w in (
    "مسؤول", "قاض", "قاضي", "قضاة", "عضو", "ضابط", "ضباط", "نائب", "نواب", "دبلوماسي", "دبلوماسيون", "دبلوماسيين",
    "موظف", "موظفون", "موظفين", "خبير", "محقق", "محققون", "محققين")}
# indefinite heads a place name is the genitive of (عاصمة بوركينا فاسو، شمال سوريا)
# direction words, which also make the place after them an adverbial of place with no preposition (وسط باريس)
_DIRECTIONS = {normalize(w) for w in "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split()}
_PLACE_GENITIVE_HEADS = _DIRECTIONS | {normalize(w) for w in (
    "عاصمة مدينة محافظة ولاية منطقة إقليم بلدة قرية جزيرة ضواحي أطراف حدود سواحل").split()}
_AFFILIATED = {"التابعه", "التابع", "التابعين", "التابعون", "المواليه", "الموالي", "الموالين"}
# nouns a place name may follow (زيارة دولة الإمارات، زيارة العاصمة المقدونية سكوبيه)
_PLACE_HEADS = {normalize(w) for w in (
    "دولة مدينة العاصمة عاصمة جمهورية مملكة المملكة ولاية محافظة منطقة إقليم بلدة قرية جزيرة").split()}
# nouns that are a verb's subject by themselves (never a person's title): statements, reports, bodies
_SUBJECT_NOUNS = {normalize(w) for w in (
    "البيان التقرير القرار الرسالة المشروع النص الاتفاق الاتفاقية الوثيقة المذكرة الإعلان الطلب القانون "
    "السلطات الحكومة الشرطة الجيش المحكمة الوزارة اللجنة المنظمة الحزب الحركة الجماعة الهيئة المجلس الادعاء "
    "النيابة القضاء الدراسة الاستطلاع").split()}


_BODY_HEADS = {normalize(w) for w in (
    "مجموعة منظمة مجلس لجنة جمعية مركز مرصد اتحاد رابطة هيئة شبكة حركة حزب جماعة معهد مؤسسة").split()}


def _unnamed_titled(lead: list[str]) -> bool:
    """The words between a verb and the first name after it (time words first left out) are a definite
    title and its own words -- المبعوث الأممي، المفوض الأعلى لحقوق الإنسان --, ending in a definite word,
    so the name after them is no genitive of the title."""
    words = [w for w in lead if w not in _QUOTE_MARKS and w not in _QUOTE_OPEN]
    while words and words[0] in _TIME_WORDS:
        words = words[1:]
    return 1 <= len(words) <= 6 and words[0].startswith("ال") and words[0] in _OFFICE_HEADS \
        and words[-1].startswith(("ال", "لل")) and not any(w.startswith("و") or w in _TIME_WORDS for w in words[1:])


def _in_complement(lead: list[str]) -> bool:
    """The word right after the verb opens a ب complement (رحب بقرار، أشاد بجهود، ندد بتصريحات), so the
    name after it is its genitive.  (Only right after the verb: تعهد القائم بالأعمال الأميركي is a
    title; and not ل, which as often joins a title to its body: انتقد الأمين العام لجماعة حزب الله.)"""
    return bool(lead) and split_proclitics(lead[0])[0][-1:] == "ب"


# ب words after a subject that open no complement: a spokesman's body (المتحدث باسم), a chargé (القائم بالأعمال),
# and adverbials (بشأن، بسبب، بحضور، بقيادة ...)
_NOT_B_COMPLEMENT = frozenset(normalize(w) for w in (
    "باسم بالأعمال بالنيابة بالوكالة بالإنابة بشأن بسبب بحضور بمشاركة بقيادة بدوره بدورها بدورهم "
    "بشدة بقوة بدءا بينما بنفسه بنفسها بالإضافة بالتزامن بالتعاون بالقرب").split())
# the types whose verbs take a ب complement (ندد ب، رحب ب، أشاد ب، طالب ب، اتهم ب)
_B_COMPLEMENT_TYPES = frozenset(("ACCUSE", "SUPPORT", "REQUEST", "REJECT"))


def _in_later_complement(lead: list[str]) -> bool:
    """An unnamed subject after the verb, then a ب complement right before the name (ندد دبلوماسيون بترؤس
    سوريا، ويطالب محتجون بإقالة الملقي، ورفضت ما وصفته بتدخل أوتاوا): the name is the complement's genitive,
    not the subject."""
    if not 2 <= len(lead) <= 4:
        return False
    pro, core = split_proclitics(lead[-1])
    # (not a place: قائد التحالف بمنطقة جازان -- the subject's own title)
    return pro[-1:] == "ب" and len(core) >= 3 and lead[-1] not in _NOT_B_COMPLEMENT \
        and _strip_article(core) not in _PLACE_GENITIVE_HEADS


def _qualifies_subject_noun(norms: list[str], j: int, k: int) -> bool:
    """Word ``j`` (after token ``k``) is, or ends a chain of adjectives after, one of _SUBJECT_NOUNS."""
    while j > k and norms[j].startswith("ال") and norms[j].endswith(("ي", "يه")) and _core(norms[j]) not in _SUBJECT_NOUNS:
        j -= 1
    return j > k and _core(norms[j]) in _SUBJECT_NOUNS


def _in_open_relative(norms: list[str], a: int, b: int) -> bool:
    """A relative pronoun among ``norms[a:b]`` with no comma after it before ``b``."""
    rel = max((k for k in range(a, b) if norms[k] in _RELATIVE_WORDS), default=None)
    return rel is not None and not any(norms[k] in ("،", ",") for k in range(rel + 1, b))


# belonging to (مقر تابع للحزب), not loyal to: ميليشيا الحوثي الموالية لإيران is no Iranian target
_BELONGING = {w for w in _AFFILIATED if "تابع" in w} | {"تابعه", "تابع", "تابعين", "تابعان", "تابعتين"}
# who reports the act, not who suffers it: بحسب الرئيس ترمب، وفقا لوزارة الخارجية، نقلا عن مسؤول
ATTRIBUTION = {"بحسب", "حسب", "وفق", "وفقا", "طبقا", "حسبما", "نقلا"}


def attribution_word(w: str) -> bool:
    """A normalised word that attributes what follows to a source (بحسب، وفقا، نقلا، وحسب)."""
    return w in ATTRIBUTION or (w[:1] == "و" and w[1:] in ATTRIBUTION)


def find_arguments(record: Record, toks: list[Token], norms: list[str], m: Match, mentions,
                   limit: int | None = None, strict: bool = False,
                   not_a_side: str | None = None) -> tuple[list[str], list[str]]:
    """``(source, target)`` actor ids for a trigger match; targets are looked for up to token
    ``limit`` (the next trigger).  ``strict``: a state's own country or city is never its target.
    ``not_a_side``: an actor the caller knows takes no part (the venue a meeting is named after)."""
    if not strict or m.trigger.type in _DOMESTIC:
        own_state = _never
    else:
        own_state = _own_state

    units = mentions.units_in(toks)      # actor mentions of this sentence, by token
    if strict:
        # (only when building the event: detection reads the named mentions alone)
        units = _with_nisba_units(mentions, norms, units, m.head_tok if m.trigger.pos == "V" else -9)
        if m.trigger.type in ("ASSAULT", "COERCE"):
            units = _counted_members(norms, units, m.head_tok if m.trigger.pos == "V" else None)
        units = _with_own_country(record, toks, norms, mentions, units)
        units = _with_state_bodies(record, norms, mentions, units, m)
    if not units:
        return [], []
    trig = m.trigger
    slot_toks = set(m.tokens)
    if not_a_side is not None:
        units = [u for u in units if u.actor != not_a_side]
        if not units:
            return [], []
    a, b = _clause_bounds(norms, m.first, m.last)
    if m.first - a <= 1 and norms[a] not in _COMPLEMENTIZERS:
        # (only when the trigger opens the clause after the aside: أمرت محكمة، الثلاثاء، بإطلاق سراح;
        # not أعلنت الوزارة، الاثنين، أنها استدعت: the clause after أن has a subject of its own)
        a = _past_time_aside(norms, a)
    after = [u for u in units if (m.head_tok if trig.pos == "V" else m.last) < u.first < b and u.first not in slot_toks]
    if trig.pos == "V" and not after and b + 1 < len(norms) and norms[b] in ("،", ",") and 1 <= b - m.last <= 3 \
            and norms[m.last + 1].startswith("ال") and not any(norms[k] in _PREPS_TARGET or norms[k] in _PREPS_SKIP
                                                              or norms[k] in _COMPLEMENTIZERS for k in range(m.last + 1, b)) \
            and any(u.person and u.first == b + 1 for u in units):
        # أدان السيناتور الجمهوري، جيف فليك تصريحات ترامب: a title before the comma, the name after it
        b = _clause_bounds(norms, b + 1, b + 1)[1]
        after = [u for u in units if m.head_tok < u.first < b and u.first not in slot_toks]
    elif trig.pos == "V" and b + 1 < len(norms) and norms[b] in ("،", ",") and 1 <= b - m.last <= 7 \
            and _core(norms[m.last + 1]) in _PERSON_TITLES \
            and not any(norms[k] in _COMPLEMENTIZERS for k in range(m.last + 1, b)) \
            and not any(u.first < b and u.last >= b for u in units):
        # ودعا زعيم الجمهوريين في الكونغرس، بول راين، الاثنين، ترمب إلى أن: a title and its body before the
        # comma, the name after it, a time aside after that, then the object -- one clause
        name = next((u for u in units if u.person and u.first == b + 1 and not u.glued), None)
        if name is not None and any(u.person and m.last < u.first < b and u.actor != name.actor for u in units):
            name = None     # (استقبل العاهل السعودي الملك سلمان، وزير الخارجية الأميركي، مايك بومبيو: a name before
            #                the comma is the subject, and the one after it the object)
        if name is not None and (name.last + 1 >= len(norms) or norms[name.last + 1] in ("،", ",")):
            close = _past_time_aside_after(norms, name.last + 1) if name.last + 1 < len(norms) else name.last + 1
            b = _clause_bounds(norms, close + 1, close + 1)[1] if close + 1 < len(norms) else len(norms)
            # (the body of the title -- في الكونغرس، في مجلس الشيوخ -- is no side)
            # (only with the object right after: بعد أن التقى رئيس مجلس النواب، عاطف الطراونة، الذي أوصاه -- the
            # title and name are the object of a dropped subject)
            first = close + 1
            while first < len(norms) and norms[first] in ("ايضا", "كذلك"):
                first += 1      # (حذر الرئيس الإيراني، حسن روحاني، أيضا ترامب)
            obj = next((u for u in units if u.actor and u.actor != name.actor and first <= u.first <= first + 3
                        and (u.first == first or (u.person and _title_start(norms, u.first) == first))), None)
            if obj is not None:
                return _ids([name.actor]), _ids([obj.actor])
    before = [u for u in units if u.last < m.first and u.first >= a]
    preps = _PREPS_SKIP | _PREPS_TARGET
    limit = len(toks) if limit is None else limit

    def prep_of(u) -> str:
        """The preposition governing a mention: a glued ل/ب or the word before it; a conjunct
        (للسعودية والإمارات) shares the preposition of the mention it is joined to."""
        if u.glued and u.glued[-1] in "لب":
            return u.glued[-1]
        if u.glued == "و" or (u.first and norms[u.first - 1] == "و"):
            gap = 1 if u.glued == "و" else 2
            prev = next((v for v in units if v.last == u.first - gap and v is not u), None)
            if prev is not None:
                return prep_of(prev)
        if u.role and u.first:
            # دعوة لوزير الخارجية الروسي، بوزير الدفاع التركي: a role named after its title word, which
            # carries the preposition (the title is no part of the role's mention)
            clitic, title = _title_word(norms[u.first - 1])
            if title is not None and clitic in ("ل", "ب"):
                return clitic
        j = _title_start(norms, u.first) if u.person else None
        if j is not None:
            # من الزعيم كيم، بالرئيس الأمريكي دونالد ترامب: the preposition governs the title
            # (since titles are not part of a person's mention)
            clitic, _ = _title_word(norms[j])
            if not clitic[:1] in ("ل", "ب") and _both_of(norms, j) is not None:
                return norms[j - 3] if j >= 3 else ""     # (مع كل من الرئيس ...: مع governs)
            return clitic[:1] if clitic[:1] in ("ل", "ب") else (norms[j - 1] if j else "")
        if _both_of(norms, u.first) is not None:
            return norms[u.first - 3] if u.first >= 3 else ""     # (مع كل من أثينا وروما: مع governs)
        return norms[u.first - 1] if u.first else ""

    def kin_genitive(u) -> bool:
        """A person named as the genitive of a kin noun, past the person's title (زوج الأميرة كريستينا، نجل الرئيس
        الأمريكي ...): the kin, unnamed, is who the clause speaks of."""
        if not u.person or u.glued:
            return False
        j = _title_start(norms, u.first)
        j = u.first if j is None else j
        return kin_before(norms[max(0, j - 3):j])

    def place_genitive(u) -> bool:
        """A place named as the genitive of a place noun in a prepositional phrase or an apposition
        (في مدينة حلب، في واغادوغو عاصمة بوركينا فاسو): part of an adverbial, no subject."""
        if u.glued or u.first < 2 or not u.actor or norms[u.first - 1] not in _PLACE_GENITIVE_HEADS or u.actor[:2] not in ("L:", "C:"):
            return False
        j = u.first - 1
        while j > 0 and norms[j - 1] in _PLACE_GENITIVE_HEADS:
            j -= 1      # (في جنوب شرق فلوريدا: a chain of direction words)
        if j == 0:
            return False
        if norms[j - 1] in preps:
            return True
        head = next((v for v in units if v.last == j - 1), None)
        return head is not None and bool(head.actor) and head.actor[:2] in ("L:", "C:") and (
            prep_of(head) in preps or place_genitive(head))

    # طلبت المفوضية من تركيا رفع حالة الطوارئ: whoever is asked stands after من
    # (not the noun طلبا من السلطات: a request from the authorities)
    asks_from = m.trigger.type == "REQUEST" and "طلب" in m.trigger.past and _core(norms[m.head_tok]) != "طلبا"

    def attributed(u) -> bool:
        """بحسب X، وفقا لـ X، نقلا عن X، حسبما أفادت X: X tells of the act."""
        j = _title_start(norms, u.first) if u.person else None
        j = u.first if j is None else j
        for k in range(j - 1, max(-1, j - 4), -1):
            if norms[k] in _CLAUSE_BREAK:
                return False
            if attribution_word(norms[k]):
                return True
        return False

    def accompanying(u) -> bool:
        """برفقة وزير الدفاع صدقي صبحي ووزير الداخلية ...: the companions (every conjunct) of the subject
        from its own country (a foreign one -- رفقة الرئيس الرواندي -- is met)."""
        for i in range(u.first - 1, m.last, -1):
            if norms[i] in _COMPANY:
                own = {getattr(mentions.by_id.get(v.actor), "country", None) for v in units if v.last < i} - {None}
                return getattr(mentions.by_id.get(u.actor), "country", None) in own
            if norms[i] in _CLAUSE_BREAK or norms[i] in _PREPS_TARGET:
                return False
        return False

    def affiliated(u) -> bool:
        """قوات الأمن التابعة لوزارة الداخلية: X is who the unnamed noun before belongs to."""
        return u.first > 0 and u.glued[-1:] == "ل" and norms[u.first - 1] in _AFFILIATED

    def targets_after(k: int, object_ok: bool) -> list:
        """Mentions after token k that can be targets: a direct object right there, or
        prepositional (إلى، على، مع، ضد، لـ، بمن فيهم), up to the next trigger or relative clause."""
        out = []
        for u in units:
            if u.first <= k or u.first >= limit or u.first in slot_toks:
                continue
            if any(norms[x] in _STOP_TARGETS for x in range(k + 1, u.first)):
                break
            p = prep_of(u)
            if attributed(u) or affiliated(u) or accompanying(u):
                continue
            if isinstance(u, _AdjectiveUnit) and _qualifies_subject_noun(norms, u.first - 1, k):
                continue     # ودعا البيان المصري، دعا المجلس الإسلامي البريطاني: the subject's own adjective
            if p and p not in _INCLUDING and is_channel(mentions, u.actor):
                continue     # قال لصحيفة ...، كتب على تويتر: where it was said, not to whom
            # a direct object stands right after the verb or its subject -- its title included
            # (حذر مايك بنس الزعيم الكوري الشمالي كيم جونغ أون من ...)
            start = _title_start(norms, u.first) if u.person else None
            start = u.first if start is None or start <= k else start
            if p in _PREPS_TARGET or p == "ل" or p in _INCLUDING or (asks_from and p == "من") or (object_ok and start - k <= 2 and p not in preps and p != "ب") \
                    or delegation_of(u, k, object_ok) or members_of(u, k):
                out.append(u)
        return out

    def members_of(u, k: int) -> bool:
        """دعا غوتيريس الدول الأعضاء في مجلس الأمن، طالب ترامب أعضاء الكونغرس: a body's members, right
        after the verb's named subject, are the body's side (right after the verb they are the subject:
        عبر أعضاء في الأمم المتحدة عن غضبهم)."""
        if k <= m.last:
            return False
        j = u.first - 1
        if j >= 1 and norms[j] == "في":
            j -= 1
        w = _strip_article(norms[j]) if j > k else ""
        return w == "اعضاء" and j - k <= 3 and not any(
            norms[x] in _CLAUSE_BREAK or norms[x] in preps for x in range(k + 1, j))

    def delegation_of(u, k: int, object_ok: bool) -> bool:
        """التقى بوفد من X، اجتمع مع ممثلين عن X، استقبل وفدا من X: a group of people from X is
        the object, so X stands for them."""
        j = u.first - 2
        if j <= k or norms[u.first - 1] not in ("من", "عن"):
            return False
        w = norms[j]
        if w in _DELEGATIONS:
            # (right after the verb it is the subject: قتل أفراد من الاستخبارات الإيرانية)
            return (j >= 1 and norms[j - 1] in _PREPS_TARGET) or (object_ok and j - k <= 2 and k != m.head_tok)
        return w[:1] in "بل" and w[1:] in _DELEGATIONS

    def coordinated(first_u, pool):
        """first_u and the mentions joined to it by و (X و Y و Z), one actor per conjunct."""
        group = [first_u]
        for u in pool:
            if u.first <= group[-1].last:
                continue
            between = norms[group[-1].last + 1: u.first]
            # (the first conjunct's nationality adjective between them: قوات النظام السوري وروسيا)
            joined = u.glued.startswith("و") and (not between or (
                len(between) <= 2 and all(w.startswith("ال") and nisba_country(w) for w in between)))
            # (a title that starts with و is no "and": انتقد قاسمي ولي العهد السعودي، وزير الخارجية
            # الأمريكي مايك بومبيو -- the one criticised)
            joined = joined or bool(between and between[0].startswith("و") and len(between) <= 5
                                    and between[0] not in _TITLES
                                    and not any(w in preps or w in _CLAUSE_BREAK for w in between)
                                    and not _unnamed_conjunct(between, u))
            # (a list of states or bodies with a comma before its second conjunct: كل من السعودية، والإمارات والكويت)
            joined = joined or (between in (["،"], [","]) and u.glued.startswith("و") and not u.person
                                and not group[-1].person and not isinstance(u, _AdjectiveUnit) and u.actor is not None)
            appos = len(between) <= 1 and not any(w.startswith("و") or w in _CLAUSE_BREAK for w in between)
            # (رئيس إريتريا، إسياس أفورقي، ...: the name between commas is the apposition)
            appos = appos or ([w for w in between if w != "#"] in (["،"], [","]) and u.person and not u.glued.startswith("و")
                              and ((u.last + 1 < len(norms) and norms[u.last + 1] in ("،", ","))
                                   or group[-1].glued[-1:] == "ل"     # (الأمين العام للجامعة العربية، أحمد أبو الغيط نقل)
                                   # (زعيم التيار الصدري، مقتدى الصدر مجلس النواب: a person's title
                                   # with its body, the name after one comma)
                                   or (not group[-1].person and _title_start(norms, group[-1].first) is not None)))
            # مفوض الأمم المتحدة لحقوق الإنسان الأمير زيد بن رعد الحسين: a title + organisation, then the
            # holder's own title and name a few words on
            held = (not appos and u.person and 1 < len(between) <= 4 and group[-1].first >= 1
                    and norms[group[-1].first - 1] in _OFFICE_HEADS
                    and (_title_start(norms, u.first) or -1) > group[-1].last
                    and not any(w in preps or w in _CLAUSE_BREAK or w.startswith("و") or w in _COMPLEMENTIZERS
                                for w in between))
            if joined:
                group.append(u)
            elif held and not isinstance(group[-1], _AdjectiveUnit) and not group[-1].person:
                group[-1] = u
            elif appos and u.person and not group[-1].person and not isinstance(group[-1], _AdjectiveUnit) \
                    and (_title_start(norms, group[-1].first) is not None
                         or (group[-1].first - 1 > m.last and norms[group[-1].first - 1] not in _TIME_WORDS)):
                # title + ORG + PER name: the person (سكرتير مجلس الأمن الروسي نيكولاي باتروشيف); not
                # an organisation right after the verb and its object (وطالبت السلطات المهدي)
                group[-1] = u
            else:
                break
        return group

    source: list[str] = []
    target: list[str] = []
    subject_end = -1      # the last token of a subject named after the verb
    # إطلاق سراح المعارض، الإفراج عن الرهائن: who is set free follows the release noun (an unnamed
    # one -- إطلاق سراح رسام كاريكاتوري -- is nobody named later in the sentence)
    released = trig.type == "RETREAT" and trig.mode == "release" and trig.pos == "N"
    spoken_for = None     # the body a spokesman who acts speaks for (never the object of the act)
    done = False
    reciprocal = False
    object_gen = False
    own_agent = None      # a masdar's genitive taken as its agent (موافقة إسرائيل، رفض إيران)
    rel_agent = None      # the subject of a relative clause on the noun (العقوبات التي فرضتها واشنطن)
    stance_owner = _stance_owner(norms, units, m) if trig.pos == "V" and len(m.tokens) == 1 else None
    if stance_owner is not None:
        # وجددت روسيا رفضها العقوبات الأمريكية، أعلنت إسرائيل رفضها وجود قوات إيرانية: after a verb of
        # stating and its subject, رفضها / دعمه is the masdar that subject owns (not "he rejected it"),
        # and the name after it is what is rejected or supported
        after_units = [u for u in units if u.first > m.last and u.actor and u.actor != stance_owner.actor]
        obj = next((u for u in after_units if u.first - m.last <= 3 and prep_of(u) not in _PREPS_SKIP), None)
        return _ids([stance_owner.actor]), _ids([obj.actor] if obj is not None else [])
    if trig.pos == "N" or (trig.kinds[-1] == "N" and trig.type in RECIPROCAL):
        # بين X و Y right after a nominal trigger, or after a verb phrase's last noun (عقد اجتماع رسمي
        # بين بوتين وترامب, أجرى محادثات بين: the meeting is between them, whoever holds it)
        k = m.last if norms[m.last] == "بين" else m.last + 1      # (بين may be the trigger's own last slot)
        while k < len(norms) and k <= m.last + 2 and norms[k] != "بين":
            k += 1
        if k < len(norms) and norms[k] == "بين":
            pool = [u for u in units if u.first > k]
            # (بين الرجلين ... إدلب: no names, no sides; a person's title may stand between: بين وزير
            # الخارجية الأميركي مايك بومبيو، ومسؤول كوري شمالي)
            title = _title_start(norms, pool[0].first) if pool and pool[0].person else None
            if pool and (title or pool[0].first) - k <= 3:
                grp = coordinated(pool[0], pool[1:])
                source, target = [grp[0].actor], [u.actor for u in grp[1:]]
                done = True
                reciprocal = trig.type in RECIPROCAL
    def said_by(issuer, k: int) -> tuple[list[str], list[str]]:
        # a clause whose subject is named elsewhere or not at all: ``issuer`` (or nobody) acts, the first two
        # names after token k are its objects
        return _ids([issuer.actor] if issuer is not None else []), \
            _ids([u.actor for u in targets_after(k, True)[:2] if issuer is None or u.actor != issuer.actor])

    if done:
        pass
    elif trig.pos == "V" and (issued := statement_issuer(norms, units, m.first, m.last)) is not None:
        # أصدر مجلس الأمن بيانا رئاسيا حول اليمن، أدان فيه قيام الحوثيين، بيانا اتهم فيه حركة حماس: the
        # verb of a clause on an indefinite statement or speech, with its فيه, is its issuer's; the
        # name after فيه is the object (not the subject)
        return said_by(*issued)
    elif trig.pos == "V" and (texted := text_subject(norms, units, m)) is not None:
        # شكوى تتهم دوتيرتي بارتكاب جرائم، أصدرت المنظمة بيانا يدين إسرائيل، مشروع قرار كويتي يدعو: the text says
        # it -- its issuer (its nationality adjective, or the subject of أصدر / تبنى before it), if named, is the
        # source; the name after the verb the target
        doc, owner = texted
        return said_by(owner or text_issuer(norms, units, doc), m.head_tok)
    elif trig.pos == "V" and (plural := unnamed_plural_subject(norms, units, m) or quantified_subject(norms, units, m)
                              or definite_group_subject(norms, units, m)) is not None:
        # وتتهم منظمات حقوقية دولية البحرين، وتتوعد دول غربية بـ"رد قوي"، وانتقد عدد من النواب الاتفاق: unnamed
        # bodies or people are the subject, so nobody named acts (but the country of their nationality adjective,
        # the body named in the quantified phrase); a name after them is the object
        end, owner = plural
        return said_by(owner, end)
    elif trig.pos == "V":
        subj = None
        delegation = False      # the subject is a group of people from the named actors (وفد من X و Y)
        named_object = None     # the name after an unnamed subject noun (وطالب البيان المجتمع الدولي)
        titled_subject = False  # an unnamed office holder after the verb is its subject
        pre_subj = _subject_before_bare_relative(norms, units, m, a) or _preverbal_subject(norms, units, m, a)
        if pre_subj is None and (_object_suffix(trig, norms[m.head_tok]) or (
                trig.type in PRONOUN_PATIENT_TYPES and prep_pronoun(norms, m) in ("ه", "ها"))):
            # (الذي حكم عليه بالسجن، التي أفرج عنها: the resumptive pronoun after the verb too)
            ante = _antecedent(norms, units, m, as_object=True)
            if ante is not None:
                # فتح الله غولن، الذي تتهمه أنقرة: the name is the object, the subject follows
                return _ids([after[0].actor] if after else []), _ids([ante.actor])
            if after and after[0].first == m.head_tok + 1 and m.first >= 2 and norms[m.first][:1] in "وف" \
                    and norms[m.first - 1] in _CLAUSE_BREAK and prep_of(after[0]) not in preps \
                    and prep_of(after[0]) not in ("ل", "ب"):
                # قصفت إسرائيل غزة، فأدانها مجلس الأمن؛ الداعية فتح الله غولن، الذي يعيش في الولايات المتحدة،
                # وتتهمه أنقرة: a new clause whose verb carries the object's pronoun, then a name -- the name is
                # its subject; the pronoun is the person named last before (for ه), else the subject of the
                # clause before
                cands = [u for u in units if u.last < m.first and u.actor and u.actor != after[0].actor
                         and prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")]
                person = next((u for u in reversed(cands) if u.person), None)
                obj = person if person is not None and object_pronoun(trig, norms[m.head_tok]) == "ه" \
                    else (cands[0] if cands else None)
                return _ids([after[0].actor]), _ids([obj.actor] if obj is not None else [])
        if pre_subj is None and after and after[0].first == m.head_tok + 1:
            ante = _antecedent(norms, units, m)
            # (or a name inside the verb phrase, before its noun: دمشق، التي استعادت القوات الحكومية السيطرة على
            # أكثر من 80 في المئة من مساحتها -- the forces are the subject, the head what they take)
            gap_subject = "gapobj" not in trig.flags and any(k > after[0].last for k in m.tokens)
            if ante is not None and ante.actor and ante.actor != after[0].actor and (
                    _resumed_after(norms, after[0].last) or gap_subject):
                # سوريا، التي علقت جامعة الدول العربية عضويتها: a name right after the verb, then the
                # head's pronoun on its object (or after a preposition): the name is the subject, the
                # head the object
                return _ids([after[0].actor]), _ids([ante.actor])
        pre_subj = pre_subj or _antecedent(norms, units, m)
        if pre_subj is None and _purpose_verb(trig, norms[m.head_tok]):
            # وصل ماكرون إلى موسكو ليلتقي الرئيس الروسي: a purpose verb (لـ + present) shares the
            # subject of the verb it serves; the name after it is its object
            pre_subj = next((u for u in units if u.last < m.first and u.actor and prep_of(u) not in preps
                             and prep_of(u) not in ("ل", "ب") and u.glued[-1:] not in ("ل", "ب")
                             and not any(norms[k] in _CLAUSE_BREAK - {"،", ","} for k in range(u.last + 1, m.first))),
                            None)
        skipped: set = set()
        resume = _place_adverbial(norms, units, m, prep_of, mentions) if pre_subj is None else None
        if resume is not None:
            # (التقى السبت في موسكو، وزراء خارجية روسيا وإيران: where the act happens is no
            # subject; the subject follows it, past the comma)
            skipped = set(range(m.head_tok + 1, resume))
            b = _clause_bounds(norms, resume, resume)[1]
            after = [u for u in units if resume <= u.first < b and u.first not in slot_toks]
        # (not a country after a title: يزور أمير قطر السابق حمد بن خليفة أبوجا -- the emir visits)
        visited = (trig.cameo == "042" and after and not after[0].role and after[0].first - m.head_tok <= 2
                   and getattr(mentions.by_id.get(after[0].actor), "type", None) == "LOC"
                   and not (after[0].first - m.head_tok == 2 and _title_word(norms[m.head_tok + 1])[1] is not None))
        # a verb opening a relative clause on an unnamed noun has that noun as its subject, so the name
        # after it is its object (للسلطات التي اعتقلت حجابري) -- not when the verb carries the head's
        # pronoun (الحركة التي تتهمها أنقرة) or a resumptive pronoun follows it (الذي دعا إليه مجلس
        # الأمن، التي تتهم فيها إسرائيل إيران): then the subject follows
        rel_head = relative_head(norms, m) if pre_subj is None else None
        rel_unnamed = rel_head is not None and not _object_suffix(trig, norms[m.head_tok]) \
            and not (m.last + 1 < len(norms) and norms[m.last + 1] in _RESUMPTIVE)
        if rel_unnamed and after and after[0].first - m.last <= 1 and (after[0].actor or "").startswith(("C:", "L:")) \
                and not isinstance(after[0], (_AdjectiveUnit, _CountedUnit)):
            rel_unnamed = False     # (التهمة التي تطالب مدريد على أساسها: a state agrees as التي does, and acts)
        # …، واتهم روسيا بالتواطؤ، وطالب إيران بوقف: a verb joined by و after a comma
        # whose first name is followed by the charge or the demand has it as its object; the subject is
        # the sentence's (found below)
        nxt_word = norms[after[0].last + 1] if after and after[0].last + 1 < len(norms) else ""
        # (not وهددت روسيا بالرد: a threatener is named so as often as the threatened)
        object_first = (trig.type in ("ACCUSE", "REQUEST") and norms[m.head_tok][:1] in "وف"
                        and (m.first >= 1 and norms[m.first - 1] in ("،", ",")
                             # (a new sentence: واتهم النظام السوري بعدم منح -- اتهم needs its object, so a
                             # lone name before بـ is the accused; طالب X بـ may be X demanding, ندد X بـ is X
                             # condemning)
                             or (m.first == 0 and _core(norms[m.head_tok]).startswith(("اتهم", "يتهم", "تتهم"))))
                        and after[0].first - m.last <= 2
                        and nxt_word[:1] == "ب" and (len(nxt_word) > 3 or nxt_word == "بشن")
                        # (not دعت الأمم المتحدة إلى: either reading; بشن: of waging, the one three-letter charge)
                        and not any(u.first == after[0].last + 1 for u in units)     # (not بريطانيا: a name)
                        ) if after else False
        if after and pre_subj is None and not visited and not rel_unnamed and not object_first \
                and not _kana_unnamed_subject(norms, units, m) and not (
                trig.type in ("ASSAULT", "COERCE") and isinstance(after[0], _CountedUnit)) \
                and not _plural_verb(trig, norms[m.head_tok]):
            # (أن يزور الكويت: the place is visited; وقتل 60 فلسطينيا، اعتقلت الشرطة عشرات
            # الفلسطينيين: they were killed, taken)
            u = after[0]
            # (the words before it, a person's title not counted: دعا الثلاثاء رئيس الوزراء الكندي جاستن ترودو)
            title = _title_start(norms, u.first) if u.person else None
            both = _both_of(norms, title if title is not None else u.first)
            if both is not None:
                # طالبت كل من بريطانيا وفرنسا وألمانيا، ونفت كل من روسيا والرئيس الأمريكي: "both" is
                # no preposition; the list after it is the subject
                skipped = skipped | {both, both + 1}
            if rel_head is not None and m.last + 1 < len(norms) and norms[m.last + 1] in _RESUMPTIVE:
                # (الوقت الذي يزور فيه وزير الخارجية الفرنسي جان إيف لودريان طهران: the relative
                # clause's resumptive pronoun stands between the verb and its subject)
                skipped = skipped | {m.last + 1}
            if title is None or title <= m.head_tok or not all(
                    norms[k] in _TIME_WORDS or k in slot_toks or k in skipped or _address_word(norms, k, title)
                    for k in range(m.head_tok + 1, title)):     # (استقبل صاحب السمو الملكي الأمير X)
                title = u.first
            lead = [norms[k] for k in range(m.head_tok + 1, title)
                    if norms[k] not in _CLAUSE_BREAK and k not in slot_toks and k not in skipped
                    and not _address_word(norms, k, title)]
            # (وترفض الإنذار الذي وجهته بريطانيا: a name inside a relative clause is not the subject)
            plain = not any(w in preps or w in _COMPLEMENTIZERS or w in _RELATIVE for w in lead)
            if lead and lead[-1] in _DIRECTIONS and (u.actor or "")[:2] in ("L:", "C:"):
                plain = False     # (هاجم مارة بسكين وسط باريس، وقفة احتجاجية شرق خان يونس: where, never who)
            # (ودعت مجموعة الأزمات الدولية واشنطن: a body the knowledge base does not know, named by an
            # indefinite head noun and its own words, is the subject; the name after it is the object)
            words = [w for w in lead if w not in _QUOTE_MARKS and w not in _QUOTE_OPEN]
            subject_noun = bool(lead) and (_core(lead[0]) in _SUBJECT_NOUNS or (
                len(words) >= 2 and _core(words[0]) in _BODY_HEADS and words[1].startswith("ال")
                and words == lead and not isinstance(u, _AdjectiveUnit)
                and nisba_country(norms[u.first]) is None))      # (not the body's own adjective: الأردنية)
            p = prep_of(u)
            # (ودعا أيضا الحكومة التركية إلى: "also" right after the verb -- its subject is dropped, the
            # name after it is the object)
            also_first = trig.type in ("REQUEST", "ACCUSE", "THREATEN") and bool(lead) and lead[0] in _ALSO \
                and m.head_tok + 1 < len(norms) and norms[m.head_tok + 1] in _ALSO \
                and all(w in _ALSO or w in _AGAIN for w in lead[1:])    # (not دعا أيضا لذلك زعيم المتمردين)
            if plain and p not in preps and not isinstance(u, _AdjectiveUnit) and (
                    (subject_noun and len(lead) <= 4 and p not in ("ل", "ب"))
                    or (len(lead) <= 3 and _in_complement(lead)) or also_first
                    or (trig.type in _B_COMPLEMENT_TYPES and _in_later_complement(lead))):
                # the name is the object, not the subject, after an unnamed statement, report or body
                # (وطالب البيان المجتمع الدولي، ودعت اللجنة اليهودية الأمريكية بوتين) or inside a ب
                # complement (ورحب بقرار الرئيس ترامب: whose decision is welcomed); not the subject's
                # own nationality adjective (ودعا البيان المصري إلى)
                named_object = u
            elif plain and 1 <= len(lead) <= 2 and trig.type in _STANCE_TYPES and _core(lead[0]) in _STANCE_OBJECTS \
                    and not lead[0].startswith("ال") and p not in preps and p not in ("ل", "ب") \
                    and u.actor and not isinstance(u, _AdjectiveUnit) and not _named_after(norms, units, u, b, preps, prep_of):
                # (وانتقدت تصريحات جونسون، رفضت دعوة ترامب، انتقدت أصوات في الكونغرس دور برينان: the name is the
                # genitive of what is criticised, rejected or accepted -- its owner is the object, the subject is
                # before the verb or dropped; not أدان قرار الجمعية العامة إسرائيل, where a name follows)
                named_object = u
            elif plain and len(lead) == 1 and trig.type in ("ASSAULT", "COERCE") and lead[0] in _MALE_PERSON_NOUNS \
                    and _verb_gender(trig, norms[m.head_tok]) == "f":
                # (رصاصة قناص حوثي استهدفت الطفل سلطان حميد: a feminine verb does not agree with the man after it,
                # who is its object)
                named_object = u
            elif plain and len(lead) <= 1 and m.head_tok + 1 <= u.first and norms[m.head_tok + 1] in _FEMALE_TITLES \
                    and p not in preps and _verb_gender(trig, norms[m.head_tok]) == "m":
                # (حيث التقى الملكة إليزابيث، التقى المستشارة الألمانية أنجيلا ميركل: a masculine verb does not agree
                # with the woman named by her title after it, who is its object)
                named_object = u
            elif plain and lead and trig.type in ("ASSAULT", "COERCE") and _strip_article(lead[-1]) in _PLACES_HELD:
                # (قصفت الطائرات مواقع الحوثيين، داهمت الشرطة مقرات الحزب: the owner of what is struck or
                # raided, in construct after it, is the object)
                named_object = u
            elif plain and _unnamed_titled(lead[:-1] if u.role and nisba_country(norms[u.first]) else lead) \
                    and p not in preps and p not in ("ل", "ب") and not u.glued and not u.person \
                    and not isinstance(u, _AdjectiveUnit) \
                    and not (u.first == m.head_tok + 2 and (u.actor or "")[:2] == "C:"):
                # (وطالب المبعوث الأممي الحكومة السورية، اتهم الأربعاء المفوض الأعلى لحقوق الإنسان النظام
                # السوري: an unnamed office holder is the subject -- nobody named before the verb --; the definite
                # name after him, a role noun with its nationality adjective too, can be no genitive of his
                # title, so it is the object; not a state right after a lone title: دعا الرئيس السودان, a
                # slip for السوداني)
                named_object, titled_subject = u, True
            elif not lead and p not in preps and p not in ("ل", "ب") and not u.glued and not u.person \
                    and not isinstance(u, _AdjectiveUnit) and _verb_gender(trig, norms[m.head_tok]) == "m" \
                    and not norms[m.head_tok].endswith("ا") and _feminine_name(norms, u) \
                    and not any(len(c) == 3 or c[:1] == "ت" for c in _head_forms(trig, norms[m.head_tok])):
                # (عندما انتقد الحكومة الألمانية، اتهم حركة حماس: a masculine verb right before a body or a state
                # named as feminine -- قالت الحكومة، أعلنت حماس -- does not agree with it, so the name is its object;
                # not a past form written like its masdar, whose genitive acts: رفض بغداد، تعهد فرنسا، فرض العقوبات)
                named_object = u
            elif plain and len(lead) <= 3 and not subject_noun and not _opens_quotation(norms, m.head_tok, u) \
                    and p not in ("ل", "ب") and p not in preps:
                subj = u
            elif 1 <= len(lead) <= 3 and p == "ل" and not u.person and lead[0] in _OFFICE_HEADS \
                    and not (u.actor or "").startswith(("C:", "L:")) and plain:
                subj = u      # ودعا الأمين العام لمنظمة العفو الدولية زعماء العالم: the office speaks for its body
            elif 1 <= len(lead) <= 3 and lead[0] in _OWNED_TEXTS and plain and not u.person \
                    and (p == "ل" if len(lead) == 1 else lead[1].startswith("لل") and len(lead[1]) > 4) \
                    and not (u.actor or "").startswith(("C:", "L:")):
                subj = u      # واتهم تقرير للأمم المتحدة كوريا الشمالية، اتهم بيان للجناح العسكري لحماس إسرائيل: the
                # text's owner acts through it; the name after is the object
            elif len(lead) <= 6 and affiliated(u) and not any(w in _COMPLEMENTIZERS for w in lead):
                subj = u      # طلبت المفوضية العليا التابعة للأمم المتحدة: the body it belongs to acts
            elif len(lead) == 2 and _core(lead[0]) in _DELEGATIONS and lead[1] in ("من", "عن") \
                    and not isinstance(u, _AdjectiveUnit):
                subj = u      # زار وفد من كوريا الشمالية ...، التقى مسؤولون عن X: the group from X acts
                delegation = True
            elif len(lead) == 2 and _core(lead[0]) in _BODY_MEMBERS and lead[1] == "في" and trig.type in ("REJECT", "ACCUSE", "REQUEST") \
                    and not isinstance(u, _AdjectiveUnit) and not (u.actor or "").startswith("L:"):
                subj = u      # رفض قاض في المحكمة العليا الإسبانية طلبا: a member of a body acts for it
                delegation = True
        head_core = norms[m.head_tok][1:] if norms[m.head_tok][:1] in "وف" else norms[m.head_tok]
        # (اعتقل الجيش الإسرائيلي ثلاثين فلسطينيا: a security body right after the bare verb makes it
        # active -- the army arrests, it is not arrested)
        security_subject = bool(after) and after[0].first == m.head_tok + 1 and _security_body(mentions, after[0].actor)
        # (اعتقل الأمريكيون صدام حسين: a people named by its plural nationality right after the verb, and a name
        # right after it, is the active verb's subject and object -- the passive names one patient)
        security_subject = security_subject or (
            len(after) > 1 and after[0].first == m.head_tok + 1 and after[0].first == after[0].last
            and _plural_national(norms[after[0].first]) is not None and after[1].first == after[0].last + 1)
        # (ألقي القبض على: the passive is written with ي, the active ألقى with ى -- a distinction the
        # matching normalisation drops, so it is read from the original word)
        passive_by_spelling = spelled_passive(toks, norms, m)
        if (head_core in _PASSIVES and not security_subject) or passive_by_spelling \
                or (head_core in ("قبض", "افرج") and m.last == m.head_tok + 1):
            # (قُبض على رجل، أُفرج عن الصحفي: the unvowelled masculine verb right before على / عن is read as passive;
            # قبض الجيش على ...، أفرجت السلطات عن ... name the agent)
            # دُعي X / اغتيل X: the mention after a passive verb is the target; the agent
            # follows على يد / من قبل; a recalled ambassador's own country recalls him
            agent = next((u for u in units if u.first > m.last and norms[u.first - 1] in ("يد", "قبل")), None)
            envoy = envoy_state(norms, m, mentions)
            if envoy is not None:
                agent = agent or _Fake(envoy)
            tg = [u for u in after if u is not agent][:1] or [u for u in units if u.first > m.last][:1]
            if not passive_by_spelling and tg and prep_of(tg[0]) in _PREPS_SKIP:
                # (اعتقل في برلين الصحفي X: where, not who -- a name right after the place, governed by no
                # preposition nor a place noun, is)
                tg = [u for u in after if u is not agent and tg[0].last < u.first
                      and ((_title_start(norms, u.first) if u.person else None) or u.first) <= tg[0].last + 4
                      and not isinstance(u, _AdjectiveUnit) and not place_genitive(u) and prep_of(u) not in _PREPS_SKIP
                      and prep_of(u) not in _PREPS_TARGET and prep_of(u) not in ("ل", "ب")][:1]
            head = _antecedent(norms, units, m)
            word_after = norms[m.last + 1] if m.last + 1 < len(norms) else "."
            if head is not None and head.actor and head is not agent and not _security_body(mentions, head.actor) \
                    and (word_after in _CLAUSE_BREAK or word_after in _PREPS_SKIP or word_after in _TIME_WORDS
                         or word_after in ("مؤخرا", "اليوم")):
                # (الصحفي أحمد منصور الذي اعتقل في مطار برلين: the name the clause hangs on was held -- not when an
                # object follows, الجيش الذي اعتقل عددا من الفلسطينيين)
                tg = [head]
            if passive_by_spelling and prep_pronoun(norms, m):
                tg = []     # (ألقي القبض عليها: the pronoun's antecedent, which the caller finds)
            elif passive_by_spelling:
                # (ألقي القبض على ثلاثة أشخاص في فرنسا: where, not who)
                tg = [u for u in tg if prep_of(u) not in _PREPS_SKIP and prep_of(u) != "ب"]
            return _ids([agent.actor] if agent else []), _ids([u.actor for u in tg])
        if "subjslot" in trig.flags:
            # أوقفت الشرطة الفرنسية / السلطات اللبنانية X: the security body (named by a
            # mention over or right after its noun) arrests the next name
            subj = next((u for u in units if u.first <= m.last + 1 and u.last >= m.last), None)
            if subj is None and m.last + 2 < len(norms) and norms[m.last + 1] == "في":     # السلطات في إيران
                subj = next((u for u in units if u.first == m.last + 2), None)
            k = subj.last if subj is not None else m.last
            objs = targets_after(k, True)
            return _ids([subj.actor] if subj is not None else []), _ids([u.actor for u in objs[:2]])
        if "gapobj" in trig.flags:
            gap = [u for u in units if m.head_tok < u.first < m.last and u.first not in slot_toks]
            if gap:
                grp = coordinated(gap[0], gap[1:])
                nxt = gap[len(grp)] if len(gap) > len(grp) else None
                if nxt is not None and nxt.person and nxt.first == grp[-1].last + 1 \
                        and not grp[-1].person and not grp[-1].actor.startswith(("C:", "L:")):
                    # المتحدثة باسم الخارجية الأميركية هيذر نويرت: the spokeswoman's name after her body (not
                    # وحملت تركيا الداعية فتح الله غولن: a country, then whom it blames)
                    grp = grp + [nxt]
                # the blamed: not the subject again in apposition, nor a name inside a phrase (تحالف دعم
                # الشرعية في اليمن; but كلا من روسيا وسوريا: both of them) or in a relative clause not
                # closed by a comma (حركة حماس التي تسيطر على قطاع غزة)
                rest = [u for u in gap if u.first > grp[-1].last and u.actor not in {v.actor for v in grp}
                        and (prep_of(u) not in preps or norms[u.first - 2: u.first] in (["كلا", "من"], ["كل", "من"]))
                        and not _in_open_relative(norms, grp[-1].last + 1, u.first)]
                if rest:        # حملت بريطانيا الاثنين روسيا المسؤولية
                    # the blamed: the first names after the subject, or those right before the slot past an
                    # aside between commas (الحكومة الفلسطينية التي يقودها الحمدالله، ومقرها الضفة الغربية،
                    # حماس المسؤولية; but طهران المتهمة بدعم الحوثيين، مسؤولية: Tehran)
                    obj = coordinated(rest[0], rest[1:])
                    if any(norms[k] in ("،", ",") for k in range(obj[-1].last + 1, rest[-1].first)):
                        obj = next(g for g in (coordinated(u, rest[i + 1:]) for i, u in enumerate(rest))
                                   if g[-1] is rest[-1])
                    return _ids([u.actor for u in grp]), _ids([u.actor for u in obj])
                nxt_slot = min((k for k in m.tokens if k > grp[-1].last), default=m.last)
                relative = any(norms[k] in _RELATIVE_WORDS for k in range(grp[-1].last + 1, nxt_slot))    # (on the blamed)
                if nxt_slot - grp[-1].last > 1 and grp[0].first == m.head_tok + 1 and not grp[0].person and not relative:
                    # منعت السلطات التركية نائبين سويدي وألماني من الدخول: a body right after the verb with
                    # unnamed people after it is the subject (not حمل X المسؤولية: X right before the slot)
                    return _ids([u.actor for u in grp]), []
                if nxt_slot - grp[-1].last > 2 and grp[0].first - m.head_tok <= 7 and not any(
                        norms[k] in _CLAUSE_BREAK for k in range(m.head_tok + 1, grp[0].first)) and any(
                        norms[k] in ("،", ",") for k in range(grp[-1].last + 1, nxt_slot)) and not relative:
                    # حمّل المتحدث باسم التحالف العقيد الركن تركي المالكي، الميليشيات الانقلابية، مسؤولية: the
                    # name opening the clause is its subject, and the unnamed words before the slot its object
                    # (not تحمل حركة حماس التي تسيطر على قطاع غزة، مسؤولية: the blamed, then a relative clause)
                    return _ids([u.actor for u in grp]), []
                # وحمل X المسؤولية: X is blamed; the subject is before the verb or dropped
                subj_b = pre_subj or next((u for u in reversed(before) if prep_of(u) not in preps
                                           and prep_of(u) not in ("ل", "ب") and not kin_genitive(u)), None)
                objs = [u.actor for u in grp]
                return _ids([subj_b.actor] if subj_b is not None and subj_b.actor not in objs else []), _ids(objs)
        if pre_subj is None and _first_person(trig, norms[m.head_tok]):
            # أود أن أشكر الحكومة الكويتية / نرفض ...: "I" / "we" inside a quotation is its speaker
            # (no speaker: the source is left to the caller, never the object after the verb)
            quote = mentions.quote_at(toks[m.head_tok].start)
            speaker = [quote.speaker] if quote is not None and quote.speaker else []
            rest = targets_after(m.head_tok, True)
            return speaker, _ids([u.actor for u in rest[:2] if u.actor not in speaker])
        if subj is not None and subj.first and norms[subj.first - 1] in ("باسم", "بإسم"):
            # اتهم الناطق باسم الجيش الوطني الليبي، أحمد المسماري، تركيا: the spokesman named after the
            # body he speaks for is the subject (not its object)
            appos = next((v for v in units if v.person and 0 < v.first - subj.last <= 2
                          and all(norms[k] in _CLAUSE_BREAK for k in range(subj.last + 1, v.first))), None)
            if appos is not None:
                spoken_for, subj = subj.actor, appos
        if subj is not None and trig.type in _ASK_VERBS and m.first > 2 and norms[m.first].startswith("و"):
            # وعلق بوتين ... ودعا بايدن لمواصلة النقاش: the object of a second, coordinated verb
            nxt = subj.last + 1
            sent_subj = next((u for u in units if u.first <= 2), None)
            if nxt < len(norms) and norms[nxt][:1] in "لب" or (nxt < len(norms) and norms[nxt] == "الي"):
                if sent_subj is not None and sent_subj.actor != subj.actor:
                    return [sent_subj.actor], [subj.actor]
        if subj is not None:
            # (the pool runs past the clause's comma for an apposition between commas)
            grp = coordinated(subj, [u for u in units if u.first > subj.first and u.first not in slot_toks
                                     and (u.first < b or u.first < limit)])
            subject_end = grp[-1].last
            named = next((u for u in units if u.actor == grp[-1].actor and u.person
                          and subject_end < u.first <= subject_end + 4
                          and not any(norms[k] in _CLAUSE_BREAK for k in range(subject_end + 1, u.first))), None)
            if named is not None:
                # المبعوث الأممي إلى اليمن مارتن غريفيث الرئيس اليمني: the title read as the envoy runs
                # on to his name; what it says he is sent to is no object
                subject_end = named.last
            rest = targets_after(subject_end, True)
            if trig.type == "ACCUSE":
                rest = _condemned_agent(norms, units, subject_end, preps) + rest
            elif _core(norms[m.head_tok]) in _WARN:
                # حذر وزير الدفاع التركي السبت من "اجتياح" فرنسي: the side whose act is warned of
                # (a direct object, حذرت الولايات المتحدة إيران من, stays first)
                mn = next((k for k in range(grp[-1].last + 1, min(len(norms), grp[-1].last + 4)) if norms[k] == "من"), None)
                if mn is not None and not any(u.first < mn for u in rest):
                    rest = _condemned_agent(norms, units, mn, preps) + rest
            if trig.type in ("CONSULT", "COOPERATE", "AGREE") and len(grp) > 1 and not delegation:
                source = [grp[0].actor]
                target = [u.actor for u in grp[1:]] + [u.actor for u in rest]
            else:
                source = [u.actor for u in grp]
                target = [u.actor for u in rest[:2]]
        else:
            # SVO: the nearest non-prepositional mention before the verb in the clause; a verb
            # coordinated with an earlier one (... وحظرت نشاطها) shares the sentence's subject
            subj_b = next((u for u in reversed(before) if prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")
                           and prep_of(u) not in _COMPANY and not place_genitive(u) and not kin_genitive(u)), None)
            # (not a companion: كانوا برفقة الصماد، وقتل عدد منهم -- the name after برفقة is no subject)
            # (استقبل السيسي نظيره الفرنسي ماكرون وبحث معه: a name right before a verb joined by و ends the
            # clause before -- its object -- and the verb shares that clause's subject; so does a joined verb
            # whose pronoun stands for the name before it: لمقابلة الزفزافي وغيره من نشطاء الحراك ووعدوه)
            joined_on = subj_b is not None and m.first == m.head_tok and norms[m.first][:1] in "وف" \
                and bool(_head_forms(trig, norms[m.first][1:])) and not isinstance(subj_b, _AdjectiveUnit) \
                and not _dual_verb(norms[m.head_tok]) and not _conjunct_of_first(norms, before, subj_b) \
                and not vowelled_passive(toks, m) \
                and (_marked_verb(trig, norms[m.head_tok]) if _object_suffix(trig, norms[m.head_tok])
                     else subj_b.last == m.first - 1)
            if norms[m.first][:1] in "وف" and m.first > 3 and (norms[m.first - 1] in _CLAUSE_BREAK | {"،"} or joined_on):
                first_subj = next((u for u in units if u.first <= 3 and prep_of(u) not in preps), None)
                comp = max((k for k in range(first_subj.last + 1, m.first) if norms[k] in _COMPLEMENTIZERS),
                           default=None) if first_subj is not None else None
                if comp is not None and (not norms[comp].endswith("ن") or norms[m.first][1:2] not in "يتس"):
                    # (إنه سيلتقي بوتين، وسيبحث معه: the pronoun is the subject; قال ماكرون إن فرنسا لا
                    # تعلن الحرب، واتهم روسيا: a past verb goes back to the speaker's own clause)
                    comp = None
                if comp is not None:
                    # (قال ترامب إن إيران تزعزع استقرار المنطقة، وتهدد جيرانها: the verb goes on with the
                    # reported clause, whose subject is named right after إن / أن)
                    # (أن النظام الإيراني: the adjective after the clause's first noun)
                    first_subj = next((u for u in units if u.actor and (u.first == comp + 1 or (
                        u.first == comp + 2 and norms[comp + 1].startswith("ال")))
                        and prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")), None) or first_subj
                subj_b = first_subj if joined_on and first_subj is subj_b else (first_subj or subj_b)
                if (joined_on and first_subj is None) or norms[0] in _PRONOUN_OPENERS:
                    subj_b = None     # (لكنه طالب تركيا ...، واتهم: the pronoun is the subject, which the caller finds)
            subj_b = None if titled_subject else (pre_subj or subj_b)
            if subj_b is not None and pre_subj is None and _after_time_clause(norms, m):
                # وطالبت واشنطن أنقرة بإطلاق سراحه قبل أن تفرض عقوبات: a verb after قبل أن / بعد أن with no
                # subject of its own goes on with the clause's subject, not the object named after it
                first = next((u for u in before if u.last + 1 == subj_b.first and prep_of(u) not in preps
                              and prep_of(u) not in ("ل", "ب") and not place_genitive(u)), None)
                subj_b = first or subj_b
            if rel_head is not None or "objpron" in trig.flags:
                subj_b = None     # (الهجوم الذي استهدف: the relative clause's unnamed head acts; قال X إن الصاروخ
                #                   أطلقته الوحدة 53: who fired the missile is named after the verb, if at all)
            if subj_b is not None and pre_subj is None and subj_b.last < m.first - 2 and (
                    counted_subject(norms, units, m) or counted_states_subject(norms, m)):
                subj_b = None     # (أعلنت الشرطة أن عشرة أشخاص قتلوا: the counted people were killed; بعد أن قطعت
                #                   دول عربية العلاقات معها: the unnamed states act)
            if subj_b is not None and pre_subj is None and subj_b.last < m.first - 1 and (
                    unnamed_agent(norms, m) or common_subject_before(toks, norms, units, m)
                    or (trig.type in ("ASSAULT", "COERCE") and unnamed_clause_subject(norms, units, m)
                        and any(norms[k] in _BARE_COMPLEMENTIZERS for k in range(subj_b.last + 1, m.first)))):
                subj_b = None     # (قال المتحدث باسم شرطة الرياض إن الجاني أطلق النار: an unnamed attacker; ذكرت
                #                   الشرطة أن شخصا ... بعدما هاجمته: an unnamed someone opens the reported clause)
            partner = None
            if subj_b is not None and trig.type in ("ASSAULT", "COERCE") and isinstance(subj_b, _CountedUnit):
                target = [subj_b.actor]     # أن ثلاثة فلسطينيين قتلوا برصاص ...: they were killed
                subj_b = None
            if subj_b is not None and _accused_passive(trig, norms, units, m):
                target = [subj_b.actor]     # (وكان الصحفي أحمد منصور قد اتهم بالتحريض: he was accused)
                subj_b = None
            if subj_b is not None:
                source = [subj_b.actor]
                if trig.type in RECIPROCAL and _dual_verb(norms[m.head_tok]):
                    # لافروف ومبعوث الأمم المتحدة دي مستورا سيعقدان محادثات، روسيا وتركيا
                    # توصلتا إلى اتفاق: two coordinated actors before a dual verb meet each other
                    first = next((u for u in reversed(before) if u.person == subj_b.person and u.last < subj_b.first
                                  and (subj_b.glued.startswith("و") and u.last + 1 == subj_b.first
                                       or any(norms[k].startswith("و") for k in range(u.last + 1, subj_b.first)))
                                  and not any(norms[k] in _CLAUSE_BREAK for k in range(u.last + 1, subj_b.first))), None)
                    if first is not None:
                        source, partner = [first.actor], subj_b
                        reciprocal = True
            if subj_b is not None and partner is None and trig.type not in RECIPROCAL and subj_b is not pre_subj:
                # الولايات المتحدة وفرنسا وبريطانيا أطلقت ...: every conjunct before the verb acts
                chain = _conjunct_chain(norms, before, subj_b, lambda v: prep_of(v) in preps or prep_of(v) in ("ل", "ب"))
                source = [v.actor for v in reversed(chain[1:])] + source
            rest = targets_after(m.head_tok, True)
            if named_object is not None and named_object not in rest:
                rest = [named_object] + rest
            if trig.type == "ACCUSE":
                rest = _condemned_agent(norms, units, m.last, preps) + rest
            target = target + ([partner.actor] if partner is not None else []) + [u.actor for u in rest[:2] if u.actor not in source]
        if not target and trig.type in ("ASSAULT", "COERCE"):
            # وقتل 30 عنصرا من تنظيم الدولة، قتل 32 من ميليشيات الحوثي: the group a number of members
            # of which was killed or taken suffered the act
            # (past a hedge on the count: وقتل ما لا يقل عن 17 عنصرا من قوات الأمن)
            counted = next((u for u in after if isinstance(u, _CountedUnit)
                            and u.first - m.last <= 5 + _count_hedge(norms, m.last + 1)), None)
            if counted is not None:
                target = [counted.actor]
                source = [x for x in source if x != counted.actor]
    else:
        # masdar: X's attack / attack on Y / talks with Y (in construct when a name follows it)
        construct = not definite_masdar(trig, norms[m.last])
        gen = [u for u in after if (u.first - m.last <= 2 or (construct and u.person and _title_between(norms, m.last + 1, u.first)))
               and prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")]
        inside = next((u for u in units if u.first == m.head_tok + 1 and u.last < m.last and not u.glued), None)
        if inside is not None and m.last > m.head_tok + 1:
            gen = [inside]     # عرقلة روسيا مشروع القرار: the genitive inside the phrase's gap
        prep = [u for u in targets_after(m.last, False)]
        head_word = _core(norms[m.head_tok])
        owned = _possessed(trig, head_word)
        # (لقائه الرئيس المصري: a meeting noun with its owner's pronoun takes its partner as a direct object)
        owned_partner = next((u for u in gen if u.person), gen[0]) if owned and gen and trig.type == "CONSULT" else None
        if owned:
            gen = []      # استعدادها الدائم للتعاون، اعتراضه: the pronoun owns the noun, no genitive follows
        if len(m.tokens) > 1 and norms[m.last] in _PREPS_TARGET:
            # اعتراضها على دعوة مجلس الأمن: the trigger ends in its preposition, so what follows
            # is its object (the owner of the noun is the subject of the clause), no genitive agent
            prep, gen = [u for u in after if u.first - m.last <= 2][:1] + prep, []
        patient = trig.type in ("ASSAULT", "COERCE") and trig.cameo != "183"
        agent_adj = _agent_adjective(mentions, norms, m) if strict else None
        if agent_adj is not None:
            # العقوبات البريطانية، الغارات الإسرائيلية، عقوبات أمريكية: the nationality adjective
            # of the act's noun names its author; no genitive follows it
            source, gen = [agent_adj], []
        lam_agent = None
        if patient and agent_adj is None and not owned and _unnunated(_strip_article(head_word)) in _LAM_AGENT_NOUNS:
            k = m.last + 1
            while k < min(len(norms), m.last + 3) and _unnunated(_strip_article(norms[k])) in _ATTACK_ADJ:
                k += 1      # (الهجوم العنيف للجيش الوطني، الهجوم الكيميائي المفترض لقوات النظام، هجوما صاروخيا لفصائل)
            lam_agent = next((u for u in units if u.first == k and u.actor and prep_of(u) == "ل"
                              and not u.actor.startswith("L:") and not isinstance(u, _AdjectiveUnit)), None)
        if lam_agent is None and trig.type == "RETREAT" and agent_adj is None and not owned \
                and _strip_article(head_word) in _WITHDRAWAL_NOUNS:
            k = m.last + 1
            while k < min(len(norms), m.last + 3) and _strip_article(norms[k]) in _WITHDRAWAL_ADJ:
                k += 1      # (الانسحاب الأحادي للولايات المتحدة من الاتفاق)
            lam_agent = next((u for u in units if u.first == k and u.actor and prep_of(u) == "ل"
                              and not isinstance(u, _AdjectiveUnit)), None)
            # (a withdrawal has no object: whoever is named after ل right after it withdraws -- a
            # capital too: الانسحاب الكامل لواشنطن)
        if lam_agent is not None:
            # غارة للتحالف العربي، غارات للتحالف، هجوم للحوثيين على: the body after ل right after an attack
            # noun owns the attack (a place is where it struck; ضربة لداعش, a blow to, is not read so)
            grp = coordinated(lam_agent, [u for u in units if u.first > lam_agent.first])
            source, gen = [u.actor for u in grp], []     # (القصف المكثف لقوات النظام السوري وروسيا)
            prep = [u for u in prep if u not in grp]
        rel_agent = _relative_agent(norms, units, m) if strict and not owned else None
        if rel_agent is not None and agent_adj is None:
            # العقوبات التي فرضتها واشنطن على موسكو، الإنذار الذي وجهته بريطانيا: the relative clause
            # names who imposed, issued or launched it; no genitive follows the noun
            grp = coordinated(rel_agent, [u for u in units if u.first > rel_agent.last])
            source, gen = [u.actor for u in grp], []     # (التي تفرضها الولايات المتحدة والأمم المتحدة)
        seeker = _meeting_seeker(norms, units, m, prep_of, preps) if (
            trig.type == "CONSULT" and gen and construct and not owned) else None
        if seeker is not None and seeker.actor != gen[0].actor:
            # يتوقع ترامب لقاء كيم، توجه ماكرون إلى ألمانيا للقاء ميركل، يعتزم بومبيو زيارة بيونغ يانغ:
            # a meeting or a visit someone seeks, plans or sets out for; its genitive is who is met
            source = [seeker.actor]
            target = [u.actor for u in coordinated(gen[0], [u for u in after if u.first > gen[0].first])]
            gen = []
        if trig.mode == "visit" and trig.cameo == "042" and gen and gen[0].actor and gen[0].actor.startswith(("L:", "C:")) \
                and not isinstance(gen[0], _AdjectiveUnit) and not any(v.person and v.first == gen[0].last + 1 for v in units) \
                and all(_core(norms[k]) in _PLACE_HEADS for k in range(m.last + 1, gen[0].first)):
            # زيارة موسكو، زيارة اسكتلندا: the place a visit is named after is where it goes (a visitor
            # is named before it, after ل, or with a pronoun) -- not the visitor's nationality or title
            # (زيارة المسؤول التركي، بزيارة وزير الخارجية الإيراني جواد ظريف)
            target, gen = [gen[0].actor], []
        if gen:
            grp = coordinated(gen[0], [u for u in after if u.first > gen[0].first])
            nxt = norms[grp[-1].last + 1] if grp[-1].last + 1 < len(norms) else ""
            # مطالبة بيونغ يانغ بنزع السلاح، اتهام روسيا بتسميم: the genitive before a بـ
            # complement is the one asked / accused / threatened, not the asker
            object_gen = trig.type in _OBJECT_GENITIVE and nxt.startswith("ب") and nxt not in ("بين", "بعد", "بينما")
            # (اتهام الحكومة لروسيا بـ: the accuser, then ل + the accused, right after it)
            # (not past a بـ complement: مطالبة موسكو بأن تكشف لمنظمة حظر الأسلحة ...)
            lam = next((u for u in units if grp[-1].last < u.first <= grp[-1].last + 4 and u.actor
                        and _lam_object(norms, u, prep_of(u))
                        and (patient or not any(norms[k][:1] == "ب" for k in range(grp[-1].last + 1, u.first)))),
                       None) if patient or trig.type in _OBJECT_GENITIVE else None
            if lam is not None:
                # احتجاز أنقرة للقس برونسون، قصف التحالف لمواقع الحوثيين: genitive agent, ل + patient
                source, target = [u.actor for u in grp], [lam.actor]
            elif patient and _strip_article(head_word) in _AGENT_GENITIVE_NOUNS and all(
                    u.actor and not u.actor.startswith(("L:", "C:")) for u in grp) and not any(
                    _strip_article(norms[k]) in _PLACES_HELD for k in range(m.last + 1, grp[0].first)):
                # هجوم الحوثيين على، غارات التحالف، قصف قوات النظام: an attack noun's genitive body or
                # person attacks (a place or a country after it -- قصف المدينة -- is attacked, and so is the owner
                # of the building or the positions struck: قصف مبنى البنك المركزي)
                source = [u.actor for u in grp]
            elif patient or object_gen or released:
                target = [u.actor for u in grp]
            else:
                source = [u.actor for u in grp]
                # (a noun in construct: not an accusative participle with its object -- شاكرا دولة الإمارات)
                # (nor the claims a speaker rejects -- مزاعم المغرب: Morocco claims, the speaker rejects)
                own_agent = gen[0] if gen[0].first == m.last + 1 and not norms[m.last].endswith("ا") \
                    and _strip_article(head_word) not in _CLAIM_NOUNS else None
        if trig.type == "CONSULT" and not source and not gen and agent_adj is None and not owned:
            # (زيارتهما لعبد الهادي الخواجة: their visit, to the person after ل)
            # زيارة لولي العهد السعودي إلى مصر، الزيارة التاريخية للرئيس الصيني للإمارات، اجتماع في البيت
            # الأبيض للرئيس ترامب مع ولي العهد: a person or a body after ل makes the visit or holds the
            # meeting (a country or a place after ل is where the visit goes -- not one standing for an
            # office holder the article does not name: زيارة مقررة لوزير الخارجية اليوناني)
            # (not past مع / بين: في مؤتمر صحفي مشترك مع الأمين العام للأمم المتحدة -- the partner's
            # title, whose body is no holder)
            holder = next((u for u in after if u.first - m.last <= 7 and prep_of(u) == "ل" and u.actor
                           and (u.role or not u.actor.startswith(("L:", "C:"))) and not is_channel(mentions, u.actor)
                           and not any(norms[k] in ("مع", "بين") for k in range(m.last + 1, u.first))), None)
            if holder is not None:
                source = [holder.actor]
        if trig.type == "CONSULT" and strict:
            arrival = _arrival_visit(norms, units, m, prep_of, preps, mentions) if trig.mode == "visit" else None
            call = _call_received(norms, units, m, prep_of, preps) if trig.mode == "phone" else None
            if arrival is not None:
                source, target = arrival
            elif call is not None:
                caller, receiver = call
                source, target = [caller], [receiver] if receiver else [x for x in source if x != caller]
        subj_b = next((u for u in reversed(before) if prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")
                       and not (patient and prep_of(u) in _PLACE_PREPS) and not place_genitive(u)), None)
        owner = _relative_owner(norms, units, m) if owned and not patient else None
        if owner is not None:
            # للمملكة المتحدة، التي طردت 23 دبلوماسياً من لندن، بعد اتهامها لروسيا: the noun's pronoun, inside a
            # relative clause, stands for the name the clause hangs on, whatever preposition that name has
            subj_b = owner
        elif owned and not patient and m.first >= 2 and _coordinated_verb(norms[m.first - 1]):
            # طالبت لندن بتحقيق ... وأكدت تضامنها مع السعودية: the noun's owner is the subject of the
            # verb it follows, and a verb joined by و with no subject of its own shares the sentence's
            first_subj = next((u for u in units if u.first <= 3 and prep_of(u) not in preps
                               and prep_of(u) not in ("ل", "ب") and not is_channel(mentions, u.actor)), None)
            if first_subj is not None:
                subj_b = first_subj
                target = [x for x in target if x != first_subj.actor]
        # (شنت مقاتلات التحالف العربي في اليمن الأحد غارات: the verb that carries out the attack opens the
        # subject, and only a place and a time stand between it and the attack noun)
        opened = subj_b is not None and m.first - subj_b.last <= 6 and any(
            _core(norms[k]) in _ATTACK_SUPPORT_VERBS for k in range(max(0, subj_b.first - 2), subj_b.first)) and not any(
            norms[k] in _CLAUSE_BREAK for k in range(subj_b.last + 1, m.first))
        if patient and subj_b is not None and m.first - subj_b.last > _PATIENT_SUBJECT_GAP and not opened and not (
                m.first - subj_b.last <= 6 and any(_core(norms[k]) in _ATTACK_SUPPORT_VERBS for k in range(subj_b.last + 1, m.first))):
            subj_b = None    # (قال ترمب إنه سيدفع ثمن ... شن هجوم، دعت X المنظمة إلى التحقيق في هجوم:
            #                 a name far before an attack noun speaks or asks about it)
        if trig.type in ("ASSAULT", "COERCE") and subj_b is not None and not _armed_body(mentions, subj_b.actor) \
                and not any(norms[m.head_tok].endswith(p) for p in ("ها", "ه", "هم")) \
                and _announced_by(norms, subj_b.first, subj_b, sources=trig.type == "ASSAULT"):
            subj_b = None    # (وأعلنت وزارة الصحة في بيان مقتل الشاب برصاص الاحتلال، أعلنت الوزارة عن مقتل 4 سياح إثر
            #                 انفجار حافلة: who announces a death or a blast caused it not)
        if trig.type == "ASSAULT" and subj_b is not None and _hurt_in(norms, subj_b.last + 1, m.first):
            # أن العديد من رجال الشرطة أصيبوا في انفجار، جنديان قتلا في هجوم: who was hurt in the attack
            # suffered it
            if not target and subj_b.actor not in source:
                target = [subj_b.actor]
            subj_b = None
        if subj_b is not None and trig.type == "ASSAULT" and _by_weapon(norms, m):
            # اغتالوا المرشح فاروق الجبوري بالرصاص، قتلت القوات الشاب بالرصاص: the name before a bare "with
            # bullets" is who was shot (the verb's object), never who fired
            if not target and subj_b.person and subj_b.actor not in source:
                target = [subj_b.actor]
            subj_b = None
        exposed = _exposed_to(norms, units, m) if patient else None
        if exposed is not None:
            # تعرضت دورية للجيش الموريتاني لهجوم، تتعرض الغوطة الشرقية لقصف: who is exposed to the
            # attack suffers it; the attacker is named after it (من قبل، شنه، an adjective) or not at all
            subj_b = None
            if exposed is not True:
                source = [x for x in source if x != exposed.actor]
                target = [exposed.actor] + [x for x in target if x != exposed.actor]
        if not source and subj_b is not None and not any(own_state(mentions, [subj_b.actor], t) for t in target):
            source = [subj_b.actor]     # (not بوتين in اعتبر بوتين أن اتهام موسكو ...)
        if not target and owned_partner is not None and owned_partner.actor not in source:
            target = [owned_partner.actor]
        if not target:
            target = [u.actor for u in prep[:2] if u.actor not in source]
    if strict and trig.pos == "N" and not target:
        victim = _pronoun_patient(record, toks, norms, m, mentions)
        if victim is not None:
            # اعتقاله، لقي ... مصرعه، بعد احتجازه: the pronoun on the masdar is who suffers the act
            target = [victim]
            source = [x for x in source if x != victim]
    if strict and trig.type == "ASSAULT" and all((x or "").startswith("L:") for x in target):
        # غارات على مواقع ميليشيات الحوثي في صعدة، قصف تجمعات للميليشيات: the owner of the positions,
        # gatherings or reinforcements struck suffers the attack -- not the town they are in
        held = _struck_holdings_owner(norms, units, m, b)
        if held is not None and held.actor not in source:
            target = [held.actor]
    if strict and not target and trig.type in ("ASSAULT", "COERCE"):
        # غارات استهدفت مخازن أسلحة تابعة لميليشيات الحوثي، اقتحام مقر تابع للحزب: whoever owns what
        # is struck or raided suffers it
        owner = next((u for u in units if m.last < u.first < b and u.first - m.last <= 12 and u.actor and u.actor not in source
                      and u.glued[-1:] == "ل" and norms[u.first - 1] in _BELONGING), None)
        if owner is not None:
            target = [owner.actor]
    if not target and trig.type in ("ASSAULT", "COERCE"):
        own = _own_members_counted(norms, units, m)
        if own is not None:
            # (nor does the state's own army kill them: أعلنت تركيا مقتل أربعة من جنودها)
            country = getattr(mentions.by_id.get(own.actor), "country", None)
            target = [own.actor]
            source = [x for x in source if x != own.actor
                      and not (country and getattr(mentions.by_id.get(x), "country", None) == country)]
    if strict and not target and trig.type in ("ASSAULT", "COERCE"):
        # قتلى وجرحى في صفوف الميليشيات، لقي قيادي بارز في تنظيم القاعدة مصرعه: the group whose
        # members the act reached, named close by in the clause, suffered it
        near = [u for u in units if type(u) is _CountedUnit and u.actor and (
            (m.last < u.first <= m.last + 6 and u.first < b) or (trig.pos == "N" and a <= u.first and 0 < m.first - u.last <= 8))
            and not any(norms[k] in _CLAUSE_BREAK for k in range(min(u.last, m.last) + 1, max(u.first, m.first)))]
        if near:
            target = [near[0].actor]
            source = [x for x in source if x != near[0].actor]
    if strict and not target and trig.type == "ASSAULT":
        # هجوم كيمياوي في بلدة دوما، قتل ... في دوما: the place attacked
        place = next((u for u in units if m.last < u.first < limit and u.actor not in source and prep_of(u) == "في"
                      and getattr(mentions.by_id.get(u.actor), "type", None) == "LOC"), None)
        if place is not None:
            target = [place.actor]
    if strict and trig.type == "PROTEST":
        # تظاهروا أمام السفارة الأمريكية، اعتصام أمام مقر الحكومة: the protest is addressed to the
        # body it stands before
        facing = next((u for u in units if m.last < u.first < limit and u.actor and prep_of(u) == "امام"
                       and u.actor not in source), None)
        if facing is not None:
            target = [facing.actor] + [x for x in target if x != facing.actor][:1]
    if not target and source and not released and not (strict and bare_passive_person(mentions, norms, m, source)):
        # nobody named as the object: the next actor named after the trigger in the sentence
        # (not after a bare verb read as passive below: وكان الوليد بن طلال قد احتجز لمدة ثلاثة أشهر فيما
        # وصفته السلطات ...: he was held)
        nxt = [u for u in units if u.first > max(m.last, subject_end) and u.actor and u.actor not in source and u.first < limit
               and u.actor != spoken_for
               and prep_of(u) not in ("في", "من", "منذ", "عبر") and prep_of(u) not in TOPIC_PREPS and not accompanying(u)
               and not (u.first >= 2 and norms[u.first - 2] == "منذ")     # (منذ انهيار الاتحاد السوفيتي: a time)
               and not own_state(mentions, source, u.actor)
               and not is_channel(mentions, u.actor) and not attributed(u)
               and not any(norms[x] in _CONCURRENT or norms[x] in _WHILE or _joined_verb_clause(norms, x)
                           for x in range(m.last + 1, u.first))]
        if nxt:
            target = [nxt[0].actor]
    invited_by = None     # who asks or invites, named after من (طلب من، بدعوة من)
    if trig.type == "REQUEST" and m.last + 2 < len(norms) and norms[m.last + 1] == "من" and (
            trig.pos == "N" or (norms[m.head_tok] in ("طلب", "بطلب") and m.head_tok and norms[m.head_tok - 1] in ("علي", "بناء"))):
        # (بناء على طلب من الرئيس ترامب: the noun طلب, written like the verb)
        # زار الدوحة بدعوة من أمير قطر، التأم مجلس الأمن بدعوة من الكويت: who invited (after من)
        # asks, the one who came is asked
        k = m.last + 2
        inviter = next((u for u in units if u.actor and (u.first == k or _title_start(norms, u.first) == k)), None)
        if inviter is not None:
            invited_by = inviter
            target = [x for x in source + target if x != inviter.actor and not is_channel(mentions, x)]
            source = [inviter.actor]
    agent = _passive_agent(norms, units, m, b, limit, mentions)
    by_hand = trig.pos == "V" and (marked_passive(norms, m) or vowelled_passive(toks, m))
    if strict and bare_passive_person(mentions, norms, m, source) and (not target or trig.type == "ASSAULT" and any(
            u.actor == source[0] and (_title_start(norms, u.first) or u.first) == m.head_tok + 1 for u in units)):
        # (الصماد قتل بغارة: the person the bare قتل names was killed -- so is one named right after it, whatever his
        # description names: قتل صالح الصماد رئيس المجلس السياسي، السلطة العليا لدى الحوثيين)
        by_hand = True
    injured = strict and trig.type == "ASSAULT" and trig.pos == "V" and _core(norms[m.head_tok]) in _INJURED
    if injured:
        by_hand = True     # (البغدادي أصيب بجروح في غارة: أصيب is only ever the passive -- who is named was hurt)
    if agent is None and trig.type == "ASSAULT":
        # قُتل سبعة متظاهرين برصاص القوات الإسرائيلية: whose fire killed them is the attacker
        agent = _fire_agent(norms, units, m.last, b)     # (past a victims noun read as a trigger)
        b = _past_time_aside_after(norms, b)      # (قتل قيادي في تنظيم القاعدة، مساء الاثنين، في غارة)
        s = b + 1
        if tuple(norms[s:s + 2]) == _AT_LEAST:
            # قتل 36 شخصا، على الأقل، في غارات: past the count's hedge and its comma
            s += 3 if s + 2 < len(norms) and norms[s + 2] in ("،", ",") else 2
        if s < len(norms) and norms[s] in _INCLUDING:
            # لقي 27 مدنيا مصرعهم، بينهم 5 أطفال في ضربات جوية: past the victims' count
            s = next((k for k in range(s + 1, min(len(norms), s + 5)) if norms[k] in _FIRE_PREPS
                      or norms[k] in _BY_FIRE or norms[k] in _CLAUSE_BREAK), s)
        if agent is None and b < len(norms) and norms[b] in ("،", ","):
            # مقتل صالح الصماد رئيس المجلس السياسي الذي ...، في غارة شنتها قوات التحالف: the strike after
            # the victim's apposition, past its comma (the window is measured from the comma)
            agent = _strike_opened_at(norms, units, s)
        if agent is None and by_hand and b < len(norms) and norms[b] in ("،", ","):
            # (قتل صالح الصماد رئيس "المجلس السياسي"، السلطة العليا لدى الحوثيين، في غارة جوية لقوات التحالف:
            # the strike after a second aside of the victim's, with no verb of its own)
            b3 = next((k for k in range(b + 1, len(norms)) if norms[k] in _CLAUSE_BREAK), len(norms))
            if b3 < len(norms) and norms[b3] in ("،", ",") and b3 - b <= 8 \
                    and not any(norms[k] in clause_verb_forms() for k in range(b + 1, b3)):
                agent = _strike_opened_at(norms, units, b3 + 1)
        by_hand = by_hand or (agent is not None and trig.pos == "V")
    if by_hand and (injured or (agent is not None and agent.actor)):
        # (قال الناطق باسم وزارة الصحة إن طفلة قُتلت في غارة إسرائيلية: who reports it is no victim)
        quote = mentions.quote_at(toks[m.head_tok].start)
        reporters = {quote.speaker} if quote is not None and quote.speaker else set()
        # (nor is one named before the reported clause: وتزعم مصادر تركية أنه قُتل على أيدي 15 سعوديا، أعلن حاكم
        # هلمند أن 10 أشخاص قتلوا، وأصيب 37 آخرون)
        reporters |= {u.actor for u in units if u.actor and u.last < m.first
                      and any(norms[c] in _COMPLEMENTIZERS for c in range(u.last + 1, m.first))}
        source = [x for x in source if x not in reporters]
    if agent is not None and agent.actor:
        # تم فرض عقوبات من قبل وزارة الخزانة على ...، اغتيل على يد ...: the agent acts; the
        # subject of a verb read as passive (قُتل X على أيدي ...) is who suffered it
        if by_hand:
            target = [x for x in source if x != agent.actor] + target
        source, target = [agent.actor], [t for t in target if t != agent.actor]
    elif by_hand:
        source, target = [], source + target     # قُتل على أيدي معارضين: an unnamed agent
    # speech-like nominal triggers inside reported speech (X أمر غير مقبول، سيدفع ثمنا):
    # the speaker is the source; the actors of the clause are the target
    spoken = False
    if trig.type in SPEECH_LIKE and (trig.pos == "N" or "speech" in trig.flags):
        quote = mentions.quote_at(toks[m.head_tok].start)
        if quote is not None and quote.speaker and not (
                own_agent is not None and trig.type in _OWN_AGENT_TYPES and own_agent.actor != quote.speaker) \
                and not (rel_agent is not None and rel_agent.actor != quote.speaker) \
                and not (invited_by is not None and invited_by.actor != quote.speaker):
            # (not a masdar with its own agent right after it: قالت قطر إن موافقة إسرائيل على ...
            # -- Israel agrees; but an accusation noun's genitive is the accused -- انتهاكات
            # إسرائيل -- and a call's may be who is called -- دعوة الجمعية العامة إلى الانعقاد;
            # nor an invitation from someone: قالت الرئاسة إن الأمير سيزور فلسطين تلبية لدعوة من عباس)
            comp = max([k for k in range(a, m.first) if norms[k] in _COMPLEMENTIZERS], default=a - 1)
            clause = [u.actor for u in units if comp < u.first < m.first]
            others = [x for x in clause + source + target if x != quote.speaker]
            by = next((u for u in units if u.actor and u.actor != quote.speaker and m.last < u.first <= m.last + 3
                       and (norms[u.first - 1] == "من" or u.glued == "من")), None) if trig.type == "ACCUSE" else None
            if by is not None:
                others = [by.actor]      # عملا عدائيا من روسيا ضد بريطانيا: the one whose act is charged
            if not others and quote.addressee:
                others = [quote.addressee]
            if not (object_gen and any(own_state(mentions, [quote.speaker], t) for t in target)):
                # (بوتين: اتهام موسكو ... -- he speaks of an accusation against his country)
                source, target = [quote.speaker], others
                spoken = True
    if "payer" in trig.flags and not spoken:
        # (قال الوزير إن إسرائيل ستدفع ثمنا، بضرورة أن تدفع موسكو ثمن أفعالها: who is to pay -- the name in
        # the phrase or right before it -- is threatened, by whoever demands it)
        payer = next((u for u in units if u.actor in source and (
            m.first <= u.first <= m.last or 0 <= m.first - 1 - u.last <= 1)), None)
        if payer is not None:
            source, target = [x for x in source + target if x != payer.actor], [payer.actor]
    if reciprocal:
        # بين X و Y، X و Y سيعقدان محادثات: each side meets (agrees with) the other, so both are
        # source and target, as for a meeting of three or more
        parts = _ids(source + target)
        if len(parts) >= 2:
            return parts, list(parts)
    return _ids(source), _ids([t for t in target if t not in source and not own_state(mentions, source, t)])


# masdars whose possessive pronoun is the patient (مقتله: he was killed), never the agent
# (unlike هجومه، قصفها: his attack, its shelling)
_PATIENT_MASDARS = {"قتل", "مقتل", "مصرع", "اغتيال", "اعتقال", "احتجاز", "اعدام", "اختطاف", "خطف", "توقيف",
                    "سجن", "تعذيب", "ترحيل", "اصابه", "تصفيه", "وضع",     # (وضعه قيد الإقامة الجبرية)
                    "تسميم", "تسمم"}
_PRONOUNS = ("هما", "هم", "ها", "ه")
# killings and disappearances (not arrests: the detained person stands for the state that holds them as
# often as not -- انتقدت توقيف الناشطة سمر بدوي في السعودية)
_VICTIM_MASDARS = {"قتل", "مقتل", "مصرع", "اغتيال", "اختطاف", "خطف", "اختفاء", "وفاه", "تصفيه", "تسميم", "تسمم",
                   "استهداف"}
# what a victim is attacked through (استهداف موكب رئيس الوزراء، اغتيال منزل ...: its owner is the victim)
_VICTIM_BELONGINGS = {"موكب", "منزل", "سياره", "مقر", "مكتب", "منازل", "طائره", "سفينه"}


def _victim_masdar(word: str) -> bool:
    """A killing or disappearance masdar, with its article or a ب / ل (بمقتل، لاغتيال)."""
    core = _strip_article(word)
    return core in _VICTIM_MASDARS or (core[:1] in "بل" and core[1:] in _VICTIM_MASDARS)


_ATTACKS = {"هجوم", "هجمات", "اعتداء", "اعتداءات"}     # (without their article or clitics)


def _attacked(norms: list[str], k: int, after: int) -> bool:
    """``norms[k]`` is the على of an attack named after token ``after`` (بالوقوف خلف هجوم مارس على
    سكريبال: what was attacked; within two words of the attack noun)."""
    return norms[k] == "علي" and any(_strip_article(norms[j]) in _ATTACKS for j in range(max(after + 1, k - 3), k))


_TARGETED = {"استهدفت", "استهدف", "طالت", "طال"}


def _targeting_clause(norms: list[str], k: int, after: int) -> bool:
    """``norms[k]`` is the verb of a relative clause on an attack: الهجمات التي استهدفت السفارة الفرنسية
    (what follows is what was attacked)."""
    return k - 1 > after and norms[k] in _TARGETED and norms[k - 1] in ("التي", "الذي", "اللتين", "اللذين")


def named_victims(norms: list[str], units: list, m: Match) -> set:
    """Actors the sentence names after the trigger only as the victim of a killing or a disappearance
    (مقتل خاشقجي، اختفاء الصحفي جمال خاشقجي، اغتيال رئيس الوزراء رفيق الحريري): the masdar right
    before the name, its title or a descriptive noun."""
    victim, other = set(), set()
    for u in units:
        if not u.actor or isinstance(u, _AdjectiveUnit):
            continue     # (اعتقال الناشطة السعودية: the victim's nationality is as often who is charged)
        j = _title_start(norms, u.first) if u.person else None
        k = (u.first if j is None else j) - 1
        for _ in range(2):      # (مقتل الصحفي جمال خاشقجي: a descriptive noun between)
            if k > m.last and norms[k].startswith("ال") and not _victim_masdar(norms[k]):
                k -= 1
        if k > m.last + 1 and norms[k] in _VICTIM_BELONGINGS:
            k -= 1          # (استهداف موكب رئيس الوزراء: the convoy's owner)
        # (استهداف إسرائيل للمتظاهرين: a genitive followed by the object's لل is the agent)
        after = norms[u.last + 1] if u.last + 1 < len(norms) else ""
        agent = after == "ل" or (after.startswith("لل") and len(after) > 4)
        if u.first > m.last and k >= 0 and not agent and (_victim_masdar(norms[k]) or _attacked(norms, k, m.last)
                                                          or _targeting_clause(norms, k, m.last)):
            victim.add(u.actor)
        else:
            other.add(u.actor)
    return victim - other


_DETENTION_ADJECTIVES = {"الاحتياطي", "التعسفي", "الاداري", "التحفظي", "المؤقت", "الانفرادي"}


def _pronoun_patient(record: Record, toks: list[Token], norms: list[str], m: Match, mentions) -> str | None:
    """The actor a possessive pronoun on a patient masdar refers to: the last person named before
    it in the paragraph (هم: an actor named at most two words before it)."""
    word = norms[m.head_tok]
    pro, stem = next(((p, word[:-len(p)]) for p in _PRONOUNS if word.endswith(p)), ("", ""))
    if not pro:
        return None
    stem = stem[:-1] + "ه" if stem.endswith("ت") else stem          # اصابته -> اصابه
    for clitics in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل"):
        if stem.startswith(clitics) and (stem[len(clitics):] in _PATIENT_MASDARS):
            break
    else:
        return None
    nxt = norms[m.head_tok + 1] if m.head_tok + 1 < len(norms) else ""
    if nxt.startswith("ال") and nxt not in _DETENTION_ADJECTIVES:
        return None     # اعتقاله المثقفين: his arresting them, the pronoun is the agent
    pos = toks[m.first].start
    if pro in ("هم", "هما"):
        # a group named right before (لقي 43 عنصرا من ميليشيات الحوثي مصرعهم), not any actor
        # of the sentence (قتل سبعة مدنيين في مالي بعد توقيفهم)
        cands = [u for u in mentions.items if toks[0].start <= u.start and u.end <= pos and u.actor
                 and len(record.text[u.end:pos].split()) <= 2 and not re.search(r"[،,.]", record.text[u.end:pos])]
        return cands[-1].actor if cands else None
    return last_person_before(record, mentions, pos)


def last_person_before(record: Record, mentions, pos: int, exclude=()) -> str | None:
    """The actor of the last person named before character ``pos`` in its paragraph (none of
    ``exclude``): whom a singular pronoun (ه، ها) refers to."""
    para_start = record.text.rfind("\n", 0, pos) + 1
    cands = [u for u in mentions.items if para_start <= u.start and u.end <= pos and u.actor and u.person
             and u.actor not in exclude]
    return cands[-1].actor if cands else None


# verbs a meeting or visit is the object of: who expects, wants, plans or insists on meeting someone
_SEEK_VERBS = {normalize(w) for w in (
    "يتوقع تتوقع توقع توقعت يريد تريد أراد أرادت يريدون يأمل تأمل أمل يرغب ترغب رغب رغبت يعتزم تعتزم اعتزم "
    "اعتزمت ينوي تنوي نوى يعتزمون ينوون قرر قررت يقرر تقرر يعتزمان ينويان يريدان يأملان يرتقب").split()}
_SEEK_ON = {normalize(w) for w in "يصر تصر أصر أصرت وافق وافقت يوافق توافق".split()}


def _place_adverbial(norms: list[str], units: list, m: Match, prep_of, mentions) -> int | None:
    """Where the clause resumes after a place right after a verb, in في and set off by a comma or a
    time word from a mention that follows (التقى السبت في موسكو، وزراء ...: the index of وزراء's
    clause start, past the comma and the time words); None when no such adverbial stands there."""
    u = next((v for v in units if v.first > m.head_tok and v.first not in m.tokens), None)
    if u is None or prep_of(u) != "في" or getattr(mentions.by_id.get(u.actor), "type", None) != "LOC":
        return None
    if any(norms[k] not in _TIME_WORDS and norms[k] not in _CLAUSE_BREAK for k in range(m.head_tok + 1, u.first - 1)):
        return None
    nxt = u.last + 1
    if nxt >= len(norms) or not (norms[nxt] in ("،", ",") or norms[nxt] in _TIME_WORDS):
        return None
    if not any(v.first > nxt for v in units):
        return None
    while nxt < len(norms) - 1 and (norms[nxt] in _TIME_WORDS or norms[nxt] in _CLAUSE_BREAK):
        nxt += 1
    return nxt


def _meeting_seeker(norms: list[str], units: list, m: Match, prep_of, preps):
    """The subject of a meeting or visit noun in construct that is the object or purpose of a
    clause (يتوقع ترامب لقاء كيم، يصر على لقاء الحوثي، توجه ماكرون إلى ألمانيا للقاء ميركل), or None:
    the nearest name before it in the sentence that no preposition governs."""
    w = norms[m.head_tok]
    k = m.head_tok - 1
    subject = next((u for u in units if u.last == k), None)
    if subject is not None:
        # (يعتزم وزير الخارجية الأمريكي مايك بومبيو زيارة ...: the verb, its subject, the masdar)
        title = _title_start(norms, subject.first) if subject.person else None
        k = (subject.first if title is None else title) - 1
    prev = _core(norms[k]) if k >= 0 else ""
    seeks = (w[:1] == "ل" and w[1:] in m.trigger.slots[m.trigger.head]) or prev in _SEEK_VERBS or (
        prev in ("علي", "بعلي") and k > 0 and _core(norms[k - 1]) in _SEEK_ON)
    if not seeks:
        return None
    return next((u for u in reversed(units) if u.last < m.first and prep_of(u) not in preps
                 and prep_of(u) not in ("ل", "ب")), None)


_WARN = {"حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون"}


def _dual_verb(word: str) -> bool:
    """A dual verb form: سيعقدان، يبحثان، تتفقان; بحثا، اتفقا، التقيا (not a plural in وا)."""
    w = _core(word)
    if w.startswith(("سي", "ست")):
        w = w[1:]
    if w.startswith(("ي", "ت")) and w.endswith("ان") and len(w) > 4:
        return True
    # (not التقاها / التقاهما: a verb with an object pronoun)
    return w.endswith("ا") and not w.endswith(("وا", "دعا", "ها", "هما")) and len(w) > 3


_FIRED = {"اطلاق", "باطلاق", "صواريخ", "صاروخ", "قذايف", "هجمات", "هجوم", "بهجوم", "قصف", "بقصف", "غارات", "اعتداءات"}


def _condemned_agent(norms: list[str], units: list, k: int, preps: set) -> list:
    """The actor named inside the act a condemnation verb takes as its object, a few words on
    (تدين البحرين اقتراب مقاتلات جوية قطرية لطائرة ...، ندد بالقصف الإسرائيلي: Qatar, Israel):
    the first mention within six words after token ``k``, with nothing but plain words between; not
    the genitive of an arrest or a killing (انتقدت توقيف الناشطة سمر بدوي: the victim)."""
    for u in units:
        if u.first <= k + 1:
            continue
        if u.first > k + 6 or not u.actor or u.glued:
            return []
        between = norms[k + 1:u.first]
        if between and between[-1] == "من" and any(_core(w) in _FIRED for w in between[:-1]) and not any(
                w in _CLAUSE_BREAK or w in _STOP_TARGETS for w in between):
            return [u]     # يندد بإطلاق صواريخ من قطاع غزة على إسرائيل: whence the rockets came
        if any(w in preps or w in _CLAUSE_BREAK or w in _STOP_TARGETS or w in ("و", "او") for w in between):
            return []
        if any((_core(w)[2:] if _core(w).startswith("ال") else _core(w)) in _PATIENT_MASDARS for w in between):
            return []
        return [u]
    return []


def _lam_object(norms: list[str], u, prep: str) -> bool:
    """The mention is governed by ل: glued to it (لبرونسون) or to one of the two words before it
    (للقس الأمريكي برونسون، للقيادي مازن فقها، لمواقع الحوثيين: لل + noun, or ل + a م-noun of place)."""
    if prep == "ل":
        return True
    for k in range(u.first - 1, max(-1, u.first - 3), -1):
        w = norms[k]
        if w in _CLAUSE_BREAK or w in _PREPS_SKIP or w in _PREPS_TARGET:
            return False
        if (w.startswith("لل") and len(w) >= 4) or (w.startswith("لم") and len(w) > 4):
            return True
    return False


_HANDS = {"يد", "ايدي", "يدي", "ايادي"}


# what a stance is taken on, in construct with its owner (انتقد تصريحات جونسون، رفض دعوة ترامب، قبل عرض بوتين)
_STANCE_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "AGREE"}
_STANCE_OBJECTS = {normalize(w) for w in (
    "تصريحات تصريح سياسة سياسات دور قرار قرارات موقف مواقف تدخل إجراءات خطة خطط تهديدات اعتداءات هجمات "
    "ممارسات انتهاكات خطاب تغريدة تغريدات تصرفات سلوك أنشطة عدوان دعوة دعوات طلب طلبات عرض اقتراح مقترح "
    "مبادرة اتهامات مزاعم ادعاءات زيارة جهود").split()}


def _named_after(norms: list[str], units: list, u, b: int, preps, prep_of) -> bool:
    """Another name after ``u`` in its clause (up to token ``b``) that no preposition governs."""
    return any(v.first > u.last and v.first < b and v.actor and v.actor != u.actor and prep_of(v) not in preps
               and prep_of(v) not in ("ل", "ب") and not isinstance(v, _AdjectiveUnit) for v in units)


_ACCUSE_BARE = {"اتهم", "يتهم", "تتهم"}
# words with a first ب that are no charge after an accusing verb: adverbs (اتهم بعد انتهاء القمة ترودو، بالأمس، بشدة) and parts of an object
# (ويتهم بعض زملائه بالفساد)
_NO_CHARGE_AFTER = {normalize(w) for w in (
    "بالأمس بشدة بدوره بدورها بدورهم بعد بعدما بين بينما بالفعل بقوة بوضوح بصراحة بعض بقية باقي بكل بدون بها بهم بهما "
    "بهن").split()}


def _accused_passive(trig, norms: list[str], units, m) -> bool:
    """وكان أحمد منصور قد اتهم بالتحريض، ويتهم بأن له صلة بحزب العمال: a bare accusing verb right before its
    charge has no object, so it is the passive -- the active names whom it accuses first (اتهم بريطانيا بـ: a
    name after the verb is that object, not the charge)."""
    if trig.type != "ACCUSE" or m.head_tok + 1 >= len(norms):
        return False
    head, nxt = _core(norms[m.head_tok]), norms[m.head_tok + 1]
    return head in _ACCUSE_BARE and nxt[:1] == "ب" and len(nxt) > 2 and nxt not in _NO_CHARGE_AFTER \
        and not any(u.first == m.head_tok + 1 for u in units)


def spelled_passive(toks: list[Token], norms: list[str], m) -> bool:
    """ألقي القبض: the passive is written with ي, the active ألقى with ى -- a distinction the matching
    normalisation drops, so it is read from the original word; in the present it is the other way
    round (يُلقى القبض عليه, passive; يلقي / تلقي القبض, active)."""
    w = norms[m.head_tok]
    w = w[1:] if w[:1] in "وف" else w
    written = toks[m.head_tok].text.rstrip(DIACRITICS)
    if w == "القي":
        return written.endswith("ي")
    return w in ("يلقي", "تلقي") and written.endswith("ى")


_DAMMA = "\u064f"


def vowelled_passive(toks: list[Token], m) -> bool:
    """A past verb written with its passive vowel: a damma on one of its first three letters (قُتل،
    وأُصيب، اعتُقل، اُغتيل).  An active past form has no damma before its suffix (قتلُوا، قتلتُ)."""
    if m.trigger.pos != "V":
        return False
    raw = toks[m.head_tok].text
    if raw[:1] in "وف" and len(raw) > 3:
        raw = raw[1:]
    k = raw.find(_DAMMA)
    if k < 0:
        return False
    letters = sum(1 for ch in raw[:k] if ch not in DIACRITICS)
    return 1 <= letters <= 3 and normalize(raw) in m.trigger.past and not raw[k + 1:].startswith("وا")


def marked_passive(norms: list[str], m) -> bool:
    """على يد / على أيدي within a few words after a verb, in its clause: the verb is passive
    (قُتل على أيدي معارضين; the undiacritised قتل reads either way)."""
    for k in range(m.last + 1, min(len(norms) - 1, m.last + 7)):
        if norms[k] in _CLAUSE_BREAK:
            return False
        if norms[k] == "علي" and norms[k + 1] in _HANDS:
            return True
    return False


def _passive_agent(norms: list[str], units: list, m, b: int, limit: int, mentions):
    """The mention after من قبل / على يد that follows the trigger closely in its clause (the agent of
    a passive or of a masdar) -- or unnamed nationals after على يد (على أيدي 15 سعوديا: their country,
    when the article names it) -- or None."""
    # (past a hedge on the count: وقتل ما لا يقل عن 120 فلسطينيا على أيدي القوات الإسرائيلية)
    hedge = _count_hedge(norms, m.last + 1)
    for u in units:
        if not (m.last < u.first < min(b, limit)):
            continue
        j = _title_start(norms, u.first) if u.person else None
        k = j if j is not None else u.first
        if k >= 2 and (k - 2) - m.last <= 4 + hedge and (
                (norms[k - 1] == "قبل" and norms[k - 2] == "من") or (norms[k - 1] in _HANDS and norms[k - 2] == "علي")):
            return u     # (close by: in إدانة ... لاستهداف المدنيين العزل من قبل X, X is the agent of the targeting)
    for k in range(m.last + 2, min(b, limit, m.last + 8, len(norms) - 1)):
        if norms[k] in _HANDS and norms[k - 1] == "علي":
            # قتل على أيدي 15 سعوديا، على يد مسلحين فلسطينيين: unnamed nationals, their country acts
            j = k + 2 if _counted(norms[k + 1]) and k + 2 < len(norms) else k + 1
            country = counted_nationals(norms[j]) or (
                nisba_country(norms[j + 1]) if j + 1 < len(norms) and _core(norms[j]) in _UNNAMED_AGENTS else None)
            actor = mentions.country_actor.get(country) if country else None
            return _Fake(actor) if actor else None
    return None


_SECURITY_SECTORS = {"MIL", "COP", "SPY"}
_ARMED_SECTORS = _SECURITY_SECTORS | {"REB", "INS"}     # (security bodies and armed groups)


def _security_body(mentions, actor: str | None) -> bool:
    """An army, police, security or intelligence body (the one that arrests, not the arrested)."""
    a = mentions.by_id.get(actor) if actor else None
    return a is not None and a.type == "ORG" and a.sector in _SECURITY_SECTORS


def bare_passive_person(mentions, norms: list[str], m, actors: list[str]) -> bool:
    """The bare 3rd-person past قتل / اغتيل (active and passive are spelt alike) of an ASSAULT verb
    trigger whose only actor is a person: read as the passive, the person was killed (خاشقجي قتل
    داخل القنصلية، قتل صالح الصماد رئيس المجلس السياسي)."""
    if m.trigger.pos != "V" or len(actors) != 1 or getattr(mentions.by_id.get(actors[0]), "type", None) != "PER":
        return False
    if m.trigger.type == "ASSAULT":
        return _core(norms[m.head_tok]) in ("قتل", "اغتيل")
    # الصادق المهدي احتجز في المطار، طفلا ... احتجز أيضا لفترة وجيزة: a bare detention verb with no
    # object after it (a preposition, a time or a clause break follows) was done to the person
    nxt = norms[m.last + 1] if m.last + 1 < len(norms) else "."
    return (m.trigger.type == "COERCE" and _core(norms[m.head_tok]) in _BARE_DETENTION and len(m.tokens) == 1
            and (nxt in _CLAUSE_BREAK or nxt in _PREPS_SKIP or nxt in _TIME_WORDS or nxt in ("ايضا", "لمده", "لفتره", "لدي")))


_BARE_DETENTION = {"احتجز", "اعتقل", "اوقف", "اختطف", "خطف", "سجن"}


_BY_FIRE = {"برصاص", "بنيران", "بقذايف", "بصواريخ", "بغاره", "بغارات", "بقصف"}


def _fire_agent(norms: list[str], units: list, last: int, b: int):
    """The mention right after برصاص / بنيران / بغارة (whose bullets, fire or air strike), or after
    a strike noun that في / إثر / جراء introduce (في غارة جوية للتحالف), within seven words after
    token ``last`` (the trigger's end, or a comma after it) and before ``b``; or the owner of a strike
    launched by a relative verb (:func:`_strike_launcher`); or None."""
    for u in units:
        if not (last < u.first < b) or u.first - last > 12:
            continue
        j = _title_start(norms, u.first) if u.person else None
        k = j if j is not None else u.first
        if _strike_launcher(norms, k, last):
            return u
        if _fire_gap(norms, last, u.first) > 7:
            continue
        if k >= 1 and norms[k - 1] in _BY_FIRE:
            return u
        if k >= 2 and norms[k - 1] in _FORCE_NOUNS and norms[k - 2] in _BY_FIRE:
            return u      # برصاص قوات الجيش الإسرائيلي: the forces' fire
        # (قتل في غارة جوية للتحالف، جراء قصف للجيش: the strike's owner, after في / إثر / جراء)
        s = k - 2 if k >= 2 and norms[k - 1] in _STRIKE_ADJ else k - 1
        if s > last and (norms[s] in _BY_FIRE or (norms[s] in _FIRE_BARE and norms[s - 1] in _FIRE_PREPS)):
            return u
    return None


def _strike_opened_at(norms: list[str], units: list, s: int):
    """The owner of a strike a clause opens at token ``s`` (بنيران الجيش، في غارة شنتها قوات التحالف، جراء قصف
    للطيران): ب + fire, or في / إثر / جراء + an attack noun, its owner looked for up to the next clause break."""
    if s + 1 >= len(norms) or not (norms[s] in _BY_FIRE or (norms[s] in _FIRE_PREPS and (
            norms[s + 1] in _FIRE_BARE or _core(norms[s + 1]) in _AGENT_GENITIVE_NOUNS))):
        return None
    end = next((k for k in range(s, len(norms)) if norms[k] in _CLAUSE_BREAK), len(norms))
    return _fire_agent(norms, units, s - 1, end)


_AT_LEAST = ("علي", "الاقل")
# hedges before a count (ما لا يقل عن 17، أكثر من 20، نحو 30)
_COUNT_HEDGES = (("ما", "لا", "يقل", "عن"), ("اكثر", "من"), ("ما", "يزيد", "علي"), ("نحو",), ("حوالي",), ("قرابه",))


def _count_hedge(norms: list[str], k: int) -> int:
    """The number of words of a hedge on a count starting at token ``k`` (0 when none)."""
    return next((len(h) for h in _COUNT_HEDGES if tuple(norms[k:k + len(h)]) == h), 0)


def _fire_gap(norms: list[str], last: int, first: int) -> int:
    """Words between the trigger (``last``) and a name at ``first``, not counting commas or the
    count's hedge (قتل 36 شخصا، على الأقل، في غارات للطيران التركي: four words, not eight)."""
    gap, k = 0, last + 1
    while k < first:
        if norms[k] in ("،", ","):
            k += 1
            continue
        if tuple(norms[k:k + 2]) == _AT_LEAST:
            k += 2
            continue
        gap, k = gap + 1, k + 1
    return gap + 1


# who flies or fires the strike (قوات التحالف، طائرات النظام): the name after them is its owner
_FORCE_NOUNS = {"قوات", "طايرات", "مقاتلات", "طيران", "مروحيات", "سفن", "بوارج", "مدفعيه", "وحدات", "عناصر"}
# indefinite statements and speeches a clause with its resumptive فيه hangs on (بيانا أدان فيه)
_STATEMENTS = {normalize(w) for w in (
    "بيان بيانا تقرير تقريرا رسالة رسالتين كلمة خطاب خطابا تغريدة تغريدات تدوينة مقابلة مؤتمر تصريح تصريحات "
    "تسجيل مقال مقالا تقريرها بيانها").split()}
# indefinite texts that are a verb's subject right before it (شكوى تتهم دوتيرتي، بيانا يدين إسرائيل، رسالة تطالب
# ترامب بالاستقالة): the name after the verb is its object
_TEXT_SUBJECTS = _STATEMENTS | {normalize(w) for w in (
    "شكوى شكاوى دعوى وثيقة وثائق مذكرة عريضة قرار قرارا قرارات لافتة لافتات شعارات هتافات منشورات رسائل بيانات "
    "فتوى افتتاحية").split()}


def text_subject(norms: list[str], units: list, m: Match):
    """A verb right after an indefinite text noun, with at most two indefinite adjectives between (في شكوى
    تتهم دوتيرتي، بيانا رسميا يدين إسرائيل، مشروع قرار كويتي يدعو): ``(k, owner)`` -- the index of the noun
    and the nationality adjective among those words (كويتي), if any -- as the text says it, the name after the
    verb is its object, not its subject; else None.  Not a verb with an object pronoun (رسالة وجهها ترامب)
    nor one followed by فيه (وثيقة تعهدت فيها كوريا الشمالية): the name after it is its subject then.  Only an
    imperfect verb (يدين، تتهم): a past form as often is a masdar (لقرار رفع الحظر)."""
    if m.trigger.pos != "V" or _object_suffix(m.trigger, norms[m.head_tok]):
        return None
    return text_noun_before(norms, units, m.first, m.last, m.head_tok, definite=True)


def text_noun_before(norms: list[str], units: list, first: int, last: int, head: int, definite: bool = False):
    """:func:`text_subject` for the verb at tokens ``first``..``last`` (``head`` its verb word), also for a
    quotation's cue (بيانا يطالب إسرائيل "بضبط النفس": the statement speaks, not Israel).  With ``definite``
    also a definite text opening the clause (أن التقرير يتهم الحكومة: the government is accused) -- not
    for a quotation, whose definite report speaks for the body named before it."""
    if norms[head][:1] not in "يت" or norms[first][:1] in "وف" \
            or any(norms[j] in ("فيه", "فيها") for j in range(first, min(len(norms), last + 2))):
        return None
    if definite and first and _definite_text_subject(norms, first - 1):
        return first - 1, None
    owner = None
    for k in range(first - 1, max(-1, first - 4), -1):
        unit = next((u for u in units if u.first <= k <= u.last), None)
        if unit is not None:
            if not isinstance(unit, _AdjectiveUnit) or isinstance(unit, _CountedUnit) or unit.first != unit.last \
                    or owner is not None:
                return None
            owner = unit
            continue
        core = split_proclitics(norms[k])[1] if norms[k].isalpha() else ""
        if core.startswith("ال") or not core:
            return None
        if core in _TEXT_SUBJECTS and not core.endswith("ها"):
            if core in _STATEMENTS and (split_proclitics(norms[k])[0][-1:] == "ب" or (k and norms[k - 1] == "في")):
                return None     # (ومضى ألتون في بيان يقول، وقال في تغريدة يهدد: the subject speaks in it)
            return k, owner
        if len(core) <= 3 or not core.endswith(("ا", "ه", "ي")) or core.endswith(("ها", "نا", "هم")) \
                or norms[k] in _COMPLEMENTIZERS or norms[k] in _NOT_ACCUSATIVE:
            return None     # (only indefinite adjectives between: بيانا رسميا، رسالة مفتوحة، مشروع قرار دولي)
    return None


# indefinite texts right after a verb, their owner after them with لـ (اتهم تقرير للأمم المتحدة)
_OWNED_TEXTS = {normalize(w) for w in "تقرير بيان رسالة دراسة مذكرة شكوى دعوى وثيقة تسجيل مقال افتتاحية".split()}
# definite texts that open a clause as its subject, the verb right after them (أن التقرير يتهم الحكومة، وقال
# إن مشروع القرار يطالب إسرائيل، الدعوى تتهم الإمارات)
_DEFINITE_TEXTS = {normalize(w) for w in (
    "التقرير البيان الدعوى الشكوى الرسالة المذكرة الوثيقة الدراسة العريضة القرار الفتوى").split()}
_DRAFTS = {normalize(w) for w in "مشروع ومشروع مسودة ومسودة".split()}


def _definite_text_subject(norms: list[str], k: int) -> bool:
    """Word ``k``, right before a verb, is a definite text (التقرير، الدعوى، مشروع القرار) opening its
    clause: after a complementizer (أن، إن), a clause break or at the start, or with و on it (والبيان)."""
    word = norms[k]
    if word[:1] == "و" and word[1:] in _DEFINITE_TEXTS:
        return True      # (والبيان يطالب)
    if word not in _DEFINITE_TEXTS:
        return False
    j = k - 1
    if j >= 0 and norms[j] in _DRAFTS:
        if norms[j][:1] == "و":
            return True      # (ومسودة البيان تطالب)
        j -= 1     # (مشروع القرار يطالب)
    return j < 0 or norms[j] in _CLAUSE_BREAK or norms[j] in _COMPLEMENTIZERS or norms[j] in ("لكن", "ولكن")


# verbs of adopting, tabling, sending or raising a text (تبنى مجلس الأمن قرارا يطالب، تقدمت الكويت بمسودة بيان يدعو،
# أرسلت جوجل رسالة تقول، ردد أنصار الحزب هتافات): their subject
# issued it
_ADOPTING = ("تبني", "اعتمد", "اقر", "قدم", "تقدم", "وزع", "صاغ", "طرح", "وافق", "صادق", "صوت", "مرر",
             "ارسل", "بعث", "رفع", "ردد", "حمل")


@lru_cache(maxsize=1)
def _adopting_forms() -> frozenset:
    from .events import default_present, verb_forms     # (events imports this module)

    return _issuing_forms() | frozenset(verb_forms(list(_ADOPTING), [default_present(v) for v in _ADOPTING])) \
        | {"تبنت", "تبنوا", "اعتماد", "اقرار", "تقديم"}


def text_issuer(norms: list[str], units: list, doc: int):
    """The named subject of the verb that issued, adopted or tabled the text at ``doc`` (أصدرت المنظمة بيانا،
    تبنى مجلس الأمن قرارا، تقدمت الكويت بمسودة بيان; before the verb: وكانت الجمعية العامة أقرت قرارا), else None."""
    verb = next((j for j in range(doc - 1, max(-1, doc - 12), -1) if _core(norms[j]) in _adopting_forms()), None)
    if verb is None:
        return None
    preps = _PREPS_SKIP | _PREPS_TARGET
    after = next((u for u in units if verb < u.first < doc and u.actor and not isinstance(u, _CountedUnit)
                  and split_proclitics(norms[u.first])[0] not in ("ل", "ب", "لل") and norms[u.first - 1] not in preps), None)
    if after is not None:
        return after
    before = verb - 2 if verb >= 2 and norms[verb - 1] in ("قد", "لقد") else verb - 1     # (وكانت رويترز قد نشرت)
    return next((u for u in units if u.last == before and u.actor and not isinstance(u, _CountedUnit)
                 and split_proclitics(norms[u.first])[0] not in ("ل", "ب", "لل")
                 and (u.first == 0 or norms[u.first - 1] not in preps)), None)


# past stems of issuing a statement -- or speaking in it (وقال ترامب في تغريدة ... يهدد فيها) -- and the masdar إصدار
_ISSUING = ("اصدر", "نشر", "القي", "بث", "وزع", "اجري", "عقد", "كتب", "وجه", "قال", "اعلن", "ذكر", "اكد", "كشف", "اوضح")


@lru_cache(maxsize=1)
def _issuing_forms() -> frozenset:
    """The past forms of the issuing verbs (أصدرت، نشروا، ألقت), from the trigger lexicon's verb morphology."""
    from .events import verb_forms     # (events imports this module)

    return frozenset(verb_forms(list(_ISSUING), [])) | {"اصدار"}


def statement_issuer(norms: list[str], units: list, first: int, last: int):
    """For a verb (tokens ``first``..``last``) followed by فيه / فيها whose clause hangs on an indefinite
    statement or speech a few words before it (بيانا رئاسيا حول اليمن، أدان فيه): ``(issuer, k)`` -- the
    subject of the verb that issued it (أصدر مجلس الأمن, None when unnamed) and the index of فيه -- else None."""
    k = last + 1
    if k >= len(norms) or norms[k] not in ("فيه", "فيها"):
        return None
    doc = next((j for j in range(first - 1, max(-1, first - 8), -1)
                if _core(norms[j]) in _STATEMENTS or norms[j] in _STATEMENTS), None)
    if doc is None or any(norms[j] in (".", "؟", "!", ":") or norms[j] in _RELATIVE_WORDS for j in range(doc + 1, first)):
        return None
    verb = next((j for j in range(doc - 1, max(-1, doc - 16), -1) if _core(norms[j]) in _issuing_forms()), None)
    issuer = next((u for u in units if verb < u.first < doc and u.actor), None) if verb is not None else None
    if issuer is None and not any(u.first == k + 1 for u in units):
        return None     # (وجه رسالة إلى بوتين يطلب فيها: the dropped subject is the clause's, found as usual)
    return issuer, k


# "also" right after a call or charge verb, and the adverbs that may follow it, before its object
_ALSO = {"ايضا", "كذلك"}
_AGAIN = {"مرارا", "مجددا", "مره", "ثانيه", "بدوره", "بدورها"}
# a strike noun's relative verb with its resumptive pronoun, past or present (غارة شنتها، قصف نفذه، بغارات يشنها)
_LAUNCHED = {v + p for v in ("شنت", "شن", "نفذت", "نفذ", "شنوا", "نفذوا", "يشن", "تشن", "ينفذ", "تنفذ", "يشنون",
                             "ينفذون") for p in ("ها", "ه")}


def _strike_launcher(norms: list[str], k: int, last: int) -> bool:
    """A name starting at ``k`` owns the strike before it: في غارة شنتها (قوات) X، في قصف نفذته
    طائرات X، في غارة جوية (الأسبوع الماضي) لقوات X -- the strike noun after the trigger (at ``last``),
    at most seven words after it."""
    j = k - 1
    if j > last and norms[j] in _QUOTE_MARKS | _QUOTE_OPEN:
        j -= 1      # (في هجوم شنته جماعة "بوكو حرام": the name in quotation marks)
        if j > last and norms[j] in _DELEGATIONS | _GROUP_NOUNS:
            j -= 1
    force = j > last and norms[j] in _FORCE_NOUNS
    if j > last and not force and norms[j][:1] == "ل" and norms[j][1:] in _FORCE_NOUNS:
        # لقوات X: the strike's genitive, with at most two time words between (غارة جوية الأسبوع الماضي لقوات)
        strike = [i for i in range(max(last + 1, j - 4), min(j, last + 8)) if norms[i] in _FIRE_BARE or norms[i] in _BY_FIRE]
        return bool(strike) and all(norms[i] in _STRIKE_ADJ or norms[i] in _TIME_WORDS
                                    for i in range(strike[-1] + 1, j))
    if force:
        j -= 1
    if j <= last or norms[j] not in _LAUNCHED:
        return False
    j -= 1
    for _ in range(2):      # (غارة جوية، ضربات جوية مكثفة شنتها)
        if j > last and (norms[j] in _STRIKE_ADJ or norms[j] in _INTENSITY):
            j -= 1
    return last < j <= last + 7 and (norms[j] in _FIRE_BARE or norms[j] in _BY_FIRE
                                     or _core(norms[j]) in _AGENT_GENITIVE_NOUNS)


# forms of address before a title (صاحب السمو الملكي الأمير، فخامة الرئيس، معالي الوزير)
_HONORIFICS = {normalize(w) for w in "صاحب صاحبة السمو سمو الملكي الجلالة جلالة فخامة معالي سعادة".split()}
# the words of a title set before the forms of address (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير X)
_TITLE_FILLERS = {normalize(w) for w in "نائب خادم الحرمين الشريفين ولي العهد".split()}


def _address_word(norms: list[str], k: int, title: int) -> bool:
    """The word at ``k``, before a title at ``title``, is a form of address or a title word set before one
    (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير X: all of these go with the name)."""
    return norms[k] in _HONORIFICS or (norms[k] in _TITLE_FILLERS
                                       and any(norms[j] in _HONORIFICS for j in range(k + 1, title)))


_TIME_WORDS = set(WEEKDAYS) | {normalize(w) for w in (
    "الأسبوع", "الماضي", "الماضية", "أمس", "اليوم", "الليلة", "فجر", "مساء", "صباح", "ليل", "يوم")}


_INTENSITY = {normalize(w) for w in "مكثفة مكثف عنيفة عنيف جديدة جديد متواصلة متتالية متكررة مدمرة واسعة".split()}
_GROUP_NOUNS = {"جماعه", "حركه", "تنظيم", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات"}
_FIRE_BARE = {"غاره", "غارات", "قصف", "ضربه", "ضربات", "رصاص", "نيران", "قذايف", "صواريخ"}
_FIRE_PREPS = {"في", "اثر", "جراء", "خلال", "عقب", "بعد"}
_WEAPON_NOUNS = {"رصاص", "الرصاص", "رشاشات", "الرشاشات", "نيران", "النيران"}


def _by_weapon(norms: list[str], m) -> bool:
    """A lone noun trigger "with bullets / with fire" (بالرصاص، برصاص، بنيران): a means, whose
    name before it is the one shot."""
    w = norms[m.first]
    return m.trigger.pos == "N" and len(m.tokens) == 1 and w[:1] == "ب" and w[1:] in _WEAPON_NOUNS


_STRIKE_ADJ = {"جويه", "صاروخيه", "مدفعيه", "جوي", "مدفعي", "صاروخي"}
# adjectives between an attack noun and its owner after ل (not عسكرية: ضربات عسكرية لإيران, on Iran)
_ATTACK_ADJ = _STRIKE_ADJ | {a + e for a in (
    "عنيف", "مكثف", "اخير", "محتمل", "مفترض", "كبير", "وشيك", "مرتقب", "مستمر", "متعمد", "متكرر", "استفزازي",
    "عشوائي", "مركز", "بري", "بحري", "جديد", "واسع", "مفاجئ", "دامي", "كيميائي", "كيماوي", "مزدوج", "انتحاري", "ارهابي",
    "متواصل", "غادر") for e in ("", "ه")} | {"اول", "اولي"}


# attack nouns whose owner may follow after ل (غارة للتحالف، هجوم للحوثيين) -- not ضربة (ضربة لداعش: a blow to)
_LAM_AGENT_NOUNS = _ATTACKS | {"هجمه", "غاره", "غارات", "قصف"}
# a withdrawal noun and the adjectives between it and who withdraws after ل (الانسحاب الأحادي للولايات المتحدة)
_WITHDRAWAL_NOUNS = {"انسحاب"}
_WITHDRAWAL_ADJ = {a + e for a in ("احادي", "كامل", "جزيي", "مفاجي", "تدريجي", "رسمي", "نهايي", "اميركي", "امريكي")
                   for e in ("", "ه")}
_AGENT_GENITIVE_NOUNS = {"هجوم", "هجمات", "هجوما", "هجومين", "غاره", "غارات", "قصف", "ضربه", "ضربات", "اعتداء", "اعتداءات",
                 "عمليه", "عمليات", "هجمه", "هجماته"}


def _unnunated(w: str) -> str:
    """An indefinite accusative without its alif (هجوما -> هجوم، صاروخيا -> صاروخي)."""
    return w[:-1] if len(w) > 4 and w.endswith("ا") and not w.endswith("اا") else w


def _strip_article(w: str) -> str:
    for p in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _exposed_to(norms: list[str], units: list, m: Match):
    """For an attack noun with ل after a form of تعرض (تعرضت X لهجوم، تتعرض X لقصف): the mention of
    what was exposed to it (right after تعرض, else right before it), True when it is not named,
    None when the noun does not follow تعرض."""
    if not norms[m.first].startswith("ل"):
        return None
    k = next((k for k in range(m.first - 1, max(-1, m.first - 9), -1)
              if _core(norms[k]).startswith(("تعرض", "يتعرض", "تتعرض"))), None)
    if k is None:
        return None
    u = next((u for u in units if k < u.first < m.first and u.actor), None) or \
        next((u for u in units if u.last == k - 1 and u.actor), None)
    return u if u is not None else True


# verbs whose subject receives what their object noun does (يواجه اتهامات، تعرضت لانتقادات، تلقى تهديدات، لقي
# القرار إشادة، نال دعم; not the present يلقى, written as يلقي "throws": ألقى باللوم على is the blamer's)
_RECEIVING = {normalize(w) for w in (
    "يواجه تواجه واجه واجهت يواجهون يواجهان واجهوا لاقى لاقت يلاقي تلاقي لاقوا تلقى تلقت يتلقى تتلقى تلقوا "
    "يتلقون تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون لقي لقيت لقوا نال نالت نالوا "
    # (يخضع كوهين للتحقيق في تهم، خضعت الشركة لعقوبات: who is put under it)
    "خضع خضعت يخضع تخضع خضعوا يخضعون").split()}
# (أثارت زيارة الجنرال كيم استنكار المعارضة، أثار ترامب انتقادات من الصين: what stirs the criticism --
# the name in it -- receives it; who makes it is the noun's genitive or after من)
_STIRRING = {normalize(w) for w in "أثار أثارت يثير تثير أثاروا".split()}
_EXPOSED = "عرضة"   # (لا يزال ترامب عرضة للانتقادات; as written: عرضه is also "his offer")
_RECEIVED_TYPES = {"ACCUSE", "THREATEN", "SANCTION", "SUPPORT", "AID", "REJECT"}


def received_by(norms: list[str], units: list, m: Match, toks=None):
    """For a charge, threat, sanction or support noun that is the object of a receiving verb (ويواجه X
    اتهامات، تعرضت الأمم المتحدة لانتقادات، تلقى الصحفي تهديدات، تلقى عباس دعما من), or right after
    عرضة ("exposed to": لا يزال ترامب عرضة للانتقادات): the mention of who receives it (between the
    verb and the noun, else right before the verb), True when it is not named, None when no such verb
    stands within eight words before the noun in its clause."""
    if m.trigger.type not in _RECEIVED_TYPES or (
            m.trigger.pos != "N" and _core(norms[m.head_tok]) not in ("دعما", "رفضا")):
        return None     # (دعما، رفضا read as dual verbs too; after تلقى، لاقى they are the nouns: تلقى دعما من)
    if toks is not None and m.first >= 1 and toks[m.first - 1].text == _EXPOSED:
        # (the adjective right before the noun, its subject right before it)
        found = (m.first - 1, next((u for u in units if u.last == m.first - 2 and u.actor), None))
    else:
        found = _verb_before(norms, units, m, _RECEIVING | _STIRRING, words=8, span=8, commas=False)
        if found is None:
            # an aside between two commas (واجه وزير المالية الأمريكي، ستيف منوتشين، انتقادات حادة)
            found = _verb_before(norms, units, m, _RECEIVING | _STIRRING, words=8, span=10, commas=True)
            if found is not None and sum(w in ("،", ",") for w in norms[found[0]:m.first]) != 2:
                found = None
    if found is None:
        return None
    k, subject = found
    if subject is not None and subject.last < k and _core(norms[k]) in _STIRRING:
        # what stirs it opens the clause, the name in it (زيارة الجنرال كيم ... في بيونغ يانغ أثارت,
        # رغبة ترامب في تنظيم حدث كهذا قد أثارت): the first name of the clause, not the last
        start = max(_clause_bounds(norms, k, k)[0], k - 14)
        subject = next((u for u in units if start <= u.first and u.last < k and u.actor), subject)
    elif subject is not None and k < subject.first and not subject.person:
        # تعرضت سيدة أمريكا الأولى ميلانيا ترامب لانتقادات: the country in a person's title is not who is
        # criticised, the person named right before the noun is
        person = next((u for u in units if subject.last < u.first and m.first - 2 <= u.last < m.first
                       and u.person and u.actor), None)
        subject = person or subject
    return subject if subject is not None else True


def _verb_before(norms: list[str], units: list, m: Match, verbs: set, words: int, span: int, commas: bool):
    """``(k, subject)`` for the nearest verb of ``verbs`` at most ``words`` words (``span`` tokens)
    before the trigger in its clause -- commas skipped when ``commas`` -- with the mention standing
    between it and the trigger (its subject), else right before it, or None; None without such a verb."""
    seen = 0
    for j in range(m.first - 1, max(-1, m.first - 1 - span), -1):
        if commas and norms[j] in ("،", ","):
            continue
        if norms[j] in _CLAUSE_BREAK or seen == words:
            return None
        seen += 1
        w = _core(norms[j])
        if w in verbs or norms[j] in verbs or (w[:1] == "س" and w[1:] in verbs):     # (ستتعرض: the future too;
            #                                          واجه as written: its و is no conjunction)
            subject = next((u for u in units if j < u.first and u.last < m.first and u.actor), None) or \
                next((u for u in units if u.last == j - 1 and u.actor), None)
            return j, subject
    return None


# verbs of foiling an attack (أفشلت هجوما، أحبطت الشرطة هجوما) and of repelling one (صدت قوات الجيش
# هجوما للحوثيين، تصدت لهجوم)
_FOILING = {normalize(w) for w in "أفشل أفشلت يفشل تفشل أفشلوا أحبط أحبطت يحبط تحبط أحبطوا".split()}
_REPELLING = _FOILING | {normalize(w) for w in (
    "صد صدت يصد تصد صدوا يصدون تصدى تصدت يتصدى تتصدى تصدوا يتصدون دحر دحرت يدحر تدحر كسر كسرت").split()}


def repelled(norms: list[str], units: list, m: Match):
    """For an attack noun that is the object of a repelling verb at most seven words before it (commas
    aside):
    ``(defender, attacker)`` -- the mention after the verb (its subject) or right before it, and the
    noun's owner (its genitive, ل + a name right after it or after one adjective); either may be
    None.  None when there is no such verb."""
    if m.trigger.type != "ASSAULT" or m.trigger.pos != "N":
        return None
    # (أفشلت قوات الجيش اليمني، الجمعة، وللمرة الثانية، هجوما: asides between)
    found = _verb_before(norms, units, m, _REPELLING, words=7, span=11, commas=True)
    if found is None:
        return None
    k, defender = found
    if _core(norms[k]) in _FOILING:
        defender = None     # (أحبطت الشرطة الألمانية هجوما: who foils a plot is not who it was aimed at)
    attacker = None
    for u in units:
        if not u.actor or not (m.last < u.first <= m.last + 3):
            continue
        between = norms[m.last + 1:u.first]
        if (u.glued[-1:] == "ل" or isinstance(u, _AdjectiveUnit) or (not between and not u.glued)
                or (between and between[-1] in _LAUNCHED) or between[-2:] in (["من", "قبل"], ["من", "جانب"])
                ) and not any(w in _CLAUSE_BREAK for w in between):
            # لهجوم صاروخي إسرائيلي، هجوما للحوثيين، هجوم بري شنه الجيش السوري، هجوم الحوثيين، هجوم من جانب الحوثيين
            attacker = u
            break
    return defender, attacker



_ARRIVE = {"وصل", "وصلت", "يصل", "تصل", "حل", "حلت", "يحل", "تحل"}
_RECEIVE = {"تلقي", "تلقت", "تلقاه", "تلقته", "يتلقي", "تتلقي", "تلقيا"}


def _arrival_visit(norms: list[str], units: list, m: Match, prep_of, preps, mentions) -> tuple[list, list] | None:
    """``([visitor], [destination])`` for a visit noun after في in a sentence that says someone
    arrived somewhere (ووصل الشيخ محمد بن زايد إلى القاهرة في زيارة تستغرق يومين، ووصل الرئيس
    الإريتري إلى أديس أبابا السبت، في زيارة), else None."""
    if m.first < 3 or norms[m.first - 1] not in ("في", "فی"):
        return None
    k = next((k for k in range(m.first - 1, -1, -1) if _core(norms[k]) in _ARRIVE), None)
    if k is None:
        return None
    dest = next((u for u in units if k < u.first < m.first and u.actor and prep_of(u) == "الي"), None)
    if dest is not None:
        dest_actor, dest_first = dest.actor, dest.first
    else:
        # إلى العاصمة المصرية: the country of the capital's adjective
        j = next((j for j in range(k + 1, m.first - 2) if norms[j] == "الي" and norms[j + 1] in ("العاصمه", "عاصمه")), None)
        c = nisba_country(norms[j + 2]) if j is not None else None
        dest_actor, dest_first = (mentions.country_actor.get(c) if c else None), (j + 2 if j is not None else m.first)
    if not dest_actor:
        return None
    cands = [u for u in units if k < u.first < dest_first and u.actor
             and prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")]
    # (وزير الخارجية العراقي إبراهيم الجعفري: the person, not the country of the title's adjective)
    visitor = next((u for u in cands if u.person), cands[0] if cands else None)
    if visitor is None:
        visitor = next((u for u in units if u.last == k - 1 and u.actor and not u.glued), None)
    if visitor is None or visitor.actor == dest_actor:
        return None
    return [visitor.actor], [dest_actor]


def _call_received(norms: list[str], units: list, m: Match, prep_of, preps) -> tuple[str, str | None] | None:
    """``(caller, receiver)`` for a phone call someone received from someone (اتصال هاتفي تلقاه
    روحاني من أمير قطر، تلقى الرئيس اتصالا هاتفيا من نظيره X): the caller after من, the receiver
    the subject of تلقى (None when it is not named in the clause), else None."""
    t = next((k for k in range(max(0, m.first - 9), min(len(norms), m.last + 3))
              if _core(norms[k]) in _RECEIVE), None)
    if t is None:
        return None
    caller = next((u for u in units if t < u.first <= t + 14 and u.actor and prep_of(u) == "من"), None)
    if caller is None:
        return None
    receiver = next((u for u in units if t < u.first < caller.first and u.actor
                     and prep_of(u) not in preps and prep_of(u) not in ("ل", "ب")), None)
    if receiver is None and t < m.first:
        receiver = next((u for u in units if u.last == t - 1 and u.actor and not u.glued), None)
    return caller.actor, (receiver.actor if receiver is not None and receiver.actor != caller.actor else None)


_TITLES = _PERSON_TITLES | {"ولي", "خادم"}     # (ولي العهد: the crown prince; خادم الحرمين الشريفين: the Saudi king)
# the head of an office named after its organisation (مفوض الأمم المتحدة، الأمين العام لـ، مدير الوكالة)
_OFFICE_TITLES = {normalize(w) for w in "مفوض المفوض مفوضة المفوضة الأمين أمين المدير مدير مديرة المديرة".split()}
_OFFICE_HEADS = _TITLES | _OFFICE_TITLES


def _unnamed_conjunct(between: list[str], u) -> bool:
    """A lone definite word joined by و between two names (وتتهم كييف والغرب روسيا) is a conjunct of its own,
    which no name can follow as a genitive: the name after it starts something else -- the object.
    Not a title, whose holder follows it (ترامب والرئيس بوتين), nor a nationality adjective."""
    if len(between) != 1 or not between[0].startswith("وال") or u.glued.startswith("و"):
        return False
    w = between[0][1:]
    return _title_word(w)[1] is None and w not in _COLLECTIVE_TITLES and not nisba_country(w) and not u.person


def _title_word(w: str) -> tuple[str, str | None]:
    """``(clitic, title)`` when ``w`` is a title word with at most one clitic on it (بالرئيس،
    للرئيس -- ل with the article's alif dropped --، لولي، والملك), else ``("", None)``."""
    if w in _TITLES:
        return "", w
    if w[:2] == "لل" and "ال" + w[2:] in _TITLES:
        return "ل", "ال" + w[2:]
    if w[:1] in "بلوف" and w[1:] in _TITLES:
        return w[:1], w[1:]
    return "", None


def _possessed(trig: Trigger, word: str) -> bool:
    """The trigger noun carries a possessive pronoun (اعتراضه، استعدادها، زيارتهما: زيارة + هما, the
    ta marbuta written ت before it; the final hamza on its seat before it: لقائه، لقاؤه)."""
    forms = trig.slots[trig.head]
    for p in ("هما", "هم", "ها", "ه"):
        stem = word[:-len(p)]
        if word.endswith(p) and (stem in forms or (stem.endswith("ت") and stem[:-1] + "ه" in forms)
                                 or (stem[-1:] in ("ي", "و", "ئ", "ؤ") and stem[:-1] + "ء" in forms)):
            return True
    return False


_DEPUTY_WORDS = {normalize(w) for w in ("نائب", "نائبة", "مساعد", "مساعدة")}


# nouns for someone's lawyer, kin, supporters or critics: the name after them is whom they belong to
RELATION_NOUNS = {normalize(x) for x in (
    "محامي", "محامية", "محامو", "عائلة", "أسرة", "والد", "والدة", "شقيق", "شقيقة", "زوجة", "زوج", "ابنة", "نجل", "نجلة",
    "أقارب", "معارضو", "معارضي", "منتقدو", "منتقدي", "خصوم", "أنصار", "مؤيدو", "مؤيدي", "حلفاء", "أتباع", "أصدقاء",
    "زملاء", "رفاق")}


def relation_noun(toks: list[Token], norms: list[str], k: int) -> bool:
    """Token ``k`` is a relation noun, with or without و (ومحامي، ووالد) -- not a word with a pronoun, spelt
    like a feminine noun once normalised (شقيقه عبدالله، محاميه لاني دافيس: his brother, his lawyer)."""
    w = norms[k]
    return (w in RELATION_NOUNS or (w[:1] == "و" and w[1:] in RELATION_NOUNS)) and not toks[k].text.endswith("ه")


def owner_after_relation(toks: list[Token], norms: list[str], u) -> int | None:
    """The mention ``u`` is whom a lawyer, a relative, supporters or critics named just before it (with the
    person's title between) belong to (محامي ترامب، عائلة خاطر، معارضو أردوغان، محامي القس الأميركي أندرو
    برانسون): they act or speak, not the one named.  The relation noun's index, or None."""
    j = _title_start(norms, u.first) if u.person else None
    k = (j if j is not None else u.first) - 1
    return k if k >= 0 and not u.glued and relation_noun(toks, norms, k) else None


# supporters and followers (أنصار حزب العمال الكردستاني): their acts are coded as the side's own
SUPPORTER_NOUNS = {normalize(x) for x in ("أنصار", "مؤيدو", "مؤيدي", "أتباع")}


def _title_start(norms: list[str], first: int) -> int | None:
    """Where the title before a person's name at ``first`` begins (الرئيس الأمريكي دونالد ترامب ->
    the index of الرئيس; a ب/ل/و glued to the title word is allowed), or None."""
    for j in range(max(0, first - 6), first):
        w = norms[j]
        core = _title_word(w)[1] or w
        if _title_between(norms, j, first, head=core):
            # (نائب وزير الخارجية السوري فيصل المقداد: the deputy's title opens with نائب)
            return j - 1 if j > 0 and norms[j - 1] in _DEPUTY_WORDS else j
    return None


def _verb_word(w: str) -> bool:
    """``w`` (normalised) is a form of a trigger verb or a speech cue, bare or after و / ف."""
    return w in clause_verb_forms() or (w[:1] in "وف" and len(w) > 3 and w[1:] in clause_verb_forms())


def _title_between(norms: list[str], lo: int, hi: int, head: str | None = None) -> bool:
    """``norms[lo:hi]`` is a person's title before their name (زيارة وزير الخارجية الروسي سيرغي
    لافروف، لقاء الرئيس الروسي فلاديمير بوتين): a title word and up to three words qualifying it,
    no preposition or clause break -- the name after it is still the genitive of the masdar
    (which is then in the construct state: no article).  ``head``: the title word with a clitic
    already taken off (بالرئيس -> الرئيس), else ``norms[lo]``."""
    if head is None:
        while lo < hi - 1 and norms[lo] in _HONORIFICS:
            lo += 1     # (بزيارة صاحب السمو الملكي الأمير محمد بن سلمان: the form of address is no title)
    if not 0 < hi - lo <= 6 or (norms[lo] if head is None else head) not in _TITLES:
        return False
    if hi - lo > 4 and any(_verb_word(w) for w in norms[lo + 1:hi]):
        return False    # (a long title runs over no verb: مع نظيره الألماني قال وزير الخارجية التركي)
    return not any(w in _CLAUSE_BREAK or w in _PREPS_SKIP or w in _PREPS_TARGET or w in _COMPLEMENTIZERS
                   for w in norms[lo + 1:hi])


_PLACE_PREPS = {"في", "داخل", "قرب", "عند", "امام", "عبر", "نحو", "حول", "بمدينه", "بمحافظه"}
# verbs announcing a death or an attack, right before their subject (أعلنت وزارة الصحة مقتل، نعت الحركة)
_ANNOUNCING = {normalize(w) for w in (
    "أعلن أعلنت وأعلن وأعلنت أكد أكدت وأكد وأكدت ذكر ذكرت وذكر وذكرت نعى نعت ونعى ونعت أفاد أفادت وأفاد وأفادت").split()}


def _armed_body(mentions, actor: str | None) -> bool:
    """A security body or an armed group (who may announce its own attack: وذكرت الجماعة أن الهجوم)."""
    a = mentions.by_id.get(actor) if actor else None
    return a is not None and a.sector in _ARMED_SECTORS


# unnamed reporters whose nationality adjective may follow them (مصادر عسكرية يمنية، مسؤولون أمريكيون)
_REPORTERS = {normalize(w) for w in "مصادر مصدر مسؤولون مسؤولين مسؤول وسائل".split()}


def _announced_by(norms: list[str], first: int, unit, sources: bool = False) -> bool:
    """The subject at ``first`` comes right after a verb announcing the news (its title between): who reports it.
    With ``sources``, also a nationality adjective of unnamed sources after the verb (أعلنت مصادر عسكرية يمنية
    مقتل: Yemeni sources report the deaths; not for arrests, which officials of the arresting state announce)."""
    t = _title_start(norms, first) if unit.person else None
    k = (first if t is None else t) - 1
    if sources:
        j = k     # (back over at most two adjectives to the reporters' noun)
        while j >= 1 and k - j < 2 and norms[j].endswith(("يه", "ي")) and norms[j] not in _ANNOUNCING:
            j -= 1
        if j >= 1 and norms[j] in _REPORTERS:
            k = j - 1
    return k >= 0 and norms[k] in _ANNOUNCING


_PATIENT_SUBJECT_GAP = 3     # شنت إسرائيل غارات، نفذ التحالف أمس هجوما: the attacker is close by,
# or further only through a verb that carries out the attack (قوات سعودية وإماراتية قد بدأت هجوما)
_ATTACK_SUPPORT_VERBS = {"شن", "شنت", "يشن", "تشن", "يشنون", "شنوا", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا",
                         "بدا", "بدات", "يبدا", "تبدا", "بدءوا", "بداوا", "ارتكب", "ارتكبت", "يرتكب", "ترتكب",
                         "واصل", "واصلت", "يواصل", "تواصل", "تبني", "تبنت", "يتبني", "شاركت", "شارك"}


def _core(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def definite_masdar(trig: Trigger, word: str) -> bool:
    """The trigger's noun ``word`` carries the article (الاجتماع، بالمحادثات، للاجتماع) -- not ل + a form
    of the lexicon that starts with ل itself (للقاء is ل + لقاء as well as ل + اللقاء)."""
    return _core(word).startswith(("ال", "بال", "لل", "كال")) and not (word[:1] == "ل" and word[1:] in trig.slots[trig.head])


_DOMESTIC = {"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"}   # may target the state's own people
_STATE_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP", "SPY"}


def _never(mentions, source, target) -> bool:
    return False


def envoy_state(norms: list[str], m, mentions) -> str | None:
    """The state of the ambassador a trigger names with a nationality adjective (استدعت X السفير
    الإسرائيلي، استُدعي السفير الروسي), when the article names that state."""
    for k in m.tokens:
        c = nisba_country(norms[k + 1]) if k + 1 < len(norms) and norms[k] in ("السفير", "سفير") else None
        if c and c in mentions.country_actor:
            return mentions.country_actor[c]
    return None


def _own_state(mentions, source: list[str], target: str) -> bool:
    """``target`` is a place (the country, a city) of the state that ``source`` acts for: the
    Bahraini foreign ministry condemns X in Bahraini airspace; a government does not accuse,
    ask or thank its own country (domestic acts, _DOMESTIC, may target its people).  Rebels,
    parties and the like may still target their own country."""
    t = mentions.by_id.get(target)
    if t is None or not t.country:
        return False
    if t.type != "LOC":
        # nor does a state named as a country or a capital act on its own state bodies (أدانت روسيا
        # العدوان، وكتبت الناطقة باسم الوزارة: not Russia condemning its defence ministry)
        return t.sector in _STATE_SECTORS and t.type != "PER" and any(
            a is not None and a.type == "LOC" and a.country == t.country
            for a in (mentions.by_id.get(x) for x in source))
    for x in source:
        a = mentions.by_id.get(x)
        if a is not None and a.country == t.country and (a.type == "LOC" or a.sector in _STATE_SECTORS):
            return True
    return False


def _head_forms(trig: Trigger, word: str) -> list[str]:
    """The forms of the verb trigger's head that ``word`` is, once its verb clitics (و ف ل سـ) are off."""
    from .events import token_cores

    forms = trig.slots[trig.head]
    return [c for c in token_cores(word)[1] if c in forms]


def _marked_verb(trig: Trigger, word: str) -> bool:
    """``word`` with an object pronoun is a verb by its own marks -- a present prefix or a past subject
    suffix (واتهمتها، ووعدوه، ويتهمه) -- not the bare past stem, which is also the masdar with a
    possessive (ورفضهم للسلام: their rejection; وطردهم: expelling them)."""
    return any(c not in trig.past or c + "ت" not in trig.past for c in _head_forms(trig, word))


def _first_person(trig: Trigger, word: str) -> bool:
    """``word`` is a first-person present form of the verb trigger (أشكر، نرفض، ونطالب): an
    أ/ن prefix on a stem the lexicon also has with يـ, and not a past form (اتهم، ناقش)."""
    forms = trig.slots[trig.head]
    return any(c not in trig.past and c[0] in "ان" and ("ي" + c[1:]) in forms for c in _head_forms(trig, word))


def _purpose_verb(trig: Trigger, word: str) -> bool:
    """``word`` is لـ + a present form of the verb trigger (ليلتقي، ليجري، لتبحث): a purpose clause."""
    w = word[1:] if word[:1] in "وف" else word
    return any(c not in trig.past and c[:1] in "يت" and w == "ل" + c for c in _head_forms(trig, word))


def _plural_verb(trig: Trigger, word: str) -> bool:
    """``word`` is a third-person plural form of the verb trigger (اقتحموا، هاجموا، يطالبون): its
    subject is already in the verb -- a verb before its subject stays singular in Arabic
    (اقتحم مسلحون السفارة) -- so the name right after it is its object."""
    forms = trig.slots[trig.head]
    # (the plural ending on a form of the verb: not تتعاون, whose stem ends in ون; طالبو+هما before a pronoun)
    return any((c in trig.past and c.endswith("وا"))
               or (c not in trig.past and c[:1] in "يت" and c.endswith("ون") and len(c) > 4 and c[:-2] in forms)
               or (c.endswith("و") and c[:-1] in trig.past)
               for c in _head_forms(trig, word))


_PLATFORMS = {"Twitter", "Facebook", "YouTube", "Instagram", "Telegram", "WhatsApp"}


def cannot_act(actor, typ: str) -> bool:
    """``actor`` cannot be the source of an act of type ``typ``.

    * A non-governmental organisation (the Syrian Observatory, Amnesty, Human Rights Watch) never
      attacks, arrests or brings up troops: in ووثق المرصد السوري مقتل 29 مدنيا it reports the act
      (and in وسط تعزيزات عسكرية، بحسب المرصد the reinforcements); nor does a health ministry.
    * A place acts only when it stands for a government: a capital (قالت موسكو، فرضت واشنطن
      عقوبات) or a region with its own (ولاية كاليفورنيا، إقليم كردستان).  Other towns and areas
      (إدلب، دوما، فلوريدا، الحديدة) are where things happen, never who accuses, meets,
      arrests or attacks (وقتل في محافظة الحديدة 483 شخصا، ضربات صاروخية في ريفي حماة وحلب
      قتلت ...); only protests keep the town whose people protest (تظاهرات البصرة).
    * An army, police or security body does not protest: in أطلقت قوات الأمن النار لتفريق تظاهرة it
      disperses the protest, in بمقتل عشرات الفلسطينيين أثناء احتجاجاتهم على يد القوات it kills them
      (one of its officers may: دخل العقيد الباشا الجبالي في إضراب جوع)."""
    if actor is None:
        return False
    if typ == "PROTEST" and actor.sector in _SECURITY_SECTORS and actor.type != "PER":
        return True
    if typ in ("ASSAULT", "COERCE", "MOBILIZE") and (actor.country == "NGO" or _health_body(actor)):
        return True
    return actor.type == "LOC" and actor.id.startswith(("L:", "U:")) and typ not in _PLACE_ACTS \
        and (actor.name_en or "") not in SEATS_OF_GOVERNMENT


def _health_body(actor) -> bool:
    """A ministry of health or the World Health Organization: it counts the dead and wounded (بحسب آخر حصيلة
    صدرت عن وزارة الصحة الليبية، فإن المعارك أوقعت 40 قتيلا), it never attacks or arrests."""
    return actor.id == "G:moh" or actor.id.endswith(":moh") or actor.id == "O:world_health_organization"


_PLACE_ACTS = {"PROTEST"}
# capitals and seats of government that news writes for their states (facts), and regions with a
# government of their own
SEATS_OF_GOVERNMENT = frozenset((
    'Washington', 'Moscow', 'Beijing', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Brussels',
    'Amsterdam', 'The Hague', 'Bern', 'Vienna', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Warsaw',
    'Prague', 'Budapest', 'Athens', 'Ankara', 'Tehran', 'Kyiv', 'Minsk', 'Tokyo', 'Seoul', 'Pyongyang',
    'New Delhi', 'Islamabad', 'Kabul', 'Ottawa', 'Mexico City', 'Brasilia', 'Buenos Aires', 'Caracas',
    'Havana', 'Canberra', 'Pretoria', 'Addis Ababa', 'Nairobi', 'Abuja', 'Jakarta', 'Kuala Lumpur', 'Baku',
    'Yerevan', 'Tbilisi', 'Astana', 'Tashkent', 'Cairo', 'Riyadh', 'Abu Dhabi', 'Doha', 'Kuwait City',
    'Manama', 'Muscat', 'Sanaa', 'Aden', 'Damascus', 'Baghdad', 'Beirut', 'Amman', 'Ramallah', 'Tel Aviv',
    'Jerusalem', 'Tripoli', 'Tunis', 'Algiers', 'Rabat', 'Nouakchott', 'Khartoum', 'Juba', 'Mogadishu',
    'Djibouti City', 'Asmara', 'Manila', 'Bangkok', 'Hanoi', 'Dhaka', 'Colombo', 'Dakar', 'Bucharest',
    'Sofia', 'Belgrade', 'Taipei', 'Yangon', 'Bogota', 'Lima', 'Santiago', 'Managua', 'Kampala', 'Kinshasa',
    'Bamako', 'Niamey', "N'Djamena", 'Skopje', 'Erbil', 'Texas', 'California', 'Florida', 'Scotland', 'Chechnya',
    'Crimea', 'Kurdistan Region', 'Donetsk', 'Luhansk', 'Xinjiang', 'Darfur',
))

# the seats above that are a state's capital (not a region's: Erbil, Texas, Donetsk, Ramallah, and
# not the contested Jerusalem or the Yemeni government's Aden)
NATIONAL_CAPITALS = SEATS_OF_GOVERNMENT - {
    'Erbil', 'Texas', 'California', 'Florida', 'Scotland', 'Chechnya', 'Crimea', 'Kurdistan Region', 'Donetsk',
    'Luhansk', 'Xinjiang', 'Darfur', 'Aden', 'Ramallah', 'Jerusalem', 'Tel Aviv'}


def mere_town(actor) -> bool:
    """A place of the gazetteer (``L:``) that is no seat of government standing for its state."""
    return actor is not None and actor.id.startswith("L:") and (actor.name_en or "") not in SEATS_OF_GOVERNMENT


def news_organisation(actor) -> bool:
    """A news agency, channel, paper or press body (MED, not a person)."""
    return actor is not None and actor.type != "PER" and actor.sector == "MED"


def is_channel(mentions, actor_id: str) -> bool:
    """A news outlet or social network: the channel of a statement, rarely its target."""
    a = mentions.by_id.get(actor_id)
    return news_organisation(a) or (a is not None and a.type != "PER" and a.name_en in _PLATFORMS)


@dataclass
class _AdjectiveUnit(Unit):
    """A nationality adjective standing for its country (محكمة إسرائيلية)."""


@dataclass
class _CountedUnit(_AdjectiveUnit):
    """A number of nationals standing for their country (60 فلسطينيا، عشرات السوريين): the
    people an attack kills or an arrest takes, rarely who attacks."""


_NUMBER_WORDS = {normalize(w) for w in (
    "عشرات", "مئات", "آلاف", "الاف", "ألوف", "عشرة", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية",
    "تسعة", "عشرين", "ثلاثين", "أربعين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئة", "مائة",
    "ألف", "الف", "اثنين", "اثنان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عدد", "عددا",
    "بضعة", "عشرون")}


# attackers named by what they are, not by name (قال المتحدث إن الجاني أطلق النار، هاجم مسلحون مجلس عزاء)
_UNNAMED_AGENTS = {bare_word(normalize(w)) for w in (
    # (bare_word drops the article: مسلحون stands for المسلحون too)
    "جاني جناة مهاجم مهاجمون مهاجمين مسلح مسلحون مسلحين مجهول مجهولون مجهولين انتحاري انتحاريون قاتل معتدي "
    "معتدون مشتبه "
    # an unnamed someone (امرأة أطلقت النار، رجل طعن): nobody named acts either
    "رجل امرأة شاب شخص سيدة فتى فتاة مراهق").split()}


def _after_time_clause(norms: list[str], m: Match) -> bool:
    """The verb trigger opens a clause of time after قبل أن / بعد أن / بعدما / قبيل أن (قبل أن تفرض
    عقوبات): its subject, when not named after it, is the sentence's."""
    if m.trigger.pos != "V" or m.first != m.head_tok or m.first < 1:
        return False
    if norms[m.first - 1] in ("بعدما", "وبعدما", "قبلما"):
        return True
    return m.first >= 2 and norms[m.first - 1] == "ان" and norms[m.first - 2] in ("قبل", "بعد", "قبيل", "وقبل", "وبعد")


def unnamed_agent(norms: list[str], m: Match) -> bool:
    """An attack or coercion verb whose subject is an unnamed attacker right before it (SVO) or right
    after its head (VSO): nobody named acts, least of all whoever reports it."""
    if m.trigger.type not in ("ASSAULT", "COERCE"):
        return False
    before = bare_word(norms[m.first - 1]) if m.first else ""
    after = bare_word(norms[m.head_tok + 1]) if m.head_tok + 1 < len(norms) else ""
    return before in _UNNAMED_AGENTS or after in _UNNAMED_AGENTS


# auxiliaries between a subject and its verb (قد، بات، لن ...); a subject is looked for past these and the
# negations and copulas too
_VERB_AUX = {normalize(w) for w in ("قد", "بات", "باتت", "أصبح", "أصبحت", "لا", "لن")}
_SUBJECT_AUX = _VERB_AUX | {normalize(w) for w in ("وقد", "لقد", "لم", "كان", "كانت", "كانوا")}
# armed or state bodies a definite noun refers back to (أن الجماعة أطلقت ثمانية صواريخ: the group named before)
_BODY_NOUNS = _GROUP_NOUNS | {normalize(w) for w in (
    "حزب جيش قوات شرطة حكومة سلطات نظام تحالف فصيل فصائل كتائب قيادة وحدات وحدة").split()}


def common_subject_before(toks: list[Token], norms: list[str], units: list, m: Match) -> bool:
    """An attack or threat verb in a reported clause with a common noun right before it (past its auxiliaries): the
    clause's own subject, unnamed -- definite (إن الرجل قتل زوجته، أن الضربات الغربية لم تستهدف) or indefinite
    with its accusative ending (أن مسلحا مجهولا قتل، إن شخصين قتلا) -- so whoever says it, or is named before the
    complementiser, did not do it (أن الذكاء الاصطناعي يهدد الوظائف: a danger).  Not a pronoun complementiser
    (أنها قتلت) nor a noun with a pronoun (طائراته قصفت), a name, or a time (ليل الأحد الاثنين استهدفت)."""
    if m.trigger.type not in ("ASSAULT", "THREATEN") or m.trigger.pos != "V" or norms[m.first][:1] in "وف":
        return False      # (أنه استهدف المسلحين وقتل: a joined verb shares the subject before)
    k = m.first - 1
    while k >= 0 and norms[k] in _SUBJECT_AUX:
        k -= 1
    if k < 1 or not norms[k].isalpha() or norms[k] in _COMPLEMENTIZERS or any(u.first <= k <= u.last for u in units):
        return False
    comp = max((c for c in range(max(0, k - 8), k) if norms[c] in _COMPLEMENTIZERS), default=None)
    if comp is None:
        return False
    if any(comp < u.first <= k for u in units) or any(_counted(norms[c]) for c in range(comp + 1, k)) \
            or any(_strip_article(norms[c]) in _BODY_NOUNS for c in range(comp + 1, k + 1)) or any(
            not norms[c].startswith("ال") and toks[c].text.endswith(("ه", "ها", "هم")) for c in range(comp + 1, k + 1)):
        return False      # (إن 13 من مسلحي الجماعة قتلوا: counted victims; إن ضربة نفذتها طائراته الحربية استهدفت:
        #                   the speaker's own forces)
    w = norms[k]
    core = w[1:] if w[:1] in "وف" and w[1:3] == "ال" else w
    if core in _TIME_WORDS or norms[k - 1] in _TIME_WORDS or norms[k - 1] in _PREPS_SKIP or norms[k - 1] in _PREPS_TARGET:
        return False      # (إنه في الهجوم قتل: an adverbial)
    return (core.startswith("ال") and len(core) > 4) or (len(w) > 3 and w.endswith(("ا", "ين")) and not w.endswith("ها"))


# unnamed people of no state who may be a verb's own subject (لكن الأطباء رفضوا إعطاءهم، السكان طالبوا)
_CIVIL_PEOPLE = {bare_word(normalize(w)) for w in (
    "الأطباء أطباء الأهالي أهالي السكان سكان الشهود شهود الناشطون ناشطون الناشطين النشطاء نشطاء الصحفيون الصحفيين "
    "المسعفون المسعفين الباحثون الباحثين الخبراء خبراء المحللون محللون المحللين الطلاب طلاب العمال عمال "
    "المزارعون اللاجئون اللاجئين المهاجرون المهاجرين الركاب المرضى الأطفال أطفال العائلات الأسر").split()}


def civil_subject(norms: list[str], m: Match) -> bool:
    """A verb right after unnamed civilians (لكن الأطباء رفضوا، وكان السكان طالبوا): they are its subject, so
    no actor named elsewhere -- least of all whoever is quoted saying it -- acts.  Not a protest, whose
    crowd is coded by its place."""
    return m.trigger.pos == "V" and m.trigger.type != "PROTEST" and m.first >= 1 \
        and bare_word(norms[m.first - 1]) in _CIVIL_PEOPLE


_BARE_COMPLEMENTIZERS = {"ان", "بان", "وان"}


# words in ـا after أن / إن that are no accusative noun opening the clause (إن هذا الهجوم، إن أيضا)
_NOT_ACCUSATIVE = {normalize(w) for w in "هذا ذا أيضا ايضا حاليا تقريبا غالبا دائما جميعا مبدئيا فعلا أبدا ربما كذا لذا".split()}


def _indefinite_accusative(w: str) -> bool:
    """An indefinite noun in the accusative (شخصا، مسلحا، رجلا): a subject after أن / إن."""
    return len(w) > 3 and w.isalpha() and w.endswith("ا") and not w.startswith("ال") and not w.endswith(("نا", "ها", "ما")) \
        and w not in _NOT_ACCUSATIVE and w[:1] not in "يت"


def unnamed_clause_subject(norms: list[str], units: list, m: Match) -> bool:
    """A verb whose reported clause opens on unnamed people (قالت الصحيفة إن معارضين للتطبيع مع إسرائيل طالبوا
    بإلغاء الحفل): an indefinite plural participle right after أن / إن with more words before the verb, no name
    there and no break -- they are its subject, so nobody named elsewhere acts."""
    if m.trigger.pos != "V":
        return False
    force = m.trigger.type in ("ASSAULT", "COERCE")
    for c in range(m.first - 1, max(-1, m.first - (13 if force else 8)), -1):
        if norms[c] in _CLAUSE_BREAK:
            return False
        if norms[c] in _BARE_COMPLEMENTIZERS:
            w = norms[c + 1]
            if force and c + 1 < m.first and _indefinite_accusative(w) and not any(
                    c < u.last and u.first < m.first and u.actor and not isinstance(u, _AdjectiveUnit) for u in units):
                # ذكرت الشرطة أن شخصاً يمارس رياضة ركوب الأمواج صارع سمكة قرش بعدما هاجمته، إن مسلحا أطلق النار:
                # an unnamed someone opens the clause -- the one who reports it attacked nobody (unless a name in
                # the clause may own that someone: إن ضباطا بشرطة نيويورك قتلوا، إن ميليشيا ... لجماعة بوكو حرام)
                return True
            # (a participle, مسلحين، معارضين -- not a verb, أن تتعاون; and not of a body named after it, أن مسؤولين
            # في الحركة اجتمعوا: the body acts)
            return c + 2 < m.first and w[:1] == "م" and w.endswith(("ين", "ون")) and len(w) > 4 \
                and norms[c + 2] not in ("في", "من", "عن", "لدي", "داخل") \
                and not any(u.first <= c + 1 <= u.last for u in units)
    return False


def counted_subject(norms: list[str], units: list, m: Match) -> bool:
    """An attack or arrest verb right after a counted unnamed noun opening its clause (أن عشرة أشخاص
    قتلوا، 4 مسلحين قتلوا في اشتباكات): the counted people suffered it, and nobody named before them did
    it.  Not a counted object of an earlier verb (استخدم 28 طائرة وأطلق), not with an object pronoun on
    the verb (10 جواسيس اعتقلهم مكتب التحقيقات: they are its object, its subject follows), nor with a
    count after it (3 انتحاريين قتلوا 18 شخصا)."""
    k = m.first
    if m.trigger.type not in ("ASSAULT", "COERCE") or m.trigger.pos != "V" or k < 2 \
            or object_pronoun(m.trigger, norms[m.head_tok]) is not None \
            or (m.last + 1 < len(norms) and _counted(norms[m.last + 1])):
        return False
    # the count, its noun, and up to three words of the noun's own after it (إن ثلاثة مراكز للأبحاث العلمية قُصفت)
    for c in range(k - 2, max(-1, k - 6), -1):
        if norms[c + 1] in _CLAUSE_BREAK or any(u.first <= c + 1 <= u.last for u in units):
            return False
        if _counted(norms[c]):
            return (c == 0 or norms[c - 1] in _COMPLEMENTIZERS or norms[c - 1] in _CLAUSE_BREAK) and (
                c == k - 2 or all(_noun_tail_word(norms[j]) for j in range(c + 2, k)))
    return False


# indefinite counted states (قطعت أربع دول عربية العلاقات، ورفضت ثلاث دول، فرضتها عدة دول): unnamed subjects
_STATE_PLURALS = {normalize(w) for w in "دول بلدان عواصم حكومات".split()}
_FEW = {normalize(w) for w in "عدة بضع بضعة".split()}
_STATES_QUALIFIERS = {normalize(w) for w in "كبرى عديدة أخرى كثيرة".split()}


def counted_states_subject(norms: list[str], m: Match) -> bool:
    """A verb whose subject, right after it, is a count of states the sentence does not name (عقب قطع أربع
    دول عربية العلاقات معها، وصوتت 9 دول لصالح القرار) or states named by an indefinite adjective (قطعت دول
    عربية العلاقات): nobody named elsewhere is its subject.  Not a definite group (الدول الأربع: the states
    just listed), nor one named by example (عدة دول بينها فرنسا)."""
    k = m.head_tok + 1
    if m.trigger.pos != "V" or k + 1 >= len(norms):
        return False
    by_example = any(w in ("بينها", "منها", "هي", "وهي", "مثل") for w in norms[k + 2:k + 5])
    if norms[k] in _STATE_PLURALS and not by_example:
        # (قطعت دول عربية كبرى العلاقات معها: states named by an indefinite adjective alone, no count)
        adj = norms[k + 1]
        return not adj.startswith("ال") and (adj.endswith("يه") or adj in _STATES_QUALIFIERS)
    if norms[k + 1] not in _STATE_PLURALS:
        return False
    count = norms[k]
    return (_counted(count) or count in _FEW) and count not in ("عدد", "عددا") and not by_example


def _noun_tail_word(w: str) -> bool:
    """A word that may follow a counted noun as its own (an adjective or a لل genitive: مراكز للأبحاث العلمية)."""
    return w.startswith(("ال", "لل")) and len(w) > 3


# indefinite nouns for a group or a part of one that stand for a verb's subject with من after them (وداهمت فرق
# من فرع مكافحة الإرهاب، واعتقلت قوة من الأمن)
_PARTITIVE_HEADS = {normalize(w) for w in (
    "وفد وفود لجنة مجموعة مجموعات عناصر عنصر قوة قوات فرق فرقة دورية دوريات وحدة وحدات أفراد أعضاء عضو "
    "جنود ضباط مسؤولون ممثلون نواب قادة قيادات مقاتلون ناشطون").split()}    # (not عدد: قتل عدد من، the victims)


# indefinite plurals of bodies and people that are a speech verb's own unnamed subject right after it
_UNNAMED_PLURALS = {normalize(w) for w in (
    "دول منظمات جماعات جمعيات ناشطون نشطاء نواب سياسيون مسؤولون دبلوماسيون مشرعون برلمانيون محتجون متظاهرون "
    "معارضون مواطنون خبراء محللون حقوقيون أطراف جهات حكومات مثقفون أكاديميون").split()}
_SPEECH_VERB_TYPES = SPEECH_LIKE - {"AGREE"}     # (not وافق أعضاء المجلس: agreement is among them)
# words after such a plural that tie it to a body, a place or a named member (مسؤولون في، معارضون مثل نافالني)
_TIED_AFTER = {"من", "في", "داخل", "لدي", "مثل", "منهم", "بينهم", "بمن", "ابرزهم"}


def unnamed_plural_subject(norms: list[str], units: list, m: Match):
    """A speech-like verb whose subject is an indefinite plural of bodies or people right after it: a
    nominative plural (يطالب معارضون، طالب سياسيون ومثقفون) or one with an indefinite adjective (وتتهم منظمات
    حقوقية دولية الشرطة، وتتوعد دول غربية): ``(end, owner)`` -- the index of its last word (a name after it is
    the object) and the nationality adjective among its words (انتقد خبراء عسكريون أمريكيون: the United
    States), if any -- else None.  Not an accusative (ودعت خبراء أميركيين لزيارته: the object), a construct or a
    partitive (دول الخليج، منظمات حقوق الإنسان، مسؤولون في الحكومة)، nor one named by example (معارضون مثل
    نافالني: he is of the subject)."""
    if m.trigger.pos != "V" or m.trigger.type not in _SPEECH_VERB_TYPES or _object_suffix(m.trigger, norms[m.head_tok]):
        return None
    k = m.last + 1
    if k >= len(norms) or norms[k] not in _UNNAMED_PLURALS or any(u.first <= k <= u.last for u in units):
        return None
    j, owner, described = k + 1, None, norms[k].endswith("ون")
    while j < len(norms) and j <= k + 4 and norms[j].isalpha():
        unit = next((u for u in units if u.first <= j <= u.last), None)
        w = norms[j][1:] if norms[j][:1] == "و" and len(norms[j]) > 4 else norms[j]
        if w.endswith("ين") and (unit is None or isinstance(unit, _AdjectiveUnit)):
            return None     # (خبراء أميركيين: accusative, the verb's object)
        if unit is not None:
            if not isinstance(unit, _AdjectiveUnit) or isinstance(unit, _CountedUnit) or owner is not None:
                break
            owner, described, j = unit, True, unit.last + 1
            continue
        if w in _UNNAMED_PLURALS or (len(w) > 3 and not w.startswith("ال") and w.endswith(("يه", "ون"))):
            described = described or w not in _UNNAMED_PLURALS
            j += 1
            continue
        break
    nxt = norms[j] if j < len(norms) else ""
    if not described or nxt in _TIED_AFTER or (nxt.startswith("ال") and not any(u.first == j for u in units)):
        return None     # (مسؤولون في الحكومة، دول الخليج، يدعو دول أعضاء: the body after them, or the object)
    return j - 1, owner


# definite plurals of bodies (a feminine verb before them: رفضت الدول الغربية، وتتهم المنظمات الحقوقية) and of
# people (a masculine one: وانتقد المسؤولون الأمريكيون، قال النواب) that are an unnamed subject after the verb
_DEFINITE_BODIES = {normalize(w) for w in "الدول الحكومات المنظمات الجماعات الجمعيات الجهات العواصم القوى الأحزاب "
                    "الفصائل".split()}
_DEFINITE_PEOPLE = {normalize(w) for w in "المسؤولون المعارضون المحتجون المتظاهرون الناشطون المشرعون البرلمانيون "
                    "الدبلوماسيون السياسيون المحللون المواطنون الحقوقيون النواب الخبراء النشطاء".split()}


def definite_group_subject(norms: list[str], units: list, m: Match):
    """A verb whose subject right after it is an unnamed definite plural of bodies or people that agrees with it
    (رفضت الدول الغربية المقترح الروسي، وتتهم الدول الغربية إيران، وانتقد المسؤولون الأمريكيون): ``(end, owner)``
    -- the index of the phrase's last word (a name after it is the object) and its nationality adjective (the
    United States), if any -- else None.  Not a body after a masculine verb (ودعا الدول الأوروبية: the object of
    a dropped subject), a group with a count (الدول الأربع: the states just listed) or tied to a body or a
    member after it (المسؤولون في الحكومة، الدول مثل فرنسا), nor after another verb of the sentence, whose subject
    the verb may carry (شنت الحكومة التركية حملة ...، وطالبت الحكومات الأجنبية بتسليم المشتبه بهم: the object)."""
    if m.trigger.pos != "V" or _object_suffix(m.trigger, norms[m.head_tok]):
        return None
    verbs = clause_verb_forms()
    if any(w in verbs or (w[:1] in "وف" and w[1:] in verbs) for w in norms[:m.first]):
        return None
    k = m.last + 1
    if k >= len(norms) or any(u.first <= k <= u.last for u in units):
        return None
    gender = _verb_gender(m.trigger, norms[m.head_tok])
    # (the past's ت or, which _verb_gender leaves open, the present's: رفضت، تتهم)
    feminine = gender == "f" or any(c[:1] == "ت" and c not in m.trigger.past and not c.endswith(("ون", "ان"))
                                    for c in _head_forms(m.trigger, norms[m.head_tok]))
    if not (norms[k] in _DEFINITE_BODIES and feminine) and not (norms[k] in _DEFINITE_PEOPLE and gender == "m"):
        return None
    j, owner = k + 1, None
    while j < len(norms) and j <= k + 3:
        unit = next((u for u in units if u.first <= j <= u.last), None)
        if isinstance(unit, _AdjectiveUnit) and not isinstance(unit, _CountedUnit):
            owner, j = owner or unit, unit.last + 1
        elif unit is None and norms[j].startswith("ال") and norms[j].endswith(("يه", "ي", "يون", "يين")):
            j += 1
        else:
            break
    if j < len(norms) and (norms[j] in _TIED_AFTER or _counted(norms[j]) or _counted(norms[j][2:])):
        return None
    return j - 1, owner


# quantifiers that open an unnamed subject after the verb (عدد من النواب، بعض المعارضين، البعض)
_QUANTIFIERS = {normalize(w) for w in "عدد العديد الكثير كثير بعض مجموعة جملة أحد إحدى".split()}
# (those that take their group as a genitive, with no من: بعض المعارضين، أحد النواب)
_GENITIVE_QUANTIFIERS = {normalize(w) for w in "بعض أحد إحدى".split()}


def quantified_subject(norms: list[str], units: list, m: Match):
    """A speech-like verb whose subject right after it is a quantified group (وانتقد عدد من النواب الاتفاق، واتهم
    بعض المعارضين الحكومة، وتعهد الكثير من الجمهوريين، وانتقد البعض الاتفاق، وانتقد أحد النواب الحكومة):
    ``(end, owner)`` -- the index of the phrase's last word (a name after it is the object) and the name or
    nationality inside it (عدد من أعضاء مجلس الشيوخ: the Senate; بعض الساسة الأمريكيين: the United States), if any
    -- else None.  The phrase runs over nouns in construct (أعضاء، كبار، دول) up to its first definite noun and the
    adjectives after it.  Not after بل, which goes on with the clause before's subject (لم يكتف الصدر بالتهديد، بل
    اتهم بعض السياسيين)."""
    if m.trigger.pos != "V" or m.trigger.type not in SPEECH_LIKE or _object_suffix(m.trigger, norms[m.head_tok]) \
            or (m.first and norms[m.first - 1] in ("بل", "وبل")):
        return None
    k = m.last + 1
    if k >= len(norms) or any(u.first <= k <= u.last for u in units):
        return None
    if norms[k] == "البعض":
        return k, None
    if norms[k] not in _QUANTIFIERS:
        return None
    j = k + 1 + (k + 1 < len(norms) and norms[k + 1] == "من")
    if norms[k] not in _GENITIVE_QUANTIFIERS and j == k + 1:
        return None     # (عدد الضحايا، مجموعة العشرين: a noun of its own, not a quantifier)
    owner = None
    while j < len(norms) and j <= k + 7 and norms[j].isalpha():
        unit = next((u for u in units if u.first <= j <= u.last), None)
        if unit is not None:
            owner = owner or unit
            j = unit.last + 1
            if isinstance(unit, _AdjectiveUnit):
                continue    # (من السياسيين الإيطاليين: a nationality of the group)
            break
        definite = norms[j].startswith("ال")
        j += 1
        while definite and j < len(norms):
            # (من النواب الجمهوريين، من الساسة الأمريكيين: the first definite noun's adjectives end the phrase)
            unit = next((u for u in units if u.first == j), None)
            if not (isinstance(unit, _AdjectiveUnit)
                    or (norms[j].startswith("ال") and norms[j].endswith(("يين", "يون", "يه", "ي")))):
                break
            owner = owner or unit
            j = unit.last + 1 if unit is not None else j + 1
        if definite:
            break
    return (j - 1, owner) if j > k + 1 else None


def partitive_subject(norms: list[str], units: list, m: Match) -> bool:
    """An attack or arrest verb whose subject is an unnamed group noun right after it with من (وداهمت فرق من
    فرع مكافحة الإرهاب، واعتقلت عناصر من الأمن): when no name follows to own it (the verb has no source of its
    own then), nobody named before did it -- no guess from the paragraph, which as often names the other side.
    Not a plural verb, whose subject is in it (اعتقلوا عددا: the noun is its object)."""
    j = m.head_tok + 1
    return m.trigger.type in ("ASSAULT", "COERCE") and m.trigger.pos == "V" and j not in m.tokens \
        and not _plural_verb(m.trigger, norms[m.head_tok]) and _group_after(norms, units, m.head_tok)


def _group_after(norms: list[str], units: list, k: int) -> bool:
    """An unnamed group noun with من right after the word at ``k`` (فرق من، قوة من)."""
    return k + 2 < len(norms) and norms[k + 2] == "من" and norms[k + 1] in _PARTITIVE_HEADS \
        and not any(u.first <= k + 1 <= u.last for u in units)


def joined_to_partitive(toks: list[Token], norms: list[str], units: list, m: Match, previous_verb) -> bool:
    """A verb joined by و to an earlier attack or arrest verb of the sentence whose subject was an unnamed group
    (وداهمت فرق من فرع مكافحة الإرهاب ... منازل، وأوقفت 54 شخصا): the same group acts, still unnamed."""
    if m.trigger.pos != "V" or norms[m.first][:1] != "و" or previous_verb is None or previous_verb.source \
            or previous_verb.type not in ("ASSAULT", "COERCE"):
        return False
    k = next((i for i, t in enumerate(toks) if t.start == previous_verb.start), None)
    return k is not None and k < m.first and _group_after(norms, units, k)


def _counted(w: str) -> bool:
    """A cardinal or a quantity word (60، ٦٠، عشرات، العشرات، ثلاثة، عدد)."""
    return w.isdigit() or w in _NUMBER_WORDS or (w.startswith("ال") and w[2:] in _DEFINITE_COUNTS)


_DEFINITE_COUNTS = {"عشرات", "مئات", "الاف", "الوف", "مييات"}      # العشرات، المئات، الآلاف
# two members (جنديان من الجيش الوطني الليبي): the dual counts them
_DUAL_MEMBERS = {normalize(w) for w in (
    "جنديان", "جنديين", "عنصران", "عنصرين", "شرطيان", "شرطيين", "ضابطان", "ضابطين", "مقاتلان", "مقاتلين",
    "قياديان", "قياديين", "عضوان", "عضوين")}


_MEMBERS = {normalize(w) for w in (
    "عناصر", "عنصرا", "عنصر", "مسلحي", "مقاتلي", "أفراد", "افراد", "أعضاء", "اعضاء", "جنود", "قادة", "قيادات", "زعيم",
    "قائد", "قيادي", "القيادي", "أمير", "امير", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "أنصار", "انصار")}


def _counted_members(norms: list[str], units: list, verb: int | None = None) -> list:
    """``units`` with the group of a number of its members (32 من ميليشيات الحوثي، عشرات من عناصر
    داعش، 30 عنصرا من تنظيم الدولة) marked as counted: the people an attack kills or an arrest
    takes, never who attacks; so is one of its people after a subject or an attack noun (اغتال
    مسلحون أحد قادة حزب الله) -- not right after the verb (``verb``: its token), where the one of
    them is as often who acts (وأطلق أحد عناصر حزب الله النار)."""
    out = []
    for u in units:
        j = u.first - 1
        group = not isinstance(u, _CountedUnit) and u.actor and j >= 1 and not u.actor.startswith(("L:", "C:"))
        if group and _among_members(norms, j):
            out.append(_CountedUnit(u.first, u.last, u.actor, u.person, u.glued))
            continue
        if group:
            if j >= 1 and norms[j] in _ONE_OF_NOUNS and norms[j - 1] in _ONE_OF and (verb is None or j - 2 > verb):
                # اغتال مسلحون أحد قادة حزب الله، خطف أحد موظفي الأمم المتحدة: one of its people
                out.append(_CountedUnit(u.first, u.last, u.actor, u.person, u.glued))
                continue
            if norms[j] in _MEMBERS:
                j -= 1       # 32 من ميليشيات الحوثي: past the members' noun
            if j >= 1 and norms[j] == "من":
                j -= 1
                if norms[j] in _MEMBERS and j >= 1:
                    j -= 1   # 30 عنصرا من تنظيم الدولة
                if _counted(norms[j]) or norms[j] in _DUAL_MEMBERS:
                    out.append(_CountedUnit(u.first, u.last, u.actor, u.person, u.glued))
                    continue
        out.append(u)
    return out


_ONE_OF = {"احد", "احدي", "باحد", "لاحد", "واحد"}     # (normalised: أحد، إحدى، بأحد، وأحد)
_ONE_OF_NOUNS = _MEMBERS | {normalize(w) for w in (
    "موظفي", "مسؤولي", "ضباط", "رجال", "كوادر", "نشطاء", "ناشطي", "مستشاري", "حراس", "مرافقي", "مقاتلي")}
_RANKS = {"صفوف", "بصفوف"}
_RANK_ADJECTIVES = {normalize(w) for w in "بارز بارزا بارزين كبير كبيرا رفيع سابق سابقا آخر".split()}


def _among_members(norms: list[str], j: int) -> bool:
    """Word ``j`` ends "in the ranks of" or "a member in" before a group's name (قتلى في صفوف الحوثيين،
    قيادي بارز في تنظيم القاعدة، عنصر في حزب الله): the group's people, whom an attack or an arrest
    reaches."""
    if norms[j] in _RANKS:
        return True
    if norms[j] != "في" or j < 1:
        return False
    k = j - 1
    if norms[k] in _RANK_ADJECTIVES and k >= 1:
        k -= 1
    return _core(norms[k]) in _MEMBERS or _core(norms[k]) in {"قياديا", "عضوا", "عضو", "قاده"}


_OWN_MEMBERS = {normalize(w) for w in (
    "جنود", "عناصر", "مقاتلي", "أفراد", "افراد", "رجال", "ضباط", "مواطني", "رعايا", "أعضاء", "اعضاء", "موظفي")}


def _own_members_counted(norms: list[str], units: list, m: Match):
    """أعلن الجيش التركي مقتل 8 من جنوده، أحصت تركيا مقتل 42 من جنودها: a number of the speaker's own
    members killed or taken -- the one named before the trigger whom the pronoun refers to (a body or
    a state) suffered the act, or None."""
    for k in (m.last + 2, m.last + 3):     # (مقتل 8 من، مقتل ثلاثة آلاف من: the number right after the trigger)
        if k + 1 >= len(norms):
            break
        w = norms[k + 1]
        if norms[k] == "من" and _counted(norms[k - 1]) and _counted(norms[m.last + 1]) and any(
                w.endswith(p) and w[:-len(p)] in _OWN_MEMBERS for p in ("ها", "هم", "ه")):
            if any(u.first > k and "مع" in norms[max(0, u.first - 2):u.first] for u in units):
                return None     # (... في اشتباكات مع حزب العمال: a clash, whose two sides the rules name)
            return next((u for u in reversed(units) if u.last < m.first and u.actor and not u.person
                         and not u.actor.startswith("L:") and u.glued[-1:] not in ("ل", "ب")), None)
    return None


# verbs of being hurt or killed (read as passives before في / جراء / إثر + an attack noun)
# the passive-only forms of "was hurt" (أُصيب: its active is أصاب)
_INJURED = {normalize(w) for w in "أصيب أصيبت أصيبوا أصيبا يصاب تصاب يصابون".split()}
_HURT = _INJURED | {normalize(w) for w in (
    "قتل قتلت قتلوا قتلا جرح جرحت جرحوا استشهد استشهدت استشهدوا "
    "لقي لقيت لقوا لقيا توفي توفيت توفوا سقط سقطوا اختطف اختطفوا خطف خطفوا").split()}
_CAUSE_PREPS = {"في", "جراء", "اثر", "بعد", "خلال", "عقب", "بسبب", "نتيجه"}


def _hurt_in(norms: list[str], a: int, b: int) -> bool:
    """Words ``a``..``b-1`` between a name and an attack noun are a verb of being hurt and a cause
    (أصيبوا في، قتلوا جراء، لقي مصرعه في; or the noun's glued ب: أصيب بانفجار)."""
    words = norms[a:b]
    if not words or len(words) > 4 or any(w in _CLAUSE_BREAK for w in words):
        return False
    verb = 1 if words[0] in ("قد", "وقد") else 0     # (the verb right after the name)
    if verb >= len(words) or (words[verb][1:] if words[verb][:1] in "وف" else words[verb]) not in _HURT:
        return False
    rest = words[verb + 1:]
    return (not rest and norms[b][:1] == "ب") or any(w in _CAUSE_PREPS for w in rest)


# تكبدت ميليشيات الحوثي خسائر وقتلى، منيت القوات بخسائر: who suffers losses is no attacker
_SUFFER = {normalize(w) for w in "تكبد تكبدت تكبدوا يتكبد تتكبد يتكبدون تكبدا منيت مني منوا".split()}


def suffered_losses(norms: list[str], a: int, b: int, first: int | None = None) -> bool:
    """A verb of suffering losses (تكبد، مني بـ) among the few words ``a``..``b-1`` between a name and a
    casualty noun -- or right before the name, whose first word is ``first``, with a loss noun among those
    words (وتكبدت ميليشيا الحوثي خسائر فادحة جراء غارات التحالف) --, with no clause break."""
    words = norms[a:b]
    if not (0 < len(words) <= 6) or any(w in _CLAUSE_BREAK for w in words):
        return False
    return any(_core(w) in _SUFFER for w in words) or (
        bool(first) and _core(norms[first - 1]) in _SUFFER and any(w in _LOSS_NOUNS for w in words))


# what is suffered (خسائر فادحة جراء غارات التحالف)
_LOSS_NOUNS = {normalize(w) for w in "خسائر بخسائر الخسائر خسارة قتلى بقتلى ضربات بضربات".split()}


def victims_before(norms: list[str], m) -> bool:
    """An ASSAULT or COERCE verb right after a number of nationals (أن ستة فلسطينيين قتلوا):
    they suffered the act, and nobody named acts."""
    k = m.first
    return (m.trigger.type in ("ASSAULT", "COERCE") and m.trigger.pos == "V" and k >= 2
            and counted_nationals(norms[k - 1]) is not None and _counted(norms[k - 2]))


def counted_nationals(w: str) -> str | None:
    """The country of an indefinite plural or accusative nationality noun after a number
    (فلسطينيا، فلسطينيين، سوريين، السوريين), or None."""
    if w.endswith(("يين", "يون")):
        return nisba_country(w)
    if w.endswith("يا"):
        return nisba_country(w[:-1])     # (the accusative singular: فلسطينيا)
    return None


# indefinite nouns of a state's bodies, officials and forces, qualified by a nationality adjective (not
# جندي / جنود: قتل جندي سوري -- a soldier so named is far more often the victim)
_NATIONAL_BODIES = {normalize(w) for w in (
    "لجنة محكمة مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر قوات قوة طائرات طائرة مقاتلات سفينة سفن بوارج "
    "دبلوماسي دبلوماسيون دبلوماسيين وفد سلطات وزير وزيرة نائب نواب مبعوث سفير شرطة جيش "
    "حكومة وزارة هيئة أجهزة جهاز مخابرات").split()}


_MADE_IN = {"الصنع", "المنشا", "التصنيع", "الصناعه", "الطراز"}
# the strikes and sanctions whose nationality adjective names their state (غارة أمريكية، قصف تركي، عقوبات أميركية)
_STRIKE_NOUNS = {normalize(w) for w in "غارة غارات ضربة ضربات قصف هجوم هجمات عقوبات".split()}
# words that name who backs an attack (بدعم من التحالف، بإسناد جوي من طيران التحالف، بمساندة مقاتلات الأباتشي)
BACKING_WORDS = frozenset(normalize(w) for w in "بدعم وبدعم بإسناد وبإسناد بمساندة وبمساندة بغطاء وبغطاء".split())
# the words before بـ + a force or strike that only backs the act (مدعوما بقوات روسية، المدعومة بغارات روسية)
_BACKING_OPENERS = ("مدعوم", "المدعوم") + tuple(BACKING_WORDS)


def _strike_noun(word: str) -> bool:
    """``word`` is one of :data:`_STRIKE_NOUNS`, with its article, و, بـ or لـ or not (الغارات، بقصف، لعقوبات)."""
    core = _strip_article(word)
    return core in _STRIKE_NOUNS or (core[:1] in "بل" and core[1:] in _STRIKE_NOUNS)


def _struck_by(norms: list[str], i: int) -> bool:
    """The adjective at ``i`` qualifies an indefinite strike or sanction, bare or after بـ / لـ / في (في غارة
    أمريكية، بقصف تركي، لعقوبات أميركية), which is not said to back another's act (مدعوما بغارات روسية)."""
    prev = norms[i - 1]
    return _strike_noun(prev) and not (prev[:1] in "بل" and i >= 2 and norms[i - 2].startswith(_BACKING_OPENERS))


def _with_nisba_units(mentions, norms: list[str], units: list, verb: int) -> list:
    """``units`` plus indefinite noun + nationality adjective phrases (محكمة إسرائيلية، مقاتلات
    قطرية، مسؤول أمريكي): the adjective stands for its country when the article names that
    country (the definite ones, التدخل الأمريكي, are already mentions).  Not right after the
    verb ``verb``: وقتل فلسطيني is "a Palestinian was killed"."""
    covered = {k for u in units for k in range(u.first, u.last + 1)}
    extra = []
    for i in range(1, len(norms)):
        w, prev = norms[i], norms[i - 1]
        if i not in covered and _counted(prev):
            c = counted_nationals(w)
            actor = mentions.country_actor.get(c) if c else None
            if actor:
                # قتل الجيش 60 فلسطينيا، اعتقال عشرات السوريين: a number of nationals stands
                # for their country
                extra.append(_CountedUnit(i, i, actor, False))
                continue
        if i in covered or i - 1 in covered or i - 1 == verb or w.startswith(("ال", "وال", "بال", "لل")) or prev.startswith(("ال", "وال", "بال", "لل")):
            continue
        if prev in _QUOTE_MARKS and i >= 2 and _WORDLIKE.match(norms[i - 2]) and len(norms[i - 2]) >= 3:
            prev = norms[i - 2]     # من "اجتياح" فرنسي: the noun is quoted, its adjective is not
        if not _WORDLIKE.match(prev) or prev in _CLAUSE_BREAK or len(prev) < 3:
            continue
        c = nisba_country(w)
        if c is None and w.endswith(("يتان", "يتين")) and len(w) > 6 and "كوري" not in w:
            # (طائرتان حربيتان ليبيتان، سفينتين روسيتين: a dual adjective; not الكوريتين, the two Koreas)
            c = nisba_country(w[:-3] + "ه")
        if c is None and w.endswith("يا") and len(w) > 4 and prev.endswith("ا"):
            # (the accusative after an accusative noun: وفدا أميركيا، جنديا إسرائيليا -- a country's name
            # elsewhere: الحلف روسيا)
            c = nisba_country(w[:-1])
        c, last = korean_half(c, norms, i)      # (مسؤول كوري شمالي: North Korean)
        if c and last + 1 < len(norms) and norms[last + 1] in _MADE_IN:
            continue     # (صواريخ إيرانية الصنع، عبوة روسية المنشأ: where the weapon was made, no actor)
        actor = mentions.country_actor.get(c) if c else None
        if c and not actor and (_strip_article(prev) in _NATIONAL_BODIES or _struck_by(norms, i)):
            # (رفضت لجنة إسرائيلية، قال مسؤول أمريكي، قتل في غارة أمريكية: a body, an official or a strike of
            # a country the article names only by this adjective stands for it all the same)
            actor = mentions.kb_country(c)
        if actor and i >= 2 and (_counted(norms[i - 2]) or norms[i - 1] in _DUAL_MEMBERS):
            # (قتل خمسة جنود مصريين، جنديين تركيين: a number of a country's people, counted like 60 فلسطينيا)
            extra.append(_CountedUnit(i, last, actor, False))
        elif actor:
            extra.append(_AdjectiveUnit(i, last, actor, False))
    if not extra:
        return units
    return sorted(units + extra, key=lambda u: u.first)


def _agent_adjective(mentions, norms: list[str], m) -> str | None:
    """The country of a nationality adjective right after a nominal trigger that agrees with it
    in definiteness (العقوبات البريطانية، غارات إسرائيلية), when the article names that country."""
    k = m.last + 1
    if k >= len(norms) or m.trigger.pos != "N" or len(m.tokens) > 1:
        return None      # (استدعاء السفير الباكستاني: the adjective is the ambassador's)
    noun, adj = _core(norms[m.last]), norms[k]
    definite = noun.startswith(("ال", "بال", "لل", "كال"))
    if definite != adj.startswith("ال"):
        return None
    if adj.endswith(("يين", "يون")):
        return None      # (مقتل فلسطينيين: a people in the genitive; an act's adjective is never a human plural)
    c = load_nisba().get(adj[2:] if definite else adj)    # (not تهديدا للسعودية: a country named)
    c = korean_half(c, norms, k)[0]      # (العقوبات الكورية الشمالية: North Korea's)
    if not c:
        return None
    # (or the knowledge base's country the adjective itself was read as: الضربة الأميركية in an
    # article that does not otherwise name the United States)
    actor = mentions.country_actor.get(c) or ("C:" + c if "C:" + c in mentions.by_id else None)
    if actor is None and _strike_noun(noun):
        # (قصف إسرائيلي، عقوبات أميركية in an article that names the country nowhere else: a strike or a
        # sanction of a nationality is its state's all the same)
        actor = mentions.kb_country(c)
    return actor


_QUOTE_MARKS = {'"', "»", "”", "'"}
_QUOTE_OPEN = {'"', "«", "“"}


def _opens_quotation(norms: list[str], verb: int, u) -> bool:
    """A quotation mark opens between the verb and the mention ``u`` and stays open past it
    (ودعا أيضا "الحكومة التركية إلى رفع ...": the quoted call, whose first name is its object), not a
    name in quotes (اتهم "المجلس الوطني للمقاومة" النظام، دعا مركز "المصالحة الروسي")."""
    q = next((k for k in range(verb + 1, u.first) if norms[k] in _QUOTE_OPEN), None)
    if q is None:
        return False
    close = next((k for k in range(q + 1, len(norms)) if norms[k] in _QUOTE_MARKS or norms[k] in _QUOTE_OPEN), len(norms))
    return close > u.last + 1


def _meeting_venue(mentions, norms: list[str], units: list, m: Match):
    """The place a meeting noun is named after (محادثات جنيف، قمة سنغافورة، اجتماع بانمونجوم):
    the lone place in its genitive, which is where the parties met, not one of them.  Places
    joined by و (محادثات واشنطن وبيونغ يانغ) stand for their states and stay parties."""
    k = m.last + 1
    u = next((u for u in units if u.first == k and not u.glued), None)
    if u is None or not u.actor or not u.actor.startswith("L:"):
        return None
    if any(v.first > u.last and (v.glued.startswith("و") and v.first == u.last + 1
                                 or v.first == u.last + 2 and norms[u.last + 1] == "و") for v in units):
        return None
    return u


_HIS_COUNTRY = {"بلاده", "بلادها", "وبلاده", "وبلادها", "لبلاده", "لبلادها", "بلادهم"}


def _with_own_country(record: Record, toks: list[Token], norms: list[str], mentions, units: list) -> list:
    """``units`` plus بلاده / بلادها ("his / her country") as the country of the person who
    speaks or was last named before it (أعلن أردوغان أن بلاده ستقاطع ... -> Turkey)."""
    if _HIS_COUNTRY.isdisjoint(norms):   # the common case, tested in C
        return units
    hits = [i for i, w in enumerate(norms) if w in _HIS_COUNTRY and not any(u.first <= i <= u.last for u in units)]
    if not hits:
        return units
    extra = []
    for i in hits:
        pos = toks[i].start
        para = record.text.rfind("\n", 0, pos) + 1
        people = [u for u in mentions.items if u.end <= pos and u.actor and u.person]
        quote = mentions.quote_at(pos)
        rel = next((k for k, w in enumerate(norms) if w in ("التي", "الذي", "الذين")), len(norms))
        in_sent = [u for u in units if u.last < min(i, rel) and u.actor and u.first
                   and norms[u.first - 1] not in _PREPS_TARGET | _PREPS_SKIP and not u.glued.endswith(("ل", "ب"))]
        if people and people[-1].start >= toks[0].start:
            who = people[-1].actor
        elif quote is not None and quote.speaker and quote.start >= para:
            # وقال الوزير إن بلاده تدعم الأردن after a meeting of two ministers: the speaker the quotes
            # stage resolved the title to, not the last person named (his Jordanian counterpart)
            who = quote.speaker
        elif in_sent:      # رحب رئيس وزراء إيطاليا ...، ملمحا إلى أن بلاده: the sentence's subject
            who = in_sent[0].actor
        elif people and people[-1].start >= para:
            who = people[-1].actor
        elif quote is not None and quote.speaker:
            who = quote.speaker
        else:     # وأشار إلى أن بلاده ...: the person of the previous paragraph goes on
            who = people[-1].actor if people else None
        a = mentions.by_id.get(who)
        if a is None or not a.country:
            continue
        actor = mentions.country_actor.get(a.country, who)
        extra.append(Unit(i, i, actor, False, norms[i][:1] if norms[i][:1] in "ول" else ""))
    return sorted(units + extra, key=lambda u: u.first) if extra else units


_RELATIVE = {"الذي", "التي", "الذين"}
_RELATIVE_WORDS = _RELATIVE | {"اللذين", "اللتين", "اللواتي"}     # (with the duals and the feminine plural)
_RESUMPTIVE = {p + e for p in ("في", "ب", "من", "ل", "عن", "الي", "علي", "مع") for e in ("ه", "ها", "هم", "هما")}


# verbs of stating a stance, with و: وأكدت تضامنها، وجدد رفضه، وأعلن دعمه
_STANCE_VERBS = {normalize(w) for w in (
    "أكد", "أكدت", "أكدوا", "جدد", "جددت", "جددوا", "أعلن", "أعلنت", "أعلنوا", "أبدى", "أبدت", "أبدوا",
    "أعرب", "أعربت", "عبر", "عبرت", "كرر", "كررت", "أظهر", "أظهرت")}


# their present forms, after a subject opening a reported clause (إن السعودية تجدد رفضها)
_STANCE_PRESENT = {normalize(w) for w in (
    "يؤكد", "تؤكد", "يؤكدون", "يجدد", "تجدد", "يجددون", "يعلن", "تعلن", "يعلنون", "يبدي", "تبدي", "يعرب", "تعرب",
    "يكرر", "تكرر")}
_STANCE_ADVERBS = {normalize(w) for w in "مرارا مجددا مجدداً أيضا أيضاً كذلك رسميا رسمياً بشدة مرة".split()}


def _stance_owner(norms: list[str], units: list, m: Match):
    """For a verb-form trigger carrying a pronoun (رفضها، دعمه، تأييده) right after a verb of stating
    and its named subject (جددت روسيا رفضها، أكد بوتين دعمه): that subject's mention, the owner of
    what is then a masdar; else None."""
    if not m.first or not any(norms[m.head_tok].endswith(p) for p in ("ها", "ه", "هم", "هما")):
        return None
    j = m.first - 1
    while j > 0 and (norms[j] in _TIME_WORDS or norms[j] in _STANCE_ADVERBS):
        j -= 1     # (أعلنت إسرائيل مرارا رفضها، جددت روسيا اليوم رفضها)
    owner = next((u for u in units if u.last == j and u.actor), None)
    if owner is None:
        # (أن المملكة العربية السعودية تجدد رفضها، إن روسيا تؤكد دعمها: the stating verb after its subject, the
        # subject opening the reported clause)
        verb = norms[j]
        if verb not in _STANCE_PRESENT:
            return None
        before = next((u for u in units if u.last == j - 1 and u.actor), None)
        if before is None or before.glued or (before.first and norms[before.first - 1] not in _COMPLEMENTIZERS):
            return None
        return before
    t = _title_start(norms, owner.first) if owner.person else None
    k = owner.first if t is None else t
    if k < 1:
        return None
    verb = norms[k - 1]
    return owner if verb in _STANCE_VERBS or (verb[:1] in "وف" and verb[1:] in _STANCE_VERBS) else None


def _coordinated_verb(word: str) -> bool:
    """و + a verb of stating a stance (وأكدت، وجدد): a verb that shares the sentence's subject."""
    return word[:1] == "و" and word[1:] in _STANCE_VERBS


_EXPECTED = {normalize(w) for w in (
    "يفترض يتوقع ينتظر يرتقب من المقرر المتوقع المفترض المنتظر المرتقب المزمع سبق يسبق لم له لها لهم").split()}


def relative_head(norms: list[str], m: Match, as_object: bool = False) -> int | None:
    """The index of the word a relative clause opened by the verb of ``m`` hangs on (حيدر العبادي،
    الذي زار البصرة -> العبادي; الهجوم الذي استهدف -> الهجوم), when the verb is the clause's
    subject; with ``as_object`` agreement is not checked.  None when the verb opens no relative
    clause or does not agree with its pronoun (أزمة سوريا، التي هدد ترامب: ترامب is the subject)."""
    k = m.first - 1
    if k >= 0 and norms[k] in ("قد", "لم", "لن"):
        k -= 1
    if k >= 2 and norms[k] == "ان" and not (m.head_tok + 1 < len(norms) and norms[m.head_tok + 1] in _RESUMPTIVE):
        # (كيم الذي يفترض أن يلتقي ترامب، القمة التي من المقرر أن تستضيفها، الذي سبق له أن زار:
        # an impersonal expectation or "it happened before" between the pronoun and the verb; not
        # with a resumptive pronoun after the verb: بيت السلام الذي من المقرر أن يعقد فيه مون وكيم)
        j = k - 1
        while j > k - 4 and norms[j] in _EXPECTED:
            j -= 1
        if j < k - 1 and norms[j] in _RELATIVE:
            k = j
    if k < 1 or norms[k] not in _RELATIVE:
        return None
    # the verb agrees with the relative pronoun when it is its subject (التي تدعم، الذي زار)
    verb = norms[m.head_tok][1:] if norms[m.head_tok][:1] in "وف" else norms[m.head_tok]
    feminine = verb.startswith("ت") or (verb.endswith("ت") and not verb.startswith("ي"))
    if not as_object and (norms[k] == "التي" and not feminine or norms[k] == "الذي" and feminine
                          or norms[k] == "الذين" and not verb.endswith(("وا", "ون"))):
        return None
    k -= 1
    if norms[k] in ("،", ","):
        k -= 1
    return k


def _relative_owner(norms: list[str], units: list, m: Match):
    """The name a relative clause hangs on when the noun trigger of ``m`` inside that clause carries its
    pronoun (المملكة المتحدة، التي طردت 23 دبلوماسيا، بعد اتهامها: ها -> the United Kingdom): the relative
    pronoun agrees with the noun's pronoun, a verb opens the clause, and no other name stands bare (with no
    preposition) between them."""
    word = norms[m.head_tok]
    rel = "التي" if word.endswith("ها") else "الذي" if word.endswith("ه") else None
    if rel is None:
        return None
    preps = _PREPS_SKIP | _PREPS_TARGET
    for k in range(m.first - 1, max(0, m.first - 16), -1):
        w = norms[k]
        if w in (".", "؛", ";", ":", "!", "؟", "?") or (w in _RELATIVE_WORDS and w != rel):
            return None
        if w != rel:
            continue
        if k + 1 >= m.first or not _verb_word(norms[k + 1]):
            return None
        if any(k < u.first < m.first and not u.glued and norms[u.first - 1] not in preps for u in units):
            return None
        j = k - 2 if norms[k - 1] in ("،", ",") else k - 1
        return next((u for u in units if u.last == j and u.actor), None)
    return None


def _resumed_after(norms: list[str], k: int) -> bool:
    """The word after token ``k`` (or the one after it) carries a resumptive pronoun: an object noun
    with a pronoun suffix (عضويتها، أراضيها) or a preposition with one (عليها، ضده), before any break."""
    for j in range(k + 1, min(len(norms), k + 3)):
        w = norms[j]
        if w in _CLAUSE_BREAK or w in _STOP_TARGETS:
            return False
        if w in _RESUMPTIVE or w in _PREP_PRONOUNS:
            return True
        if len(w) > 4 and w.endswith(("ها", "هم")) and not w.startswith(("ب", "ل", "وب", "ول", "ال")):
            return True
    return False


def _antecedent(norms: list[str], units: list, m: Match, as_object: bool = False):
    """The subject of a verb opening a relative clause: the name the clause hangs on
    (حيدر العبادي، الذي زار البصرة -> العبادي); with ``as_object`` the verb carries the
    pronoun of the name (غولن، الذي تتهمه أنقرة) and agreement is not checked."""
    k = relative_head(norms, m, as_object)
    return None if k is None else next((u for u in units if u.last == k), None)


PRONOUN_PATIENT_TYPES = {"COERCE", "SANCTION", "RETREAT", "ASSAULT"}
_PREP_PRONOUNS = {p + e for p in ("علي", "عن", "بحق", "ضد") for e in ("ه", "ها", "هم", "هما")}


def prep_pronoun(norms: list[str], m: Match) -> str | None:
    """The pronoun (ه، ها، هم، هما) of a preposition inside or right after a verb trigger that
    takes its object through it (قبض عليه، حكم عليها، أفرج عنهم، صدر بحقه), or None."""
    k = next((k for k in list(m.tokens[1:]) + [m.last + 1] if k < len(norms) and norms[k] in _PREP_PRONOUNS), None)
    return None if k is None else next(e for e in ("هما", "هم", "ها", "ه") if norms[k].endswith(e))


def object_pronoun(trig: Trigger, word: str) -> str | None:
    """The object pronoun a verb trigger's word carries (تتهمه -> ه، يدعمها -> ها، التقاهما -> هما،
    تحتجزني -> ني), or None."""
    forms = trig.slots[trig.head]
    return next((p for w in readings(word) for p in _PRONOUNS + ("ني",) if w.endswith(p) and w[:-len(p)] in forms),
                None)


def readings(word: str) -> tuple[str, ...]:
    """``word`` as written and, when it starts with و or ف, without it: a root may begin with و
    (وضعته is وضعت + ه, ووضعته و + وضعت + ه), which _core would strip."""
    return (word, word[1:]) if word[:1] in "وف" else (word,)


def _object_suffix(trig: Trigger, word: str) -> bool:
    """The verb carries a singular or plural object pronoun (تتهمه، يدعمها، يتهمهم)."""
    return object_pronoun(trig, word) in ("ه", "ها", "هم")


_KANA = {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"}


# a man named by what he is, before his name (الطفل سلطان، الشاب محمد)
_MALE_PERSON_NOUNS = {normalize(w) for w in (
    "الطفل الشاب الرجل المواطن الصحفي الصحافي الناشط المعارض القيادي الجندي الضابط الطالب الفتى المسن المدني "
    "الأسير المعتقل المتظاهر").split()}


# a woman's title before her name (الملكة إليزابيث، المستشارة الألمانية أنجيلا ميركل، رئيسة الوزراء تيريزا ماي)
_FEMALE_TITLES = {normalize(w) for w in (
    "الملكة المستشارة رئيسة الرئيسة الوزيرة الأميرة السيدة النائبة السفيرة المندوبة المتحدثة الناطقة زعيمة الزعيمة "
    "المفوضة الممثلة المبعوثة").split()}


# states named without the article that still take a masculine verb (قال لبنان; those with it -- العراق، اليمن --
# are left out by the article alone); the others take a feminine one (أعلنت مصر، اتهمت إيران)
_MASCULINE_STATES = {normalize(w) for w in "لبنان".split()}


def _feminine_name(norms: list[str], u) -> bool:
    """The name takes a feminine verb: a body whose head noun ends in ة (الحكومة الألمانية، حركة حماس،
    منظمة العفو), or a state named without the article (إسرائيل، تركيا) -- not a capital, which news lets
    stand for its government after a masculine verb (وأعرب بغداد وأربيل عن رفضهما)."""
    w = norms[u.first]
    head = _strip_article(w)
    if head.endswith("ه") and len(head) > 3:
        return True
    return (u.actor or "")[:2] == "C:" and u.first == u.last and not w.startswith("ال") and w not in _MASCULINE_STATES


def kin_before(words: list[str]) -> bool:
    """The normalised ``words`` right before a name end in a kin noun, past up to two definite words or titles (زوج
    الأميرة، ابنة الرئيس الأمريكي، نجل زعيمها): the name is its genitive -- the kin, someone else, is meant."""
    for w in reversed(words[-3:]):
        if w in _KIN or (w[:1] in "وبل" and w[1:] in _KIN):
            return True
        if not w.startswith(("ال", "زعيم", "رييس")):
            return False
    return False


# adverbs that make ما "often" or "rarely" (وعادة ما تشير، دائما ما دعا، قلما يدعو): a habitual act or word, not
# "what"
OFTEN_ADVERBS = {normalize(w) for w in (
    "دائما ودائما غالبا وغالبا كثيرا وكثيرا عادة وعادة لطالما ولطالما نادرا قلما").split()}


def _verb_gender(trig: Trigger, word: str) -> str | None:
    """The gender a singular form of the verb trigger shows: "f" for a past form with the feminine ت
    (استهدفت), "m" for a past form without it or a present one with يـ (التقى، استقبل، يلتقي، سيستقبل); None
    for plurals and the rest."""
    for c in _head_forms(trig, word):
        if c in trig.past:
            return "f" if c.endswith("ت") else None if c.endswith("وا") else "m"
        if c[:1] == "ي" and not c.endswith(("ون", "ان")):
            return "m"
    return None


def _kana_unnamed_subject(norms: list[str], units: list, m: Match) -> bool:
    """كان + an unnamed noun + قد + the verb (وكانت السلطات قد اعتقلت الزفزافي): the subject stands before the
    verb, unnamed, so the name after the verb is its object."""
    if m.first < 3 or norms[m.first - 1] != "قد":
        return False
    for c in range(m.first - 2, max(-1, m.first - 6), -1):
        if norms[c] in _KANA:
            return c < m.first - 2 and not any(c < u.last and u.first < m.first - 1 and u.actor for u in units)
        if norms[c] in _CLAUSE_BREAK or not norms[c].isalpha():
            return False
    return False


# asides between a fronted subject and its verb (الوزير، من جهته، دعا ...؛ وتركيا بدورها اتهمت)
_ASIDES = [tuple(normalize(w) for w in x.split()) for x in (
    "من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها", "من جانبهم", "بدوره", "بدورها", "بدورهم")]
_OPENERS = {"و", "ف", "ثم"}
_SEAT_PREPS = {"في", "لدي"}     # (normalised: لدى -> لدي)


def _before_aside(norms: list[str], k: int) -> int | None:
    """The index of the word before an aside ending at ``k`` (commas around it skipped), or None."""
    while k >= 0 and norms[k] in _CLAUSE_BREAK:
        k -= 1
    for aside in _ASIDES:
        n = len(aside)
        if k - n + 1 >= 0 and tuple(norms[k - n + 1:k + 1]) == aside:
            j = k - n
            while j >= 0 and norms[j] in _CLAUSE_BREAK:
                j -= 1
            return j
    return None


def _preverbal_subject(norms: list[str], units: list, m: Match, a: int):
    """The subject of an SVO clause: a mention right before the verb, opened by a
    complementiser or كان (قال إن زعيم كوريا الشمالية كيم جونغ أون زار السفارة الصينية ->
    Kim, not the embassy; وكانت الشرطة اعتقلت X), standing at the start of its sentence or
    clause (وتركيا اتهمت الولايات المتحدة، ترامب يدعو إيران) or set off by an aside
    (وزير الخارجية اليمني خالد اليماني، من جهته، حث الحوثيين)."""
    end = m.first - 2 if m.first >= 2 and norms[m.first - 1] in ("قد", "لقد") else m.first - 1     # X قد وافق
    if end >= 1 and norms[end] in _QUOTE_OPEN | _QUOTE_MARKS:
        end -= 1      # (أن وزير الخارجية مايك بومبيو "يؤيد ...: the quotation opens on the verb)
    aside = _before_aside(norms, end)
    if aside is None and end >= 1 and norms[end] in ("،", ","):
        return _subject_before_comma(norms, units, end) or _subject_before_relative(norms, units, end, m)
    u = next((x for x in units if x.last == (end if aside is None else aside) and x.actor), None)
    if u is not None and aside is None and not u.glued and u.first >= 2 and norms[u.first - 1] in _SEAT_PREPS \
            and (u.actor or "")[:2] in ("L:", "C:"):
        # إن القائم بأعمال السفارة الأمريكية في أنقرة سيزور، أن السفير الروسي لدى واشنطن اجتمع: the place where the
        # subject serves stands between it and the verb; the name before the preposition is the subject
        u = next((x for x in units if x.last == u.first - 2 and x.actor and not x.glued), None)
    if u is not None and u.glued == "ل":
        # وكانت اللجنة المركزية لحركة فتح قد دعت، أن جنودا تابعين لقوات حفتر أطلقوا النار: a body of the organisation
        # or unnamed people belonging to it, named before ل, open the clause, and the organisation acts
        for j in _lam_owner_heads(norms, u):
            if not any(x.first <= j <= x.last for x in units) \
                    and (all(norms[k] in _OPENERS for k in range(a, j)) or _opened_before(norms, j - 1, a)):
                return u
    if u is None or (u.glued and not (u.glued == "و" and u.first == 0)):
        return None
    title = None if u.glued else _title_start(norms, u.first)
    start = u.first if title is None else title
    if aside is not None or u.glued or all(norms[k] in _OPENERS for k in range(a, start)):
        return u
    # (لكن موسكو انتقدت الولايات المتحدة، بينما واشنطن تتهم: a name after but / while and right before the
    # verb is its subject, not its object)
    return u if _opened_before(norms, u.first - 1, a, _BUT_SVO) else None


def _lam_owner_heads(norms: list[str], u) -> list[int]:
    """The words that may head a subject whose owner is ``u``, glued to ل after it: the noun before a word of belonging
    (جنودا تابعين لقوات حفتر), and a definite body noun or subject noun up to two words before (اللجنة المركزية لحركة
    فتح)."""
    heads = [u.first - 2] if u.first >= 3 and norms[u.first - 1] in _BELONGING else []
    j = u.first - 1
    while j > 0 and u.first - j < 3 and norms[j].startswith("ال") and _strip_article(norms[j]) not in _BODY_HEADS \
            and norms[j] not in _SUBJECT_NOUNS:
        j -= 1
    head = norms[j] if j >= 0 else ""
    if j < u.first and (head in _SUBJECT_NOUNS or _strip_article(head) in _BODY_HEADS) and head.startswith("ال"):
        heads.append(j)
    return heads


_CAUSE_OR_CONCESSION = {"رغم", "برغم", "بسبب", "اثر", "عقب", "جراء", "اعقاب"}


def _subject_before_bare_relative(norms: list[str], units: list, m: Match, a: int):
    """A name, then a relative clause on it with no commas around it, then the verb (إن قائد فيلق القدس الذي يخضع
    لحظر من جانب المنظمة الدولية قد زار روسيا، إن أردوغان الذي يزور ألمانيا انتقد الحكومة الألمانية): the name is
    the verb's subject -- not a name inside the relative clause, nor the first after the verb.  The relative clause
    runs over no clause break or complementiser, and the verb is no و-joined one (it may go on with the clause)."""
    if m.trigger.pos != "V" or norms[m.head_tok][:1] in "وف" or m.first < 4 \
            or norms[m.first - 1] in _PREPS_SKIP or norms[m.first - 1] in _PREPS_TARGET \
            or norms[m.first - 1] in _CAUSE_OR_CONCESSION or _first_person(m.trigger, norms[m.head_tok]):
        return None     # (nor a bare stem read as its masdar after a preposition: رغم رفض حكومة الملك; nor "we":
        #                 محنة اليمن التي تسبب فيها الحوثي سندعمهم)
    if norms[m.first - 1].removeprefix("و") in _RELATIVE_WORDS:
        return None     # (الحوثيين الذين تدعمهم طهران والذين سيطروا: the verb opens a relative clause of its own)
    r = next((k for k in range(m.first - 2, max(a, m.first - 14) - 1, -1)
              if norms[k] in _RELATIVE_WORDS or norms[k] in _CLAUSE_BREAK or norms[k] in _COMPLEMENTIZERS), None)
    if r is None or norms[r] not in _RELATIVE_WORDS or r < 1 or any(u.first <= r + 1 <= u.last for u in units):
        return None
    ante = next((u for u in units if u.last == r - 1 and u.actor), None)
    if ante is None or isinstance(ante, _AdjectiveUnit):
        # (قائد فيلق القدس الإيراني الذي: the name before its nationality adjective)
        if r >= 2 and nisba_country(norms[r - 1]) is not None:
            ante = next((u for u in units if u.last == r - 2 and u.actor and not isinstance(u, _AdjectiveUnit)), ante)
    if ante is None or ante.glued:
        return None
    title = _title_start(norms, ante.first) if ante.person else None
    start = ante.first if title is None else title
    if start and (norms[start - 1] in _PREPS_SKIP or norms[start - 1] in _PREPS_TARGET):
        return None     # (a name after a preposition is no subject)
    return ante


def _opened_before(norms: list[str], k: int, lo: int, more: frozenset | set = frozenset()) -> bool:
    """A complementiser or كان (or a word of ``more``) among the six words up to token ``k`` (not before
    ``lo``), with no clause break or preposition after it: the clause opens on what follows."""
    for j in range(k, max(lo, k - 5) - 1, -1):
        w = norms[j]
        if w in _COMPLEMENTIZERS or w in _KANA or w in more:
            return True
        if w in _CLAUSE_BREAK or w in _PREPS_TARGET or w in _PREPS_SKIP:
            return False
    return False


_BUT = {"لكن", "ولكن", "غير", "بينما", "فيما"}
_BUT_SVO = _BUT - {"غير"}


def _subject_before_comma(norms: list[str], units: list, comma: int):
    """A person named with their title, closed by a comma before the verb, who opens the clause
    (أن الرئيس الروسي، فلاديمير بوتين، سيجتمع؛ لكن الرئيس الأمريكي دونالد ترامب، هدد؛ وكانت رئيسة
    الوزراء، تيريزا ماي، استقبلت): the subject.  Not a name ending a list or a clause of its own."""
    u = next((x for x in units if x.last == comma - 1 and x.actor and x.person and not x.glued), None)
    if u is None:
        return None
    if u.first >= 2 and norms[u.first - 1] in ("،", ","):
        start = _title_start(norms, u.first - 1)      # (the title set off by its own comma)
    else:
        start = _title_start(norms, u.first)
    if start is None:
        return None
    if all(norms[k] in _OPENERS for k in range(0, start)) or _opened_before(norms, start - 1, 0, _BUT):
        return u
    return None


def _subject_before_relative(norms: list[str], units: list, comma: int, m: Match):
    """A name that opens its clause, then a relative clause on it set off by commas, then the verb
    (ويقال إن لقديم، الذي أعلن الولاء لتنظيم الدولة، طالب بإطلاق سراح ...؛ وكانت روسيا، التي تدعم
    الحكومة السورية، انتقدت إسرائيل): the name is the verb's subject, not the last name inside the
    relative clause nor the first after the verb.  (Not a person before a bare قتلت / قتل, read as the
    passive: كامبل، التي تتحدر من مدينة لويس، قتلت من جراء غارة جوية.)"""
    if m.trigger.type == "ASSAULT" and _core(norms[m.head_tok]) in ("قتل", "قتلت", "اغتيل", "اغتيلت"):
        return None
    rel = next((k for k in range(comma - 1, max(0, comma - 16), -1)
                if norms[k] in _RELATIVE_WORDS or norms[k] in _CLAUSE_BREAK), None)
    if rel is None or norms[rel] not in _RELATIVE_WORDS or rel < 3 or norms[rel - 1] not in ("،", ","):
        return None
    u = next((x for x in units if x.last == rel - 2 and x.actor), None)
    if u is None or (u.glued and not (u.glued == "و" and u.first == 0)):
        return None
    title = None if u.glued else _title_start(norms, u.first)
    start = u.first if title is None else title
    if u.glued or all(norms[k] in _OPENERS for k in range(0, start)) or _opened_before(norms, start - 1, 0, _BUT):
        return u
    return None


def _conjunct_chain(norms: list[str], before: list, u, stop=None) -> list:
    """``u`` and the mentions of ``before`` joined to it by و, walking back (الولايات المتحدة وفرنسا
    وبريطانيا: [بريطانيا، فرنسا، الولايات المتحدة]); a mention ``stop`` rejects ends the walk."""
    chain = [u]
    for v in reversed(before):
        cur = chain[-1]
        if v.last >= cur.first:
            continue
        between = norms[v.last + 1:cur.first]
        if not ((cur.glued.startswith("و") and not between) or between == ["و"]) or (stop is not None and stop(v)):
            break
        chain.append(v)
    return chain


# a sentence opened by a pronoun subject (لكنه طالب تركيا، واتهم ...): its verbs share that pronoun
_PRONOUN_OPENERS = {c + "لكن" + e for c in ("", "و") for e in ("ه", "ها", "هم")}


def _conjunct_of_first(norms: list[str], before: list, u) -> bool:
    """``u`` is the last of the names joined by و that open the clause (وقطعت السعودية ومصر والإمارات
    والبحرين علاقاتها مع قطر واتهمتها: all of them act)."""
    chain = _conjunct_chain(norms, before, u)
    # (and nothing named before the list: the walk reached the clause's first name)
    return len(chain) > 1 and chain[-1].first <= 3 and not any(v.last < chain[-1].first for v in before)


def _both_of(norms: list[str], k: int) -> int | None:
    """The index of كل in a كل من ("both", "each of") right before token ``k``, or None."""
    return k - 2 if k >= 2 and norms[k - 1] == "من" and norms[k - 2] in ("كل", "وكل") else None


# what an attack strikes that belongs to someone (مواقع، تجمعات، تعزيزات، مخازن ...)
_HOLDINGS = {normalize(w) for w in (
    "مواقع موقع تجمعات تجمع تعزيزات مخازن مخزن معسكر معسكرات مقر مقرات آليات مركبات ثكنات "
    "منصات منصة أهداف عناصر مسلحي مقاتلي قيادات مبنى مباني منزل منازل").split()}     # (normalised: آليات = اليات)


# holdings that are never the attacker (not عناصر / قيادات: هاجم عناصر داعش حاجزا -- they attack)
_PLACES_HELD = _HOLDINGS - {normalize(w) for w in ("عناصر", "قيادات")}


# verbs of issuing, imposing or launching whose resumptive object is the act (الإنذار الذي وجهته بريطانيا)
_ISSUED = ("وجه", "فرض", "شن", "اطلق", "اصدر", "قدم", "اتخذ", "اعلن", "نفذ", "ارتكب", "طرح", "ابرم", "عقد", "قاد",
           "بدا", "وقع", "ساق", "كال")


@lru_cache(maxsize=1)
def _issued_forms() -> frozenset:
    """Every past and present form of the issuing verbs with the pronoun of their object (وجهته،
    فرضتها، يفرضها، شنوه), from the trigger lexicon's own verb morphology."""
    from .events import default_present, verb_forms     # (events imports this module)

    forms = verb_forms(list(_ISSUED), [default_present(s) for s in _ISSUED])
    return frozenset(f + p for f in forms for p in ("ه", "ها", "هم"))


def _relative_agent(norms: list[str], units: list, m: Match):
    """For a nominal trigger followed by a relative clause whose verb of issuing carries the noun's
    pronoun (العقوبات التي فرضتها واشنطن، الاتهامات الأخيرة التي وجهتها لندن، التهديدات التي أطلقها
    ترامب): the mention of that verb's subject, right after it (a title before a name, a time word
    between allowed), or None."""
    k = m.last + 1
    for _ in range(2):      # (الاتهامات الأخيرة التي، العقوبات الأمريكية الجديدة التي: adjectives)
        if k < len(norms) and norms[k] not in _RELATIVE and norms[k].startswith("ال") \
                and not any(u.first == k for u in units):
            k += 1
    if k + 2 >= len(norms) or norms[k] not in _RELATIVE or norms[k + 1] not in _issued_forms():
        return None
    j = k + 2
    while j < len(norms) and norms[j] in _TIME_WORDS:
        j += 1
    return next((u for u in units if u.actor and not isinstance(u, _AdjectiveUnit)
                 and (u.first == j or (u.person and _title_start(norms, u.first) == j))), None)


def _struck_holdings_owner(norms: list[str], units: list, m: Match, b: int):
    """The actor whose positions an attack strikes, a few words after its trigger: a holdings noun
    (مواقع، تجمعات، تعزيزات) after على / استهدفت / or right after the trigger, then the owner in construct
    (مواقع ميليشيات الحوثي) or after ل (تجمعات للميليشيات الحوثية), a conjunction list between allowed."""
    for k in range(m.last + 1, min(b, m.last + 10)):
        w = norms[k]
        if w in _CLAUSE_BREAK:
            return None
        if _strip_article(w) not in _HOLDINGS:
            continue
        j = k + 1
        while j < min(b, k + 6) and norms[j] not in _CLAUSE_BREAK and not any(u.first == j for u in units) \
                and norms[j] not in _PREPS_SKIP:
            j += 1     # (تعزيزات عسكرية ومواقع للميليشيات: adjectives and further holdings)
        u = next((u for u in units if u.first == j and u.actor and (not u.glued or u.glued[-1:] == "ل")), None)
        if u is not None and (not u.actor.startswith(("L:", "C:")) or isinstance(u, _AdjectiveUnit)):
            return u     # (مواقع إيرانية: the nationality adjective's state owns them)
    return None


def _ids(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


# an unnamed security or judicial body of a state (السلطات، الشرطة، قوات الأمن، الأجهزة الأمنية)
_STATE_BODIES = {"السلطات", "الشرطه", "الاجهزه", "قوات", "القوات", "الجيش"}
# (قوات النظام، قوات الحكومة، القوات الحكومية، قوات الشرعية: a government's forces, named by what
# they serve rather than by a country)
_BODY_NEXT = {"قوات": {"الامن", "النظام", "الحكومه", "الشرعيه"}, "الاجهزه": {"الامنيه"}, "القوات": {"الحكوميه"}}
_BODY_CLITICS = ("و", "ف", "ل", "ب", "وب", "ول", "فل")


def _with_state_bodies(record: Record, norms: list[str], mentions, units: list, m: Match) -> list:
    """``units`` plus a bare السلطات / الشرطة / قوات الأمن / الأجهزة الأمنية that no mention
    covers and that is the trigger's agent where it stands -- right after the verb or the
    verbal noun (اعتقلت الشرطة، ألقت قوات الأمن القبض، وأفرجت عنه السلطات، قمع الشرطة) or
    right before the verb (إن السلطات اعتقلت) -- standing for its state: the country of a
    nationality adjective right after it
    (السلطات السودانية), else the one country the sentence's mentions belong to, else the
    country the article is about (the one its mentions name most, at least twice as often as
    any other)."""
    covered = {k for u in units for k in range(u.first, u.last + 1)}
    extra = []
    # only words next to the trigger can be its agent (the after/before test below): at most
    # three before it (قوات الأمن السودانية + verb), right after it or after its head
    for i in sorted({m.last + 1, m.head_tok + 1, m.first - 1, m.first - 2, m.first - 3}):
        if not 0 <= i < len(norms) or i in covered:
            continue
        w = norms[i]
        core = w
        for c in _BODY_CLITICS:
            if w.startswith(c) and w[len(c):] in _STATE_BODIES:
                core = w[len(c):]
                break
        if core not in _STATE_BODIES:
            continue
        j = i + 1
        if core in _BODY_NEXT:
            if j >= len(norms) or norms[j] not in _BODY_NEXT[core]:
                continue
            j += 1
        if j < len(norms) and j in covered:
            continue      # السلطات في إيران، الشرطة الفرنسية (a mention of its own)
        c = nisba_country(norms[j]) if j < len(norms) else None
        last = j if c else j - 1
        after = i == m.last + 1 or (m.first < i < m.last and i == m.head_tok + 1)
        before = m.trigger.pos == "V" and last + 1 == m.first
        if not (after or before):
            continue      # رجال الشرطة، أمام مركز للشرطة: not who acted
        actor = mentions.country_actor.get(c) if c else (_sentence_state(mentions, units)
                                                          or _article_state(record, mentions))
        if actor:
            extra.append(_AdjectiveUnit(i, last, actor, False,
                                        w[:len(w) - len(core)]))
    if not extra:
        return units
    return sorted(units + extra, key=lambda u: u.first)


def _sentence_state(mentions, units: list) -> str | None:
    """The country actor when every mention of the sentence that has a country has the same one
    (الاحتجاجات في العراق ... قمع قوات الأمن لها -> Iraq)."""
    countries = {getattr(mentions.by_id.get(u.actor), "country", None) for u in units
                 if u.actor and not isinstance(u, _CountedUnit)} - {None}    # (not the people arrested)
    countries -= {"UNO", "EUR", "IGO", "NGO"}
    if len(countries) == 1:
        return mentions.country_actor.get(countries.pop())
    return None


def _article_state(record: Record, mentions) -> str | None:
    """The country actor of the state an article is about: the country its actor mentions
    name most, at least twice, and at least twice as often as the next one (cached)."""
    key = ("_article_state", len(record.text), len(mentions.items))
    cached = record.meta.get("_article_state")
    if cached is not None and cached[0] == key:
        return cached[1]
    counts: dict[str, int] = {}
    for u in mentions.items:
        a = mentions.by_id.get(u.actor) if u.actor else None
        if a is not None and a.country and len(a.country) == 3 and a.country not in ("UNO", "EUR", "IGO", "NGO") \
                and not u.people:     # (الفلسطينيون: a people, not the state's acts)
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    out = None
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        out = mentions.country_actor.get(ranked[0][0])
    record.meta["_article_state"] = (key, out)
    return out
