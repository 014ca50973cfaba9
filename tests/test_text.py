import pytest

from marsad.text import (arabic_ratio, is_blank, letter_words, normalize, normalize_with_offsets,
                         quotation_left_open, sentences, split_proclitics, tokenize)


@pytest.mark.parametrize("raw, expected", [
    ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آمال", "امال"), ("مصطفى", "مصطفي"), ("مدرسة", "مدرسه"),
    ("أحمــد صبـري", "احمد صبري"), ("مُحَمَّدٌ", "محمد"), ("١٥ أبريل ٢٠٢١", "15 ابريل 2021"), ("ABC News", "abc news"),
    ("مسؤول", "مسوول"), ("رئيس", "رييس"),
])
def test_text_normalize(raw, expected):
    assert normalize(raw) == expected


def test_text_normalize_with_offsets_maps_back():
    s = "قال أحمــد"
    out, offs = normalize_with_offsets(s)
    a = out.index("احمد")
    b = a + len("احمد")
    assert s[offs[a]: offs[b - 1] + 1] == "أحمــد"


@pytest.mark.parametrize("word, prefix, rest", [
    ("وبايدن", "و", "بايدن"), ("لروسيا", "ل", "روسيا"), ("والرئيس", "و", "الرئيس"), ("للقمة", "ل", "لقمة"),
    ("لوكالة", "ل", "وكالة"), ("وفرنسا", "و", "فرنسا"), ("بالرئيس", "ب", "الرئيس"), ("وقال", "و", "قال"),
    # words that merely start with a clitic letter stay whole
    ("بوتين", "", "بوتين"), ("باريس", "", "باريس"), ("لبنان", "", "لبنان"), ("وزير", "", "وزير"),
    ("وكالة", "", "وكالة"), ("بلدية", "", "بلدية"), ("فلسطين", "", "فلسطين"), ("كندا", "", "كندا"),
    ("بغداد", "", "بغداد"), ("ليبيا", "", "ليبيا"), ("وجود", "", "وجود"), ("لندن", "", "لندن"),
])
def test_text_split_proclitics(word, prefix, rest):
    assert split_proclitics(word) == (prefix, rest)


@pytest.mark.parametrize("raw, expected", [
    ("وقال المحلل النفطي، كامل الحرمي:", ["وقال", "المحلل", "النفطي", "كامل", "الحرمي"]),
    ("في الدقيقة 43، (3-3)", ["في", "الدقيقة"]),
    ("ABC_News 2018", ["ABC", "News"]),
    ("", []),
])
def test_text_letter_words(raw, expected):
    assert letter_words(raw) == expected


def test_text_tokenize_offsets_and_punctuation():
    s = "قال بيسكوف لوكالة “سبوتنيك”، إن 3.5% من ABC News."
    toks = tokenize(s)
    assert all(s[t.start:t.end] == t.text for t in toks)
    texts = [t.text for t in toks]
    assert "“" in texts and "سبوتنيك" in texts and "،" in texts and "3.5" in texts and "News" in texts


@pytest.mark.parametrize("text, n", [
    ("ذهب الوزير إلى باريس. ثم عاد إلى القاهرة.", 2),
    ("هل ستعقد القمة؟ لا أحد يعرف.", 2),
    ("قال الوزير \"لن نتراجع. هذا موقفنا\". وانتهى الاجتماع.", 2),
    ("قال: «سنعود. وسنبني». ثم غادر", 2),
    ("ارتفع المؤشر 3.5 نقطة اليوم.", 1),
    ("السطر الأول بدون نقطة\nالسطر الثاني", 2),
    ("اتفق الطرفان؛ وانتهت الأزمة.", 2),
    # a full stop inside the closing quotation mark, then a clause opened by و / ف: two sentences
    ("قال الوزير \"لن نتراجع.\" وأضاف أن الاجتماع انتهى.", 2),
    ("قال الوزير \"لن نتراجع.\"  فقد انتهى الاجتماع", 2),
    # (not an abbreviation's dot, nor a second quotation after و)
    ("قال لقناة \"إن.تي.في.\" وقناة أخرى إن الاجتماع انتهى", 1),
    ("سأله: \"هل يمكن؟\" و\"هل نعم\" ثم غادر", 1),
])
def test_text_sentences(text, n):
    spans = sentences(text)
    assert len(spans) == n
    assert all(text[a:b].strip() == text[a:b] for a, b in spans)


@pytest.mark.parametrize("line, blank", [("\u00a0", True), (" \u200b ", True), ("", True), ("كلمة", False)])
def test_text_is_blank(line, blank):
    assert is_blank(line) is blank


def test_text_arabic_ratio():
    assert arabic_ratio("قال الرئيس") == 1.0
    assert arabic_ratio("hello") == 0.0


@pytest.mark.parametrize("raw, expected", [("\ufefb", "لا"), ("\ufd3e", "\ufd3e"), ("\ufdf2", "الله")])
def test_text_normalize_presentation_forms(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, tokens", [
    ("خميّس إنّ", ["خميّس", "إنّ"]),
    ("مُحَمَّدًا وصل", ["مُحَمَّدًا", "وصل"]),
    ("أحمــد صبري", ["أحمــد", "صبري"]),
])
def test_text_tokenize_keeps_diacritics_inside_words(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens


@pytest.mark.parametrize("before, inside", [
    ('وقال ليبرمان: "القناص يستحق وسام شرف، ', True),
    ('وقال ليبرمان: "القناص يستحق وسام شرف"، ووصف ', False),
    ("وقال «إن المدينة محاصرة", True),
    ("وقال «إن المدينة محاصرة»، بينما ", False),
    ("وأكد أن “الهجوم", True),
    ("أبلغ بيريز زيدان رغبته، ", False),
])
def test_text_quotation_left_open(before, inside):
    assert quotation_left_open(before) is inside
