"""Actor knowledge base: who is who in Arabic news, with dated roles.

    >>> from marsad.kb import load_kb
    >>> kb = load_kb()
    >>> kb.lookup("بوتين", "2021-04-19")[0].name_en
    'Vladimir Putin'
    >>> [(s, e, a.id) for s, e, a in kb.find_mentions("التقى وبايدن")]
    [(7, 12, 'Q:joe_biden')]

See :mod:`marsad.kb.store` for the data layout, :mod:`marsad.kb.context` for inferring a
country and sector from the role words before a name, and :mod:`marsad.kb.translit` for
the Arabic -> English transliteration of names the KB does not know.
"""
from __future__ import annotations

from .store import KB, KINDS, MENTION_KINDS, ActorEntry, load_kb

__all__ = ["KB", "KINDS", "MENTION_KINDS", "ActorEntry", "load_kb", "transliterate", "infer_from_context"]


def transliterate(arabic_name: str) -> str:
    """English form of an Arabic-script name (``سامح شكري`` -> ``Sameh Shoukry``-like)."""
    from .translit import transliterate as _t

    return _t(arabic_name)


def infer_from_context(text: str, start: int, published: str | None = None):
    """``(country, sector)`` from the role words just before ``text[start:]`` (see :mod:`marsad.kb.context`)."""
    from .context import infer_from_context as _i

    return _i(text, start, published)
