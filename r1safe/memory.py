"""Does a job fit its GPUs? A model's memory need against the GPUs a job asks for, before anything is
submitted (``python -m r1safe cluster-plan`` and the config check).

Need, in GB (1e9 bytes):
* generation (vLLM): the weights, parameters x bytes per parameter of the weights' dtype (FP8 1, BF16 2,
  FP32 4), must fit in ``WEIGHTS_SHARE`` of the job's GPU memory: vLLM takes ``gpu_memory_utilization``
  (0.9) of each GPU and the rest of that must hold the KV cache of a batch of long reasoning sequences;
  a quarter of it is the margin used here (``WEIGHTS_SHARE`` = 0.9 x 0.75 = 0.675).
* SFT under ZeRO-3: ``ZERO3_BYTES`` (16) bytes per parameter sharded over the job's GPUs (BF16 weights
  and gradients, FP32 master weights and two Adam moments), times ``ACTIVATION_MARGIN`` (1.25) for
  activations with gradient checkpointing, must fit in 0.9 of one GPU.

A model's size comes from its entry (``params_b``, ``weights_dtype``), else from the table of known
hub ids below (the model cards' parameter counts), else from a size in its name (``...-7B``); a model
of unknown size is not checked and the plan says so. The GPU's memory: ``cluster.gpu_memory_gb`` or a
known ``cluster.gpu`` name.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from r1safe.errors import ConfigError

GPU_MEMORY_GB = {"H200": 141, "H100": 80, "H800": 80, "H20": 96, "A100-80G": 80, "A100-40G": 40, "A800": 80,
                 "L40S": 48, "B200": 180, "MI300X": 192}
BYTES = {"fp8": 1, "float8": 1, "bfloat16": 2, "float16": 2, "float32": 4, "float64": 8}
WEIGHTS_SHARE = 0.9 * 0.75
ZERO3_BYTES = 16
ACTIVATION_MARGIN = 1.25
GPU_UTILIZATION = 0.9

# hub id (lower case, without "modelscope:") -> (parameters, billions; weights' dtype as released)
KNOWN = {
    "deepseek-ai/deepseek-r1": (671.0, "fp8"),
    "deepseek-ai/deepseek-r1-distill-qwen-1.5b": (1.78, "bfloat16"),
    "deepseek-ai/deepseek-r1-distill-qwen-7b": (7.62, "bfloat16"),
    "deepseek-ai/deepseek-r1-distill-qwen-14b": (14.8, "bfloat16"),
    "deepseek-ai/deepseek-r1-distill-qwen-32b": (32.8, "bfloat16"),
    "deepseek-ai/deepseek-r1-distill-llama-8b": (8.03, "bfloat16"),
    "deepseek-ai/deepseek-r1-distill-llama-70b": (70.6, "bfloat16"),
    "qwen/qwen2.5-math-1.5b": (1.54, "bfloat16"),
    "qwen/qwen2.5-math-7b": (7.62, "bfloat16"),
    "qwen/qwen2.5-14b": (14.8, "bfloat16"),
    "qwen/qwen2.5-32b": (32.8, "bfloat16"),
    "qwen/qwen2.5-72b-instruct": (72.7, "bfloat16"),
    "meta-llama/llama-3.1-8b": (8.03, "bfloat16"),
    "meta-llama/llama-3.3-70b-instruct": (70.6, "bfloat16"),
}
# the paper's released safe models: the sizes of the models they were made from
KNOWN.update({f"unicomai/unichat-deepseek-r1-distill-{m}-safe-bf16": KNOWN[f"deepseek-ai/deepseek-r1-distill-{m}"]
              for m in ("qwen-1.5b", "qwen-7b", "qwen-14b", "qwen-32b", "llama-8b", "llama-70b")})
_SIZE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[bB](?![a-zA-Z])")


@dataclass(frozen=True)
class Size:
    params_b: float
    dtype: str
    source: str  # where the size came from: the entry, the table, the name

    @property
    def weights_gb(self) -> float:
        return self.params_b * BYTES[self.dtype]


def hub_key(path: str | None) -> str:
    """A hub id as the tables of known models key it: lower case, without ``modelscope:``."""
    return (path or "").removeprefix("modelscope:").lower()


def model_size(path: str | None, params_b: float | None = None, weights_dtype: str | None = None) -> Size | None:
    key = hub_key(path)
    known = KNOWN.get(key)
    if params_b:
        return Size(float(params_b), weights_dtype or (known[1] if known else "bfloat16"), "config")
    if known:
        return Size(known[0], weights_dtype or known[1], "known model")
    m = _SIZE.search(key.rsplit("/", 1)[-1])
    if m:
        return Size(float(m.group(1)), weights_dtype or "bfloat16", "size in its name")
    return None


def gpu_memory_gb(cluster) -> float | None:
    """The GPU's memory: ``cluster.gpu_memory_gb``, else a known ``cluster.gpu``."""
    if getattr(cluster, "gpu_memory_gb", None):
        return float(cluster.gpu_memory_gb)
    name = getattr(cluster, "gpu", None)
    if name is None:
        return None
    key = next((k for k in GPU_MEMORY_GB if k.lower() == str(name).lower()), None)
    if key is None:
        raise ConfigError(f"cluster.gpu: {name!r} is not a known GPU ({', '.join(GPU_MEMORY_GB)}); set "
                          "cluster.gpu_memory_gb instead")
    return float(GPU_MEMORY_GB[key])


def generation_need_gb(size: Size) -> float:
    """GPU memory (all GPUs of the job together) the generation job needs for its weights to fit in
    ``WEIGHTS_SHARE`` of it."""
    return size.weights_gb / WEIGHTS_SHARE


def sft_need_gb_per_gpu(size: Size, gpus: int) -> float:
    return size.params_b * ZERO3_BYTES * ACTIVATION_MARGIN / max(1, gpus)


def smallest_gpus(need_total_gb: float, per_gpu_gb: float, per_node: int | None) -> int:
    """The fewest GPUs (whole nodes beyond one node) whose memory covers ``need_total_gb``."""
    n = max(1, math.ceil(need_total_gb / per_gpu_gb))
    if per_node and n > per_node:
        n = math.ceil(n / per_node) * per_node
    return n


def fits(kind: str, size: Size, gpus: int, per_gpu_gb: float, per_node: int | None) -> tuple[bool, str, int]:
    """(fits, what the need is against what the job has, the smallest GPU count that fits)."""
    if kind == "generation":
        need = generation_need_gb(size)
        have = gpus * per_gpu_gb
        smallest = smallest_gpus(need, per_gpu_gb, per_node)
        text = (f"weights {size.weights_gb:,.0f} GB ({size.params_b:g}B params x {BYTES[size.dtype]} bytes, {size.dtype}) "
                f"in {WEIGHTS_SHARE:.0%} of {have:,.0f} GB")
        return size.weights_gb <= WEIGHTS_SHARE * have, text, smallest
    per = sft_need_gb_per_gpu(size, gpus)
    total = size.params_b * ZERO3_BYTES * ACTIVATION_MARGIN
    smallest = smallest_gpus(total, GPU_UTILIZATION * per_gpu_gb, per_node)
    text = (f"ZeRO-3 {per:,.0f} GB per GPU ({size.params_b:g}B params x {ZERO3_BYTES} bytes x {ACTIVATION_MARGIN} / {gpus} GPUs) "
            f"in {GPU_UTILIZATION:.0%} of {per_gpu_gb:g} GB")
    return per <= GPU_UTILIZATION * per_gpu_gb, text, smallest
