"""Tests of the shipped NER models (marsad.ner): interface, behaviour on
hand-written Arabic sentences, and a quality gate on ANERcorp / AQMAR test.

The quality gate needs ../shared/data/ner (or $MARSAD_SHARED) and is skipped
with a reason when it is absent. Nothing here uses the network."""
from __future__ import annotations

import time

import pytest

from marsad.ner import PROFILES, load_tagger
from marsad.ner.conll import AQMAR_TYPES, default_data_dir, get_entities, load_aqmar, read_conll, score_tagger

VALID = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "LOC", "MISC")}

# Minimum scores pinned a little below what the shipped weights measured
# (training/ner/RESULTS.md). ANERcorp: all four types; AQMAR: PER/LOC/ORG.
GATE = {
    "fast": {"anercorp": 0.69, "aqmar": 0.49, "min_words_per_cpu_s": 5000},
    "accurate": {"anercorp": 0.755, "aqmar": 0.595, "min_words_per_cpu_s": 800},
}
# without onnxruntime the `accurate` encoder runs in plain numpy (slower)
NUMPY_BACKEND_MIN_WORDS_PER_CPU_S = 250

# Sentences written for these tests (not taken from any corpus), with entities
# that the tagger must find: (type, first token, end token exclusive), and the
# profiles held to them (the CRF of `fast` misses some rarer names).
BOTH, ACC = ("fast", "accurate"), ("accurate",)
CASES = [
    ("قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار", [("PER", 3, 5)], BOTH),
    ("وصل وزير الخارجية إلى القاهرة صباح اليوم في زيارة تستغرق يومين", [("LOC", 4, 5)], BOTH),
    ("التقى رئيس الوزراء البريطاني بوريس جونسون بالرئيس الفرنسي في باريس", [("PER", 4, 6), ("LOC", 9, 10)], BOTH),
    ("أعلنت منظمة الصحة العالمية عن حملة جديدة للتطعيم في أفريقيا", [("ORG", 1, 4), ("LOC", 9, 10)], BOTH),
    ("ويزور الأمين العام للأمم المتحدة أنطونيو غوتيريش العاصمة اللبنانية بيروت غدا", [("LOC", 9, 10)], BOTH),
    ("ويزور الأمين العام للأمم المتحدة أنطونيو غوتيريش العاصمة اللبنانية بيروت غدا", [("PER", 5, 7)], ACC),
    ("وأكد الرئيس الأمريكي جو بايدن أن واشنطن لن تتراجع", [("LOC", 6, 7)], BOTH),
    ("وأكد الرئيس الأمريكي جو بايدن أن واشنطن لن تتراجع", [("PER", 3, 5)], ACC),
]
PROFILE_CASES = [(p, t, e) for t, e, ps in CASES for p in ps]


@pytest.fixture(scope="module", params=PROFILES)
def tagger(request):
    return load_tagger(request.param)


def test_unknown_profile_names_valid_ones():
    with pytest.raises(ValueError) as e:
        load_tagger("medium")
    assert "fast" in str(e.value) and "accurate" in str(e.value)


def test_tagger_is_cached():
    assert load_tagger("fast") is load_tagger("fast")
    assert load_tagger() is load_tagger("accurate")


def _well_formed(tags):
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            return False
        prev = t
    return True


def test_shapes_tagset_and_bio(tagger):
    long_sent = ("وقال المتحدث باسم الحكومة المصرية في القاهرة إن الوزير سيزور عمان وبغداد ودمشق " * 30).split()
    sents = [
        "قال الرئيس الروسي فلاديمير بوتين".split(),
        [],
        ["بوتين"],
        ["،", ".", "(", ")", "2024", "%"],
        "ذكرت شبكة ABC News الأمريكية أن Joe Biden وصل إلى بغداد".split(),
        "وبايدن وبوتين والأمم المتحدة ، وباريس".split(),
        long_sent,
    ]
    out = tagger.tag(sents)
    assert len(out) == len(sents)
    for s, t in zip(sents, out):
        assert len(s) == len(t)
        assert set(t) <= VALID
        assert _well_formed(t)
    assert tagger.tag([]) == []
    # tagging is deterministic and independent of batch composition
    assert tagger.tag([sents[0]]) == [out[0]]
    assert tagger.tag((w for w in s) for s in sents[4:5]) == [out[4]]


