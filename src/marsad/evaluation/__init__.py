"""Evaluation of Marsad stages against gold data (``marsad eval ...``)."""
from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    """The project's ``shared/`` folder: ``$MARSAD_SHARED``, else ``../shared`` next to the
    repository or the current directory.  Gold sets and corpora are read from there."""
    env = os.environ.get("MARSAD_SHARED")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [here.parents[3] / ".." / "shared", Path.cwd() / ".." / "shared", Path.cwd() / "shared"]
    for c in candidates:
        if (c / "data").is_dir():
            return c.resolve()
    raise FileNotFoundError("shared data not found: set MARSAD_SHARED to the shared/ folder (tried "
                            + ", ".join(str(c) for c in candidates) + ")")
