"""English names of organisations the KB does not know."""
from __future__ import annotations

import pytest

from marsad.kb import transliterate
from marsad.kb.names import english_org_name, named_after_name


@pytest.mark.parametrize("arabic,english", [
    ("الحزب الشيوعي الفيتنامي الموحد", "United Communist Party of Vietnam"),
    ("وزارة الصحة العراقية", "Ministry of Health of Iraq"),
    ("جامعة القاهرة", "University of Cairo"),
    ("مجلس الأمن القومي التركي", "Council of National Security of Turkey"),
    ("نقابة الصحفيين المصريين", "Syndicate of Journalists of Egypt"),
    ("شركة أرامكو", "Aramco"),
])
def test_english_org_name_translates_common_words_and_reorders(arabic, english):
    assert english_org_name(arabic, transliterate) == english


def test_english_org_name_falls_back_to_transliteration():
    out = english_org_name("سونلغاز", transliterate)
    assert out.isascii() and out[0].isupper()


@pytest.mark.parametrize("arabic, institution, english", [
    ("مستشفى الملك فيصل التخصصي", True, "King Faisal Specialist Hospital"),
    ("مدينة الملك عبدالعزيز للعلوم والتقنية", True, "King Abdulaziz City"),
    ("مؤسسة ترامب", True, "Trump Foundation"),
    ("مطار رفيق الحريري الدولي", False, "Rafic Hariri International Airport"),
    ("ميناء الحديدة", False, "Hodeidah Port"),
    # an organisation whose name is no person's: the common-word reading stays
    ("جامعة القاهرة", True, None),
    ("وزارة الصحة", True, None),
    ("مطار الملك", False, None),
])
def test_named_after_name_puts_the_person_first(arabic, institution, english):
    assert named_after_name(arabic, transliterate, institution=institution) == english
