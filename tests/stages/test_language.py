import pytest

import marsad
from marsad.stages.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة.", "ar"),
    ("The minister said the talks would resume next week in the capital.", "en"),
    ("Le ministre a déclaré que les négociations reprendraient la semaine prochaine.", "fr"),
    ("12345 !!! ...", "und"),
])
def test_language_detect(text, lang):
    assert detect_language(text)[0] == lang


def test_language_non_arabic_is_reported_not_mangled():
    text = "Minister says talks resume\n\nThe minister said on Monday that the talks would resume next week."
    rec = marsad.analyze(text)
    assert rec.language == "en"
    assert any("not Arabic" in w for w in rec.warnings)
    assert "The minister said on Monday" in rec.text
    assert rec.entities == [] and rec.events == []
