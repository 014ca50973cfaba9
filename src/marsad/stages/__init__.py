"""Built-in pipeline stages, one module per stage.  Importing this package registers them."""
from . import clean, language, segment  # noqa: F401

#: the default chain, by versioned name
DEFAULT_STAGES = ["marsad.clean.v1", "marsad.language.v1", "marsad.segment.v1"]


def profile_stages(profile: str) -> list[str]:
    """Stage names of the default pipeline for a profile (``accurate`` or ``fast``)."""
    return list(DEFAULT_STAGES)
