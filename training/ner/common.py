"""Shared helpers for Marsad NER training."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.ner.conll import read_conll, load_aqmar, evaluate  # noqa: E402

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TAG2ID = {t: i for i, t in enumerate(TAGS)}


def data_dir() -> Path:
    env = os.environ.get("MARSAD_SHARED")
    if env:
        return Path(env) / "data" / "ner"
    return REPO.parent / "shared" / "data" / "ner"


def anercorp_split(dev_frac: float = 0.1):
    """ANERcorp train split into (train, dev): dev = the fixed last 10% of
    train.txt sentences. Test is never used for selection."""
    sents = read_conll(data_dir() / "anercorp" / "train.txt")
    n_dev = int(round(len(sents) * dev_frac))
    return sents[:-n_dev], sents[-n_dev:]


def anercorp_test():
    return read_conll(data_dir() / "anercorp" / "test.txt")


def set_threads(n: int = 1):
    for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(k, str(n))
