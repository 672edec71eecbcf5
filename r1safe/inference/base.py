"""The backend interface and the generation settings shared by every backend."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Mapping, Protocol

from r1safe.errors import ConfigError, checked_settings, typed_settings

# Settings that change how fast a job runs, never what it writes: sampling is seeded per item and
# sample, so they are not part of a job's fingerprint and not rerun triggers (the rules leave them out
# of params; the jobs read them from the config at run time, r1safe.workflow.plan.Plan.generation).
EXECUTION_KEYS = ("batch_size",)
# vLLM engine options of the same kind: how many sequences and tokens a step schedules, how much
# memory the KV cache takes. (Sampling is seeded per request; on GPUs vLLM's kernels are not bitwise
# invariant to batch composition, so a rare token may still differ.)
VLLM_EXECUTION_KEYS = ("max_num_seqs", "max_num_batched_tokens", "gpu_memory_utilization", "swap_space")




@dataclass(frozen=True)
class InferenceSettings:
    """``inference:``: the backend models use unless their entry names one, and the shard size of
    every generation job (how often it saves, never what it writes)."""

    backend: str = "transformers"  # transformers | vllm | auto
    shard_size: int = 64

    @classmethod
    def from_config(cls, cfg: Mapping) -> "InferenceSettings":
        return typed_settings(cls, cfg.get("inference"), "inference settings")


def layered(*layers: Mapping | None) -> tuple[dict, dict]:
    """The one layering of generation settings: each layer over the ones before it (the defaults,
    the model's, the benchmark's or the stage's, then what a stage fixes, e.g. ``n``), split into
    what defines the outputs (a job's params) and what only changes how fast it runs
    (:data:`EXECUTION_KEYS`: read by the job at run time, rerunning nothing)."""
    merged: dict = {}
    for layer in layers:
        merged.update(layer or {})
    return without_execution(merged), {k: v for k, v in merged.items() if k in EXECUTION_KEYS}


def without_execution(settings: Mapping) -> dict:
    """Generation settings (or vLLM engine options) without the execution-only keys."""
    return {k: v for k, v in settings.items() if k not in EXECUTION_KEYS + VLLM_EXECUTION_KEYS}


def item_seed(seed: int, item_id: str) -> int:
    """The seed of one item: a function of the run's seed and the item's id only, so the batch it
    lands in, its position, the shard size and a resume change nothing."""
    digest = hashlib.sha256(f"{seed}\x1f{item_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def sample_seed(item: int, sample: int) -> int:
    """The seed of sample ``sample`` of an item (sample 0 is the same whatever ``n`` is)."""
    digest = hashlib.sha256(f"{item}\x1f{sample}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass
class GenerationConfig:
    temperature: float = 0.6  # DeepSeek-R1's recommended sampling
    top_p: float = 0.95
    max_new_tokens: int = 32768
    do_sample: bool = True  # False: greedy decoding
    n: int = 1  # samples per prompt
    seed: int = 0
    batch_size: int = 8
    stop: list[str] | None = None

    @classmethod
    def from_dict(cls, d: dict | None) -> "GenerationConfig":
        cfg = cls(**checked_settings(cls, d, "generation settings"))
        if cfg.n < 1 or cfg.batch_size < 1 or cfg.max_new_tokens < 1:
            raise ConfigError("generation: n, batch_size and max_new_tokens must be >= 1")
        if cfg.do_sample and not (0 < cfg.top_p <= 1 and cfg.temperature > 0):
            raise ConfigError("generation: sampling needs temperature > 0 and 0 < top_p <= 1")
        return cfg

    def to_dict(self) -> dict:
        return asdict(self)

    def result_dict(self) -> dict:
        """The settings that define the outputs (what fingerprints and manifests compare)."""
        return {k: v for k, v in asdict(self).items() if k not in EXECUTION_KEYS}


@dataclass
class Completion:
    text: str  # the raw completion (may start inside <think>)
    finish_reason: str  # "stop" (EOS or a stop string) | "length"
    prompt_tokens: int
    completion_tokens: int


class Backend(Protocol):
    name: str

    def render(self, messages: list[dict]) -> str:
        """The prompt text for a conversation, via the model's own chat template."""

    def generate(self, prompts: list[str], cfg: GenerationConfig, seeds: list[int]) -> list[list[Completion]]:
        """``cfg.n`` completions per prompt, in order; sample ``j`` of prompt ``i`` is drawn with
        ``sample_seed(seeds[i], j)`` alone, whatever else is in the batch."""