@pytest.mark.parametrize("profile,text,expected", PROFILE_CASES,
                         ids=[f"{p}-case{i}" for i, (p, _, _) in enumerate(PROFILE_CASES)])
def test_expected_entities(profile, text, expected):
    tagger = load_tagger(profile)
    toks = text.split()
    tags = tagger.tag([toks])[0]
    found = set(get_entities(tags))
    for ent in expected:
        assert ent in found, f"{tagger.profile}: expected {ent} {toks[ent[1]:ent[2]]} in {list(zip(toks, tags))}"


def test_latin_script_name_is_taggable():
    toks = "قال المتحدث باسم شركة Microsoft إن الرئيس التنفيذي Satya Nadella سيزور دبي".split()
    tags = load_tagger("accurate").tag([toks])[0]
    ents = get_entities(tags)
    assert any(s <= 9 < e for _, s, e in ents) or any(s <= 4 < e for _, s, e in ents), list(zip(toks, tags))


def _data_dir():
    try:
        return default_data_dir()
    except FileNotFoundError:
        return None


DATA = _data_dir()


@pytest.mark.skipif(DATA is None, reason="shared NER data (../shared/data/ner or $MARSAD_SHARED) not available")
@pytest.mark.parametrize("profile", PROFILES)
def test_quality_gate(profile):
    gate = GATE[profile]
    tagger = load_tagger(profile)
    aner = read_conll(DATA / "anercorp" / "test.txt")
    aq = load_aqmar(DATA, "test")
    tagger.tag([["تجربة"]])
    c0 = time.process_time()
    r1 = score_tagger(tagger, aner)
    cpu = time.process_time() - c0
    r2 = score_tagger(tagger, aq, types=AQMAR_TYPES)
    summary = f"{profile}: ANERcorp F1 {r1['f1']:.4f} AQMAR(PER/LOC/ORG) F1 {r2['f1']:.4f} words/cpu-s {r1['words'] / cpu:.0f}"
    print(summary)
    assert r1["f1"] >= gate["anercorp"], summary
    assert r2["f1"] >= gate["aqmar"], summary
    impl = tagger.load()
    backend = getattr(getattr(impl, "enc", impl), "backend", "numpy")
    floor = gate["min_words_per_cpu_s"]
    if profile == "accurate" and backend != "onnx":
        floor = NUMPY_BACKEND_MIN_WORDS_PER_CPU_S
    assert r1["words"] / cpu >= floor, summary + f" (backend {backend})"


def test_accurate_onnx_weights_fit_in_seven_bits():
    """The int8 weights of every integer matrix product of the shipped encoder lie
    in [-64, 64]: ONNX Runtime's AVX2 kernel (CPUs without VNNI) adds two uint8 x int8
    products in a saturating 16-bit register, so full-range weights are clipped there
    and the tags would depend on the CPU (training/ner/reduce_range.py)."""
    onnx = pytest.importorskip("onnx")
    from onnx import numpy_helper

    from marsad.ner import resources_dir

    model = onnx.load(str(resources_dir() / "accurate.onnx"))
    inits = {i.name: i for i in model.graph.initializer}
    weights = [n.input[1] for n in model.graph.node if n.op_type in ("QAttention", "MatMulInteger")]
    assert len(weights) == 16  # QKV and FFN-up of 8 layers
    for name in weights:
        w = numpy_helper.to_array(inits[name])
        assert w.dtype.name == "int8" and -64 <= int(w.min()) and int(w.max()) <= 64, (name, w.min(), w.max())
