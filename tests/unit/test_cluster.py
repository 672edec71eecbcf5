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
    assert slurm_resources(16, EIGHT) == {"slurm_partition": "", "nodes": 2, "gpu": 0, "gres": "gpu:8"}
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
    ray = RayCluster(2, 8, port=6390, host="node1")
    cmd = ray.commands()
    assert cmd["head"][1:5] == ["start", "--head", "--node-ip-address=node1", "--port=6390"]
    assert cmd["workers"][:5] == ["srun", "--nodes=1", "--ntasks=1", "--ntasks-per-node=1", "--exclude=node1"]
    assert cmd["workers"][-4:] == ["start", "--address=node1:6390", "--num-gpus=8", "--block"]
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
