"""Entity spans: offsets, clitics and punctuation, independent of which model tags them."""
import pytest

from marsad.record import Record, Sentence
from marsad.stages.entities import EntitiesStage, bio_spans
from marsad.text import sentences


class DictTagger:
    """A stand-in tagger: tags tokens found in a small dictionary (tests the span logic only)."""

    def __init__(self, names):
        self.names = names  # token tuple -> type

    def tag(self, sents):
        out = []
        for toks in sents:
            tags = ["O"] * len(toks)
            i = 0
            while i < len(toks):
                for n in (3, 2, 1):
                    key = tuple(toks[i:i + n])
                    if len(key) == n and key in self.names:
                        kind = self.names[key]
                        tags[i] = f"B-{kind}"
                        for j in range(i + 1, i + n):
                            tags[j] = f"I-{kind}"
                        i += n
                        break
                else:
                    i += 1
            out.append(tags)
        return out


def run(text, names):
    stage = EntitiesStage(use_kb=False)
    stage._tagger = DictTagger(names)
    rec = Record(id="t", text=text, sentences=[Sentence(a, b) for a, b in sentences(text)])
    return stage(rec).entities


@pytest.mark.parametrize("tags, spans", [
    (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
    (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
    (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
    (["O", "O"], []),
])
def test_entities_bio_spans(tags, spans):
    assert bio_spans(tags) == spans


@pytest.mark.parametrize("text, names, expected", [
    # the conjunction و of وبايدن is not part of the name
    ("التقى بوتين وبايدن في جنيف.", {("بوتين",): "PER", ("وبايدن",): "PER", ("جنيف",): "LOC"},
     ["بوتين", "بايدن", "جنيف"]),
    # ل + quotation marks: لوكالة “سبوتنيك” -> سبوتنيك
    ("قال لوكالة “سبوتنيك” إن الأمر انتهى.", {("سبوتنيك",): "ORG"}, ["سبوتنيك"]),
    # a preposition attached to a country; ل + ال is written لل, so the span starts at the article's lam
    ("وجه اتهامات لروسيا وللصين.", {("لروسيا",): "LOC", ("وللصين",): "LOC"}, ["روسيا", "لصين"]),
    # names that merely begin with a clitic letter stay whole
    ("زار الوزير باريس ولبنان وبغداد.", {("باريس",): "LOC", ("ولبنان",): "LOC", ("وبغداد",): "LOC"},
     ["باريس", "لبنان", "بغداد"]),
    # Latin-script names inside Arabic text
    ("في مقابلة مع ABC News أمس.", {("ABC", "News"): "ORG"}, ["ABC News"]),
])
def test_entities_offsets_exclude_clitics(text, names, expected):
    ents = run(text, names)
    assert [e.text for e in ents] == expected
    assert all(text[e.start:e.end] == e.text for e in ents)


def test_entities_name_known_elsewhere_in_article_settles_clitic():
    # "وتيلرسون": the corpus frequencies may not know the name, but it stands alone elsewhere
    text = "قال تيلرسون إن المحادثات مستمرة. واجتمع الوزير وتيلرسون أمس."
    ents = run(text, {("تيلرسون",): "PER", ("وتيلرسون",): "PER"})
    assert [e.text for e in ents] == ["تيلرسون", "تيلرسون"]


def test_entities_hashtag_words_form_one_name():
    text = "دعا #مجلس_الأمن إلى اجتماع."
    ents = run(text, {("مجلس", "الأمن"): "ORG"})
    assert [e.text for e in ents] == ["مجلس_الأمن"]


class FakeKB:
    """Exact-match stand-in for marsad.kb (the real one is tested in tests/kb)."""

    class Entry:
        def __init__(self, type_):
            self.type = type_

    def __init__(self, names):
        self.names = names

    def find_mentions(self, text, published=None, kinds=None):
        if kinds is not None and "name" not in kinds:
            return []      # (the fake knows names only: no ambiguous "weak" aliases)
        out = []
        for name, kind in self.names.items():
            i = text.find(name)
            while i >= 0:
                out.append((i, i + len(name), self.Entry(kind)))
                i = text.find(name, i + 1)
        return out


def run_kb(text, tagged, kb_names):
    stage = EntitiesStage()
    stage._tagger = DictTagger(tagged)
    stage._kb = FakeKB(kb_names)
    rec = Record(id="t", text=text, sentences=[Sentence(a, b) for a, b in sentences(text)])
    return [(e.text, e.type) for e in stage(rec).entities]


@pytest.mark.parametrize("text, tagged, kb, expected", [
    # two names the tagger ran together are split on the KB's names
    ("وأبلغ لافروف تيلرسون أن", {("لافروف", "تيلرسون"): "PER"}, {"لافروف": "PER", "تيلرسون": "PER"},
     [("لافروف", "PER"), ("تيلرسون", "PER")]),
    # a longer KB name extends a span cut short
    ("اجتمع مجلس الأمن الروسي أمس", {("مجلس", "الأمن"): "ORG"}, {"مجلس الأمن الروسي": "ORG"},
     [("مجلس الأمن الروسي", "ORG")]),
    # the KB's type wins on an exact match
    ("ذكرت وكالة سانا أن", {("سانا",): "LOC"}, {"سانا": "ORG"}, [("سانا", "ORG")]),
    # a name the tagger missed is added
    ("وصل ماكرون إلى برلين", {("برلين",): "LOC"}, {"ماكرون": "PER"}, [("ماكرون", "PER"), ("برلين", "LOC")]),
    # an ORG that merely contains a place stays one ORG
    ("أعلنت جامعة القاهرة أن", {("جامعة", "القاهرة"): "ORG"}, {"القاهرة": "LOC"}, [("جامعة القاهرة", "ORG")]),
])
def test_entities_reconcile_with_knowledge_base(text, tagged, kb, expected):
    assert run_kb(text, tagged, kb) == expected


# --- later short mentions of the article's people, on real ANT articles read by id -----------------
SURNAME_CASES = [
    # (article, full name as tagged or extended, the surname that later stands alone)
    ("SK-middleEast-3536-20180906", "اليماني"),
    ("BB-middleEast-421-20180428", "الحية"),      # also "snake": rare enough in news to be the surname
    ("SK-middleEast-1730-20180515", "الجنيدي"),
    ("FR-middleEast-196-20180404", "الخواجة"),
    ("SK-sport-1473-20180605", "بلهندة"),         # the tagger cut يونس بلهندة short to يونس
    ("FR-sport-46-20180404", "بيكيه"),            # and جيرار بيكيه to جيرار
]
# a Chinese or Korean name's family name comes first and stands alone for the person (مون جيه إن ...
# واتفق مون وترامب، وقال مكتب مون): (article, family name, the person's actor)
FAMILY_FIRST_CASES = [
    ("SK-internationalNews-1250-20180429", "مون", "Q:moon_jae_in"),
]
# in an article about the two Koreas "the North" / "the South" as nouns are the two states; as
# adjectives (الكوريتين الشمالية والجنوبية) they are not mentions: (article, phrase, word, actor or None)
KOREA_SIDE_CASES = [
    ("BB-internationalNews-443-20180430", "دراسة مشتركة مع الشمال", "الشمال", "C:PRK"),
    ("BB-internationalNews-362-20180420", "زعماء كوريا الشمالية والجنوبية", "الجنوبية", "C:KOR"),
    ("BB-internationalNews-432-20180429", "الكوريتين الشمالية والجنوبية", "الجنوبية", None),
]
# words next to a one-word name that must not be read as its surname
NOT_SURNAMES = [
    ("FR-internationalNews-2373-20180718", "معتقل"),   # برانسون معتقل: برانسون is itself a surname here
    ("SK-internationalNews-3370-20181009", "مصحوبا"),  # the storm مايكل also stands alone
    ("BB-internationalNews-204-20180322", "لحملته"),   # ل + حملته
    ("FR-sport-235-20180706", "ليسدد"),                # ل + يسدد
]


# articles that name the Saudi-led coalition in full (تحالف دعم الشرعية, التحالف بقيادة السعودية) and later
# call it just "the coalition"
COALITION_CASES = ["SK-middleEast-2692-20180702", "BB-middleEast-872-20180810", "AL-internationalNews-1907-20180712"]


# a nationality word after an indefinite noun is the noun's quality, not a place (مسؤول سعودي)
NISBA_ADJECTIVES = [
    ("CN-middleEast-1446-20181009", "مسؤول سعودي"),
    ("FR-internationalNews-2503-20180729", "وسائل إعلام تركية"),
    ("SK-middleEast-535-20180324", "فصائل سورية"),
    ("BB-middleEast-427-20180429", "مصدر عسكري سوري"),
    # (the tagger called these a person: the same adjective, session 14)
    ("FR-middleEast-744-20180708", "وضغطت قوات النظام بدعم روسي"),
    ("SK-middleEast-1522-20180509", "قال قائد عسكري ليبي"),
    ("AL-internationalNews-1790-20180628", "من رجل أعمال روسي"),
]


# common words the tagger takes for a one-word name (هجوم كيماوي، على المدينة، في ريف دمشق)
COMMON_WORD_CASES = [
    ("SK-internationalNews-363-20180315", "بسبب هجوم كيماوي على عميل", "كيماوي"),
    ("FR-middleEast-634-20180615", "عملية للسيطرة على المدينة", "المدينة"),
    ("BB-middleEast-161-20180308", "المعارضة المسلحة في ريف دمشق", "ريف"),
    ("SK-internationalNews-203-20180228", "في باركلاند بولاية فلوريدا", "ولاية"),
]


# a known name the tagger ran into the title word after it, glued to a preposition (الرئيس الفرنسي
# إيمانويل ماكرون بولي العهد السعودي): the entity is the name, the title stays out (300 ANT articles
# with such phrases, fast profile: 5 of 2,043 events changed, all now Macron instead of an unknown)
TITLE_TAIL_CASES = [
    ("FR-internationalNews-666-20180410", "إيمانويل ماكرون بولي", "إيمانويل ماكرون", "Q:emmanuel_macron"),
]

# a tagger span that runs into a knowledge-base name another span was extended to keeps only its words outside
# the name, and goes when only an honorific is left: entities never overlap (500 random ANT articles: 1 overlap
# before, none after)
OVERLAP_CASES = [
    ("BB-middleEast-668-20180626", "آية الله صادق آملي لاريجاني", ["صادق آملي لاريجاني"]),
    ("AL-internationalNews-308-20180303", "حكومة بوركينا فاسو ريمي داندجينو", ["حكومة بوركينا فاسو", "ريمي داندجينو"]),
]

# a person's given name that looks like a proclitic on a common word (فيصل = ف + يصل "arrives",
# فؤاد, وليام, لولا, بولا) keeps its first letter when the rest of the name follows
GIVEN_NAME_CASES = [
    ("CN-middleEast-656-20180417", "فيصل القاسم"),
    ("BB-internationalNews-879-20180724", "فيصل حسين"),
    ("FR-middleEast-933-20180815", "فؤاد أوكتاي"),
    ("CN-middleEast-1308-20180907", "وليام أوربان"),
    ("BB-middleEast-535-20180524", "بولا يعقوبيان"),
    # names of the name lexicons whose first letter looks like a proclitic (ل + يلى، ف + يشر)
    ("FR-internationalNews-2174-20180705", "ليلى الحداد"),
    ("FR-internationalNews-1768-20180612", "لاري كودلو"),
    ("CN-middleEast-548-20180409", "فراز جرجس"),
    ("SK-internationalNews-725-20180401", "واندا كليفلاند"),
    ("JA-internationalNews-927-20170512", "كاري لام"),
]

# a name the news writes whole at least as often as without its first letter keeps the letter (فلورنس 57 :
# لورنس 10).  1,500 random political ANT articles, fast: 9 spans changed, 8 now whole (فيلق الرحمن 7 times,
# فيلت أم سونتاغ) and one flower (ورود الجوري) a wrong name either way
WRITTEN_WHOLE_CASES = [
    # (and a one-word person that is a word of a longer name of the same article: تصريحات بوسلامة after فؤاد بوسلامة,
    # وطالب بيرد after جون بيرد -- 1,500 random political ANT articles: 16 spans changed, all whole names now)
    ("FR-internationalNews-1165-20180510", "تصريحات بوسلامة", "بوسلامة"),
    ("SK-internationalNews-2975-20180812", "وطالب بيرد", "بيرد"),
    ("BB-internationalNews-227-20180325", "فلورنس نيكوليك", "فلورنس نيكوليك"),
    ("BB-middleEast-242-20180323", "فيلق الرحمن", "فيلق الرحمن"),
    ("BB-internationalNews-181-20180318", "فيلت أم سونتاغ", "فيلت أم سونتاغ"),
]

# two places or bodies the tagger ran together over و (برلين ولندن، الولايات المتحدة وكندا) are two names
# when the knowledge base knows each (1,500 random political ANT articles, fast: 6 such spans, all split)
COORDINATED_CASES = [
    ("CN-internationalNews-331-20180509", "برلين ولندن", ("L:berlin", "L:london")),
    ("SK-internationalNews-603-20180326", "الولايات المتحدة وكندا", ("C:USA", "C:CAN")),
    ("FR-middleEast-161-20180316", "الهلال الأحمر والصليب الأحمر", ("O:red_crescent", "O:international_committee_of_the_red_cross")),
    # two countries side by side, the accuser and the accused (1,500 random political ANT articles, fast: 4 such
    # spans, all split; not الظهران السعودية, a city and its country's adjective)
    ("BB-internationalNews-907-20180801", "الولايات المتحدة الصين", ("C:USA", "C:CHN")),
    ("BB-middleEast-901-20180818", "قطر السعودية", ("C:QAT", "C:SAU")),
]

# a knowledge-base alias with a title (الرئيس السوري بشار الأسد): the entity is the name alone, as
# in the reference gold, and still links to the person
TITLED_NAMES = [
    ("FR-internationalNews-502-20180318", "الرئيس السوري بشار الأسد", "بشار الأسد"),
    ("SK-middleEast-3035-20180721", "الرئيس بشار الأسد", "بشار الأسد"),
]


# a month name with a date around it (في نيسان/أبريل الفائت) is a date, not a place
MONTH_WORDS = [
    ("FR-internationalNews-2033-20180627", "نيسان/"),
    ("FR-internationalNews-2229-20180709", "نيسان/"),
]


# an outlet named by its brand after وكالة / صحيفة: the entity is the brand (as the seed's سبوتنيك)
OUTLET_BRANDS = [
    ("AL-internationalNews-1059-20180508", "وكالة فرانس برس", "فرانس برس"),
    ("AL-internationalNews-1055-20180508", "وكالة رويترز", "رويترز"),
    ("BB-internationalNews-10-20180216", "صحيفة نيويورك تايمز", "نيويورك تايمز"),
]

# an organisation's head noun before its quoted name is no name by itself; the quoted name is
QUOTED_ORGS = [
    ("FR-internationalNews-1103-20180506", 'منظمة "هيومن رايتس ووتش"', "هيومن رايتس ووتش"),
    ("BB-middleEast-926-20180829", 'منظمة "السلام الآن"', "السلام الآن"),
]


# particles of the clause around a name are no part of it (وبحسب وفا فإن آبي، أفاد مكتبه بأن ماكرون،
# سعاد عبد الرحيم هي طبيبة), but a Chinese given name هي stays (ليو هي)
EDGE_PARTICLE_CASES = [
    ("SK-middleEast-1381-20180502", "فإن آبي", "آبي", "Q:shinzo_abe"),
    ("SK-internationalNews-3344-20181007", "فإن مينغ", "مينغ", "Q:meng_hongwei"),
    ("BB-middleEast-348-20180414", "كوربن فإن", "كوربن", "Q:jeremy_corbyn"),
    ("FR-middleEast-383-20180429", "بأن ماكرون", "ماكرون", "Q:emmanuel_macron"),
    ("FR-internationalNews-2150-20180704", "سعاد عبد الرحيم هي", "سعاد عبد الرحيم", None),
    ("FR-internationalNews-1682-20180607", "ليو هي", "ليو هي", None),
    # and so are the verbs of saying before or after it (صرح دي ميستورا، هددت بيونغيانغ، ... عبد العزيز أكد)
    ("SK-middleEast-3554-20180907", "صرح دي ميستورا", "دي ميستورا", "Q:staffan_de_mistura"),
    ("SK-internationalNews-1602-20180516", "هددت بيونغيانغ", "بيونغيانغ", "L:pyongyang"),
    ("AL-internationalNews-1214-20180517", "سلمان بن عبد العزيز أكد", "سلمان بن عبد العزيز", "Q:king_salman"),
    # and the day after a name the knowledge base knows (أنغيلا ميركل الخميس، نيكي هايلي الخميس)
    ("FR-middleEast-657-20180621", "أنغيلا ميركل الخميس", "أنغيلا ميركل", "Q:angela_merkel"),
    ("FR-internationalNews-552-20180405", "أفيغدور ليبرمان الخميس", "أفيغدور ليبرمان", "Q:avigdor_lieberman"),
    # and a person's name without the nationality adjective of the title before it (الرئيس الأفغاني أشرف غني)
    ("FR-internationalNews-1859-20180617", "الأفغاني أشرف غني", "أشرف غني", "Q:ashraf_ghani"),
    ("CN-internationalNews-321-20180506", "الباكستاني، أحسان إقبال", "أحسان إقبال", None),
    # and the channel glued to ل after a speaker's name (وقال عبد الحفيظ لسكاي نيوز، بومبيو لسي.إن.إن، ليزا جونز لبرنامج):
    # the name ends before it (3,000 random political ANT articles: 24 articles changed, all better)
    ("SK-middleEast-2292-20180610", "عبد الحفيظ ل", "عبد الحفيظ", None),
    ("SK-internationalNews-2322-20180626", "بومبيو ل", "بومبيو", "Q:mike_pompeo"),
    ("BB-internationalNews-319-20180410", "ليزا جونز ل", "ليزا جونز", None),
    ("BB-internationalNews-446-20180430", "دانييلز ل", "دانييلز", None),
]


@pytest.fixture(scope="module")
def ant_records(shared_dir):
    import marsad
    from marsad.evaluation.clean import load_rows
    from marsad.io.readers import record_from_object

    ids = {i for i, _ in SURNAME_CASES + NOT_SURNAMES + NISBA_ADJECTIVES} | set(COALITION_CASES)
    ids |= {i for i, _, _ in FAMILY_FIRST_CASES} | {c[0] for c in KOREA_SIDE_CASES}
    ids |= {i for i, _, _ in TITLED_NAMES + OUTLET_BRANDS + QUOTED_ORGS} | {i for i, _ in MONTH_WORDS}
    ids |= {"BB-middleEast-413-20180427"} | {c[0] for c in COMMON_WORD_CASES + EDGE_PARTICLE_CASES}
    ids |= {c[0] for c in OVERLAP_CASES}
    rows = load_rows({"ant": ids}, shared_dir)
    if len(rows) < len(ids):
        pytest.skip("ANT corpus not available")
    pipe = marsad.build_pipeline("accurate")
    return {i: pipe(record_from_object(rows[("ant", i)], raw_bytes=b"", source={})) for i in ids}


def _standalone(text, word):
    import re

    return [m.start() for m in re.finditer(rf"(?<![\w]){word}(?![\w])", text)]


@pytest.mark.parametrize("doc, surname", SURNAME_CASES)
def test_entities_surname_alone_is_a_person_mention(ant_records, doc, surname):
    rec = ant_records[doc]
    spots = _standalone(rec.text, surname)
    assert len(spots) >= 2
    for a in spots:
        assert any(e.type == "PER" and e.start <= a and a + len(surname) <= e.end for e in rec.entities), a
    # and the full name is one of the article's person entities
    assert any(e.type == "PER" and len(e.text.split()) >= 2 and e.text.endswith(surname) for e in rec.entities)


@pytest.mark.parametrize("doc, family, actor", FAMILY_FIRST_CASES)
def test_entities_a_family_name_first_alone_is_the_person(ant_records, doc, family, actor):
    rec = ant_records[doc]
    spots = _standalone(rec.text, family)
    alone = [a for a in spots if not any(e.type == "PER" and e.start <= a and a + len(family) < e.end
                                          for e in rec.entities)]
    assert len(alone) >= 2
    for a in alone:
        assert any(e.type == "PER" and (e.start, e.end) == (a, a + len(family)) and e.actor == actor
                   for e in rec.entities), a


@pytest.mark.parametrize("doc, phrase, word, actor", KOREA_SIDE_CASES)
def test_entities_the_north_and_the_south_of_the_koreas(ant_records, doc, phrase, word, actor):
    rec = ant_records[doc]
    a = rec.text.index(phrase) + phrase.index(word)
    found = [e for e in rec.entities if e.start == a and e.end == a + len(word)]
    if actor is None:
        assert not found
    else:
        assert [e.actor for e in found] == [actor]


@pytest.mark.parametrize("doc, word", NOT_SURNAMES)
def test_entities_ordinary_word_after_a_name_is_not_a_surname(ant_records, doc, word):
    rec = ant_records[doc]
    assert not any(word in e.text for e in rec.entities if e.type == "PER")


@pytest.mark.parametrize("doc, surname", SURNAME_CASES)
def test_entities_surname_mentions_link_to_the_full_names_actor(ant_records, doc, surname):
    # the actors stage joins each short mention to the person named in full (one actor per person)
    rec = ant_records[doc]
    full = [e for e in rec.entities if e.type == "PER" and len(e.text.split()) >= 2 and e.text.endswith(surname)]
    covering = [next(e for e in rec.entities if e.type == "PER" and e.start <= a and a + len(surname) <= e.end)
                for a in _standalone(rec.text, surname)]
    assert full and covering
    assert {e.actor for e in covering} <= {e.actor for e in full}


@pytest.mark.parametrize("doc", COALITION_CASES)
def test_entities_the_coalition_after_its_full_name_is_that_coalition(ant_records, doc):
    import re

    from marsad.stages.entities import later_name_mentions
    from marsad.text import tokenize

    rec = ant_records[doc]
    named = [e for e in rec.entities if e.type == "ORG" and e.actor == "O:saudi_led_coalition" and " " in e.text]
    assert named
    first = min(e.start for e in named)
    bare = [m.start() for m in re.finditer(r"(?<!\w)التحالف(?![\w])(?!\s+ال\w+ي\b)", rec.text) if m.start() > first]
    assert len(bare) >= 2
    for a in bare:
        assert any(e.type == "ORG" and e.start <= a < e.end and e.actor == "O:saudi_led_coalition"
                   for e in rec.entities), a
    # without a coalition named in the article, "the coalition" alone is not made an entity
    sents = [tokenize(rec.text, s.start, s.end) for s in rec.sentences]
    assert later_name_mentions(rec.text, sents, [], None) == []


def test_entities_a_first_name_cut_short_though_it_begins_another_name():
    # بوب منينديز tagged as بوب (the fast tagger on SK-internationalNews-3052, shortened): بوب also
    # begins بوب كوركر, a person named in full, so "بوب always comes with منينديز" must not count it
    from marsad.record import Entity
    from marsad.stages.entities import later_name_mentions
    from marsad.text import tokenize

    text = "قال السناتور الجمهوري بوب كوركر إن القرار خطأ. وقال بوب منينديز إن الخطأ كبير. ورد منينديز بحدة."
    sents = [tokenize(text, 0, text.index(".") + 1), tokenize(text, text.index(".") + 2, len(text))]
    a, b = text.index("بوب كوركر"), text.index("بوب منينديز")
    ents = [Entity("بوب كوركر", a, a + len("بوب كوركر"), "PER"), Entity("بوب", b, b + 3, "PER")]
    out = later_name_mentions(text, sents, ents, None)
    assert any(e.type == "PER" and e.text == "بوب منينديز" for e in out)


def test_entities_a_later_mention_after_lam_and_the_article():
    # للتحالف، للمغامسي: ل + ال written لل; the mention starts at the article's lam (لتحالف), as the
    # record contract keeps clitics out (FR-middleEast-347, shortened)
    from marsad.record import Entity
    from marsad.stages.entities import later_name_mentions
    from marsad.text import tokenize

    text = "أعلن التحالف الذي تقوده السعودية أن الضربة قانونية. وأوردت مصادر أن الصماد قتل بغارة للتحالف يوم الخميس."
    cut = text.index(".") + 1
    sents = [tokenize(text, 0, cut), tokenize(text, cut + 1, len(text))]
    a = text.index("التحالف الذي")
    ents = [Entity("التحالف الذي تقوده السعودية", a, a + len("التحالف الذي تقوده السعودية"), "ORG")]
    out = later_name_mentions(text, sents, ents, None)
    k = text.index("للتحالف")
    assert [(e.text, e.start) for e in out if e.start > cut] == [("لتحالف", k + 1)]


@pytest.mark.parametrize("text, word, dropped", [
    # (AL-internationalNews-1021, the fast tagger): بأول is "with the first", not Powell (باول)
    ("حظي اللبنانيون، الأحد، بأول فرصة منذ 9 سنوات", "بأول", True),
    ("وقال رئيس الاحتياطي الفيدرالي باول إن الاقتصاد قوي", "باول", False),
    ("والتقى الوفد بأحمد في المطار", "بأحمد", False),      # a first name: left to the other rules
])
def test_entities_a_clitic_on_a_common_hamza_word_is_no_person(text, word, dropped):
    from marsad.kb.store import load_kb
    from marsad.record import Entity
    from marsad.stages.entities import _clitic_and_word

    a = text.index(word)
    assert _clitic_and_word(Entity(word, a, a + len(word), "PER"), load_kb()) is dropped


@pytest.mark.parametrize("word, known", [
    # ل + a name whose ال-form is another of the KB's names (ألباريس, José Manuel Albares' surname): in running text
    # the ل is a proclitic, so لباريس سان جرمان (SK-sport-73-20180222, 33 spans in 150 articles) loses it
    ("لباريس", False),
    ("لبنان", True), ("ليبيا", True), ("لافروف", True), ("بايدن", True),    # names that begin with the letter
])
def test_entities_kb_knows_a_word_as_running_text(word, known):
    from marsad.kb.store import load_kb
    from marsad.stages.entities import _kb_knows

    assert _kb_knows(load_kb(), word) is known


def test_entities_an_outlet_after_a_glued_clitic_is_the_kbs_name(ant_records):
    # (BB-middleEast-413: وقال مصدر عسكري تركي لبي بي سي) the tagger kept the ل the name leaves out
    rec = ant_records["BB-middleEast-413-20180427"]
    at = rec.text.index("لبي بي سي")
    ent = next(e for e in rec.entities if e.start <= at + 1 < e.end)
    assert (ent.text, ent.actor) == ("بي بي سي", "O:bbc")


def _fast_corpus_records(shared_dir, corpus: str, ids: set[str]) -> dict:
    """The articles ``ids`` of a shared corpus through the ``fast`` profile (skipped without the corpus)."""
    import marsad
    from marsad.evaluation.clean import load_rows
    from marsad.io.readers import record_from_object

    rows = load_rows({corpus: ids}, shared_dir)
    if len(rows) < len(ids):
        pytest.skip(f"{corpus} corpus not available")
    pipe = marsad.build_pipeline("fast")
    return {i: pipe(record_from_object(rows[(corpus, i)], raw_bytes=b"", source={})) for i in ids}


@pytest.fixture(scope="module")
def fast_records(shared_dir):
    """The common-word and title-tail cases through the ``fast`` profile, whose tagger makes these mistakes."""
    return _fast_corpus_records(shared_dir, "ant", {c[0] for c in COMMON_WORD_CASES + TITLE_TAIL_CASES
                                                     + GIVEN_NAME_CASES + COORDINATED_CASES + EDGE_PARTICLE_CASES
                                                     + WRITTEN_WHOLE_CASES})


@pytest.mark.parametrize("doc, phrase, word", COMMON_WORD_CASES)
def test_entities_a_common_word_alone_is_no_name(ant_records, fast_records, doc, phrase, word):
    for rec in (ant_records[doc], fast_records[doc]):
        at = rec.text.index(phrase) + phrase.index(word)
        assert not any(e.start <= at < e.end and e.text == word for e in rec.entities)


@pytest.mark.parametrize("words, kept", [
    ("فإنّ آبي", "آبي"),              # with its shadda
    ("بأنَّ ماكرون", "ماكرون"),
    ("كوريا الجنوبية أيضاً", "كوريا الجنوبية"),
    ("سعاد عبد الرحيم هي", "سعاد عبد الرحيم"),
    ("ليو هي", "ليو هي"),             # a Chinese given name, not the pronoun
    ("سي إن إن", "سي إن إن"),         # the bare letters of an acronym stay
    ("بان كي مون", "بان كي مون"),
    ("وقالت بيشوب", "بيشوب"),
    ("علي بن أبي طالب", "علي بن أبي طالب"),   # طالب is also a name
])
def test_entities_edge_particles_on_tagged_words(words, kept):
    from marsad.stages.entities import _without_edge_particles
    from marsad.text import tokenize

    toks = tokenize(words, 0, len(words))
    assert " ".join(t.text for t in _without_edge_particles(toks)) == kept


@pytest.mark.parametrize("doc, phrase, name, actor", EDGE_PARTICLE_CASES)
def test_entities_clause_particles_stay_out_of_a_name(ant_records, fast_records, doc, phrase, name, actor):
    for rec in (ant_records[doc], fast_records[doc]):
        at = rec.text.index(phrase)
        inside = [e for e in rec.entities if e.start < at + len(phrase) and at < e.end]
        assert [e.text for e in inside] == [name], [(e.text, e.type) for e in inside]
        if actor:
            assert inside[0].actor == actor


@pytest.mark.parametrize("doc, phrase, name, actor", TITLE_TAIL_CASES)
def test_entities_a_title_after_a_known_name_stays_out(fast_records, doc, phrase, name, actor):
    rec = fast_records[doc]
    at = rec.text.index(phrase)
    ent = next(e for e in rec.entities if e.start == at)
    assert (ent.text, ent.actor) == (name, actor)


@pytest.mark.parametrize("doc, phrase, actors", COORDINATED_CASES)
def test_entities_two_coordinated_names_are_two_entities(fast_records, doc, phrase, actors):
    rec = fast_records[doc]
    at = rec.text.index(phrase)
    inside = [e for e in rec.entities if at <= e.start < at + len(phrase)]
    assert tuple(e.actor for e in inside) == actors, [(e.text, e.actor) for e in inside]


@pytest.mark.parametrize("doc, name", GIVEN_NAME_CASES)
def test_entities_a_given_name_keeps_its_first_letter(fast_records, doc, name):
    rec = fast_records[doc]
    at = rec.text.index(name)
    assert any(e.start == at and e.text.startswith(name) and e.type == "PER" for e in rec.entities)
    assert not any(e.start == at + 1 for e in rec.entities)


@pytest.mark.parametrize("doc, phrase", [
    # a country, then اليوم and a weekday, is the country "today" -- not the channel روسيا اليوم (RT), which an
    # outlet noun names (all ANT articles with روسيا اليوم, first 400: 4 spans changed, every one Russia acting)
    ("FR-middleEast-254-20180410", "استخدمت روسيا اليوم الثلاثاء"),
    ("FR-middleEast-295-20180414", "مساعي روسيا اليوم السبت"),
])
def test_entities_country_today_is_no_channel(shared_dir, doc, phrase):
    rec = _fast_corpus_records(shared_dir, "ant", {doc})[doc]
    at = rec.text.index(phrase) + phrase.index("روسيا")
    ent = next(e for e in rec.entities if e.start == at)
    assert (ent.text, ent.actor) == ("روسيا", "C:RUS"), (ent.text, ent.actor)


@pytest.mark.parametrize("doc, phrase, name", WRITTEN_WHOLE_CASES)
def test_entities_a_name_written_whole_keeps_its_first_letter(fast_records, doc, phrase, name):
    rec = fast_records[doc]
    at = rec.text.index(phrase) + phrase.index(name)
    assert any(e.start == at and e.text.startswith(name) for e in rec.entities), \
        [(e.text, e.start) for e in rec.entities if at - 2 <= e.start <= at + 2]


@pytest.mark.parametrize("word, whole", [
    ("ليلى", True), ("فيدل", True), ("لاري", True),
    ("وأبو", False),     # و + أبو: a clitic before a hamza
    ("بولي", False),     # ب + ولي (العهد): the rest is far the more common word
    ("فيرى", False),     # ف + يرى
    ("لمحمد", False),    # not a name of the lexicons
])
def test_entities_names_that_look_like_a_proclitic(word, whole):
    from marsad.kb import load_kb
    from marsad.stages.entities import _proclitic_looking_name

    assert _proclitic_looking_name(word, load_kb().clitic_initial_names) is whole


@pytest.mark.parametrize("doc, phrase", NISBA_ADJECTIVES)
def test_entities_nationality_adjective_is_not_a_place(ant_records, doc, phrase):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    adj = at + phrase.rindex(" ") + 1
    assert not any(e.start <= adj < e.end for e in rec.entities), [(e.text, e.type) for e in rec.entities]


def test_entities_the_country_named_with_the_article_stays_a_place(ant_records):
    # السعودية is Saudi Arabia wherever it stands, after a verb or a noun (تقوده السعودية)
    rec = ant_records["CN-middleEast-1446-20181009"]
    assert any(e.type == "LOC" and e.text == "السعودية" for e in rec.entities)


@pytest.mark.parametrize("doc, phrase, name", TITLED_NAMES)
def test_entities_title_is_not_part_of_the_name(ant_records, doc, phrase, name):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    ent = next(e for e in rec.entities if e.type == "PER" and at <= e.start < at + len(phrase))
    assert ent.text == name
    assert ent.actor == "Q:bashar_al_assad"


@pytest.mark.parametrize("doc, phrase", MONTH_WORDS)
def test_entities_month_name_in_a_date_is_not_an_entity(ant_records, doc, phrase):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    assert not any(e.start <= at < e.end for e in rec.entities)
    assert any(d.start <= at < d.end for d in rec.dates)     # the dates stage reads it


@pytest.mark.parametrize("doc, phrase, brand", OUTLET_BRANDS)
def test_entities_outlet_is_its_brand_name(ant_records, doc, phrase, brand):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    ent = next(e for e in rec.entities if e.type == "ORG" and at <= e.start < at + len(phrase))
    assert ent.text == brand and ent.actor


def test_entities_country_whose_name_looks_like_an_adjective_stays_a_place():
    from marsad.record import Entity
    from marsad.stages.entities import EntitiesStage, _nisba_adjective

    kb = EntitiesStage().kb()
    text = "ودافع رئيس باراغواي عن موقفه"
    e = Entity("باراغواي", 11, 19, "LOC")
    assert text[e.start:e.end] == e.text and not _nisba_adjective(text, e, kb)
    text2 = "وقال مسؤول سعودي إن"
    assert _nisba_adjective(text2, Entity("سعودي", 11, 16, "LOC"), kb)


def test_entities_descriptive_agency_name_stays_whole():
    from marsad.record import Entity
    from marsad.stages.entities import EntitiesStage, _without_agency_word

    kb = EntitiesStage().kb()
    text = "وقالت وكالة الأنباء السعودية إن"
    e = Entity("وكالة الأنباء السعودية", 6, 28, "ORG")
    assert _without_agency_word(text, e, kb) is e


@pytest.mark.parametrize("doc, phrase, name", QUOTED_ORGS)
def test_entities_head_noun_before_a_quoted_name_is_not_a_name(ant_records, doc, phrase, name):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    inside = [e for e in rec.entities if at <= e.start < at + len(phrase)]
    assert [e.text for e in inside] == [name] and inside[0].type == "ORG" and inside[0].actor


# the benedictions after a ruler's name in the Saudi press (- حفظه الله -، - رعاه الله -، - أيده الله -)
# are a verb with its pronoun and the name of God; the fast tagger read them as organisations (28, 12
# and 9 of them in 150 SaudiNewsNet articles with such phrases)
BENEDICTION_CASES = [
    ("SNN-70882c14c66cc625", "حفظه الله"),
    ("SNN-d63d4970433bfafd", "أيده الله"),
    ("SNN-00b33d988064dd80", "رعاه الله"),
]


@pytest.fixture(scope="module")
def snn_fast_records(shared_dir):
    return _fast_corpus_records(shared_dir, "saudinewsnet", {c[0] for c in BENEDICTION_CASES})


@pytest.mark.parametrize("doc, phrase", BENEDICTION_CASES)
def test_entities_a_benediction_is_no_name(snn_fast_records, doc, phrase):
    rec = snn_fast_records[doc]
    assert phrase in rec.text
    assert not [e.text for e in rec.entities if e.text == phrase]


# a dual or plural verb in the future after coordinated names (... ستيفان دي مستورا سيعقدان محادثات في موسكو,
# BB-middleEast-257-20180328, where the tagger reads it as a third name) is no name; names that begin with
# سي / ست and end like such verbs are kept
@pytest.mark.parametrize("word, verb", [
    ("سيعقدان", True), ("سيلتقيان", True), ("سيجتمعون", True), ("وسيبحثان", True), ("ستعقدان", True),
    ("سيباستيان", False), ("ستيفان", False), ("سيمون", False), ("سيمسون", False), ("سيروان", False),
    ("ستانتون", False), ("سيعقد", False),
])
def test_entities_a_future_verb_of_two_is_no_name(word, verb):
    from marsad.record import Entity
    from marsad.stages.entities import _future_verb_of_two

    assert _future_verb_of_two(Entity(word, 0, len(word), "PER")) is verb


@pytest.mark.parametrize("doc, phrase, names", OVERLAP_CASES)
def test_entities_never_overlap(ant_records, doc, phrase, names):
    rec = ant_records[doc]
    at = rec.text.index(phrase)
    assert [e.text for e in rec.entities if at <= e.start < at + len(phrase)] == names
    spans = sorted((e.start, e.end) for e in rec.entities)
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:]))


