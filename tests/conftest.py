"""Shared fixtures.  Real articles are read from ../shared (never copied into the repo)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path | None:
    env = os.environ.get("MARSAD_SHARED")
    for c in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if (c / "data").is_dir():
            return c
    return None


SHARED = _shared()
SEED_ID = "000_465021b8a4a42d97"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if SHARED is None:
        pytest.skip("shared data (../shared or $MARSAD_SHARED) not available")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir) -> Path:
    return shared_dir / "seed" / f"{SEED_ID}.txt"


@pytest.fixture(scope="session")
def seed_gold(shared_dir) -> dict:
    import json

    return json.loads((shared_dir / "seed" / f"{SEED_ID}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_record(seed_path):
    import marsad

    return marsad.analyze(seed_path, published="2021-04-19")
