"""The quotes stage: direct, indirect and mixed speech, speaker resolution, addressee, channel."""
from __future__ import annotations

import pytest

from marsad.record import Actor, Entity, Record, Sentence
from marsad.stages.dates import DatesStage
from marsad.stages.quotes import QuotesStage, quote_spans
from marsad.text import sentences

PEOPLE = {
    "دميتري بيسكوف": ("PER", "peskov", "RUS"), "بيسكوف": ("PER", "peskov", "RUS"),
    "الكرملين": ("ORG", "kremlin", "RUS"), "سبوتنيك": ("ORG", "sputnik", "RUS"),
    "مجلس الأمن الروسي": ("ORG", "rus-security-council", "RUS"),
    "باتروشيف": ("PER", "patrushev", "RUS"), "سوليفان": ("PER", "sullivan", "USA"),
    "روسيا": ("LOC", "russia", "RUS"), "جو بايدن": ("PER", "biden", "USA"), "بايدن": ("PER", "biden", "USA"),
    "سامح شكري": ("PER", "shoukry", "EGY"), "مصر": ("LOC", "egypt", "EGY"),
}


def _quotes(text: str, names=PEOPLE) -> Record:
    rec = Record(id="t", text=text, published="2021-04-19", language="ar")
    rec.sentences = [Sentence(a, b) for a, b in sentences(text)]
    actors: dict[str, Actor] = {}
    spans = []
    for surface in sorted(names, key=len, reverse=True):
        typ, aid, country = names[surface]
        start = 0
        while (i := text.find(surface, start)) >= 0:
            start = i + len(surface)
            if any(a < i + len(surface) and i < b for a, b, *_ in spans):
                continue
            spans.append((i, i + len(surface), surface, typ, aid))
            actors.setdefault(aid, Actor(aid, surface, aid, typ, country, "GOV", []))
    for k, (a, b, surface, typ, aid) in enumerate(sorted(spans)):
        rec.entities.append(Entity(surface, a, b, typ, aid))
        actors[aid].mentions.append(k)
    rec.actors = list(actors.values())
    DatesStage()(rec)
    QuotesStage()(rec)
    for q in rec.quotes:
        assert rec.text[q.start:q.end] == q.text
    return rec


@pytest.mark.parametrize("text, speaker, kind, cue, contains", [
    # indirect after a speech verb and its particle, the speaker a role phrase with a name
    ("قال المتحدث باسم الكرملين “دميتري بيسكوف” لوكالة “سبوتنيك”، إن الاتصالات الثنائية ليست مخططة.",
     "peskov", "indirect", "قال", "الاتصالات الثنائية ليست مخططة"),
    # a role phrase without a name: the organisation speaks
    ("وقال المتحدث باسم الكرملين إن الرئيس لن يشارك في القمة.", "kremlin", "indirect", "قال", "الرئيس لن يشارك"),
    ("أكد وزير الخارجية المصري سامح شكري أن الحل السياسي هو الطريق الوحيد.", "shoukry", "indirect", "أكد",
     "الحل السياسي هو الطريق الوحيد"),
    ("وأوضح الكرملين أن الاتصالات مستمرة.", "kremlin", "indirect", "أوضح", "الاتصالات مستمرة"),
    ("ونفى الكرملين أن يكون بوتين قد التقى بايدن.", "kremlin", "indirect", "نفى", "يكون بوتين قد التقى"),
    ("وأشار الكرملين إلى أن الاجتماع سيعقد عبر الفيديو.", "kremlin", "indirect", "أشار", "الاجتماع سيعقد"),
    ("وأعلن الكرملين أن بوتين قبل الدعوة.", "kremlin", "indirect", "أعلن", "بوتين قبل الدعوة"),
    # direct, in each kind of quotation mark
    ('وقال بيسكوف "لم يتم التخطيط لمثل هذه الاتصالات".', "peskov", "direct", "قال", "لم يتم التخطيط"),
    ("وقال بيسكوف: «لا توجد خطط لعقد لقاء ثنائي».", "peskov", "direct", "قال", "لا توجد خطط لعقد لقاء"),
    ("وأضاف بيسكوف “نحن منفتحون على الحوار مع واشنطن”.", "peskov", "direct", "أضاف", "نحن منفتحون على الحوار"),
    # mixed: indirect speech quoting a few words
    ('وادعى بايدن أن الرئيس الروسي "سيدفع ثمنًا" للتدخل في الانتخابات.', "biden", "mixed", "ادعى", "سيدفع ثمنًا"),
    # the quotation first, then the cue and the speaker
    ("«لا توجد خطط لعقد لقاء ثنائي»، قال بيسكوف للصحفيين.", "peskov", "direct", "قال", "لا توجد خطط لعقد لقاء"),
    # attribution after / before the content
    ("ناقش باتروشيف وسوليفان التعاون خلال محادثة هاتفية، حسبما ذكر مجلس الأمن الروسي.",
     "rus-security-council", "indirect", "حسبما ذكر", "ناقش باتروشيف وسوليفان التعاون"),
    ("وبحسب الكرملين، فإن القمة ستعقد في موعدها.", "kremlin", "indirect", "بحسب", "القمة ستعقد في موعدها"),
])
def test_quotes_kinds_and_speakers(text, speaker, kind, cue, contains):
    rec = _quotes(text)
    hits = [q for q in rec.quotes if contains in q.text]
    assert hits, [(q.cue, q.text) for q in rec.quotes]
    q = hits[0]
    assert (q.speaker, q.kind, q.cue) == (speaker, kind, cue), q