# a person's name after a place or institution noun (and a title) names that place, not the person: one entity of
# the place's type and an English name in the English order (400 SNN articles with such a phrase: the prince, the
# king or a junk half-name gone from 535 entity lines; King Salman no longer the speaker of his relief centre)
NAMED_AFTER_CASES = [
    ("saudinewsnet", "SNN-1ecbcd61ae7ec993", "مطار الأمير نايف بن عبد العزيز الدولي", "LOC",
     "Prince Nayef bin Abdulaziz International Airport"),
    ("saudinewsnet", "SNN-a3e118754087ebc8", "جامعة الأمير سطام بن عبدالعزيز", "ORG", None),
    ("saudinewsnet", "SNN-07fa1e54d0481a93", "مستشفى الملك فهد", "ORG", "King Fahd Hospital"),
    ("ant", "SK-internationalNews-855-20180408", "برج ترامب", "LOC", "Trump Tower"),
    ("ant", "AL-internationalNews-1771-20180626", "مؤسسة خليفة بن زايد آل نهيان", "ORG", "Khalifa bin Zayed Foundation"),
    # (the relief centre itself is a knowledge-base body now)
    ("saudinewsnet", "SNN-a2f52f766418acbe", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG",
     "King Salman Humanitarian Aid and Relief Centre"),
]


