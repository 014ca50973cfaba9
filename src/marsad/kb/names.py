"""English names for actors the KB does not know.

People and places are transliterated (:func:`marsad.kb.translit.transliterate`).  Organisation
names are mostly common words (حزب، وزارة، جامعة) plus adjectives and a country adjective:
those words are translated, the rest transliterated, and the Arabic noun-adjective order is
turned around (``الحزب الشيوعي الفيتنامي`` -> ``Communist Party of Vietnam``,
``وزارة الصحة العراقية`` -> ``Ministry of Health of Iraq``).
"""
from __future__ import annotations

from ..text import normalize
from .store import load_kb

# head nouns of organisation names
_NOUNS = {normalize(k): v for k, v in {
    "حزب": "Party", "وزارة": "Ministry", "جامعة": "University", "شركة": "Company", "مجلس": "Council",
    "هيئة": "Authority", "منظمة": "Organization", "حركة": "Movement", "جبهة": "Front", "اتحاد": "Union",
    "جمعية": "Association", "نقابة": "Syndicate", "بنك": "Bank", "مصرف": "Bank", "صحيفة": "newspaper",
    "جريدة": "newspaper", "قناة": "channel", "وكالة": "Agency", "مستشفى": "Hospital", "محكمة": "Court",
    "جيش": "Army", "قوات": "Forces", "لواء": "Brigade", "كتائب": "Brigades", "كتيبة": "Battalion",
    "مركز": "Center", "معهد": "Institute", "مؤسسة": "Foundation", "لجنة": "Committee", "تحالف": "Alliance",
    "ائتلاف": "Coalition", "تيار": "Current", "رابطة": "League", "مكتب": "Office", "إدارة": "Administration",
    "دائرة": "Department", "مديرية": "Directorate", "شرطة": "Police", "جماعة": "Group", "تنظيم": "Organization",
    "مجموعة": "Group", "صندوق": "Fund", "برنامج": "Programme", "بلدية": "Municipality", "نادي": "Club",
    "غرفة": "Chamber", "سفارة": "Embassy", "قنصلية": "Consulate", "إذاعة": "Radio", "تلفزيون": "Television",
    "حكومة": "Government", "رئاسة": "Presidency", "مدرسة": "School", "كلية": "College", "أكاديمية": "Academy",
    "دار": "House", "مجمع": "Complex", "الأمن": "Security", "الدفاع": "Defence", "الخارجية": "Foreign Affairs",
    "الداخلية": "Interior", "الصحة": "Health", "التعليم": "Education", "التربية": "Education",
    "المالية": "Finance", "العدل": "Justice", "الاقتصاد": "Economy", "الطاقة": "Energy", "النفط": "Oil",
    "الزراعة": "Agriculture", "النقل": "Transport", "الإعلام": "Information", "الثقافة": "Culture",
    "السياحة": "Tourism", "العمل": "Labour", "الشباب": "Youth", "الرياضة": "Sports", "البيئة": "Environment",
    "التجارة": "Trade", "الصناعة": "Industry", "الاتصالات": "Communications", "الأوقاف": "Endowments",
    "الشؤون": "Affairs", "الاجتماعية": "Social", "الإنسان": "Human", "حقوق": "Rights", "الإغاثة": "Relief",
    "التنمية": "Development", "الاستثمار": "Investment", "الانتخابات": "Elections", "الشعب": "People",
    "النواب": "Representatives", "الوزراء": "Ministers", "الشيوخ": "Senate", "الشورى": "Shura", "الأمة": "Nation",
    "الدولة": "State", "الثورة": "Revolution", "التحرير": "Liberation", "المقاومة": "Resistance",
    "العمال": "Workers", "الأطباء": "Doctors", "المحامين": "Lawyers", "الصحفيين": "Journalists",
    "الأنباء": "News", "النهضة": "Renaissance", "الهلال": "Crescent", "الصليب": "Cross", "مدارس": "Schools", "السياقة": "Driving", "الإسلام": "Islam", "المسلمين": "Muslims", "الإخوان": "Brotherhood",
}.items()}
# adjectives (after the noun in Arabic, before it in English)
_ADJECTIVES = {normalize(k): v for k, v in {
    "الوطني": "National", "الوطنية": "National", "الإسلامي": "Islamic", "الإسلامية": "Islamic",
    "العربي": "Arab", "العربية": "Arab", "الديمقراطي": "Democratic", "الديمقراطية": "Democratic",
    "الشعبي": "Popular", "الشعبية": "Popular", "الاشتراكي": "Socialist", "الاشتراكية": "Socialist",
    "الشيوعي": "Communist", "الشيوعية": "Communist", "المتحدة": "United", "المتحد": "United", "الموحد": "United",
    "الموحدة": "United", "الدولي": "International", "الدولية": "International", "الأعلى": "Supreme",
    "العليا": "Supreme", "العام": "General", "العامة": "General", "الحر": "Free", "الحرة": "Free",
    "الجديد": "New", "الجديدة": "New", "المركزي": "Central", "المركزية": "Central", "الاتحادي": "Federal",
    "الاتحادية": "Federal", "الفيدرالي": "Federal", "الفيدرالية": "Federal", "الجمهوري": "Republican",
    "الجمهورية": "Republican", "الليبرالي": "Liberal", "الأخضر": "Green", "الخضر": "Greens",
    "المستقل": "Independent", "المستقلة": "Independent", "العسكري": "Military", "العسكرية": "Military",
    "المدني": "Civil", "المدنية": "Civil", "الخاصة": "Special", "الخاص": "Special", "الأهلي": "Al-Ahly",
    "القومي": "National", "القومية": "National", "الأحمر": "Red", "الأبيض": "White", "الكبرى": "Grand", "الكبير": "Grand", "الأول": "First", "الانتقالي": "Transitional", "الانتقالية": "Transitional",
}.items()}
_LINKS = {normalize(w) for w in ("و", "ل", "من", "في", "أجل", "اجل")}


