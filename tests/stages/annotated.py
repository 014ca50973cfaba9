"""Records with hand-placed entities and actors, for the quotes and events stage tests.

A plain module (not conftest.py) so both test files can import it by its unique name.
"""
from __future__ import annotations

from marsad.record import Actor, Entity, Record, Sentence
from marsad.text import sentences


def annotated_record(text: str, names, sector=lambda typ: "GOV" if typ == "PER" else None) -> Record:
    """``text`` split into sentences, with an entity wherever one of ``names`` occurs: an iterable
    of ``(surface, type, actor id, country)``, earlier ones first (a later surface overlapping a
    placed one is skipped); an actor exists once one of its surfaces is placed, with the sector
    ``sector(type)``.  No stage is run."""
    rec = Record(id="t", text=text, published="2021-04-19", language="ar")
    rec.sentences = [Sentence(a, b) for a, b in sentences(text)]
    actors: dict[str, Actor] = {}
    spans = []
    for surface, typ, aid, country in names:
        start = 0
        while (i := text.find(surface, start)) >= 0:
            start = i + len(surface)
            if any(a < i + len(surface) and i < b for a, b, *_ in spans):
                continue
            spans.append((i, i + len(surface), surface, typ, aid))
            actors.setdefault(aid, Actor(aid, surface, aid, typ, country, sector(typ), []))
    for k, (a, b, surface, typ, aid) in enumerate(sorted(spans)):
        rec.entities.append(Entity(surface, a, b, typ, aid))
        actors[aid].mentions.append(k)
    rec.actors = list(actors.values())
    return rec