# سيول is Seoul and torrents: السيول is always the water, and so is a bare سيول in an article that never names Korea
# (300 SNN articles with the word: 26 Seoul entities gone, 8 of them sides of events; 200 ANT articles: 30 gone, one
# of them Seoul, "سفيرا للولايات المتحدة في سيول" in an article that names no Korea)
TORRENT_CASES = [
    ("ant", "SK-middleEast-3105-20180724", "تحولت إلى سيول جارفة", None),
    ("ant", "FR-internationalNews-1422-20180524", "في سيول حاصرت المنازل", None),
    ("saudinewsnet", "SNN-4aa48a18d58607dc", "دهم سيول وادي ضمد", None),
    ("ant", "SK-internationalNews-1306-20180502", "سيول", "Seoul"),
]


# دوما is Douma and "always": with tanween always the adverb, and a bare دوما too in an article naming neither Syria
# nor the West Bank (700 ANT and SaudiNewsNet articles with the word: 200 Douma entities gone, every one the adverb)
WORD_NOT_PLACE_CASES = [
    ("ant", "BB-middleEast-772-20180727", "دوما فكرة المساومة", None),
    ("ant", "SK-internationalNews-2901-20180808", "كنّا دومًا قوة عسكرية", None),
    ("ant", "FR-internationalNews-2669-20180811", "سيبقى دوما في مقدمة", None),
    ("ant", "CN-middleEast-242-20180311", "مدينة دوما", "Douma"),
    # حماة before a definite noun that is no adjective of the city is "guardians" (حماة الوطن، حماة الدين; 500 articles
    # with the word: 44 Hama entities gone, all guardians or a mother-in-law; ريف حماة الشمالي stays the city)
    ("saudinewsnet", "SNN-316aedcf3f77054d", "من حماة الوطن", None),
    ("saudinewsnet", "SNN-7fc62a5c9b53f361", "وقتل حماة الدين والوطن", None),
    # مالي after an indefinite noun or joined to an adjective is "financial" (700 articles with the word: 25 Mali
    # entities gone, 23 the adjective; في مالي، حكومة مالي، مصدر عسكري مالي stay the country)
    ("saudinewsnet", "SNN-c6db3f355b932de3", "إرسال مبلغ مالي له", None),
    ("ant", "BB-internationalNews-66-20180223", "تهم فساد مالي وأخلاقي", None),
    ("saudinewsnet", "SNN-3cb029b206a5d910", "مصدر عسكري مالي", "Mali"),
    # البنين / للبنين, and بنين next to girls or schools, are boys (600 articles with the word: about 200 Benin
    # entities gone, every one boys; باستثناء بنين التي وعدت بإرسال 800 عنصر stays the country)
    ("saudinewsnet", "SNN-d34fa48da04214ab", "16039 مدرسة للبنين", None),
    ("saudinewsnet", "SNN-678709d5be1eee92", "بمدارس البنين", None),
    ("saudinewsnet", "SNN-d14f7a67e019358e", "(بنين وبنات)", None),
    ("saudinewsnet", "SNN-1a046b939202d613", "باستثناء بنين التي", "Benin"),
    # the currency (400 articles with the word: 1,170 entities -> 249, every one read gone the currency)
    ("ant", "SK-middleEast-2581-20180624", "6.5 مليار ريال", None),
    # دان before a word with the article or the head of a body or an office is "condemned" (200 ANT articles with
    # such a phrase: 12 condemnations found that the name had hidden, 9 quotations given their speaker back; a
    # man named Dan keeps his surname: دان كوتس)
    ("ant", "AL-internationalNews-1525-20180609", "نفسه، دان", None),
    ("ant", "BB-internationalNews-2-20180218", "دان رئيس الوزراء", None),
    ("ant", "AL-internationalNews-13-20180218", "دان كوتس", "Dan Coats"),
    # (nor a name of two words, the verb and its definite subject: دان الرئيسان، دان الأدميرال -- 200 ANT articles
    # with دان + a definite word: 3 condemnations found, 3 events and a quotation with their actors back)
    ("ant", "SK-middleEast-213-20180310", "دان الرئيسان", None),
    ("ant", "SK-internationalNews-3056-20180817", "دان الأدميرال", None),
    # an indefinite head with only indefinite adjectives (منظمة إغاثية دولية) describes some body, no name -- but a
    # nationality keeps it (250 ANT articles with such a phrase: 8 events and quotations lost a false organisation;
    # 900 random unchanged)
    ("ant", "BB-middleEast-540-20180527", "منظمة إغاثية دولية", None),
    # (nor an indefinite rank with its adjectives: جنرال كوري شمالي is some general, described -- 250 ANT articles with
    # such a phrase and 900 random: unchanged; record gold tune event precision 0.727 -> 0.731)
    ("ant", "AL-internationalNews-249-20180227", "جنرال كوري شمالي", None),
    # دولة القانون alone is "the rule of law" (24 of its 26 uses in ANT and SaudiNewsNet outside an Iraqi article: الأردن
    # هو دولة القانون); the Iraqi State of Law Coalition keeps its full name (600 random ANT + 300 SaudiNewsNet: 1
    # event changed, a charge against the coalition that King Abdullah never made)
    ("ant", "SK-middleEast-3864-20181014", "هو دولة القانون", None),
    ("ant", "BB-middleEast-474-20180509", "ائتلاف دولة القانون", "State of Law Coalition"),
    # بحماس before an adjective, or in an article naming neither Gaza, Palestine nor Israel, is "with enthusiasm"
    # (300 ANT + 300 SaudiNewsNet articles with the word: 17 Hamas sides and speakers gone, every one enthusiasm;
    # مرتبطون بحماس in an article about Gaza stays the movement)
    ("ant", "CN-middleEast-1067-20180601", "التغيرات بحماس كبير", None),
    ("ant", "FR-internationalNews-809-20180419", "يشارك بعضهم بحماس", None),
    ("ant", "SK-middleEast-850-20180408", "مرتبطون بحماس", "Hamas"),
]

