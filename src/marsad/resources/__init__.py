"""Package data (lexicons, model weights), loaded lazily through importlib.resources and cached.

Every file here is listed with its origin and licence in ``SOURCES.md``.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources


def path(name: str):
    """A traversable for the resource file ``name`` (relative to this package)."""
    return resources.files(__name__).joinpath(name)


def read_text(name: str) -> str:
    data = path(name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def read_json(name: str):
    return json.loads(read_text(name))


@lru_cache(maxsize=1)
def load_word_counts() -> dict[str, int]:
    """Normalised word -> frequency in the ANT news corpus (see training/build_word_counts.py)."""
    counts: dict[str, int] = {}
    try:
        text = read_text("word_counts.tsv.gz")
    except FileNotFoundError:
        return counts
    for line in text.splitlines():
        word, _, n = line.partition("\t")
        if n:
            counts[word] = int(n)
    return counts
