"""The cluster's shape and the jobs that span nodes, for real where this machine allows: two training
launchers rendezvousing over loopback (gloo) through the command the rule generates, and a one-node
Ray cluster started and stopped on loopback."""

import json
import os
import socket
import subprocess
import sys

import pytest

from r1safe.cluster import ClusterShape, RayCluster, layout, slurm_resources, train_prefix, vllm_options
from r1safe.config import check
from r1safe.errors import ConfigError
from tests.conftest import ROOT

EIGHT = ClusterShape(gpus_per_node=8, max_nodes=4)


def test_a_jobs_gpus_become_whole_nodes():
    assert layout(0, EIGHT) == (1, 0) and layout(4, EIGHT) == (1, 4) and layout(8, EIGHT) == (1, 8)
    assert layout(16, EIGHT) == (2, 8) and layout(32, EIGHT) == (4, 8)
    assert layout(64, ClusterShape()) == (1, 64)  # no shape given: one node holds anything
    with pytest.raises(ConfigError, match="12 GPUs is no whole number of nodes of 8"):
        layout(12, EIGHT, "models.m.gpus")
    with pytest.raises(ConfigError, match="needs 8 nodes of 8, more than cluster.max_nodes \\(4\\)"):
        layout(64, EIGHT)
    # across nodes: launched as the executor launches MPI jobs (one task per node, the command unwrapped)
    assert slurm_resources(16, EIGHT) == {"slurm_partition": "", "nodes": 2, "gpu": 0, "gres": "gpu:8",
                                          "mpi": "srun", "tasks": 2, "tasks_per_gpu": 0}
    assert slurm_resources(16, ClusterShape(gpus_per_node=8, cpus_per_gpu=6))["cpus_per_task"] == 48  # per node
    assert slurm_resources(4, ClusterShape(gpus_per_node=8, cpus_per_gpu=6))["cpus_per_task"] == 24
    assert "cpus_per_task" not in slurm_resources(0, ClusterShape(gpus_per_node=8, cpus_per_gpu=6))
    assert slurm_resources(2, ClusterShape(partition="cpu", gpu_partition="gpu"))["slurm_partition"] == "gpu"
    assert slurm_resources(0, ClusterShape(partition="cpu", gpu_partition="gpu"))["slurm_partition"] == "cpu"


def test_a_request_no_node_shape_holds_is_refused_before_any_job():
    cfg = {"models": {"big": {"path": "org/big", "gpus": 8, "enhance": {"gpus": 12}}},
           "benchmarks": {"b": {"format": "numeric_qa", "path": "b.jsonl"}},
           "enhance": {"sources": {"s": {"path": "s.jsonl", "kind": "safety"}}},
           "cluster": {"gpus_per_node": 8}}
    with pytest.raises(ConfigError, match="models.big.enhance.gpus \\(SFT\\): 12 GPUs is no whole number of nodes"):
        check(cfg, files=False)
    cfg["models"]["big"]["enhance"]["gpus"] = 16
    check(cfg, files=False)
    cfg["cluster"]["gpus_per_nodes"] = 8  # a typo is named, not ignored
    with pytest.raises(ConfigError, match="gpus_per_nodes"):
        check(cfg, files=False)