# the same in the `fast` profile, whose tagger reads more common words as names: the scene, the verb "reported"
# and a month's gloss (400 articles with each word: مشهد 199 entities -> 29, أورد 74 -> 22, نيسان 126 -> 35;
# every one read gone was the common word)
FAST_WORD_CASES = [
    ("ant", "AL-internationalNews-707-20180331", "نحو 10 آلاف ريال", None),
    ("ant", "SK-internationalNews-2255-20180621", "في مشهد مليء بالتحديات", None),
    ("ant", "BB-middleEast-662-20180627", "إنه مشهد يتكرر", None),
    ("ant", "BB-middleEast-662-20180627", "من مدينة مشهد شمالي", "Mashhad"),
    ("ant", "SK-middleEast-2423-20180616", "وفق ما أورد مراسلنا", None),
    ("ant", "SK-middleEast-637-20180329", "من أبريل نيسان", None),
    # غريب "strange" and الجاني "the perpetrator" (400 articles with each: 98 -> 42 and 38 -> 15 entities, every one
    # gone the common word; علاء غريب، أبو غريب stay)
    ("ant", "CN-internationalNews-99-20180312", "بشكل غريب إلى", None),
    ("ant", "FR-internationalNews-26-20180216", "ثمة تقليد غريب", None),
    ("ant", "BB-middleEast-150-20180307", "أسرة الجاني", None),
]


