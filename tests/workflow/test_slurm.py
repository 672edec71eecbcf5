"""The pipeline through a real SLURM cluster: jobs submitted with sbatch by
snakemake-executor-plugin-slurm from `profiles/slurm`, tracked with sacct (accounting through slurmdbd,
as real clusters have it) or squeue to completion; a two-node SFT (ZeRO-3 on CPU, one launcher per node)
and a two-node Ray cluster launched the way the executor runs multi-node jobs; the partitions' MaxTime
read from sinfo.

Needs root (a two-node cluster with accounting is started by `.ci/slurm/start.sh`, installing Debian's
slurm, slurmdbd, munge and MariaDB when missing) and a few minutes, so it runs on CI (CI=true, as root)
or when R1SAFE_SLURM_TESTS=1 (`make test-slurm`), and is skipped otherwise.
"""

import json
import os
import subprocess
import sys
import time

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
    # the profile as the README types it: job states from sacct (the executor's default status path)
    cmd = [sys.executable, "-m", "snakemake", "--profile", "slurm", "--slurm-no-account",
           "--slurm-init-seconds-before-status-checks", "1",
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
    """On a cluster without accounting (sacct prints SLURM's "accounting storage is disabled", exit 0
    on some versions: here the sacct first on PATH answers as such a cluster's does), the plugin's
    default status command would wait forever: the run stops at once, naming the fix, with nothing
    submitted."""
    wd = copy_workflow(tmp_path)
    shim = tmp_path / "no-accounting"
    shim.mkdir()
    (shim / "sacct").write_text("#!/bin/sh\necho 'Slurm accounting storage is disabled'\n")
    (shim / "sacct").chmod(0o755)
    cmd = [sys.executable, "-m", "snakemake", "--profile", "slurm", "--slurm-no-account"]
    p = subprocess.run(cmd, cwd=wd, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "R1SAFE_SLURM_PARTITION": "cpu", "PATH": f"{shim}:{os.environ['PATH']}"})
    out = p.stdout + p.stderr
    assert p.returncode != 0 and "r1safe error: SLURM accounting is not available here" in out, out[-3000:]
    assert "--slurm-status-command squeue" in out and "has been submitted with SLURM jobid" not in out


def _sacct(job_ids: list[str]) -> dict[str, dict]:
    out = subprocess.run(["sacct", "-n", "-P", "-X", "-j", ",".join(job_ids), "-o", "JobID,State,NNodes,ElapsedRaw,Timelimit"],
                         capture_output=True, text=True, check=True).stdout
    rows = [line.split("|") for line in out.splitlines() if line]
    return {r[0]: {"state": r[1], "nodes": int(r[2]), "elapsed": int(r[3]), "limit": r[4]} for r in rows}


def _job_ids(out: str, rule: str) -> list[str]:
    import re

    return re.findall(rf"Job \d+ has been submitted with SLURM jobid (\d+) \(log: [^)]*rule_{rule}/", out)


