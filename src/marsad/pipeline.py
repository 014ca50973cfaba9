"""An explicit, checked pipeline of stages.

A stage declares the record attributes it ``requires`` and those it ``provides``.  A
:class:`Pipeline` is an ordered list of stages; building one checks that every requirement
is provided by an earlier stage (or by the reader, which provides ``raw``), and fails with
an error that names what is missing.  Order is data: nothing is registered by import order.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable, Iterator

from .record import Record

log = logging.getLogger(__name__)

#: what a reader gives every record before the first stage runs
READER_PROVIDES = frozenset({"raw", "id", "source", "published"})

_REGISTRY: dict[str, Callable[..., "Stage"]] = {}


def register(name: str) -> Callable:
    """Register a stage factory under a versioned name (``marsad.clean.v1``)."""

    def deco(factory: Callable[..., "Stage"]) -> Callable[..., "Stage"]:
        if name in _REGISTRY and _REGISTRY[name] is not factory:
            raise ValueError(f"stage name {name!r} is already registered")
        _REGISTRY[name] = factory
        return factory

    return deco


def registered() -> list[str]:
    _load_builtin_stages()
    return sorted(_REGISTRY)


def create_stage(name: str, **options) -> "Stage":
    _load_builtin_stages()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown stage {name!r}; known stages: {', '.join(sorted(_REGISTRY))}") from None
    return factory(**options)


def _load_builtin_stages() -> None:
    from . import stages  # noqa: F401  (importing registers the built-in stages)


class Stage:
    """Base class of a pipeline stage.

    Subclasses set ``name``, ``requires`` and ``provides`` and implement :meth:`__call__`,
    which fills the record in place and returns it.  ``arabic_only`` stages are skipped
    (their keys stay empty) when the record's language is not Arabic.  Heavy resources
    should load lazily, on first call.
    """

    name: str = "stage"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    arabic_only: bool = False

    def __call__(self, record: Record) -> Record:  # pragma: no cover - interface
        raise NotImplementedError(f"stage {self.name} does not implement __call__")

    def pipe(self, records: Iterable[Record]) -> Iterator[Record]:
        """Process a stream; override for batched inference."""
        for record in records:
            yield self(record)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class PipelineError(ValueError):
    """The stages of a pipeline do not fit together."""


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, stages: Iterable[Stage | str | tuple[str, dict]]):
        """``stages``: Stage objects, registered names, or ``(name, options)`` pairs."""
        self.stages: list[Stage] = []
        for s in stages:
            if isinstance(s, str):
                s = create_stage(s)
            elif isinstance(s, tuple):
                s = create_stage(s[0], **s[1])
            self.stages.append(s)
        self.check()

    def check(self) -> None:
        available = set(READER_PROVIDES)
        names = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineError(f"stage {stage.name!r} appears twice in the pipeline")
            names.add(stage.name)
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage provides "
                    f"(pipeline so far: {', '.join(s.name for s in self.stages[: self.stages.index(stage)]) or 'reader only'})"
                )
            available.update(stage.provides)

    def analyze_pipes(self) -> list[dict]:
        """A description of the chain: name, requires, provides for each stage."""
        return [
            {"name": s.name, "requires": list(s.requires), "provides": list(s.provides), "arabic_only": s.arabic_only}
            for s in self.stages
        ]

    def __call__(self, record: Record) -> Record:
        for stage in self.stages:
            if stage.arabic_only and record.language not in (None, "ar"):
                continue
            record = stage(record)
        record.raw = None
        return record

    def pipe(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            yield self(record)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"