def _case_records(shared_dir, cases, profile: str) -> dict:
    """The records of the corpus articles the cases name, through ``profile`` (skipped when the corpora are absent)."""
    import marsad
    from marsad.evaluation.clean import load_rows
    from marsad.io.readers import record_from_object

    wanted: dict[str, set[str]] = {}
    for corpus, doc, *_ in cases:
        wanted.setdefault(corpus, set()).add(doc)
    rows = load_rows(wanted, shared_dir)
    if len(rows) < len({c[1] for c in cases}):
        pytest.skip("corpora not available")
    pipe = marsad.build_pipeline(profile)
    return {doc: pipe(record_from_object(row, raw_bytes=b"", source={})) for (_, doc), row in rows.items()}


@pytest.fixture(scope="module")
def named_after_records(shared_dir):
    return _case_records(shared_dir, NAMED_AFTER_CASES + TORRENT_CASES + WORD_NOT_PLACE_CASES + PROCLITIC_CASES, "accurate")


def _names_at(rec, phrase: str) -> list:
    """The English names of the entities overlapping ``phrase`` in the record."""
    at = rec.text.index(phrase)
    names = {a.id: a.name_en for a in rec.actors}
    return [names.get(e.actor) for e in rec.entities if e.start < at + len(phrase) and at < e.end]


