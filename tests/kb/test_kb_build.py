"""The packaged knowledge base is what ``training/kb/build_kb.py`` builds from the facts, under any hash seed."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_kb_package_is_what_the_build_script_makes(shared_dir, tmp_path, hash_seed):
    # (a set's order once reached the packaged JSON, so two builds could differ byte for byte; a fact edited
    # without a rebuild would leave the shipped file stale)
    out = tmp_path / "kb.json.gz"
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    done = subprocess.run([sys.executable, str(ROOT / "training/kb/build_kb.py"), "--shared", str(shared_dir),
                           "--out", str(out)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    shipped = ROOT / "src/marsad/resources/kb/kb.json.gz"
    # (the JSON compared, not the gzip bytes, which another zlib may compress differently)
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped.read_bytes()), \
        "src/marsad/resources/kb/kb.json.gz is not what build_kb.py makes"
