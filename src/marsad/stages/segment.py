"""Sentence segmentation over the cleaned body (see :func:`marsad.text.sentences`)."""
from __future__ import annotations

from ..pipeline import Stage, register
from ..record import Record, Sentence
from ..text import sentences


@register("marsad.segment.v1")
class SegmentStage(Stage):
    name = "segment"
    requires = ("text",)
    provides = ("sentences",)

    def __call__(self, record: Record) -> Record:
        record.sentences = [Sentence(a, b) for a, b in sentences(record.text)]
        return record
