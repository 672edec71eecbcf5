"""The train_sft job: the ``python -m r1safe.train`` command, built when the job runs.

The rule's params hold only what the trained weights depend on (the starting model's spec, the
result-defining hyperparameters, the number of GPUs, the stage version). How the training is
launched and how often it saves and logs (the interpreter's path, the torchrun/srun prefix or a
configured launcher, ``save_steps``, ``logging_steps``) are read here from the config at run time, so
changing them, or starting Snakemake through another interpreter, retrains nothing.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Mapping

from r1safe.cluster import ClusterShape, train_prefix
from r1safe.errors import typed_settings
from r1safe.train.sft import CADENCE_KEYS


@dataclass(frozen=True)
class EnhanceSettings:
    """``enhance:``: the SFT sources, the mixture and the SFT defaults of every enhanced model."""

    sources: Mapping = field(default_factory=dict)
    mixture: Mapping = field(default_factory=dict)  # r1safe.mixture.build.MixtureConfig's keys
    sft: Mapping = field(default_factory=dict)  # r1safe.train.sft.SFTConfig's keys
    deepspeed: str | None = None  # the DeepSpeed JSON of training jobs with GPUs
    launcher: str | None = None  # replaces the torchrun/srun prefix

    @classmethod
    def from_config(cls, cfg: Mapping) -> "EnhanceSettings":
        return typed_settings(cls, cfg.get("enhance"), "enhance settings")


@dataclass(frozen=True)
class EnhanceOverrides:
    """A model's own ``enhance: {...}``: its SFT and mixture settings over ``enhance:``'s, and its
    training job's resources."""

    sft: Mapping = field(default_factory=dict)
    mixture: Mapping = field(default_factory=dict)
    gpus: int | None = None  # else the model's gpus
    mem_mb: int | None = None
    runtime: int | None = None
    launcher: str | None = None
    eval_gpus: int | None = None  # the -safe sibling's generation GPUs, else the model's

    @classmethod
    def of(cls, cfg: Mapping, model: str) -> "EnhanceOverrides":
        own = (cfg.get("models") or {}).get(model, {}).get("enhance")
        return typed_settings(cls, own if isinstance(own, Mapping) else {}, f"models.{model}.enhance settings")


def own_enhance(cfg: dict, model: str) -> dict:
    """The model's own enhance settings (``enhance: true`` or an object of overrides)."""
    own = (cfg.get("models") or {}).get(model, {}).get("enhance")
    return own if isinstance(own, dict) else {}


def layered_sft(cfg: dict, model: str) -> dict:
    """``enhance.sft``, then the model's own ``enhance.sft`` over it."""
    return {**EnhanceSettings.from_config(cfg).sft, **EnhanceOverrides.of(cfg, model).sft}


def result_hparams(cfg: dict, model: str) -> dict:
    """The hyperparameters the weights depend on: the job's params."""
    return {k: v for k, v in sorted(layered_sft(cfg, model).items()) if k not in CADENCE_KEYS}


def launcher(cfg: dict, model: str) -> str | None:
    own = EnhanceOverrides.of(cfg, model).launcher
    return own if own is not None else EnhanceSettings.from_config(cfg).launcher


def command(cfg: dict, model: str, spec: dict, hparams: dict, gpus: int, deepspeed: str | None, data: str,
            output: str, python: str | None = None) -> str:
    """The shell command of one training: the prefix (plain, torchrun on one node, srun + one launcher
    per node; or the configured ``launcher``), then ``-m r1safe.train`` with the params' settings and
    the cadence read from the config now."""
    python = python or sys.executable
    cadence = {k: v for k, v in layered_sft(cfg, model).items() if k in CADENCE_KEYS}
    prefix = launcher(cfg, model) or shlex.join(train_prefix(gpus, ClusterShape.from_config(cfg), python))
    args = ["-m", "r1safe.train", "--model", spec["path"], "--name", model,
            "--hparams", json.dumps({**hparams, **cadence}, sort_keys=True), "--data", data, "--output", output]
    if deepspeed:
        args += ["--deepspeed", deepspeed]
    if spec.get("revision"):
        args += ["--revision", spec["revision"]]
    if spec.get("trust_remote_code"):
        args.append("--trust-remote-code")
    if spec.get("allow_pickle"):
        args.append("--allow-pickle")
    return " ".join([prefix, *(shlex.quote(str(a)) for a in args)])


def deadline(runtime_min: float, margin_min: float, now: float, in_slurm: bool) -> float | None:
    """When a training inside a SLURM job saves a checkpoint and stops (epoch seconds): the job's time
    less ``margin_min`` (at most a quarter of it); None outside SLURM, where no limit stops it."""
    if not in_slurm or not runtime_min:
        return None
    return now + 60 * (runtime_min - min(margin_min, runtime_min / 4))


def run(cmd: str) -> int:
    """Run the training command, its output into this process's (the log's) stdout and stderr."""
    print(f"$ {cmd}", flush=True)
    sys.stdout.flush()
    sys.stderr.flush()
    return subprocess.run(cmd, shell=True, check=False).returncode
