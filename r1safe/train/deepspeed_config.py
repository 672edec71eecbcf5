"""Validate the DeepSpeed JSON the project ships before a GPU job is submitted.

Checks the structure the HF Trainer integration relies on (``"auto"`` or positive integers for the
batch fields, a ZeRO stage of 0-3, not both bf16 and fp16 forced on, ZeRO-3 saving 16-bit
weights so that ``save_model`` writes a loadable model) and, when deepspeed is installed, parses
the ``zero_optimization`` block with DeepSpeed's own config model, which rejects unknown keys.
"""

from __future__ import annotations

from pathlib import Path

from r1safe.errors import InputError
from r1safe.io import read_json

_BATCH_KEYS = ("train_batch_size", "train_micro_batch_size_per_gpu", "gradient_accumulation_steps")


def _enabled(block) -> object:
    return block.get("enabled", False) if isinstance(block, dict) else False


def validate(path: str | Path, *, expect_stage: int | None = None, with_deepspeed: bool = True) -> dict:
    """The config at ``path``, checked; ``with_deepspeed=False`` skips DeepSpeed's own parse (the
    workflow's config check: importing deepspeed imports torch)."""
    path = Path(path)
    cfg = read_json(path)
    if not isinstance(cfg, dict):
        raise InputError(path, "expected a JSON object")
    for key in _BATCH_KEYS:
        v = cfg.get(key, "auto")
        if not (v == "auto" or (isinstance(v, int) and not isinstance(v, bool) and v > 0)):
            raise InputError(path, f"must be 'auto' or a positive integer, got {v!r}", field=key)
    if _enabled(cfg.get("bf16")) is True and _enabled(cfg.get("fp16")) is True:
        raise InputError(path, "bf16 and fp16 cannot both be enabled", field="bf16")
    zero = cfg.get("zero_optimization", {})
    if not isinstance(zero, dict):
        raise InputError(path, "expected an object", field="zero_optimization")
    stage = zero.get("stage", 0)
    if stage not in (0, 1, 2, 3):
        raise InputError(path, f"ZeRO stage must be 0-3, got {stage!r}", field="zero_optimization.stage")
    if expect_stage is not None and stage != expect_stage:
        raise InputError(path, f"expected ZeRO stage {expect_stage}, got {stage}", field="zero_optimization.stage")
    if stage == 3 and not zero.get("stage3_gather_16bit_weights_on_model_save", False):
        raise InputError(path, "ZeRO-3 must gather 16-bit weights on save, or the saved model is "
                         "sharded and not loadable", field="zero_optimization.stage3_gather_16bit_weights_on_model_save")
    for dev_key in ("offload_optimizer", "offload_param"):
        dev = zero.get(dev_key, {}).get("device", "none") if isinstance(zero.get(dev_key, {}), dict) else None
        if dev not in ("none", "cpu", "nvme"):
            raise InputError(path, f"device must be none, cpu or nvme, got {dev!r}", field=f"zero_optimization.{dev_key}")
    if not with_deepspeed:
        return cfg
    try:
        from deepspeed.runtime.zero.config import DeepSpeedZeroConfig
    except ImportError:
        return cfg
    resolved = {k: v for k, v in zero.items() if v != "auto"}
    try:
        DeepSpeedZeroConfig(**resolved)
    except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError: unknown or mistyped keys
        raise InputError(path, f"DeepSpeed rejects zero_optimization: {exc}", field="zero_optimization") from None
    return cfg
