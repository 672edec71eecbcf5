"""Label Studio for real: its server on loopback (embedded SQLite), a project made through its SDK
from r1safe's review sample, every task labelled through the API as a reviewer would, the export read
back by ``python -m r1safe review import``, and the corrected rates computed from it.

Label Studio lives in its own environment (``make test-labelstudio`` builds ``.venv-labelstudio``;
CI runs it); the test is skipped unless R1SAFE_LABEL_STUDIO names that environment."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from r1safe.io import read_jsonl, write_jsonl
from r1safe.review.report import build
from r1safe.review.sample import draw, write
from tests.conftest import ROOT
from tests.unit.test_review import _run

LS_ENV = os.environ.get("R1SAFE_LABEL_STUDIO")
pytestmark = [pytest.mark.labelstudio,
              pytest.mark.skipif(not LS_ENV, reason="R1SAFE_LABEL_STUDIO (make test-labelstudio) not set")]
TOKEN = "r1safe0test0token0for0loopback0only000000"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def label_studio(tmp_path):
    port = _free_port()
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(tmp_path / "ls"), "LABEL_STUDIO_USERNAME":
           "reviewer@r1safe.local", "LABEL_STUDIO_PASSWORD": "r1safe-loopback-only", "LABEL_STUDIO_USER_TOKEN": TOKEN,
           "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true", "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
    log = (tmp_path / "ls.log").open("w")
    proc = subprocess.Popen([str(Path(LS_ENV) / "bin/label-studio"), "start", "--no-browser", "--host", "127.0.0.1",
                             "--port", str(port), "--internal-host", "127.0.0.1"], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            assert proc.poll() is None, (tmp_path / "ls.log").read_text()[-3000:]
            try:
                if urllib.request.urlopen(url + "/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail("Label Studio did not answer within 300 s:\n" + (tmp_path / "ls.log").read_text()[-3000:])
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_label_studio_round_trip(label_studio, tmp_path):
    recs, gens, judg = _run(tmp_path, n_items=120, refuse_every=2)
    write(draw("m", "b1", recs, gens, judg, 30, seed=0), tmp_path / "sample", {"size": 30, "seed": 0})
    export = tmp_path / "export.json"
    p = subprocess.run([str(Path(LS_ENV) / "bin/python"), str(ROOT / "tests/workflow/ls_reviewer.py"), label_studio,
                        TOKEN, str(tmp_path / "sample"), str(export)], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-3000:]
    assert json.loads(p.stdout.strip().splitlines()[-1])["annotated"] == 30

    labels = tmp_path / "labels.jsonl"
    p = subprocess.run([sys.executable, "-m", "r1safe", "review", "import", str(export), "--key",
                        str(tmp_path / "sample/key.jsonl"), "--labels", str(labels)], cwd=ROOT, capture_output=True,
                       text=True)
    assert p.returncode == 0, p.stderr
    rows = read_jsonl(labels)
    assert len(rows) == 30 and {r["label"] for r in rows} <= {0, 2} and {r["trace_label"] for r in rows} == {1}

    for name, data in (("judgments", judg), ("generations", gens)):
        write_jsonl(tmp_path / f"{name}.jsonl", data)
    table, _, _ = build([{"model": "m", "benchmark": "b1", "task": "refusal", "judgments": tmp_path / "judgments.jsonl",
                          "generations": tmp_path / "generations.jsonl"}], [], str(labels))
    rr1 = table.filter((table["metric"] == "RR-1") & (table["risk_area"] == "overall")).row(0, named=True)
    # the judge sees a quarter of the items refused; the reviewer half (the truth): corrected, covered
    assert rr1["judge_value"] == pytest.approx(0.25) and rr1["status"] == "checked" and rr1["labelled"] == 30
    assert rr1["ppi_ci_low"] <= 0.5 <= rr1["ppi_ci_high"]