def test_quotes_channel_and_speaker_text():
    rec = _quotes("قال المتحدث باسم الكرملين “دميتري بيسكوف” لوكالة “سبوتنيك”، إن الاتصالات الثنائية ليست مخططة.")
    q = rec.quotes[0]
    assert q.channel == "سبوتنيك"
    assert q.speaker_text.startswith("المتحدث باسم الكرملين") and "سبوتنيك" not in q.speaker_text


def test_quotes_addressee():
    rec = _quotes("خلال المحادثة، أخبر باتروشيف سوليفان أن تدخل واشنطن أمر غير مقبول.")
    q = rec.quotes[0]
    assert (q.speaker, q.addressee, q.cue) == ("patrushev", "sullivan", "أخبر")
    assert "أمر غير مقبول" in q.text


def test_quotes_later_short_mention_and_carry_over():
    text = ("قال المتحدث باسم الكرملين دميتري بيسكوف إن الاتصالات ليست مخططة.\n"
            "وأضاف بيسكوف ردا على سؤال \"لم يتم التخطيط لمثل هذه الاتصالات\".\n"
            "وأضاف أن موسكو مستعدة للحوار.")
    names = {"دميتري بيسكوف": ("PER", "peskov", "RUS"), "الكرملين": ("ORG", "kremlin", "RUS")}
    rec = _quotes(text, names | {"بيسكوف": ("PER", None, None)})
    speakers = [q.speaker for q in rec.quotes]
    assert speakers == ["peskov", "peskov", "peskov"], [(q.speaker, q.text) for q in rec.quotes]


def test_quotes_role_phrase_names_its_holder_from_elsewhere():
    text = ("قال المتحدث باسم الكرملين دميتري بيسكوف إن الاتصالات ليست مخططة.\n"
            "وأكد المتحدث باسم الكرملين أن الرئيس سيشارك عبر الفيديو.")
    rec = _quotes(text)
    assert [q.speaker for q in rec.quotes] == ["peskov", "peskov"]


def test_quotes_definite_back_reference():
    text = ("ناقش باتروشيف وسوليفان التعاون، حسبما ذكر مجلس الأمن الروسي.\n"
            "وقال المجلس في بيان \"ناقش الطرفان الاستعدادات للاجتماع رفيع المستوى\".")
    rec = _quotes(text)
    q = [q for q in rec.quotes if "الاستعدادات" in q.text][0]
    assert (q.speaker, q.speaker_text, q.kind) == ("rus-security-council", "المجلس", "direct")


def test_quotes_nationality_role():
    text = "قالت روسيا إنها سترد.\nوأشار الجانب الروسي إلى عدم مقبولية التدخل الأمريكي."
    rec = _quotes(text)
    q = [q for q in rec.quotes if "عدم مقبولية" in q.text][0]
    assert q.speaker == "russia" and q.speaker_text == "الجانب الروسي"


def test_quotes_without_entities_keep_the_speaker_phrase():
    rec = _quotes("وقال مصدر أمني إن الهجوم وقع فجرا.", names={})
    q = rec.quotes[0]
    assert (q.speaker, q.speaker_text, q.kind) == (None, "مصدر أمني", "indirect")


@pytest.mark.parametrize("text", [
    "قال المثل القديم الكثير عن الصبر.",            # no complementiser, no quotation: not speech
    "وصل الوفد إلى “سبوتنيك” صباحا.",               # a quoted name is not a quotation
])
def test_quotes_no_false_alarms(text):
    assert _quotes(text).quotes == []


def test_quotes_spans_pair_marks():
    text = 'قال "أ ب ج" ثم «د ه» و“و ز”'
    inner = [text[a:b] for a, b in quote_spans(text, 0, len(text))]
    assert inner == ["أ ب ج", "د ه", "و ز"]


def test_quotes_seed_record(seed_record, seed_gold):
    """The default pipeline finds every required quote of the reference article."""
    from marsad.text import normalize

    for g in seed_gold["quotes"]:
        if not g.get("required", True):
            continue
        assert any(normalize(g["contains"]) in normalize(q.text) and normalize(g["cue"]) in normalize(q.cue or "")
                   for q in seed_record.quotes), g