@pytest.mark.parametrize("corpus, doc, name, etype, english", NAMED_AFTER_CASES, ids=[c[1] for c in NAMED_AFTER_CASES])
def test_entities_place_named_after_a_person_is_the_place(named_after_records, corpus, doc, name, etype, english):
    rec = named_after_records[doc]
    at = rec.text.index(name)
    inside = [e for e in rec.entities if e.start < at + len(name) and at < e.end]
    assert [e.type for e in inside] == [etype] and inside[0].start == at and inside[0].end >= at + len(name)
    if english:
        actor = next(a for a in rec.actors if a.id == inside[0].actor)
        assert actor.name_en == english


@pytest.mark.parametrize("corpus, doc, phrase, place", TORRENT_CASES, ids=[c[1] for c in TORRENT_CASES])
def test_entities_torrents_are_not_seoul(named_after_records, corpus, doc, phrase, place):
    assert _names_at(named_after_records[doc], phrase) == ([place] if place else [])


@pytest.mark.parametrize("corpus, doc, phrase, place", WORD_NOT_PLACE_CASES, ids=[c[1] for c in WORD_NOT_PLACE_CASES])
def test_entities_common_words_are_not_places(named_after_records, corpus, doc, phrase, place):
    assert _names_at(named_after_records[doc], phrase) == ([place] if place else [])


