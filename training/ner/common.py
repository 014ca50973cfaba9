"""Shared helpers for Marsad NER training."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.ner.conll import evaluate, load_aqmar, read_conll  # noqa: E402,F401  (re-exported)

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


# WikiFANE fine classes -> coarse types. Products, vehicles, weapons and facilities
# become MISC (ANERcorp tags e.g. كلاشنيكوف, سوخوي, البيت الأبيض, الكعبة as MISC);
# "Group" (peoples, sects) is loss-masked: ANERcorp leaves them O, AQMAR tags PER.
FANE_PER = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
            "Businessperson", "Engineer", "Lawyer", "Police"}
FANE_ORG = {"Government", "Non-Governmental", "Commercial", "Educational", "Media",
            "Religious_ORG", "Sports", "Medical-Science", "Entertainment"}
FANE_LOC = {"Nation", "Population-Center", "State-or-Province", "County-or-District",
            "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural", "Celestial",
            "Address", "Boundary"}
FANE_O: set = set()
FANE_MASK = {"Group"}


def load_wikifane(max_sents: int | None = None, seed: int = 13):
    """WikiFANE (never NewsFANE) as (token, tag) sentences with coarse tags;
    tag None marks tokens to ignore in the loss."""
    import random

    path = data_dir() / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
    sents, cur = [], []
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.replace("\u200e", "").replace("\ufeff", "").rstrip("\r\n")
            parts = line.split("\t")
            if not line.strip() or len(parts) < 2:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, tag = parts[0].strip(), parts[-1].strip()
            if not tok:
                continue
            if tag == "O" or not tag:
                t = "O"
            else:
                p, _, c = tag.partition("-")
                if c in FANE_PER:
                    t = p + "-PER"
                elif c in FANE_ORG:
                    t = p + "-ORG"
                elif c in FANE_LOC:
                    t = p + "-LOC"
                elif c in FANE_O:
                    t = "O"
                elif c in FANE_MASK:
                    t = None
                else:
                    t = p + "-MISC"
            cur.append((tok, t))
    if cur:
        sents.append(cur)
    sents = [s for s in sents if 3 <= len(s) <= 150]
    if max_sents:
        rnd = random.Random(seed)
        rnd.shuffle(sents)
        sents = sents[:max_sents]
    return sents
