"""The events stage: triggers for all 16 PLOVER types, inflections, negation, modality,
mode, actors from clause structure, restatements, and the reference article."""
from __future__ import annotations

import gzip
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from unittest import mock

import pytest

from marsad.evaluation.events import detect
from marsad.evaluation.oracle import oracle_annotate
from marsad.record import Actor, Entity, PLOVER_TYPES, Record, Sentence
from marsad.stages.dates import DatesStage
from marsad.stages import event_review
from marsad.stages.events import EventsStage, load_lexicon, match_triggers, verb_forms, word_tokens
from marsad.stages.quotes import QuotesStage
from marsad.text import normalize, sentences

from annotated import annotated_record

# --- real corpus sentences: one per PLOVER type (read from ../shared at test time) ---------

CORPUS_CASES = [
    # a threat that is the subject of a verb of being, or one made, stays a threat (يعد تهديد كوريا الشمالية الصارم
    # بإلغاء المحادثات، تنفيذا لتهديدات ترامب) after the rule on threats posed
    ("THREATEN", "BB-internationalNews-527-20180518", "يعد تهديد كوريا الشمالية الصارم"),
    ("THREATEN", "FR-economy-75-20180808", "يعتبر تنفيذا لتهديدات ترامب"),
    # sending soldiers counted in the singular or military advisers (أرسل أوباما 1200 جندي، أرسلت طهران مستشارين عسكريين:
    # 150 ANT articles with such a phrase, 6 deployments found, 1 false -- أرسلا إلى موقعين عسكريين --, 3 others of
    # the same sentences now merged into them, a sentence holding one event of a type)
    ("MOBILIZE", "BB-middleEast-606-20180610", "أرسلت طهران أيضا مستشارين عسكريين"),
    # أغار على, to raid (60 ANT articles with the verb: 9 raids found, 7 with both sides right; 2 other strikes of the
    # same sentences or article now merged into them)
    ("ASSAULT", "SK-middleEast-1963-20180526", "أغارت إسرائيل على موقعين"),
    ("ASSAULT", "AL-internationalNews-156-20180222", "أغارت مقاتلات #التحالف_العربي، مساء الأربعاء، على"),
    ("RETREAT", "BB-internationalNews-626-20180609", "أعلنت حركة طالبان وقفا لإطلاق النار"),
    ("RETREAT", "SK-middleEast-2862-20180712", "مدد وقفا من جانب واحد لإطلاق النار"),
    # the verb ثمّن (appreciated) stays an event after the price-noun guard
    ("SUPPORT", "SK-internationalNews-1445-20180508", "ثمّن رئيس وزراء إسرائيل"),
    ("SUPPORT", "SK-internationalNews-1445-20180508", "نثمن عاليا قرار ترامب"),
    # house arrest (placed under it, imposed), and barring someone from going somewhere
    ("COERCE", "CN-internationalNews-524-20180817", "ليستمر وضعه قيد الإقامة الجبرية"),
    ("COERCE", "SK-middleEast-1340-20180429", "فضلا عن فرض الإقامة الجبرية"),
    ("COERCE", "BB-internationalNews-739-20180703", "ومنعت سلطات الهجرة رزاق من مغادرة"),
    # hostile acts someone carries out stay a charge
    ("ACCUSE", "SK-middleEast-1277-20180427", "إن هذه الأعمال العدائية من قبل الميليشيا الحوثية"),
    ("ACCUSE", "SK-middleEast-842-20180408", "ودانت الولايات المتحدة بشدة هجوما"),
    ("MOBILIZE", "SK-middleEast-80-20180226", "أعلنت تركيا أنها أرسلت قوات"),
    ("MOBILIZE", "BB-middleEast-365-20180417", "عن استعداد المملكة لإرسال قوات"),
    ("ASSAULT", "AL-internationalNews-441-20180312", "إن تسميم سكريبال"),
    ("AGREE", "AL-internationalNews-1180-20180515", "إن الكوريتين اتفقتا"),
    # a quotation mark inside a phrase does not break it (فسيكون هناك "ردّ"، أوقفت "34 رجلا"، فرضت "الحد الأقصى للعقوبة")
    ("THREATEN", "SK-middleEast-894-20180410", 'فسيكون هناك "ردّ'),
    ("COERCE", "BB-middleEast-1021-20180927", 'أوقفت "34 رجلا'),
    ("SANCTION", "SK-middleEast-1216-20180424", 'فرضت "الحد الأقصى للعقوبة'),
    # hosting a conference or a summit is one (meeting = the flag of the hosting triggers)
    ("CONSULT", "BB-middleEast-31-20180212", "وتستضيف الكويت مؤتمرا بشأن إعادة إعمار العراق"),
    ("CONSULT", "FR-internationalNews-742-20180415", "وستستضيف تونس القمة العربية"),
    ("CONSULT", "AL-internationalNews-1068-20180508", "التقى الرئيس الصيني شي جينبينغ"),
    ("CONSULT", "AL-internationalNews-1114-20180511", "بحث في موسكو مع رئيس وزراء إسرائيل"),
    ("SUPPORT", "AL-internationalNews-1075-20180508", "رحبت إسرائيل، الثلاثاء، بقرار"),
    ("CONCEDE", "AL-internationalNews-1041-20180507", "ورفعت العقوبات المتصلة بالبرنامج النووي"),
    ("COOPERATE", "BB-internationalNews-332-20180414", "في عملية مشتركة مع القوات المسلحة الفرنسية"),
    ("COOPERATE", "BB-internationalNews-343-20180416", "بالتنسيق مع الولايات المتحدة وفرنسا"),
    ("AID", "AL-internationalNews-1017-20180506", "وقدمت مساعدات عسكرية حاسمة"),
    ("RETREAT", "AL-internationalNews-1073-20180508", "قد قرر الثلاثاء، الانسحاب من الاتفاق النووي"),
    # a call to suspend (إلى تعليق إجراءاتهم) is a request, not "declined to comment"
    ("REQUEST", "AL-internationalNews-1504-20180607", "ودعا مجلس النقابات إلى تعليق"),
    ("REQUEST", "AL-internationalNews-1041-20180507", "ناشدت بريطانيا الرئيس الأميركي"),
    ("ACCUSE", "AL-internationalNews-1067-20180508", "اتهم رئيس الوزراء الإسرائيلي"),
    ("ACCUSE", "AL-internationalNews-1350-20180527", "انتقدت سفارة"),
    # the cancellation of a meeting, as a verbal noun (إلغاء القمة) as well as a verb
    ("REJECT", "FR-internationalNews-1418-20180524", "أعلن الرئيس الأمريكي دونالد ترامب الخميس عن إلغاء القمة"),
    ("REJECT", "AL-internationalNews-1306-20180524", "فيما ترفض موسكو الادعاءات"),
    ("THREATEN", "AL-internationalNews-1288-20180523", "وهددت أيضا بإلغاء قمة"),
    ("PROTEST", "AL-internationalNews-1193-20180516", "وتظاهر مئات الأشخاص"),
    ("PROTEST", "BB-internationalNews-416-20180426", "خرج آلاف الأرمينيين إلى الشوارع"),
    # a partitive من (العدد الأكبر من الدبلوماسيين) is no place driven out of: still an expulsion
    ("SANCTION", "SK-internationalNews-672-20180329", "وقد طردت الولايات المتحدة العدد الأكبر من الدبلوماسيين الروس"),
    ("SANCTION", "AL-internationalNews-1224-20180518", "فرض عقوبات جديدة على وجهين"),
    ("SANCTION", "AL-internationalNews-1193-20180516", "طرد السفير الإسرائيلي، إيتان"),
    ("MOBILIZE", "AL-internationalNews-678-20180329", "نشرت القوات الإسرائيلية تعزيزات عسكرية"),
    ("COERCE", "AL-internationalNews-1110-20180511", "على 3 من قوات الأمن"),
    ("ASSAULT", "AL-internationalNews-101-20180219", "إن رجلا أطلق النار على حشد"),
    # air strikes amid a collapse of the enemy's lines stay an attack (انهيار is no accident here)
    ("ASSAULT", "SK-middleEast-2388-20180614", "وأسفرت غارات لمقاتلات التحالف العربي والمواجهات"),
]


# --- real corpus sentences: who did what to whom (the whole article goes through the pipeline;
# each case: article, a piece of the sentence, event type, English names the source / the
# target must include, English names the target must not include; a country code stands for
# any actor of that country)
ROLE_CASES = [
    # a pair noun right after a verb of a one-way act (ودعا الزعيمان، وأشاد الجانبان، وأشاد الطرفان) is its subject: the
    # two sides named before, not a guess from the clause -- unless they are named right after it (توعد الرئيسان
    # الأمريكي دونالد ترامب والفرنسي) (200 ANT articles with such a noun: 7 events changed, 6 better; 900 random unchanged)
    ("FR-internationalNews-2771-20180818", "ودعا الزعيمان كذلك", "REQUEST", {"Angela Merkel", "Emmanuel Macron"}, None,
     None),
    # a list of states with a comma before each و (وطردت هنغاريا، والسويد، وكرواتيا): all of them act, the second is
    # no object (250 ANT articles with كل من / من قبل + such a list and 900 random: 1 event changed, better)
    ("SK-internationalNews-672-20180329", "وطردت هنغاريا، والسويد", "SANCTION", {"Hungary", "Sweden", "Croatia"},
     {"Russia"}, None),
    # أقدم X على + an act's masdar: X does it, not a name inside the masdar's object (80 ANT articles with the
    # construction: 1 event changed, better -- the others already had the undertaker)
    ("SK-middleEast-350-20180317", "على قتل أحد لاعبي فريق الهلال", "ASSAULT", {"Houthis"}, {"Abdullah al-Bazaz"},
     None),
    # فرض + up to six words + عقوبات / حظرا: a subject of several joined names or a title with its holder between the
    # verb and the sanction (300 ANT articles with such a gap: 56 lines, mostly the same event read from the verb; all
    # four imposers now, the imposer rather than the one sanctioned)
    ("BB-middleEast-172-20180310", "فرضت السعودية والإمارات والبحرين ومصر عقوبات", "SANCTION",
     {"Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"}, None, None),
    ("SNN-3552f6f68b7699d2", "فرضت الولايات المتحدة والاتحاد الأوروبي عقوبات", "SANCTION",
     {"United States", "European Union"}, None, None),
    # unnamed people of a body (جنودا تابعين لقوات حفتر، مقاتلين تابعين لحركة طالبان) open the clause after أن / إن:
    # the body acts (250 ANT articles with the phrase: 2 events changed, both better)
    ("AL-internationalNews-1110-20180511", "مقاتلين تابعين لحركة طالبان اقتحموا", "ASSAULT", {"Taliban"}, None, None),
    ("FR-internationalNews-1071-20180503", "أطلقوا النار في 18", "ASSAULT", {"Libyan National Army"}, None,
     {"Libyan National Army"}),
    # a place the subject serves in (في أنقرة، لدى واشنطن) between it and its verb; a chargé d'affaires (القائم بأعمال)
    # is a title (300 ANT articles with the title: 5 events changed, 4 better)
    ("CN-internationalNews-486-20180814", "سيزور اليوم القس برونسون", "CONSULT", {"Embassy of United States"},
     {"Andrew Brunson"}, None),
    ("AL-internationalNews-461-20180314", "اتصالاته مع القيادات اللبنانية", "CONSULT", None, {"Lebanon"},
     {"Saudi Arabia"}),
    # صدر ضده / بحقه + a sentence noun: the one the singular pronoun refers to is sentenced (150 ANT articles with the
    # construction: 9 events changed, the sentenced person now the target, never the source)
    ("BB-technology-401-20180910", "وصدر بحقه حكم بالسجن", "SANCTION", None, {"Alexei Navalny"}, None),
    ("AL-internationalNews-410-20180309", "وصدر ضده حكم بالسجن", "SANCTION", None, {"Sergei Skripal"}, None),
    # الكوريتان / الكوريتين: both Koreas, from the knowledge base when the article names one of them otherwise; not
    # where the word names a place between them (المنطقة المنزوعة السلاح بين الكوريتين) (200 ANT articles with the
    # word: 15 events changed, most now the two Koreas meeting or agreeing)
    ("SK-internationalNews-257-20180310", "واتفقت الكوريتان", "AGREE", {"North Korea", "South Korea"}, None, None),
    ("BB-internationalNews-573-20180526", "التقى زعيما الكوريتين", "CONSULT", {"North Korea", "South Korea"},
     None, None),
    # a name right after a facility noun (معبر كرم أبو سالم، which the tagger reads as a person) is a place, no side
    # (250 ANT articles naming such places: 26 events and quotations changed, all better)
    ("BB-middleEast-904-20180819", "وقد أعادت إسرائيل فتح معبر", "RETREAT", {"Israel"}, None, None),
    ("FR-middleEast-829-20180724", "تعيد إسرائيل الثلاثاء فتح معبر", "RETREAT", {"Israel"}, None, None),
    # a town named after من (from London, near Damascus) is no dropped subject nor a pronoun's referent (300 ANT
    # articles with من + a capital: 12 events changed, ~6 better, 1 worse)
    ("FR-internationalNews-1514-20180529", "وكان قد اتهم إيران وحزب الله", "ACCUSE", {"Saad Hariri"}, None, None),
    ("CN-internationalNews-187-20180327", "بعد اتهامها لروسيا بضلوعها", "ACCUSE", {"United Kingdom"}, {"Russia"}, None),
    # a role named after its title word carries the title's preposition (لوزير الخارجية الروسي: to the minister, no
    # subject; the title's glued و or ل no longer cuts into it either); a visit "by" such an unnamed office holder is
    # his (250 ANT articles with ل/ب/و + وزير: 27 lines changed, most better)
    ("BB-internationalNews-250-20180329", "كما ألغت دعوة لوزير الخارجية الروسي", "REJECT", None, {"Russia"}, None),
    ("SK-internationalNews-482-20180321", "بعد زيارة مقررة لوزير الخارجية اليوناني", "CONSULT", {"Greece"}, None, None),
    ("FR-internationalNews-976-20180428", "يلتقي خلالها بالعاهل السعودي", "CONSULT", {"Mike Pompeo"}, None, None),
    # the unvowelled masculine أفرج right before عن is the passive أُفرج عن: who follows عن is released, nobody named
    # releases (300 ANT articles with it: 11 events changed, 9 with the released now the target, not the source)
    ("BB-middleEast-927-20180828", "وأفرج عنها", "RETREAT", None, {"Norah al-Schmeri"}, None),
    ("SK-internationalNews-1510-20180510", "بعد أن أفرج عنهم", "RETREAT", None, None, {"Washington"}),
    # GRU, Cambridge Analytica, البنك العالمي (the World Bank) (KB forms; 200 ANT articles with them: ~200 lines
    # changed, transliterated names replaced by the actors, a few sides found)
    ("BB-internationalNews-1155-20181004", "اتهمت", "ACCUSE", None, {"GRU"}, None),
    # two sides who meet or agree with nobody else named do it with each other (اتفقت الكوريتان على عقد قمة، واتفق
    # الوزيران على عقد مزيد من الاجتماعات): both are the target too, and no guess from the paragraph is (300 ANT
    # articles with such a phrase: 9 events changed, all now with both sides as the target, 3 wrong guesses gone)
    ("SK-internationalNews-658-20180329", "اتفقت الكوريتان الجنوبية والشمالية على عقد قمة", "CONSULT",
     {"North Korea", "South Korea"}, {"North Korea", "South Korea"}, None),
    ("SK-middleEast-2143-20180604", "واتفق الوزيران أيضا", "CONSULT", {"Mike Pompeo"}, {"Mevlut Cavusoglu"}, {"NATO"}),
    # (the same: a city's police is the country's)
    ("SK-internationalNews-1304-20180501", "ألقت شرطة اسطنبول القبض", "COERCE", {"Police of Turkey"}, None, None),
    # بوركينافاسو written as one word is Burkina Faso, and Skopje (سكوبيه، سكوبيا) a capital that acts and is visited
    # (KB forms; 200 ANT articles with them: 35 lines changed, Burkina Faso linked where the name had been left a
    # transliteration; the capital sides right in 3 of 4)
    ("AL-internationalNews-322-20180303", "عن تضامنه مع بوركينافاسو", "SUPPORT", None, {"Burkina Faso"}, None),
    ("BB-internationalNews-1096-20180930", "وزار العديد من القادة الأوروبيين سكوبيا", "CONSULT", None, {"Skopje"},
     None),
    # (the same: وناشد صندوق النقد الحكومة)
    ("AL-economy-792-20180610", "وناشد صندوق النقد", "REQUEST", {"International Monetary Fund"}, None, None),
    # a person named as the genitive of a kin noun (زوج الفنانة غادة عادل، بوالد الطفل أبو خضير) is no subject: the
    # kin, or the name before, is (300 ANT articles with such a phrase: 13 events changed, about 9 better, 2 worse)
    ("AL-culture-584-20180712", "زوج الفنانة غادة عادل أن يدافع عنهما", "SUPPORT", {"Majdi al-Huari"}, None, None),
    ("JA-internationalNews-189-20140707", "كما عبر عن غضبه للجريمة", "ACCUSE", {"Benjamin Netanyahu"}, None, None),
    # a name in a time phrase after منذ + a noun (منذ انهيار الاتحاد السوفيتي) is no fallback object (rare: none changed
    # in 300 ANT articles with منذ + an event noun)
    ("CN-internationalNews-605-20180911", "بدأت روسيا أكبر مناورات عسكرية", "MOBILIZE", {"RUS"}, None,
     {"al-Athad al-Soviti"}),
    # the pronoun on a charge noun with the charge right after it (إثر اتهامه بارتكاب، لاتهامها بدعم) is who is accused:
    # a state named after the last person, else that person (300 ANT articles with such a noun: about 95 events
    # changed, nearly all wrong before; about 10 still wrong after)
    ("FR-internationalNews-1115-20180507", "بتدابير مماثلة إثر اتهامها", "ACCUSE", None, {"Moscow"}, None),
    ("SK-middleEast-1092-20180417", "هارفي واينستين، إثر اتهامه", "ACCUSE", None, {"Harvi Winstein"}, None),
    ("CN-middleEast-678-20180420", "النظام السوري، بعد اتهامه", "ACCUSE", None, {"SYR"}, None),
    ("BB-sport-175-20180528", "منذ عام، لاتهامها", "ACCUSE", None, {"QAT"}, None),
    ("SK-internationalNews-3472-20181014", "ثلاث سنوات بعد اتهامه", "ACCUSE", None, {"Andrew Brunson"}, None),
    # a lone definite word joined by و between two names is a conjunct of its own (وتتهم كييف والغرب روسيا): the name
    # after it is the object (300 ANT articles with such a phrase after an event verb: 1 event changed, right)
    ("AL-economy-917-20180629", "وتتهم كييف والغرب روسيا", "ACCUSE", {"Kyiv"}, {"Russia"}, None),
    # the place after a direction word is where, not who (سورية تهدد شمال إسرائيل، احتلال يهدد باقي أرجاء شمال سوريا)
    ("BB-middleEast-481-20180509", "تهدد شمال إسرائيل", "THREATEN", None, None, {"Syria"}),
    ("SK-middleEast-401-20180319", "يهدد باقي أرجاء شمال سوريا", "THREATEN", {"Turkey"}, None, None),
    # an accusing verb with an object pronoun and its subject after it (بعد أن اتهمه دبلوماسي سابق، غولن الذي تتهمه
    # أنقرة، يتهمه معارضوه): the pronoun -- the relative pronoun's named antecedent, else the person named before --
    # is accused, and no name before the verb accuses (300 ANT articles with such a verb: about 50 events changed,
    # about 35 better, 8 worse)
    ("BB-internationalNews-1089-20180912", "اتهمه دبلوماسي", "ACCUSE", None, {"Pope Francis"}, None),
    ("SK-internationalNews-989-20180418", "تتهمه أنقرة", "ACCUSE", {"TUR"}, {"Fethullah Gulen"}, None),
    ("FR-middleEast-682-20180624", "يتهمه معارضوه", "ACCUSE", None, {"Recep Tayyip Erdogan"}, None),
    # the pronoun on a release noun (قررت المحكمة إطلاق سراحه، قبل أن يتم الإفراج عنها) is who is set free, not who
    # releases (300 ANT articles with such a noun: about 60 events changed, nearly all better, 5 worse)
    ("CN-internationalNews-692-20181012", "قررت المحكمة إطلاق سراحه", "RETREAT", None, {"Andrew Brunson"}, None),
    ("FR-culture-122-20180731", "يتم الإفراج عنها", "RETREAT", None, {"Darin Tator"}, None),
    ("SK-internationalNews-1194-20180426", "ساعات من الإفراج عنه", "RETREAT", None, {"Akin Atalay"}, None),
    ("FR-internationalNews-577-20180406", "إثر إطلاق سراحه", "RETREAT", None, {"Carles Puigdemont"}, None),
    # أطلق سراح + a name with nothing between: the passive أُطلق, the name is who was set free (وأطلق سراح
    # سكريبال في اطار أكبر صفقة; 300 ANT articles with أطلق سراح: 13 events changed, every target better)
    ("BB-internationalNews-106-20180306", "وأطلق سراح سكريبال", "RETREAT", None, {"Sergei Skripal"}, None),
    ("CN-middleEast-121-20180227", "أطلق سراح مسلم", "RETREAT", None, {"Saleh Muslim"}, None),
    ("CN-internationalNews-727-20181018", "وأطلق سراح برونسون", "RETREAT", None, {"Andrew Brunson"}, None),
    # who faces or draws criticism named with an aside between two commas receives it (واجه وزير المالية الأمريكي،
    # ستيف منوتشين، انتقادات حادة من وزراء مالية مجموعة السبع; 300 ANT articles with such a phrase: 24 events
    # changed, 22 better, one worse)
    ("BB-economy-155-20180603", "انتقادات حادة من وزراء", "ACCUSE", None, {"Steve Mnuchin"}, None),
    ("SK-economy-619-20180522", "انتقادات دولية واسعة", "ACCUSE", None, {"Nicolas Maduro"}, None),
    ("SK-internationalNews-803-20180405", "لانتقادات، الخميس", "ACCUSE", None, {"Shinzo Abe"}, None),
    ("BB-internationalNews-20-20180215", "اتهامات عديدة تتعلق", "ACCUSE", None, {"Jacob Zuma"}, None),
    # a strike or a sanction of a nationality is its state's even where the article names that state nowhere else
    # (مقتل ... في غارة أمريكية، في ظل عقوبات أميركية وعربية جديدة على حزب الله; 300 ANT articles with such a phrase:
    # 11 events changed, 10 better and one as wrong as before; 900 random: none)
    ("BB-internationalNews-658-20180616", "في غارة أمريكية", "ASSAULT", {"United States"}, None, None),
    ("AL-internationalNews-1280-20180522", "عقوبات أميركية وعربية", "SANCTION", {"United States"}, {"Hezbollah"}, None),
    ("CN-economy-321-20180912", "عقوبات أمريكية على قطاعها", "SANCTION", {"United States"}, {"Iran"}, None),
    # واتهم X بشن ... after a comma or opening a sentence: X alone before the charge is the accused (the three-letter
    # بشن was not read as a charge; 300 ANT articles with اتهم / طالب ... بشن: 4 events changed, all better)
    ("SK-internationalNews-1580-20180514", "واتهمت بريطانيا بشن حملة", "ACCUSE", {"RUS"}, {"United Kingdom"}, None),
    ("FR-middleEast-289-20180415", "واتهم النظام السوري بشن", "ACCUSE", None, {"Syria"}, None),
    # قصف before an indefinite nationality adjective is the bombardment and its author, not "he bombed" (أسفر قصف
    # إسرائيلي مكثف، اثر قصف إسرائيلي استهدف; 300 ANT articles with such a phrase: 15 events changed, 13 better, one
    # as wrong as before, one lost; the detector refitted, GSR tune unchanged)
    ("SK-middleEast-3018-20180720", "أسفر قصف إسرائيلي", "ASSAULT", {"Israel"}, None, None),
    ("SK-middleEast-961-20180412", "اثر قصف إسرائيلي", "ASSAULT", {"Israel"}, None, None),
    ("SK-middleEast-1355-20180430", "لقصف إسرائيلي", "ASSAULT", {"Israel"}, None, None),
    # a town no government sits in is no party to a meeting other than a visit: it is where the meeting is held
    # (ثم سيتوجه أمير قطر إلى مدينة ميامي، حيث سيلتقي مع عدد من المسؤولين؛ 800 random ANT articles: 9 such targets of
    # meetings, 8 wrong; 300 ANT articles with a meeting word: 14 changed, all a wrong target gone; 900 random: 11, all)
    ("CN-middleEast-497-20180406", "حيث سيلتقي مع عدد", "CONSULT", None, None, {"Miami"}),
    # (nor is it refused, agreed with, supported or apologised to: ورفض الحوثيون علاجها after فتاة من البيضاء; 600
    # random ANT articles: 14 such targets of these types, all wrong; 900 random: 23 changed, all a wrong target gone;
    # record gold unchanged -- charges and requests keep theirs: ندد بإطلاق صواريخ من قطاع غزة has the Gaza Strip for a
    # side)
    ("AL-internationalNews-670-20180328", "ورفض الحوثيون علاجها", "REJECT", None, None, {"Al Bayda"}),
    # the names joined by و after a verb that holds a meeting (تعقد السعودية والأردن والإمارات والكويت الأحد المقبل
    # اجتماعا، وتجري الولايات المتحدة والمكسيك وكندا مفاوضات) all meet, the first as its source (300 ANT articles with
    # such a clause: 5 events changed, all better; 900 random: none)
    ("FR-internationalNews-1719-20180609", "تعقد السعودية والأردن والإمارات", "CONSULT", {"Saudi Arabia"},
     {"Jordan", "United Arab Emirates", "Kuwait"}, None),
    ("SK-internationalNews-2839-20180801", "وتجري الولايات المتحدة والمكسيك وكندا", "CONSULT", {"United States"},
     {"Mexico", "Canada"}, None),
    # a verb of suffering losses right before the name (وتكبدت ميليشيات الحوثي خسائر فادحة في معركة، ومنيت الميليشيات
    # المتمردة بخسائر كارثية في ... القتال): the name suffered the attack (600 ANT articles with such a verb: 2 events
    # changed, both now right; 900 random: none)
    ("SK-middleEast-2702-20180702", "وتكبدت ميليشيات الحوثي خسائر", "ASSAULT", None, {"Houthis"}, None),
    # who backs an attack and whom it backs attack together (ويخوض الجيش اليمني، بإسناد من التحالف العربي، معارك؛ وشنّ
    # الجيش وبإسناد من التحالف، هجوماً): neither is its target, and the backed body acts with its backer (600 ANT
    # articles with بدعم من / بإسناد / بمساندة: ~60 events changed, nearly all better; 900 random: 2, a wrong target
    # gone)
    ("AL-internationalNews-479-20180315", "ويخوض الجيش اليمني، بإسناد", "ASSAULT", {"Armed Forces of Yemen"}, None,
     {"Armed Forces of Yemen"}),
    ("SK-middleEast-3410-20180815", "وشنّ الجيش وبإسناد من التحالف", "ASSAULT", {"Armed Forces of Yemen"}, None,
     {"Armed Forces of Yemen"}),
    # a sentence opened by لكنه / لكنها takes up the subject of the sentence before, the speaker of what it reports
    # (كشف العبادي أن بغداد مستعدة ... لكنه طالب تركيا؛ 300 ANT articles with such a sentence: 6 events changed, 5
    # better); a refusal before a complementiser does not make the request after it the refused one (لكنه رفض المزاعم
    # موضحا بأنه دعا فقط لمحادثات السلام: he called for the talks)
    ("SK-middleEast-2281-20180610", "لكنه طالب تركيا", "REQUEST", {"Haider al-Abadi"}, {"Turkey"}, None),
    ("SK-middleEast-2281-20180610", "واتهم الساسة الأتراك", "ACCUSE", {"Haider al-Abadi"}, {"Turkey"}, None),
    ("BB-internationalNews-869-20180725", "بأنه دعا فقط", "REQUEST", {"Imran Khan"}, None, None),
    # an unnamed definite plural of bodies or people right after a verb that agrees with it, first verb of its
    # sentence (اتهمت القوى الغربية روسيا، رفضت الدول الغربية المقترح الروسي، ويطالب النواب كذلك البرلمان) is the
    # subject: the name after it is the object (600 ANT articles with such a phrase: 6 events changed, 5 better)
    ("BB-middleEast-364-20180417", "اتهمت القوى الغربية روسيا", "ACCUSE", None, {"Russia"}, None),
    # على أيدي after a count with its hedge (وقتل ما لا يقل عن 120 فلسطينيا على أيدي القوات الإسرائيلية) names the
    # attacker (300 ANT articles with such a phrase: 4 events changed, all the forces now the source; 900 random: none)
    ("FR-middleEast-571-20180603", "وقتل ما لا يقل عن 120 فلسطينيا", "ASSAULT", {"Israel Defense Forces"},
     {"Palestine"}, None),
    # the subject named before لن + a form of قبل (قال صالحي إن إيران لن تقبل، أكد متحدث باسم بوتين أن بلاده لن تقبل)
    # refuses, not the speaker: the verb is the phrase's head (300 ANT articles with the phrase: ~25 events changed,
    # ~20 the state or body now the source; 900 random: none)
    ("FR-internationalNews-1651-20180605", "إن إيران لن تقبل", "REJECT", {"Iran"}, None, None),
    ("BB-internationalNews-155-20180315", "أن بلاده لن تقبل", "REJECT", {"Russia"}, None, None),
    # (and the body or the nationality inside the group is the source: ندد العديد من نواب الحزب الجمهوري، وطالب كثير
    # من الفرنسيين)
    ("FR-internationalNews-1035-20180501", "ندد العديد من نواب الحزب الجمهوري", "ACCUSE", {"Republican Party (US)"},
     None, None),
    ("BB-culture-12-20180209", "وطالب كثير من الفرنسيين", "REQUEST", {"France"}, None, None),
    # الأخير / الأخيرة as a noun, "the latter" (لكن الأخير اتهم، أن الأخيرة رفضت، إذ يرفض الأخير) is the latest actor
    # of its gender named in its sentence or the one before (250 ANT articles with such a use: about 20 events
    # changed, most a side now right; 900 random: 4 changed)
    ("FR-economy-61-20180622", "لكن الأخير اتهم الاتحاد الأوروبي", "ACCUSE", {"Donald Trump"}, {"European Union"}, None),
    ("SK-internationalNews-268-20180312", "استقال الأخير الذي كان", "RETREAT", {"Nobuhisa Sagawa"}, None, None),
    ("AL-internationalNews-1557-20180610", "أن الأخيرة رفضت مساعدة", "REJECT", {"Malta"}, None, None),
    ("SK-middleEast-3682-20181001", "إذ يرفض الأخير تبعية", "REJECT", {"Mohamed Abdulazim al-Hothy"}, None, None),
    # a number of a country's people named by a noun and its nationality adjective (يقتل انتحاري ثلاثة جنود ليبيين،
    # وقتل خمسة جنود مصريين) is counted like 60 فلسطينيا: they suffered the attack, the country did not make it (500
    # ANT and SaudiNewsNet articles with such a phrase: 5 events changed, 4 better; 2 other wrong-sided events of the
    # same sentences, merged into them before, now stand apart)
    ("SNN-0bafb2b9d980f8b9", "يقتل انتحاري ثلاثة جنود ليبيين", "ASSAULT", None, {"Libya"}, None),
    # a name, a relative clause on it with no commas, then the verb (نافالني الذي حرم من الترشيح ... اتهم الكرملين،
    # يوسف الشاهد الذي عينه السبسي في 2016 قد اتهم): the name is the verb's subject, not a name inside the relative
    # clause or the first after the verb (200 ANT articles with such a clause: 6 events changed, 5 better, 1 wrong
    # either way; 500 more: none changed)
    ("FR-internationalNews-1115-20180507", "اتهم الكرملين بتلفيقها", "ACCUSE", {"Alexei Navalny"}, {"Kremlin"}, None),
    ("SK-middleEast-2917-20180715", "الذي عينه السبسي في 2016 قد اتهم", "ACCUSE", {"Youssef Chahed"}, None, None),
    # a name after but (لكن، ولكن) right before its verb is its subject, not its object (150 ANT articles with such a
    # clause: 4 events changed, all better; 250 more and 150 SaudiNewsNet: none changed)
    ("SK-internationalNews-926-20180413", "لكن موسكو اتهمت", "ACCUSE", {"Moscow"}, {"London"}, None),
    ("BB-internationalNews-1042-20180826", "لكن ماكين انتقد", "ACCUSE", None, {"Bush"}, None),
    ("SK-middleEast-3281-20180808", "نقلت قتلاها", "ASSAULT", None, {"Houthis"}, None),
    # a missile and the verb that fired it, its pronoun back on the missile (صواريخ أطلقتها ميليشيات الحوثي على): the
    # launcher is named after the verb, the target after على (150 articles with a missile before أطلق: 26 events
    # changed, 12 found or given their launcher, 2 with a wrong side; the passive صاروخ أُطلق من غزة stays out)
    ("SK-middleEast-573-20180326", "سبعة صواريخ أطلقتها", "ASSAULT", {"Houthis"}, {"Saudi Arabia"}, None),
    ("SK-middleEast-1851-20180521", "لصاروخ أطلقته مليشيات", "ASSAULT", {"Houthis"}, None, None),
    # a lone given name after an honorific (وكشف الشيخ خالد، ولفت الأمير خالد) is the one person of the article named in
    # full with that first name (200 ANT articles with such a name: 10 events and 8 quotations changed, all better)
    ("CN-middleEast-1387-20180930", "وكشف الشيخ خالد أن لقاءه", "CONSULT", {"Khalid bin Ahmed Al Khalifa"}, None, None),
    ("CN-middleEast-413-20180329", "ولفت الأمير خالد إلى", "AID", {"Khalid bin Salman"}, None, None),
    # a people in the plural right after an act's noun is its genitive, not the adjective naming its author (مقتل
    # فلسطينيين: 200 ANT articles with such a plural after an attack or arrest noun, 10 events changed, 8 better,
    # 2 as bad)
    ("FR-middleEast-6-20180218", "مقتل فلسطينيين اثنين جراء", "ASSAULT", None, {"Palestine"}, None),
    ("FR-internationalNews-2660-20180810", "مقتل فلسطينيين اثنين وإصابة", "ASSAULT", None, {"Palestine"}, None),
    # a count of a group's members a hedge opens (وقتل ما لا يقل عن 17 عنصرا من قوات الأمن التركية) were killed, as a bare
    # count's are (300 SaudiNewsNet articles with such hedges: 6 events changed, all better; 300 ANT: none)
    ("SNN-95128818f2bc93ab", "وقتل ما لا يقل عن 17 عنصرا", "ASSAULT", None, {"Security Forces of Turkey"}, None),
    # أصيب is only ever the passive (its active is أصاب): whoever it names was hurt, not the attacker -- and who reports
    # it is neither (300 ANT articles with أصيب: 3 events changed, 2 better, 1 as good; 900 random: see the commit)
    ("JA-internationalNews-476-20150421", "أبو بكر البغدادي أصيب بجروح", "ASSAULT", None, {"Abu Bakr al-Baghdadi"}, None),
    ("SK-middleEast-2041-20180530", "وأصيب 3 جنود إسرائيليين بجروح", "ASSAULT", None, {"Israel"}, None),
    # a masculine verb right before a body or a state that takes a feminine verb (وانتقد السلطة الفلسطينية، اتهم إيران)
    # does not agree with it: the name is the object (not after a past form written like its masdar: رفض بغداد; 300
    # ANT articles with such a verb after a comma or حين / عندما: 5 events changed, all better; 900 random: 5, 4 better)
    ("FR-middleEast-546-20180529", "وكان قد اتهم إيران وحزب الله", "ACCUSE", None, {"Iran"}, None),
    ("BB-middleEast-220-20180320", "وانتقد السلطة الفلسطينية لأنها", "ACCUSE", None, {"Palestinian Authority"}, None),
    # an attack noun's genitive body attacks (قصف قوات النظام), but the owner of the building struck, named after it,
    # suffers it (قصف مبنى البنك المركزي; 250 ANT articles with such buildings: 4 events changed, 2 better, 2 as good)
    ("SK-middleEast-1390-20180502", "جددت الطائرات قصف مبنى البنك", "ASSAULT", None, {"Central Bank of Yemen"}, None),
    # an unnamed office holder right after the verb (دعا الرئيس، وطالب المبعوث الأممي، اتهم المفوض الأعلى لحقوق
    # الإنسان) is its subject, so the definite name after him is the object, not the subject (107 ANT articles with
    # such a title after a verb of demand or charge: 2 events changed; 900 random: none)
    ("SK-internationalNews-2170-20180616", "كما دعا الرئيس الحركة المتمردة", "REQUEST", None, {"Taliban"}, None),
    # a title of up to six words before the name (وزير الأوقاف والشؤون الدينية الفلسطينية يوسف ادعيس، نائبة رئيس الوزراء
    # ووزيرة خارجية كرواتيا فيسنا بوسيتش) is the name's: the name is the verb's subject, the next name its object (250
    # political ANT articles with such titles: 4 events changed, all better; 900 random: 1, better)
    ("SNN-b244521c31983816", "واتهم وزير الاوقاف", "ACCUSE", {"Youssef Adis"}, {"Israel"}, None),
    ("SNN-58fca82e2b647b9e", "خلال مباحثاته مع نائبة", "CONSULT", None, {"Visna Bucić"}, None),
    # a verb after قبل أن / بعد أن with no subject of its own goes on with the clause's subject, not with the object
    # named after it (وطالبت واشنطن أنقرة بإطلاق سراحه قبل أن تفرض عقوبات; 300 political ANT articles with such a
    # clause: no other event changed -- two bare names in a row before it are rare)
    ("SK-internationalNews-2989-20180814", "قبل أن تفرض عقوبات", "SANCTION", {"Washington"}, None, None),
    # a monitoring group named around an attack counts its dead: it is never guessed as the attack's target (300 ANT
    # articles naming the Syrian Observatory, Human Rights Watch, Amnesty or the Red Cross/Crescent: 15 attacks lost
    # it as their target, every one wrong -- about half now with a right target from the paragraph, the others
    # with another guess or none; 600 random ANT + 300 SaudiNewsNet: 2 changed, the same way)
    ("SK-middleEast-2685-20180630", "غاراتها", "ASSAULT", None, None, {"Syrian Observatory for Human Rights"}),
    ("FR-middleEast-115-20180307", "يتخللها قصف جوي وصاروخي", "ASSAULT", None, None, {"Syrian Observatory for Human Rights"}),
    # a relative clause with a doing verb right after a noun trigger names its doer (الزيارة التي يقوم بها ولي العهد،
    # الانتهاكات التي تمارسها ميليشيات الحوثي: the accused of a noun of wrongdoing); who condemns it is no side of it
    # (300 ANT articles with such a clause: 2 events changed, both right; 600 random ANT + 300 SaudiNewsNet: none)
    ("FR-internationalNews-642-20180409", "الزيارة التي يقوم بها ولي العهد", "CONSULT", {"Mohammed bin Salman"}, None, None),
    ("SK-middleEast-2597-20180626", "الانتهاكات التي تمارسها ميليشيات", "ACCUSE", None, {"Houthis"}, None),
    ("FR-middleEast-286-20180415", "الضربات الجوية التي شنتها", "ASSAULT", {"United States", "France", "United Kingdom"},
     {"Syria"}, None),
    # a masculine verb before a woman named by her title (إذ حذر المستشارة أنجيلا ميركل، حيث التقى الملكة إليزابيث) has her
    # as its object; its subject is dropped or before it (200 ANT articles with such a verb and title: 4 events
    # changed, all to the right sides)
    ("FR-middleEast-585-20180605", "إذ حذر المستشارة", "THREATEN", {"Benjamin Netanyahu"}, {"Angela Merkel"}, None),
    ("SK-middleEast-403-20180319", "حيث التقى الملكة إليزابيث", "CONSULT", {"Mohammed bin Salman"},
     {"Queen Elizabeth II"}, None),
    # a feminine attack verb before a man named by what he is (استهدفت الطفل سلطان حميد) has him as its object, not its
    # subject (300 ANT articles with such a verb and noun: this event changed)
    ("AL-internationalNews-369-20180306", "استهدفت الطفل سلطان", "ASSAULT", None, {"Sultan Amed Said Mohamed"}, None),
    # unnamed nationals after على يد / على أيدي (قتل على يد سعوديين، على أيدي 15 سعوديا) stand for their country, when
    # the article names it (400 ANT articles with على يد: 2 events changed, both given the right attacker)
    ("BB-middleEast-1126-20181019", "قتل على يد سعوديين", "ASSAULT", {"Saudi Arabia"}, {"Jamal Khashoggi"}, None),
    # كان + an unnamed noun + قد + the verb (وكانت السلطات قد اعتقلت الزفزافي): the name after the verb is its object, not
    # its subject (300 ANT articles with كان ... قد: this event changed)
    ("JA-internationalNews-1013-20170601", "وكانت السلطات قد اعتقلت الزفزافي", "COERCE", None, {"Nasser Zefzafi"}, None),
    # the one blamed inside the phrase (أنه يحمّل حركة حماس مسؤولية تفجير موكب رئيس الحكومة، رامي الحمد الله) is its
    # object, not the name after it (300 ANT articles with أنه يحمل: this one changed)
    ("AL-internationalNews-538-20180319", "أنه يحمّل حركة حماس مسؤولية", "ACCUSE", {"Mahmoud Abbas"}, {"Hamas"},
     {"Rami Hamdallah"}),
    # who suffers the losses (تكبدت ميليشيات الحوثي عشرات القتلى، منيت بخسائر) is attacked, not the attacker: 300 ANT
    # articles with such a verb before a casualty noun, 3 events changed, all better
    ("AL-internationalNews-955-20180503", "ميليشيات الحوثي تكبدت خلال الساعات", "ASSAULT", None, {"Houthis"}, None),
    ("AL-internationalNews-1528-20180609", "فإن الميليشيات تكبدت عشرات القتلى", "ASSAULT", None, {"Houthis"}, None),
    ("SK-middleEast-1179-20180422", "أفادت مصادر عسكرية يمنية بمقتل أكثر من 9 مسلحين", "ASSAULT", {"Saudi-led Coalition"},
     None, {"Yemen"}),
    # who speaks next in the sentence (...، وقالت المتحدثة ... هيذر ناويرت، إن) is no guessed object of the act before
    ("BB-middleEast-868-20180810", "كما دعت الولايات المتحدة أيضا إلى إجراء تحقيق", "REQUEST", {"United States"}, None,
     {"Heather Nauert"}),
    # what talks are about (محادثات حول سوريا، مشاورات جنيف حول اليمن) is not who they are held with
    ("AL-internationalNews-493-20180316", "في أعقاب محادثات حول سوريا مع نظيريه", "CONSULT", {"Sergey Lavrov"}, None, {"Syria"}),
    ("CN-middleEast-1328-20180909", "مشاورات جنيف حول اليمن", "CONSULT", None, None, {"Yemen"}),
    # the patron named after a side (المدعومة من إيران; الموالية لإيران after a named side) is no side of the act (250
    # ANT articles with such phrases: about 40 sides gone, most of them wrong); unnamed forces loyal to X (القوات الموالية
    # للحكومة السورية) stay X's side
    ("SK-middleEast-2980-20180719", "المجزرة التي ارتكبتها المليشيات الحوثية الموالية لإيران", "ASSAULT", {"Houthis"}, None,
     {"Iran"}),
    # the masdar of an expulsion with a count before the diplomats (وقامت بريطانيا بطرد 23 دبلوماسيا روسيا، أمر ترمب بطرد
    # 60 دبلوماسيا; 400 ANT articles with طرد: 8 such expulsions gained)
    ("FR-internationalNews-544-20180321", "وقامت بريطانيا بطرد 23 دبلوماسيا", "SANCTION", {"United Kingdom"}, {"Russia"}, None),
    ("AL-internationalNews-671-20180328", "بطرد 60 دبلوماسيا روسيا", "SANCTION", None, {"Russia"}, None),
    # supporters act for their side (تظاهر أنصار حزب العمال الكردستاني: the party's side protests)
    ("SNN-c9b7f487f302bbf8", "تظاهر أنصار حزب العمال الكردستاني", "PROTEST", {"PKK"}, None, None),
    # a participle after words quoted in its sentence (وأضاف في تصريحات صحفية أن ... "بتروفاك"، داعيا) is the quoted
    # speaker's act, whoever the words name (400 ANT articles with such a participle: 7 events changed, 5 better)
    ("JA-economy-322-20160920", "داعيا", "REQUEST", {"Mohamed al-Trabelsi"}, None, None),
    ("FR-middleEast-277-20180414", "منددا", "ACCUSE", {"Ministry of Foreign Affairs of Iran"}, None, None),
    # a state or a town named after في is where someone was arrested, not who was (تم توقيفه في الولايات المتحدة، كما
    # اعتقلت ألمانيا دبلوماسيا إيرانيا ... في فرنسا; 400 ANT articles with such a phrase: 20 such targets gone)
    ("SK-internationalNews-140-20180225", "تم توقيفه في الولايات المتحدة", "COERCE", None, None, {"United States", "USA"}),
    ("SK-internationalNews-2677-20180716", "مارييا بوتينا اعتقلت في واشنطن", "COERCE", None, None, {"Washington"}),
    # a masculine call participle with no comma before it (واختتم الملك سلمان الرسالة داعيا ماكرون) is the sentence
    # subject's call, as after a comma -- not after reported words or a second clause (400 ANT articles with such a
    # participle: 11 events changed, 8 better, 2 new ones with a place for a target)
    ("FR-middleEast-566-20180602", "الرسالة داعيا ماكرون", "REQUEST", {"King Salman"}, {"Emmanuel Macron"}, None),
    ("FR-internationalNews-583-20180406", "داعيا المتظاهرين", "REQUEST", {"White House"}, None, None),
    ("SK-sport-2196-20180715", "داعيا إلى دعم قضيته", "REQUEST", {"Diego Maradona"}, None, None),
    # a verb opening its sentence with no subject carries the subject of the sentence before when the last one named
    # was that sentence's object (لكن مندلبليت أشاد بعمل الشرطة ... وأدان محاولات; 400 articles with such
    # sentences: 9 events changed, 4 better, 1 worse)
    ("FR-middleEast-10-20180216", "وأدان محاولات", "ACCUSE", {"Avichay Mendelplet"}, None, None),
    ("CN-middleEast-126-20180228", "ورفض المقارنة بينه", "REJECT", {"Mohammed bin Salman"}, None, None),
    # a name right after a stance verb in construct with what the stance is on (وشجب قرار الولايات المتحدة، رفضت طلب
    # الحزب، ورفضت تصريحات ماي، واستنكرت ممارسات الحوثيين) is the object's owner, not the subject (300 ANT articles
    # with such a phrase: about 17 events changed, about 13 better, none worse)
    ("FR-internationalNews-1272-20180516", "وشجب قرار الولايات المتحدة", "ACCUSE", {"Arab League"}, {"United States"}, None),
    ("BB-middleEast-1052-20181002", "رفضت طلب الحزب", "REJECT", {"Parliament of Iraq"}, {"Kurdistan Democratic Party"}, None),
    ("AL-internationalNews-457-20180313", "ورفضت تصريحات ماي", "REJECT", {"Moscow"}, {"Theresa May"}, None),
    ("AL-internationalNews-1665-20180617", "واستنكرت ممارسات", "ACCUSE", None, {"Houthis"}, None),
    # condemning a thing with nobody named in its clause (يندد بالتطور السريع في البنية التحتية، وندد بالمحاكمة) guesses
    # no side from the paragraph (300 ANT articles with ندد ب: 5 guessed targets gone, all wrong)
    ("AL-internationalNews-434-20180312", "وهو يندد بالتطور السريع", "ACCUSE", None, None, {"Ragin"}),
    ("BB-internationalNews-448-20180501", "وندد بالمحاكمة", "ACCUSE", None, None, {"Alinoy"}),
    # a dropped subject is not a name with ل / ب glued to it (مقتدى الصدر، وهو مناهض للولايات المتحدة ويعارض): the last one
    # named without (600 random ANT and SaudiNewsNet articles: 3 events changed, 2 better, none worse)
    ("FR-middleEast-615-20180611", "ويعارض أيضا النفوذ", "REJECT", {"Muqtada al-Sadr"}, None, None),
    # who is put under an investigation, a trial or sanctions (ويخضع نجيب للتحقيق، كانت سارة نتانياهو تخضع للتحقيق، المحاكمة
    # التي خضع لها، يخضع لعقوبات) receives it (300 ANT articles with خضع + ل: 9 events changed, about 8 better)
    ("BB-internationalNews-569-20180525", "ويخضع نجيب", "ACCUSE", None, {"Najib Razak"}, None),
    ("FR-middleEast-92-20180302", "وفي الوقت نفسه كانت سارة نتانياهو", "ACCUSE", None, {"Sarah Netanyahu"}, None),
    # who meets with or obtains praise, criticism or support (لقي القانون إشادة، ولقيت خطوة إنيستا انتقادات، نال برينتشيك
    # التأييد) receives it; who gives it follows من / من جانب / من قبل
    ("SK-internationalNews-1554-20180513", "نال برينتشيك التأييد", "SUPPORT", None, {"Dogo Brencek"}, None),
    ("SK-sport-794-20180421", "ولقيت خطوة إنيستا انتقادات", "ACCUSE", None, {"Andres Ansta"}, None),
    ("SK-middleEast-2696-20180702", "ولقي القانون إشادة من جانب", "SUPPORT", {"Benjamin Netanyahu"}, None, None),
    # a bare accusing verb right before its charge is the passive (ويتهم بأن له صلة، ولا يزال آبي يتهم بـ): the name
    # before it is the accused
    ("BB-internationalNews-967-20180813", "ويتهم بأن له صلة", "ACCUSE", None, {"Andrew Brunson"}, None),
    ("BB-internationalNews-607-20180604", "ولا يزال آبي يتهم", "ACCUSE", None, {"Shinzo Abe"}, None),
    # the statement as subject with a definite object after it (ودعا البيان المجتمع الدولي): its issuer asks; a
    # definite noun after البيان is no genitive naming another issuer (only an adjective may be: البيان التركي)
    ("AL-internationalNews-866-20180410", "ودعا البيان المج", "REQUEST", {"Turkey"}, None, None),
    ("SK-middleEast-3511-20180903", "ودعا البيان الل", "REQUEST", {"Ministry of Foreign Affairs of Egypt"}, None, None),
    # a definite title with no name (أخي سمو ولي العهد) stands for the person named before right after the same
    # title words
    ("BB-middleEast-728-20180713", "تشرفت بالاجتماع مع أخي", "CONSULT", None, {"Mohammed bin Salman"}, None),
    # a fronted time phrase past an opener (وفي تصريح للصحافيين قبيل اجتماعه مع ...، كرر ترمب): the masdar's
    # pronoun is the main clause's subject after the comma
    ("AL-internationalNews-1281-20180522", "وفي تصريح للصحافيين قبيل اجتماعه", "CONSULT", {"Donald Trump"}, None, None),
    # a meeting noun with its owner's pronoun (لقائه، لقائها: the hamza on its seat before the pronoun) takes its
    # partner as a direct object: the owner meets the person named right after it
    ("SK-middleEast-1788-20180518", "خلال لقائه نظيره السوري", "CONSULT", {"Vladimir Putin"}, {"Bashar al-Assad"}, None),
    ("FR-internationalNews-2753-20180817", "بعد لقائه زعيم كوريا الشمالية", "CONSULT", {"Donald Trump"}, {"Kim Jong-un"}, None),
    ("BB-internationalNews-615-20180606", "وقالت ماي خلال لقائها", "CONSULT", {"Theresa May"}, {"Benjamin Netanyahu"}, None),
    # the name last before a verb with an object pronoun is who the pronoun stands for, not the guessed subject
    # (ووصف تيلرسون الاتحاد الإفريقي ... ودعاها؛ وبخ ماكين الرئيس ترامب واتهمه)
    ("FR-internationalNews-323-20180308", "ودعاها إلى", "REQUEST", {"Rex Tillerson"}, None, None),
    ("SK-internationalNews-1345-20180504", "واتهمه في كتاب جديد", "ACCUSE", None, {"Donald Trump"}, None),
    # a place a حيث clause then describes, or a country one travels to, is not who acts in the clause (قادمة من
    # عمان، حيث تباحثت; وصل أردوغان إلى العاصمة الألمانية برلين ... في مستهل زيارة)
    ("FR-middleEast-659-20180622", "قادمة من عمان، حيث", "CONSULT", {"Angela Merkel"}, {"King Abdullah II"}, None),
    ("BB-middleEast-1015-20180928", "في مستهل زيارة", "CONSULT", {"Recep Tayyip Erdogan"}, None, None),
    # a noun of two right before a dual verb (الرجلين اجتمعا، الزعيمين أجريا محادثات، يلتقي اليوم الرجلان) is its
    # subject: the two sides named before, over what the clause rules guessed
    ("SK-middleEast-2073-20180601", "وذكر البيان أن الرجلين اجتمعا", "CONSULT", {"Avigdor Lieberman", "Sergei Shoigu"}, None, None),
    ("FR-internationalNews-1457-20180526", "أن الزعيمين أجريا محادثات", "CONSULT", {"Kim Jong-un", "Moon Jae-in"}, None, None),
    ("SK-internationalNews-929-20180413", "وتعهد الرجلان", "AGREE", {"Alexis Tsipras", "Binali Yildirim"}, None, None),
    # an obligation with its bearer first (أن X عليها أن): asked of X by who says it; a modal before عليها keeps
    # its own reading
    ("AL-internationalNews-249-20180227", "وكرر البيت الأبيض أن بيونغ يانغ عليها", "REQUEST", {"White House"}, {"Pyongyang"}, None),
    ("BB-middleEast-1011-20180928", "أوضحت أن إيران عليها أن تفهم", "REQUEST", {"Mike Pompeo"}, {"Iran"}, None),
    ("JA-internationalNews-939-20170508", "أنه كان ينبغي عليها أن تركز", "REQUEST", None, None, None),
    # a person launching an "attack" (شن هجوما): in words, whether the person is named after a title, before the
    # verb, or after it
    ("AL-internationalNews-1448-20180603", "وكان دوتيرتي شن في غمرة الأزمة", "ACCUSE", {"Rodrigo Duterte"}, {"Kuwait"}, None),
    ("CN-middleEast-884-20180511", "شن خطيب جمعة طهران أحمد خاتمي", "ACCUSE", None, {"United States", "Israel"}, None),
    ("CN-middleEast-739-20180427", "العفاسي يشن مؤخرا هجوما", "ACCUSE", None, {"Muslim Brotherhood"}, None),
    # what a condemnation condemns as an attack on someone (استهداف موكب رئيس الوزراء، الهجمات التي استهدفت
    # السفارة الفرنسية): the attacked are no target of the charge; who is blamed in the sentence is
    ("AL-internationalNews-453-20180313", "أدانت الرئاسة الفلسطينية استهداف موكب", "ACCUSE", {"Presidency of Palestine"},
     {"Hamas"}, {"Rami Hamdallah"}),
    ("AL-internationalNews-322-20180303", "الهجمات الإرهابية الوحشية والجبانة التي استهدفت السفارة", "ACCUSE",
     {"UN Security Council"}, None, {"Embassy of France", "FRA"}),
    ("AL-internationalNews-622-20180326", "عن إدانتها واستنكارها للهجمات الصاروخية التي استهدفت", "ACCUSE", {"Kuwait"},
     None, {"Saudi Arabia", "SAU"}),
    # a speech verb right after unnamed plural bodies or people (وتتهم دول غربية، وانتقد محتجون): nobody named
    # speaks, the name after them is the object; one named by example (معارضون مثل نافالني) speaks
    ("SK-internationalNews-602-20180326", "وتتهم دول غربية موسكو", "ACCUSE", None, {"Moscow"}, None),
    ("BB-middleEast-740-20180716", "وانتقد محتجون حزب الدعوة", "ACCUSE", None, {"Dawa Party"}, None),
    ("FR-internationalNews-808-20180419", "وتتهم منظمات حقوقية دولية البحرين", "ACCUSE", None, {"Bahrain"}, None),
    ("SK-internationalNews-1390-20180505", "ويتهم معارضون مثل نافالني", "ACCUSE", {"Alexei Navalny"}, {"Vladimir Putin"}, None),
    # a verb right after an indefinite text (شكوى تتهم، بيانا يطالب، هتافات تطالب): the text says it, so the name
    # after the verb is its object; its issuer is the subject of the verb that adopted it, if named
    ("JA-internationalNews-194-20161224", "مشروع قرار يدين الاستيطان الإسرائيلي", "ACCUSE", None, {"Israel"}, None),
    ("BB-middleEast-103-20180227", "مشروع قرار دولي يتهم إيران", "ACCUSE", None, {"Iran"}, None),
    ("SK-internationalNews-3054-20180816", "هتافات تطالب ميركل بالرحيل", "REQUEST", None, {"Angela Merkel"}, None),
    ("FR-middleEast-480-20180515", "بيانا يطالب إسرائيل", "REQUEST", None, {"Israel"}, None),
    ("SNN-bde11e5437ba7bd3", "شعارات تتهم إردوغان", "ACCUSE", None, {"Recep Tayyip Erdogan"}, None),
    ("FR-internationalNews-1799-20180614", "صادقت الجمعية العامة للأمم المتحدة الأربعاء بأغلبية كبيرة على مشروع قرار يدين إسرائيل",
     "ACCUSE", {"UN General Assembly"}, {"Israel"}, None),
    # (a threat made in a relative clause by an actor after the verb stays: the danger rule leaves it)
    ("CN-middleEast-300-20180319", "التي يهدد الرئيس الأمريكي دونالد ترامب بإلغائها", "THREATEN", {"Donald Trump"}, None, None),
    # the body in the source person's title, right before the name, is his side, not his target (1,400 ANT articles:
    # 23 such targets gone, all wrong; a person or a place in the title stays: محامي دانيلز، مايكل آفيناتي)
    ("SK-middleEast-3417-20180815", "ورحب الأمين العام للأمم المتحدة", "SUPPORT", {"Antonio Guterres"}, None, {"United Nations"}),
    ("BB-internationalNews-180-20180318", "زعيم المعارضة الروسية", "ACCUSE", None, None, {"Opposition of Russia"}),
    ("JA-politic-393-20170427", "دعا أمين عام حزب البناء الوطني", "REQUEST", None, None, {"Party of National al-Banah"}),
    ("BB-internationalNews-559-20180524", "وأشاد بشجاعة موكلته", "SUPPORT", None, {"Stormy Daniels"}, None),
    # a state's own capital is no target of its bodies, whether the rules or the review chose it from a sentence
    # before (600 ANT articles: 17 such targets gone, all wrong; a meeting between two capitals keeps both)
    ("FR-middleEast-724-20180703", "وتحتجز السلطات العراقية 833 طفلا من 14", "COERCE", {"IRQ"}, None, {"Baghdad"}),
    ("SK-internationalNews-515-20180322", "أن قواته قتلت 13 شخصا", "ASSAULT", None, None, {"Manila"}),
    ("FR-internationalNews-21-20180219", "قمعت السلطات السودانية مظاهرات", "COERCE", None, None, {"Khartoum"}),
    ("AL-internationalNews-476-20180315", "تم استدعاء السفير الباكستاني لدى نيودلهي", "SANCTION", None, {"New Delhi"}, {"Islamabad"}),
    # a head's title with its nationality (الرئيس التركي، العاهل الأردني) is the person the knowledge base says held it that
    # day when the article names several of that country, not merely the last one named; a relative's or a deputy's
    # title (ابنة الرئيس التركي، نائب الرئيس الأمريكي) is someone else's (600 ANT articles: 11 sides and speakers
    # changed, 9 for the better)
    ("FR-internationalNews-1355-20180521", "الذي دُعي إلى حفل زفاف ابنة الرئيس التركي", "REQUEST", None, None, {"Recep Tayyip Erdogan"}),
    # a state's own body named by its nationality (الإدارة الأميركية، الدولة التركية) stands for the state when nothing
    # else in the article names it (300 ANT articles with such a phrase: 3 sides changed, all for the better)
    ("SK-middleEast-3575-20180908", "قطع الإدارة الأميركية لمساعداتها", "SANCTION", {"United States"}, None, None),
    ("SK-middleEast-626-20180328", "دعا ريس الإدارة الأميركية الحالية", "REQUEST", None, {"United States"}, {"Iran"}),
    # a new clause after a comma whose verb carries the object's pronoun, then a name (غولن، الذي يعيش في الولايات
    # المتحدة، وتتهمه أنقرة): the name accuses, the pronoun is the person named last before (300 ANT articles with
    # such a clause: 8 events changed, all to the right sides)
    ("SK-internationalNews-3458-20181013", "وتتهمه تركيا بتدبير", "ACCUSE", {"Turkey"}, {"Fethullah Gulen"}, {"Recep Tayyip Erdogan"}),
    ("CN-internationalNews-632-20181003", "وتتهمه الحكومة التركية", "ACCUSE", {"TUR"}, {"Fethullah Gulen"}, None),
    # one of a group's people (أحد قادة / موظفي / ضباط X) after the attack's subject or its noun was attacked; the group
    # is the target, not the attacker (300 ANT articles with such a phrase: 5 sides moved, all to the right side)
    ("SK-middleEast-2707-20180701", "وأسفرت الضربة الجوية عن قتل أحد ضباط", "ASSAULT", None, {"Armed Forces of Syria"}, None),
    ("SK-middleEast-1159-20180421", "مقتل أحد موظفي اللجنة", "ASSAULT", None, {"International Committee of the Red Cross"}, None),
    # بلاده in what a title-only speaker says (وقال الوزير، المسؤول التركي) is the speaker's country, not the
    # country of the last person named before (a counterpart met, a dateline's Dubai)
    ("CN-middleEast-343-20180323", "إن بلاده تسعى لمواصلة المحادثات", "CONSULT", {"TUR"}, None, None),
    # the Koreans named by their plural nationality and half (الكوريين الشماليين، الكوريون الشماليون) are North Korea, not
    # the KB's country of كوري (300 ANT articles with such a phrase: 19 sides moved from South to North Korea)
    ("FR-internationalNews-1750-20180611", "قبيل المحادثات مع الكوريين الشماليين", "CONSULT", None, {"North Korea"}, {"South Korea"}),
    ("BB-internationalNews-45-20180221", "من تخفيف الضغط على الكوريين الشماليين", "THREATEN", None, {"North Korea"}, {"South Korea"}),
    # a unit of a force named by من (واعتقلت قوة من الجيش اللبناني، وتدعم تركيا مجموعات من المعارضة السورية) stands for
    # it as a delegation does; with no name after it (وداهمت فرق من فرع مكافحة الإرهاب) nobody named before raided
    ("BB-middleEast-1001-20180912", "وتدعم تركيا مجموعات من المعارضة", "SUPPORT", {"Turkey"}, {"Opposition of Syria"}, None),
    # a definite body noun before the attack verb (أن الجماعة أطلقت ثمانية صواريخ) refers back to the group named
    # before; the rule for unnamed common-noun subjects leaves it alone
    ("FR-middleEast-368-20180428", "أن الجماعة أطلقت ثمانية صواريخ", "ASSAULT", {"Houthis"}, None, None),
    # بحري between an attack noun and its owner after ل (محاولة هجوم بحري لميليشيات الحوثي) is an attack adjective
    ("SK-middleEast-2679-20180630", "محاولة هجوم بحري", "ASSAULT", {"Houthis"}, None, None),
    # the speaker's own forces (إن ضربة جوية نفذتها طائراته الحربية استهدفت) and a pronoun complementiser (أنها قتلت)
    # keep the speaker as the attacker, beside the rule that a common noun before an attack verb is its own subject
    ("SK-internationalNews-2000-20180606", "إن ضربة جوية نفذتها طائراته", "ASSAULT", {"Armed Forces of Turkey"}, None, None),
    ("SK-internationalNews-1809-20180527", "أنها قتلت 6", "ASSAULT", {"Police of Pakistan"}, None, None),
    # the object pronoun on a charge before its ب (بعد اتهامه بمعاداة السامية، ضد اتهامه بالتجسس) is who is charged, not
    # the charge's author (150 ANT articles with such a masdar: 21 events changed, about 17 better, 2 worse; a court
    # or a prosecutor named there stays the author)
    ("AL-internationalNews-942-20180504", "بعد اتهامه بمعاداة السامية", "ACCUSE", None, {"Mahmoud Abbas"}, None),
    ("BB-internationalNews-699-20180627", "يجرم اتهامها بالتعاون مع النازية", "ACCUSE", None, {"POL"}, None),
    # a town a meeting is held in (في مدينة مكة المكرمة، في مدينة الرملة) is no party to it (300 random ANT articles: the
    # CONSULT events with a place named only after في as a side went from 15 of 175 to 11, the rest states)
    ("FR-internationalNews-1746-20180610", "اجتماعا في مدينة مكة المكرمة", "CONSULT", None, None, {"Mecca"}),
    ("BB-middleEast-470-20180508", "عزاريا استقبل باحتفال كبير", "CONSULT", None, None, {"al-Ramlah"}),
    # where a body sits (المرصد السوري لحقوق الإنسان، ومقره بريطانيا؛ منظمة هيومان رايتس ووتش، ومقرها نيويورك) is no side of
    # what it does or reports: 250 ANT articles with مقره / مقرها, such places were a side of 41 of 125 events in those
    # sentences, 2 after (one also named as a subject)
    ("BB-internationalNews-675-20180620", "وأدانت منظمة هيومان رايتس ووتش", "ACCUSE", {"Human Rights Watch"}, None,
     {"New York"}),
    # a dual nationality adjective (مقاتلتين قطريتين، سفينتين حربيتين أميركيتين) stands for its country like the singular
    # (250 ANT articles with such a word: 5 events changed, 3 better, 1 the same, 1 merged with the act told next)
    ("SK-internationalNews-1820-20180528", "احتجت الصين على وجود سفينتين", "PROTEST", {"CHN"}, {"USA"}, None),
    ("SK-middleEast-572-20180326", "وأدانت هيئة الطيران المدني الإماراتية", "ACCUSE", None, {"QAT"}, {"BHR"}),
    # every name joined by و right after a launching verb launches the attack noun after it (شنت الولايات المتحدة وفرنسا
    # وبريطانيا فجر السبت، ضربات جوية): 300 ANT articles with such a phrase, 9 attacks changed, 8 better, 1 wrong either way
    ("FR-middleEast-285-20180415", "شنت الولايات المتحدة وفرنسا وبريطانيا", "ASSAULT", {"USA", "FRA", "GBR"}, None,
     {"FRA"}),
    ("SK-middleEast-540-20180325", "شن التحالف وقوات الشرعية", "ASSAULT", {"Saudi-led Coalition", "YEM"}, None, None),
    # طالب opening a sentence is the verb (77 such sentences in political ANT articles, all verbs; it was read only
    # with و / ف or after a clause opener, for fear of طالب "student"): 150 ANT articles with one, 48 demands found
    ("BB-internationalNews-382-20180422", "طالب الرئيس الفرنسي إيمانويل ماكرون نظيره", "REQUEST", {"Emmanuel Macron"},
     {"Donald Trump"}, None),
    ("SK-internationalNews-784-20180404", "طالب الكرملين لندن", "REQUEST", {"Kremlin"}, {"GBR"}, None),
    ("AL-internationalNews-528-20180318", "طالب وزير الخارجية المصري سامح شكري", "REQUEST", {"Sameh Shoukry"}, {"QAT"},
     None),
    # a nationality adjective before الصنع / المنشأ tells where a weapon was made, no actor (صاروخ إيرانية الصنع، قنابل
    # بريطانية الصنع): 200 ANT articles with such a phrase, 5 events changed, the made-in country gone from all
    ("CN-middleEast-653-20180417", "ميليشيا الحوثي أطلقت 119 صاروخ", "ASSAULT", {"Houthis"}, None, {"IRN"}),
    ("FR-internationalNews-297-20180307", "بتنظيم احتجاج على الحرب", "PROTEST", None, None, {"GBR"}),
    # an unnamed subject after the verb, then a ب complement right before the name (ويطالب محتجون بإقالة الملقي،
    # ورفضت ما وصفته بتدخل أوتاوا): the name is the complement's genitive -- the target, not the subject (550 ANT
    # articles with such verbs: 7 events changed, 4 better, 1 worse)
    ("FR-middleEast-576-20180604", "ويطالب محتجون بإقالة الملقي", "REQUEST", None, {"JOR"}, None),
    ("BB-middleEast-847-20180806", "ورفضت ما وصفته بتدخل أوتاوا", "REJECT", {"BHR"}, {"CAN"}, None),
    ("FR-internationalNews-1051-20180503", "وقال إنه يندد بما وصفه", "ACCUSE", {"Gulf Cooperation Council"}, {"IRN"}, None),
    # a military campaign (حملة عسكرية) and operations against someone (عملياتها ضد) are attacks; the
    # detector (refitted with a "military" cue) keeps them (250 ANT articles with such phrases: 35 attacks
    # found, 32 gone -- several the same sentence's other trigger -- see training/events/RESULTS.md)
    ("BB-middleEast-173-20180310", "بدأت حملة عسكرية كبيرة", "ASSAULT", {"SYR"}, None, None),
    ("FR-middleEast-189-20180321", "وبعد حملة عسكرية استمرت شهرين", "ASSAULT", {"TUR"}, None, None),
    ("SK-middleEast-347-20180317", "إثر حملة عسكرية كبيرة تشنها", "ASSAULT", None, None, None),
    ("AL-internationalNews-796-20180405", "والتحالف عملياتها ضد الميليشيات", "ASSAULT", None, None, None),
    # a clause on an indefinite statement or speech with its فيه (أصدر X بيانا ... يحذر فيها إيران، تغريدة
    # أخرى اتهمت فيها جاريت) is the issuer's act, and the name after فيه its object -- not its subject
    # (300 ANT articles with such a clause: 17 events changed, about 8 better, 2 worse)
    ("FR-internationalNews-2572-20180802", "يحذر فيها إيران", "THREATEN", {"Benjamin Netanyahu"}, {"IRN"}, None),
    ("BB-internationalNews-694-20180625", "تغريدة أخرى اتهمت فيها جاريت", "ACCUSE", None, {"Valery Jaret"}, None),
    # a call or a charge whose verb opens the quotation (ودعا "الأمم المتحدة ... إلى") is made by the quotation's
    # speaker; "also" right after the verb (اتهم أيضا منظمة ...) means its subject is dropped, the name after
    # it is the object (400 ANT articles with such phrases: 41 events changed, most newly right, 3 worse
    # where a body's name in quotation marks had been read as a quotation)
    ("SK-middleEast-721-20180402", "ودعا \"الأمم المتحدة والقوى العظمى", "REQUEST", {"Nasser Bourita"},
     {"United Nations"}, None),
    ("BB-internationalNews-1124-20180926", "اتهم أيضا منظمة الدول المصدرة", "ACCUSE", None, {"OPEC"}, None),
    # a ban past a titled name between commas or a date (منعت السلطات الباكستانية الاثنين، الرئيس السابق ...، من
    # السفر): 300 ANT articles with منعت: 12 bans newly found, nearly all real
    ("FR-internationalNews-1206-20180512", "منعت وزارة الهجرة الماليزية السبت", "COERCE", {"MYS"}, {"Najib Razak"}, None),
    # bare هنأ (written like هنا, "here") before a title: congratulations (100 ANT articles with هنأ: 13 found)
    ("SK-middleEast-396-20180319", "هنأ رئيس النظام السوري", "SUPPORT", {"Bashar al-Assad"}, {"Vladimir Putin"}, None),
    # أوقف + people counted or named by what they are is an arrest (أوقفت 11 شخصا، أوقفت مشتبها): 300 ANT
    # articles with أوقف: 44 events changed, about 12 arrests newly found, one woman who stopped a man read so
    ("FR-internationalNews-2184-20180706", "أوقفت 11 شخصا", "COERCE", {"FRA"}, None, None),
    ("SK-internationalNews-3374-20181009", "أوقفت مشتبها", "COERCE", None, None, None),
    # exposed to repression (يتعرضون لقمع دموي على يد الجنود الأتراك): an act suffered, not an aim
    ("BB-middleEast-22-20180215", "يتعرضون لقمع دموي", "COERCE", None, {"BGR"}, None),
    # who stirs criticism receives it (أثار ترامب انتقادات واسعة، أثارت زيارة الجنرال كيم استنكار المعارضة):
    # the first name of the clause before أثار; who criticises is the noun's genitive or after من (300 ANT
    # articles with such a phrase: 31 events changed, about 25 now with the criticised side right, 2 worse)
    ("SK-internationalNews-3231-20180912", "وأثار ترامب انتقادات واسعة", "ACCUSE", None, {"Donald Trump"}, None),
    ("BB-internationalNews-922-20180807", "وأثار انتقادات من", "ACCUSE", None, {"Boris Johnson"}, None),
    # a withdrawal has no object: who is named after ل right after it (past an adjective) withdraws
    # (الانسحاب الأحادي للولايات المتحدة من الاتفاق) -- not the speaker (21 ANT articles with such a phrase: 5
    # events changed, all now the withdrawing side; 1 lost)
    ("SK-internationalNews-1449-20180508", "الانسحاب الأحادي للولايات المتحدة", "RETREAT", {"USA"}, None, None),
    ("SK-middleEast-2603-20180627", "الانسحاب الكامل للحوثيين", "RETREAT", {"Houthis"}, None, None),
    # مرتفعات الجولان (80 times in ANT) and الجولان السوري المحتل name the Golan Heights; the bare الجولان stays a
    # weak name (معلوم الجولان: a fee) -- fire on the Golan is fire on it, not on the firing units' patron
    # (150 ANT articles with الجولان: 20 events changed, 8 targets now the Golan, all better)
    ("BB-middleEast-491-20180511", "أطلقت 20 صاروخا صباح الخميس", "ASSAULT", None, {"Golan Heights"},
     {"Islamic Revolutionary Guard Corps"}),
    # an ultimatum passed on or sent (نقلت إنذاراً لحركة حماس) is a threat to whom it is sent
    ("AL-internationalNews-1977-20180717", "نقلت إنذاراً لحركة حماس", "THREATEN", {"ISR"}, {"Hamas"}, None),
    # a name opening its clause, then a relative clause on it between commas, then the verb: the name is the
    # subject (وكانت واشنطن، التي انتقدت نظاما "فاسدا"، قد فرضت عقوبات) -- not a name inside the relative
    # clause nor the first after the verb (1,500 ANT articles with such clauses: 5 events changed, all better)
    # verb, a title (and its body: في الكونغرس) before a comma, the name after it, a time aside, then the object:
    # one clause, the name its subject (600 ANT articles with such asides: 9 events changed, all better); and the
    # title of the object (الرئيس الأميركي) is the person named with it, not one whose time aside it follows
    ("AL-internationalNews-1967-20180717", "ودعا زعيم الجمهوريين في الكونغرس", "REQUEST", {"Paul Rin"},
     {"Donald Trump"}, None),
    ("AL-internationalNews-1967-20180717", "اتهم زعيم المعارضة الديمقراطية", "ACCUSE", {"Chuck Schumer"},
     {"Donald Trump"}, {"Vladimir Putin"}),
    ("SK-middleEast-3516-20180903", "حذر الرئيس الأميركي، دونالد ترامب، الإثنين", "THREATEN", {"Donald Trump"},
     {"Bashar al-Assad"}, None),
    # a people named by its plural nationality right after a verb read as passive (اعتقل، اغتيل), and a name right
    # after it: the active verb's subject and object (400 ANT articles with such phrases: 2 events changed, both
    # this sentence, both better)
    ("FR-middleEast-236-20180409", "اعتقل الأمريكيون صدام حسين", "COERCE", {"United States"}, {"Saddam Hussein"},
     None),
    ("BB-middleEast-673-20180628", "وتتعاون السلطات التونسية مع نظيرتها", "COOPERATE", {"Authorities of Tunisia"},
     {"Italy"}, None),
    ("SK-middleEast-901-20180410", "الذي سعى إلى تحسين العلاقات مع روسيا، انتقد", "ACCUSE", {"Donald Trump"},
     {"Vladimir Putin"}, None),
    ("BB-middleEast-570-20180602", "التي يتزعمها عبد الملك الحوثي", "ASSAULT", {"Houthis"}, None, {"Bab el-Mandeb"}),
    ("SK-middleEast-2916-20180715", "التي تشكل الوحدات الكردية عمودها", "SANCTION", {"Syrian Democratic Forces"},
     {"Islamic State"}, None),
    # a resignation has no other side but the body resigned from (استقال من منصبه في X): the paragraph's other
    # actors were guessed as its target (400 ANT articles about resignations: 366 events lost a target, every
    # one read wrong; their keep/drop decisions unchanged; record gold tune unchanged)
    ("AL-internationalNews-1876-20180710", "استقال وزير الخارجية البريطاني", "RETREAT", {"Boris Johnson"}, None,
     {"European Union", "Theresa May"}),
    ("SK-internationalNews-2536-20180709", "ديفيد ديفيس استقالته من منصبه", "RETREAT", {"David Davis"}, None,
     {"European Union"}),
    # a taking by force (COERCE 192) whose clause names no object takes the place named after it, a side after
    # من, or -- for a pronoun -- the place named before it; never a guess from the paragraph; a name inside the
    # verb phrase of a relative clause (التي استعادت القوات الحكومية السيطرة على) is its subject, the head what
    # is taken (500 ANT articles with such verbs: 17 events changed, 14 better, 2 worse; 1,500 random: 10)
    ("FR-middleEast-177-20180318", "التي استعادت القوات الحكومية السيطرة", "COERCE", {"Armed Forces of Syria"},
     {"Damascus"}, None),
    ("FR-middleEast-177-20180318", "ولقد استعاد الجيش النظامي السيطرة", "COERCE", None, None, {"Armed Forces of Syria"}),
    ("SK-middleEast-2010-20180528", "أعلنت سيطرتها على عدد من المواقع في درنه", "COERCE", None, {"Derna"}, None),
    ("SK-middleEast-3751-20181006", "سيطرت على الكثير من المناصب", "COERCE", None, None, {"Government of Iraq"}),
    # a member of a body named after في (رفض قاض في المحكمة العليا الإسبانية طلبا، واتهم مسؤولون في الأمم المتحدة)
    # rejects, accuses or asks for it (600 ANT articles with such a subject: 5 events changed, all better)
    ("FR-internationalNews-355-20180310", "رفض قاض في المحكمة العليا", "REJECT", {"Judiciary of Spain"},
     {"Jordi Sanchez"}, None),
    ("BB-middleEast-299-20180406", "ورفض مسؤول في حماس", "REJECT", {"Hamas"}, {"Israel"}, None),
    ("BB-middleEast-329-20180411", "واتهم مسؤولون في الأمم المتحدة", "ACCUSE", {"United Nations"},
     {"Armed Forces of Syria"}, None),
    # the body after ل past the attack noun's adjectives owns the attack (الهجوم العنيف للجيش الوطني، الغارات
    # الجوية للتحالف, with its article), with those joined to it past its nationality adjective (القصف المكثف
    # لقوات النظام السوري وروسيا); 800 ANT articles with an attack noun, a word or two and ل: 25 events
    # changed, nearly all from no source or the target's to the attacker
    ("AL-internationalNews-859-20180410", "الهجوم العنيف للجيش الوطني", "ASSAULT", {"Armed Forces of Yemen"}, None,
     {"Armed Forces of Yemen"}),
    ("SK-middleEast-3115-20180727", "الغارات الجوية للتحالف على معاقل", "ASSAULT", {"Saudi-led Coalition"}, None,
     {"Saudi-led Coalition"}),
    ("SK-middleEast-1437-20180504", "القصف المكثف لقوات النظام السوري وروسيا", "ASSAULT",
     {"Armed Forces of Syria", "Russia"}, None, {"Russia"}),
    ("FR-internationalNews-2441-20180722", "آخر هجوم كبير لبوكو حرام", "ASSAULT", {"Boko Haram"}, {"Chad"},
     {"Boko Haram"}),
    # an armed body announcing that it carried out an attack (أعلنت القيادة الأفريقية بالجيش الأمريكي عن تنفيذ غارة
    # جوية) is its author (300 ANT articles with تنفيذ / شن + an attack noun: 1 event changed, this one)
    ("CN-middleEast-362-20180325", "عن تنفيذ غارة جوية", "ASSAULT", {"Armed Forces of United States"}, {"Libya"}, None),
    # إطلاق نيران (not only إطلاق النار): تبادلت القوات الهندية والباكستانية إطلاق نيران المدفعية
    ("SK-internationalNews-131-20180225", "إطلاق نيران المدفعية", "ASSAULT", {"Armed Forces of India"}, None, None),
    # a nationality adjective in the accusative after an accusative noun (طرد أكثر من 60 دبلوماسياً أميركياً) stands
    # for its country; a future receiving verb (ستواجه عقوبات، ستتعرض للعقوبات) has the one who will receive the
    # sanctions as its target (1,500 random political ANT articles: 3 events changed, all better)
    ("AL-internationalNews-798-20180405", "طرد أكثر من 60 دبلوماسياً", "SANCTION", {"Russia"}, {"United States"}, None),
    ("BB-internationalNews-912-20180802", "ستواجه \"عقوبات كبيرة\"", "SANCTION", None, {"Turkey"}, {"Andrew Brunson"}),
    # an invitation from someone (تلبية لدعوة من الرئيس محمود عباس) inside another speaker's quotation: who invites
    # asks, not the speaker
    ("AL-internationalNews-273-20180301", "تلبية لدعوة من الرئيس محمود عباس", "REQUEST", {"Mahmoud Abbas"}, None, None),
    # a body of an organisation named after ل opening the clause (وكانت اللجنة المركزية لحركة فتح قد دعت حركة حماس):
    # the organisation acts, the name after the verb is its object
    ("AL-internationalNews-1820-20180709", "قد دعت حركة حماس", "REQUEST", {"Fatah"}, {"Hamas"}, None),
    # a name right before a verb joined by و ends the clause before (its object), and a joined verb whose pronoun
    # stands for the name before it (لمقابلة الزفزافي وغيره من نشطاء الحراك ووعدوه): the verb shares the
    # sentence's subject -- all of its conjuncts (وقطعت السعودية ومصر ... علاقاتها مع قطر واتهمتها); not a bare
    # past stem with a pronoun, also a masdar (ورفضهم للسلام), nor a dual verb.  1,500 random political ANT
    # articles: 11 events changed, 6 better, 2 worse, 3 from one wrong side to another
    ("BB-middleEast-672-20180627", "ووعدوه بالاستجابة", "AGREE", {"Government of Morocco"}, {"Nasser Zefzafi"}, None),
    ("AL-internationalNews-226-20180226", "واستعادت سيطرتها", "COERCE", {"Armed Forces of Yemen"}, {"Houthis"}, None),
    ("JA-internationalNews-1057-20170605", "واتهمتها بمساندة", "ACCUSE",
     {"Saudi Arabia", "Egypt", "United Arab Emirates", "Bahrain"}, None, None),
    # the shooter between أطلق / فتح and النار (أطلقت عناصر من الأمن الروسي النار على مسلح، وأطلقت قوات الأمن العراقية
    # الأربعاء النار): the phrase had matched only with nothing between, so these shootings were missed or left to a
    # later casualty word (وأردته قتيلا) with a guessed attacker.  300 ANT articles with such a phrase: 113 events
    # new and 48 gone, most of them the same shooting now coded from its verb, about 65 more shootings found
    ("SK-internationalNews-1417-20180507", "أطلقت عناصر من الأمن الروسي النار", "ASSAULT", {"Security Forces of Russia"},
     None, {"Security Forces of Russia"}),
    ("SK-middleEast-3542-20180906", "وأطلقت قوات الأمن العراقية الأربعاء النار", "ASSAULT", {"Security Forces of Iraq"},
     None, None),
    # who was attacked in the act a charge is about (بالوقوف وراء الهجوم الكيماوي على سكريبال) is not charged:
    # 254 ANT articles with a charge or condemnation of an attack or killing: 8 events changed, the victim
    # (Skripal, Kim Jong-nam, "a former Russian spy") no longer a target
    ("SK-internationalNews-1666-20180519", "وتتهم بريطانيا روسيا بالوقوف وراء الهجوم الكيماوي على سكريبال", "ACCUSE",
     {"United Kingdom"}, {"Russia"}, {"Sergei Skripal"}),
    # عرضة ل ("exposed to") + a charge: the one before it receives the charge (Trump had been the critic of Putin)
    ("FR-internationalNews-2400-20180719", "ولا يزال ترامب عرضة للانتقادات", "ACCUSE", None, {"Donald Trump"},
     {"Vladimir Putin"}),
    # the present passive is written with ى (يُلقى القبض عليه; the active يلقي / تلقي with ي), and the person of a
    # pronoun subject (قال فيها إنه يلقى القبض عليه) suffers it: 300 ANT articles with "أنه + passive": 2 events
    # changed, this one from Abbas arresting to Abbas arrested
    ("BB-middleEast-531-20180523", "إنه يلقى القبض عليه", "COERCE", None, {"Wael Abbas"}, None),
    # the body after ل right after an attack noun owns the attack (في غارة للتحالف العربي، غارات للتحالف، هجوم للحوثيين،
    # هجوم للجيش التركي على مواقعهم) -- it had been read as the target; and a guess from around the sentence is never
    # the victim's own side named in its title (مقتل القيادي الحوثي صالح الصماد: not the Houthis). 300 ANT articles with
    # such a phrase: 36 events changed, nearly all the coalition / army now the attacker where it had been the target
    # or missing; 9 second reports of the same strike now merged with the first
    ("SK-middleEast-1219-20180424", "من جراء غارة للتحالف العربي", "ASSAULT", {"Saudi-led Coalition"},
     {"Saleh al-Sammad"}, None),
    ("SK-internationalNews-462-20180320", "في هجوم للجيش التركي على مواقعهم", "ASSAULT", {"Armed Forces of Turkey"},
     None, None),
    ("SK-middleEast-2654-20180629", "استهدفت غارات للتحالف العربي نقطة بحرية", "ASSAULT", {"Saudi-led Coalition"},
     None, {"Saudi-led Coalition"}),
    # prosecutors laying charges (وكانت النيابة قد أسندت في تحقيقاتها إلى أبو الفتوح الاتهام بنشر أخبار كاذبة):
    # the one after إلى is charged, never the accuser (300 ANT articles with such a phrase: 4 events changed --
    # Abu al-Fotouh from accuser to accused, 3 charges with no named side found)
    ("SK-middleEast-79-20180226", "أسندت في تحقيقاتها إلى أبو الفتوح الاتهام", "ACCUSE", None,
     {"Abdalmanom Abu al-Fattouh"}, None),
    # condemning / welcoming "the report" / "the statement" is aimed at whoever issued it where it was first
    # mentioned (حذرت هيومن رايتس ووتش في تقرير ... وندد المتحدث باسم الجيش المصري بالتقرير), and "the statement"
    # right after the verb with no subject is the issuer speaking (أعرب البيت الأبيض في بيان له ... وأدان البيان)
    # (78 ANT articles with such a phrase: 8 events changed, 7 to the issuer; 1,500 random political: 3)
    ("FR-middleEast-350-20180424", "الجيش المصري يندد بالتقرير", "ACCUSE", None,
     {"Human Rights Watch"}, None),
    ("SK-internationalNews-787-20180404", "وأدان البيان استمرار إيران", "ACCUSE", {"White House"}, None, None),
    ("AL-internationalNews-484-20180315", "وأدان البيان كذلك تهديدات", "ACCUSE", {"UN Security Council"}, None, None),
    # ... and so do its calls (كما دعا البيان المدنيين، وطالب البيان برفع القيود): the issuer named where the statement
    # was first mentioned -- the body, not a town before it (في ولاية هاتاي ..., بحسب بيان نشرته), nor the agency that
    # published it (29 ANT articles with such a call: 6 events changed, 5 to the issuer)
    ("FR-middleEast-23-20180218", "كما دعا البيان", "REQUEST", {"Syrian Democratic Forces"}, None, None),
    ("FR-middleEast-223-20180407", "وطالب البيان", "REQUEST", {"FRA"}, None, None),
    # a request verb followed by what it asks for (دعا إلى تجميد هذه الأموال، يدعو إلى تخفيض نسب الفائدة) names
    # nobody asked, and nobody is guessed from the paragraph (1,500 random political ANT articles: 31 of
    # 14,283 events changed, about 22 wrong targets dropped, 4 right ones lost)
    ("SK-middleEast-689-20180331", "ترامب دعا إلى تجميد هذه الأموال", "REQUEST", {"Donald Trump"}, None, {"Islamic State"}),
    ("BB-middleEast-719-20180711", "يدعو إلى تخفيض نسب الفائدة", "REQUEST", None, None, {"Central Bank of Turkey"}),
    # a name right before a verb of being hurt and في / جراء / إثر + an attack noun was hurt in the attack
    # (رجال الشرطة أصيبوا في انفجار): the target, not the attacker (1,500 random political ANT articles and 136
    # with such a phrase: 3 events changed, all to the right sides)
    ("SK-middleEast-1322-20180429", "أن المهاجم الفلسطيني أصيب بعد إطلاق النار", "ASSAULT", {"ISR"}, None, None),
    ("SK-internationalNews-1564-20180514", "أصيبوا في انفجار سيارة", "ASSAULT", None, {"Police of Indonesia"}, None),
    # a name right after the verb of a relative clause, then the head's pronoun on the verb's object (قطر التي
    # قطعت السعودية علاقاتها معها): the name is the subject, the head the object (1,500 random political ANT
    # articles: 2 of 14,299 events changed, both to the right sides)
    ("FR-middleEast-282-20180415", "التي قطعت السعودية علاقاتها", "SANCTION", {"Saudi Arabia"}, {"Qatar"}, None),
    ("FR-internationalNews-373-20180311", "التي حاصرت قوات النظام أحياءها", "COERCE", {"SYR"}, {"Aleppo"}, None),
    # nobody named after بالتزامن مع / تزامنا مع / بالتوازي مع ("at the same time as") is the act's target
    # (300 ANT articles with such a phrase: 13 of 3,650 events changed, nearly all a wrong target dropped)
    ("FR-middleEast-517-20180523", "تزامنا مع نقل السفارة الأمريكية", "PROTEST", None, None, {"Jerusalem"}),
    ("AL-internationalNews-1660-20180617", "بالتوازي مع استمرار الجيش", "MOBILIZE", None, None, {"YEM"}),
    # outside reported speech, the pronoun of ، كما أنها / ، لكنه before a verb takes up the subject of the
    # sentence's main clause (300 ANT articles with such a clause: 5 of 4,244 events changed, 4 of them to the
    # right source)
    ("BB-middleEast-372-20180419", "لكنها أطلقت سراحه", "RETREAT", {"DEU"}, None, None),
    ("FR-internationalNews-1934-20180620", "لكنها أجرت مفاوضات", "CONSULT", {"Theresa May"}, None, None),
    # blame laid on someone: ألقى X باللوم / باللائمة على Y, ملقيا باللوم على Y (200 ANT articles with the phrase: 70
    # events found where none was, most with both sides right; 11 gone, replaced in their sentences)
    ("SK-middleEast-882-20180409", "وألقى ماتيس باللوم على روسيا", "ACCUSE", {"James Mattis"}, {"Russia"}, None),
    ("SK-internationalNews-2160-20180616", "ألقى ترامب باللوم على الرئيس", "ACCUSE", {"Donald Trump"}, {"Barack Obama"},
     None),
    ("BB-middleEast-896-20180817", "ملقية باللائمة على الحوثيين", "ACCUSE", {"YEM"}, {"Houthis"}, None),
    # a meeting noun after في / خلال in a speech verb's clause (وفي مؤتمر صحفي مشترك مع نظيره الألماني قال
    # ...، وقال في مؤتمر صحافي مشترك مع X إن) was held by whoever speaks the quotation that follows (300 ANT
    # articles with such an adverbial: 27 of 4,802 events changed, about 22 better -- a source found where
    # none or a wrong one was --, 2 worse)
    ("SK-internationalNews-3150-20180906", "وفي مؤتمر صحفي مشترك مع نظيره الألماني", "CONSULT", {"Mevlut Cavusoglu"},
     None, None),
    ("FR-internationalNews-378-20180312", "وفي لقاء مع وزراء حزب", "CONSULT", {"Benjamin Netanyahu"}, None,
     {"Benjamin Netanyahu"}),
    # a body after ل past مع / بين is the meeting partner's title (مع الأمين العام للأمم المتحدة), not who holds
    # the meeting: the subject before it does (400 ANT articles with such a phrase: 6 of 2,026 events changed,
    # all six sources from the body to the clause's subject)
    ("FR-internationalNews-1283-20180517", "بعد لقاء في بروكسل مع الأمين العام", "CONSULT", {"Jean-Claude Juncker"},
     None, None),
    ("AL-internationalNews-1262-20180521", "في اجتماع مشترك مع الأمين العام لحلف", "CONSULT", {"USA"}, None, {"Iran"}),
    # (a definite meeting noun with its partner after مع keeps its sides)
    ("CN-internationalNews-281-20180424", "إن اللقاء مع زعيم كوريا الشمالية", "CONSULT", {"Donald Trump"},
     {"PRK"}, None),
    # an attack whose sentence names no one struck, not even a place after في / على, acts on the paragraph's
    # nearest other actor, as the two-sided acts do (500 ANT articles with attack words: most of the ASSAULT
    # changes a target found where none was; judged unseen events: target right 0.683 -> 0.689)
    ("FR-middleEast-151-20180314", "إثر هجوم بدأته في18", "ASSAULT", {"TUR"}, {"Afrin"}, None),
    # حمّل X Y المسؤولية with a long subject, asides and dates between the verb and المسؤولية (up to sixteen
    # tokens, across commas): the subject opens the clause, the blamed come right after it or right before
    # the slot past a comma-closed aside; a relative clause on the blamed names no one blamed (400 ANT articles
    # with the phrase: 67 of 2,984 events changed, 54 of them blame events found where none was)
    ("AL-internationalNews-1548-20180610", "حملت الحكومة اليمنية، ميليشيا الحوثي", "ACCUSE", {"YEM"}, {"Houthis"}, None),
    ("SK-middleEast-405-20180319", "حمل الرئيس الفلسطيني، محمود عباس، حركة حماس", "ACCUSE", {"Mahmoud Abbas"},
     {"Hamas"}, None),
    ("SK-middleEast-2709-20180701", "حمّل المتحدث باسم التحالف العقيد الركن", "ACCUSE", None, {"Houthis"},
     {"Turki al-Maliki"}),
    ("AL-internationalNews-513-20180317", "وحملت الحكومة الفلسطينية التي يقودها", "ACCUSE", None, {"Hamas"},
     {"Rami Hamdallah"}),
    ("FR-middleEast-262-20180411", "حمل الرئيس الأمريكي دونالد ترامب كلا من", "ACCUSE", {"Donald Trump"}, {"RUS"}, None),
    # a withdrawal or a coercion with no target named in its clause acts on the paragraph's nearest other
    # actor, as the two-sided acts do (400 ANT articles with such words: 178 of 2,241 events changed, about
    # half better; judged unseen events: target right 0.673 -> 0.683)
    ("FR-internationalNews-740-20180415", "نيته سحب قوات بلاده من هناك", "RETREAT", {"USA"}, {"SYR"}, None),
    ("AL-internationalNews-965-20180503", "لفك حصارها المفروض على مدينة", "COERCE", {"Houthis"}, {"Taiz"}, None),
    # an attack with no target strikes the place named after في / على / نحو within its clause (500 ANT
    # articles with attack words: 44 of 2,826 events changed, most an empty target filled with the place
    # struck; judged unseen events: target right 0.670 -> 0.673)
    ("FR-internationalNews-2067-20180629", "قتل 25 مدنيا على الأقل الخميس في غارات", "ASSAULT", None, {"Daraa"}, None),
    ("FR-middleEast-141-20180313", "انفجرت سيارة مفخخة يقودها انتحاري", "ASSAULT", None, {"Aden"}, None),
    # a new sentence opened by واتهم with one name before a بـ complement: اتهم needs its object, so the name
    # is the accused (واتهم ميليشيا الحوثي بإفشال مساعي السلام، واتهم بريطانيا بأنها ردت): 197 ANT articles
    # with such sentences, 37 of 1,883 events changed, about 30 better; 1,500 random articles: 7 of 6,774
    ("AL-internationalNews-445-20180312", "واتهم ميليشيا الحوثي بإفشال", "ACCUSE", None, {"Houthis"}, None),
    # a title set before the forms of address goes with the name too (استقبل نائب خادم الحرمين الشريفين صاحب
    # السمو الملكي الأمير محمد بن نايف: SaudiNewsNet, 400 articles with such forms: 10 of 1,080 events changed,
    # most a subject found where there was none; 1,500 random political ANT articles: none)
    ("SNN-6b943424ae17f0c7", "استقبل نائب خادم الحرمين الشريفين", "CONSULT", {"Mohammed bin Nayef"}, None, None),
    # after a verb of stating and its named subject, a verb-shaped رفضها / إدانته is the masdar that
    # subject owns, and the name after it what is rejected (158 ANT articles with such phrases: 3 of
    # 1,498 events changed, 2 better; 1,500 random political articles: 1 of 6,774)
    ("SK-middleEast-2020-20180529", "وأعلنت إسرائيل مرارا رفضها", "REJECT", {"ISR"}, {"IRN"}, None),
    # a state's body, officials or forces named by an indefinite noun and a nationality adjective (أدانت
    # محكمة إسرائيلية، قصفت طائرات أمريكية) stand for that state even where the article names it by the
    # adjective alone (400 ANT articles with such phrases: 16 of 2,744 events changed, about 11 better;
    # 1,500 random political articles: 4 of 6,773)
    ("BB-middleEast-677-20180628", "أدانت محكمة إسرائيلية شابا", "SANCTION", {"ISR"}, None, None),
    ("JA-internationalNews-18-20170119", "قصفت طائرات أمريكية مواقع لتنظيم داعش", "ASSAULT", {"USA"},
     {"Islamic State"}, None),
    # forms of address before a title (صاحب السمو الملكي الأمير، فخامة الرئيس، معالي الوزير) are no words
    # between the verb and its subject, nor between a masdar and its genitive (SaudiNewsNet, 400 articles
    # with such a form: 30 of 1,072 events changed, the great majority a subject found where there was
    # none; 1,500 random political ANT articles: 1 of 6,773)
    ("SNN-91e0f242a6e0f3fc", "التقى صاحب السمو الملكي الأمير محمد بن سلمان", "CONSULT", {"Mohammed bin Salman"},
     None, None),
    ("SNN-3c4921dd1098cc78", "بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان", "CONSULT",
     {"Mohammed bin Salman"}, None, None),
    # a title read as its holder runs on to the holder's name (نائبة السفير الأمريكي لدى الأمم المتحدة كيلي
    # كيري روسيا، وشكر السفير الإسرائيلي لدى مصر دافيد جوفرين ... السلطات المصرية): where the envoy is
    # posted is no object (344 ANT articles with an envoy's title: 5 of 2,905 events changed, 4 better;
    # 1,500 random political articles: 2 of 6,773)
    ("BB-middleEast-78-20180223", "كيلي كيري روسيا بقطع الطرق", "ACCUSE", None, {"RUS"}, {"United Nations"}),
    # الزعيم الكوري الشمالي is North Korea's leader: the title phrase takes both words of the adjective
    # (it had stopped at الكوري, South Korea, and named Moon Jae-in), and the knowledge base knows the
    # title (300 ANT articles on the Koreas: 138 of 1,879 events changed, nearly all the state or
    # Moon replaced by Kim Jong-un; 1,500 random political articles: 27 of 6,774)
    ("SK-internationalNews-1761-20180524", "السبب وراء الغاء القمة", "REJECT", None, {"Kim Jong-un"}, {"KOR"}),
    # a body the knowledge base does not know, named after the verb by an indefinite head noun and its
    # own definite words (ودعت مجموعة الأزمات الدولية واشنطن), is the subject: the name after it is the
    # object (287 ANT articles with such a verb and head noun: 3 of 2,223 events changed, 2 better)
    ("FR-internationalNews-1774-20180612", "ودعت مجموعة الأزمات الدولية واشنطن", "REQUEST", None, {"USA"}, None),
    # a present verb joined by و after a comma goes on with the reported clause, whose subject is named
    # right after إن / أن (أضاف ترمب أن النظام الإيراني يشعل الصراعات ...، ويدعم المنظمات الإرهابية);
    # a past verb (واتهم، وهدد) goes back to the speaker (235 ANT articles with the construction: 5 of
    # 1,503 events changed, all better; 1,500 random political articles: none)
    ("AL-internationalNews-1119-20180511", "ويدعم المنظمات الإرهابية", "SUPPORT", {"IRN"}, None, {"IRN"}),
    # the speaker of the reported speech an act is told in is not its fallback target (قال جونسون إن مبدأ
    # العقوبات الأمريكية ...، قالت الوزارة الروسية ... لقرار ترامب رفض تنفيذ التزامات): 1,500 random
    # political ANT articles, 72 of 6,782 events changed, nearly all a speaker taken off the target
    ("FR-internationalNews-1265-20180516", "إن مبدأ العقوبات الأمريكية", "SANCTION", {"USA"}, None, {"Boris Johnson"}),
    ("SK-middleEast-1546-20180508", "من جانب واحد رفض تنفيذ", "REJECT", {"Donald Trump"}, None, {"RUS"}),
    # a relative clause on the act's noun whose issuing verb carries its pronoun names who did it
    # (العقوبات الجديدة التي فرضتها واشنطن على ...، النداء الذي وجهه مجلس الأمن، الاتهامات التي وجهتها
    # وزارة الخارجية الكندية وسفارة كندا): the speaker or the sentence's subject had been taken as its
    # source (400 ANT articles with the construction: 39 of 3,011 events changed, about 30 better;
    # 1,500 random political articles: 16 of 6,783, 14 better)
    ("FR-internationalNews-584-20180406", "العقوبات الجديدة التي فرضتها واشنطن", "SANCTION", {"USA"}, {"RUS"}, None),
    ("BB-internationalNews-415-20180426", "التي تفرضها الولايات المتحدة والأمم المتحدة", "SANCTION",
     {"United States", "United Nations"}, {"PRK"}, None),
    # the owner of what is struck or raided, in construct after it (قصفت الطائرات مواقع الحوثيين، حاصرت
    # ميليشيات مقر حكومة الوفاق) is the object, not the verb's subject (369 ANT articles with such a verb
    # and holdings noun: 6 of 2,471 events changed, all better; 1,500 random political articles: 5 of 6,783)
    ("SK-middleEast-2444-20180617", "قصفت أحد مواقع الجيش السوري", "ASSAULT", None, {"SYR"}, None),
    ("FR-middleEast-23-20180218", "يستهدف مقاتلي الوحدات الكردية", "ASSAULT", None, {"People's Protection Units"},
     None),
    ("SK-middleEast-1947-20180526", "حاصرت ميليشيات مقر حكومة الوفاق", "COERCE", None,
     {"Government of National Accord"}, None),
    # positions named by a nationality adjective (غارات ضد أهداف إيرانية في سوريا، استهدفت مواقع قيل إنها
    # إيرانية) belong to that state, which suffers the strike -- not the country they stand in (400 ANT
    # articles with a holdings noun and an adjective: 5 of 2,315 events changed, 4 better; 1,500 random
    # political articles: 2 of 6,783)
    ("BB-middleEast-3-20180218", "شنت إسرائيل غارات ضد أهداف إيرانية", "ASSAULT", {"ISR"}, {"IRN"}, {"SYR"}),
    ("SK-middleEast-1083-20180417", "بعد غارات يعتقد أنها إسرائيلية", "ASSAULT", None, {"SYR"}, None),
    # a relative clause whose verb follows an impersonal expectation (الرئيس الأميركي الذي من المرتقب أن
    # يلتقي زعيم كوريا الشمالية، التي يفترض أن تناقش): the clause's head is the subject, the name after
    # the verb its object (180 ANT articles with the construction: 7 of 1,292 events changed, 6 better;
    # 1,500 random political articles: 1 of 6,783)
    ("SK-internationalNews-1549-20180513", "الذي من المرتقب أن يلتقي", "CONSULT", {"Donald Trump"}, {"PRK"},
     {"Donald Trump"}),
    # the strike's owner after the count's hedge (قتل 36 شخصا، على الأقل، في غارات للطيران التركي): the
    # seven-word window skips commas and على الأقل (195 ANT articles with the hedge before a strike
    # phrase: 2 of 1,188 events changed, both attackers that had been read as targets)
    ("BB-middleEast-127-20180303", "قتل 36 شخصا، على الأقل", "ASSAULT", {"TUR"}, None, {"TUR"}),
    ("BB-middleEast-20-20180214", "على الأقل، في ضربات جوية أمريكية", "ASSAULT", {"USA"}, None, {"USA"}),
    # a private person whose own release the pronoun names (كان شكريلي قد أطلق سراحه، القس برانسون لم يُطلق
    # سراحه) was released, not releasing (247 ANT articles with سراحه: 12 of 2,176 events changed, targets
    # right in all, sources still guessed from the paragraph)
    ("SK-internationalNews-3010-20180814", "لم يُطلق سراحه", "RETREAT", None, {"Andrew Brunson"}, None),
    # a bare قتل / احتجز read as passive (خاشقجي قتل في القنصلية، الوليد بن طلال قد احتجز لمدة ثلاثة أشهر) takes no
    # object from the rest of the sentence first: the person is its target (1,500 random political ANT
    # articles: 5 of 6,783 events changed, all better)
    ("BB-middleEast-1070-20181007", "يعتقدون أن خاشقجي قتل في القنصلية", "ASSAULT", None, {"Jamal Khashoggi"}, None),
    ("BB-middleEast-728-20180713", "قد احتجز لمدة ثلاثة أشهر", "COERCE", None, {"Alwaleed bin Talal"}, None),
    # a state named as a country or a capital does not act on its own state bodies (أدانت روسيا ... وكتبت
    # الناطقة باسم الوزارة; الولايات المتحدة تدين ... ووزارة العدل ملتزمة): 1,500 random political ANT
    # articles, 32 of 6,783 events changed, about 20 own-body targets gone
    ("SK-middleEast-744-20180402", "الولايات المتحدة تدين أعمال الإرهاب", "ACCUSE", {"USA"}, None, {"Ministry of Justice of United States"}),
    ("CN-middleEast-557-20180410", "تجدد إدانتها الشديدة", "ACCUSE", {"SYR"}, None, {"Government of Syria"}),
    # a body's members after the verb's named subject (دعا غوتيريس الدول الأعضاء في مجلس الأمن) are the body's side
    ("FR-middleEast-277-20180414", "ودعا غوتيريس الدول الأعضاء", "REQUEST", {"Antonio Guterres"}, {"UN Security Council"}, None),
    # a purpose verb (لـ + present: ليجري، ليهدد، لتطالب) shares the subject of the verb it serves; the name
    # after it is its object (1,500 random political ANT articles: 4 of 6,783 events changed, all better)
    ("SK-internationalNews-1714-20180522", "إلى البيت الأبيض ليجري محادثات", "CONSULT", {"KOR"}, {"USA"}, None),
    ("AL-internationalNews-456-20180313", "لتطالب الجهات الأمنية", "REQUEST", {"Hamas"}, None, None),
    # وزار is "and visited" (the matcher had dropped every word starting with وزار, as if it were وزارة);
    # a country after a title (يزور أمير قطر السابق ...) belongs to the visitor's title, it is not visited
    ("AL-internationalNews-1401-20180531", "وسبق وزار الشيخ محمد بن زايد روسيا", "CONSULT", {"Mohamed bin Zayed"}, {"RUS"}, None),
    ("SK-internationalNews-219-20180302", "يزور أمير قطر السابق", "CONSULT", None, {"NGA"}, {"QAT"}),
    # support received (تلقى X دعما من Y، الذي يتلقى دعما مهما من إيران) is given by Y to X (200 ANT articles with
    # the phrase: 16 of 683 events changed, about 11 better, 2 worse)
    ("BB-middleEast-949-20180903", "الذي يتلقى دعما مهما من إيران", "SUPPORT", {"IRN"}, {"SYR"}, None),
    ("BB-middleEast-971-20180904", "كما تلقى حقاني دعما", "SUPPORT", {"PAK"}, None, {"PAK"}),
    # the victim of a killing, disappearance or arrest that is condemned or investigated (التحقيق في قضية
    # اختفاء خاشقجي، انتقادات لقرار ... حين قتل ليتفيننكو) is not who is charged
    ("BB-middleEast-1107-20181016", "المشكلة للتحقيق في قضية اختفاء خاشقجي", "ACCUSE", None, None, {"Jamal Khashoggi"}),
    # the group whose members an attack reached (قتلى في صفوف الميليشيات، قتل قيادي في تنظيم القاعدة) is its
    # target (1,500 random political ANT articles: 7 of 6,774 events changed, all better)
    ("SK-middleEast-406-20180319", "قتل قيادي في تنظيم القاعدة", "ASSAULT", {"USA"}, {"Al-Qaeda"}, None),
    ("AL-internationalNews-552-20180320", "المعارك خلفت قرابة 30 قتيلا", "ASSAULT", None, {"Houthis"}, None),
    # a past verb written with its passive vowel (قُتل، اعتُقل، استُهدف) has its victim as subject (1,500 random
    # political ANT articles: 30 of 6,771 events changed, about 18 better, 4 worse)
    ("FR-middleEast-460-20180513", "قُتل زهاء 10 آلاف يمني", "ASSAULT", None, {"YEM"}, None),
    # (the militias loyal to Iran were killed, not Iran: since session 51 a patron is no side)
    ("SK-middleEast-3450-20180818", "قد قُتلوا فيما أصيب", "ASSAULT", {"Saudi-led Coalition"}, None, {"IRN"}),
    # a verb in the plural (اقتحموا، ينتقدون، رفضوا) has its subject in it -- a verb before its subject stays
    # singular -- so the name after it is its object (1,500 random political ANT articles: 11 of 6,771
    # events changed, one source worse)
    ("SK-internationalNews-1682-20180520", "فهم ينتقدون مادورو", "ACCUSE", None, {"VEN"}, None),
    ("FR-internationalNews-1731-20180610", "ان رفضوا دعوة ترامب", "REJECT", None, {"USA"}, None),
    # "X must" in reported speech (وقالت روسيا إن على تركيا أن تفصل ..., أكد الجبير أن على قطر أن تدفع) asks it of
    # X (100 ANT articles with the phrase: 45 such requests, nearly all targets right, about three in four
    # sources); none is read when no actor stands between على and أن (أوضحت أن على الرغم من أن)
    ("SK-middleEast-3663-20180912", "وقالت روسيا إن على تركيا أن", "REQUEST", {"RUS"}, {"TUR"}, None),
    ("CN-middleEast-713-20180424", "أن على قطر أن تدفع", "REQUEST", {"Adel al-Jubeir"}, {"QAT"}, None),
    # a person's title with its body, the name after one comma (وطالب زعيم التيار الصدري، مقتدى الصدر مجلس
    # النواب): the person acts, the body is his title
    ("BB-middleEast-955-20180906", "وطالب زعيم التيار الصدري، مقتدى الصدر", "REQUEST", {"Muqtada al-Sadr"}, None, {"Muqtada al-Sadr"}),
    # a people named by a plural of its nationality (رفض الفلسطينيون، جمد الفلسطينيون، والإيرانيون يحتجون) is its
    # country, not the next name (1,500 random political ANT articles: 93 of 6,739 events changed; of a read of
    # all of them about 60% better, a quarter sideways)
    ("AL-internationalNews-540-20180320", "جمد الفلسطينيون كل اتصالاتهم", "SANCTION", {"PSE"}, {"USA"}, None),
    ("AL-internationalNews-1182-20180515", "وطلب الفلسطينيون من المدعية", "REQUEST", {"PSE"}, None, None),
    ("FR-internationalNews-2130-20180703", "والإيرانيون يحتجون", "PROTEST", {"IRN"}, None, None),
    ("SK-middleEast-3418-20180815", "رفض الفلسطينيون الولايات المتحدة", "REJECT", {"PSE"}, None, None),
    # (a broken plural the knowledge base knows: مباحثات بين الروس وجيش الإسلام)
    ("SK-middleEast-819-20180406", "وهناك مباحثات بين الروس وجيش الإسلام", "CONSULT", {"RUS", "Jaysh al-Islam"}, {"RUS"}, None),
    # an active summons names the summoned state by the ambassador's nationality adjective (استدعت
    # الخارجية التركية السفير الإسرائيلي احتجاجا على أعمال العنف في غزة: Israel, not Gaza)
    ("AL-internationalNews-1175-20180515", "استدعت وزارة الخارجية التركية السفير الإسرائيلي", "SANCTION", {"TUR"}, {"ISR"}, None),
    ("FR-internationalNews-1051-20180503", "إنها استدعت السفير المغربي", "SANCTION", {"DZA"}, {"MAR"}, None),
    ("SK-internationalNews-330-20180313", "واستدعت بريطانيا السفير الروسي", "SANCTION", {"GBR"}, {"RUS"}, None),
    ("AL-internationalNews-733-20180401", "واستدعت وزارة الخارجية الروسية السفير البريطاني", "SANCTION", {"RUS"}, {"GBR"}, None),
    # "the three / four countries" (الدول الأربع، البلدان الثلاثة) are the states the article has just
    # listed, as many as the number says: the subject after a verb, both sides after بين (150 ANT articles
    # with such a group: 20 of 1,141 events changed, all but two better; 0 of 6,746 in 1,500 random ones)
    ("FR-middleEast-176-20180318", "بعدما اتهمت الدول الأربع الدوحة", "ACCUSE", {"SAU", "ARE", "BHR", "EGY"}, {"QAT"}, None),
    ("AL-internationalNews-478-20180315", "ودعت الدول الأربع روسيا", "REQUEST", {"USA", "GBR", "FRA", "DEU"}, {"RUS"}, None),
    ("AL-internationalNews-1391-20180531", "واتفقت الدول الثلاث على تشكيل", "AGREE", {"EGY", "SDN", "ETH"}, None, None),
    ("BB-middleEast-533-20180524", "بين إيران والدول الخمس", "AGREE", {"IRN", "USA", "CHN"}, {"IRN", "RUS"}, None),
    # a person's title that starts with و is no conjunction (ولي العهد، وزير الخارجية): the one
    # criticised, not a second critic; and the ministry in وزير الخارجية الأمريكي مايك بومبيو is part of
    # his title, not the country as one more side (500 ANT articles with such titles: 10 of 3,090
    # events changed, 8 better)
    ("FR-internationalNews-449-20180315", "انتقد المتحدث باسم الخارجية الإيرانية بهرام قاسمي", "ACCUSE",
     {"Bahram Ghasemi"}, {"Mohammed bin Salman"}, None),
    ("CN-middleEast-997-20180522", "انتقد الرئيس الإيراني بشدة تصريحات وزير الخارجية", "ACCUSE",
     None, {"Mike Pompeo"}, None),
    ("SK-internationalNews-1875-20180530", "وبدأ الاجتماع الأربعاء، بين وزير الخارجية الأميركي", "CONSULT",
     {"Mike Pompeo"}, None, None),
    # an outlet's nationality adjective (شبكة "سي بي إس" التلفزيونية الأمريكية، وكالة الأنباء الرسمية
    # السورية) is the outlet's country, not a side (400 ANT articles with such outlets: 2 of 2,182 events
    # changed, both better -- the agency, not its state, reports)
    ("FR-internationalNews-449-20180315", "هدد ولي العهد السعودي في مقابلة", "THREATEN",
     None, {"Iran"}, {"United States"}),
    # (and with the ministry no longer a side of its own, a relative clause's resumptive pronoun may
    # stand between the verb and the titled subject: الذي يزور فيه وزير الخارجية الفرنسي جان إيف لودريان)
    ("FR-internationalNews-262-20180305", "في الوقت الذي يزور فيه وزير الخارجية الفرنسي", "CONSULT",
     {"Jean-Yves Le Drian"}, {"Tehran"}, None),
    # an envoy or spokesman named by nationality alone (السفير الإيراني) is not the one person of that
    # country the article names, unless the knowledge base knows that person in such a role (400 ANT
    # articles with such titles: 15 of 2,808 events changed, about 11 better -- Rouhani, Putin,
    # Netanyahu or Macron no longer the ambassador)
    ("SK-internationalNews-2457-20180703", "وأكدت الخارجية النمساوية أنها استدعت السفير", "SANCTION",
     None, {"IRN"}, {"Hassan Rouhani"}),
    # a deputy's title opens with نائب (400 ANT articles with the phrase: 1 of 2,386 events changed, better)
    ("FR-internationalNews-1176-20180510", "وقبل ساعات دعا نائب وزير الخارجية الروسي", "REQUEST",
     {"Mikhail Bogdanov"}, {"Iran", "Israel"}, None),
    # a group of people from an actor as the subject (زار مسؤولون من X، سيزور خبراء من X): X acts
    # (4 of 1,903 events changed in 300 ANT articles with the phrase, the 4 sources right)
    ("SK-middleEast-766-20180404", "زار مسؤولون من حزب العمال البريطاني", "CONSULT", {"Labour Party (UK)"}, None, None),
    ("CN-middleEast-649-20180417", "سيزور خبراء من منظمة حظر الأسلحة", "CONSULT", {"OPCW"}, None, None),
    ("CN-internationalNews-330-20180509", "وسيجتمع ممثلون من فرنسا", "CONSULT", {"France", "United Kingdom", "Germany"},
     None, {"France"}),
    # an exchanged act (تبادل، المتبادلة) has both parties on both sides (41 of 2,238 events changed
    # in 300 ANT articles with the word, ~22 better, ~4 worse)
    ("FR-middleEast-900-20180809", "وتبادل التحالف والحوثيون الاتهام", "ACCUSE",
     {"Houthis", "Saudi-led Coalition"}, {"Houthis", "Saudi-led Coalition"}, None),
    ("FR-middleEast-443-20180511", "الخطاب العدائي المتبادل بين إيران وإسرائيل", "ACCUSE",
     {"Iran", "Israel"}, {"Iran", "Israel"}, None),
    ("SK-middleEast-936-20180411", "تبادلت موسكو وواشطن التهديدات", "THREATEN",
     {"United States"}, {"United States"}, None),
    # (and who tells of the exchange is no party: وفق المرصد)
    ("SK-middleEast-2798-20180708", "حصل قصف متبادل بين الطرفين", "ASSAULT",
     None, None, {"Syrian Observatory for Human Rights"}),
    # the strike or fire that killed them after the victims' apposition and its comma (لقي 110 فلسطينيين
    # مصرعهم وأصيب نحو 12 ألفا آخرين، برصاص الجيش الإسرائيلي)
    ("AL-internationalNews-1239-20180518", "لقي 110 فلسطينيين مصرعهم", "ASSAULT", {"Israel Defense Forces"}, None, None),
    # طرد الدبلوماسيين الروس، طرد السفير التركي: the diplomats' country (a definite adjective too) is expelled
    ("SK-internationalNews-363-20180315", "اعتزام بريطانيا طرد الدبلوماسيين الروس", "SANCTION", {"GBR"}, {"RUS"}, None),
    ("AL-internationalNews-1175-20180515", "طرد السفير الإسرائيلي، إيتان نائيه", "SANCTION", {"TUR"}, {"ISR"}, None),
    ("BB-middleEast-839-20180807", "عن طرد السفير الكندي واستدعاء", "SANCTION", {"SAU"}, {"CAN"}, None),
    ("CN-middleEast-801-20180503", "مع إيران وطرد السفير", "SANCTION", None, {"IRN"}, None),
    # a title with a nationality and no name in the article (ولي العهد السعودي) is whoever held it on the
    # article's date (knowledge base)
    ("FR-internationalNews-611-20180408", "وسيلتقي ولي العهد السعودي", "CONSULT", {"Mohammed bin Salman"},
     {"Emmanuel Macron"}, None),
    # the pronoun on إنه / لكنه right before a verb in reported speech is the speaker, its subject; the
    # name after the verb is acted on
    ("BB-middleEast-831-20180803", "قوله إنه اتفق مع نظيره الأمريكي", "AGREE", {"Mevlut Cavusoglu"}, {"Mike Pompeo"}, None),
    ("FR-internationalNews-1753-20180611", "صرحت المستشارة الألمانية أنغيلا ميركل بأنها تعارض", "REJECT",
     {"Angela Merkel"}, {"Emmanuel Macron"}, None),
    # a repelled attack is its owner's (صدت هجوما للحوثيين، تصدت لهجوم صاروخي إسرائيلي) against who
    # repels it; a number of a group's members killed (قتل جنديان من، قتل العشرات من) are its target
    ("AL-internationalNews-388-20180307", "صدت هجوما للحوثيين", "ASSAULT", {"Houthis"}, None, {"Houthis"}),
    ("FR-middleEast-754-20180712", "تصدت الأربعاء لهجوم صاروخي إسرائيلي", "ASSAULT", {"ISR"}, {"SYR"}, {"ISR"}),
    ("SK-middleEast-1857-20180522", "قتل جنديان من الجيش الوطني الليبي", "ASSAULT", None, {"Libyan National Army"}, None),
    ("SK-middleEast-2779-20180706", "وقد قتل العشرات من ميليشيات الحوثي", "ASSAULT", None, {"Houthis"}, None),
    # who faces, receives or is exposed to a charge, threat or sanction is its target; who makes it
    # follows the noun (its genitive or adjective, or after من)
    ("SK-internationalNews-3393-20181010", "وتواجه الصين انتقادات شديدة", "ACCUSE", None, {"CHN"}, None),
    ("BB-internationalNews-2-20180218", "وتعرضت بولندا لانتقادات من الولايات", "ACCUSE", {"USA"}, {"POL"}, None),
    ("SK-internationalNews-2449-20180703", "وواجه دوتيرتي انتقادات دولية", "ACCUSE", None, {"Rodrigo Duterte"}, None),
    ("BB-internationalNews-991-20180817", "ويواجه القس الأمريكي اتهامات تركية", "ACCUSE", {"TUR"}, {"USA"}, None),
    # whose strike killed them: غارة شنتها / نفذتها (قوات) X، غارة جوية (time words) لطائرات X
    ("SK-middleEast-2854-20180712", "في غارات جوية نفذتها مقاتلات إسرائيلية", "ASSAULT", {"ISR"}, None, {"ISR"}),
    ("AL-internationalNews-955-20180503", "بغارة جوية لطائرات تحالف دعم الشرعية", "ASSAULT", {"Saudi-led Coalition"}, None, None),
    ("BB-middleEast-416-20180428", "في غارات شنتها طائرات التحالف بقيادة", "ASSAULT", {"Saudi-led Coalition"}, None, None),
    # an object pronoun in reported speech is the reporter (قال محامون مقربون من محمدين إن قوات ...
    # ألقت القبض عليه); "me" in the speaker's own quoted words is the speaker
    ("BB-middleEast-514-20180518", "وقال محامون مقربون من محمدين", "COERCE", None, {"Haitham Mohamedin"}, None),
    ("SK-internationalNews-1710-20180522", "أحد عناصرها ضربه بقوة", "ASSAULT", {"ISR"}, {"Jafar Farh"}, None),
    ("SK-middleEast-1340-20180429", "قرارا يمنعه من مغادرة", "COERCE", None, {"Najib al-Naimi"}, None),
    ("FR-middleEast-484-20180516", "بعض اليهود انتقدوني وهددوني", "THREATEN", None, {"Moshe Kampanski"}, {"Gaza"}),
    # the other side of a two-sided act is never a city named as its venue, nor a channel
    ("SK-internationalNews-2976-20180812", "خلال لقاء جمع الطرفين في واشنطن", "CONSULT", None, None, {"Washington"}),
    ("AL-internationalNews-1775-20180627", "المحادثات", "CONSULT", None, None, {"Khartoum"}),
    ("FR-middleEast-854-20180730", "طلب", "REQUEST", None, None, {"Twitter"}),
    # a state never accuses / threatens / promises its own country (own_state)
    ("CN-middleEast-1478-20181011", "بوجود تهديدات ضد الإعلامي", "THREATEN", None, None, {"United States"}),
    ("SK-internationalNews-1039-20180420", "مع تعهّده", "AGREE", None, None, {"Cuba"}),
    # منع X من دخول: the name right before من is who is barred, one before it who bars
    ("FR-internationalNews-2601-20180808", "ومنعت سفير كندا من العودة", "COERCE", None, {"CAN"}, None),
    ("JA-internationalNews-80-20170127", "أنا منعت مارين لوبان", "COERCE", None, {"Marine Le Pen"}, None),
    # اعتقل is read as the passive (اُعتقل) unless a security body stands right after it
    ("SK-middleEast-2586-20180625", "اعتقل الجيش الوطني الليبي", "COERCE", {"Libyan National Army"}, None, {"Libyan National Army"}),
    ("FR-internationalNews-712-20180410", "اعتقل الجيش الفرنسي", "COERCE", {"Armed Forces of France"}, None, None),
    # an unnamed subject noun right after the verb (البيان، التقرير، اللجنة اليهودية الأمريكية): the
    # name after it is the object, never the subject
    ("FR-middleEast-511-20180522", "دعا التقرير إيران", "REQUEST", None, {"IRN"}, None),
    ("BB-internationalNews-136-20180312", "ودعت اللجنة اليهودية الأمريكية بوتين", "REQUEST", None, {"Vladimir Putin"}, None),
    ("BB-internationalNews-479-20180508", "واتهم البيان واشنطن", "ACCUSE", None, {"Washington"}, None),
    # a name after a ب complement (ندد بمتطلبات، أشاد بالزعيم) is the object, never the subject
    ("SK-internationalNews-3059-20180817", "ونددت بمتطلبات الولايات المتحدة", "ACCUSE", {"Pyongyang"}, {"USA"}, None),
    ("SK-internationalNews-2703-20180718", "أشاد بالزعيم الروسي", "SUPPORT", {"Donald Trump"}, {"RUS"}, None),
    # (only right after the verb: القائم بالأعمال is a title)
    ("SK-middleEast-2786-20180709", "تعهد القائم بالأعمال الأميركي", "AGREE", {"USA"}, None, None),
    # a number of one's own soldiers killed: the one the pronoun refers to suffered it (not in a clash
    # with someone named, whose two sides the clause gives)
    ("FR-middleEast-131-20180310", "وأحصت تركيا مقتل 42 من جنودها", "ASSAULT", None, {"TUR"}, None),
    ("AL-internationalNews-1603-20180613", "استشهاد 4 من جنودها", "ASSAULT", None, {"ARE"}, None),
    # what an attack strikes belongs to its target (... التابعة لميليشيات الحوثي)
    ("SK-middleEast-201-20180310", "ودمرت الغارات الجوية عشرات الآليات", "ASSAULT", None, {"Houthis"}, None),
    # a verb joined by و after a comma shares the subject of the verb before it, not the sentence's first name
    ("SK-internationalNews-898-20180412", "وقتلوا أكثر من 12 شخصا", "ASSAULT", {"Taliban"}, None, None),
    ("BB-middleEast-1044-20181003", "واتهمتها بدعم الإرهاب", "ACCUSE", {"SAU"}, None, None),
    # a town is where things happen, not who acts (only a seat of government stands for its state)
    ("SK-middleEast-1777-20180517", "وقبضت على", "COERCE", {"Armed Forces of Libya"}, None, None),
    ("SK-internationalNews-1131-20180424", "كلا البلدين يطالبان", "REQUEST", {"PAK"}, None, None),
    # a meeting or visit someone sets out for, is ready for or plans: its genitive is who is met
    # (not who meets), a place after a visit is where it goes
    ("SK-middleEast-2945-20180717", "للقاء نظيره السوداني", "CONSULT", {"Abdel Fattah el-Sisi"}, {"Omar al-Bashir"}, None),
    ("BB-internationalNews-900-20180730", "مستعد للقاء القادة الإيرانيين", "CONSULT", {"Donald Trump"}, {"IRN"}, None),
    ("SK-middleEast-3000-20180719", "عن سعادته بزيارة دولة الإمارات", "CONSULT", {"Xi Jinping"}, {"ARE"}, None),
    ("BB-internationalNews-422-20180427", "وزيارة اسكتلندا", "CONSULT", None, {"Scotland"}, None),
    # (but the nationality adjective of the visitor's title is no destination)
    ("AL-internationalNews-141-20180221", "زيارة المسؤول التركي", "CONSULT", None, None, {"TUR", "Turkey"}),
    ("FR-internationalNews-1270-20180516", "بزيارة وزير الخارجية الإيراني", "CONSULT", {"Mohammad Javad Zarif"}, {"Brussels"}, None),
    # a person's title is part of the phrase: a direct object right after the subject, a subject
    # after a day name (the distance is counted to the title)
    ("BB-internationalNews-632-20180610", "والتقى كيم رئيس وزراء سنغافورة", "CONSULT", {"Kim Jong-un"}, {"Lee Hsien Loong"}, None),
    ("SK-internationalNews-2103-20180612", "حذرت إيران زعيم كوريا", "THREATEN", {"IRN"}, {"Kim Jong-un"}, None),
    ("FR-internationalNews-900-20180424", "دعا الثلاثاء رئيس الوزراء الكندي", "REQUEST", {"Justin Trudeau"}, None, None),
    # SVO after a complementiser or كان: the mention before the verb is the subject
    ("SK-internationalNews-1360-20180504", "تيريزا ماي دعت ترامب", "REQUEST", {"Theresa May"}, {"Donald Trump"}, None),
    ("BB-middleEast-1010-20180929", "محمد بن سلمان سيزور الكويت", "CONSULT", {"Mohammed bin Salman"}, {"Kuwait"}, None),
    ("FR-middleEast-246-20180410", "آل ثاني قد التقى بوزير الدفاع", "CONSULT", {"Tamim bin Hamad Al Thani"}, {"James Mattis"}, None),
    ("AL-internationalNews-758-20180403", "وكانت بريطانيا قد اتهمت", "ACCUSE", {"United Kingdom"}, {"Russia"}, None),
    # "we" in a quotation: the name after the verb is its object, not its subject
    ("BB-middleEast-593-20180607", "نناشد مقتدى الصدر", "REQUEST", None, {"Muqtada al-Sadr"}, None),
    # an indefinite noun + nationality adjective stands for the country (محاكم يونانية، مسؤولون بريطانيون)
    ("AL-internationalNews-758-20180403", "وكان مسؤولون بريطانيون رفضوا", "REJECT", {"United Kingdom"}, {"Russia"}, None),
    ("FR-internationalNews-2195-20180706", "أدانت محكمة باكستانية رئيس الوزراء", "SANCTION", {"Pakistan"}, {"Nawaz Sharif"}, None),
    ("BB-middleEast-442-20180504", "أدانت محكمة إسرائيلية الشاعرة", "SANCTION", {"ISR"}, None, {"Tel Aviv", "Israel"}),
    # كوري شمالي is North Korean (the adjective كوري alone reads as South Korea)
    ("SK-internationalNews-1750-20180524", "انتقدت مسؤولة كورية شمالية", "ACCUSE", {"PRK"}, {"Mike Pence"}, None),
    ("AL-internationalNews-1359-20180527", "يجري محادثات مع مسؤولين كوريين شماليين", "CONSULT", None, {"PRK"},
     {"South Korea"}),
    # (حتى يوافق الفلسطينيون: the Palestinians would agree; this case expected the speaker's country, بلادها,
    # while the clause had no other subject -- the plural nationality now is one)
    ("FR-middleEast-825-20180725", "نيكي هايلي إن بلادها لن تستأنف", "AGREE", {"PSE"}, None, None),
    # the genitive of اتهام/مطالبة/إدانة before a بـ complement is the one accused / asked
    ("BB-internationalNews-292-20180405", "في اتهام روسيا بالتورط", "ACCUSE", {"United Kingdom"}, {"Russia"}, None),
    ("SK-internationalNews-2-20180218", "عن اتهام روسيا بشكل مباشر", "ACCUSE", {"Donald Trump"}, {"Russia"}, None),
    ("SK-internationalNews-431-20180318", "أن اتهام موسكو بتسميم", "ACCUSE", None, {"Moscow"}, {"London"}),
    # طالب X بـ is a verb with its subject after it
    ("FR-internationalNews-1419-20180524", "طالب جمال عيد بعرض موكله", "REQUEST", {"Jamal Aid"}, None, None),
    # an attack with no named object: the place attacked
    ("FR-internationalNews-275-20180306", "بعد قصف الجيش السوري لبلدة", "ASSAULT", None, {"Eastern Ghouta"}, None),
    # a weak noun after بعد/عقب is a second act, not the topic of the first (الاعتقال ... بعد أيام من اتهام)
    ("BB-middleEast-745-20180717", "بعد أيام من اتهام وزارة العدل", "ACCUSE", None, {"Russia"}, None),
    # an expulsion's target is the country of the diplomats expelled (طرد 60 دبلوماسيا روسيا), never its source
    ("AL-internationalNews-685-20180330", "إنها ستطرد 60 دبلوماسيا روسيا", "SANCTION", {"United States"}, {"Russia"},
     None),
    ("FR-internationalNews-477-20180317", "أعلنت موسكو السبت طرد 23 دبلوماسيا بريطانيا", "SANCTION", {"Moscow"},
     {"United Kingdom"}, None),
    # the agent after من قبل / على يد close to the trigger acts (إطلاق النار من قبل الجيش الإسرائيلي)
    ("FR-internationalNews-1319-20180518", "وأدى إطلاق النار من قبل الجيش الإسرائيلي", "ASSAULT",
     {"Israel Defense Forces"}, None, None),
    ("AL-internationalNews-947-20180504", "تعرضوا للاعتقال بشكل متكرر من قبل الحوثيين", "COERCE", {"Houthis"}, None,
     None),
    # a masdar's genitive is its agent when ل introduces the patient (احتجاز أنقرة للقس الأميركي أندرو برانسون)
    ("SK-internationalNews-2989-20180814", "لبحث مسألة احتجاز تركيا للقس الأميركي", "COERCE", {"Turkey"}, None,
     {"Turkey"}),
    # لن نقبل / لن تقبل: a refusal, REJECT by the speaker's side
    ("SK-middleEast-1880-20180523", "وحذرت إسرائيل من أنها لن تقبل بوجود عسكري إيراني", "REJECT", {"Israel"}, None,
     None),
    # أعرب/أبدى X عن إدانته / رفضه / تأييده ...: the attitude expressed is the event, X its source
    ("SK-middleEast-3643-20180911", "وأعرب بغداد وأربيل عن رفضهما للقصف الإيراني", "REJECT", {"Baghdad", "Erbil"},
     {"Iran"}, None),
    # (FR-internationalNews-1753's أعربت ميركل عن معارضتها restates the article's first sentence, صرحت ميركل
    # بأنها تعارض اقتراح ماكرون, and is merged into its event since that one has the same sides)
    ("CN-middleEast-1474-20181011", "أعرب الرئيس الأمريكي دونالد ترامب عن رفضه", "REJECT", {"Donald Trump"}, None, None),
    # denying a charge rejects it: REJECT by the denier, not a negated ACCUSE (تنفي بكين الاتهامات الأميركية)
    ("SK-internationalNews-1365-20180505", "بكين الاتهامات الأميركية", "REJECT", None, None, None),
    # imposing tariffs is a sanction on the country whose goods they hit
    ("FR-internationalNews-2616-20180808", "حين فرضت واشنطن رسوما جمركية مشددة", "SANCTION", {"Washington"},
     {"China"}, None),
    ("SK-internationalNews-3049-20180816", "مضاعفة الرسوم الجمركية على الواردات", "SANCTION", {"Donald Trump"},
     {"Turkey"}, None),
    # an evaluative word in reported speech is a charge by the speaker (أسوأ الأخبار المفبركة); in
    # SK-internationalNews-2054 the quoted charge (تصريحات جاستن المغلوطة) restates the one of the sentence
    # before (…، متهما رئيس الوزراء الكندي جاستن ترودو بأنه غير نزيه), which is the one event kept
    ("SK-internationalNews-2054-20180610", "متهما رئيس الوزراء الكندي", "ACCUSE", {"Donald Trump"},
     {"Justin Trudeau"}, None),
    # (SK-middleEast-1011: since session 18 names the envoy who speaks in both sentences -- سفيرة بريطانيا
    # لدى الأمم المتحدة is Karen Pierce -- her later "هذه واحدة من أسوأ الأخبار المفبركة" restates the charge
    # of "ووصفت الاتهامات الروسية بالغريبة" and is merged into it, as the same act reported twice is)
    ("SK-middleEast-1011-20180413", "ووصفت الاتهامات الروسية", "ACCUSE", None, {"Russia"}, None),
    # a masdar's genitive after a person's title (زيارة الرئيس التركي رجب طيب أردوغان): the visitor
    ("SK-internationalNews-3530-20181017", "زيارة الرئيس التركي رجب طيب أردوغان إلى ألمانيا", "CONSULT",
     {"Recep Tayyip Erdogan"}, {"Germany"}, None),
    ("SK-middleEast-3905-20181016", "زيارة الرئيس الروسي فلاديمير بوتن إلى مصر", "CONSULT", {"Vladimir Putin"},
     {"Egypt"}, None),
    # a preposition before a person's title governs the person (تباحثت مع الملك عبد الله الثاني)
    ("FR-internationalNews-1963-20180622", "حيث تباحثت مع الملك عبد الله الثاني", "CONSULT", None,
     {"King Abdullah II"}, None),
    # حمل X المسؤولية: a lone name between the verb and المسؤولية is the one blamed
    ("FR-middleEast-174-20180318", "لكن إسرائيل تحمل حماس مسؤولية", "ACCUSE", {"Israel"}, {"Hamas"}, None),
    ("AL-internationalNews-1670-20180618", "الحكومة اليمنية حملت الانقلابيين", "ACCUSE", None, {"Houthis"}, None),
    ("FR-internationalNews-2237-20180710", "حملت بريطانيا الاثنين روسيا", "ACCUSE", {"United Kingdom"}, {"Russia"}, None),
    # زار / يزور + a place: the place is visited, the visitor is named before or dropped
    ("FR-middleEast-623-20180613", "قاسم سليماني قد زار", "CONSULT", {"Qasem Soleimani"}, {"Baghdad"}, None),
    ("BB-internationalNews-473-20180506", "إنه سيزور الولايات المتحدة", "CONSULT", {"Mevlut Cavusoglu"},
     {"United States"}, None),
    # a relative clause: the name it hangs on is the subject (الذي زار، التي تدعم), or the
    # object when the verb carries its pronoun (الذي تتهمه أنقرة)
    ("FR-internationalNews-2338-20180716", "الذي زار البصرة", "CONSULT", {"Haider al-Abadi"}, None, None),
    ("BB-middleEast-264-20180330", "التي تدعم هذه الوحدات", "SUPPORT", {"United States"}, None, None),
    ("BB-internationalNews-1105-20180929", "الذي تتهمه أنقرة", "ACCUSE", {"Ankara"}, {"Fethullah Gulen"}, None),
    # دافع X ... عن Y with a long subject between (up to six words)
    ("SK-internationalNews-2671-20180716", "ودافع ترامب منذ حملته الانتخابية عن", "SUPPORT", {"Donald Trump"}, None, None),
    # أوقفت الشرطة / السلطات X: an arrest by the security body, X arrested
    ("BB-middleEast-96-20180226", "أوقفت السلطات في جمهورية التشيك", "COERCE", {"Czechia"}, {"Saleh Muslim"}, None),
    # (the article names Lebanon only by adjectives: the body is coded to the country, LBN, through
    # the one Lebanese place it names, its capital)
    ("AL-internationalNews-305-20180303", "أوقفت السلطات الأمنية اللبنانية", "COERCE", {"LBN"}, None, None),
    # a bare السلطات / الشرطة / قوات الأمن as the agent stands for the state the sentence or the
    # article is about
    ("BB-internationalNews-813-20180715", "مع قمع الشرطة للمحتجين", "COERCE", {"NIC"}, None, None),
    ("FR-internationalNews-2155-20180704", "وأفرجت عنه السلطات بكفالة", "RETREAT", {"MYS"}, None, None),
    ("FR-internationalNews-840-20180421", "واعتقلت السلطات رجال دين", "COERCE", {"SAU"}, None, None),
    ("SK-middleEast-2869-20180714", "إن قوات الأمن قتلت 3 متطرفين", "ASSAULT", {"SOM"}, None, None),
    # عرض على X: an offer (AGREE) to the actor after على, the subject named before على or the verb
    ("SK-internationalNews-743-20180402", "ترامب عرض على نظيره", "AGREE", {"Donald Trump"}, {"Vladimir Putin"}, None),
    ("BB-internationalNews-896-20180730", "الصين عرضت على بريطانيا", "AGREE", {"China"}, {"United Kingdom"}, None),
    ("FR-internationalNews-2337-20180716", "عرض بوتين على واشنطن", "AGREE", {"Vladimir Putin"}, {"Washington"}, None),
    # a news outlet or social network is the channel, not the target
    ("FR-internationalNews-2144-20180703", "أطلق الثلاثاء سراح", "RETREAT", None, None, {"State media of France", "Agence France-Presse"}),
    # a condemnation's target is the actor named inside the condemned act, not the victim of an arrest
    ("FR-middleEast-448-20180512", "قد ندد الزعيمان بالهجمات الصاروخية", "ACCUSE", None, {"Iran"}, None),
    ("FR-middleEast-879-20180807", "انتقدت الأسبوع الفائت توقيف الناشطة", "ACCUSE", None, None, {"Smer Bedoui"}),
    # a body and a name after the verb are subject and object, not a title and its holder
    ("BB-middleEast-751-20180718", "وتطالب أنقرة بتسليمها غولن", "REQUEST", {"Ankara"}, None, None),
    ("BB-middleEast-751-20180718", "وقد رفضت الولايات المتحدة مقترح أردوغان", "REJECT", {"United States"}, None, None),
    # a warning names its target as object (حذرت الولايات المتحدة إيران من)
    ("BB-middleEast-996-20180912", "حذرت الولايات المتحدة إيران", "THREATEN", {"United States"}, {"Iran"}, None),
    ("SK-middleEast-270-20180313", "حذر وزير الخارجية الروسي سيرغي لافروف", "THREATEN", {"Sergey Lavrov"}, {"Washington"}, None),
    # retaliation promised (سترد، سوف ترد، لن تمر دون رد) threatens whoever it answers
    ("BB-internationalNews-150-20180314", "وحذر من أن موسكو سترد إذا", "THREATEN", {"RUS"}, None, None),
    ("SK-economy-1088-20180801", "وقالت الصين إنها سترد إذا", "THREATEN", {"China"}, {"United States"}, None),
    ("BB-internationalNews-236-20180327", "أن بلاده سترد بالمثل", "THREATEN", {"RUS"}, {"United States"}, None),
    ("SK-internationalNews-833-20180406", "لن تمر دون رد حازم", "THREATEN", {"RUS"}, None, None),
    # على يد / على أيدي makes the verb passive: its subject is the victim, the agent follows
    ("SK-internationalNews-2508-20180705", "وقتل العامري بعد ذلك بأربعة أيام", "ASSAULT", None, {"Anis al-Amri"}, None),
    # بدعوة من X: X invites, the one who came is invited
    ("SK-middleEast-679-20180331", "والتأم مجلس الأمن بدعوة من الكويت", "REQUEST", {"Kuwait"}, {"UN Security Council"}, None),
    ("AL-internationalNews-1008-20180506", "قدموا بدعوة من الحكومة اللبنانية", "REQUEST", {"Government of Lebanon"}, {"European Union"}, None),
    # two coordinated people before a dual verb meet each other
    ("BB-middleEast-257-20180328", "سيعقدان محادثات في موسكو", "CONSULT", {"Sergey Lavrov"}, {"Staffan de Mistura"}, None),
    # the pronoun of a masdar in a fronted time phrase is the main clause's subject
    ("BB-internationalNews-784-20180711", "وخلال محادثاته في بروكسل", "CONSULT", {"Donald Trump"}, None, None),
    ("SK-internationalNews-2457-20180703", "وبعد زيارته إلى سويسرا", "CONSULT", {"Hassan Rouhani"}, None, None),
    # the pronoun on a patient masdar is who is arrested / killed (اعتقاله، احتجازه، ترحيله)
    ("SK-internationalNews-2887-20180803", "بعد اعتقاله", "COERCE", None, {"Andrew Brunson"}, None),
    ("BB-middleEast-907-20180819", "لوقف ترحيله", "COERCE", None, {"Mustafa"}, None),
    ("SK-internationalNews-1713-20180522", "احتجازه", "COERCE", None, {"Hashim Abedi"}, None),
    # whoever an attribution phrase names (وحسب النص الذي نشرته X، وفق X) tells of the act
    ("FR-internationalNews-567-20180406", "طلب وفد الصين", "REQUEST", {"CHN"}, None, {"World Trade Organization"}),
    # طلب X من Y: Y is asked; "الموالية لـ / التابعة لـ X" names whom the noun before belongs to, not a target
    ("AL-internationalNews-756-20180402", "قد طلبت من منظمة حظر", "REQUEST", {"RUS"},
     {"OPCW"}, None),
    ("SK-middleEast-410-20180319", "أن تطلب من وزارة الخارجية", "REQUEST", None, {"EGY"}, {"United Nations Security Council"}),
    ("SK-middleEast-2843-20180711", "داعيا فيها الحكومة", "REQUEST", None, None, {"Iran", "IRN"}),
    # promised retaliation and measures against someone are threats (تعهد بالرد، ستتخذ خطوات ضد)
    ("SK-middleEast-1679-20180509", "وتعهدت بالرد", "THREATEN", {"IRN"}, {"ISR"}, None),
    ("CN-middleEast-231-20180309", "ستتخذان خطوات مشتركة ضد", "THREATEN", None, {"PKK"}, None),
    # relations cut by a list of four states (the object four words after the verb); aid cut
    ("SK-middleEast-2922-20180716", "وقطعت السعودية والإمارات", "SANCTION", {"SAU", "BHR"}, {"QAT"}, None),
    ("SK-middleEast-1898-20180524", "خفضت إدارة ترامب تمويلها", "SANCTION", {"USA"}, None, None),
    ("BB-internationalNews-474-20180507", "قد قبضت على المشتبه", "COERCE", {"IND"}, None, None),
    # objecting to (اعترض على) and blocking a draft (عرقلة مشروع قرار) reject it
    ("BB-middleEast-1128-20181019", "تعترض على خطة", "REJECT", {"LBY"}, {"European Union"}, None),
    ("CN-middleEast-123-20180228", "عرقلة روسيا مشروع", "REJECT", {"RUS"}, None, None),
    # complaining of (اشتكى X من) and expressing rejection or anger (عبرت X عن رفضها/غضبها)
    ("BB-internationalNews-1021-20180830", "واشتكى ترامب من", "ACCUSE", {"Donald Trump"}, {"CHN"}, None),
    ("SK-internationalNews-1394-20180506", "تعبر فرنسا عن رفضها", "REJECT", {"FRA"}, {"Donald Trump"}, None),
    ("SK-internationalNews-3245-20181002", "عبرت الصين عن غضبها", "ACCUSE", {"CHN"}, {"USA"}, None),
    # a dual noun (الرئيسان، الزعيمان، البلدين) stands for the two sides the article names most
    ("AL-internationalNews-978-20180502", "عندما اجتمع الرئيسان", "CONSULT",
     {"Donald Trump", "Emmanuel Macron"}, {"Donald Trump", "Emmanuel Macron"}, None),
    ("BB-internationalNews-802-20180714", "وسيجتمع الزعيمان", "CONSULT",
     {"Donald Trump", "Vladimir Putin"}, {"Donald Trump", "Vladimir Putin"}, None),
    ("SK-middleEast-2786-20180709", "ويناقش مسؤولو البلدين", "CONSULT", {"SDN", "USA"}, {"SDN", "USA"}, None),
    # the nationality adjective of the act's noun names its author (العقوبات البريطانية، غارات إسرائيلية)
    ("SK-internationalNews-2890-20180803", "أن العقوبات البريطانية", "SANCTION", {"GBR"}, {"IRN"}, None),
    ("SK-middleEast-2851-20180711", "تصدت لغارات إسرائيلية", "ASSAULT", {"ISR"}, None, {"ISR"}),
    # killed by someone's fire (قتل X برصاص/بنيران Y): Y is the attacker, not the target
    ("FR-middleEast-758-20180714", "وقتل 140 فلسطينيا", "ASSAULT", {"Israel Defense Forces"}, None,
     {"Israel Defense Forces"}),
    # the pronoun after an arrest or a sentence (حكم عليه، اعتقلته) is the person named before it;
    # in a relative clause (X، الذي حكم عليه) that person is the antecedent, not the subject
    ("CN-internationalNews-100-20180312", "سكريبال، حكم عليه", "SANCTION", {"RUS"}, {"Sergei Skripal"}, None),
    ("SK-middleEast-1340-20180429", "الذي حكم عليه عام", "SANCTION", {"Qatar"}, {"Mohamed al-Jami"}, None),
    ("JA-internationalNews-437-20150627", "قد اعتقلته في مكان", "COERCE", {"FRA"}, {"Yasin al-Salehi"}, None),
    # a person launching an "attack" (شن دوتيرتي / الرئيس الأمريكي ... هجوما على) attacks in words
    ("FR-internationalNews-1282-20180516", "وشن دوتيرتي هجوما", "ACCUSE", {"Rodrigo Duterte"}, {"KWT"}, None),
    ("FR-internationalNews-1757-20180611", "شن الرئيس الأمريكي دونالد ترامب هجوما", "ACCUSE", {"Donald Trump"}, None, None),
    # a sentence passed by an unnamed court (حُكم على X بالسجن) is the state's
    ("FR-middleEast-531-20180525", "وحُكم على البجادي بالسجن", "SANCTION", {"SAU"}, None, None),
    ("BB-middleEast-33-20180211", "حُكم على قوش بالسجن", "SANCTION", None, {"Salah Gosh"}, None),     # (the court is unnamed; Port Sudan, named in the paragraph before, does not sentence)
    # nobody named arrests: the state of the place it happened in (اعتقل ... في إسرائيل)
    ("SK-internationalNews-199-20180301", "واعتقل مايكل كادار في إسرائيل", "COERCE", {"ISR"}, None, None),
    # diplomats expelled from a place (طرد الدبلوماسيين البريطانيين من روسيا، السفير الإسرائيلي في أنقرة):
    # that place's state expels them
    ("BB-internationalNews-157-20180315", "طرد الدبلوماسيين البريطانيين من روسيا", "SANCTION", {"RUS"}, {"GBR"}, None),
    ("CN-middleEast-948-20180516", "وطردت السفير الإسرائيلي في أنقرة", "SANCTION", {"TUR"}, {"ISR"}, None),
    # a quotation opening after the verb (ودعا "الميليشيات الحوثية لإنهاء ...") holds the object, not the subject
    ("AL-internationalNews-500-20180316", "ودعا \"الميليشيات الحوثية", "REQUEST", None, {"Houthis"}, None),
    # a number of nationals (60 فلسطينيا، عشرات الفلسطينيين) stands for their country: killed, not killing
    ("AL-internationalNews-1160-20180514", "قتلت أكثر من 60", "ASSAULT", {"Israel Defense Forces"}, {"PSE"}, None),
    ("FR-middleEast-402-20180504", "2018 قتل 49 فلسطينيا", "ASSAULT", {"Israel Defense Forces"}, {"PSE"}, None),
    ("SK-middleEast-679-20180331", "إثر مقتل 16 فلسطينيا", "ASSAULT", {"Israel Defense Forces"}, {"PSE"}, None),
    # a charged act "by X" (عملا عدائيا من روسيا ضد بريطانيا): the speaker charges X, not the victim
    ("SK-internationalNews-350-20180314", "عملا عدائيا من روسيا", "ACCUSE", {"Theresa May"}, {"RUS"}, {"GBR"}),
    # congratulating (هنأ، لتهنئته) is praise; blocking the adoption of a text (عطلت X تبني) rejects it
    ("SK-middleEast-741-20180402", "لتهنئته على الفوز", "SUPPORT", {"Donald Trump"}, {"Abdel Fattah el-Sisi"}, None),
    ("FR-internationalNews-2058-20180628", "أن إيطاليا عطلت", "REJECT", {"ITA"}, None, None),
    # أفرجت X عن: a release with its subject between the verb and عن
    ("SK-middleEast-1067-20180415", "أفرجت إسرائيل عن", "RETREAT", {"ISR"}, None, None),
    # الكوريتان: North and South Korea
    ("SK-internationalNews-1036-20180420", "واتفقت الكوريتان على إنشاء", "AGREE", {"PRK", "KOR"}, {"PRK", "KOR"}, None),
    # a dual verb of meeting (وناقشا، إذا ما التقيا): the two met each other, both are source and target
    ("BB-middleEast-1046-20181003", "بالملك السعودي يوم السبت وناقشا", "CONSULT", {"Donald Trump", "SAU"},
     {"Donald Trump", "SAU"}, None),
    # condemning rockets fired from X (يشجب إطلاق الصواريخ من قطاع غزة): X is condemned
    ("CN-middleEast-1062-20180601", "ويشجب القرار إطلاق الصواريخ", "ACCUSE", None, {"PSE"}, None),
    # a noun with a possessive pronoun takes no genitive after it (اجتماعه بزعيم X: X is met)
    ("BB-middleEast-367-20180418", "عقب اجتماعه بزعيم", "CONSULT", {"Recep Tayyip Erdogan"}, None, None),
    # a protest is addressed to the body it stands before (تظاهر الآلاف أمام البرلمان التونسي)
    ("BB-middleEast-919-20180831", "وتظاهر الآلاف أمام البرلمان", "PROTEST", None, {"TUN"}, None),
    # a delegation from X (التقى ماكرون بوفد من قوات سوريا الديمقراطية): X is met, not the city named later
    ("BB-middleEast-295-20180405", "ماكرون بوفد من قوات", "CONSULT", {"Emmanuel Macron"}, {"Syrian Democratic Forces"},
     {"Ankara"}),
    # a stance noun owned by the subject of a verb joined by و (طالبت لندن ... وأكدت تضامنها مع السعودية)
    ("AL-internationalNews-647-20180327", "وأكدت تضامنها مع السعودية", "SUPPORT", {"London"}, {"SAU"}, None),
    # a place adverbial between the verb and its subject (التقى السبت في موسكو، وزراء خارجية روسيا وإيران
    # وتركيا): the subject follows it
    ("FR-middleEast-371-20180428", "التقى السبت في موسكو", "CONSULT", {"RUS"}, {"IRN", "TUR"}, None),
    # a circumstantial participle of threat (…، مهددا بإلغاء الاتفاقية): the sentence's subject threatens
    ("SK-middleEast-764-20180403", "مهددا بإلغاء اتفاقية", "THREATEN", {"Donald Trump"}, {"MEX"}, None),
    ("AL-internationalNews-1376-20180530", "مهدداً باغتيال", "THREATEN", {"Israel Defense Forces"}, {"Hamas"}, None),
    # a dateline (دبي، الإمارات العربية المتحدة (CNN)--) is where the report was filed, never a side
    ("CN-middleEast-1523-20181014", "متوعدة بالرد", "THREATEN", {"SAU"}, None, {"ARE"}),
    # …، متهما / منددا / رافضا / مشيدا: the sentence's subject accuses, rejects, praises whoever follows
    ("FR-internationalNews-1918-20180620", "متهما حركة حماس", "ACCUSE", {"Israel Defense Forces"}, {"Hamas"}, None),
    ("FR-middleEast-944-20180818", "متهمة قطر باستغلال", "ACCUSE", {"SAU"}, {"QAT"}, None),
    ("FR-internationalNews-2747-20180816", "رافضا أن تقوم روما", "REJECT", {"Matteo Salvini"}, None, None),
    # the bare قتل with a person as its only actor is the passive قُتل (خاشقجي قتل داخل القنصلية)
    ("BB-middleEast-1098-20181014", "أن خاشقجي قتل داخل القنصلية", "ASSAULT", None, {"Jamal Khashoggi"}, None),
    # a charge's genitive then ل + X (اتهام واشنطن للنظام السوري بـ): the genitive accuses X
    ("FR-internationalNews-824-20180420", "اتهام واشنطن للنظام السوري", "ACCUSE", {"Washington"}, {"SYR"}, {"Douma"}),
    # killed in an air strike of X (قتل 16 مدنيا في غارة تركية): X attacked
    ("AL-internationalNews-511-20180317", "16 مدنياً في غارة تركية", "ASSAULT", {"TUR"}, None, None),
    # …، داعيا / مطالبا X إلى: the sentence's subject asks, X is asked
    ("SK-middleEast-1829-20180520", "داعيا الأمم المتحدة", "REQUEST", {"MAR"}, {"United Nations"}, None),
    ("BB-middleEast-142-20180306", "داعيا إلى فك الحصار", "REQUEST", {"Rex Tillerson"}, None, None),
    # a circumstantial participle with no comma before it (… في شمال العراق مهددا بالتدخل، … متوعدا بعقوبات)
    ("FR-internationalNews-1699-20180608", "مهددا بالتدخل", "THREATEN", {"Recep Tayyip Erdogan"}, {"IRQ"}, None),
    ("CN-internationalNews-329-20180509", "متوعدا بعقوبات", "THREATEN", {"Donald Trump"}, {"IRN"}, None),
    ("SK-internationalNews-3031-20180815", "متهما إياه", "ACCUSE", {"Donald Trump"}, None, None),
    # وجه X تحذيرا إلى / لـ Y: X warns Y
    ("AL-internationalNews-883-20180412", "وجه ترمب تحذيرا", "THREATEN", {"Donald Trump"}, {"RUS"}, None),
    ("BB-middleEast-62-20180220", "ووجهت الحكومة التركية تحذيرا", "THREATEN", {"TUR"}, {"SYR"}, None),
    # a subject fronted at the start of its sentence (a headline: ليبرمان يرفض اعتذار عباس) or set off
    # by an aside (خالد اليماني، من جهته حثَّ الحوثيين) is the subject; the name after the verb its object
    ("FR-middleEast-399-20180504", "ليبرمان يرفض اعتذار", "REJECT", {"Avigdor Lieberman"}, {"Mahmoud Abbas"}, None),
    ("AL-internationalNews-1839-20180708", "من جهته حثَّ", "REQUEST", {"YEM"}, {"Houthis"}, None),
    # retaliation promised in reported speech (ستستدعي ردا، ستكون هناك ردود فعل، مستعدة للرد)
    ("SK-internationalNews-344-20180314", "ستستدعي ردا", "THREATEN", {"Dmitry Peskov"}, {"GBR"}, None),
    ("FR-internationalNews-573-20180406", "ستكون هناك ردود", "THREATEN", {"Avigdor Lieberman"}, None, None),
    ("JA-internationalNews-767-20170417", "مستعدة للرد", "THREATEN", {"PRK"}, None, None),
    # taking a town by force (CAMEO 192): the forces that took it, the place taken
    ("FR-middleEast-170-20180317", "وسيطرت حماس على", "COERCE", {"Hamas"}, {"Gaza"}, None),
    ("SK-middleEast-373-20180319", "سيطرت القوات التركية وحلفاؤها على", "COERCE", {"TUR"}, {"Afrin"}, None),
    ("SK-middleEast-1350-20180430", "سيطرت الميليشيا الانقلابية على", "COERCE", {"Houthis"}, {"Sanaa"}, None),
    # a government's forces named by what they serve (قوات الشرعية، القوات الحكومية) are its state
    ("SK-middleEast-977-20180412", "سيطرت قوات الشرعية على", "COERCE", {"YEM"}, {"Houthis"}, None),
    # an agreement announced as reached (أعلن X التوصل إلى اتفاق مع Y، أعلنت X عن اتفاق مع Y)
    ("BB-middleEast-168-20180310", "أعلن جيش الإسلام التوصل إلى اتفاق", "AGREE", {"Jaysh al-Islam"}, {"SYR"}, None),
    ("FR-internationalNews-675-20180411", "أعلنت دمشق عن اتفاق", "AGREE", {"Damascus"}, {"Jaysh al-Islam"}, None),
    # who visits, holds a meeting or calls: the person after ل (زيارة لولي العهد إلى، الزيارة الثانية للأمير
    # X إلى الكويت), whoever arrived somewhere "in a visit" (ووصل X إلى القاهرة في زيارة), the caller of a
    # call received (تلقى الملك سلمان اتصالا هاتفيا من ترامب)
    ("CN-middleEast-1390-20180930", "الزيارة الرسمية الثانية للأمير", "CONSULT", {"Mohammed bin Salman"}, {"KWT"}, None),
    ("SK-middleEast-907-20180410", "في زيارة تستغرق يومين", "CONSULT", {"Mohamed bin Zayed"}, {"EGY"}, None),
    ("SK-middleEast-3896-20181016", "تلقى العاهل السعودي، الملك سلمان", "CONSULT", {"Donald Trump"}, {"SAU"}, None),
    # an attack noun's genitive body attacks (هجوم داعش على السويداء، في هجوم تنظيم الدولة على)
    ("SK-middleEast-3253-20180803", "وتزامن هجوم داعش على السويداء", "ASSAULT", {"Islamic State"}, None, None),
    # a spokesman named after the body he speaks for acts (اتهمت المتحدثة باسم الخارجية الروسية، ماريا
    # زاخاروفا، النائب ...); a request "from" someone is theirs (بناء على طلب من إسرائيل)
    ("SK-internationalNews-256-20180310", "اتهمت المتحدثة باسم الخارجية", "ACCUSE", {"Maria Zakharova"}, None, None),
    ("BB-middleEast-1049-20181003", "بناء على طلب من إسرائيل", "REQUEST", {"ISR"}, {"SYR"}, None),
    # a number of a group's members killed (قتل 10 من ميليشيات الحوثي، قتل عدد من مقاتلي ميليشيات الحوثي):
    # the group suffered the attack, it did not make it
    ("SK-middleEast-482-20180322", "قتل 10 من ميليشيات الحوثي", "ASSAULT", None, {"Houthis"}, None),
    ("AL-internationalNews-1715-20180621", "قتل عدد من مقاتلي ميليشيات", "ASSAULT", None, {"Houthis"}, None),
    # exposed to an attack (تعرضت دورية للجيش الموريتاني لهجوم، هضبة الجولان تعرضت لهجوم): it suffers it
    ("SK-middleEast-3321-20180810", "تعرضت دورية عسكرية تابعة", "ASSAULT", None, {"MRT"}, None),
    ("BB-middleEast-481-20180509", "هضبة الجولان تعرضت لهجوم", "ASSAULT", None, {"Golan Heights"}, None),
    # a meeting's venue is no side, whichever fallback would have chosen it
    ("CN-middleEast-1303-20180907", "بشأن عدم انعقاد محادثات جنيف", "CONSULT", None, None, {"Geneva"}),
    ("FR-internationalNews-1556-20180531", "في اجتماع باريس", "CONSULT", None, None, {"Paris"}),
    # who is set free follows the release noun (إطلاق سراح برونسون: Brunson is released, not releasing)
    # (56 of 2,033 events changed in 250 ANT articles with the phrase; mostly the released person now
    # the target, some sources still wrong)
    ("CN-internationalNews-699-20181014", "القضاء التركي عمل بشكل مستقل في إطلاق سراح برونسون", "RETREAT",
     {"TUR"}, {"Andrew Brunson"}, None),
    # a time aside between commas does not cut the subject off the noun after it (وأمر قاض إسرائيلي،
    # الاثنين، بإطلاق سراح; 12 of 1,190 events changed in 250 ANT articles with such an aside, ~8 better)
    ("SK-internationalNews-1710-20180522", "وأمر قاض إسرائيلي، الاثنين، بإطلاق سراح", "RETREAT", {"ISR"}, None, None),
    ("SK-internationalNews-1546-20180513", "إلى بروكسل، الثلاثاء، للقاء", "CONSULT", {"Mohammad Javad Zarif"}, None, None),
    # ... but not before أن, whose clause has a subject of its own (أعلنت وزارة الخارجية العراقية، الاثنين، أنها
    # استدعت السفير الجزائري: Algeria's ambassador is summoned, not Iraq's)
    ("SK-middleEast-3604-20180910", "أنها استدعت السفير الجزائري", "SANCTION", {"IRQ"}, {"DZA"}, {"IRQ"}),
    # whose fire killed: past a time aside (قتل شاب فلسطيني، السبت، برصاص الجيش الإسرائيلي) and past a
    # force noun (بغارات طائرات التحالف، برصاص قوات الجيش); 3 of 1,377 events changed in 300 ANT
    # articles with either, all 3 better
    ("SK-middleEast-219-20180310", "قتل شاب فلسطيني، السبت، برصاص", "ASSAULT", {"ISR"}, None, None),
    ("AL-internationalNews-813-20180405", "مصرعهم، الخميس، في قصف مدفعي", "ASSAULT", {"YEM"}, None, None),
    ("SK-middleEast-1769-20180517", "بعد مصرع العشرات منهم بغارات", "ASSAULT", {"Saudi-led Coalition"}, None, None),
    # an attack (not only a strike) launched by a group after the victims' comma (لقي عشرات الجنود
    # مصرعهم بنيجيريا، في هجوم شنته جماعة "بوكو حرام"), past a count of victims (، بينهم 5 أطفال في
    # ضربات جوية مكثفة شنتها ...): 9 of 1,183 events changed in 193 ANT articles with such a sentence
    ("SK-internationalNews-2670-20180716", "لقي عشرات الجنود مصرعهم بنيجيريا", "ASSAULT", {"Boko Haram"}, None, None),
    # a meeting held between two sides (عقد لقاء مصالحة بين X و Y، عقد اجتماع بين بوتين وترامب): they meet
    # each other, whoever holds it (60 of 2,049 events changed in 300 ANT articles with such phrases,
    # nearly all the same pair now both ways; one a broker no longer a side)
    ("AL-internationalNews-781-20180404", "في عقد لقاء مصالحة بين", "CONSULT", {"Saad Hariri", "Samir Geagea"},
     {"Saad Hariri", "Samir Geagea"}, None),
    # a name between commas after a title and a country is that title's holder, the subject (واستقبل رئيس
    # إريتريا، #إسياس_أفورقي، بحرارة رئيس الوزراء الإثيوبي; دعا رجل الدين الشيعي العراقي، مقتدى الصدر،)
    # -- not the object of the act (2 of 1,629 events changed in 300 ANT articles with such an apposition)
    ("AL-internationalNews-1817-20180709", "واستقبل رئيس إريتريا", "CONSULT", {"Isaias Afwerki"}, {"Abiy Ahmed"}, None),
    ("CN-middleEast-1295-20180906", "دعا رجل الدين الشيعي العراقي، مقتدى الصدر", "REQUEST", {"Muqtada al-Sadr"}, None, None),
    # ألقي القبض (written with ي) is the passive: who was arrested is the target, never the source (the
    # active is ألقى, with ى); ~13 of 2,200 events changed in 300 ANT articles with it or a relative clause
    ("SK-internationalNews-559-20180324", "وألقي القبض عليه في اليوم التالي", "COERCE", None, {"Hassan"}, None),
    # the head of an office named with its organisation, then the holder's title and name (ندد مفوض الأمم
    # المتحدة لحقوق الإنسان الأمير زيد بن رعد الحسين): the person acts, the organisation is not the object
    ("FR-internationalNews-319-20180308", "ندد مفوض الأمم المتحدة لحقوق الإنسان", "ACCUSE", {"Zeid Ra'ad al-Hussein"},
     {"EGY"}, {"United Nations"}),
    # an announced capture with the subject and a time word between (وأعلن الجيش السوري السبت سيطرته
    # بالكامل على الغوطة الشرقية): 4 new capture events in 300 ANT articles with the word, all real
    ("FR-middleEast-287-20180415", "وأعلن الجيش السوري السبت سيطرته بالكامل", "COERCE", {"SYR"}, {"Eastern Ghouta"}, None),
    # …، واتهم روسيا بالتواطؤ / وطالب الحوثيين بوقف: after a comma, a verb joined by و whose first name is
    # followed by the charge or the demand has it as its object, and the sentence's subject acts (27 of
    # 2,270 events changed in 300 ANT articles with such verbs, about 20 better)
    ("CN-middleEast-631-20180416", "واتهم روسيا بالتواطؤ", "ACCUSE", {"Emmanuel Macron"}, {"RUS"}, None),
    ("BB-internationalNews-473-20180506", "واتهم الولايات المتحدة بالسعي", "ACCUSE", {"Mevlut Cavusoglu"}, {"USA"}, None),
    # a hashtag's marks are no words (زار #الرئيس_اليمني عبد ربه منصور هادي: the visitor after his title);
    # 51 of 1,386 events changed in 300 ANT articles with hashtags
    ("AL-internationalNews-1132-20180511", "زار #الرئيس_اليمني", "CONSULT", {"Abdrabbuh Mansur Hadi"}, None, None),
    # a quotation that opens on the verb does not cut it off its subject (أن الولايات المتحدة "تدعم بقوة
    # السعودية"، أن دمشق "تدين بشدة قرار الرئيس الأمريكي"): 5 of 2,094 events changed in 300 ANT articles
    ("SK-middleEast-2592-20180625", "أن الولايات المتحدة \"تدعم بقوة السعودية", "SUPPORT", {"USA"}, {"SAU"}, None),
    # a phone call the act happened in is between the act's two sides (شكر بومبيو السعودية خلال مكالمة
    # هاتفية أجراها، الإثنين، مع الأمير محمد بن سلمان): 4 of 2,476 events changed in 300 ANT
    # articles with في / خلال + a call or a meeting, all better (meetings were left out: half got worse)
    ("CN-middleEast-1197-20180814", "شكر وزير الخارجية الأمريكي، مايك بومبيو", "CONSULT", {"Mike Pompeo"}, {"SAU"}, None),
    # a title before a comma and the name right after it (أدان السيناتور الجمهوري، جيف فليك تصريحات ترامب;
    # ودعا الرئيس، دونالد ترامب، إلى): the named person acts (10 of 1,967 events changed in 300 ANT articles
    # with such a title, 8 better, 1 worse: a passive اتُّهم)
    ("CN-internationalNews-493-20180814", "أدان السيناتور الجمهوري، جيف فليك", "ACCUSE", None, {"Donald Trump"}, None),
    ("SK-internationalNews-2704-20180718", "ودعا الرئيس، دونالد ترامب، إلى", "REQUEST", {"Donald Trump"}, None, None),
    # an office + ل + its organisation right after the verb (دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش):
    # the office acts for the body, and its holder named after it is the subject (41 of 1,931 events changed
    # in 300 ANT articles with such offices, nearly all the UN or Arab League chief now the source)
    ("SK-middleEast-802-20180406", "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الخميس إسرائيل", "REQUEST",
     {"Antonio Guterres"}, {"ISR"}, {"United Nations"}),
    # ... and after a comma (دان الأمين العام للجامعة العربية، أحمد أبو الغيط نقل السفارة): 4 of 1,932 changed, all better
    ("SK-middleEast-850-20180408", "ودعا الاتحاد الأوروبي والأمين العام للأمم المتحدة، أنطونيو غوتيريس", "REQUEST",
     {"Antonio Guterres"}, None, {"Antonio Guterres"}),
    # a body right after منع with unnamed people after it is the subject (منعت الحكومة الإيطالية الجديدة سفينة
    # ... من الرسو), not the one prevented (2 of 1,730 events changed in 300 ANT articles, both better)
    ("SK-internationalNews-2397-20180630", "منعت الحكومة الإيطالية الجديدة سفينة", "COERCE", {"ITA"}, None, {"ITA"}),
    # an air force or artillery named by its nationality (قصف الطيران الإسرائيلي، شنت الطائرات الحربية التركية،
    # قصفت المدفعية التركية) is an actor of its country, not a town after the verb (94 of 1,608 events
    # changed in 300 ANT articles naming such a force, nearly all the force now the attacker)
    ("FR-internationalNews-2204-20180709", "قصف الطيران الإسرائيلي مطار التيفور", "ASSAULT",
     {"Air Force of Israel"}, None, None),
    ("FR-internationalNews-579-20180406", "أن الطيران السوري شن غارات", "ASSAULT", {"Air Force of Syria"}, None, None),
    ("SK-middleEast-470-20180322", "شنت الطائرات الحربية التركية غارات", "ASSAULT", {"Air Force of Turkey"}, None, None),
    # a collective noun + a nationality over a named body (قوات الحكومة السورية، قوات الجيش السوري) is that
    # body, not the first place of the country the article names (الغوطة الشرقية)
    # (قوات الحكومة is itself the army's name since the war-news forms below were added)
    ("SK-middleEast-148-20180301", "قوات الحكومة السورية شنت هجوما", "ASSAULT", {"Armed Forces of Syria"}, None, None),
    # التحالف العربي is the Saudi-led coalition wherever it is written (the dictionary now finds it where the
    # tagger does not, as after مقاتلات / طائرات): 229 of 1,381 events changed in 250 ANT articles naming it,
    # nearly all its air strikes now with the coalition as the attacker
    ("SK-middleEast-1432-20180505", "شنت طائرات التحالف العربي سلسلة غارات", "ASSAULT", {"Saudi-led Coalition"},
     {"Houthis"}, None),
    ("SK-middleEast-10-20180222", "أسفر قصف جوي لمقاتلات التحالف العربي", "ASSAULT", {"Saudi-led Coalition"}, None, None),
    # ... and التحالف الدولي the US-led coalition against ISIS, تنظيم الدولة the Islamic State (63 of 1,590 events
    # changed in 250 ANT articles naming them)
    ("SK-middleEast-1890-20180523", "إن التحالف الدولي استهدف موقعين", "ASSAULT", {"Global Coalition against ISIS"},
     None, None),
    # the war news' names for a state's forces and its armed opposition (قوات النظام، القوات الحكومية، قوات
    # الشرعية، الفصائل المعارضة) are the army or opposition of the country around them (262 of 1,690 events
    # changed in 300 ANT articles with such names, 229 gaining that army or opposition as a side)
    ("FR-middleEast-140-20180312", "حيث تشن قوات النظام هجوما عنيفا", "ASSAULT", {"Armed Forces of Syria"}, None, None),
    ("SK-middleEast-433-20180320", "هجوما صاروخيا لفصائل المعارضة", "ASSAULT", {"Opposition of Syria"}, None, None),
    # ... whose country is not that of a party listed with it (الفصائل المعارضة وروسيا: Syria's, not Russia's)
    ("FR-middleEast-744-20180708", "الذي وافقت على إبرامه الفصائل المعارضة وروسيا", "AGREE", None, None,
     {"Opposition of Russia"}),
    # an outlet right after a verb of acting is its subject (نددت صحيفة "غلوبال تايمز" عبور سفينتين، ودعت شبكة "سى إن
    # إن" أعضاء الكونغرس): it acts, it does not only report (15 of 1,797 events changed in 300 ANT articles with
    # such a verb before an outlet noun, about 12 better)
    ("SK-internationalNews-2550-20180709", "نددت صحيفة", "ACCUSE", {"Global Times"}, None, None),
    ("BB-internationalNews-1-20180218", "ودعت شبكة", "REQUEST", {"CNN"}, None, None),
    # قوات / جنود الاحتلال are Israel's army in the news that writes so (94 of 988 events changed in 147 ANT articles
    # with the phrase, nearly all from Israel or a Palestinian town to the army); with another country's
    # adjective after them (قوات الاحتلال التركي) that country's army
    ("AL-internationalNews-1131-20180511", "لقي شاب فلسطيني مصرعه", "ASSAULT", {"Israel Defense Forces"}, None, None),
    ("FR-internationalNews-2078-20180629", "أطلقه عليه جنود الاحتلال", "ASSAULT", None, None, {"Khan Yunis"}),
    # a nationality adjective (النظام السوري، الضحايا الفلسطينيين) stands for its country even when the article
    # names only a town of it (10 of 1,764 events changed in 400 random ANT articles, all from a town to the country)
    ("SK-middleEast-190-20180309", "قال إن هجوم النظام السوري على الغوطة", "ACCUSE", None, {"Syria"}, {"Idlib"}),
    ("FR-internationalNews-1095-20180505", "أن ستة فلسطينيين قتلوا", "ASSAULT", None, {"Palestine"}, {"Gaza"}),
    # a masdar of agreeing, supporting, rejecting or threatening in reported speech with its agent right after it
    # (قالت قطر إن موافقة إسرائيل على) is that agent's act, not the speaker's (11 of 936 events changed in 117 ANT
    # articles with such a clause, 9 better); the claims a speaker rejects (مزاعم المغرب) stay the speaker's
    ("AL-internationalNews-509-20180317", "إن موافقة #إسرائيل", "AGREE", {"ISR"}, None, None),
    ("SK-middleEast-326-20180316", "أن تهديد الولايات المتحدة بضرب", "THREATEN", {"USA"}, {"SYR"}, None),
    ("SK-internationalNews-303-20180312", "إن تهديد بريطانيا مقاطعة", "THREATEN", {"GBR"}, None, {"GBR"}),
    ("BB-middleEast-441-20180504", "إن مزاعم المغرب", "REJECT", {"IRN"}, {"MAR"}, None),
    # a poisoning's possessive pronoun is who was poisoned (تسميمه), as for the other patient masdars
    ("AL-internationalNews-763-20180403", "مسؤوليتها عن تسميمه", "ASSAULT", None, {"Sergei Skripal"}, None),
    # a person named with their title and closed by a comma before the verb, opening the clause, is its
    # subject (أن الرئيس الروسي، فلاديمير بوتين، سيجتمع؛ لكن الرئيس الأمريكي دونالد ترامب، هدد)
    ("AL-internationalNews-1401-20180531", "فلاديمير #بوتين، سيجتمع", "CONSULT", {"Vladimir Putin"}, None, None),
    ("BB-middleEast-201-20180316", "دونالد ترامب، هدد بانسحاب", "THREATEN", {"Donald Trump"}, None, None),
    ("BB-internationalNews-805-20180713", "تيريزا ماي، استقبلت", "CONSULT", {"Theresa May"}, {"Donald Trump"}, None),
    ("SK-internationalNews-2833-20180801", "مولود جاويش أوغلو، سيجري", "CONSULT", {"Mevlut Cavusoglu"}, None, None),
    # كل من ("both", "each of") after a verb opens its subject list, and after a preposition its object list
    # (29 of 1,971 events changed in 300 ANT articles with the phrase, about 20 better, 4 worse)
    ("CN-middleEast-1526-20181014", "طالبت كل من بريطانيا وفرنسا وألمانيا", "REQUEST", {"GBR", "FRA", "DEU"}, None, None),
    ("AL-internationalNews-981-20180501", "ودانت كل من الأمم المتحدة", "ACCUSE", {"United Nations", "European Union"},
     None, None),
    ("FR-internationalNews-1467-20180527", "وقطعت كل من السعودية", "SANCTION", {"SAU", "ARE", "BHR", "EGY"}, {"QAT"}, None),
    ("SK-middleEast-1042-20180414", "والتنسيق مع كل من الولايات المتحدة", "COOPERATE", {"GBR"}, {"USA", "FRA"}, None),
    # an act's nationality adjective names its author even when the article does not name the country
    # otherwise (العقوبات الأمريكية، الغارات الروسية، التصعيد الإسرائيلي): 7 of 1,788 events changed in 400 random
    # ANT articles, all better; 7 of 2,120 in 300 articles with such a phrase, 6 better
    ("BB-middleEast-208-20180317", "وقتلت الغارات الروسية", "ASSAULT", {"RUS"}, None, None),
    ("SK-middleEast-1697-20180514", "التصعيد الإسرائيلي", "ACCUSE", {"ARE"}, {"ISR"}, None),
    ("SK-middleEast-1541-20180509", "القرار الأميركي الخاص بالانسحاب", "RETREAT", {"USA"}, None, None),
    # the verb that carries out an attack opens its subject; a place after في between it and the attack noun is
    # no attacker (شنت مقاتلات التحالف العربي في اليمن الأحد غارات): 9 of 208 events changed in 30 ANT articles
    # with the construction, 6 better, 3 restatements now merged into the first report; none in 400 random ones
    ("SK-middleEast-280-20180313", "شنت مقاتلات التحالف العربي الداعم للشرعية في اليمن", "ASSAULT",
     {"Saudi-led Coalition"}, {"Houthis"}, None),
    ("BB-middleEast-12-20180215", "شن الطيران الأمريكي في 7 فبراير", "ASSAULT", {"USA"}, {"SYR"}, None),
    # a bare detention verb after a person, with a preposition, a time or a break right after it, is passive
    # (موكله قد احتجز في ألمانيا: he was held), as the bare قتل is: 5 of 2,131 events changed in 300 ANT articles
    # with such a verb, 3 better (a detainee no longer the detainer), 2 neither
    ("BB-internationalNews-224-20180325", "موكله قد احتجز في ألمانيا", "COERCE", {"DEU"}, {"ESP"}, None),
    # قوات سوريا الديموقراطية (with و) is the SDF, not the Syrian army: 32 of 952 events changed in 177 ANT articles
    # with the spelling, nearly all the SDF, the DR Congo or the HDP now named where another actor was
    ("FR-middleEast-342-20180422", "طردت قوات سوريا الديموقراطية", "SANCTION", {"Syrian Democratic Forces"}, None,
     None),
    # the owner of the positions an attack strikes suffers it, not the town they are in (ضربت مدفعية التحالف مواقع
    # الميليشيات الموالية لإيران): 59 of 1,853 events changed in 300 ANT articles with such a phrase, about 35
    # better (mostly the Houthis now the target), about 5 worse
    ("AL-internationalNews-720-20180331", "شنت طائرات تحالف دعم الشرعية", "ASSAULT", None, {"Houthis"}, None),
    # charges brought on a pronoun right after the verb (ووجهت إليها التهمة، وجهت له تهم): the pronoun's person is
    # the one charged, whatever the charges name (23 of 1,431 events changed in 197 ANT articles with the phrase,
    # about 17 better)
    ("FR-internationalNews-2544-20180731", "ووجهت إليها التهمة", "ACCUSE", None, {"ISR"}, {"Nazareth"}),
    # a text as the subject: its owner after لـ acts (اتهم تقرير للأمم المتحدة كوريا الشمالية), and a definite text
    # opening the clause (أن الدعوى تتهم الإمارات، إن مشروع القرار يطالب إسرائيل) leaves the name after the verb
    # its object (8 events changed in 400 ANT articles with such texts, all better; none in 300 random ones)
    ("BB-middleEast-574-20180603", "اتهم تقرير للأمم المتحدة كوريا", "ACCUSE", {"United Nations"}, {"North Korea"},
     None),
    ("FR-internationalNews-1095-20180505", "اتهم بيان للجناح العسكري لحماس", "ACCUSE", {"Hamas"}, {"Israel"}, None),
    ("FR-internationalNews-1764-20180611", "أن الدعوى تتهم الإمارات", "ACCUSE", None, {"United Arab Emirates"}, None),
    ("CN-middleEast-1062-20180601", "إن مشروع القرار يطالب إسرائيل", "REQUEST", None, {"Israel"}, None),
    # who reports a passive attack did not suffer it (وقُتل ... وفقا للمرصد السوري، المرصد يقول إن ثلاثة مراكز للأبحاث
    # العلمية قُصفت: a counted noun with its own words opens the clause), and only a person is held (5 events changed
    # in 400 ANT articles with a passive or a counted clause, 4 better; none in 300 random articles)
    ("BB-middleEast-690-20180702", "وقُتل ما يزيد على 130 ألف مدني", "ASSAULT", None, None,
     {"Syrian Observatory for Human Rights"}),
    ("BB-middleEast-470-20180508", "إن فلسطينيين قُتلا", "ASSAULT", None, None, {"Israel Defense Forces"}),
    ("FR-middleEast-276-20180414", "ثلاثة مراكز للأبحاث العلمية قُصفت", "ASSAULT", None, None,
     {"Syrian Observatory for Human Rights"}),
    ("BB-middleEast-1081-20181010", "أو احتُجز بمعزل", "COERCE", None, None, {"Frank Gartner", "Saudi Arabia"}),
    # a clause of its own (…، بينما تتجه الأنظار إلى واشنطن، حيث أعلن المرصد) holds no earlier act's object (8 events
    # changed in 400 ANT articles with such a word, 4 better, 1 worse; 1 of 300 random articles, better)
    ("SK-middleEast-951-20180411", "آلية للتحقيق في الأسلحة الكيميائية", "ACCUSE", None, None, {"Washington"}),
    ("FR-internationalNews-2376-20180718", "تواصل قوات النظام السوري قصفها", "ASSAULT", None, None,
     {"Syrian Observatory for Human Rights"}),
    # praise of a thing with nobody named in its clause (أشاد أردوغان بالإقبال الكبير) has no other side to guess
    # from the paragraph (6 events changed in 400 ANT articles with such praise, 4 better)
    ("FR-middleEast-670-20180624", "أشاد أردوغان بالإقبال", "SUPPORT", None, None, {"Republican People's Party"}),
    ("BB-internationalNews-1137-20181002", "أشادت فيها بالتغيير", "SUPPORT", None, None, {"United Nations"}),
    # a bare passive (اعتقل، اغتيل) after the name its relative clause hangs on, with no object after it, was
    # suffered by that name (ناصر الزفزافي، الذي اعتقل يوم الاثنين) -- not by the place after في (اعتقل في مارس لدى
    # دخوله ألمانيا), which gives way to a name right after it (اغتيل في بيروت قبل يومين الوزير السابق محمد شطح);
    # an object after it keeps the head its subject (الجيش الإسرائيلي، الذي اعتقل عددا من الفلسطينيين). 44 events
    # changed in 400 ANT articles with such a verb, mostly a place replaced by the person held
    ("JA-internationalNews-1009-20170603", "ناصر الزفزافي، الذي اعتقل", "COERCE", None, {"Nasser Zefzafi"}, None),
    ("FR-internationalNews-2273-20180712", "بيغديمونت الذي اعتقل في مارس", "COERCE", None, {"Carles Puigdemont"},
     {"Germany"}),
    ("AL-internationalNews-84-20131229", "اغتيل في بيروت قبل يومين", "ASSAULT", None, None, {"Beirut"}),
    ("SK-middleEast-3051-20180722", "الذي اعتقل عددا من الفلسطينيين", "COERCE", None, None, {"Israel Defense Forces"}),
    # a present launching verb after the attack noun names its author too (لهجمات مضادة يشنها تنظيم داعش), as the past
    # one did (شنتها): 3 events changed in 400 ANT articles with such a verb, all better
    ("SK-middleEast-3846-20181013", "مضادة يشنها تنظيم", "ASSAULT", {"Islamic State"}, None, None),
    # the source's own patron (الميليشيات الموالية لإيران، قوات النظام المدعومة من روسيا) is no other side guessed from
    # the paragraph: 7 events changed in 400 ANT articles with such a participle, all better
    ("SK-middleEast-2856-20180712", "الموالية لإيران بعد رفض", "REJECT", None, None, {"Iran"}),
    ("SK-middleEast-2818-20180710", "وأدى هجوم قوات النظام", "ASSAULT", None, None, {"Russia"}),
    # a stance verb in the present after the subject of a reported clause owns the masdar after it (إن المملكة العربية
    # السعودية تجدد رفضها نقل السفارة، ترامب يؤكد رفضه): 3 events changed in 400 ANT articles with such a phrase, all better
    ("SK-middleEast-1772-20180517", "السعودية تجدد رفضها", "REJECT", {"Saudi Arabia"}, None, None),
    ("CN-middleEast-1615-20181019", "ترامب يؤكد رفضه وقف", "REJECT", {"Donald Trump"}, None, None),
    # who announces a death (أعلنت موسكو مقتل خمسة مواطنين في الغارة الأمريكية) did not cause it -- an armed body or
    # group announcing may (وذكرت الجماعة أن الهجوم), and so may one announcing its own strikes (أعلنت الولايات المتحدة أن
    # غاراتها): 17 events changed in 400 ANT articles with such an announcement, most an announcer gone as the attacker
    ("FR-middleEast-9-20180217", "أعلنت موسكو الخميس مقتل", "ASSAULT", {"United States"}, None, None),
]

# a news outlet is never the source of an act it reports, nor a city named as a venue
# charges made in reported speech with no trigger word of their own (tuning-part gold articles)
CHARGE_CASES = [
    # (a denial that goes on to say something of its own still charges: وتنفي روسيا أي دور لها وتقول إن حلف الأطلسي ...)
    ("SK-internationalNews-445-20180318", "وتنفي روسيا أي دور لها", "Russia", "NATO"),
    ("CN-middleEast-825-20180507", "جماعة الإخوان", "Anwar Gargash", "Muslim Brotherhood"),
    # found since the model reads the words around the charged actor (session 14)
    ("AL-internationalNews-974-20180502", "إيران كذبت في البداية", "Sarah Sanders", "Iran"),
    ("BB-middleEast-629-20180617", "إيران تدعم الحوثيين بالأسلحة", "Saudi Arabia", "Iran"),
    # a quotation charging another actor than the same speaker's charge in another sentence of the paragraph
    # is a charge of its own (1,500 random political ANT articles: 6 new, 4 of them with both sides right)
    ("FR-middleEast-391-20180502", "تصريحات نتانياهو لا تدفع", "Federica Mogherini", "Benjamin Netanyahu"),
]

CRASH_CASES = [
    # an attack noun's genitive mention with no actor (session 11: a crash in the fast profile)
    ("AL-internationalNews-501-20180316", "fast"),
]

NOT_SOURCE_CASES = [
    # who counts the dead before the count (أفادت الشرطة بارتفاع عدد الضحايا، أوردت قناة "المسيرة" المتحدثة باسم
    # الحوثيين أن عدد القتلى) is no attacker (250 ANT articles with such a count: 23 sources gone, about 19 wrong)
    ("SK-internationalNews-1544-20180513", "بارتفاع عدد الضحايا", "ASSAULT", {"Police of Indonesia"}),
    ("FR-middleEast-900-20180809", "أن عدد القتلى بلغ", "ASSAULT", {"Houthis"}),
    # a count of "them" right after an arrest or a killing verb (وقد اعتقل 12 منهم، وقتل عدد منهم) makes it the passive:
    # nobody named acts (250 ANT articles with the construction: 1 source gone, wrong)
    ("SK-technology-424-20180414", "وقد اعتقل 12 منهم", "COERCE", {"Apple"}),
    # (the same: زوج الأميرة كريستينا ... يحكم عليه بالسجن, زوجة الرئيس دونالد ترامب ... لزيارة)
    ("BB-internationalNews-664-20180618", "أفراد الأسرة المالكة الحديثة يحكم عليه", "SANCTION", {"Kristina"}),
    ("BB-internationalNews-682-20180622", "لزيارة أطفال مهاجرين", "CONSULT", {"Donald Trump"}),
    # deaths reported in an incident named after them (أفادت الشرطة الأمريكية بمقتل 17 شخصا في حادث إطلاق نار، أعلن
    # الجيش الإسرائيلي مقتل أحد جنوده في إطلاق نار): the police or army that reports them did not cause them (300
    # articles with a reported death: 3 sources gone, all wrong; not هجوم or غارة, which the army may have made)
    ("BB-internationalNews-18-20180215", "أفادت الشرطة الأمريكية بمقتل", "ASSAULT", {"Police of United States"}),
    ("FR-internationalNews-2421-20180721", "أعلن الجيش الإسرائيلي في بيان مقتل", "ASSAULT", {"Israel Defense Forces"}),
    # who is accused (على خلفية اتهامها بارتكاب) does not accuse
    ("AL-culture-85-20180222", "على خلفية اتهامها بارتكاب", "ACCUSE", {"Reham Said"}),
    # a blast verb's dropped subject is the device (إن سيارة ملغومة انفجرت، قبل أن تنفجر): whoever reports it or was
    # named before did not set it off (300 ANT articles with such a verb: 14 sources changed, 11 wrong ones gone, 1
    # right one lost -- يد ميليشيات الحوثي ... انفجر بها لغم)
    ("SK-middleEast-2211-20180606", "إن سيارة ملغومة انفجرت في حي", "ASSAULT", {"Police of Iraq"}),
    ("SK-internationalNews-192-20180228", "إن آلية للقوات المسلحة انفجرت", "ASSAULT", {"Armed Forces of Mali"}),
    ("CN-internationalNews-326-20180508", "قبل أن تنفجر في وسط المدينة", "ASSAULT", {"Rome"}),
    # a place right after a direction word and no preposition (وسط باريس، شمالي نيجيريا) is where, never who acts
    # (300 ANT articles with such a place after an event verb: 7 events changed, all better)
    ("FR-internationalNews-1214-20180513", "هاجم مارة بسكين وسط باريس", "ASSAULT", {"Paris"}),
    ("AL-internationalNews-986-20180501", "استهدف مسجدا شمالي", "ASSAULT", {"Nigeria"}),
    ("BB-middleEast-372-20180419", "اعتقلت القوات الكردية شمالي سوريا", "COERCE", {"Syria"}),
    # أحد / إحدى with its group as a genitive after a speech-like verb (هدد أحد الركاب أحد أفراد الطاقم، وانتقد أحد
    # النواب الحكومة) is the unnamed subject, like بعض (300 ANT articles with such a phrase: 1 event changed, right;
    # 900 random: none)
    ("SK-internationalNews-956-20180415", "هدد أحد الركاب", "THREATEN", {"China"}),
    ("BB-internationalNews-292-20180405", "رفضت الدول الغربية المقترح الروسي", "REJECT", {"Russia"}),
    # an army, police or security body does not protest: it disperses or shoots at the protest (أزالت قوات الأمن
    # العراقية خيام المعتصمين، أطلقت قوات الأمن التونسية الغاز لتفريق متظاهرين، برصاص الجيش الإسرائيلي خلال تظاهرة:
    # 300 ANT articles with such a body near a protest word: ~55 events changed, nearly all a wrong source gone)
    ("SK-middleEast-3199-20180731", "خيام المعتصمين", "PROTEST", {"Security Forces of Iraq"}),
    ("SK-middleEast-384-20180318", "لتفريق متظاهرين", "PROTEST", {"Security Forces of Tunisia"}),
    ("SK-middleEast-3550-20180907", "خلال تظاهرة في إطار", "PROTEST", {"Israel Defense Forces"}),
    # a plural verb's dropped subject is a group, not the one person who acts in the clause before (مباحثات غريفيث مع
    # قيادات الميليشيات لم تحقق نتائج، حيث رفضوا; كما أنهم يرفضون after يرى المهنيين: 300 ANT articles with such a verb
    # after a comma: 4 events changed, all a wrong person gone; 400 random: none)
    ("AL-internationalNews-1670-20180618", "حيث رفضوا الانسحاب", "REJECT", {"Martin Griffiths"}),
    ("JA-localNews-2297-20170306", "كما أنهم يرفضون", "REJECT", {"Ayman al-Vegari"}),
    # a quantified group right after a speech-like verb (وانتقد العديد من رؤساء البلديات، دعا البعض الآخر) is its
    # unnamed subject: nobody named before acts (300 ANT articles with such a phrase: about 45 events changed, most
    # a wrong source gone or the group's own country or body now the source; 900 random: 2, both right)
    ("FR-internationalNews-1399-20180523", "وانتقد العديد من رؤساء البلديات", "ACCUSE", {"Paris"}),
    ("FR-middleEast-336-20180421", "دعا البعض الآخر", "REQUEST", {"Saudi Arabia"}),
    # a request word in the clause of a refusing verb is its object: who refuses it did not make it (ورفض روحاني
    # دعوات بعض المسؤولين، ورفضت إسرائيل دعوات من الأمم المتحدة: 200 ANT articles with such a clause, ~30 events
    # changed, nearly all a wrong source gone; 2 requests of the same sentences, merged into them before, stand apart)
    ("BB-middleEast-383-20180421", "ورفض روحاني دعوات بعض المسؤولين", "REQUEST", {"Hassan Rouhani"}),
    ("BB-middleEast-276-20180402", "ورفضت إسرائيل دعوات من الأمم المتحدة", "REQUEST", {"Israel"}),
    # states named by an indefinite adjective alone after the verb (قطعت دول عربية كبرى العلاقات، أعربت دول عربية عن
    # تضامنها، رفض عواصم أوروبية) are its unnamed subject, not the state named before (250 ANT articles with such a
    # plural: 6 events changed, all a wrong source gone)
    ("SK-internationalNews-1956-20180604", "دافعت عواصم أوروبية عن", "SUPPORT", {"Donald Trump"}),
    ("SK-middleEast-3957-20181019", "أعربت دول عربية ومنظمات عدة", "SUPPORT", {"Saudi Arabia"}),
    # the dead or wounded of a side, named by its pronoun (نقلت قتلاها، تاركة خلفها عتادها وقتلاها), were its losses: it
    # suffered the attacks (200 ANT articles with such nouns: 16 events changed, 10 better, 4 wrong either way)
    ("SK-middleEast-3281-20180808", "نقلت قتلاها", "ASSAULT", {"Houthis"}),
    ("SK-middleEast-752-20180403", "عتادها وقتلاها", "ASSAULT", {"Houthis"}),
    # a masdar after a passive auxiliary (تم توقيف، فيما تم اعتقال، تم اتهامهن) has an unnamed doer: only a state or one
    # of its bodies named before may stand for it, not the spokesman who tells of it nor a watchdog (200 ANT articles
    # with تم / يتم / جرى before an arrest, release, deportation or freeze: 21 events changed, 17 better, 4 as good)
    ("SK-internationalNews-1949-20180603", "إنه تم توقيف 22", "COERCE", {"Jimoh Mushod"}),
    ("JA-internationalNews-637-20170406", "فيما تم اعتقال اثنين", "COERCE", {"Ayub Qassem"}),
    ("FR-middleEast-887-20180806", "تم اتهامهن بتقويض", "ACCUSE", {"Human Rights Watch"}),
    # a count of states right after the verb that the sentence does not name (قطع أربع دول عربية العلاقات، وعارضته 8
    # دول) is its subject: nobody named elsewhere is (150 articles with such counts: 4 events changed, all better; 900
    # random: none)
    ("SK-middleEast-3513-20180903", "عقب قطع أربع دول عربية", "SANCTION", {"Doha", "Qatar"}),
    ("SK-middleEast-3513-20180903", "عندما قطعت أربع دول", "SANCTION", {"Doha", "Qatar"}),
    ("SK-internationalNews-950-20180415", "وعارضته 8 دول", "REJECT", {"China"}),
    # "with bullets" after an attack verb of its sentence (قتل برصاص، قتل بالرصاص) is that attack's means: no attacker is
    # guessed for it from the article -- least of all the victim's own side (300 ANT articles with such a phrase: 3
    # events changed, 1 better, 2 sideless mentions kept apart; 900 random: see the commit)
    ("SK-middleEast-3326-20180810", "قتل برصاص القوات المشتركة", "ASSAULT", {"Houthis"}),
    # an attack noun whose relative clause names its doer unnamed (في هجوم شنه مسلحون مجهولون) has no named attacker,
    # least of all the victims' own state (300 ANT articles with such a clause: this event changed)
    ("SK-middleEast-3850-20181013", "في هجوم شنه مسلحون مجهولون", "ASSAULT", {"Iran"}),
    # an unnamed someone before the attack verb (برصاص امرأة أطلقت النار، رجل طعن) is its subject: the police announcing
    # it did not shoot (300 ANT articles with such a noun and verb: 3 events changed, all better)
    ("SK-internationalNews-767-20180403", "برصاص امرأة أطلقت النار", "ASSAULT", {"Police of United States"}),
    # who condemns an attack named as the condemning verb's object (أدانت تونس بشدة الإعتداء الإرهابي) did not make it
    # (300 ANT articles with a condemning verb: this event changed; the rest were already right)
    ("JA-internationalNews-307-20160715", "أدانت تونس بشدة الإعتداء", "ASSAULT", {"Tunisia"}),
    # a monitoring group does not bring up troops (وسط تعزيزات عسكرية لقوات النظام، said by the Syrian Observatory): an NGO
    # never mobilises, as it never attacks or arrests (150 articles with the Observatory and reinforcements: 6
    # MOBILIZE events lost it as their source)
    ("FR-middleEast-22-20180218", "وسط تعزيزات عسكرية لقوات النظام", "MOBILIZE", {"Syrian Observatory for Human Rights"}),
    # nor does who comments on it (علق الكاتب جمال خاشقجي على تفجير مسجد; the whole of ANT and SaudiNewsNet has 9
    # articles with a commenting verb before an attack noun: this event changed)
    ("SNN-f960a8de811291c8", "علق الكاتب السعودي جمال خاشقجي على تفجير", "ASSAULT", {"Jamal Khashoggi"}),
    # nor who investigates it (وتحقق المنظمة في مقتل العشرات: the chemical-weapons watchdog; 300 ANT articles with an
    # investigation into an attack and 600 random ANT + 300 SaudiNewsNet: this event changed, no other)
    ("SK-middleEast-1442-20180504", "وتحقق المنظمة في مقتل العشرات", "ASSAULT", {"OPCW"}),
    # nor does who condemns or criticises a sanction or a crackdown (وانتقدت كوريا الشمالية هذه العقوبات) impose it --
    # only the condemning verb's own subject, not a name inside its object (نددت تركيا بقرار النمسا طرد الأئمة: Austria
    # expels; 300 ANT articles with a condemning verb before such a noun: 1 event changed; 600 random ANT + 300
    # SaudiNewsNet: none)
    ("BB-internationalNews-242-20180328", "وانتقدت كوريا الشمالية هذه العقوبات", "SANCTION", {"North Korea"}),
    # a health ministry counts the dead, it never attacks or arrests (بحسب آخر حصيلة صدرت عن وزارة الصحة الليبية، فإن
    # المعارك أوقعت 40 قتيلا; 300 ANT articles naming a health ministry: 21 events lost it as their source, all wrong)
    ("SK-middleEast-3494-20180902", "فإنّ المعارك في العاصمة الليبية", "ASSAULT", {"Ministry of Health of Libya"}),
    ("FR-internationalNews-1506-20180529", "وقتل فلسطيني وأصيب آخر بجروح", "ASSAULT", {"Ministry of Health of Palestine"}),
    # the nationality of the unnamed sources that report deaths (أفادت مصادر عسكرية يمنية بمقتل) is not the killer's
    # (250 ANT articles with such reports: 9 attack sources gone or replaced, 7 wrong, 2 became unattributed)
    ("SK-middleEast-1550-20180509", "أفادت مصادر عسكرية يمنية بمقتل 12", "ASSAULT", {"Yemen"}),
    # a force backed by X is not X (قوات مدعومة من التحالف)
    ("BB-middleEast-612-20180613", "قوات مدعومة من التحالف بقيادة السعودية شنت ضربات", "ASSAULT", {"Saudi-led Coalition"}),
    # a lawyer, a relative or critics named before the one they belong to (وطلب محامو هارون، طالبت أسرة خاشقجي) act, not
    # the one named (400 ANT articles with such a phrase: 5 sources gone, all wrong; supporters stay their side's)
    ("AL-internationalNews-30-20180217", "وطلب محامو هارون", "REQUEST", {"Ibrahim Suleiman Adnan Adem Haron"}),
    ("CN-middleEast-1561-20181016", "طالبت أسرة خاشقجي", "REQUEST", {"Jamal Khashoggi"}),
    ("FR-internationalNews-1386-20180522", "وطالب محامي رمضان", "REQUEST", {"Tariq Ramadan"}),
    # the accused of a passive accusation (وكان بوريس جونسون قد اتهم بأنه عرض زغاري راتكليف لخطر) is no accuser
    ("BB-middleEast-854-20180804", "وكان بوريس جونسون قد اتهم", "ACCUSE", {"Boris Johnson"}),
    # who announces a death or a blast (أعلنت الوزارة عن مقتل 4 سياح إثر انفجار حافلة) caused it not
    ("JA-internationalNews-1033-20140216", "أعلنت وزارة الصحّة المصرية عن", "ASSAULT", {"Ministry of Health of Egypt"}),
    ("CN-middleEast-357-20180324", "أعلنت وزارة الداخلية المصرية، السبت، عن", "ASSAULT", {"Ministry of Interior of Egypt"}),
    # (a country one travels to: سافر إلى كوريا الشمالية، حيث عقد اجتماعا)
    ("CN-internationalNews-248-20180418", "سافر قبل أكثر من أسبوعين إلى كوريا الشمالية", "CONSULT", {"North Korea"}),
    # who announces a death did not cause it (وأعلنت وزارة الصحة الفلسطينية في بيان مقتل الشاب أنس قديح برصاص الاحتلال)
    ("SK-middleEast-1669-20180514", "مقتل الشاب أنس قديح", "ASSAULT", {"Ministry of Health of Palestine"}),
    # a state never expels its own diplomats, whoever the fallback finds around the sentence (the Russian
    # foreign ministry protesting at the expulsion of Russian diplomats)
    ("AL-internationalNews-475-20180315", "بعد قرارها طرد 23 دبلوماسياً روسياً", "SANCTION", {"Ministry of Foreign Affairs of Russia"}),
    ("SK-internationalNews-677-20180329", "قرار روسيا إغلاق القنصلية الأميركية", "SANCTION", {"Consulate of United States"}),
    # who reports a death or a wound outside the quotation ("استشهد طفل"، قال الجيش إن المستوطنين "أصيبوا بجروح") is no
    # subject of the verb, whose subject suffered it (600 ANT articles with استشهد / أصيب: 7 such sources gone, all wrong)
    ("FR-middleEast-712-20180629", "استشهد طفل يبلغ من العمر 13 عاما", "ASSAULT", {"Ashraf"}),
    ("SK-middleEast-3123-20180726", "أصيبوا بجروح بالغة", "ASSAULT", {"Israel Defense Forces"}),
    # (and أن 10 أشخاص على الأقل قتلوا after أعلن حاكم هلمند عمر زواك: DETECTOR_EDGE_NOT_SOURCE_CASES)
    # who is named as wounded or killed before a casualty noun (اصابة الشدادي في الرأس ومقتل أربعة من مرافقيه) suffered
    # the attack and did not make it
    ("SNN-0d5ccffc6576b1b5", "اصابة الشدادي في الرأس ومقتل", "ASSAULT", {"Mohamed Ali al-Shdadi"}),
    # an unnamed someone in the accusative opening a reported clause (إن شخصا على الاقل قد قتل، أن عنصرا إيرانيا ... قتل)
    # is the attack's subject: the one who reports it did not attack (500 ANT articles with such a clause: 4 sources
    # gone, all wrong; 3 others wrong before and after)
    ("JA-internationalNews-59-19122016", "إن شخصا على الاقل قد قتل", "ASSAULT", {"Police of Germany"}),
    ("AL-internationalNews-1049-20180507", "أن عنصرا إيرانيا كان يقاتل", "ASSAULT", {"Houthis"}),
    # an unnamed unit right after an attack or arrest verb (وداهمت فرق من فرع مكافحة الإرهاب) is its subject: nobody named
    # before it -- here the group the previous sentence's arrests were aimed at -- raided
    ("SNN-3c2e0f8af7e5f43a", "وداهمت فرق من فرع مكافحة الإرهاب", "COERCE", {"Islamic State"}),
    # the seat of the body that reports it (المرصد السوري لحقوق الإنسان، ومقره بريطانيا) does not act
    ("BB-middleEast-718-20180710", "قد أعلن مقتل 14 من قوات", "ASSAULT", {"United Kingdom"}),
    ("BB-middleEast-84-20180224", "إن 29 مدنيا قتلوا في غارات", "ASSAULT", {"United Kingdom"}),
    # a detention or siege noun in someone's words (الوزيرين لعبا دورا رئيسيا في اعتقال برانسون، قائلا إن احتجازه "عار")
    # is not the speaker's act (1,500 random political ANT articles: 39 events changed, about 25 better, 5 worse)
    ("SK-internationalNews-2976-20180812", "لعبا دورا رئيسيا في اعتقال برانسون", "COERCE", {"Sarah Sanders"}),
    ("SK-internationalNews-2802-20180725", "قائلا إن احتجازه", "COERCE", {"Donald Trump"}),
    # a third-person plural verb (ويطالبون، وطالبوهما، يحتجزون) has an unnamed group for its dropped subject: not the
    # one person quoted or named before (1,500 random political ANT articles: 21 events changed, 13 better, 3 worse;
    # and تتعاون / يتعاون, whose stem ends in ون, is no plural)
    ("SK-internationalNews-1713-20180522", "ويطالبون بها", "REQUEST", {"Ben Wallace"}),
    ("SK-middleEast-102-20180226", "يحتجزون مئات الرهائن", "COERCE", {"Yury Yevtushenko"}),
    ("SK-internationalNews-1407-20180506", "وطالبوهما بعمل", "REQUEST", {"Ram Singh"}),
    # the side an attack's dead are counted from (سقط قتلى وجرحى من الحوثيين في قصف ...، القتلى من الجيش الليبي) is
    # no guess for its author (800 ANT articles with such counts: 5 events changed, all better)
    ("SK-middleEast-1139-20180420", "سقط قتلى و جرحى من الحوثيين", "ASSAULT", {"Houthis"}),
    ("SK-middleEast-657-20180329", "القتلى من الجيش الليبي", "ASSAULT", {"Armed Forces of Libya"}),
    # a reported clause opening on unnamed people (إن معارضين للتطبيع مع إسرائيل طالبوا بإلغاء الحفل) has them as its
    # subject: no actor named elsewhere -- least of all one inside their own phrase -- acts
    ("FR-middleEast-438-20180510", "معارضين للتطبيع مع إسرائيل طالبوا", "REQUEST", {"Israel"}),
    # who is cited for the news (بحسب أسوتشيدبرس.) does not act in the next sentence, whose subject is unnamed
    # (كما هدد قادة أوروبيون بجولة جديدة من العقوبات)
    ("SK-internationalNews-2033-20180609", "كما هدد قادة أوروبيون", "THREATEN", {"Asuchidbers"}),
    # an attack or arrest with no author named is never given to an intergovernmental body without forces named
    # before it (اتفاق السلام الذي توسطت فيه الأمم المتحدة ... وقال الجيش إن الهجوم، أدان مسؤول كبير في الأمم المتحدة
    # مقتل 22 طفلا): 277 ANT articles naming the UN, the EU or the Arab League near an attack: 14 events changed,
    # about 10 from the body to no source, 2 worse
    ("JA-internationalNews-27-20170118", "وقال الجيش إن الهجوم", "ASSAULT", {"United Nations"}),
    ("BB-middleEast-940-20180825", "أدان مسؤول كبير في الأمم المتحدة مقتل", "ASSAULT", {"United Nations"}),
    # a verb right after unnamed civilians (لكن الأطباء رفضوا، هؤلاء العمال انتقدوا، حيث كان ناشطون يطالبون) has
    # them as its subject: neither the one quoted saying it nor a state named around it acts (300 ANT articles
    # with such a phrase: 7 events changed, all from a wrong source to none)
    ("BB-internationalNews-778-20180710", "لكن الأطباء رفضوا", "REJECT", {"Thailand"}),
    ("FR-internationalNews-2463-20180727", "هؤلاء العمال انتقدوا", "ACCUSE", {"Morocco"}),
    ("FR-internationalNews-1068-20180503", "كان ناشطون يطالبون", "REQUEST", {"Armed Forces of France"}),
    # an attack verb whose subject is an unnamed attacker (الجاني، المهاجمون، مسلحين، مسلح، مشتبه به انتحاري) right
    # before or after it: whoever reports it, or a town named before, did not do it (800 ANT articles with such a
    # word: 6 events changed, all from a reporter or a place as attacker to no source)
    ("SK-internationalNews-2393-20180629", "أطلق المهاجمون صواريخ", "ASSAULT", {"Abu Baker Dialo"}),
    ("FR-middleEast-814-20180723", "إن مسلحين اقتحما", "ASSAULT", {"Arbel Tahr Abdel Allah"}),
    ("CN-internationalNews-162-20180321", "قتل مشتبه به انتحاري", "ASSAULT", {"Nasrt Rahimi"}),
    # a siege or an attack inside a demand or a call (وتطالب برفع الحصار عن القطاع، دعا إلى إنهاء ... حيث يعيش
    # 400 ألف شخص تحت حصار) is not the act of who demands it (1,500 random political ANT articles: 2 events
    # changed, both from the caller as besieger to unattributed)
    ("BB-middleEast-89-20180225", "تحت حصار تفرضه الحكومة", "COERCE", {"Antonio Guterres"}),
    ("AL-internationalNews-941-20180504", "ورفع الحصار عن القطاع", "COERCE", {"Abdullah Isa"}),
    # a counted unnamed noun opening its clause before an attack or arrest verb (أن تسعة أشخاص أصيبوا، إن 24 شخصا
    # قتلوا) suffered the act: whoever reports it did not do it (159 ANT articles with such a clause: 30 of
    # 2,014 events changed, about 20 reporters no longer the attacker, about 6 right sources lost where the
    # army reports its own kills; not with an object after the verb: 3 انتحاريين قتلوا 18 شخصا)
    ("FR-middleEast-885-20180806", "أن تسعة أشخاص أصيبوا بجروح", "ASSAULT", {"Ministry of Health of Egypt"}),
    ("JA-internationalNews-993-20170526", "إن 24 شخصا قتلوا", "ASSAULT", {"Issam al-Badiwe"}),
    # a town named after إلى is where someone goes, not who acts in a clause with no subject of its own
    # (1,500 random political ANT articles: 3 of 14,291 events changed, 1 to the right source, 1 more precise)
    ("BB-middleEast-1111-20181016", "إلى الرياض لعقد اجتماع", "CONSULT", {"Riyadh"}),
    # (also past العاصمة / مدينة and a nationality: إلى العاصمة الألمانية برلين)
    ("BB-middleEast-1015-20180928", "في مستهل زيارة تستغرق", "CONSULT", {"Berlin"}),
    # a place named as the genitive of a place noun in an adverbial (في واغادوغو عاصمة بوركينا فاسو، في شمال
    # صنعاء) is no subject of a later verb, nor the actor its dropped subject refers to (400 random political
    # ANT articles: 3 of 3,827 events changed, all three wrong sides gone)
    ("AL-internationalNews-299-20180302", "كما هاجموا منطقة وسط المدينة", "ASSAULT", {"Burkina Faso"}),
    ("AL-internationalNews-787-20180404", "بعد إطلاقه في شمال صنعاء", "ASSAULT", {"Sanaa"}),
    # (also past a chain of direction words -- في جنوب شرق فلوريدا --, and for a noun's subject: 1,500 random
    # political ANT articles: 9 of 14,282 events changed, about 5 better, 1 worse)
    ("FR-internationalNews-25-20180219", "في جنوب شرق فلوريدا", "ASSAULT", {"Florida"}),
    # a definite meeting noun that names nobody (no مع / بين / لـ / relative clause after it, no subject right
    # before it) refers back to a meeting told of earlier: the names around it are not its sides (1,500 random
    # political ANT articles: 93 of 6,889 events changed, nearly all guessed sides dropped; tune part of the
    # record gold: 7 wrong-sided events fewer, 2 right ones lost)
    ("SK-middleEast-1819-20180519", "أن اللقاء رسالة اطمئنانية", "CONSULT", {"Muqtada al-Sadr"}),
    ("FR-internationalNews-611-20180408", "ومن المتوقع أن يتناول اللقاء", "CONSULT", {"Paris"}),
    ("CN-middleEast-1174-20180811", "على طاولة المفاوضات والحوار صعب", "CONSULT", {"Rick Francona"}),
    # a quotation's charge whose cue word is already an ACCUSE trigger with sides adds no second event
    # (its speaker was read from the clause the other way round); a sideless one is replaced by it
    # (1,500 random political ANT articles: 6 of 6,783 events changed)
    ("SK-middleEast-3768-20181007", "اتهمت مصادر فلسطينية الدوحة", "ACCUSE", {"Doha"}),
    ("AL-internationalNews-1524-20180608", "التي تتهم روسيا", "ACCUSE", {"Russia"}),
    # an arrest, raid or attack whose clause names no author is not by the person named last before it -- far
    # more often its victim (1,500 random political ANT articles: 45 of 6,779 events lost such a source,
    # about 40 of them wrong: the arrested, the killed, a spokesman)
    ("BB-middleEast-886-20180814", "من خطر الاعتقال والسجن", "COERCE", {"Behruz Bojani"}),
    # a country named as where an attack happens (في اليمن، في مالي) is not its author when the clause
    # names none (1,500 random political ANT articles: 12 of 6,775 events changed, about 7 better, 2 worse)
    ("SK-middleEast-3302-20180809", "شنّت الخميس، ضربات جوية", "ASSAULT", {"Yemen"}),
    ("FR-middleEast-711-20180629", "قد أعلن الاثنين مقتل ثمانية", "ASSAULT", {"Yemen"}),
    ("BB-middleEast-775-20180726", "أطلقوا سراح القس", "RETREAT", {"Andrew Brunson"}),
    # who foils an attack is not its author, and none is guessed for it (أحبطت الشرطة الألمانية هجوما)
    ("AL-internationalNews-1710-20180620", "أحبطت الشرطة الألمانية، هجوما", "ASSAULT", {"Police of Germany"}),
    # an outlet the knowledge base does not know, named after its noun (وفق ما نقلت وكالة دوغان), is a news
    # agency: it reports the sentence, it does not pass it
    ("FR-middleEast-121-20180308", "حكم بالسجن على", "SANCTION", {"Dugan"}),
    # the bare الجيش is the army of the state the sentence or article is about, not the minister who
    # speaks about its act (رفض ليبرمان مطالب بإجراء تحقيق في قتل الجيش 15 فلسطينيا)
    ("SK-middleEast-722-20180401", "في قتل الجيش 15", "ASSAULT", {"Avigdor Lieberman"}),
    # a monitoring organisation reports the killing it counts (وتحدث المرصد عن مقتل 80 مدنيا)
    ("FR-internationalNews-275-20180306", "وتحدث المرصد الاثنين عن مقتل", "ASSAULT", {"Syrian Observatory for Human Rights"}),
    # a noun written with ta marbuta (دعوة) is never read as a verb with an object pronoun (دعوه),
    # so the name after it is no verb's subject
    ("FR-internationalNews-2487-20180728", "تعتبر دعوة موجهة", "REQUEST", {"Europe"}),
    # shelled by the government forces (لقصف القوات الحكومية): the state shells, not the place shelled
    ("BB-middleEast-66-20180221", "تعرضت لقصف القوات الحكومية", "ASSAULT", {"Eastern Ghouta"}),
    # the city a meeting is named after is where it was held (محادثات جنيف، مفاوضات سوتشي), not a party
    ("SK-middleEast-3216-20180801", "عقب اختتام مفاوضات سوتشي", "CONSULT", {"Sochi"}),
    ("FR-internationalNews-2664-20180811", "خلال اجتماع جنيف", "CONSULT", {"Geneva"}),
    ("CN-middleEast-1303-20180907", "بشأن عدم انعقاد محادثات جنيف", "CONSULT", {"Geneva"}),
    ("CN-middleEast-98-20180225", "اعتقلت السلطات في سوريا", "COERCE", {"CNN"}),
    ("JA-internationalNews-941-20140906", "ثلاثة أشخاص قتلوا", "ASSAULT", {"Reuters"}),
    ("CN-middleEast-233-20180309", "اجتمع مع وزير الدفاع البريطاني", "CONSULT", {"Saudi Press Agency"}),
    ("SK-middleEast-2974-20180718", "عن مصرع 30 مسلحا", "ASSAULT", {"Saada"}),
    ("BB-middleEast-740-20180716", "مطالبين بفرص عمل", "REQUEST", {"Basra"}),
    # a town or province is where an attack happens, not who attacks (1,500 random political ANT
    # articles: 54 of 6,761 events changed, nearly all a place that had been the attacker; where a
    # fallback fills the side, it is the Houthis, the Syrian army, the police more often than a wrong one)
    ("FR-internationalNews-2152-20180704", "وقتل في محافظة الحديدة", "ASSAULT", {"Hodeidah"}),
    ("AL-internationalNews-364-20180306", "لقي 100 عنصر", "ASSAULT", {"Hodeidah"}),
    ("BB-middleEast-646-20180621", "قصفوا بلدة السويداء", "ASSAULT", {"Suwayda"}),
    ("SK-middleEast-8-20180222", "غارات جوية سورية مكثفة", "ASSAULT", {"Eastern Ghouta"}),
    ("AL-internationalNews-201-20180225", "استهدفت غارات التحالف", "ASSAULT", {"Taiz"}),
    ("SK-internationalNews-798-20180405", "ضباطا بشرطة نيويورك قتلوا", "ASSAULT", {"New York"}),
    # whoever reports an attack is not its author
    ("FR-internationalNews-31-20180220", "أن حصيلة الغارات والقصف المدفعي", "ASSAULT", {"Syrian Observatory for Human Rights"}),
    # the body a speech is given before (وسيتحدث عباس أمام مجلس الأمن ... أن يدعو) does not ask
    ("FR-middleEast-28-20180220", "ومن المتوقع أن يدعو الرئيس", "REQUEST", {"UN Security Council"}),
    # a name inside a relative clause after the verb is not its subject (وترفض الإنذار الذي وجهته بريطانيا)
    ("SK-internationalNews-350-20180314", "وترفض الإنذار الذي وجهته", "REJECT", {"United Kingdom"}),
    # a verb opening a relative clause on an unnamed noun has that noun as its subject, not the actor
    # named before it (الخبراء الروس الذين حققوا، عدوتها اللدود التي رحبت)
    ("FR-internationalNews-641-20180409", "الخبراء الروس الذين حققوا", "ACCUSE", {"Sergei Lavrov", "Sergey Lavrov"}),
    ("FR-internationalNews-1201-20180512", "عدوتها اللدود التي رحبت", "SUPPORT", {"Iran"}),
    # whoever condemns an attack in the sentence is not its author (أدانت المنظمة بشدة، الهجوم المسلح)
    ("CN-middleEast-996-20180521", "أدانت بشدة، الهجوم المسلح", "ASSAULT", {"Organisation of Islamic Cooperation"}),
    # a relative clause on an unnamed noun (القرار الذي طالب جماعة الحوثيين، التغريدات التي تدعو القنوات
    # السعودية): the name after the verb is its object, not its subject
    ("SK-middleEast-528-20180325", "وهو القرار الذي طالب جماعة الحوثيين", "REQUEST", {"Houthis"}),
    ("FR-internationalNews-1124-20180507", "التغريدات التي تدعو القنوات السعودية", "REQUEST", {"Saudi Arabia"}),
    # who speaks of protests, or a person or a body named before them in the paragraph, did not march in them
    # (34 of 2,116 events changed in 300 ANT articles about protests, about 25 a wrong source gone or replaced
    # by the country or the town of the paragraph)
    ("AL-internationalNews-1173-20180515", "وأشار إلى أن التظاهرات ثارت", "PROTEST", {"Nickolay Mladenov"}),
    ("FR-middleEast-629-20180614", "هزت البلاد في الفترة الأخيرة احتجاجات", "PROTEST", {"Omar Razzaz"}),
    # an attack verb in a reported clause with a common noun right before it (أن مسلحا مجهولا قتل، إن الرجل قتل، أن
    # الضربات الغربية لم تستهدف) has that unnamed subject: neither the speaker nor anyone named before the
    # complementiser did it (700 ANT articles about attacks: 10 ASSAULT sources gone, all wrong ones)
    ("SK-internationalNews-187-20180228", "إن \"إرهابيا قتل بالسلاح", "ASSAULT", {"Armed Forces of Mali"}),
    ("SK-internationalNews-3237-20180913", "إن الرجل قتل زوجته", "ASSAULT", {"Doni Yangblad"}),
    ("FR-internationalNews-727-20180414", "أن الضربات الغربية لم تستهدف", "ASSAULT", {"Russian Ministry of Defence"}),
    ("SK-internationalNews-36-20180219", "مجهولا أطلق النار من بندقية صيد", "ASSAULT", {"Ministry of Interior of Russia"}),
    ("SK-middleEast-981-20180412", "مقبرة القرية انفجرت عبوتان", "ASSAULT", {"Salah al-Den al-Shalan"}),
    # the name right before a bare "with bullets" (بالرصاص) is who was shot, never who fired (250 ANT articles
    # with such a noun: 4 events changed, each a victim or a long-dead man that had been the attacker)
    ("SK-middleEast-1478-20180507", "مسلحين مجهولين اغتالوا", "ASSAULT", {"Farog Zarzor al-Jabury"}),
    # who receives criticism or a charge (تلقى جيمي دورماز أكثر من 3000 رسالة شتم وانتقاد، وواجه العديد من لاعبي الدوري
    # الإسباني ... اتهامات) does not make it, with up to eight words between the verb and the noun (300 ANT
    # articles with a receiving verb and such a noun: 2 events changed, both receivers no longer the source)
    ("FR-internationalNews-2132-20180703", "تلقى جيمي دورماز", "ACCUSE", {"Jimmy Dormaz"}),
    # (واجه as written -- its و no conjunction -- is a receiving verb too: قد واجه اتهامات في السعودية; and who
    # condemns what was received unnamed, هذه الخطوة لاقت تنديدا ورفضا، is not guessed from the paragraph: 300 ANT
    # articles with a receiving verb: 68 events changed, nearly all a receiver or a guess no longer the source)
    ("BB-middleEast-1073-20181008", "قد واجه اتهامات", "ACCUSE", {"Jamal Khashoggi"}),
    ("SK-middleEast-1692-20180514", "لاقت تنديدا", "ACCUSE", {"Embassy of United States"}),
    ("SK-middleEast-1692-20180514", "تنديدا ورفضا", "REJECT", {"Embassy of United States"}),
    ("SK-sport-1305-20180523", "وواجه العديد من لاعبي الدوري", "ACCUSE", {"Spain"}),
]


# real corpus sentences where a trigger word names a topic, not an act: no event of that type
DENIAL_CASES = [
    ("SK-internationalNews-1365-20180505", "بكين الاتهامات الأميركية"),
    ("BB-middleEast-441-20180504", "نفت إيران اتهامات وجهها المغرب"),
    ("BB-internationalNews-1016-20180831", "ونفت بكين هذه المزاعم"),
    # أنكر / تنكر deny as نفى does
    ("CN-internationalNews-171-20180323", "لكن روسيا أنكرت هذه الاتهامات"),
    ("FR-middleEast-418-20180507", "إلا أن الحكومة تنكر هذه الاتهامات"),
]

# في حالة + a state (في حالة حرب، في حالة تأهب، في حالة من التوتر) is no "in case": the events around it
# are asserted (300 ANT articles with such a phrase: 8 events were wrongly hypothetical)
MODALITY_CASES = [
    # an "upcoming" adjective makes the act future only on its own noun or on a time (250 ANT articles with such an
    # adjective: 15 events from "future" to "asserted", all right -- رؤية للمرحلة القادمة، الرحلات القادمة, a past
    # verb before الشهر المقبل -- and a trigger's own adjective past its genitive still future)
    ("FR-middleEast-493-20180517", "اعتبر الأسد أن اللقاء", "CONSULT", "asserted"),
    ("BB-internationalNews-557-20180524", "قد حذر الزعيم الكوري الشمالي", "THREATEN", "asserted"),
    ("FR-internationalNews-2192-20180706", "خلال زيارة الرئيس الأمريكي دونالد ترامب المرتقبة", "CONSULT", "future"),
    ("BB-internationalNews-575-20180527", "عقد قمة مع زعيم كوريا الشمالية", "CONSULT", "future"),
    # a plan (تخطط، يخطط، يخططون، يزمع) before the act: not yet done (400 ANT articles with such verbs: 20 events
    # from "asserted" to "future", all right)
    ("SK-internationalNews-2944-20180810", "تخطط الكوريتان الشمالية والجنوبية لعقد محادثات", "CONSULT", "future"),
    ("CN-middleEast-428-20180330", "حماس تخطط لتنفيذ", "ASSAULT", "future"),
    ("SK-internationalNews-2881-20180803", "يخطط لعقوبات", "SANCTION", "future"),
    # ... also past a long subject before the act's masdar, not past what the plan answers (بسبب اتهامات): 300 ANT
    # articles with such verbs, 8 events from "asserted" to "future", 7 right
    ("SK-internationalNews-1743-20180523", "يعتزم وزير الخارجية الروسي سيرغي لافروف زيارة", "CONSULT", "future"),
    ("FR-internationalNews-552-20180405", "ويعتزم الفلسطينيون تنظيم مظاهرات", "PROTEST", "future"),
    ("AL-internationalNews-685-20180330", "بسبب اتهامات باستخدام", "ACCUSE", "asserted"),
    # سـ + a present verb before the act marks the future, not a noun that starts with س (بعد مرور خمس سنوات على قمع
    # متظاهرين، إن سيارة مفخخة انفجرت): 1,500 random political ANT articles, 25 events from "future" to
    # "asserted", nearly all right (3 had been future by the accident of سنغافورة or the like)
    ("FR-middleEast-925-20180813", "بعد مرور خمس سنوات على قمع", "COERCE", "asserted"),
    ("AL-internationalNews-611-20180325", "مفخخة انفجرت بالقرب من مقر البرلمان", "ASSAULT", "asserted"),
    ("SK-internationalNews-1139-20180424", "سيعاود فرض عقوبات", "SANCTION", "future"),
    ("BB-middleEast-275-20180402", "وسيؤدي إلى خروج مقاتلي", "RETREAT", "future"),
    ("SK-middleEast-2199-20180606", "وهي في حالة تأهب لدحر الحوثيين", "ASSAULT", "asserted"),
    ("SK-internationalNews-220-20180302", "والعاصمة كابل في حالة تأهب", "ASSAULT", "asserted"),
]

NON_EVENT_CASES = [
    # cutting a road its supplies come by is a military aim, and cutting the road before someone or on him (ليقطع
    # الطريق على المالكي، قطع الطريق أمام مساعي) forestalls him -- neither is a protest's blocked road (150 ANT articles
    # with قطع + a road: 24 PROTEST events gone, all false; the protests of Tunisian local news -- قطع الطريق الوطنية
    # رقم 12 -- stay, and so does the road between two towns, which protesters block too: قطعوا الطريق بين العريش ورفح)
    ("SK-middleEast-2567-20180624", "لقطع طرق إمداد", "PROTEST"),
    ("AL-internationalNews-1939-20180715", "وقطع طرق إمداد", "PROTEST"),
    ("SK-middleEast-1699-20180514", "ليقطع الطريق على المالكي", "PROTEST"),
    # التضامن in a ministry's name (وزيرة التضامن الاجتماعي) is no solidarity (150 SaudiNewsNet articles naming it: 2
    # events gone, both false)
    ("SNN-0c4b5d23efca98c2", "وزيرة التضامن الاجتماعي", "SUPPORT"),
    # طالبا before في is a student where he is or studies (قتلت أيضا طالبا في المنطقة، بدأ حياته طالبا في تحفيظ القرآن):
    # one demands بـ or من (300 ANT + 300 SaudiNewsNet articles with طالبا في: 5 such REQUEST events gone, all false)
    ("BB-internationalNews-133-20180311", "قتلت أيضا طالبا في المنطقة", "REQUEST"),
    ("SNN-41ee0b92ececa388", "أرى طالبا في", "REQUEST"),
    # sociology after psychology (علم النفس والاجتماع، علماء النفس والاجتماع) and a columnist's "until we meet" (وإلى
    # لقاء والسلام، وإلى لقاء قريب) are no meeting (300 SaudiNewsNet + 300 ANT articles with them: 18 events gone, all
    # false)
    ("SNN-f10a33eee0ded933", "علماء النفس والاجتماع", "CONSULT"),
    ("SNN-d76140b6166c3d6d", "وإلى لقاء", "CONSULT"),
    ("SNN-7f5ac5e2d0fd4956", "وإلى لقاءٍ قريبٍ", "CONSULT"),
    # a threat posed, not made: the noun after a verb of posing or being in the same clause (تشكل كوريا الشمالية
    # "تهديدا حقيقيا"، تمثل حرائق الغابات تهديدا، تعد تهديدا; not يعد تهديد كوريا الشمالية بإلغاء المحادثات, nor
    # تنفيذا لتهديدات ترامب) (300 ANT articles with such a verb before تهديد: 45 THREATEN events gone, 44 no threat)
    ("AL-internationalNews-600-20180325", "تشكل \"تهديداً حقيقياً\"", "THREATEN"),
    ("FR-internationalNews-514-20180319", "وتمثل حرائق الغابات تهديدا متكررا", "THREATEN"),
    ("FR-internationalNews-333-20180309", "ويشكل الرجال الثلاثة تهديدا", "THREATEN"),
    ("JA-localNews-4454-20170605", "تعد تهديدا حقيقيا", "THREATEN"),
    # words introduced in a sentence where their speaker praises or thanks (وأشاد المفوض العام ... بالقول، شكره على
    # استضافته للقمة، مضيفا) charge nobody they name (300 ANT articles with such a sentence: 2 charges gone, both false)
    ("SK-middleEast-1321-20180429", "على هذا الدعم غير المسبوق بالقول", "ACCUSE"),
    ("BB-internationalNews-634-20180611", "على استضافته للقمة، مضيفا", "ACCUSE"),
    # حقق + a resumptive في, then a thing achieved (في الوقت الذي حققنا فيه نجاحات، حقق فيها 7 انتصارات) is no
    # investigation (300 ANT articles with حقق فيه / فيها: 28 such ACCUSE events gone, all false; 900 random: 1, false)
    ("BB-internationalNews-1032-20180828", "في الوقت الدي حققنا فيه نجاحات", "ACCUSE"),
    # يدعو as "gives cause for" (ما يدعو روسيا للتدخل، لا يدعو للقلق، يدعو للسخرية; not دائما ما دعا) and يدين بالفضل
    # (owes) are no call and no condemnation (300 ANT articles with them: 78 such events gone, all false; 900 random:
    # 5 gone, all false)
    ("BB-internationalNews-820-20180716", "لا يوجد ما يدعو روسيا للتدخل", "REQUEST"),
    ("SK-internationalNews-102-20180223", "الأمر لا يدعو للقلق", "REQUEST"),
    ("AL-sport-302-20180228", "ويدين إسبانيول بالفضل", "ACCUSE"),
    # يجب علينا، ينبغي علينا: "we must", the speakers' own duty, no request of another (300 ANT articles with it: about
    # 75 such REQUEST events gone, nearly all a coach's, a player's or a leader's "we must"; 900 random: one)
    ("AL-internationalNews-251-20180227", "يجب علينا في هذا المجلس", "REQUEST"),
    # فدان is an acre, not ف + دان (then condemned): 300 SaudiNewsNet + 300 ANT articles naming an acre: ~75 such ACCUSE
    # events gone, all false; 900 random: none
    ("AL-internationalNews-959-20180503", "600 ألف فدان من الأراضي", "ACCUSE"),
    # a number in digits before طلب counts applications, no one asks (بإجمالي 22520 طلب، 125190 طلبا; 300 ANT
    # articles with such a count: 22 REQUEST events gone, none a request made; 900 random: none)
    ("SK-internationalNews-2569-20180710", "بإجمالي 22520 طلب", "REQUEST"),
    # وعد بلفور is the Balfour Declaration, no promise of the sentence (a word a trigger may not be followed by counts
    # inside a name too; the 4 ANT articles naming it: 5 such AGREE events gone, all false; 900 random: none)
    ("AL-internationalNews-273-20180301", "بالاعتذار عن وعد بلفور", "AGREE"),
    # أغار من, to be jealous of, is no raid
    ("BB-technology-459-20181019", "كنت أغار من الفتيات", "ASSAULT"),
    # gatherings of families or colleagues and media interviews in the feminine plural (اللقاءات العائلية، لقاءات
    # اجتماعية بين الموظفين، اللقاءات التلفزيونية) are no talks, and carbon capture (احتجاز الكربون) no detention (150
    # SaudiNewsNet articles with these: 22 such events gone, none real lost)
    ("SNN-42237720bd352ce7", "في اللقاءات العائلية", "CONSULT"),
    ("SNN-809cc617087a72af", "لقاءات اجتماعية بين الموظفين", "CONSULT"),
    ("SNN-9651dfd4ab947ebd", "من احتجاز الكربون", "COERCE"),
    # مما دعا X إلى is "which led X to", no call, and a shot at goal (وهدد مرمى، تهدد مرمى الريان) no threat (150
    # articles with either: 16 such events gone, none real lost)
    ("SK-middleEast-1431-20180505", "مما دعا جنبلاط إلى", "REQUEST"),
    ("AL-sport-584-20180312", "تهدد مرمى الريان", "THREATEN"),
    # defending oneself supports nobody (تدافع عن نفسها، ودافع الزوجان وابنهما عن أنفسهم), and تطلّب after مما or before
    # الأمر is "required" (مما تطلب خضوعها لجراحة) (150 articles with either: 38 such events gone, none real lost)
    ("BB-internationalNews-1194-20181014", "ودافع الزوجان وابنهما عن أنفسهم", "SUPPORT"),
    ("AL-internationalNews-1104-20180511", "يحق لإسرائيل أن تدافع عن نفسها", "SUPPORT"),
    # (since session 57 also these two, once kept as support with the doer alone and no side guessed for it)
    ("FR-internationalNews-323-20180308", "دافع ترامب عن نفسه", "SUPPORT"),
    ("CN-middleEast-964-20180517", "كانت تدافع عن نفسها من الاغتصاب", "SUPPORT"),
    ("BB-internationalNews-1194-20181014", "مما تطلب خضوعها", "REQUEST"),
    ("AL-sport-1013-20180401", "إذا تطلب الأمر ذلك", "REQUEST"),
    # a situation or a street that bursts (انفجرت الأوضاع مجددا، انفجر الشارع غضبا) is no blast, and a price after a
    # pronoun (وهو ثمن زهيد) no praise (60 ANT and SaudiNewsNet articles with either: 5 events changed, all better)
    ("BB-middleEast-211-20180318", "انفجرت الأوضاع مجددا", "ASSAULT"),
    ("JA-localNews-2762-20170314", "وهو ثمن زهيد", "SUPPORT"),
    ("BB-internationalNews-259-20180331", "هو ثمن حياة", "SUPPORT"),
    # a threatening verb after a complementiser and a common noun (إن الجوع يهدد، أن الذكاء الاصطناعي يهدد الوظائف) is a
    # danger described: whoever says so makes no threat (300 ANT articles with يهدد / تهدد: 4 events changed, 3 such
    # dangers gone, 1 unnamed threatener no longer guessed)
    ("SK-technology-1409-20180906", "أن الذكاء الاصطناعي يهدد", "THREATEN"),
    ("BB-middleEast-1103-20181015", "إن الجوع يهدد", "THREATEN"),
    # a meeting noun with its owner's pronoun (لقائه مع قناة "بي إف إم") before a medium is an interview, as the bare
    # noun is (300 ANT articles sampled for such phrases, 4 holding one: 4 interviews gone, none lost)
    ("AL-internationalNews-1377-20180530", "في لقائه مع قناة", "CONSULT"),
    # طالبا after إن / أو, after كان يومها, before a nationality or an age is "a student" (إن طالبا سعوديا، مهندسا أو
    # طالبا، كان يومها طالبا: 300 ANT articles with طالبا: 7 false REQUESTs gone, none lost)
    ("FR-internationalNews-2412-20180720", "كان يومها طالبا", "REQUEST"),
    ("BB-internationalNews-1213-20181017", "إن طالبا يبلغ من العمر", "REQUEST"),
    ("BB-technology-411-20180927", "أن مهندسا أو طالبا", "REQUEST"),
    ("BB-technology-309-20180711", "لأربعة وأربعين طالبا", "REQUEST"),
    # the future prefix سـ goes before a present verb only: سائدا "prevailing" is no سـ + أيدا "they supported" (300
    # ANT articles with such a word: this one event changed; 900 random: none)
    ("AL-economy-971-20180703", "ما كان سائداً خلال حقبة", "SUPPORT"),
    # tourists, pilgrims or a count of people visiting a country (1.3 مليون سائح زاروا رواندا، حوالى مليون شخص زار
    # البلاد) is tourism, no meeting of actors (300 ANT articles with such a subject: 13 events changed, 12 such visits
    # gone)
    ("CN-economy-179-20180813", "مليون سائح زاروا", "CONSULT"),
    ("SK-economy-1418-20181010", "مليون شخص زار البلاد", "CONSULT"),
    # in an article of games "the meeting" is the match, sport words in its sentence or not (انتهى اللقاء المثير للجدل
    # بفوز أصحاب الأرض، حسم اللقاء بهدفين) (300 sport ANT articles with لقاء: 33 events changed, about 31 such
    # CONSULT events gone)
    ("CN-sport-222-20180417", "انتهى اللقاء المثير للجدل", "CONSULT"),
    ("SK-sport-980-20180503", "حسم اللقاء", "CONSULT"),
    # طلب as a noun of trade (أول طلب شراء، 28 مليون طلب توظيف، لم يطلبا شراء) asks nothing of an actor (300 economy,
    # technology and local ANT articles with طلب: 4 such REQUEST events gone, all false)
    ("BB-economy-26-20180128", "أول طلب شراء", "REQUEST"),
    # وعدت إلى / وعدنا إلى is "and I (we) returned to", no promise (the 15 ANT and SaudiNewsNet articles with it: 14
    # AGREE events gone, all false)
    ("BB-internationalNews-680-20180621", "وعدت إلى غرفتي", "AGREE"),
    ("SK-middleEast-664-20180330", "وعدنا إلى بلدنا", "AGREE"),
    # وعدّ with a shadda on its د is "considered" (وعدّ الزياني هذه التصريحات بأنها، وعدّت من وجهة نظر القوميين), no
    # promise
    # (the 63 ANT and SaudiNewsNet articles with the written shadda: 58 such AGREE events gone, all false)
    ("SNN-3ad8b55eb9a55472", "وعدّ الزياني", "AGREE"),
    ("SNN-c6a240946eb907b8", "وعدّ الأمين العام", "AGREE"),
    ("AL-internationalNews-93-20131227", "وعدّت من وجهة نظر", "AGREE"),
    # a price (يبلغ ثمنها 110 ملايين دولار، المعطف البالغ ثمنه) is no praise, a parcel (طردا مشبوها) no expulsion
    # (300 ANT articles with these words: 6 such events gone, all false)
    ("SK-middleEast-1858-20180522", "إذ يبلغ ثمنها", "SUPPORT"),
    ("BB-internationalNews-682-20180622", "البالغ ثمنه", "SUPPORT"),
    ("SK-internationalNews-3278-20181003", "طردا مشبوها", "SANCTION"),
    # freezing price increases, wages, plans or molten rock (أمر الملك بتجميد الزيادات في أسعار الوقود، مع تجميد خططها،
    # بتجميد المواد المنصهرة) sanctions nobody (200 ANT articles with تجميد: 14 SANCTION events gone, all such; frozen
    # assets, dealings and "these funds" stay)
    ("BB-middleEast-559-20180601", "بتجميد", "SANCTION"),
    ("AL-economy-859-20180620", "مع تجميد خططها", "SANCTION"),
    # deaths in a collision (قطار بضائع اصطدم بقطار ركاب) or in an aircraft that fell (طائرة هليكوبتر ... سقطت في نهر) are
    # no attack (300 ANT articles with such verbs: 16 events gone, 11 accidents, a shooting kept by برصاص)
    ("SK-internationalNews-1428-20180507", "شخصين قتلا في الحادث", "ASSAULT"),
    ("SK-internationalNews-281-20180312", "مما أدى إلى مقتل", "ASSAULT"),
    ("JA-internationalNews-835-20140921", "قتل 6 أشخاص", "ASSAULT"),
    # the bare طالب after هو/هي or before its field, stage or school is the noun "student" (400 ANT articles with
    # such phrases: 14 false demands gone, none lost)
    ("AL-technology-281-20180531", "وهو طالب علوم الكمبيوتر", "REQUEST"),
    ("BB-internationalNews-225-20180325", "ديلاني تار وهو طالب من باركلاند", "REQUEST"),
    ("BB-middleEast-804-20180728", "أخلت النيابة العامة المصرية سبيل طالب جامعي", "REQUEST"),
    ("SK-middleEast-434-20180320", "على طالب لجوء سوري بالسجن", "REQUEST"),
    # a noun never carries the future prefix سـ: سعداء is "happy", not سـ + عداء "hostility" (300 ANT articles with
    # سعداء: about 100 false charges gone)
    ("BB-sport-131-20180426", "والمسلمون سعداء للغاية", "ACCUSE"),
    ("SK-middleEast-382-20180319", "سنكون سعداء بعودة قطر", "ACCUSE"),
    # an anthem with its owner's pronoun (الاستماع إلى نشيدهم الوطني، وبث نشيدها الوطني) is no "we praise" -- أشاد takes
    # no object pronoun -- and وعدو is "and an enemy" (أزمة وعدو وهمي، الحوثيون وعدو أمس), not "they promised"
    # (300 ANT articles with such words: 7 events gone, all false)
    ("FR-internationalNews-2420-20180720", "الاستماع إلى نشيدهم الوطني", "SUPPORT"),
    ("SK-middleEast-49-20180225", "وبث نشيدها الوطني", "SUPPORT"),
    ("CN-middleEast-911-20180514", "افتعال أزمة وعدو وهمي", "AGREE"),
    # a boat received, or migrants five words after the verb (استقبلت تونس الأربعاء سفينة تجارية، واستقبلت إسبانيا الشهر
    # الماضي 629 مهاجرا) is no visitor met (400 ANT articles with استقبل: 3 such meetings gone, all false)
    ("FR-internationalNews-2569-20180801", "استقبلت تونس الأربعاء سفينة", "CONSULT"),
    ("FR-internationalNews-2166-20180705", "واستقبلت إسبانيا الشهر الماضي", "CONSULT"),
    # a title in quotation marks after the work it names (برنامجا بعنوان «لقاء الحضارات»، مسلسل "أرض النفاق") is no act
    ("SNN-c141898bd27345e5", "بعنوان «لقاء الحضارات", "CONSULT"),
    # a body named after joint operations (غرفة عمليات مشتركة، قيادة العمليات المشتركة) is no joint act
    ("JA-internationalNews-1019-20170529", "في غرفة عمليات مشتركة", "COOPERATE"),
    ("SK-middleEast-2213-20180607", "العمليات المشتركة", "COOPERATE"),
    # a prayer or thanks to God (داعياً المولى عز وجل، أيده الله، أشكر الله) and a student (وكان طالبا) are no acts
    ("SNN-d2445a0df1469b78", "داعياً المولى عز وجل أن يتغمد", "REQUEST"),
    ("SNN-0d62f09c76b14f50", "أيده الله - وفخامتكم", "SUPPORT"),
    ("SNN-e5ffc889a149978a", "فكم أشكر الله", "SUPPORT"),
    ("SNN-d5b144c947093b15", "وكان طالبا في الدراسات العليا", "REQUEST"),
    # دعونا before a first-person plural verb is "let us" (دعونا نفكر في ذلك، ودعونا نرى مدى جدية كوريا الشمالية), no
    # call: 22 REQUEST events gone in 300 ANT articles with the word and about 45 in 300 SaudiNewsNet ones, none
    # added; دعونا إلى اجتماع stays
    ("AL-internationalNews-1064-20180508", "دعونا نفكر", "REQUEST"),
    ("SK-internationalNews-548-20180324", "ودعونا نرى", "REQUEST"),
    # and دعوني / دعني before a first-person singular verb "let me" (دعوني أكون واضحة، دعوني أقول بضع كلمات): 200 ANT
    # articles with such a word, 11 REQUEST events gone, none added
    ("SK-internationalNews-2648-20180715", "دعوني أكون واضحة", "REQUEST"),
    ("BB-middleEast-885-20180813", "دعوني أقول بضع كلمات", "REQUEST"),
    # a visit to one's family (كان في زيارة لأسرته، بعد زيارة أقاربه في فرنسا، لزيارة أهلها) is private, no meeting of
    # actors: 200 ANT articles with such a phrase, 14 CONSULT events gone, 2 others no longer merged into them
    ("CN-middleEast-804-20180503", "حيث كان في زيارة لأسرته", "CONSULT"),
    ("BB-internationalNews-492-20180511", "بعد زيارة أقاربه في فرنسا", "CONSULT"),
    # a threatening verb in a relative clause on a thing (التطورات التي تهدد بإسقاط، الخلاف الذي يهدد الحكومة، الصواريخ التي
    # باتت تهدد السعودية) is a danger described, no threat made (600 ANT articles with such a clause: 11 THREATEN events
    # gone, all of them; الاتفاقية التي يهدد الرئيس الأمريكي دونالد ترامب بإلغائها stays)
    ("AL-internationalNews-130-20180221", "التطورات الهائلة التي تهدد بإسقاط", "THREATEN"),
    ("FR-internationalNews-2105-20180702", "الخلاف الحاد بينهما حول المهاجرين الذي يهدد", "THREATEN"),
    ("FR-internationalNews-1541-20180531", "الأزمة النووية التي كادت تهدد", "THREATEN"),
    # طالبا after a number or before وطالبة is students counted (147 طالبا، 560 طالبا وطالبة), not two who demand (500 SNN
    # and 300 ANT articles with the word: about 80 REQUEST events gone, every one read was students)
    ("SNN-0c1e8b646ae591a7", "مقتل 147 طالبا", "REQUEST"),
    ("SK-middleEast-3884-20181015", "560 طالبا وطالبة", "REQUEST"),
    # الدعوة as preaching the faith (المكتب التعاوني للدعوة والإرشاد، وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد، منبر
    # الدعوة إلى الله) is no call on anyone (800 SNN articles with الدعوة: about 190 REQUEST events gone, all such names)
    ("SNN-02743f65dc5ce22a", "الذي ينظمه المكتب التعاوني للدعوة والإرشاد", "REQUEST"),
    ("SNN-b628be53c501b331", "وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد", "REQUEST"),
    ("SNN-bfcd4bb2cb41cf06", "منبر الدعوة إلى الله", "REQUEST"),
    # aid as the name of who gives it (وكالات الإغاثة الإنسانية، عمال في مجال الإغاثة، الناشط في شؤون الإغاثة) is no aid given
    # (1,500 ANT articles with such a phrase: 10 AID events gone, none real)
    ("BB-middleEast-965-20180905", "قلق وكالات الإغاثة الإنسانية", "AID"),
    ("BB-middleEast-101-20180227", "وأفاد عمال في مجال الإغاثة الإنسانية", "AID"),
    ("AL-internationalNews-123-20180220", "الناشط في شؤون الإغاثة الإنسانية", "AID"),
    # "إلى اللقاء" on its own is goodbye (48 in the corpora, mostly column endings), not a meeting looked forward to
    ("FR-internationalNews-1550-20180531", "وإنما \"إلى اللقاء\"", "CONSULT"),
    # لقاء "in return for" (a sum, a favour, a masdar with its doer's pronoun), an interview conducted with someone
    # (أجري معها، أجرته معه ... قناة), meeting God: no meeting (600 ANT articles with such a لقاء: 10 CONSULT gone, none
    # real; 300 random articles unchanged)
    ("SK-internationalNews-817-20180406", "من شركة بناء لقاء امتيازات", "CONSULT"),
    ("BB-internationalNews-154-20180314", "البطاقة لقاء خدمتها المنظمة", "CONSULT"),
    ("BB-internationalNews-1144-20181005", "أثناء لقاء أجري معها", "CONSULT"),
    ("CN-middleEast-323-20180321", "في لقاء أجرته معه ساندرا", "CONSULT"),
    ("CN-middleEast-323-20180321", "هو اللقاء \"مع الله", "CONSULT"),
    # a meeting with a group of journalists, with the press in the genitive, or called a press one is an interview or
    # a briefing, no meeting (400 ANT articles with such a phrase: 4 CONSULT events gone, none real)
    ("FR-middleEast-724-20180703", "وقال محجوب خلال لقاء مع مجموعة من الصحافيين", "CONSULT"),
    ("CN-middleEast-223-20180308", "قوله خلال لقاء إعلاميين مصريين", "CONSULT"),
    ("BB-internationalNews-366-20180420", "أجريت لقاء صحفيا مع دولوريس", "CONSULT"),
    # the words of a speaker who praises, supports or stands with an actor in the same paragraph are no charge against
    # it (700 ANT articles: 9 charges gone, 7 rightly; the 2 others followed a support event read wrongly; a cooperation
    # in the paragraph is no such sign -- in the record gold it sits beside a real charge)
    ("SK-middleEast-2349-20180613", "وأعربت منظمة الصحة العالمية", "ACCUSE"),
    ("FR-internationalNews-1675-20180606", "وأكدت ماي تأييدها", "ACCUSE"),
    # طالبات / لطالبات / وطالباتها are "female students", no form of طالب "demanded" (300 SaudiNewsNet articles with
    # such a word: 84 REQUEST events gone, none real)
    ("SNN-dfcd4dd3fd83c982", "بمسابقات ثقافية لطالبات المؤسسة", "REQUEST"),
    # to threaten security, stability, life or peace (يهدد أمن، تهدد حياة، ويهدد السلام العالمي) is to endanger them: no
    # actor threatens anyone (300 ANT articles with a threat word: 8 THREATEN events gone, none real)
    ("AL-internationalNews-1267-20180521", "ويهدد السلام العالمي", "THREATEN"),
    ("SK-middleEast-3950-20181019", "وتهدد أمن واستقرار الدولتين", "THREATEN"),
    # the act a threat names past the threatener and the threatened (هدد ترامب تركيا بمواجهة عقوبات، هددت الأحزاب
    # ... بعدم الموافقة) is threatened, not done -- nor done by the threatened to the threatener
    ("BB-middleEast-772-20180727", "تركيا بمواجهة عقوبات", "SANCTION"),
    ("FR-middleEast-109-20180305", "بعدم الموافقة على مشروع", "AGREE"),
    # حقق في with an object pronoun (ما حققه في عفرين، على ما حققته في الانتخابات) is "achieved", not "investigated"
    # (400 ANT articles with such a form: 13 ACCUSE events gone, all achievements)
    ("FR-middleEast-648-20180619", "ما حققه في عفرين", "ACCUSE"),
    ("AL-internationalNews-1045-20180507", "على ما حققته في", "ACCUSE"),
    # the short past stem of a weak verb (التق beside التقى) is no word of its own: التقني is "technical", not
    # "met me" (1,600 ANT and SaudiNewsNet articles: 10 CONSULT events from التقني / والتقني, all gone)
    ("CN-middleEast-116-20180227", "التمديد التقني لفريق الخبراء", "CONSULT"),
    ("FR-internationalNews-2450-20180722", "الاقتصادي والتقني والبنى التحتية", "CONSULT"),
    # what is offered or asked in exchange (مقابل رفع العقوبات، مقابل تخفيف العقوبات، مقابل الإفراج عن) is a
    # price, not an act done -- not after في المقابل, "on the other hand" (250 ANT articles with مقابل: 14
    # events gone, nearly all prices with guessed sides)
    ("BB-internationalNews-435-20180429", "مقابل رفع العقوبات", "CONCEDE"),
    ("SK-internationalNews-2087-20180611", "مقابل تخفيف", "CONCEDE"),
    # a masdar of purpose after a glued ل (لقمع حرية التعبير، مستعدة لفرض عقوبات) names an aim, not a
    # repression or a sanction done -- nor is its object (عقوبات) one (300 ANT articles with such a masdar:
    # 70 events gone, nearly all aims with guessed sides, about 5 real ones lost); who is exposed to it
    # (يتعرضون لقمع دموي) still suffers it
    ("FR-internationalNews-2733-20180816", "ترامب لقمع حرية", "COERCE"),
    ("SK-internationalNews-3049-20180816", "مستعدة لفرض عقوبات", "SANCTION"),
    # a request that is rejected right there (رفضها طلب محامية، رفض طلب إخلاء سبيل) is the rejection's object, not
    # a new request (200 ANT articles with such a phrase: 25 REQUEST events gone, nearly all with wrong sides)
    ("FR-middleEast-597-20180606", "رفضها طلب محامية", "REQUEST"),
    ("SK-internationalNews-1735-20180523", "رفض طلب إخلاء سبيل", "REQUEST"),
    # a bare إنذار is an alarm, a card or a weather warning, not a threat (صفارات الإنذار دوت، لتلقيه الإنذار
    # الثاني، إنذارا برتقاليا: 150 ANT articles with the word lost 33 such events and 2 real threats)
    ("AL-internationalNews-1429-20180602", "إن صفارات الإنذار دوت في جنوب إسرائيل", "THREATEN"),
    ("FR-sport-10-20180205", "لتلقيه الإنذار الثاني", "THREATEN"),
    ("SK-internationalNews-413-20180317", "إنذارا برتقاليا", "THREATEN"),
    # an airport, a port or a hospital that receives (استقبل مطار القاهرة الدولي أول رحلة، ويستقبل المطار) receives
    # flights or patients, no visitor (300 ANT articles with such a phrase: 4 CONSULT events gone, all wrong)
    ("SK-middleEast-962-20180412", "استقبل مطار القاهرة الدولي", "CONSULT"),
    ("SK-internationalNews-3243-20181002", "استقبل مطار جاوة الشرقية", "CONSULT"),
    ("BB-internationalNews-32-20180212", "أن يستقبل المطار 261 رحلة", "CONSULT"),
    # a shot fired by mistake (أطلق عن طريق الخطأ النار من مسدسه داخل الصف) is an accident, not an assault -- read
    # since the shooter may stand between أطلق and النار (of 30 ANT sentences with عن طريق الخطأ read, none an attack)
    ("SK-internationalNews-362-20180315", "أطلق عن طريق الخطأ النار من مسدسه", "ASSAULT"),
    # a verb of threatening after a consequence or manner word (مما يهدد بتفاقم، بشكل يهدد سلامة الطائرة، كل ما يهدد
    # أمنها، وهو ما يهدد بإزاحته) says what a situation endangers, not that an actor threatens (54 ANT articles with
    # such a phrase: 15 THREATEN events gone, all wrong; وهو ما تهدد به الميليشيات stays a threat)
    ("SK-internationalNews-1801-20180527", "مما يهدد بهطول أمطار", "THREATEN"),
    ("SK-middleEast-1380-20180501", "في كل ما يهدد أمنها", "THREATEN"),
    ("SK-middleEast-1144-20180420", "مما يهدد وحدة البلاد", "THREATEN"),
    # a demand, a pledge or a call in reported speech (وطالب الأكراد دمشق بالتدخل، لم تتعهد ميغان بأن "تطيع"
    # زوجها) is no charge: the quotation-charge model, fitted before such quotations were read, made
    # ACCUSE events of them (1,500 random political ANT articles: 7 of them gone, nearly all wrong)
    ("FR-internationalNews-391-20180312", "وطالب الأكراد دمشق بالتدخل", "ACCUSE"),
    ("AL-internationalNews-627-20180326", "وطالبت الحكومة مجلس الأمن", "ACCUSE"),
    ("BB-internationalNews-532-20180519", "لم تتعهد ميغان", "ACCUSE"),
    # استقبل with refugees, migrants, the wounded, aid or shipments as its object receives no visitor (1,500
    # random political ANT articles and 300 with a form of استقبل: 23 CONSULT events gone, 22 of them such)
    ("BB-internationalNews-998-20180818", "واستقبلت ألمانيا مئات الآلاف من السوريين", "CONSULT"),
    ("FR-internationalNews-2569-20180801", "واستقبلت السلطات التونسية المهاجرين", "CONSULT"),
    # an act asked for with إلى after the asker's name set off by commas (دعا الرئيس الروسي، فلاديمير بوتين، إلى
    # انسحاب ...) is asked for, not done (300 ANT articles with such a call: 4 acts gone, all of them asked for)
    ("BB-middleEast-566-20180602", "إلى انسحاب جميع القوات الأجنبية", "RETREAT"),
    ("SK-internationalNews-1303-20180501", "إلى قطع الطرق", "PROTEST"),
    # a meeting noun with a medium after مع (في لقاء مع قناة، خلال لقائه مع شبكة، في لقاء مع صحفيين) is an
    # interview or a press briefing, no meeting (300 ANT articles with such a phrase: 20 of 486 events gone,
    # all of them interviews)
    ("SK-middleEast-496-20180323", "في لقاء مع مجلة", "CONSULT"),
    ("BB-internationalNews-435-20180429", "في لقاء مع شبكة", "CONSULT"),
    # وعدوانا is "and aggression" (ظلما وعدوانا), not وعدوا + نا, "they promised us" (49 such nouns in
    # ANT and SaudiNewsNet together)
    ("SNN-469c9b07544880fb", "ظلما وعدوانا", "AGREE"),
    ("SNN-2738885fb08d639b", "ظلما وعدوانا", "AGREE"),
    # قبل + a number or a time word is "before", never the verb "accepted" (قبل أيام من استقالته)
    ("BB-internationalNews-487-20180510", "قبل أيام من استقالته", "AGREE"),
    # deaths in an aircraft's fall are no attack (سقوط طائرة، عند سقوطها with the aircraft named): 17
    # crash deaths gone in 75 ANT articles with the phrase, no attack lost
    ("SK-internationalNews-358-20180315", "طيارين اثنين قتلا إثر سقوط طائرة", "ASSAULT"),
    ("BB-internationalNews-459-20180503", "وقتل كل من كان على متن الطائرة", "ASSAULT"),
    # sanctions mentioned past a preposition (إعفاء من العقوبات، رغم العقوبات، يراقبون العقوبات): 7
    # sanction mentions gone in 300 ANT articles with the word, no real sanction lost
    ("FR-internationalNews-1533-20180530", "على إعفاء من العقوبات", "SANCTION"),
    ("FR-internationalNews-2356-20180717", "رغم العقوبات الأوروبية", "SANCTION"),
    ("AL-internationalNews-313-20180303", "الذين يراقبون العقوبات", "SANCTION"),
    # storms and floods kill and trap (عواصف رملية، حاصرتهم الأمطار) without an attack or a siege
    ("SK-internationalNews-1338-20180503", "قتل 77 شخصا على الأقل", "ASSAULT"),
    ("BB-internationalNews-789-20180712", "لموسم الأمطار التي حاصرت", "COERCE"),
    # a crash or a collapse told with a verb (تحطمت طائرة هليكوبتر ... مما أسفر عن مقتل) is no attack
    ("SK-internationalNews-270-20180312", "مما أسفر عن مقتل ركابها", "ASSAULT"),
    # a sociologist (عالم الاجتماع، علم الاجتماع) holds no meeting
    ("FR-internationalNews-316-20180308", "أما عالم الاجتماع جوسلين", "CONSULT"),
    # applications and a newsroom's request for comment (طلب لجوء، طلب التأشيرة، طلب للتعليق) are no REQUEST
    ("SK-internationalNews-2260-20180621", "وقدم طلب لجوء", "REQUEST"),
    ("SK-internationalNews-178-20180227", "على طلب للتعليق", "REQUEST"),
    ("BB-internationalNews-309-20180407", "إن طلب التأشيرة", "REQUEST"),
    # allegations mentioned (بشأن مزاعم تدخل روسيا، وسط مزاعم بأنه) are no rejection; denied ones are (DENIAL_CASES)
    ("SK-internationalNews-2879-20180802", "بشأن مزاعم تدخل روسيا", "REJECT"),
    ("BB-internationalNews-975-20180815", "وسط مزاعم بأنه", "REJECT"),
    # sanctions avoided, violated or weighed (تفادي العقوبات، انتهاك العقوبات، وطأة العقوبات) or a penal code
    # (قانون العقوبات) are no sanction imposed
    ("SK-internationalNews-814-20180405", "إيران على تفادي العقوبات", "SANCTION"),
    ("FR-middleEast-14-20180216", "بتهمة انتهاك العقوبات", "SANCTION"),
    ("CN-internationalNews-39-20180227", "المقترحة لقانون العقوبات", "SANCTION"),
    # posing a threat (تمثل تهديدا أمنيا، تشكل تهديدا لاستقرار المنطقة، أكبر تهديد) is a danger, not a threat made
    ("FR-internationalNews-1651-20180605", "إيران تمثل تهديدا أمنيا", "THREATEN"),
    ("AL-internationalNews-253-20180227", "تشكل تهديدا لاستقرار", "THREATEN"),
    ("SK-middleEast-1663-20180514", "أكبر تهديد لأمن العراق", "THREATEN"),
    # held "pending investigation" (على ذمة التحقيق في، قيد التحقيق): custody, no investigation opened
    ("BB-middleEast-129-20180303", "على ذمة التحقيق في", "ACCUSE"),
    ("AL-internationalNews-230-20180226", "قيد التحقيق في", "ACCUSE"),
    # gunmen named without an act (سلموا أنفسهم، إخراج المسلحين) are no attack
    ("SK-middleEast-1323-20180429", "أن المسلحين سلموا أنفسهم", "ASSAULT"),
    ("SK-middleEast-1638-20180513", "إخراج المسلحين والعائلات", "ASSAULT"),
    # contacts or talks being suspended are a sanction, not a meeting (وتعليق جميع الاتصالات الثنائية)
    ("CN-internationalNews-135-20180317", "وتعليق جميع الاتصالات الثنائية", "CONSULT"),
    # an act a request asks for (طلبت المفوضية من تركيا رفع حالة الطوارئ) is not done
    ("SK-internationalNews-1493-20180510", "من تركيا رفع حالة الطوارئ", "CONCEDE"),
    # driving fighters out of a district is fighting, not an expulsion (sanction); consent as a condition
    ("SK-middleEast-1934-20180525", "وتمكنت من طرد الحوثيين من مفرق المغرس", "SANCTION"),
    # (session 4 read this one as a SANCTION with the forces as source; the blind audit of session 7
    # judged it no sanction: militias driven out of a town by the army)
    ("SK-middleEast-2889-20180713", "بعد تم طردها منها مؤخرا", "SANCTION"),
    ("AL-internationalNews-7-20180218", "في طرد مسلحي القاعدة من محافظة حضرموت", "SANCTION"),
    ("SK-internationalNews-2531-20180709", "وكل ذلك دون موافقة البرلمان", "AGREE"),
    ("BB-internationalNews-1216-20181019", "تحويل أموال إلا بموافقة السلطات", "AGREE"),
    # a cancelled meeting is the cancellation (REJECT), not a meeting
    ("FR-internationalNews-1280-20180516", "أنها تبلغت بإلغاء المفاوضات الرفيعة المستوى", "CONSULT"),
    # a prayer (أدعو الله أن / ألا) asks no actor
    ("BB-internationalNews-563-20180524", "وأدعو الله ألا نضطر إلى استخدامها", "REQUEST"),
    ("AL-sport-491-20180308", "ندعو الله أن يكون مديداً", "REQUEST"),
    # a cessation of hostilities (وقف / إنهاء الأعمال العدائية) accuses no one
    ("SK-middleEast-3492-20180902", "جميع الأطراف على وقف الأعمال العدائية فورا", "ACCUSE"),
    ("BB-internationalNews-443-20180430", "وتعهدا بإنهاء الأعمال العدائية بين البلدين", "ACCUSE"),
    ("BB-internationalNews-626-20180609", "ستوقف كافة الأعمال العدائية خلال عطلة العيد", "ACCUSE"),
    # hosting refugees, matches or a base is no meeting
    ("AL-internationalNews-1811-20180629", "ويستضيف الأردن بالفعل ما يزيد عن", "CONSULT"),
    ("FR-internationalNews-1705-20180608", "الملاعب التي تستضيف مباريات كأس العالم", "CONSULT"),
    ("SK-internationalNews-1350-20180503", "وتستضيف جيبوتي قاعدة عسكرية", "CONSULT"),
    # deaths in accidents and disasters are no attack
    ("BB-internationalNews-529-20180518", "قتل أكثر من مئة شخص في تحطم طائرة بوينغ", "ASSAULT"),
    ("BB-middleEast-935-20180826", "ضرب زلزال بلغت قوته نحو 6 درجات", "ASSAULT"),
    ("CN-internationalNews-489-20180814", "لقي عدد من الأشخاص مصرعهم بعد انهيار جزء", "ASSAULT"),
    ("SK-internationalNews-218-20180302", "قتل 24 شخصا في حريق اندلع", "ASSAULT"),
    ("SK-middleEast-3435-20180817", "قتل 8 أشخاص وأصيب 14 آخرون، الجمعة، إثر حادث سير", "ASSAULT"),
    # "declined to comment", "asked not to be named": a statement (CAMEO 017), no rejection or request
    ("AL-internationalNews-995-20180505", "ورفضت بعثة إسرائيل في الأمم المتحدة التعليق", "REJECT"),
    ("FR-internationalNews-2204-20180709", "ورفض متحدث عسكري إسرائيلي التعليق", "REJECT"),
    ("SK-internationalNews-1149-20180424", "طلب عدم نشر اسمه إن المفجرين", "REQUEST"),
    ("SK-internationalNews-1240-20180428", "طالبا عدم نشر اسمه إن أفريدي", "REQUEST"),
    ("SK-internationalNews-1739-20180523", "طالبا عدم كشف هويته", "REQUEST"),
    # a withdrawal that is only demanded or warned against is the topic of that act, not a retreat
    ("FR-internationalNews-2521-20180730", "مطالبة بانسحاب غير مشروط للحوثيين", "RETREAT"),
    ("JA-internationalNews-376-20170105", "الوقوف وراء خروقات لاتفاق", "RETREAT"),
    # food poisoning is no attack
    ("JA-localNews-4616-20170618", "أصيبوا بتسمم غذائي", "ASSAULT"),
    # an attack noun far after the names of the sentence, which blame or investigate: a mention
    ("AL-internationalNews-712-20180331", "تلقي بريطانيا باللوم على روسيا في هجوم", "ASSAULT"),
    # an attack threatened is a THREATEN, not an ASSAULT (the clause naming both sides no longer
    # overrides the sentence score)
    ("SK-internationalNews-1424-20180507", "هدد تنظيم داعش بشن هجمات إرهابية", "ASSAULT"),
    # a release asked for, tried or bargained over has not happened (طالبت بالإفراج عن، من أجل إطلاق سراح)
    ("CN-middleEast-1409-20181002", "طالبت إيران بالإفراج عن دبلوماسي", "RETREAT"),
    ("SK-middleEast-3253-20180803", "تتولى روسيا التفاوض مع تنظيم داعش لإطلاق سراح", "RETREAT"),
    # a reply that has been given (ردت تركيا بأن) promises nothing
    ("BB-internationalNews-1100-20180930", "وردت الصين على تلك الاحتجاجات", "THREATEN"),
    ("BB-internationalNews-304-20180406", "وردت موسكو بطرد 60 دبلوماسيا", "THREATEN"),
    # "unbiased" is no charge
    ("AL-internationalNews-1226-20180518", "تحقيق دولي مستقل وغير منحاز", "ACCUSE"),
    # a ceasefire written with an adjective or لـ (وقفا مؤقتا لإطلاق النار) is no shooting (18 such
    # ASSAULT events in 135 ANT articles with the phrase)
    ("BB-internationalNews-626-20180609", "وقفا لإطلاق النار مع القوات الحكومية", "ASSAULT"),
    ("SK-middleEast-2862-20180712", "مدد وقفا من جانب واحد لإطلاق النار", "ASSAULT"),
    # ثمن is a price (and the round of sixteen), not the verb "appreciated" (74 such SUPPORT events in
    # 300 ANT articles with the word, none of them right)
    ("FR-internationalNews-2014-20180625", "لتواجه \"الروخا\" في ثمن النهائي", "SUPPORT"),
    ("FR-middleEast-572-20180603", "بأي ثمن", "SUPPORT"),
    ("BB-middleEast-1073-20181008", "ستدفع \"ثمنا باهظا\"", "SUPPORT"),
    ("SK-middleEast-876-20180409", "سيكون هناك ثمن باهظ", "SUPPORT"),
    ("SK-internationalNews-2348-20180626", "إلى إثيوبيا للتحقيق في الهجوم", "ASSAULT"),
    ("AL-internationalNews-1879-20180710", "الرامية لنزع السلاح النووي", "RETREAT"),
    ("SK-internationalNews-2293-20180625", "اندفاعة دبلوماسية لتحقيق نزع السلاح", "RETREAT"),
    # a body named for its work (منظمات المساعدات، لجنة التحقيق)
    ("BB-middleEast-612-20180613", "وحذرت منظمات المساعدات", "AID"),
    ("AL-internationalNews-656-20180327", "كشفت لجنة التحقيق", "ACCUSE"),
    # عرض على: shown on a channel, a file put before an authority -- no offer
    ("SK-middleEast-3522-20180907", "يعرض على قناة", "AGREE"),
    ("JA-localNews-1278-20160719", "وعرض الملف على الهيئة", "AGREE"),
    ("FR-middleEast-13-20180216", "التقرير الذي عرض على مجلس الأمن", "AGREE"),
    # reinforcements an attack strikes are what is hit, no mobilisation (غارات جوية مركزة تستهدف مواقع وتجمعات
    # وتعزيزات): 8 such MOBILIZE events gone in the same 300 articles
    ("SK-middleEast-1862-20180522", "وتجمعات وتعزيزات عسكرية تابعة", "MOBILIZE"),
    # a definite participle of demanding after a definite noun describes it (الاحتجاجات المطالبة بتحسين
    # الخدمات، الدعوات المطالبة بإجراء استفتاء): 33 such events gone in 49 ANT articles with the phrase
    ("SK-internationalNews-3097-20180903", "الدعوات المطالبة بإجراء استفتاء", "REQUEST"),
    ("SK-middleEast-2858-20180712", "والاحتجاجات المطالبة بتحسين", "REQUEST"),
    # a game is not a meeting, a sending-off not a sanction (a match word beside the trigger, or any word of
    # the sport in an article with several match words): 68 of 393 events gone in 300 ANT sport articles,
    # 13 of 6,759 in 1,500 political ones, none a political act
    ("FR-sport-246-20180708", "وستلتقي الأربعاء المقبل على ملعب", "CONSULT"),
    ("SK-sport-1705-20180617", "وتلتقي البرازيل بطلة العالم", "CONSULT"),
    ("SK-sport-666-20180411", "وأكمل الجزيرة المباراة بعشرة لاعبين بعد طرد", "SANCTION"),
    ("FR-internationalNews-2225-20180709", "والتقى المنتخبان وديا في باريس", "CONSULT"),
    ("FR-internationalNews-1909-20180619", "بعد طرد الكولومبي كارلوس سانشيز", "SANCTION"),
    # to owe allegiance, a debt or a faith (يدينون بالولاء لتنظيم، يدين بالفضل، يدينون بالإسلام، يدين له) is no
    # condemnation: the whole of ANT and SaudiNewsNet has 37 such phrases; 25 ACCUSE events gone, all false
    ("FR-internationalNews-1042-20180502", "مقاتلون يدينون بالولاء", "ACCUSE"),
    ("SK-middleEast-365-20180318", "ميليشيا بدر تدين بالولاء", "ACCUSE"),
    # a clinic or an emergency ward receives patients, reports or accidents (استقبلت طوارئ المستشفى حادثا، عيادة
    # الطب العام التي استقبلت 239 مراجعا، الرئاسة العامة تستقبل البلاغات), no visitor: 150 SaudiNewsNet articles with
    # such a phrase, 21 CONSULT events gone, all such; 2 in the random samples
    ("SNN-34526428facf2726", "استقبلت طوارئ المستشفى", "CONSULT"),
    ("SNN-5196ae5430199fa5", "الرئاسة العامة تستقبل البلاغات", "CONSULT"),
    # what props up a market (تلقت أسعار الخام دعما، تلقت سوق النفط دعما، صندوق يدعمه النفط) is no political
    # support: 5 SUPPORT events gone in 200 ANT economy articles, all such; none changed in the random samples
    ("SK-economy-594-20180518", "وتلقت أسعار الخام دعما", "SUPPORT"),
    ("SK-economy-567-20180514", "تلقت سوق النفط دعما", "SUPPORT"),
    # a short match report with one match word but many words of the sport (teams, goals, the minute, the
    # stadium) is a sports article too: 25 events gone in 300 ANT sport articles (matches, transfers, a
    # sending-off; one alleged rape lost), 15 in 600 random ANT + 300 SaudiNewsNet (a team bus shot at lost)
    ("SK-sport-2879-20181012", "وشهد اللقاء طرد حارس المرمى", "CONSULT"),
    ("SK-sport-2879-20181012", "ويلتقي المنتخبان السعودي والعراقي", "CONSULT"),
    # a television or press interview (لقاء تلفزيوني، لقاءً تلفزيونيا مع قناة) is no meeting
    ("SK-middleEast-3694-20180930", "قد قال في لقاء تلفزيوني سابق", "CONSULT"),
    ("BB-middleEast-493-20180512", "لقاءً تلفزيونيا مقرراً", "CONSULT"),
    # centrifuges (أجهزة طرد مركزي) and driving out an armed group (بعد طرد تنظيم الدولة، لطرد المسلحين) are
    # no expulsion (1,500 random political ANT articles: 6 of 6,745 events gone, all such)
    ("BB-middleEast-317-20180409", "وأجهزة طرد مركزي", "SANCTION"),
    ("FR-internationalNews-1198-20180512", "بعد طرد تنظيم", "SANCTION"),
    ("SK-middleEast-87-20180227", "لطرد المسلحين المتطرفين", "SANCTION"),
    # the noun "student" after a number (22 مليون طالب، 200 ألف طالب) is no demand
    ("SK-middleEast-1467-20180506", "على 22 مليون طالب", "REQUEST"),
    ("FR-middleEast-659-20180622", "وحوالي 200 ألف طالب", "REQUEST"),
    ("JA-internationalNews-47-20170124", "وأوضحت أن على الرغم من أن", "REQUEST"),
    # بما يتفق مع is "in line with", no agreement
    ("AL-internationalNews-899-20180413", "بما يتفق مع قواعد الاشتباك", "AGREE"),
    ("AL-internationalNews-515-20180317", "بما يتفق مع عدد من قرارات", "AGREE"),
    # a cold wave strikes no one (ضربت موجة صقيع); an imminent danger (خطرا داهما) raids nothing
    ("SK-internationalNews-150-20180226", "ضربت موجة صقيع", "ASSAULT"),
    ("AL-internationalNews-739-20180401", "داهما", "COERCE"),
    # rules of engagement (قواعد الاشتباك) are no clash: 69 in ANT, 9 attacks gone in 51 articles
    ("SK-middleEast-1738-20180516", "تغير قواعد الاشتباك", "ASSAULT"),
    ("SK-middleEast-937-20180411", "بحسب قواعد الاشتباك", "ASSAULT"),
    # a rate of approval or rejection in a poll or a statistic (نسبة التأييد، معدل الموافقة، معدلات رفض) is
    # no act: 14 ANT articles with such a phrase lost 10 events, all poll figures
    ("SK-internationalNews-3136-20180906", "وصلت نسبة تأييد أردوغان", "SUPPORT"),
    ("SK-internationalNews-11-20180218", "تراجع معدل الموافقة", "AGREE"),
    # deaths in a volcano's eruption or a landslide are no attack (200 ANT articles with such words: 11 gone,
    # all of them; an attack near the settlement named بركان stays)
    ("BB-internationalNews-617-20180607", "قتل 99 شخصا على الأقل", "ASSAULT"),
    ("SK-technology-587-20180505", "مقتل 17 شخصا في شمالي البلاد", "ASSAULT"),
    # النداء is also Tunisia's Nidaa Tounes party (كتلة النداء، حزب نداء تونس، النهضة والنداء), no appeal: 200 ANT
    # articles with نداء lost 9 such requests
    ("JA-politic-173-20160820", "رئيس كتلة النداء", "REQUEST"),
    ("JA-localNews-4690-20170613", "النهضة والنداء", "REQUEST"),
    # a day that falls on another (الاثنين، الذي وافق عطلة عامة؛ يوم الأرض الذي يوافق الثلاثين من آذار) is no agreement:
    # 300 ANT articles with الذي/التي + وافق lost 14 such AGREE events, none real
    ("SK-internationalNews-2690-20180717", "الذي وافق عطلة", "AGREE"),
    ("BB-middleEast-379-20180420", "الذي يوافق الثلاثين", "AGREE"),
    ("SK-middleEast-2157-20180605", "الذي يوافق استقلال", "AGREE"),
    # a nominal aid trigger after words of need, dependence, obstruction or theft (يحتاجون إلى مساعدات إنسانية، بحاجة ماسة إلى
    # المساعدات، تمنع دخول المساعدات، بسرقة المساعدات) is aid wanted or withheld, none given (500 ANT articles with aid words:
    # 33 AID events gone, every one such a phrase; قدمت الحكومة الكويتية مساعدات، دخلت قافلة مساعدات stay)
    ("FR-internationalNews-1475-20180527", "يحتاجون إلى مساعدات إنسانية", "AID"),
    ("SK-internationalNews-3256-20181001", "بحاجة إلى مساعدة إنسانية عاجلة", "AID"),
    ("SK-middleEast-1510-20180508", "تمنع دخول المساعدات الإغاثية", "AID"),
    ("BB-middleEast-140-20180306", "وبسرقة المساعدات الإنسانية", "AID"),
    # a price paid, told in the past or as a state (ودفع السادات حياته ثمنا، دفع العراق ثمنا باهظا، ندفع الآن ثمن) is a cost
    # borne, no threat; only a price promised or demanded is (500 ANT articles with the phrase: 11 THREATEN events gone,
    # all such; ستدفع ثمنا، أن تدفع الثمن، سيتم "دفع ثمن باهظ" stay)
    ("FR-internationalNews-1776-20180612", "ودفع السادات حياته ثمنا", "THREATEN"),
    ("AL-internationalNews-82-20131230", "ندفع الآن ثمن", "THREATEN"),
    ("AL-internationalNews-82-20131230", "ندفع الآن ثمن", "SUPPORT"),
    # إدانة with the convicted's pronoun and the charge after it (بعد إدانته بتهمة الاختلاس، لإدانته بقضايا فساد) is a
    # conviction, no condemnation (also إدانتهم في قتل; 500 ANT articles with the phrase: about 165 ACCUSE events gone, all convictions;
    # أدانت مصر بأشد العبارات stays)
    ("BB-internationalNews-178-20180318", "بعد إدانته بتهمة الاختلاس", "ACCUSE"),
    ("SK-middleEast-2116-20180603", "بعد إدانتها بتهمة الانتماء", "ACCUSE"),
    ("CN-middleEast-1441-20181008", "بعد إدانتهم في قتل ضابطين", "ACCUSE"),
]

# real corpus sentences whose negation word is part of what is asserted: an exceptive
# (ليس سوى، لم يكن ... سوى: "nothing but") or a phrase that carries it (لا أساس له من الصحة)
POLARITY_CASES = [
    # a nominal trigger in the clause of a verb joined after a denial's object is not denied (نفت موسكو ضلوعها في
    # الهجوم وردت بطرد العدد ذاته من الدبلوماسيين؛ تنفي هذه الاتهامات وتؤكد أن ما يحصل من انتهاكات) (300 ANT
    # articles with نفى ... و: 2 events no longer negated, both rightly, one more left to the detector)
    ("AL-internationalNews-1237-20180518", "وردت بطرد العدد ذاته من الدبلوماسيين", "SANCTION", False),
    # لا شك أن، لا سيما إثر + the act: "no doubt", "especially" -- the negator bears on its own word (250 ANT articles
    # with such a phrase: 5 events no longer negated, all rightly -- 3 of them now left to the detector; لا بد من, "must",
    # left as it was)
    ("AL-internationalNews-1096-20180510", "لا سيما إثر اعتقال", "COERCE", False),
    # طائرة بدون طيار / من دون طيار is a drone, not "without" (150 ANT articles with the phrase: 24 events negated by
    # it before, none since), and لما + a perfect verb is "to what" (لما عرف باجتماع), not "not yet"
    ("SK-middleEast-2419-20180616", "من دون طيار\u00a0شنت غارة", "ASSAULT", False),
    ("CN-economy-361-20181004", "إنفاذا لما عرف باجتماع", "CONSULT", False),
    # not forgetting (لا ننسى أن، لن تنسى، لم ينس) is remembering what happened: 150 ANT articles with such a phrase,
    # 7 events no longer negated, all rightly (4 of them unreported mentions now left to the detector)
    ("CN-middleEast-939-20180516", "لا ننسى أن إسرائيل انسحبت", "RETREAT", False),
    # a denial does not reach into a relative clause opened after it (ونفى فابيوس الذي اعتبر من المتشددين خلال
    # المحادثات، نفت حركة حسم التي تتهمها السلطات): the talks were held, the charge made (300 ANT articles with
    # such a denial: 5 events no longer negated, all rightly; the denied object past a clause like الذي تقوده
    # الرياض stays denied)
    ("SNN-df16b780b381b510", "خلال المحادثات النووية مع ايران", "CONSULT", False),
    ("JA-internationalNews-364-20161213", "التي تتهمها السلطات", "ACCUSE", False),
    ("FR-middleEast-162-20180316", "ونفى مسؤولون في التحالف الذي تقوده السعودية عقد", "CONSULT", True),
    # nor past a word that opens a contrasting clause (وينفي الحزب أي تحيز لكنه يقول إنه يعارض، نفت روسيا الاتهامات،
    # بينما هددت لندن، ..., فيما ترفض): 300 ANT articles with such a sentence, 6 events no longer negated, all rightly
    ("FR-internationalNews-2520-20180730", "لكنه يقول إنه يعارض", "REJECT", False),
    ("BB-internationalNews-1185-20181012", "لكن 285 شخصا رفضوا", "REJECT", False),
    # ودون / وبدون negate like دون (ودون الحصول على موافقتها، ودون تسجيل أية خروقات: 300 ANT articles with the word,
    # 7 events changed, 6 rightly), but not what is told of (دون ذكر للضربات، ولم تكشف أسباب استقالتها، لم يعلق على
    # الضربة: it happened; 300 with such a phrase: 5 events no longer negated, all rightly)
    ("JA-localNews-3780-20170505", "ودون تسجيل أية خروقات", "ACCUSE", True),
    ("JA-internationalNews-146-20170202", "ودون الحصول على موافقتها", "AGREE", True),
    ("CN-middleEast-641-20180415", "ودون ذكر للضربات الجوية", "ASSAULT", False),
    ("BB-technology-105-20180326", "ولم يتطرق بيان الاعتذار", "CONCEDE", False),
    # لم يتم + the noun of what was not done (لم يتم التحقق من عددهم، حيث لم تتم محاكمة أي من أفراد قوات الأمن) does
    # not deny the act before it, nor does a negator in a clause of its own after حيث / بينما / لكن
    ("AL-internationalNews-310-20180302", "عقب معارك ضارية", "ASSAULT", False),
    # not ceasing (لم تتوقف عن قصف المدينة، لم يكف عن) is going on
    ("SK-middleEast-531-20180325", "لم تتوقف عن قصف المدينة", "ASSAULT", False),
    # the act's noun as the subject of a negated copula (لم يكن انسحاب الولايات المتحدة ... الأول من نوعه، لم تكن
    # الضربات الجوية التي نفذتها إسرائيل ... هي الأولى): the predicate is denied, the act took place; and a negator
    # after a complementiser or a quotation mark (قال خلال ترؤسه اجتماعا ... أنه "ليس من العدل") is the reported
    # clause's.  1,500 random political ANT articles: 12 events changed, all from negated to asserted (two merged
    # with the same act told before), none worse
    ("SK-internationalNews-1516-20180511", "لم يكن انسحاب الولايات المتحدة", "RETREAT", False),
    ("FR-internationalNews-1172-20180510", "لم تكن الضربات الجوية التي نفذتها", "ASSAULT", False),
    ("FR-middleEast-568-20180602", "خلال ترؤسه اجتماعا", "CONSULT", False),
    ("BB-internationalNews-1019-20180830", "اغتنم زيارة العام الماضي", "CONSULT", False),
    # a negated evaluative predicate before the act (لم يكن مفاجئا انسحاب ترامب، ليس غريبا أن): "it was no surprise
    # that" -- the act is asserted (42 political ANT articles with such a predicate: 1 event changed, this one)
    ("BB-internationalNews-490-20180510", "لم يكن مفاجئا انسحاب الرئيس", "RETREAT", False),
    # a strike told with the present verb or the participle (يضرب طلاب عن الدراسة، مضربين عن العمل): 17 such
    # phrases in ANT and SaudiNewsNet (200 ANT articles with them: 6 events new, 5 of them the same strike
    # found earlier in its sentence)
    ("FR-internationalNews-809-20180419", "يضرب طلاب جامعات فرنسية عن الدراسة", "PROTEST", False),
    # a denial that is itself negated (لم ينكر تيلرسون: he did not deny) negates nothing
    ("BB-internationalNews-148-20180313", "بعد اجتماع عقد في شهر", "CONSULT", False),
    # a participle after the comma is a clause of its own: the denial before it does not negate it
    ("FR-middleEast-944-20180818", "نفت السعودية تلك الاتهامات، متهمة قطر", "ACCUSE", False),
    ("AL-sport-940-20180328", "لم يكن أمامنا سوى الموافقة", "AGREE", False),
    ("CN-middleEast-1614-20181019", "ليس سوى ادعاءات لا أساس لها", "REJECT", False),
    ("BB-middleEast-16-20180214", "الاتهامات الموجهة له لا أساس لها من الصحة", "REJECT", False),
    ("BB-middleEast-1081-20181010", "الادعاءات لا أساس لها من الصحة", "REJECT", False),
    # لا يزال / ما زال: "still", not a negation
    ("AL-internationalNews-1455-20180604", "لا تزال الحكومة الأردنية ترفض", "REJECT", False),
    ("AL-internationalNews-1377-20180530", "كانت ولا تزال تدعم", "SUPPORT", False),
    # a verb joined by و past the denial's object is a predicate of its own (نفى نتنياهو ارتكاب أي تجاوزات، واتهم
    # الشرطة): 300 political ANT articles with a denial verb, 6 events no longer negated, all rightly; the denied
    # masdar and what follows أن stay negated
    ("SK-middleEast-283-20180314", "واتهم الشرطة", "ACCUSE", False),
    ("BB-internationalNews-149-20180314", "وتطالب بالحصول", "REQUEST", False),
    ("SK-middleEast-969-20180412", "وأيدت روسيا", "SUPPORT", False),
    ("BB-middleEast-9-20180216", "واتهمت مندوبة", "ACCUSE", False),
    ("SK-middleEast-2040-20180530", "توصلها إلى اتفاق", "AGREE", True),
]


# sentences where two triggers compete for one word (ضربة): the winner once depended on the
# order of a set of strings, i.e. on the interpreter's hash seed
# هدد/تهديد X بفرض عقوبات: the threatened act is not coded as done
THREAT_CASES = [
    ("AL-internationalNews-1558-20180611", "تهديد ترمب بزيادة الرسوم"),
    ("FR-internationalNews-863-20180422", "يهدد بإعادة فرض العقوبات"),
]

HASH_SEED_CASES = [
    ("AL-internationalNews-628-20180326", "وقد توجه العقوبات ضربة"),
    ("BB-middleEast-1131-20181020", "بعد ضربه بالبيض"),
    ("FR-internationalNews-1778-20180612", "وحقق ضربة إعلامية"),
]


def test_events_matching_does_not_depend_on_the_hash_seed(shared_dir):
    import os
    import subprocess
    import sys

    sents = [_corpus_sentence(shared_dir, aid, piece) for aid, piece in HASH_SEED_CASES]
    code = ("import sys, json\n"
            "from marsad.stages import events as ev\n"
            "from marsad.text import normalize\n"
            "for s in json.load(sys.stdin):\n"
            "    n = [normalize(t.text) for t in ev.word_tokens(s)]\n"
            "    print([(m.trigger.type, m.trigger.cameo, m.tokens) for m in ev._drop_topics(ev.match_triggers(n), n)])\n")
    outs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", code], input=json.dumps(sents), capture_output=True,
                             text=True, env=env, check=True)
        outs.add(run.stdout)
    assert len(outs) == 1, outs


NEGATED_DETAIL_CASES = [
    # a verb joined to a relative clause opened after a denial (نفى ساركوزي الحصول على أموال من القذافي الذي أطيح به وقتل)
    # is not denied (400 ANT articles with a denial and a relative clause: this sentence's two copies changed)
    ("FR-internationalNews-1622-20180604", "الذي أطيح به وقتل", "ASSAULT"),
    # a count "at least" / "at most" (ما لا يقل عن 55 متظاهرا، ما لا يقل عن 6 غارات) negates nothing (300 ANT articles
    # with such a phrase: 2 negated events gone, both wrong)
    ("FR-internationalNews-1244-20180515", "إلى ما لا يقل عن55", "PROTEST"),
    ("SK-technology-1234-20180802", "لا يقل عن", "ASSAULT"),
    # what a negated verb leaves untold is a detail of the act -- its nature, the victims' identity, the toll,
    # the date (ولم يحدد التحالف طبيعة الهجوم، ولم يذكر البيان هوية الضحايا، ولم يتحدد بعد تاريخ الزيارة) -- or
    # the verb rules nothing out (الذي لم يستبعد ارتفاع حصيلة القتلى): the act is not denied (1,500 random
    # political ANT articles: 7 negated events changed, all wrongly negated mentions -- 6 gone as unreported, a
    # planned visit no longer denied)
    ("FR-middleEast-824-20180725", "ولم يحدد التحالف طبيعة الهجوم", "ASSAULT"),
    ("SK-middleEast-2896-20180714", "ولم يذكر البيان هوية الضحايا", "ASSAULT"),
    ("FR-internationalNews-2683-20180812", "الذي لم يستبعد ارتفاع حصيلة", "ASSAULT"),
    ("JA-internationalNews-1141-20170609", "تاريخ الزيارة", "CONSULT"),
]


@lru_cache(maxsize=1)
def _corpus_texts(shared: str) -> dict[str, str]:
    """The texts of every article the corpus-sentence cases name, read once from ../shared."""
    wanted = ({aid for _, aid, _ in CORPUS_CASES} | {c[0] for c in ROLE_CASES} | {c[0] for c in NON_EVENT_CASES}
              | {c[0] for c in NOT_SOURCE_CASES} | {c[0] for c in CHARGE_CASES} | {c[0] for c in DENIAL_CASES})
    wanted |= {c[0] for c in POLARITY_CASES} | {c[0] for c in HASH_SEED_CASES} | {c[0] for c in DENIAL_CASES}
    wanted |= {c[0] for c in CHARGE_DENIAL_CASES} | {c[0] for c in OUTLET_CASES} | {c[0] for c in ATTRIBUTED_CASES}
    wanted |= {c[0] for c in COMMENTATOR_CASES} | {c[0] for c in KILLED_NAMED_CASES}
    wanted |= {c[0] for c in THREAT_CASES} | {c[0] for c in CRASH_CASES} | {c[0] for c in NOT_ONLY_CASES}
    wanted |= {c[0] for c in MODALITY_CASES} | {c[0] for c in NEGATED_DETAIL_CASES} | {c[0] for c in DETECTOR_FEATURE_CASES}
    wanted |= {c[0] for c in DETECTOR_EDGE_ROLE_CASES + DETECTOR_EDGE_NOT_SOURCE_CASES}
    wanted |= {c[0] for c in CHARGE_CUE_CASES + NO_CUE_CASES + ONE_CUE_CASES}
    out = {}
    # (ANT ids by default; SNN- ids are SaudiNewsNet's)
    for corpus, ids in (("ant", {w for w in wanted if not w.startswith("SNN-")}),
                        ("saudinewsnet", {w for w in wanted if w.startswith("SNN-")})):
        if not ids:
            continue
        with gzip.open(f"{shared}/data/corpora/{corpus}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                if not any(f'"{w}"' in line[:120] for w in ids):
                    continue
                row = json.loads(line)
                if row["id"] in ids:
                    out[row["id"]] = row["text"]
                if ids <= set(out):
                    break
    return out


def _corpus_sentence(shared_dir, article_id: str, piece: str) -> str:
    text = _corpus_texts(str(shared_dir)).get(article_id)
    if text is None:
        pytest.skip(f"{article_id} not in the shared corpora (ANT, SaudiNewsNet)")
    for a, b in sentences(text):
        if piece in text[a:b]:
            return text[a:b]
    pytest.fail(f"{piece!r} not found in {article_id}")


def test_events_every_plover_type_has_triggers_and_a_corpus_case():
    triggers, _ = load_lexicon()
    assert {t.type for t in triggers} == set(PLOVER_TYPES)
    assert {typ for typ, _, _ in CORPUS_CASES} == set(PLOVER_TYPES)


def _rules_only(sent: str):
    """The rules' events of a lone sentence: the learned review (event_review, tested on its own)
    judges events in their article and is left out here, where the lexicon and the polarity
    rules are under test."""
    with mock.patch.object(event_review, "load_review", lambda: {}):
        return detect(sent, published="2018-06-01")


@pytest.mark.parametrize("typ, article_id, piece", CORPUS_CASES, ids=[f"{c[0]}-{c[1]}" for c in CORPUS_CASES])
def test_events_corpus_sentence(shared_dir, typ, article_id, piece):
    sent = _corpus_sentence(shared_dir, article_id, piece)
    rec = _rules_only(sent)
    found = [e for e in rec.all_events() if e.type == typ and not e.negated]
    assert found, [(e.type, e.trigger) for e in rec.all_events()]
    ev = found[0]
    assert rec.text[ev.start:ev.end] == ev.trigger
    assert 1 <= ev.quad <= 4 and ev.cameo


@pytest.mark.parametrize("article_id, piece, typ, negated", POLARITY_CASES, ids=[f"{c[2]}-{c[0]}" for c in POLARITY_CASES])
def test_events_polarity_in_corpus_sentences(shared_dir, article_id, piece, typ, negated):
    sent = _corpus_sentence(shared_dir, article_id, piece)
    rec = _rules_only(sent)
    start = sent.index(piece)
    found = [e for e in rec.all_events() if e.type == typ and start <= e.start < start + len(piece)]
    assert found, [(e.type, e.trigger) for e in rec.all_events()]
    assert found[0].negated is negated, found[0].trigger


@lru_cache(maxsize=None)
def _article_record(shared: str, article_id: str, dated: bool = False):
    """The article through the accurate pipeline; ``dated``: with its publication date (titles are
    then read as who held them that day), else the text alone."""
    import marsad
    from marsad.evaluation.clean import load_rows
    from marsad.io.readers import record_from_object

    if dated:
        row = load_rows({"ant": {article_id}}, Path(shared)).get(("ant", article_id))
    else:
        text = _corpus_texts(shared).get(article_id)
        row = None if text is None else {"id": article_id, "title": "", "text": text}
    if row is None:
        pytest.skip(f"{article_id} not in the shared corpora (ANT, SaudiNewsNet)")
    rec = marsad.build_pipeline("accurate")(record_from_object(row, raw_bytes=b"", source={}))
    assert rec.published or not dated
    return rec


def _events_in_sentence(shared_dir, article_id: str, piece: str, typ: str, dated: bool = False):
    """``(actors by id, its events of type typ, all its events)`` for the article's sentence that contains ``piece``."""
    rec = _article_record(str(shared_dir), article_id, dated)
    sent = next((s for s in rec.sentences if piece in rec.text[s.start:s.end]), None)
    assert sent is not None, piece
    in_sent = [e for e in rec.all_events() if sent.start <= e.start < sent.end]
    return {a.id: a for a in rec.actors}, [e for e in in_sent if e.type == typ], in_sent


# the person named right after a bare قتل was killed, whatever his description names (قتل صالح الصماد رئيس "المجلس
# السياسي"، السلطة العليا لدى الحوثيين، في غارة جوية لقوات التحالف): he is no attacker (300 ANT articles with a bare
# قتل or اغتيل + two words: 2 events changed; 900 random: none)
KILLED_NAMED_CASES = [
    ("FR-middleEast-347-20180423", "قتل صالح الصماد رئيس", "Saleh al-Sammad"),
    ("SK-middleEast-3801-20181009", "قتل قياديان بارزان", "Qiadian Barzan"),
]


@pytest.mark.parametrize("article_id, piece, person", KILLED_NAMED_CASES, ids=[c[0] for c in KILLED_NAMED_CASES])
def test_events_person_after_bare_qutila_is_no_attacker(shared_dir, article_id, piece, person):
    by_id, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, "ASSAULT")
    assert all(person not in _side_names(by_id, e.source) for e in found), [(e.trigger, e.source) for e in found]


@pytest.mark.parametrize("article_id, piece, typ, source, target, not_target", ROLE_CASES,
                         ids=[f"{c[2]}-{c[0]}-{c[1][:12]}" for c in ROLE_CASES])
def test_events_roles_in_corpus_sentences(shared_dir, article_id, piece, typ, source, target, not_target):
    by_id, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, typ)
    assert found, [(e.type, e.trigger) for e in in_sent]
    ev = found[0]
    src, tgt = _side_names(by_id, ev.source), _side_names(by_id, ev.target)
    assert source is None or source <= src, (ev.trigger, src, tgt)
    assert target is None or target <= tgt, (ev.trigger, src, tgt)
    assert not_target is None or not (not_target & tgt), (ev.trigger, src, tgt)


# the same, for sentences the ASSAULT detector scores at its threshold (قصفت المدفعية التركية: 0.297 against 0.30 since
# the refit of session 44, 0.3006 before it): the role rule is checked with the detector left out
DETECTOR_EDGE_ROLE_CASES = [
    ("SK-middleEast-2745-20180704", "قصفت المدفعية التركية قرى كردية", "ASSAULT", {"Armed Forces of Turkey"}, None, None),
]


def _events_with_the_detector_left_out(shared_dir, article_id: str, piece: str, typ: str):
    """``(actors by id, the events of type typ)`` of the sentence holding ``piece``, every trigger kept."""
    with mock.patch("marsad.stages.event_detector.confident", lambda matches, norms: matches):
        rec = _article_record.__wrapped__(str(shared_dir), article_id)     # (not the cached, detected record)
    sent = next(s for s in rec.sentences if piece in rec.text[s.start:s.end])
    found = [e for e in rec.all_events() if e.type == typ and sent.start <= e.start < sent.end]
    return {a.id: a for a in rec.actors}, found


@pytest.mark.parametrize("article_id, piece, typ, source, target, not_target", DETECTOR_EDGE_ROLE_CASES)
def test_events_roles_with_the_detector_left_out(shared_dir, article_id, piece, typ, source, target, not_target):
    by_id, found = _events_with_the_detector_left_out(shared_dir, article_id, piece, typ)
    assert found
    src, tgt = _side_names(by_id, found[0].source), _side_names(by_id, found[0].target)
    assert source is None or source <= src, (found[0].trigger, src, tgt)
    assert target is None or target <= tgt, (found[0].trigger, src, tgt)
    assert not_target is None or not (not_target & tgt), (found[0].trigger, src, tgt)


# the same for a source that must not be read, where the sentence sits at the detector's threshold (أعلن حاكم هلمند
# عمر زواك، أن 10 أشخاص على الأقل قتلوا: 0.3002 before the refit of session 61, 0.2972 since)
DETECTOR_EDGE_NOT_SOURCE_CASES = [
    ("SK-internationalNews-544-20180323", "أن 10 أشخاص على الأقل قتلوا", "ASSAULT", {"Omar Zwak"}),
]


@pytest.mark.parametrize("article_id, piece, typ, not_source", DETECTOR_EDGE_NOT_SOURCE_CASES)
def test_events_not_the_source_with_the_detector_left_out(shared_dir, article_id, piece, typ, not_source):
    by_id, found = _events_with_the_detector_left_out(shared_dir, article_id, piece, typ)
    assert found
    assert not ({by_id[x].name_en for e in found for x in e.source if x in by_id} & not_source)


def _side_names(by_id: dict, ids: list[str]) -> set[str]:
    """The English names and country codes of a side's actors."""
    return {n for x in ids if x in by_id for n in (by_id[x].name_en, by_id[x].country) if n}


# a title + its country's name (أمير قطر، رئيسة وزراء بريطانيا، ولي عهد أبوظبي) is who held it on the
# article's publication date (71 of 1,970 events changed in 300 ANT articles with such titles, nearly
# all the country replaced by its leader); not after نائب (someone else), nor with الجديد / السابق
TITLE_ROLE_CASES = [
    # (a head's title after several persons of the country are named: the one who held it -- session 39)
    ("SK-internationalNews-1383-20180504", "ولطالما وصف الرئيس التركي وأعضاء حزبه", "ACCUSE", {"Recep Tayyip Erdogan"}, None, None),
    ("CN-middleEast-208-20180307", "ودافعت رئيسة وزراء بريطانيا عن", "SUPPORT", {"Theresa May"}, None, None),
    # (a World Cup article: a summit on the sidelines of the matches is still a summit)
    ("SK-internationalNews-2276-20180622", "استقبل الرئيس الروسي فلاديمير بوتن الجمعة رئيس كوريا الجنوبية", "CONSULT",
     {"Vladimir Putin"}, {"Moon Jae-in"}, None),
    ("SK-middleEast-3273-20180807", "رحب خلال استراحة قصيرة", "SUPPORT", None, {"Mohamed bin Zayed"}, None),
    # (the article is dated the day the new prime minister took office: the KB's holder is the old one)
    ("SK-internationalNews-749-20180402", "تعهد رئيس وزراء إثيوبيا الجديد", "AGREE", None, None, {"Hailemariam Desalegn"}),
    ("SK-internationalNews-1750-20180524", "من فم نائب رئيس الولايات المتحدة", "ACCUSE", None, None, {"Donald Trump"}),
    # خادم الحرمين الشريفين (the Saudi king's title) before his name, between the verb and the name
    ("AL-economy-938-20180708", "استقبل خادم الحرمين الشريفين", "CONSULT", {"King Salman"}, {"Philip Hammond"}, None),
]


@pytest.mark.parametrize("article_id, piece, typ, source, target, nobody", TITLE_ROLE_CASES,
                         ids=[f"{c[2]}-{c[0]}" for c in TITLE_ROLE_CASES])
def test_events_title_of_a_country_is_its_holder(shared_dir, article_id, piece, typ, source, target, nobody):
    by_id, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, typ, dated=True)
    assert found, [(e.type, e.trigger) for e in in_sent]
    src, tgt = _side_names(by_id, found[0].source), _side_names(by_id, found[0].target)
    everyone = {by_id[x].name_en for e in found for x in e.source + e.target if x in by_id}
    assert source is None or source <= src, (found[0].trigger, src, tgt)
    assert target is None or target <= tgt, (found[0].trigger, src, tgt)
    assert nobody is None or not (nobody & everyone), (found[0].trigger, src, tgt)


@pytest.mark.parametrize("article_id, piece, typ, not_source", NOT_SOURCE_CASES,
                         ids=[f"{c[2]}-{c[0]}" for c in NOT_SOURCE_CASES])
def test_events_channel_or_venue_is_not_the_source(shared_dir, article_id, piece, typ, not_source):
    by_id, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, typ)
    assert found, [(e.type, e.trigger) for e in in_sent]
    src = {by_id[x].name_en for e in found for x in e.source if x in by_id}
    assert not (src & not_source), (found[0].trigger, src)


@pytest.mark.parametrize("article_id, piece, typ, modality", MODALITY_CASES, ids=[f"{c[2]}-{c[0]}" for c in MODALITY_CASES])
def test_events_modality_in_corpus_sentences(shared_dir, article_id, piece, typ, modality):
    _, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, typ)
    assert found, [(e.type, e.trigger) for e in in_sent]
    assert {e.modality for e in found} == {modality}, [(e.trigger, e.modality) for e in found]


ONE_CUE_CASES = [
    # a quotation's cue that is itself an act of another type (وهددت السعودية ببيع الأرصدة، وحذر وزير الخارجية) is one
    # event, not that act and a charge read from the quotation besides (1,300 ANT articles: 5 such second events gone)
    ("BB-middleEast-1110-20181016", "وهددت السعودية ببيع الأرصدة"),
    ("JA-internationalNews-803-20170428", "وهدد كيم"),
]


@pytest.mark.parametrize("article_id, piece", ONE_CUE_CASES)
def test_events_a_cue_word_is_one_event(shared_dir, article_id, piece):
    rec = _article_record(str(shared_dir), article_id)
    a = rec.text.index(piece)
    b = a + len(piece.split()[0])
    assert len([e for e in rec.all_events() if e.start < b and e.end > a]) == 1, [
        (e.type, e.trigger) for e in rec.all_events() if e.start < b and e.end > a]


@pytest.mark.parametrize("article_id, piece, typ", NON_EVENT_CASES, ids=[f"{c[2]}-{c[0]}" for c in NON_EVENT_CASES])
def test_events_topics_are_not_events(shared_dir, article_id, piece, typ):
    # no event of the type is read from the piece's words (a charge that the sentence's quotation
    # makes with other words is another matter)
    rec = _article_record(str(shared_dir), article_id)
    a = rec.text.index(piece)
    b = a + len(piece)
    assert not [e.trigger for e in rec.all_events() if e.type == typ and e.start < b and e.end > a]


# --- triggers: inflections, masdars, clitics ------------------------------------------------

def _types(text: str) -> list[tuple[str, bool, str, str | None]]:
    rec = detect(text, published="2021-04-19")
    return [(e.type, e.negated, e.modality, e.mode) for e in rec.all_events()]


@pytest.mark.parametrize("text, typ", [
    ("ناقشت الوزيرة الخطة مع نظيرها.", "CONSULT"),
    ("يناقش الوزير الخطة مع نظيره.", "CONSULT"),
    ("وسيناقشون الخطة مع الوفد.", "CONSULT"),
    ("وأجرى الرئيس مباحثات مع نظيره.", "CONSULT"),
    ("قتل مسلحون خمسة أشخاص في هجوم على قرية أمس.", "ASSAULT"),
    ("أعلنت الشرطة مقتل ثلاثة أشخاص بانفجار سيارة مفخخة في وسط المدينة أمس.", "ASSAULT"),
    ("نجا الوزير أمس من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في شمال البلاد.", "ASSAULT"),
    ("تظاهر آلاف المواطنين أمس أمام البرلمان مطالبين باستقالة الحكومة.", "PROTEST"),
    ("خرجت أمس مظاهرات حاشدة في العاصمة احتجاجا على رفع الأسعار.", "PROTEST"),
    ("اعتقلت قوات الأمن عشرة أشخاص.", "COERCE"),
    ("فرضت واشنطن عقوبات على شركات روسية.", "SANCTION"),
    ("هدد الرئيس بقطع العلاقات.", "THREATEN"),
    ("وقع البلدان اتفاقية للتعاون الاقتصادي.", "AGREE"),
    ("طالب المحتجون بالإفراج عن المعتقلين.", "REQUEST"),
    ("ندد الاتحاد الأوروبي بالقرار.", "ACCUSE"),
    ("رفضت الحكومة المقترح.", "REJECT"),
    # intent, objection, arrest
    ("وأعلن المتحدث استعداد بلاده للتعاون في التحقيق.", "AGREE"),
    ("وكان الاتحاد الأوروبي قد اعترض على الإجراءات الأمريكية.", "REJECT"),
    ("وقبضت الشرطة على ثلاثة مشتبه بهم.", "COERCE"),
    # bans, suspensions, arms supplies, a verbal attack on a politician (ANT sentences, shortened)
    ("وحظرت السلطات البورمية دخول المنظمات الحقوقية ووسائل الإعلام.", "SANCTION"),
    ("فقد أعلنت ألمانيا بداية العام الحالي عن وقف صادرات الأسلحة إلى السعودية.", "SANCTION"),
    ("قال رئيس الوزراء الإسرائيلي إن إيران تزود سوريا بأسلحة متقدمة.", "AID"),
    ("هاجم الرئيس التركي رجب طيب أردوغان نظيره الفرنسي إيمانويل ماكرون.", "ACCUSE"),
    ("وتشعر كوريا الشمالية بالغضب من التدريبات العسكرية وأوقفت المحادثات مع الجنوب ردا على ذلك.", "SANCTION"),
    # the subject between the verb and its particle
    ("وأعرب الرئيس الفرنسي عن استعداده للحوار مع إيران.", "AGREE"),
    ("وحكمت محكمة مصرية على الناشط بالسجن خمس سنوات.", "SANCTION"),
    ("وتعاونت روسيا مع تركيا في إدلب.", "COOPERATE"),
    # firing missiles with the subject or a time between verb and object
    ("وكانت الولايات المتحدة وفرنسا وبريطانيا أطلقت فجر السبت 105 صواريخ على مواقع في سوريا.", "ASSAULT"),
    # a hamza noun with a pronoun (لقائه: the hamza on ي) is the noun
    ("وقال الوزير في تصريحات للصحافيين عقب لقائه وزير الخارجية اللبناني في عمان إن المعبر سيفتح.", "CONSULT"),
    # a summit between X and Y, a joint press conference with X
    ("وانعقدت آخر قمة بين الدول الثلاث مطلع نيسان في أنقرة.", "CONSULT"),
    ("وقال الوزير خلال مؤتمر صحفي مشترك مع نظيره السعودي إن إيران تدعم ميليشيات.", "CONSULT"),
    # withdrawing troops or staff, fighters leaving under an evacuation deal
    ("وكانت اللجنة الدولية للصليب الأحمر أعلنت الخميس سحب 71 من موظفيها العاملين في اليمن.", "RETREAT"),
    ("أعلن الجيش السوري الاثنين في بيان خروج آخر مقاتلي التنظيم من الأحياء الجنوبية للعاصمة.", "RETREAT"),
    # the participle of expressing (…، معربا عن استعداده / دعمه / إدانته) after a comma
    ("وقال الوزير إن بلاده ملتزمة بوقف إطلاق النار، معبرا عن دعمه لجهود الأمم المتحدة.", "SUPPORT"),
    ("وأكدت لجنة التحقيق الروسية استعدادها للعمل مع الهيئات المختصة في بريطانيا.", "AGREE"),
    # an agreement between X and Y; reaching one with a long phrase before إلى
    ("ومستقبل منبج قد يضمنه اليوم اتفاق بين واشنطن وأنقرة بشأن خريطة طريق من ثلاث مراحل.", "AGREE"),
    ("وكانت روسيا توصلت مع فصيلي حركة أحرار الشام إلى اتفاق.", "AGREE"),
    # the bare طالب is the verb with و on it or after a clause opener, whatever follows (ANT, shortened)
    ("وطالب البيان المجتمع الدولي والأمم المتحدة بالضغط على الميليشيا.", "REQUEST"),
    ("كما طالب السفير الروسي لدى الأمم المتحدة مجلس الأمن بالاجتماع مرة ثانية.", "REQUEST"),
    # retaliation promised (ANT sentences, shortened)
    ("وقال الوزير إذا وقعت استفزازات ستكون هناك ردود فعل بأقسى الدرجات.", "THREATEN"),
    ("وقال خاتمي إن القوات المسلحة الإيرانية ستسوي تل أبيب وحيفا بالتراب.", "THREATEN"),
    # taking a town or a position by force (ANT sentences, shortened)
    ("وسيطرت قوات النظام أيضا على بلدة الطيحة إثر معارك مع مقاتلين معارضين.", "COERCE"),
    ("وأعلن الجيش الليبي سيطرته على عدة مواقع في درنة بعد اشتباكات.", "COERCE"),
    ("واستعادت القوات الشرعية السيطرة على مخزن للأسلحة والذخائر السبت.", "COERCE"),
])
def test_events_trigger_forms(text, typ):
    assert typ in [t for t, neg, _, _ in _types(text) if not neg], _types(text)


@pytest.mark.parametrize("text, typ", [
    ("وقال الوزير إن الحكومة ستتخذ الإجراءات اللازمة لحماية المواطنين.", "THREATEN"),   # against no one
    ("واتخذت الحكومة إجراءات ضد المحتكرين.", "THREATEN"),                            # taken, not promised
    ("وقال إن الرد سيكون في صناديق الاقتراع.", "THREATEN"),                           # not "our" response
    ("وخرج الآلاف إلى الشوارع وهم يلوحون بالأعلام وبمناديل بيضاء.", "THREATEN"),       # waving flags
    ("ورفضت لجنة إسرائيلية طلب محامية الصبية الفلسطينية المعتقلة عهد التميمي بإطلاق سراحها قبل إتمام عقوبتها.",
     "RETREAT"),                                                                  # a release asked for
    ("تعزز الجماعة قبضتها على المناطق الشمالية.", "COERCE"),                         # a grip, no arrest
    ("وقال الوزير إن الأمن المائي للعراق بات مهددا بفقدان نصف مياهه.", "THREATEN"),      # under threat, no one threatens
    ("كما أيد ترامب تشديد التحقق من خلفيات من يقدمون على شراء الأسلحة.", "AID"),           # أقدم على: undertake
    ("وقالت المنظمة إن نصف أطفال العالم، مهددون بالحروب أو الفقر.", "THREATEN"),         # under threat
    ("وقال طالب جامعي إن الامتحانات ستجري الشهر المقبل.", "REQUEST"),                  # a student
    ("ووجهت السلطات عشرة تحذيرات من الطقس السيء.", "THREATEN"),                       # weather warnings
    ("وقضت المحكمة بإعدام 17 متهما وسجن 29 آخرين.", "ACCUSE"),                         # defendants
    ("وكان المحتجز متهما في قضية سرقة.", "ACCUSE"),                                   # was a suspect
    ("وقال تجار إن تجارتهم أضحت مهددة بالانهيار.", "THREATEN"),                       # under threat
    # control held or aimed at, a match dominated, a fire put out: no capture
    ("وقال مدير مكتب الصحة في محافظة صعدة الذي سيطر عليه الحوثيون إن القتلى من الأطفال.", "COERCE"),
    ("وقال نصرالله إن كلام ترامب عن إمكانية سيطرة إيران على الشرق الأوسط يدل على عظمتها.", "COERCE"),
    ("وتسعى الميليشيات إلى تعزيز سيطرتها على المحافظة.", "COERCE"),
    ("وسيطرت السعودية بوضوح على منافسها في بداية الشوط الثاني.", "COERCE"),
    ("وأعلن الدفاع المدني السيطرة على حريق شب في الواجهات الخارجية للمبنى.", "COERCE"),
    ("وفي الدقيقة 19، حصلت فرنسا على ضربة حرة مباشرة عند مشارف منطقة الجزاء.", "ASSAULT"),   # a free kick
])
def test_events_words_of_a_type_that_are_no_such_act(text, typ):
    assert typ not in [t for t, neg, _, _ in _types(text)], _types(text)


@pytest.mark.parametrize("article_id, piece", THREAT_CASES)
def test_events_a_threatened_act_is_only_a_threat(shared_dir, article_id, piece):
    # هدد/تهديد X بفرض عقوبات: a THREATEN, and the sanction it threatens is not also coded as done
    _, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, "THREATEN")
    assert found and not [e for e in in_sent if e.type == "SANCTION"], [(e.type, e.trigger) for e in in_sent]


@pytest.mark.parametrize("text, is_event", [
    ("ويأتي ذلك بعد تحقيق أجرته هيئة الشؤون الدينية في عدة مساجد تدعمها تركيا في فيينا.", False),
    ("ويطالب محتجون بإقالة الحكومة خلال احتجاجات على زيادات ضريبية يدعمها صندوق النقد الدولي.", False),
    ("وقال وزير الخارجية الأميركي إن بلاده تدعم حل الدولتين.", True),
    ("وأكد بومبيو أن طهران لا تزال تدعم الإرهاب في أوروبا.", True),
])
def test_events_support_describing_a_noun_is_no_act(text, is_event):
    # مساجد تدعمها تركيا: a description of the mosques (Turkish-backed), not an act of support
    assert ("SUPPORT" in [t for t, neg, _, _ in _types(text)]) == is_event, _types(text)


def test_events_a_charge_names_the_regime_not_the_region():
    # أن النظام الإيراني يشعل الصراعات في الشرق الأوسط: the charge is against Iran (named by the
    # adjective of النظام), not the region the quotation mentions
    import marsad
    rec = marsad.analyze("قال الرئيس الأمريكي دونالد ترمب إن إيران دولة راعية للإرهاب. وأضاف ترمب أن النظام الإيراني "
                         "يشعل الصراعات في الشرق الأوسط، ويدعم المنظمات الإرهابية.", published="2018-05-09")
    charges = [e for e in rec.all_events() if e.type == "ACCUSE" and e.trigger in ("قال", "أضاف")]
    assert charges and all(e.target == ["C:IRN"] for e in charges), [(e.type, e.trigger, e.target) for e in rec.all_events()]


def test_events_verb_forms_cover_inflections():
    forms = verb_forms(["ناقش"], ["ناقش"])
    assert {"ناقش", "ناقشت", "ناقشوا", "يناقش", "تناقش", "يناقشون", "يناقشان"} <= forms
    forms = verb_forms(["اعتدي", "اعتد"], ["عتدي", "عتد"])
    assert {"اعتدي", "اعتدت", "اعتدوا", "يعتدي", "يعتدون"} <= forms


@pytest.mark.parametrize("past, present, kept, gone", [
    # past forms listed already inflected stand as they are: طالبا + ت is طالبات, "female students"
    (["طالبت", "طالبوا", "طالبا", "طالبتا"], ["طالب"], {"طالبت", "طالبوا", "طالبا", "طالبتا", "يطالبون"}, {"طالبات", "طالبوات"}),
    (["حمل", "حملت", "حملوا"], ["حمل"], {"حملتم", "حملنا", "حملتا"}, set()),
    # (stems that are no one root plus a subject suffix are stems: an active and a passive, both inflected)
    (["اغتال", "اغتيل"], ["غتال"], {"اغتالوا", "اغتيلت", "اغتيلوا"}, set()),
])
def test_events_verb_forms_of_listed_inflections(past, present, kept, gone):
    forms = verb_forms(past, present)
    assert kept <= forms and not (gone & forms), (kept - forms, gone & forms)


def test_events_names_never_trigger():
    text = "قال بايدن إن الخطة جيدة."
    rec = Record(id="t", text=text, language="ar")
    rec.sentences = [Sentence(0, len(text))]
    rec.entities = [Entity("بايدن", 4, 9, "PER", "A:biden")]
    rec.actors = [Actor("A:biden", "بايدن", "Joe Biden", "PER", "USA", "GOV", [0])]
    for st in (DatesStage(), QuotesStage(), EventsStage()):
        st(rec)
    assert not [e for e in rec.all_events() if e.type == "SUPPORT"]   # بايدن is not ب + أيد


def test_events_matching_ignores_diacritics_and_clitics():
    toks = word_tokens("وبالهجوم دُعي")
    assert [t.text for t in toks] == ["وبالهجوم", "دُعي"]
    ms = match_triggers([normalize(t.text) for t in toks])
    assert ms and ms[0].trigger.type == "ASSAULT"


# --- negation, modality, mode -----------------------------------------------------------------

@pytest.mark.parametrize("text, typ, negated, modality", [
    ("لم يناقش الوزيران الملف.", "CONSULT", True, "asserted"),
    ("لن يلتقي الرئيس نظيره.", "CONSULT", True, "future"),
    ("إن الاتصالات الثنائية بين الرئيسين ليست مخططة.", "CONSULT", True, "asserted"),
    ("نفى الجيش أنه قصف القرية.", "ASSAULT", True, "asserted"),
    ("سيلتقي الرئيس نظيره الفرنسي الأسبوع المقبل.", "CONSULT", False, "future"),
    ("من المقرر أن يلتقي الوزيران.", "CONSULT", False, "future"),
    ("إذا فرضت واشنطن عقوبات على الشركات فسترد الصين.", "SANCTION", False, "hypothetical"),
    ("ناقش الرئيسان الأزمة.", "CONSULT", False, "asserted"),
    ("وفي حال فرضت واشنطن عقوبات جديدة على الشركات فسترد الصين.", "SANCTION", False, "hypothetical"),
    # حالة is "in case" only after في (AL-internationalNews-1817-20180709: the state of war)
    ("أعلنت إثيوبيا وإريتريا انتهاء حالة الحرب بينهما غداة عقد لقاء تاريخي بين الزعيمين.", "CONSULT", False, "asserted"),
    # "not only ... but also" is an assertion (test_events_not_only_is_no_negation for corpus sentences)
    ("لم يناقش الوزيران الملف النووي فقط وإنما ناقشا الأزمة السورية أيضا.", "CONSULT", False, "asserted"),
    ("لم يناقش الوزيران الملف النووي فقط.", "CONSULT", True, "asserted"),
    # a negated verb before a detail of the act (لم يحدد طبيعة الهجوم) is no denial of it; the act itself still is
    ("ولم يسقط أي قتيل من الإسرائيليين.", "ASSAULT", True, "asserted"),
])
def test_events_negation_and_modality(text, typ, negated, modality):
    rec = detect(text)
    ev = [e for e in rec.all_events() if e.type == typ]
    assert ev, [(e.type, e.trigger) for e in rec.all_events()]
    assert (ev[0].negated, ev[0].modality) == (negated, modality)


# لا ... فحسب، بل / فقط وإنما: "not only ... but also" (161 ANT articles with the phrase: 12 events
# no longer negated, all rightly)
NOT_ONLY_CASES = [
    # (فقط past what it bears on: لا يطالبون فقط بإسقاط نظام بل -- session 39; the first example of session 19,
    # لا تهدد حياة المواطنين ... فحسب, is no event since "to threaten lives" reads as endangering them)
    ("CN-middleEast-1432-20181007", "يطالبون فقط بإسقاط", "REQUEST"),
    ("SK-internationalNews-265-20180310", "لا يهدد البشر بشكل مباشر فحسب", "THREATEN"),
    ("BB-middleEast-637-20180619", "ولا تلقى انتقاداته لإسرائيل", "ACCUSE"),
]


@pytest.mark.parametrize("article_id, piece, typ", NOT_ONLY_CASES)
def test_events_not_only_is_no_negation(shared_dir, article_id, piece, typ):
    by_id, found, in_sent = _events_in_sentence(shared_dir, article_id, piece, typ)
    assert found, [(e.type, e.trigger) for e in in_sent]
    assert not any(e.negated for e in found), [(e.trigger, e.negated) for e in found]


def test_events_mode_phone_and_visit():
    assert ("CONSULT", False, "asserted", "phone") in _types("أجرى الرئيس اتصالا هاتفيا مع نظيره.")
    assert any(t == "CONSULT" and m == "visit" for t, _, _, m in _types("زار الرئيس الفرنسي الجزائر."))


# --- actors from clause structure -------------------------------------------------------------

def _annotated(text: str, names: list[tuple[str, str, str, str | None]]) -> Record:
    """Dates, quotes and events over entities placed from ``names`` (surface, type, actor id, country)."""
    rec = annotated_record(text, names)
    for st in (DatesStage(), QuotesStage(), EventsStage()):
        st(rec)
    return rec


def _ev(rec, typ):
    found = [e for e in rec.all_events() if e.type == typ]
    assert found, [(e.type, e.trigger) for e in rec.all_events()]
    return found[0]


def test_events_vso_subject_and_object():
    rec = _annotated("اتهم نتنياهو طهران بنشر أسلحة خطيرة.",
                     [("نتنياهو", "PER", "netanyahu", "ISR"), ("طهران", "LOC", "iran", "IRN")])
    ev = _ev(rec, "ACCUSE")
    assert (ev.source, ev.target) == (["netanyahu"], ["iran"])


@pytest.mark.parametrize("text, names, source", [
    # the attacker named before an attack noun: close by, or joined by a verb that carries the
    # attack out (بدأ، شن، نفذ); a name further away is not taken as the attacker
    ("وكانت القوات الأمريكية قد بدأت أمس هجوما على المدينة.",
     [("القوات الأمريكية", "ORG", "us_forces", "USA")], ["us_forces"]),
    ("شنت إسرائيل أمس غارات على مواقع في غزة أسفرت عن مقتل ثلاثة أشخاص.",
     [("إسرائيل", "LOC", "israel", "ISR"), ("غزة", "LOC", "gaza", "PSE")], ["israel"]),
])
def test_events_attack_noun_agent(text, names, source):
    rec = _annotated(text, names)
    assert _ev(rec, "ASSAULT").source == source


@pytest.mark.parametrize("text, names, source, target", [
    # who is to pay the price is threatened; the one demanding it (or nobody named) threatens
    ("ونادت الولايات المتحدة بضرورة أن تدفع موسكو ثمن أفعالها.",
     [("الولايات المتحدة", "LOC", "usa", "USA"), ("موسكو", "LOC", "russia", "RUS")], ["usa"], ["russia"]),
    ("وقال مسؤول إن إسرائيل ستدفع ثمنا باهظا.", [("إسرائيل", "LOC", "israel", "ISR")], [], ["israel"]),
])
def test_events_who_pays_the_price_is_threatened(text, names, source, target):
    ev = _ev(_annotated(text, names), "THREATEN")
    assert (ev.source, ev.target) == (source, target)


def test_events_svo_after_complementiser():
    rec = _annotated("أعلن الكرملين أن بوتين قبل الدعوة.",
                     [("الكرملين", "ORG", "kremlin", "RUS"), ("بوتين", "PER", "putin", "RUS")])
    assert _ev(rec, "AGREE").source == ["putin"]


def test_events_coordinated_subjects_multilateral():
    rec = _annotated("ناقشت ميركل وماكرون وشي الاستعدادات للقمة.",
                     [("ميركل", "PER", "merkel", "DEU"), ("ماكرون", "PER", "macron", "FRA"), ("شي", "PER", "xi", "CHN")])
    ev = _ev(rec, "CONSULT")
    assert ev.source == ["merkel"] and set(ev.target) == {"macron", "xi"} and ev.mode == "multilateral"


def test_events_coordinated_subjects_before_the_verb_all_act():
    # الولايات المتحدة وفرنسا وبريطانيا أطلقت: every conjunct before the verb is a source
    rec = _annotated("وكانت الولايات المتحدة وفرنسا وبريطانيا فرضت أمس عقوبات على روسيا.",
                     [("الولايات المتحدة", "LOC", "usa", "USA"), ("فرنسا", "LOC", "france", "FRA"),
                      ("بريطانيا", "LOC", "uk", "GBR"), ("روسيا", "LOC", "russia", "RUS")])
    ev = _ev(rec, "SANCTION")
    assert ev.source == ["usa", "france", "uk"] and ev.target == ["russia"]


def test_events_between_x_and_y():
    rec = _annotated("إن الاتصالات الثنائية بين بوتين وبايدن ليست مخططة.",
                     [("بوتين", "PER", "putin", "RUS"), ("بايدن", "PER", "biden", "USA")])
    ev = _ev(rec, "CONSULT")
    # a meeting between two sides has no direction: both are source and target
    assert (ev.source, ev.target, ev.negated) == (["putin", "biden"], ["putin", "biden"], True)


def test_events_prepositional_target_and_passive():
    rec = _annotated("فرضت واشنطن عقوبات على موسكو.",
                     [("واشنطن", "LOC", "usa", "USA"), ("موسكو", "LOC", "russia", "RUS")])
    ev = _ev(rec, "SANCTION")
    assert (ev.source, ev.target) == (["usa"], ["russia"])
    rec = _annotated("اغتيل الصحافي جبران تويني أمس على يد مسلحين بتفجير سيارة مفخخة في بيروت.",
                     [("جبران تويني", "PER", "tueni", "LBN")])
    assert _ev(rec, "ASSAULT").target == ["tueni"]


def test_events_role_phrase_resolves_to_the_named_person():
    rec = _annotated("قال الرئيس الأمريكي جو بايدن إن الوضع خطير.\nودعا الرئيس الأمريكي زعماء العالم إلى قمة المناخ.",
                     [("جو بايدن", "PER", "biden", "USA")])
    assert _ev(rec, "REQUEST").source == ["biden"]


def test_events_restatement_is_one_event():
    text = ("ناقش باتروشيف وسوليفان الاستعدادات للقمة.\n"
            "وقال المجلس في بيان \"ناقش باتروشيف وسوليفان الاستعدادات للاجتماع رفيع المستوى\".")
    rec = _annotated(text, [("باتروشيف", "PER", "patrushev", "RUS"), ("سوليفان", "PER", "sullivan", "USA")])
    assert len([e for e in rec.all_events() if e.type == "CONSULT"]) == 1


def test_events_dates_attach_to_their_clause():
    rec = _annotated("واليوم الاثنين، أعلن الكرملين أن بوتين قبل الدعوة، وأنه سيتحدث في اجتماع 22 أبريل.",
                     [("الكرملين", "ORG", "kremlin", "RUS"), ("بوتين", "PER", "putin", "RUS")])
    assert _ev(rec, "AGREE").date == "2021-04-19"
    assert _ev(rec, "CONSULT").date == "2021-04-22"


def test_events_mentions_are_not_reports():
    # the generic mention scores low; the report of an attack passes the detector
    assert not [e for e in detect("وتحدث الكاتب عن سياسة الاغتيالات في التاريخ الحديث.").all_events() if e.type == "ASSAULT"]


def test_events_empty_and_non_arabic_records():
    rec = Record(id="t", text="", language="ar")
    assert EventsStage()(rec).events == []


# --- the reference article ------------------------------------------------------------------------

def _scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score_record", shared_dir / "tools" / "score_record.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_events_seed_with_gold_entities(shared_dir, seed_path, seed_gold):
    """With the gold entities and actors, every required event is found (acceptance: 7 of 8,
    precision >= 0.7); the real entity/actor stages are scored by the seed benchmark."""
    from marsad import build_pipeline

    pipe = build_pipeline(stages=["marsad.clean.v1", "marsad.language.v1", "marsad.segment.v1"])
    from marsad.io.readers import read_path

    rec = next(iter(read_path(seed_path)))
    rec.published = "2021-04-19"
    rec = pipe(rec)
    oracle_annotate(rec, seed_gold)
    for st in (DatesStage(), QuotesStage(), EventsStage()):
        st(rec)
    sc = _scorer(shared_dir)
    tally = sc.Tally()
    sc.score_doc(seed_gold, json.loads(rec.to_json()), tally)
    s = sc.summarize(tally)
    assert s["event_r"] >= 7 / 8 and s["event_p"] >= 0.7, s
    assert s["quote_r"] == 1.0 and s["quote_speaker_r"] == 1.0, s
    assert s["date_acc"] >= 0.8, s


def test_events_seed_types_with_the_default_pipeline(seed_record, seed_gold):
    paras = seed_record.paragraphs()
    got = {(next(i for i, (a, b) in enumerate(paras) if a <= e.start <= b), e.type) for e in seed_record.events}
    for g in seed_gold["events"]:
        if g.get("required", True):
            assert any((g["para"], t) in got for t in g["types"]), g
    assert not any("اقرأ" in e.trigger for e in seed_record.all_events())


@pytest.mark.parametrize("text", [
    "وشن الرئيس هجوما حادا على الحكومة في خطابه أمس.",
    "وكان أردوغان قد شن هجوما لاذعا على ماكرون بسبب عرضه الوساطة.",
    # the press "opening fire" on someone (فتح الإعلام الموالي للرئيس النار على غول، تفتح الصحافة النار على الحكومة)
    "فقد فتح الإعلام الموالي للرئيس النار على غول وبدأ العزف على احتمال انتمائه للجماعة.",
    "وتفتح الصحافة المحلية النار على الحكومة منذ أسابيع.",
])
def test_events_sharp_attack_is_verbal(text):
    types = {e.type for e in _annotated(text, []).all_events()}
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("article_id, piece", DENIAL_CASES)
def test_events_a_denied_charge_is_a_rejection_not_a_negated_charge(shared_dir, article_id, piece):
    rec = _article_record(str(shared_dir), article_id)
    sent = next(s for s in rec.sentences if piece in rec.text[s.start:s.end])
    found = [(e.type, e.negated) for e in rec.all_events() if sent.start <= e.start < sent.end]
    assert ("REJECT", False) in found and ("ACCUSE", True) not in found and ("REJECT", True) not in found, found


def test_events_lexicon_notnext_lists_every_word():
    # notnext=X|Y: a comma would end the flag (an old line read only its first word)
    triggers, _ = load_lexicon()
    beat = next(t for t in triggers if t.notnext and "مثلا" in t.notnext)
    assert {"موعدا", "المثل", "مثال"} <= beat.notnext
    assert any("الغذايي" in t.notnext for t in triggers)


# --- charges in reported speech (quote_charges) ----------------------------------------------

def test_events_quote_charge_features_keep_offsets():
    from marsad.stages.quote_charges import charge_features

    text = "إن الولايات المتحدة تستغل حقوقها كدولة مضيفة"
    feats = charge_features(text)
    assert ("W:ولايات", 3, 11) in feats and ("W:تستغل", 20, 25) in feats
    assert all(text[a:b] for _, a, b in feats)


def test_events_quote_charge_features_read_around_the_charged_actor():
    from marsad.stages.quote_charges import charge_features

    text = "إن إيران تدعم الحوثيين بالأسلحة والدعم اللوجستي"
    a = text.index("إيران")
    feats = {f for f, _, _ in charge_features(text, (a, a + len("إيران")))}
    assert {"A0:تدعم", "A1:حوثيين", "B:ان", "T:first"} <= feats
    assert not {f for f, _, _ in charge_features(text)} - {f for f in feats if f.startswith("W:")}


def test_events_quote_charge_model_is_shipped_and_scores():
    from marsad.stages.quote_charges import charge_features, charge_score, load_charges

    model = load_charges()
    assert 0.0 < model["threshold"] < 1.0 and len(model["weights"]) > 100 and "tune CV" in model["about"]
    # a corpus charge (Nebenzya on the US, CN-internationalNews-187) scores above a neutral report
    charge = charge_score(charge_features("إن الولايات المتحدة تستغل حقوقها كدولة مضيفة للبعثات الأممية الدائمة"))
    neutral = charge_score(charge_features("إن الوفد سيزور العاصمة الأسبوع المقبل لبحث التعاون الاقتصادي"))
    assert charge > neutral


def _charges_between(rec, source: str, target: str) -> list:
    """The ACCUSE events of ``rec`` by exactly ``source`` against (among others) ``target`` (English names)."""
    by_id = {a.id: a for a in rec.actors}
    return [e for e in rec.all_events() if e.type == "ACCUSE"
            and {by_id[x].name_en for x in e.source if x in by_id} == {source}
            and target in {by_id[x].name_en for x in e.target if x in by_id}]


@pytest.mark.parametrize("article_id, piece, source, target", CHARGE_CASES)
def test_events_quote_charges_in_corpus_articles(shared_dir, article_id, piece, source, target):
    rec = _article_record(str(shared_dir), article_id)
    found = _charges_between(rec, source, target)
    assert found, [(e.type, e.trigger, e.source, e.target) for e in rec.all_events()]
    for e in found:
        assert rec.text[e.start:e.end] == e.trigger


# a charge's trigger is its quotation's speech verb, found before it in its paragraph even past a long subject
# (وقال الجبير، في مؤتمر صحافي عقده مع نظيره الألماني ... في برلين أمس، إن); words quoted with no speech verb
# before them (a title, scare quotes: عن حقوق الإنسان، من 6 إلى ثلاثة أميال) charge nobody -- their "most charged
# word" stood as the trigger (600 random ANT and SaudiNewsNet articles: 7 charges changed, 2 cue-less ones gone
# (both wrong), 5 moved onto their speech verb, 3 of them right).  (Richard Lebaron's words, a second case, charge
# nobody since session 53: "the former ambassador, a researcher at the Atlantic Council" is a commentator.)
CHARGE_CUE_CASES = [
    ("SNN-c2aae1330e0b3695", "Adel al-Jubeir", "Iran", "قال"),
]
NO_CUE_CASES = [
    ("SK-internationalNews-1183-20180426", "المدافعين عن حقوق الإنسان"),
    ("FR-middleEast-810-20180722", "من 6 إلى ثلاثة أميال"),
]


@pytest.mark.parametrize("article_id, source, target, trigger", CHARGE_CUE_CASES)
def test_events_quote_charge_trigger_is_its_speech_verb(shared_dir, article_id, source, target, trigger):
    found = _charges_between(_article_record(str(shared_dir), article_id), source, target)
    assert any(normalize(e.trigger).endswith(normalize(trigger)) for e in found), \
        [(e.type, e.trigger, e.source, e.target) for e in found]


@pytest.mark.parametrize("article_id, piece", NO_CUE_CASES)
def test_events_quoted_words_with_no_speech_verb_charge_nobody(shared_dir, article_id, piece):
    rec = _article_record(str(shared_dir), article_id)
    at = rec.text.index(piece)
    assert not [e for e in rec.all_events() if e.type == "ACCUSE" and at <= e.start < at + len(piece)]


# a denial (نفت الحكومة السورية وحليفتها روسيا ضلوعهما، ينفي الكرملين التدخل) charges nobody (800 ANT articles with a
# denial: 14 such charges gone, all false -- the co-denier or the actor named in what is denied)
CHARGE_DENIAL_CASES = [
    ("BB-middleEast-325-20180410", "نفت الحكومة السورية وحليفتها روسيا"),
    ("SK-internationalNews-1228-20180428", "وينفي الكرملين التدخل"),
    ("BB-internationalNews-854-20180722", "ونفى كارتر بيج أن يكون عميلا روسيا"),
    # nor does a call (دعا المومني المجتمع الدولي إلى أن "يتحمل مسؤولياته": 600 ANT articles with دعا / دعت / يدعو: 15
    # charges gone, the charged actor wrong in nearly all -- Palestine, Yemen, the court Qatar calls on)
    ("SK-middleEast-1683-20180514", "ودعا المومني المجتمع الدولي"),
    ("AL-internationalNews-1324-20180525", "دعا الاتحاد الأوروبي وحلف شمال الأطلسي"),
]


# what a news outlet reports is news, not its charge (ذكرت وكالة الأنباء السعودية أن ... ميليشيا الحوثي الإيرانية):
# 300 random ANT articles, 13 such charges gone, 11 wrong; a press NGO (Reporters Without Borders) and a journalist
# still charge
OUTLET_CASES = [
    ("SK-middleEast-1527-20180509", "ذكرت وكالة الأنباء السعودية"),
    ("SK-middleEast-3580-20180908", "وأفادت وكالة"),
    ("BB-internationalNews-836-20180719", "وقالت وكالة"),
    ("FR-middleEast-9-20180217", "وبحسب بعض وسائل الإعلام الروسية"),
]


# nor is a report attributed to its source (وطبقا لمستشار سياسي لحركة طالبان، فإن إيران تشترط ...؛ قتل 14 شخصا ...، حسبما
# قال، وفق ما أفاد المرصد): 300 random ANT articles, 3 such charges gone; 400 with an attribution, 12 gone, about 7 wrong
# (a report's own charge is lost with them: وفق التقرير، the World Bank's)
ATTRIBUTED_CASES = [
    ("FR-internationalNews-724-20180414", "استهدفت الضربات التي تنفذها"),
    ("SK-internationalNews-2430-20180702", "وطبقا لمستشار سياسي"),
    ("AL-internationalNews-1120-20180511", "وبحسب مصادر في وزارة الصحة"),
    ("SK-internationalNews-2785-20180722", "قتل 14 شخصا"),
]


# nor are an analyst's, an expert's or a player's verdicts (وقال المحلل النفطي، وقال الخبير المصرفي، اعترف المدافع
# الفرنسي): 600 random ANT + 300 SaudiNewsNet articles, 3 such charges gone, all false; 150 others, 4 gone, all false;
# the held-out charge rounds: 21 such quotations labelled no, 3 yes
COMMENTATOR_CASES = [
    ("CN-economy-310-20180911", "وقال المحلل النفطي المستقل"),
    ("CN-economy-212-20180816", "وقال الخبير المصرفي المصري"),
    ("AL-sport-2182-20180628", "اعترف المدافع الفرنسي الدولي"),
    # and his later words (وأضاف عادل أن): 4 more gone in the random samples, all false
    ("CN-economy-212-20180816", "وأضاف عادل أن إعلان قطر"),
    # nor is a report of the charge another actor makes (أعلن جهاز الأمن الداخلي ... أن إسرائيل وجهت اتهاما للوزير): the
    # accuser is not charged (300 political ANT articles with a speech verb and a charge: 5 such charges gone, 4 wrong)
    ("SK-internationalNews-2202-20180618", "أعلن جهاز الأمن الداخلي"),
    ("FR-middleEast-887-20180806", "وأعلنت وزيرة الخارجية الكندية"),
    # nor what is owned to or recognised, بـ + a noun after اعترف (واعترف بابادوبولوس بكذبه، واعترف الحوثي بحدوث
    # اختراق): 300 ANT articles with such a phrase, 3 such charges gone, all false; 900 random: none
    ("CN-internationalNews-582-20180907", "واعترف بكذبه"),
    ("SK-middleEast-1996-20180528", "واعترف الحوثي بحدوث"),
    # nor a professor's (قال فواز جرجس، البروفيسور بكلية لندن للاقتصاد، جوليان تيرون الأستاذ في العلوم السياسية يقول):
    # 300 ANT articles with a professor or a university near a speech verb: 5 such charges gone, 4 of them false (one
    # professor's own accusation lost); 600 random: none
    # nor what is explained (وأوضح البنك أن، ويوضح هاغاي تال): an account, not a charge (400 ANT articles with أوضح: 21
    # such charges gone, about 15 false, 4 right; 900 random: 13 gone, nearly all false; record gold F1 unchanged)
    ("AL-economy-769-20180607", "وأوضح البنك أن"),
    ("BB-economy-195-20180722", "ويوضح هاغاي تال"),
    # nor the later words of one so titled anywhere in the article, not only right before his words (وشدد إيكدال
    # after لاعب المنتخب السويدي ألبين إيكدال: 600 random ANT articles, 1 such charge gone, false; 400 sport and
    # analysts' articles, 2 gone, false; record gold unchanged)
    ("AL-sport-2217-20180630", "وشدد إيكدال"),
    ("CN-middleEast-540-20180409", "قال فراز جرجس"),
    ("FR-internationalNews-746-20180416", "العلوم السياسية يقول"),
]


@pytest.mark.parametrize("article_id, piece", CHARGE_DENIAL_CASES + OUTLET_CASES + ATTRIBUTED_CASES + COMMENTATOR_CASES)
def test_events_a_denial_or_a_call_is_no_charge(shared_dir, article_id, piece):
    rec = _article_record(str(shared_dir), article_id)
    at = rec.text.index(piece)
    assert not [e for e in rec.all_events() if e.type == "ACCUSE" and at <= e.start < at + len(piece)]


def test_events_quote_charges_need_a_speaker_and_another_actor():
    from marsad.record import Quote
    from marsad.stages.quote_charges import quote_charges

    # (May on the Skripal poisoning, SK-internationalNews-350, shortened)
    text = 'وقالت ماي إن "روسيا مسؤولة عن تسميم الجاسوس وهذا عمل عدائي ضد بريطانيا".'
    start = text.index("روسيا")
    rec = Record(id="t", text=text, language="ar")
    rec.actors = [Actor("C:RUS", "روسيا", "Russia", "LOC", "RUS", "GOV", [0])]
    rec.entities = [Entity("روسيا", start, start + len("روسيا"), "LOC", actor="C:RUS")]
    q = Quote(speaker=None, speaker_text="ماي", addressee=None, cue="قالت", kind="direct",
              text=text[start:-2], start=start, end=len(text) - 2, channel=None)
    rec.quotes = [q]
    assert quote_charges(rec, []) == []          # no speaker actor: no source, no event
    rec.actors.append(Actor("Q:theresa_may", "تيريزا ماي", "Theresa May", "PER", "GBR", "GOV", []))
    q.speaker = "Q:theresa_may"
    (ev,) = quote_charges(rec, [])
    assert (ev.type, ev.source, ev.target, ev.trigger) == ("ACCUSE", ["Q:theresa_may"], ["C:RUS"], "قالت")
    assert rec.text[ev.start:ev.end] == "قالت"
    rec.actors[0].country = "GBR"                # a speaker does not charge its own country
    assert quote_charges(rec, []) == []


def test_events_quote_charges_never_charge_the_channel():
    from marsad.record import Quote
    from marsad.stages.quote_charges import quote_charges

    # (a father on his son's death, AL-internationalNews-1716, shortened): Facebook is where he posted
    text = ('وتابع: "أدركت خطورة الموقف، فقمت بوضع منشور على صفحتي في فيسبوك. ثم تلقيت اتصالا قالوا لي فيه '
            'إن ولدي عليه بلاغ بتهمة ترويج الحشيش، وقتل عند محاولة القبض عليه".')
    start, end = text.index("أدركت"), len(text) - 2
    k = text.index("فيسبوك")
    rec = Record(id="t", text=text, language="ar")
    rec.actors = [Actor("O:facebook", "فيسبوك", "Facebook", "ORG", None, None, [0]),
                  Actor("U:father", "فاضل", "Fadel", "PER", "YEM", None, [])]
    rec.entities = [Entity("فيسبوك", k, k + len("فيسبوك"), "ORG", actor="O:facebook")]
    rec.quotes = [Quote(speaker="U:father", speaker_text="فاضل", addressee=None, cue="تابع", kind="direct",
                        text=text[start:end], start=start, end=end, channel=None)]
    model = {"weights": {}, "bias": 10.0, "threshold": 0.5}      # every quotation read as a charge
    assert [e.target for e in quote_charges(rec, [], model)] == []


@pytest.mark.parametrize("article_id, profile", CRASH_CASES)
def test_events_articles_that_once_crashed_the_stage(shared_dir, article_id, profile):
    import marsad
    from marsad.io.readers import record_from_object

    text = _corpus_texts(str(shared_dir)).get(article_id)
    if text is None:
        pytest.skip(f"{article_id} not in the shared corpora (ANT, SaudiNewsNet)")
    rec = marsad.build_pipeline(profile)(record_from_object({"id": article_id, "title": "", "text": text},
                                                            raw_bytes=b"", source={}))
    assert all(e.type and e.start < e.end for e in rec.all_events())


@pytest.mark.parametrize("word, pronoun", [("وضعته", "ه"), ("ووضعتها", "ها"), ("وضعتهم", "هم"), ("وضعت", None)])
def test_object_pronoun_of_a_verb_whose_root_begins_with_waw(word, pronoun):
    # وضعته is وضعت + ه: the و is the root's, not the conjunction (ووضعتها: و + وضعت + ها)
    from marsad.stages.event_roles import object_pronoun
    from marsad.stages.events import load_lexicon
    trig = next(t for t in load_lexicon()[0] if t.type == "COERCE" and "وضعت" in t.slots[t.head])
    assert object_pronoun(trig, word) == pronoun


@pytest.mark.parametrize("text, typ", [
    # (corpus sentences, JA-internationalNews-653-20170403 and AL-internationalNews-904-20180413, shortened)
    ("قتل 10 أشخاص وأصيب 20 آخرون بجروح، في تفجير استهدف محطة مترو، اليوم الاثنين.", "ASSAULT"),
    ("واتفقتا على مواصلة الجهود المشتركة من أجل تحسين العلاقات.", "AGREE"),
])
def test_events_with_no_actor_are_kept_apart(text, typ):
    # run without entities, no side can name an actor: the event is found, and listed apart
    rec = detect(text)
    assert not rec.events
    assert [e.type for e in rec.unattributed_events] == [typ]
    assert rec.all_events() == rec.unattributed_events
    back = Record.from_dict(json.loads(rec.to_json()))
    assert back.unattributed_events == rec.unattributed_events



@pytest.mark.parametrize("article_id, piece, typ", NEGATED_DETAIL_CASES)
def test_events_a_negated_detail_does_not_deny_the_act(shared_dir, article_id, piece, typ):
    _, found, _ = _events_in_sentence(shared_dir, article_id, piece, typ)
    assert not [e for e in found if e.negated], [(e.trigger, e.negated) for e in found]


def test_events_the_victims_own_side_is_no_guessed_attacker(shared_dir):
    # مقتل القيادي الحوثي صالح الصماد ... في غارات للتحالف (the coalition unnamed as an entity there): no attacker
    # is guessed from the sentence's subject, the Houthis, who are the victim's own side
    by_id, found, in_sent = _events_in_sentence(shared_dir, "SK-middleEast-1219-20180424", "الإعلان عن مقتل القيادي الحوثي",
                                                "ASSAULT")
    assert found, [(e.type, e.trigger) for e in in_sent]
    assert not any("Houthis" in _side_names(by_id, e.source) for e in found), [(e.trigger, e.source) for e in found]


# the detector's sentence features mean what they say: قد before a past verb is "had" / "has" (وكانت المسعفة قد
# قتلت، وكان حلفاء لتنظيم القاعدة قد شنوا), a hedge only before a present one (قد يكون هجوما وشيكا); كان is not
# كأن ("as if", an opinion cue that normalises to كان).  Refitted: GSR ASSAULT tuning out-of-fold F1 0.571 -> 0.574,
# silver 0.664 -> 0.665; the fitted tuning F1 unchanged
DETECTOR_FEATURE_CASES = [
    ("AL-internationalNews-1443-20180603", "وكانت المسعفة الفلسطينية الشابة قد قتلت", "hedge", 0.0),
    ("AL-internationalNews-338-20180303", "قد شنوا هجمات سابقة", "hedge", 0.0),
    ("BB-middleEast-957-20180906", "لما قد يكون هجوما وشيكا", "hedge", 1.0),
    ("AL-internationalNews-338-20180303", "وكان حلفاء لتنظيم", "opinion", 0.0),
]


@pytest.mark.parametrize("article_id, piece, feature, value", DETECTOR_FEATURE_CASES,
                         ids=[f"{c[2]}-{c[0]}" for c in DETECTOR_FEATURE_CASES])
def test_event_detector_features_on_corpus_sentences(shared_dir, article_id, piece, feature, value):
    from marsad.stages.event_detector import detection_features

    sent = _corpus_sentence(shared_dir, article_id, piece)
    norms = [normalize(t.text) for t in word_tokens(sent)]
    feats = detection_features(norms, match_triggers(norms), "ASSAULT")
    assert "verb" in feats, sent     # (an ASSAULT trigger fired: the features were computed)
    assert feats[feature] == value, sent