@pytest.fixture(scope="module")
def fast_word_records(shared_dir):
    return _case_records(shared_dir, FAST_WORD_CASES, "fast")


@pytest.mark.parametrize("corpus, doc, phrase, place", FAST_WORD_CASES, ids=[f"{c[1]}-{c[2][:10]}" for c in FAST_WORD_CASES])
def test_entities_common_words_are_not_places_fast(fast_word_records, corpus, doc, phrase, place):
    assert _names_at(fast_word_records[doc], phrase) == ([place] if place else [])


@pytest.mark.parametrize("text", ["زار ب الملك سلمان", "و سلمان", "مطار  سلمان"])
def test_named_after_reads_short_words_before_a_name(text):
    # (a one-letter word before the title made the proclitic check index past the word)
    from marsad.record import Entity
    from marsad.stages.entities import _named_after

    at = text.index("سلمان")
    out = _named_after(text, [Entity("سلمان", at, at + 5, "PER")])
    assert len(out) == 1 and out[0].end == at + 5


# a whole word starting with one ل is ل + a word, never the rest of لل (ل + ال): لقوات الشرعية is
# "to the legitimate forces", لنصرة الأشقاء "to support the brothers" (not the Nusra Front)
PROCLITIC_CASES = [
    ("ant", "SK-middleEast-1959-20180526", "لقوات الشرعية", "قوات الشرعية"),
    ("ant", "FR-middleEast-239-20180409", "لفصائل المعارضة", "فصائل المعارضة"),
    ("ant", "SK-internationalNews-3356-20181008", "لأسوشيتد برس", "أسوشيتد برس"),
    ("saudinewsnet", "SNN-c3a63ce3277876d7", "لفيفا", "فيفا"),
    ("saudinewsnet", "SNN-dffa19133b2d7779", "لحلف الأطلسي", "حلف الأطلسي"),
    ("saudinewsnet", "SNN-08f93c6205d1c252", "لنصرة الأشقاء", None),
    ("saudinewsnet", "SNN-360c6746e782e65b", "لمالكي الأجهزة", None),
    # a name that is also و + a name the news writes ten times as often: وجدة is "and Jeddah", not Oujda
    ("saudinewsnet", "SNN-4c6beeb1e6179ae3", "وجدة،", "جدة"),
    ("saudinewsnet", "SNN-09c187fa54b2a74b", "وجدة تمثل", "جدة"),
    ("saudinewsnet", "SNN-b9b7e84842f3eb5c", "وجدة والأحساء", "جدة"),
]


@pytest.mark.parametrize("corpus, doc, phrase, name", PROCLITIC_CASES, ids=[c[1] for c in PROCLITIC_CASES])
def test_entities_proclitic_letter_is_not_part_of_a_name(named_after_records, corpus, doc, phrase, name):
    rec = named_after_records[doc]
    at = rec.text.index(phrase)
    word_end = at + len(phrase.split()[0])
    found = [e.text for e in rec.entities if e.start < word_end and at < e.end]
    assert found == ([name] if name else [])
    if name == "جدة":
        names = {a.id: a.name_en for a in rec.actors}
        assert [names.get(e.actor) for e in rec.entities if e.start == at + 1] == ["Jeddah"]
