"""Gold ("oracle") entities and actors for a record, from a ``*.gold.json`` annotation.

Used to develop and test the quotes/events stages independently of the entity and actor
stages: the record gets exactly the gold mentions (every written form of every gold entity,
without attached clitics) and one actor per gold entity.
"""
from __future__ import annotations

import re

from ..record import Actor, Entity, Record
from ..text import NOUN_PROCLITICS

_LETTER = re.compile(r"[\w\u0600-\u06ff]")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def oracle_annotate(record: Record, gold: dict) -> Record:
    """Fill ``record.entities`` and ``record.actors`` from the gold entities."""
    text = record.text
    spans: list[tuple[int, int, str, str]] = []
    taken = [False] * (len(text) + 1)
    forms = []
    for g in gold.get("entities", []):
        for s in g["surface"]:
            if s[:1] in "وفبلك" and s[1:] in g["surface"]:
                continue   # لروسيا: the clitic is not part of the mention (record contract)
            forms.append((s, g))
    forms.sort(key=lambda x: -len(x[0]))
    for surface, g in forms:
        start = 0
        while True:
            i = text.find(surface, start)
            if i < 0:
                break
            start = i + 1
            j = i + len(surface)
            if any(taken[i:j]):
                continue
            if j < len(text) and _LETTER.match(text[j]):
                continue
            k = i
            while k > 0 and _LETTER.match(text[k - 1]):
                k -= 1
            if k < i and text[k:i] not in NOUN_PROCLITICS:
                continue
            for p in range(i, j):
                taken[p] = True
            spans.append((i, j, surface, g["name_en"]))
    spans.sort()
    by_name = {g["name_en"]: g for g in gold.get("entities", [])}
    actors: dict[str, Actor] = {}
    entities = []
    for i, j, surface, name in spans:
        g = by_name[name]
        aid = _slug(name)
        if aid not in actors:
            actors[aid] = Actor(aid, g["surface"][0], name, g["type"], g.get("country"), g.get("sector"), [])
        actors[aid].mentions.append(len(entities))
        entities.append(Entity(surface, i, j, g["type"], aid))
    record.entities = entities
    record.actors = list(actors.values())
    return record