def _country_name(code: str) -> str | None:
    e = load_kb().get(f"C:{code}")
    return e.name_en if e else None


def _lookup_word(k: str, table: dict) -> str | None:
    """``k`` (normalised) in ``table``, with or without the article or a proclitic (لتحرير)."""
    bare = k[2:] if k.startswith("ال") else k
    for cand in (k, bare, "ال" + bare):
        if cand in table:
            return table[cand]
    if len(k) > 3 and k[0] in "لوب":
        rest = k[1:]
        for cand in (rest, "ال" + rest, "ا" + rest):
            if cand in table:
                return table[cand]
    return None


# the nouns that head a place or an institution named after a person, with the entity type such a name
# gets and its English (مطار الملك خالد الدولي -> King Khalid International Airport; the entities stage
# reads the same table to make one entity of the place)
NAMED_AFTER_NOUNS = {normalize(k): v for k, v in {
    "جامعة": ("ORG", "University"), "مستشفى": ("ORG", "Hospital"), "مستشفيات": ("ORG", "Hospitals"),
    "مركز": ("ORG", "Center"), "كلية": ("ORG", "College"), "معهد": ("ORG", "Institute"),
    "مؤسسة": ("ORG", "Foundation"), "جائزة": ("ORG", "Prize"), "مجمع": ("ORG", "Complex"),
    "مدرسة": ("ORG", "School"), "مدارس": ("ORG", "Schools"), "أكاديمية": ("ORG", "Academy"),
    "مكتبة": ("ORG", "Library"), "كرسي": ("ORG", "Chair"),
    "مطار": ("LOC", "Airport"), "ميناء": ("LOC", "Port"), "شارع": ("LOC", "Street"), "طريق": ("LOC", "Road"),
    "جسر": ("LOC", "Bridge"), "قاعدة": ("LOC", "Base"), "ملعب": ("LOC", "Stadium"), "استاد": ("LOC", "Stadium"),
    "ستاد": ("LOC", "Stadium"), "مسجد": ("LOC", "Mosque"), "جامع": ("LOC", "Mosque"), "برج": ("LOC", "Tower"),
    "صالة": ("LOC", "Hall"), "قاعة": ("LOC", "Hall"), "نفق": ("LOC", "Tunnel"), "ساحة": ("LOC", "Square"),
    "ميدان": ("LOC", "Square"), "مدينة": ("LOC", "City")}.items()}
_NAMED_NOUNS = {**_NOUNS, **{k: en for k, (_, en) in NAMED_AFTER_NOUNS.items()}}
# the institutions a person's name may follow without a title (مؤسسة ترامب، جامعة جورج واشنطن)
_NAMED_INSTITUTIONS = {k for k, (kind, _) in NAMED_AFTER_NOUNS.items() if kind == "ORG"}
NAMED_AFTER_TITLES = {normalize(k): v for k, v in {
    "الملك": "King", "الأمير": "Prince", "الأميرة": "Princess", "الشيخ": "Sheikh", "الشيخة": "Sheikha",
    "الإمام": "Imam", "السلطان": "Sultan", "الشهيد": "Martyr"}.items()}
# the adjectives that close such a name (مطار الملك خالد الدولي، مستشفى الملك فيصل التخصصي): the entities
# stage takes them into the span; the English name reads these and the other adjectives
NAMED_AFTER_TAILS = {normalize(k): v for k, v in {
    "الدولي": "International", "الدولية": "International", "التخصصي": "Specialist", "الجامعي": "University",
    "الجوية": "Air", "الجوي": "Air", "البحرية": "Naval", "العسكري": "Military", "العسكرية": "Military",
    "الطبي": "Medical", "الطبية": "Medical", "الاقتصادية": "Economic", "الرياضية": "Sports", "العام": "General"}.items()}
