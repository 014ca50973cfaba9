"""Country and sector from the role words around a name (sentences written for these tests)."""
from __future__ import annotations

import pytest

from marsad.kb.context import infer_from_context


@pytest.mark.parametrize("text,name,country,sector", [
    ("قال وزير الخارجية المصري سامح شكري إن المحادثات مثمرة", "سامح شكري", "EGY", "GOV"),
    ("قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين", "دميتري بيسكوف", "RUS", "GOV"),
    ("وقال المتحدث باسم الكرملين “فلان الفلاني” لوكالة", "فلان الفلاني", "RUS", "GOV"),
    ("دعي السفير الروسي لدى الولايات المتحدة أناتولي أنتونوف إلى موسكو", "أناتولي أنتونوف", "RUS", "GOV"),
    ("أعلن المتحدث باسم الجيش العراقي العميد يحيى رسول أن", "يحيى رسول", "IRQ", "MIL"),
    ("وصرح رئيس حزب الوفد المصري بهاء أبو شقة بأن", "بهاء أبو شقة", "EGY", "PTY"),
    ("التقى الرئيس بوزير الدفاع التونسي عماد مميش في قرطاج", "عماد مميش", "TUN", "GOV"),
    ("وقالت النائبة في البرلمان الأردني ديمة طهبوب إن", "ديمة طهبوب", "JOR", "LEG"),
    ("وقال كريم الزعبي، وزير الخارجية الأردني، إن", "كريم الزعبي", "JOR", "GOV"),
    ("وقال وانغ شياو سفير الصين لدى الأمم المتحدة إن", "وانغ شياو", "CHN", "GOV"),
    ("قال مراسل صحيفة الأهرام المصرية أحمد سالم إن", "أحمد سالم", "EGY", "MED"),
    ("وقال القاضي اللبناني طارق بيطار إن", "طارق بيطار", "LBN", "JUD"),
])
def test_infer_from_context_role_phrases(text, name, country, sector):
    start = text.index(name)
    assert infer_from_context(text, start, end=start + len(name)) == (country, sector)


def test_infer_from_context_host_country_is_not_the_persons():
    text = "وصل السفير الأمريكي في القاهرة جون سميث"
    assert infer_from_context(text, text.index("جون"))[0] == "USA"


def test_infer_from_context_stops_at_the_clause():
    # the role words belong to the first clause; the name after the verb gets nothing from them
    text = "وزير الخارجية المصري. وقال خالد الأحمد إن"
    assert infer_from_context(text, text.index("خالد")) == (None, None)


def test_infer_from_context_without_clues():
    text = "وقال خالد الأحمد إن الوضع هادئ"
    assert infer_from_context(text, text.index("خالد")) == (None, None)


def test_infer_from_context_is_reexported_for_other_stages():
    from marsad.kb import infer_from_context as a
    from marsad.stages.actors import infer_from_context as b

    text = "قال المتحدث باسم الكرملين دميتري بيسكوف"
    assert a(text, text.index("دميتري")) == b(text, text.index("دميتري")) == ("RUS", "GOV")


@pytest.mark.parametrize("article_id,name,country,sector", [
    # a body the name is reported by or speaks to is not the name's own (these had FRA/MED and
    # KWT/MED: the news agency quoting a law student, the paper a politician spoke to)
    ("SK-internationalNews-181-20180227", "سافورا محمدي", None, None),       # نقلت فرانس برس عن طالبة الحقوق
    ("BB-internationalNews-1096-20180930", "بيسا أريفي", None, None),  # نقلت وكالة فرانس برس للأنباء عن
    ("CN-middleEast-101-20180226", "أبو أمين", None, None),            # لصحيفة الرأي الكويتية إنه بات يكنى
    # a body after في is still the one the name works for; علي is a name, not على
    ("BB-internationalNews-917-20180802", "ماري لوفلي", "USA", "EDU"),  # ، أستاذة الاقتصاد في جامعة ... الأمريكية
    ("SK-middleEast-375-20180319", "حسن ترحيني", "SYR", "REB"),        # قيادي في ميليشيا حزب الله في سوريا يدعى علي
])
def test_infer_from_context_on_corpus_names(ant_articles, article_id, name, country, sector):
    text = ant_articles(article_id)["text"]
    start = text.index(name)
    assert infer_from_context(text, start, end=start + len(name)) == (country, sector)