def test_a_two_node_sft_runs_through_slurm_launched_unwrapped(cluster, tmp_path):
    """A model trained on 2 "GPUs" of nodes with one each: the executor launches the job as its MPI
    jobs (the command in the batch step, not inside a one-task step), the rule's own srun starts one
    launcher per node, the two ranks rendezvous on the first node's address and train one ZeRO-3 model
    (gloo on CPU). No step waits: the job finishes well within a bound. The GPU partition's MaxTime
    (60 min, read from sinfo) caps the job's 240-min request: it is planned as 4 submissions of 60 min.
    Job states come from squeue here (the other status path)."""
    pytest.importorskip("deepspeed")
    wd = copy_workflow(tmp_path)
    cfg = yaml.safe_load((wd / "config/config.yaml").read_text())
    cfg["models"] = {"tiny-r1": {"build": "tiny", "enhance": {"gpus": 2}}}
    cfg["tiny_model"]["settings"]["epochs"] = 2
    cfg["benchmarks"] = {k: v for k, v in cfg["benchmarks"].items() if k in ("chisafety_refusal", "arithmetic")}
    cfg["enhance"]["sources"].pop("synthesized")
    cfg["enhance"]["mixture"]["size"] = 32
    cfg["enhance"]["sft"].update(epochs=1, batch_size=4, save_steps=0, logging_steps=1)
    cfg.pop("synthesis")
    cfg["cluster"] = {"gpus_per_node": 1, "partition": "cpu", "gpu_partition": "gpu", "cpus_per_gpu": 1,
                      "rdzv_port": 29611}
    (wd / "config/config.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True))
    cmd = [sys.executable, "-m", "snakemake", "--profile", "slurm", "--slurm-no-account",
           "--slurm-status-command", "squeue", "--slurm-init-seconds-before-status-checks", "1",
           "--seconds-between-status-checks", "2", "--slurm-keep-successful-logs", "results/models/safe/tiny-r1"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    t0 = time.time()
    p = subprocess.run(cmd, cwd=wd, capture_output=True, text=True, timeout=1200, env=env)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-6000:]
    assert "rule train_sft: jobs over their partition's MaxTime run in up to 4 submissions" in out
    (job,) = _job_ids(out, "train_sft")
    acct = _sacct([job])[job]
    assert acct["state"] == "COMPLETED" and acct["nodes"] == 2 and acct["limit"] == "01:00:00", acct
    assert acct["elapsed"] < 600 and time.time() - t0 < 1200  # bounded: no step waited for CPUs held by another
    log = (wd / "logs/train_sft/tiny-r1.log").read_text()
    assert "srun --nodes=2 --ntasks=2 --ntasks-per-node=1 --kill-on-bad-exit=1 --cpus-per-task=1" in log
    assert "node 0: " in log and "node 1: " in log and "--rdzv_endpoint 127.0.0.11:29611" in log
    summary = json.loads((wd / "results/models/safe/tiny-r1/training_summary.json").read_text())
    assert summary["deepspeed"].endswith("zero3.json") and summary["world_size"] == 2, summary


def test_a_two_node_ray_cluster_starts_through_the_executor_and_stops(cluster, tmp_path):
    """The Ray cluster of a multi-node vLLM job, as r1safe starts it inside its allocation (head in the
    batch step on the first node, one worker per other node through srun, each at its NodeAddr),
    through `snakemake --profile slurm` with the resources the planner gives a 2-node job: both nodes
    join within a bound, the job finishes and nothing of Ray is left behind. (vLLM itself needs GPUs:
    it is not run here.)"""
    pytest.importorskip("ray")
    (tmp_path / "Snakefile").write_text(f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from r1safe.cluster import ClusterShape, RayCluster, slurm_resources

rule ray:
    output: "ray.json"
    resources: runtime=10, mem_mb=2000, **slurm_resources(2, ClusterShape(gpus_per_node=1, gpu_partition="gpu", cpus_per_gpu=1))
    run:
        with RayCluster(2, 1, port=6411, cpus=1, timeout_s=180) as ray:
            alive = ray.alive()
        json.dump({{"alive": alive, "head": ray.host}}, open(output[0], "w"))
""")
    cmd = [sys.executable, "-m", "snakemake", "--profile", str(ROOT / "profiles/slurm"), "--slurm-no-account",
           "--slurm-init-seconds-before-status-checks", "1", "--seconds-between-status-checks", "2",
           "--slurm-keep-successful-logs", "--retries", "0"]
    p = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-6000:]
    got = json.loads((tmp_path / "ray.json").read_text())
    assert got == {"alive": 2, "head": "127.0.0.11"}, got  # both nodes, the head at n1's NodeAddr
    (job,) = _job_ids(out, "ray")
    acct = _sacct([job])[job]
    assert acct["state"] == "COMPLETED" and acct["nodes"] == 2 and acct["elapsed"] < 300, acct
    assert subprocess.run(["pgrep", "-f", "raylet"], capture_output=True).returncode == 1  # stopped


def test_a_step_nested_in_a_one_task_step_waits_forever(cluster):
    """Why multi-node jobs are launched unwrapped: the executor's usual wrapper is `srun -n1` holding
    the job's CPUs on the first node; a rule's own `srun --nodes=2` inside it then waits for CPUs that
    step holds, until the job's time runs out. Reproduced on this cluster: the inner step never starts."""
    script = "srun -n1 --cpus-per-task=2 srun --nodes=2 --ntasks=2 --cpus-per-task=1 echo started"
    jid = subprocess.run(["sbatch", "--parsable", "-p", "cpu", "--nodes=2", "--ntasks=2", "--cpus-per-task=2",
                          "-t", "2", "-o", "/dev/null", "--wrap", script], capture_output=True, text=True,
                         check=True).stdout.strip().split(";")[0]
    try:
        time.sleep(30)
        state = subprocess.run(["squeue", "-h", "-j", jid, "-o", "%T"], capture_output=True, text=True).stdout.strip()
        steps = subprocess.run(["squeue", "-h", "-s", "-j", jid, "-o", "%i %T"], capture_output=True, text=True).stdout
        assert state == "RUNNING", state  # still running after 30 s: the inner step is stuck
        assert f"{jid}.1" not in steps or "PENDING" in steps, steps
    finally:
        subprocess.run(["scancel", jid], check=False)