_NAMED_TAILS = {**_ADJECTIVES, **NAMED_AFTER_TAILS, **{normalize(k): v for k, v in {
    "الصناعية": "Industrial", "الثقافي": "Cultural", "الثقافية": "Cultural", "التقنية": "Technical",
    "الخيري": "Charitable", "الخيرية": "Charitable"}.items()}}


def named_after_name(arabic: str, transliterate, institution: bool = True) -> str | None:
    """English form of a place or institution named after a person or a place, in the English
    order (مستشفى الملك فيصل التخصصي -> King Faisal Specialist Hospital, مطار رفيق الحريري الدولي -> Rafic
    Hariri International Airport, ميناء الحديدة -> Hodeidah Port); None for other names.  For an
    ``institution`` the name after the noun must be a titled person's (جامعة الملك سعود) or an
    indefinite name (مؤسسة ترامب): جامعة القاهرة، وزارة الصحة keep the organisation reading."""
    words = [w for w in arabic.split() if w.strip()]
    if len(words) < 2 or normalize(words[0]) not in _NAMED_NOUNS:
        return None
    noun = _NAMED_NOUNS[normalize(words[0])]
    rest = words[1:]
    title = NAMED_AFTER_TITLES.get(normalize(rest[0]))
    if title:
        rest = rest[1:]
    elif institution and (normalize(rest[0]).startswith("ال") or normalize(words[0]) not in _NAMED_INSTITUTIONS):
        return None
    # what follows the name with a preposition (للعلوم والتقنية، بالخرج) is left out of the English name
    cut = next((k for k, w in enumerate(rest) if k and (normalize(w).startswith(("لل", "بال", "في"))
                                                      or normalize(w) in ("التابع", "التابعه"))), len(rest))
    rest = rest[:cut]
    tails = []
    while rest and normalize(rest[-1]) in _NAMED_TAILS:
        tails.insert(0, _NAMED_TAILS[normalize(rest.pop())])
    if not rest or any(normalize(w) in _LINKS or normalize(w) in _NAMED_NOUNS for w in rest):
        return None
    person = transliterate(" ".join(rest))
    # (a person or place the KB knows is written its way: نايف بن عبد العزيز -> Nayef bin Abdulaziz, الحديدة ->
    # Hodeidah; a single given name only as a place: فهد is too many people)
    types = ("PER", "LOC") if len(rest) > 1 else ("LOC",)
    known = [e for e in load_kb().lookup(" ".join(rest)) if e.type in types and e.kind == "name"]
    if known and known[0].name_en:
        person = known[0].name_en
        if title and person.startswith(title + " "):
            person = person[len(title) + 1:]
    return " ".join(([title] if title else []) + [person] + tails[::-1] + [noun])


def english_org_name(arabic: str, transliterate) -> str:
    """English form of an organisation's Arabic name (see the module docstring)."""
    named = named_after_name(arabic, transliterate)
    if named:
        return named
    kb = load_kb()
    words = [w for w in arabic.split() if w.strip()]
    parts: list[tuple[str, str]] = []  # (kind, english): noun / adj / country / name
    for w in words:
        k = normalize(w)
        if k in _LINKS:
            continue
        noun = _lookup_word(k, _NOUNS)
        adj = _ADJECTIVES.get(k)
        if adj:
            parts.append(("adj", adj))
        elif noun:
            parts.append(("noun", noun))
        elif k in kb.nisba:
            parts.append(("country", _country_name(kb.nisba[k]) or transliterate(w)))
        else:
            known = [e for e in kb.lookup(w) if e.kind == "name" and e.type in ("LOC", "ORG")]
            if known and known[0].id.startswith("C:"):
                parts.append(("country", known[0].name_en))
            elif known:
                parts.append(("name", known[0].name_en))
            else:
                parts.append(("name", transliterate(w)))
    if not parts or parts[0][0] != "noun":
        return transliterate(arabic)
    # the head noun with its adjectives, then genitives each with theirs, then the country:
    # مجلس الأمن القومي التركي -> Council of National Security of Turkey
    groups: list[list] = [[parts[0][1], []]]
    countries = []
    for kind, en in parts[1:]:
        if kind == "adj":
            groups[-1][1].append(en)
        elif kind == "country":
            countries.append(en)
        else:
            groups.append([en, []])
    head, head_adjs = groups[0]
    if head in ("Company", "newspaper", "channel") and len(groups) > 1 and not head_adjs:
        return " ".join(g[0] for g in groups[1:])  # شركة أرامكو -> Aramco
    name = " ".join(head_adjs[::-1] + [head])
    for noun, adjs in groups[1:]:
        name += " of " + " ".join(adjs[::-1] + [noun])
    if countries:
        name += " of " + countries[0]
    return name[0].upper() + name[1:]