def test_vllm_layout_and_launch_commands():
    assert vllm_options(8, EIGHT) == {"tensor_parallel_size": 8}  # one node: no Ray
    assert vllm_options(16, EIGHT, {"max_model_len": 32768}) == {
        "tensor_parallel_size": 8, "pipeline_parallel_size": 2, "distributed_executor_backend": "ray",
        "max_model_len": 32768}
    assert train_prefix(0, EIGHT, "py") == ["py"]
    assert train_prefix(8, EIGHT, "py") == ["py", "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "8"]
    assert train_prefix(16, EIGHT, "py") == [
        "srun", "--nodes=2", "--ntasks=2", "--ntasks-per-node=1", "--kill-on-bad-exit=1",
        "py", "-m", "r1safe.launch", "--nnodes", "2", "--nproc-per-node", "8", "--rdzv-port", "29500", "--"]
    assert "--cpus-per-task=16" in train_prefix(16, ClusterShape(gpus_per_node=8, cpus_per_gpu=2), "py")
    ray = RayCluster(2, 8, port=6390, host="node1")
    cmd = ray.commands()
    assert cmd["head"][1:5] == ["start", "--head", "--node-ip-address=node1", "--port=6390"]
    assert cmd["workers"][:5] == ["srun", "--nodes=1", "--ntasks=1", "--ntasks-per-node=1", "--exclude=node1"]
    assert cmd["workers"][-4:] == ["start", "--address=node1:6390", "--num-gpus=8", "--block"]
    assert cmd["workers"][5:8] == [sys.executable, "-m", "r1safe.raynode"]  # joins with its node's NodeAddr
    assert cmd["stop"][1:] == ["stop", "--force"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_two_launchers_rendezvous_into_one_zero3_training(tiny_model_dir, tmp_path):
    """What srun starts on each of two nodes, started twice here: one process group of two ranks over
    loopback (gloo), ZeRO-3 with the shipped config across the "nodes", one trained model."""
    pytest.importorskip("deepspeed")
    from r1safe.cluster import launcher
    from r1safe.data.sources import read_source
    from r1safe.io import write_jsonl

    data = tmp_path / "train.jsonl"
    write_jsonl(data, read_source("s", {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"})[:16])
    out = tmp_path / "safe"
    prefix = train_prefix(2, ClusterShape(gpus_per_node=1, rdzv_port=_free_port()), sys.executable)
    srun_end = prefix.index(sys.executable)
    assert prefix[:srun_end][:2] == ["srun", "--nodes=2"]  # what the rule runs: srun, then the launcher
    node_cmd = prefix[srun_end:]
    assert node_cmd == launcher(2, 1, int(node_cmd[node_cmd.index("--rdzv-port") + 1]))
    cmd = node_cmd + ["-m", "r1safe.train", "--model", str(tiny_model_dir), "--data", str(data), "--output", str(out),
                      "--hparams", json.dumps({"learning_rate": 3e-3, "epochs": 2, "batch_size": 4, "max_length": 256,
                                               "logging_steps": 1}),
                      "--deepspeed", str(ROOT / "config/deepspeed/zero3.json")]
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1", "R1SAFE_RDZV_HOST": "127.0.0.1",
           "SLURM_JOB_ID": "4242"}
    nodes = [subprocess.Popen(cmd, cwd=ROOT, env={**env, "SLURM_NODEID": str(i)}, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True) for i in range(2)]
    logs = [n.communicate(timeout=900)[0] for n in nodes]
    assert [n.returncode for n in nodes] == [0, 0], "\n".join(log[-3000:] for log in logs)
    assert all("--rdzv_backend c10d" in log and "--rdzv_id 4242" in log for log in logs)
    summary = json.loads((out / "training_summary.json").read_text())
    # 16 examples over 2 ranks (one per "node") x batch 4: 2 optimizer steps per epoch
    assert summary["examples"] == 16 and summary["optimizer_steps"] == 4
    assert summary["deepspeed"].endswith("zero3.json") and (out / "model.safetensors").exists()


def test_a_one_node_ray_cluster_starts_and_stops_on_loopback():
    pytest.importorskip("ray")
    port = _free_port()
    with RayCluster(1, 0, port=port, host="127.0.0.1", cpus=1, timeout_s=120) as ray:
        assert os.environ["RAY_ADDRESS"] == f"127.0.0.1:{port}" and ray.alive() == 1
    assert "RAY_ADDRESS" not in os.environ
    with socket.socket() as s, pytest.raises(ConnectionRefusedError):
        s.connect(("127.0.0.1", port))  # stopped: nothing listens at the head's port any more


def test_slurm_time_limits_are_read_as_sinfo_prints_them():
    from r1safe.cluster import slurm_minutes

    assert slurm_minutes("infinite") is None and slurm_minutes("UNLIMITED") is None
    assert slurm_minutes("60") == 60 and slurm_minutes("1:00:00") == 60 and slurm_minutes("30:00") == 30
    assert slurm_minutes("2-00:00:00") == 2880 and slurm_minutes("1-12") == 2160 and slurm_minutes("1-00:30") == 1470
    assert slurm_minutes("0:30:01") == 31  # a started minute counts


def _paper_like(**cluster):
    return {"models": {"big": {"path": "org/big", "gpus": 16, "runtime": 600, "enhance": {"gpus": 16, "runtime": 4320}},
                       "small": {"path": "org/small", "gpus": 1}},
            "benchmarks": {"b": {"format": "numeric_qa", "path": "b.jsonl"}},
            "enhance": {"sources": {"s": {"path": "s.jsonl", "kind": "safety"}}},
            "judge": {"refusal": "llm", "llm": {"path": "org/judge", "gpus": 1, "runtime": 300}},
            "cluster": {"gpus_per_node": 8, "gpu_partition": "gpu", "partition": "cpu", **cluster}}


def test_jobs_over_their_partitions_maxtime_are_split_when_they_resume_and_refused_otherwise():
    """SFT (checkpoints) and generation (shards) over the GPU partition's 48 h are split into
    submissions of 48 h, the extra ones planned as retries; a judge job over it cannot resume and is
    refused before any job, naming the limit. Limits come from the config or from sinfo."""
    from r1safe.workflow.plan import Plan

    cfg = _paper_like(max_time={"gpu": 2880, "cpu": 1440})
    cfg["judge"]["llm"]["runtime"] = 60
    plan = Plan(cfg)
    sft = plan.laid_out("train_sft", "big")
    assert sft["runtime"] == 2880 and sft["slurm_partition"] == "gpu"  # 4,320 min in two submissions of 48 h
    assert plan.time_split("train_sft", "big", 4320, "gpu") == (2880, 2)
    assert plan.extra_submissions() == {"train_sft": 1}
    assert plan.laid_out("generate_responses", "big")["runtime"] == 600  # within the limit: unchanged
    # the same limits read from SLURM (sinfo) where the config gives none
    from_sinfo = Plan(_paper_like(), limits={"gpu": 2880, "cpu": None, "": None})
    assert from_sinfo.laid_out("train_sft", "big")["runtime"] == 2880
    cfg["judge"]["llm"]["runtime"] = 3000
    with pytest.raises(ConfigError, match=r"rule judge_responses: runtime 3000 min is over gpu's MaxTime \(2880 min\)"):
        Plan(cfg).resources("judge_responses")


def test_gpu_jobs_ask_for_cpus_and_memory_per_gpu_and_multi_node_jobs_are_launched_unwrapped():
    from r1safe.workflow.plan import Plan

    plan = Plan(_paper_like(cpus_per_gpu=12, mem_mb_per_gpu=200_000))
    big, small = plan.laid_out("generate_responses", "big"), plan.laid_out("generate_responses", "small")
    assert (big["nodes"], big["gres"], big["cpus_per_task"], big["mem_mb"]) == (2, "gpu:8", 96, 1_600_000)
    assert (small["nodes"], small["gpu"], small["cpus_per_task"], small["mem_mb"]) == (1, 1, 12, 200_000)
    res = plan.resources("generate_responses")
    # the executor keys on the presence of "mpi": every job of a rule with a multi-node job has it
    assert callable(res["mpi"]) and callable(res["tasks"]) and res["tasks_per_gpu"] == 0
    one_node = Plan(_paper_like()).resources("judge_responses")
    assert "mpi" not in one_node and one_node["cpus_per_task"] == 0  # 0: the rule's threads, as before


def test_snakemake_starts_through_the_local_shims_on_a_machine_without_slurm():
    """`make demo` on a fresh machine: the SLURM executor plugin, loaded at every Snakemake start,
    raises when it sees `sinfo` but neither `sacct` nor `squeue`; the local shims must not make a
    machine without SLURM look like a SLURM host."""
    import shutil

    from tests.conftest import NO_SLURM_WAIT

    path = os.pathsep.join([str(NO_SLURM_WAIT), "/usr/bin", "/bin"])
    if any(shutil.which(t, path="/usr/bin:/bin") for t in ("sinfo", "sacct", "squeue")):
        pytest.skip("SLURM's commands are installed here")
    p = subprocess.run([sys.executable, "-c", "import snakemake.scheduling.job_scheduler"],
                       env={**os.environ, "PATH": path}, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-800:]
