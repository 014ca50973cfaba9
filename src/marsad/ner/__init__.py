"""Arabic named-entity recognition (PER, ORG, LOC, MISC) for Marsad.

>>> from marsad.ner import load_tagger
>>> tagger = load_tagger("fast")          # or "accurate" (default)
>>> tagger.tag([["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"]])
[['O', 'O', 'O', 'B-PER', 'I-PER']]

Profiles (weights ship in ``marsad/resources/ner``; nothing is downloaded):

- ``fast``: linear-chain CRF over Arabic affix/clitic, word-cluster and
  gazetteer features; pure Python + numpy; for bulk ingest.
- ``accurate``: the first layers of multilingual-e5-small fine-tuned on
  ANERcorp, run in numpy (no torch).

Input: sentences as lists of tokens (punctuation split off, proclitics kept
on the word, as in ANERcorp). Output: BIO tags of the same lengths.
"""
from __future__ import annotations

import threading
from pathlib import Path

__all__ = ["PROFILES", "load_tagger", "resources_dir"]

PROFILES = ("fast", "accurate")
DEFAULT_PROFILE = "accurate"

_LOCK = threading.Lock()
_TAGGERS: dict = {}


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "ner"


class _LazyTagger:
    """Loads the underlying model on first use; ``tag`` is thread-safe to call."""

    def __init__(self, profile: str):
        self.profile = profile
        self._impl = None

    def load(self):
        if self._impl is None:
            with _LOCK:
                if self._impl is None:
                    d = resources_dir()
                    if self.profile == "fast":
                        from .fast import FastTagger

                        import json

                        cfg = {}
                        if (d / "fast.json").is_file():
                            cfg = json.loads((d / "fast.json").read_text(encoding="utf-8"))
                        self._impl = FastTagger(d / "fast.npz", d / "lexicon.tsv", float(cfg.get("o_bias", 0.0)))
                    else:
                        import json
                        import os

                        from .encoder import EncoderTagger, EnsembleTagger

                        enc = EncoderTagger(d / "accurate.npz", backend=os.environ.get("MARSAD_NER_BACKEND") or None,
                                            threads=int(os.environ.get("MARSAD_NER_THREADS", "1")))
                        cfg = {}
                        if (d / "accurate.json").is_file():
                            cfg = json.loads((d / "accurate.json").read_text(encoding="utf-8"))
                        w = float(cfg.get("crf_weight", 0.0))
                        crf = None
                        if w:
                            from .fast import FastTagger

                            crf = FastTagger(d / cfg.get("crf_model", "fast.npz"), d / "lexicon.tsv")
                        self._impl = EnsembleTagger(enc, crf, w, float(cfg.get("o_bias", 0.0)))
        return self._impl

    @property
    def tags(self) -> list[str]:
        return list(self.load().tags)

    def tag(self, sentences):
        """Tag ``sentences`` (an iterable of token lists) -> list of BIO tag lists."""
        sentences = [list(s) for s in sentences]
        if not sentences:
            return []
        return self.load().tag(sentences)

    def __repr__(self):
        return f"<marsad NER tagger profile={self.profile!r} loaded={self._impl is not None}>"


def load_tagger(profile: str = DEFAULT_PROFILE) -> _LazyTagger:
    """Return the (cached, lazily loaded) tagger for ``profile``.

    Raises ValueError for an unknown profile, naming the valid ones."""
    if profile not in PROFILES:
        raise ValueError(f"unknown NER profile {profile!r}; valid profiles: {', '.join(PROFILES)}")
    with _LOCK:
        t = _TAGGERS.get(profile)
        if t is None:
            t = _TAGGERS[profile] = _LazyTagger(profile)
    return t
