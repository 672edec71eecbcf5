"""Preemption for real: generation and SFT processes are killed (SIGTERM as SLURM sends, and
SIGKILL) and resumed; the resumed output equals an uninterrupted run's."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from r1safe.io import read_jsonl
from tests.conftest import ROOT, SAMPLES

GEN = {"do_sample": True, "temperature": 1.0, "top_p": 0.95, "max_new_tokens": 40, "batch_size": 2, "seed": 7}


def _gen_cmd(model, bench, out):
    return [sys.executable, "-m", "r1safe.inference", "--benchmark", str(bench), "--output", str(out),
            "--model", str(model), "--generation", json.dumps(GEN), "--shard-size", "2", "--name", "tiny"]


def _wait_for(predicate, proc, timeout=240):
    t0 = time.time()
    while time.time() - t0 < timeout:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    from r1safe.benchmarks import run as prepare

    path = tmp_path_factory.mktemp("bench") / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 12}, path, "arith")
    return path


@pytest.fixture(scope="module")
def uninterrupted(tiny_model_dir, bench, tmp_path_factory):
    out = tmp_path_factory.mktemp("full") / "gen.jsonl"
    subprocess.run(_gen_cmd(tiny_model_dir, bench, out), cwd=ROOT, check=True, capture_output=True)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_generation_resumes_to_identical_output(tiny_model_dir, bench, uninterrupted, tmp_path, sig):
    out = tmp_path / "gen.jsonl"
    shards = tmp_path / "gen.jsonl.shards"
    proc = subprocess.Popen(_gen_cmd(tiny_model_dir, bench, out), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert _wait_for(lambda: len(list(shards.glob("shard-*.jsonl"))) >= 2, proc), proc.communicate()
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == (128 + sig if sig == signal.SIGTERM else -sig), err[-2000:]
    if sig == signal.SIGTERM:
        assert "finished shards are kept" in err
    kept = sorted(p.name for p in shards.glob("shard-*.jsonl"))
    assert 2 <= len(kept) < 6 and not out.exists()
    assert not list(shards.glob(".*.tmp"))  # no half-written shard left behind
    finished = {p.name: p.read_text() for p in shards.glob("shard-*.jsonl")}

    res = subprocess.run(_gen_cmd(tiny_model_dir, bench, out), cwd=ROOT, capture_output=True, text=True, check=True)
    stats = json.loads(res.stdout.strip().splitlines()[-1])
    assert stats["items_resumed"] == 2 * len(kept) and stats["items_generated"] == 12 - 2 * len(kept)
    assert out.read_text() == uninterrupted.read_text()  # sampled, seeded: identical to the uninterrupted run
    rows = read_jsonl(out)
    for name, text in finished.items():  # the kept shards were used as they were, not regenerated
        i = int(name[6:11])
        assert [json.dumps(r, ensure_ascii=False) for r in rows[2 * i: 2 * i + 2]] == text.splitlines()


def _sft_data(tmp_path, n=32):
    from r1safe.data.sources import read_source
    from r1safe.io import write_jsonl

    data = tmp_path / "train.jsonl"
    write_jsonl(data, read_source("s", {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"})[:n])
    return data


def _sft_cmd(model, data, out, hp, ranks=1):
    if ranks == 1:
        return [sys.executable, "-m", "r1safe.train", "--model", str(model), "--data", str(data),
                "--output", str(out), "--hparams", json.dumps(hp)]
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(ranks),
            "-m", "r1safe.train", "--model", str(model), "--data", str(data), "--output", str(out),
            "--hparams", json.dumps(hp), "--deepspeed", str(ROOT / "config/deepspeed/zero3.json")]


SFT_ENV = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"}


def _kill_at_checkpoint(cmd, work, step):
    """Start a training, SIGKILL it (every process of it) once checkpoint ``step`` is complete. Its
    output goes to a file: a pipe nobody reads would stall a chatty multi-rank run."""
    log = work.with_name(work.name + ".killed.log")
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=SFT_ENV, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
        ok = _wait_for(lambda: (work / f"checkpoint-{step}" / "trainer_state.json").exists(), proc, timeout=600)
        _kill_tree(proc.pid)
        proc.wait(timeout=60)
    assert ok, log.read_text()[-4000:]


def _kill_tree(pid):
    """SIGKILL a process and every descendant at once, as a preempted job's cgroup is killed
    (torchrun's workers run in sessions of their own: killing the launcher's group misses them)."""
    import psutil

    root = psutil.Process(pid)
    procs = [root, *root.children(recursive=True)]
    for p in procs:
        p.suspend()  # none of them reacts to another's death before all are gone
    for p in procs:
        p.kill()
    psutil.wait_procs(procs, timeout=30)


def _weights(path):
    return (path / "model.safetensors").read_bytes()


@pytest.mark.slow
def test_killed_sft_resumes_to_the_uninterrupted_weights(tiny_model_dir, tmp_path):
    """SIGKILL at a checkpoint mid-epoch, then the same command: the training resumes from the
    checkpoint, runs only the remaining steps, and writes weights byte-identical to an uninterrupted
    training (optimizer, scheduler, RNG and the epoch's order all restored)."""
    data = _sft_data(tmp_path)
    hp = {"learning_rate": 1e-3, "epochs": 3, "batch_size": 4, "max_length": 256, "save_steps": 4, "logging_steps": 1}
    full = tmp_path / "full"
    subprocess.run(_sft_cmd(tiny_model_dir, data, full, hp), cwd=ROOT, env=SFT_ENV, check=True, capture_output=True)
    assert not (tmp_path / "full.checkpoints").exists()  # a finished training leaves no checkpoint behind

    out, work = tmp_path / "safe", tmp_path / "safe.checkpoints"
    _kill_at_checkpoint(_sft_cmd(tiny_model_dir, data, out, hp), work, 12)  # 8 steps an epoch: mid-epoch 2
    assert not (out / "training_summary.json").exists()
    ckpts = sorted(int(p.name.split("-")[1]) for p in work.glob("checkpoint-*"))
    assert ckpts and 12 <= ckpts[-1] < 24

    res = subprocess.run(_sft_cmd(tiny_model_dir, data, out, hp), cwd=ROOT, env=SFT_ENV, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    summary = json.loads((out / "training_summary.json").read_text())
    assert summary["resumed_from"] == str(work / f"checkpoint-{ckpts[-1]}")
    assert summary["optimizer_steps"] == 24
    assert [c["step"] for c in summary["loss_curve"]] == list(range(1, 25))
    ran_again = [ln for ln in (res.stdout + res.stderr).splitlines() if "'loss'" in ln]
    assert len(ran_again) == 24 - ckpts[-1]  # only the steps after the checkpoint ran again
    assert _weights(out) == _weights(full)  # byte-identical to the uninterrupted training
    ref = json.loads((full / "training_summary.json").read_text())
    assert [c["loss"] for c in summary["loss_curve"]] == [c["loss"] for c in ref["loss_curve"]]
    assert summary["fingerprint"] == ref["fingerprint"] and not work.exists()


@pytest.mark.slow
@pytest.mark.parametrize("ranks", [1, 2])
def test_sft_stopped_before_its_time_limit_resumes_to_the_uninterrupted_weights(tiny_model_dir, tmp_path, ranks):
    """A training inside a SLURM job whose time is nearly up (R1SAFE_STOP_AT passed) saves a
    checkpoint after the current step and exits 75, with no model written, even without periodic
    checkpoints (save_steps 0); the next submission resumes from it and writes the weights an
    uninterrupted training writes. On two ZeRO-3 ranks the ranks agree on the step they stop at."""
    if ranks == 2:
        pytest.importorskip("deepspeed")
    data = _sft_data(tmp_path, 16)
    hp = {"learning_rate": 1e-3, "epochs": 2, "batch_size": 4, "max_length": 256, "logging_steps": 1}
    full = tmp_path / "full"
    subprocess.run(_sft_cmd(tiny_model_dir, data, full, hp, ranks), cwd=ROOT, env=SFT_ENV, check=True,
                   capture_output=True)
    out, work = tmp_path / "safe", tmp_path / "safe.checkpoints"
    first = subprocess.run(_sft_cmd(tiny_model_dir, data, out, hp, ranks), cwd=ROOT, capture_output=True, text=True,
                           env={**SFT_ENV, "R1SAFE_STOP_AT": str(time.time())})
    # 75 from the training itself; torchrun reports a worker's non-zero exit as its own 1
    assert first.returncode == (75 if ranks == 1 else 1), (first.stdout + first.stderr)[-3000:]
    assert "stopped before the job's time limit at step 1" in first.stdout + first.stderr
    assert not (out / "training_summary.json").exists() and (work / "checkpoint-1" / "trainer_state.json").is_file()
    second = subprocess.run(_sft_cmd(tiny_model_dir, data, out, hp, ranks), cwd=ROOT, env=SFT_ENV,
                            capture_output=True, text=True)
    assert second.returncode == 0, second.stderr[-3000:]
    summary = json.loads((out / "training_summary.json").read_text())
    assert summary["resumed_from"] == str(work / "checkpoint-1")
    assert _weights(out) == _weights(full)


@pytest.mark.slow
def test_a_retrain_never_resumes_another_trainings_checkpoints(tiny_model_dir, tmp_path):
    """Checkpoints left by a training (killed) under one learning rate; the job then runs with another:
    it removes them, says so, trains every step, and writes the weights a fresh training writes."""
    data = _sft_data(tmp_path, 16)
    hp = {"learning_rate": 3e-3, "epochs": 2, "batch_size": 4, "max_length": 256, "save_steps": 2, "logging_steps": 1}
    out, work = tmp_path / "safe", tmp_path / "safe.checkpoints"
    _kill_at_checkpoint(_sft_cmd(tiny_model_dir, data, out, hp), work, 6)
    old = {p.name for p in work.glob("checkpoint-*")}
    assert "checkpoint-6" in old

    hp2 = {**hp, "learning_rate": 2e-3}
    res = subprocess.run(_sft_cmd(tiny_model_dir, data, out, hp2), cwd=ROOT, env=SFT_ENV, capture_output=True,
                         text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    log = res.stdout + res.stderr
    assert "checkpoints written by another training" in log and "training from the first step" in log
    summary = json.loads((out / "training_summary.json").read_text())
    assert summary["resumed_from"] is None and summary["config"]["learning_rate"] == 2e-3
    assert len([ln for ln in log.splitlines() if "'loss'" in ln]) == 8  # every step trained

    fresh = tmp_path / "fresh"
    subprocess.run(_sft_cmd(tiny_model_dir, data, fresh, hp2), cwd=ROOT, env=SFT_ENV, check=True, capture_output=True)
    assert _weights(out) == _weights(fresh)
    # the cadence is not part of what a training is: the same run saving and logging at another rate
    cadence = tmp_path / "cadence"
    subprocess.run(_sft_cmd(tiny_model_dir, data, cadence, {**hp2, "save_steps": 3, "logging_steps": 2}), cwd=ROOT,
                   env=SFT_ENV, check=True, capture_output=True)
    assert _weights(cadence) == _weights(fresh)
    assert json.loads((cadence / "training_summary.json").read_text())["fingerprint"] == summary["fingerprint"]


@pytest.mark.slow
def test_killed_zero3_training_on_two_ranks_resumes_to_the_uninterrupted_weights(tiny_model_dir, tmp_path):
    """The GPU code path on CPU: torchrun, 2 ranks, the shipped ZeRO-3 config; killed (every rank) at a
    checkpoint and resumed: the gathered weights equal the uninterrupted training's, byte for byte."""
    pytest.importorskip("deepspeed")
    data = _sft_data(tmp_path, 16)
    hp = {"learning_rate": 3e-3, "epochs": 3, "batch_size": 2, "max_length": 256, "save_steps": 2, "logging_steps": 1}
    full = tmp_path / "full"
    p = subprocess.run(_sft_cmd(tiny_model_dir, data, full, hp, ranks=2), cwd=ROOT, env=SFT_ENV, capture_output=True,
                       text=True, timeout=900)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-4000:]
    out, work = tmp_path / "z3", tmp_path / "z3.checkpoints"
    _kill_at_checkpoint(_sft_cmd(tiny_model_dir, data, out, hp, ranks=2), work, 6)  # 4 steps an epoch
    p = subprocess.run(_sft_cmd(tiny_model_dir, data, out, hp, ranks=2), cwd=ROOT, env=SFT_ENV, capture_output=True,
                       text=True, timeout=900)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-4000:]
    summary = json.loads((out / "training_summary.json").read_text())
    assert summary["resumed_from"] and summary["optimizer_steps"] == 12
    assert _weights(out) == _weights(full)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_atomic_writes_honour_the_umask(tmp_path, umask, mode):

    from r1safe.io import write_jsonl

    old = os.umask(umask)
    try:
        write_jsonl(tmp_path / "out.jsonl", [{"a": 1}])
    finally:
        os.umask(old)
    assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == mode


def test_model_fingerprint_covers_what_defines_the_model_not_the_run(tmp_path):
    import shutil

    from r1safe.provenance import model_fingerprint

    a = tmp_path / "a"
    a.mkdir()
    (a / "config.json").write_text('{"hidden_size": 8}')
    (a / "tokenizer.json").write_text('{"model": {}}')
    (a / "model.safetensors").write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    (a / "training_summary.json").write_text('{"wall_time_s": 12.5}')
    b = tmp_path / "b"
    shutil.copytree(a, b)
    (b / "training_summary.json").write_text('{"wall_time_s": 13.9}')  # the same training, timed again
    assert model_fingerprint(str(a))["sha256"] == model_fingerprint(str(b))["sha256"]
    (b / "config.json").write_text('{"hidden_size": 16}')
    assert model_fingerprint(str(a))["sha256"] != model_fingerprint(str(b))["sha256"]


def test_a_killed_attempts_log_survives_the_rerun(tmp_path):
    """Snakemake deletes a job's log before running it again; the killed attempt's log stays under
    its attempt name, and a finished attempt leaves no extra file."""
    log = tmp_path / "gen.log"
    code = ("import os, signal, sys\nfrom r1safe.logutil import attempt_succeeded, redirect_to_log\n"
            "redirect_to_log(sys.argv[1], keep_attempts=True)\nprint('shard 3/4 generated', flush=True)\n"
            "if sys.argv[2] == 'kill':\n    os.kill(os.getpid(), signal.SIGKILL)\nattempt_succeeded()\n")
    killed = subprocess.run([sys.executable, "-c", code, str(log), "kill"], cwd=ROOT)
    assert killed.returncode == -signal.SIGKILL
    log.unlink()  # what Snakemake does before the rerun
    subprocess.run([sys.executable, "-c", code, str(log), "ok"], cwd=ROOT, check=True)
    attempts = list(tmp_path.glob("gen.log.attempt-*"))
    assert len(attempts) == 1 and "shard 3/4 generated" in attempts[0].read_text()
    assert "shard 3/4 generated" in log.read_text()
