"""Make ``marsad`` importable from a source checkout when it is not installed."""
import sys
from pathlib import Path

try:  # pragma: no cover - depends on how the tests are run
    import marsad.ner  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
