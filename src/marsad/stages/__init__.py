"""Built-in pipeline stages, one module per stage.  Importing this package registers them."""
from . import clean, entities, language, segment  # noqa: F401
from . import actors, dates, events, quotes  # noqa: F401

#: the default chain, by versioned name (order is data: this list is the pipeline)
DEFAULT_STAGES = ["marsad.clean.v1", "marsad.language.v1", "marsad.segment.v1", "marsad.entities.v1",
                  "marsad.actors.v1", "marsad.dates.v1", "marsad.quotes.v1", "marsad.events.v1"]

#: stages whose models come in profiles (``accurate`` / ``fast``)
PROFILED = {"marsad.entities.v1"}


def profile_stages(profile: str) -> list:
    """The default pipeline for a profile: names, or ``(name, options)`` for profiled stages."""
    return [(name, {"profile": profile}) if name in PROFILED else name for name in DEFAULT_STAGES]
