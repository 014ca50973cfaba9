"""Marsad (مرصد): an Arabic news observatory.

The small public API::

    import marsad
    record = marsad.analyze("path/to/article.txt", published="2021-04-19")
    record = marsad.analyze("قال المتحدث باسم ...")        # text works too
    print(record.to_json(indent=1))
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .pipeline import Pipeline, PipelineError, Stage, register
from .record import Record

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_path", "build_pipeline", "Pipeline", "PipelineError", "Record", "Stage",
           "register", "AnalyzeError", "__version__"]


class AnalyzeError(ValueError):
    """The input could not be read as an article; the message names the problem."""


PROFILES = ("accurate", "fast")


def build_pipeline(profile: str = "accurate", stages: list[str] | None = None) -> Pipeline:
    """The default pipeline for ``profile`` (or the given list of stage names)."""
    from .stages import profile_stages

    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    return Pipeline(stages if stages is not None else profile_stages(profile))


@lru_cache(maxsize=4)
def _default_pipeline(profile: str) -> Pipeline:
    return build_pipeline(profile)


def _finish(record: Record, published: str | None) -> Record:
    if published:
        from .io.readers import normalize_published

        value = normalize_published(published)
        if value is None:
            raise AnalyzeError(f"cannot read the publication date {published!r} (expected YYYY-MM-DD)")
        record.published = value
    return record


def analyze_path(path: str | os.PathLike, published: str | None = None, profile: str = "accurate",
                 pipeline: Pipeline | None = None) -> Iterator:
    """Analyse every article in ``path``; yields records and :class:`~marsad.io.readers.ReadError`."""
    from .io.readers import ReadError, read_path

    pipe = pipeline or _default_pipeline(profile)
    for item in read_path(path):
        if isinstance(item, ReadError):
            yield item
        else:
            yield pipe(_finish(item, published))


def analyze(text_or_path: str | os.PathLike, published: str | None = None, profile: str = "accurate",
            pipeline: Pipeline | None = None) -> Record:
    """Analyse one article given as text or as a path to a .txt/.html/.json file."""
    from .io.readers import ReadError, read_path, record_from_text

    is_path = isinstance(text_or_path, Path) or (
        isinstance(text_or_path, str) and "\n" not in text_or_path and len(text_or_path) < 4096
        and os.path.isfile(text_or_path))
    if is_path:
        items = list(read_path(text_or_path))
        if not items:
            raise AnalyzeError(f"{text_or_path}: no article found")
        if len(items) > 1:
            raise AnalyzeError(f"{text_or_path}: holds {len(items)} articles; use analyze_path() to iterate")
        if isinstance(items[0], ReadError):
            raise AnalyzeError(str(items[0]))
        record = items[0]
    elif isinstance(text_or_path, str):
        if not text_or_path.strip():
            raise AnalyzeError("empty input (no text)")
        record = record_from_text(text_or_path)
    else:
        raise TypeError(f"analyze() takes text or a path, not {type(text_or_path).__name__}")
    pipe = pipeline or _default_pipeline(profile)
    return pipe(_finish(record, published))
