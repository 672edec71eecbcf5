"""bench/gpu_check.py, the GPU measurement script, run at toy size on the CPU: the same code paths
(the transformers backend's generate, `python -m r1safe.train`), so that the one call on a GPU
machine does not fail on a typo."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_gpu_check_runs_at_toy_size(tmp_path):
    subprocess.run([sys.executable, "bench/gpu_check.py", "--toy", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True, text=True, timeout=600)
    got = json.loads((tmp_path / "gpu_check.json").read_text())
    assert got["toy"] is True and got["bandwidth_gbs"] > 0
    gen = got["generation"]
    assert [g["batch"] for g in gen] == [1, 2] and all(g["output_tokens"] > 0 for g in gen)
    assert all(0 < g["fraction_of_limit"] <= 1 for g in gen)  # nothing beats the bandwidth bound
    sft = got["sft"][0]
    assert "error" not in sft, sft.get("error")
    assert sft["tokens_per_s"] > 0 and sft["tokens_seen"] > 0 and sft["seq"] == 128
