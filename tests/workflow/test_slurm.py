"""The evaluation pipeline through a real SLURM cluster: jobs submitted with sbatch by
snakemake-executor-plugin-slurm from `profiles/slurm`, tracked with squeue to completion.

Needs root (a one-node cluster is started by `.ci/slurm/start.sh`, installing Debian's slurm and
munge when missing) and a few minutes, so it runs on CI (CI=true, as root) or when
R1SAFE_SLURM_TESTS=1 (`make test-slurm`), and is skipped otherwise.
"""

import os
import subprocess
import sys

import polars as pl
import pytest
import yaml

from tests.conftest import ROOT, copy_workflow

pytestmark = [pytest.mark.slurm, pytest.mark.slow]

ENABLED = (os.environ.get("R1SAFE_SLURM_TESTS") == "1" or os.environ.get("CI") == "true") and os.geteuid() == 0


@pytest.fixture(scope="module")
def cluster():
    if not ENABLED:
        pytest.skip("SLURM integration test: runs on CI as root, or with R1SAFE_SLURM_TESTS=1 as root")
    p = subprocess.run(["bash", str(ROOT / ".ci/slurm/start.sh")], capture_output=True, text=True, timeout=600)
    if p.returncode == 3:  # the packages could not be installed (no registry): nothing to test against
        pytest.skip(p.stderr.strip())
    assert p.returncode == 0, p.stdout + p.stderr
    return p.stdout


def test_evaluation_pipeline_runs_through_slurm(cluster, tmp_path):
    wd = copy_workflow(tmp_path)
    cfg = yaml.safe_load((wd / "config/config.yaml").read_text())
    cfg["models"] = {"tiny-r1": {"build": "tiny", "generation": {"max_new_tokens": 24}}}
    cfg["tiny_model"]["settings"]["epochs"] = 4
    cfg["judge"].pop("max_truncation_rate")  # a 4-epoch model with 24 tokens rambles past its budget
    cfg["benchmarks"] = {k: v for k, v in cfg["benchmarks"].items() if k in ("chisafety_refusal", "arithmetic")}
    (wd / "config/config.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True))
    # the profile as the README types it, from the workflow's root
    cmd = [sys.executable, "-m", "snakemake", "--profile", "slurm", "--slurm-no-account",
           "--slurm-status-command", "squeue", "--slurm-init-seconds-before-status-checks", "1",
           "--seconds-between-status-checks", "2", "--slurm-keep-successful-logs"]
    env = {**os.environ, "R1SAFE_SLURM_PARTITION": "cpu"}
    p = subprocess.run(cmd, cwd=wd, capture_output=True, text=True, timeout=900, env=env)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-6000:]
    submitted = [ln for ln in out.splitlines() if "has been submitted with SLURM jobid" in ln]
    # every job but the target rule went through sbatch: 1 build, 2 x (prepare, generate, judge, score), tables, plots
    assert len(submitted) >= 11, out[-3000:]
    root = wd / ".snakemake/slurm_logs"
    parts = {part for p in root.rglob("*.log") for part in p.relative_to(root).parts}
    assert parts >= {"rule_build_tiny_model", "rule_generate_responses", "rule_make_tables"}, parts
    safety = pl.read_csv(wd / "results/tables/safety.csv")
    assert set(safety["model"]) == {"tiny-r1"} and safety["rr1"].drop_nulls().len() > 0
    # and a second run through the cluster has nothing to do
    p2 = subprocess.run(cmd + ["-n"], cwd=wd, capture_output=True, text=True, timeout=300, env=env)
    assert p2.returncode == 0 and "Nothing to be done" in p2.stdout + p2.stderr


def test_a_cluster_without_accounting_stops_before_submitting(cluster, tmp_path):
    """This test cluster has no accounting (sacct: "accounting storage is disabled", exit 0 on some
    versions): with the plugin's default status command the run would wait forever; it stops at once,
    naming the fix, with nothing submitted."""
    wd = copy_workflow(tmp_path)
    cmd = [sys.executable, "-m", "snakemake", "--profile", "slurm", "--slurm-no-account"]
    p = subprocess.run(cmd, cwd=wd, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "R1SAFE_SLURM_PARTITION": "cpu"})
    out = p.stdout + p.stderr
    assert p.returncode != 0 and "r1safe error: SLURM accounting is not available here" in out, out[-3000:]
    assert "--slurm-status-command squeue" in out and "has been submitted with SLURM jobid" not in out
