"""The typed Marsad record (contract v1, ``shared/docs/record.md``).

Every consumer (exports, the store, the web API, evaluation) reads the JSON produced by
:meth:`Record.to_dict`.  The contract only ever grows: keys are added, never renamed or
removed.  Offsets are Python string indices into ``Record.text``, half-open ``[start, end)``.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
BOILERPLATE_KINDS = (
    "masthead", "caption", "related", "blank", "byline", "share", "footer", "duplicate", "title",
)


@dataclass
class Boilerplate:
    kind: str
    text: str
    count: int = 1  # how many times this exact block was removed


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Entity:
    text: str
    start: int
    end: int
    type: str
    actor: str | None = None
    score: float | None = None


@dataclass
class Actor:
    id: str
    name_ar: str
    name_en: str | None = None
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: list[int] = field(default_factory=list)


@dataclass
class Quote:
    speaker: str | None
    speaker_text: str | None
    addressee: str | None
    cue: str | None
    kind: str
    text: str
    start: int
    end: int
    channel: str | None = None


@dataclass
class Event:
    type: str
    mode: str | None
    context: str | None
    source: list[str]
    target: list[str]
    trigger: str
    sentence: int
    start: int
    end: int
    date: str | None = None
    negated: bool = False
    modality: str = "asserted"
    quad: int | None = None
    cameo: str | None = None


@dataclass
class DateExpr:
    text: str
    start: int
    end: int
    value: str | None


_LIST_TYPES = {
    "boilerplate": Boilerplate, "sentences": Sentence, "entities": Entity, "actors": Actor,
    "quotes": Quote, "events": Event, "unattributed_events": Event, "dates": DateExpr,
}


@dataclass
class Record:
    """One analysed article.  ``raw`` and ``meta`` are working fields, not serialised."""

    id: str
    source: dict[str, Any] = field(default_factory=dict)
    published: str | None = None
    language: str | None = None
    title: str | None = None
    text: str = ""
    boilerplate: list[Boilerplate] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    # events the text states whose two sides name no actor at all (انفجار، اتفقتا، الزيارة): kept, apart
    unattributed_events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # working state, never serialised
    raw: str | None = field(default=None, repr=False, compare=False)
    meta: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    _PRIVATE = ("raw", "meta")

    def all_events(self) -> list[Event]:
        """``events`` and ``unattributed_events`` together, in text order: every event the text states."""
        return sorted(self.events + self.unattributed_events, key=lambda e: (e.sentence, e.start))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in self._PRIVATE:
                continue
            value = getattr(self, f.name)
            if isinstance(value, list):
                value = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
            out[f.name] = value
        return out

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        if not isinstance(data, dict) or "id" not in data:
            raise ValueError("a record must be a JSON object with an 'id'")
        kwargs: dict[str, Any] = {}
        names = {f.name for f in fields(cls)} - set(cls._PRIVATE)
        for key, value in data.items():
            if key not in names:
                continue  # keys added by a newer contract version are ignored, not fatal
            item_type = _LIST_TYPES.get(key)
            if item_type is not None:
                allowed = {f.name for f in fields(item_type)}
                value = [item_type(**{k: v for k, v in item.items() if k in allowed}) for item in value or []]
            kwargs[key] = value
        return cls(**kwargs)

    def paragraphs(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every body paragraph (lines of ``text``)."""
        spans, pos = [], 0
        for line in self.text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans
