"""Full-parameter supervised fine-tuning through the HF Trainer.

One code path: on CPU (tiny models, gloo) and on GPUs under DeepSpeed ZeRO-3 (the Trainer takes
the DeepSpeed JSON the project ships; launch with ``accelerate launch`` or ``deepspeed``).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from r1safe.errors import InputError, checked_settings
from r1safe.models import ModelSpec, load_model, load_tokenizer
from r1safe.provenance import model_fingerprint
from r1safe.train.encode import Collator, encode_chat

VERSION = "sft-2"  # sft-2: epoch order from (seed, epoch), so a resumed run equals the uninterrupted one

# Settings that change how often a run writes checkpoints and logs, never its weights: not part of the
# run's fingerprint or of the job's params (changing them retrains nothing).
CADENCE_KEYS = ("save_steps", "logging_steps")


@dataclass
class SFTConfig:
    learning_rate: float = 1e-5
    epochs: float = 3.0
    batch_size: int = 8  # per device
    gradient_accumulation_steps: int = 1
    max_length: int = 4096
    warmup_steps: int = 0
    weight_decay: float = 0.0
    lr_scheduler: str = "cosine"
    seed: int = 42
    gradient_checkpointing: bool = False
    bf16: str = "auto"  # auto | true | false
    group_by_length: bool = True
    save_steps: int = 0  # checkpoint interval in optimizer steps; 0 = only the final model
    logging_steps: int = 5

    @classmethod
    def from_dict(cls, d: dict | None) -> "SFTConfig":
        return cls(**checked_settings(cls, d, "SFT hyperparameters"))

    def result_dict(self) -> dict:
        """The settings the trained weights depend on (everything but the cadence keys)."""
        return {k: v for k, v in asdict(self).items() if k not in CADENCE_KEYS}


def _use_bf16(flag) -> bool:
    import torch

    if str(flag).lower() == "auto":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    return str(flag).lower() in ("true", "1", "yes")


def encode_records(tokenizer, records: list[dict], max_length: int, source: str):
    """Encode chat records; records longer than max_length are dropped and counted."""
    rows, dropped = [], 0
    for i, rec in enumerate(records):
        enc = encode_chat(tokenizer, rec["messages"], source=source, record=rec.get("id", i))
        if len(enc) > max_length:
            dropped += 1
            continue
        rows.append({"input_ids": enc.input_ids, "labels": enc.labels})
    if not rows:
        raise InputError(source, f"no training example fits max_length={max_length} ({dropped} dropped)")
    return rows, dropped


def _version_args(training_args_cls, cfg: SFTConfig) -> dict:
    """Arguments whose names changed across transformers 5.x releases (checkpointing, sampling)."""
    names = {f.name for f in fields(training_args_cls)}
    out = {}
    if "activation_checkpointing" in names:
        out["activation_checkpointing"] = cfg.gradient_checkpointing
    else:
        out["gradient_checkpointing"] = cfg.gradient_checkpointing
    if "train_sampling_strategy" in names:
        out["train_sampling_strategy"] = "group_by_length" if cfg.group_by_length else "random"
    else:
        out["group_by_length"] = cfg.group_by_length
    return out


def _single_process_env() -> None:
    """A plain ``python -m r1safe.train --deepspeed ...`` (no launcher) is a world of one; say so,
    or DeepSpeed goes looking for MPI."""
    import os
    import socket

    if "RANK" in os.environ or "OMPI_COMM_WORLD_RANK" in os.environ:
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ.update(RANK="0", LOCAL_RANK="0", WORLD_SIZE="1", LOCAL_WORLD_SIZE="1",
                      MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))


def last_checkpoint(output_dir: Path) -> str | None:
    """The newest complete checkpoint (the Trainer writes trainer_state.json last)."""
    ckpts = sorted((p for p in output_dir.glob("checkpoint-*") if (p / "trainer_state.json").is_file()),
                   key=lambda p: int(p.name.split("-")[-1]))
    return str(ckpts[-1]) if ckpts else None


def run_fingerprint(spec: ModelSpec | None, cfg: SFTConfig, rows: list[dict], deepspeed: str | None,
                    world_size: int, model=None) -> str:
    """What a training's weights depend on: the starting model's content, the encoded examples (data,
    tokenizer and max_length together), the settings that change the result, the DeepSpeed config's
    content, the number of ranks and this stage's version. Checkpoints carry it; a run resumes only
    from checkpoints with its own."""
    import hashlib


    h = hashlib.sha256()
    if model is not None and spec is None:  # an in-memory model (tests): its parameters
        for name, t in sorted(model.state_dict().items()):
            h.update(name.encode())
            h.update(t.detach().cpu().contiguous().view(-1).numpy().tobytes())
        start = h.hexdigest()
    else:
        fp = model_fingerprint(spec.path, spec.revision)
        start = {k: fp.get(k) for k in ("source", "id", "revision", "commit", "sha256")}
    data = hashlib.sha256()
    for r in rows:
        data.update(json.dumps([r["input_ids"], r["labels"]]).encode())
        data.update(b"\n")
    ds = json.loads(Path(deepspeed).read_text()) if deepspeed else None
    blob = {"model": start, "data": data.hexdigest(), "settings": cfg.result_dict(), "deepspeed": ds,
            "world_size": world_size, "version": VERSION}
    return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()


def vet_checkpoints(work_dir: Path, fingerprint: str, main: bool) -> None:
    """Keep ``work_dir``'s checkpoints only if this very training wrote them: checkpoints of another
    run (other settings, data, starting weights; or none recorded) and incomplete ones are removed,
    saying so. Then the directory carries this run's fingerprint. Every rank waits for the main one."""
    import shutil

    marker = work_dir / "fingerprint"
    if main:
        if work_dir.exists():
            old = marker.read_text().strip() if marker.is_file() else ""
            if old != fingerprint:
                print(f"{work_dir}: checkpoints written by another training (fingerprint {old[:12] or 'none'}; "
                      f"this run {fingerprint[:12]}): removed, training from the first step", flush=True)
                shutil.rmtree(work_dir)
            else:
                for p in work_dir.glob("checkpoint-*"):
                    if not (p / "trainer_state.json").is_file():
                        print(f"{p}: an incomplete checkpoint (the run was stopped while writing it): removed",
                              flush=True)
                        shutil.rmtree(p)
        work_dir.mkdir(parents=True, exist_ok=True)
        marker.write_text(fingerprint + "\n")
    _barrier()


def _barrier() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()


def training_arguments(cfg: SFTConfig, work_dir: Path, deepspeed: str | None, bf16: bool):
    """The HF TrainingArguments of a run. They come before the model: with a ZeRO-3 config they make
    from_pretrained partition the weights across ranks as they load instead of materializing them on
    each."""
    import torch
    from transformers import TrainingArguments

    return TrainingArguments(
        output_dir=str(work_dir),
        per_device_train_batch_size=cfg.batch_size,
        gradient_accumulation_steps=cfg.gradient_accumulation_steps,
        learning_rate=cfg.learning_rate,
        num_train_epochs=cfg.epochs,
        warmup_steps=cfg.warmup_steps,
        weight_decay=cfg.weight_decay,
        lr_scheduler_type=cfg.lr_scheduler,
        seed=cfg.seed,
        data_seed=cfg.seed,
        bf16=bf16,
        **_version_args(TrainingArguments, cfg),
        logging_steps=cfg.logging_steps,
        logging_first_step=True,
        save_strategy="steps" if cfg.save_steps else "no",
        save_steps=cfg.save_steps or 500,
        save_total_limit=2,
        report_to="none",
        disable_tqdm=True,
        remove_unused_columns=False,
        use_cpu=not torch.cuda.is_available(),
        deepspeed=deepspeed,
        dataloader_num_workers=0,
    )


def init_distributed(deepspeed: str | None) -> None:
    """Join DeepSpeed's communicator to the process group before ZeRO-3 partitions the weights at load
    time (the Trainer would only do it later, in train())."""
    if deepspeed:
        import deepspeed as ds

        _single_process_env()
        ds.init_distributed()


def load_for_training(spec: ModelSpec, cfg: SFTConfig, bf16: bool, model=None):
    if model is None:
        if bf16 and spec.dtype == "auto":
            spec = replace(spec, dtype="bfloat16")
        model = load_model(spec)
    if cfg.gradient_checkpointing:
        model.config.use_cache = False
    return model


def save_trained(trainer, tokenizer, output_dir: Path, work_dir: Path) -> bool:
    """Save the model (collective under ZeRO-3: every rank takes part) and, on the main process, the
    tokenizer; returns whether this is the main process."""
    trainer.save_model(str(output_dir))
    main = trainer.is_world_process_zero()
    if main:
        (output_dir / "training_args.bin").unlink(missing_ok=True)  # a pickle; the summary keeps the config
        tokenizer.padding_side = "left"
        tokenizer.save_pretrained(str(output_dir))
    return main


def summarize(spec: ModelSpec | None, cfg: SFTConfig, rows: list[dict], dropped: int, trainer, result, wall: float,
              resume, bf16: bool, deepspeed: str | None) -> dict:
    n_tokens = sum(len(r["input_ids"]) for r in rows)
    n_target = sum(sum(1 for t in r["labels"] if t != -100) for r in rows)
    curve = [{"step": h["step"], "loss": h["loss"], "lr": h.get("learning_rate")}
             for h in trainer.state.log_history if "loss" in h]
    return {
        "base_model": spec.path if spec else None,
        "examples": len(rows),
        "dropped_too_long": dropped,
        "epochs": cfg.epochs,
        "optimizer_steps": trainer.state.global_step,
        "world_size": trainer.args.world_size,
        "tokens_per_epoch": n_tokens,
        "target_tokens_per_epoch": n_target,
        "tokens_seen": int(n_tokens * cfg.epochs),
        "wall_time_s": round(wall, 3),
        "tokens_per_s": round(n_tokens * cfg.epochs / wall, 1) if wall > 0 else None,
        "train_loss": result.training_loss if not math.isnan(result.training_loss) else None,
        "loss_curve": curve,
        "resumed_from": resume,
        "bf16": bf16,
        "deepspeed": deepspeed,
        "peak_gpu_mib": _peak_gpu_mib(),
        "config": asdict(cfg),
    }


def _peak_gpu_mib() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**20, 1) if torch.cuda.is_available() else None


def train(spec: ModelSpec, records: list[dict], output_dir: str | Path, cfg: SFTConfig, *,
          deepspeed: str | None = None, work_dir: str | Path | None = None, model=None, tokenizer=None,
          source: str = "sft", stop_at: float | None = None) -> dict:
    """Fine-tune ``spec`` (or the given model/tokenizer) on chat ``records``; save an HF model
    directory with ``training_summary.json`` to ``output_dir``. Returns the summary.

    ``stop_at`` (epoch seconds; ``R1SAFE_STOP_AT`` for ``python -m r1safe.train``): a job's time limit
    less a margin. Past it, after the current step, every rank saves a checkpoint and stops; nothing is
    saved to ``output_dir`` and the summary says ``stopped`` -- the next submission resumes from that
    checkpoint and ends where an uninterrupted run ends (the epoch order is drawn from the seed)."""
    from datasets import Dataset
    from transformers import Trainer, set_seed

    set_seed(cfg.seed)
    output_dir = Path(output_dir)
    work_dir = Path(work_dir) if work_dir else output_dir.with_name(output_dir.name + ".checkpoints")
    tokenizer = tokenizer or load_tokenizer(spec, padding_side="right")
    rows, dropped = encode_records(tokenizer, records, cfg.max_length, source)
    bf16 = _use_bf16(cfg.bf16)
    args = training_arguments(cfg, work_dir, deepspeed, bf16)
    init_distributed(deepspeed)
    fp = run_fingerprint(spec if model is None else None, cfg, rows, deepspeed, args.world_size, model)
    vet_checkpoints(work_dir, fp, args.process_index == 0)
    model = load_for_training(spec, cfg, bf16, model)
    trainer = ordered_trainer(Trainer, cfg, rows)(
        model=model, args=args, train_dataset=Dataset.from_list(rows), data_collator=Collator(tokenizer.pad_token_id))
    if stop_at is not None:
        trainer.add_callback(Deadline(stop_at))
    resume = last_checkpoint(work_dir)  # vetted above: this very training's (saved by save_steps or a deadline)
    if resume:
        print(f"resuming from {resume} (fingerprint {fp[:12]})", flush=True)
    t0 = time.time()
    result = trainer.train(resume_from_checkpoint=resume)
    wall = time.time() - t0
    if trainer.state.global_step < trainer.state.max_steps:  # stopped at the deadline: a checkpoint, no model
        print(f"stopped before the job's time limit at step {trainer.state.global_step} of "
              f"{trainer.state.max_steps}: checkpoint in {work_dir}; the next submission resumes from it", flush=True)
        _barrier()
        return {"stopped": True, "step": trainer.state.global_step, "max_steps": trainer.state.max_steps,
                "fingerprint": fp}
    main = save_trained(trainer, tokenizer, output_dir, work_dir)
    summary = summarize(spec, cfg, rows, dropped, trainer, result, wall, resume, bf16, deepspeed)
    summary["fingerprint"] = fp
    if main:
        (output_dir / "training_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    _barrier()
    if main:  # the model is saved: its checkpoints must never seed another training
        import shutil

        shutil.rmtree(work_dir, ignore_errors=True)
        print(f"training finished: checkpoints in {work_dir} removed", flush=True)
    return summary


def Deadline(stop_at: float):  # noqa: N802 - a TrainerCallback class, built where transformers is imported
    """After each step: past ``stop_at`` on any rank, every rank saves a checkpoint and stops (the
    ranks agree through an all-reduce, so no rank waits in a collective the others left)."""
    from transformers import TrainerCallback

    class _Deadline(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):  # noqa: ARG002
            if _any_rank(time.time() >= stop_at):
                control.should_save = True
                control.should_training_stop = True
            return control

    return _Deadline()


def _any_rank(flag: bool) -> bool:
    import torch
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized()):
        return flag
    t = torch.tensor([1 if flag else 0], dtype=torch.int32,
                     device="cuda" if torch.cuda.is_available() and dist.get_backend() == "nccl" else "cpu")
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return bool(t.item())


def ordered_trainer(trainer_cls, cfg: SFTConfig, rows: list[dict]):
    """The Trainer with each epoch's order drawn from (seed, epoch) (r1safe.train.order), so a resumed
    run sees the batches the uninterrupted run saw."""
    from r1safe.train.order import EpochCallback, EpochSampler  # heavy: imports torch

    lengths = [len(r["input_ids"]) for r in rows] if cfg.group_by_length else None

    class OrderedTrainer(trainer_cls):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.add_callback(EpochCallback(self._epoch_sampler))

        @property
        def _epoch_sampler(self):
            if not hasattr(self, "_r1safe_sampler"):
                group = self.args.train_batch_size * self.args.gradient_accumulation_steps
                self._r1safe_sampler = EpochSampler(len(rows), cfg.seed, group, lengths)
            return self._r1safe_sampler

        def _get_train_sampler(self, train_dataset=None):  # noqa: ARG002 - the one training set
            return self._epoch_sampler

    return OrderedTrainer
