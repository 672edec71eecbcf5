"""Portable CPU numerics: the same bits on every x86-64 CPU with AVX2 and at every thread count.

PyTorch picks its CPU kernels by the machine's instruction set (AVX2, AVX-512, ...) and MKL picks its
code path the same way; each path rounds differently, so a model trained on one machine differs in the
last bits from the same training on another, and after a few thousand steps its outputs differ too
(the demo's tiny models did: RR-1 1.00 on one machine, 0.91 on another). Pinning both to their
AVX2 paths (``ATEN_CPU_CAPABILITY=avx2``; ``MKL_CBWR=AVX2,STRICT``, MKL's conditional numerical
reproducibility, strict so that the thread count does not matter either; oneDNN to AVX2) makes the
arithmetic the same on every x86-64 CPU with AVX2 (Intel since 2013, AMD since 2015): on an AVX2
machine it is what runs anyway, on an AVX-512 machine it costs little (bench/NOTES.md). The baseline
paths (``default``, ``COMPATIBLE``) would also cover older CPUs but halve the speed of the demo's
training (measured: 22 s against 11 s), so they are not the default. The variables act when torch
starts, so they are set in the environment a job is started with (the Snakefile does it for every
job), never after ``import torch``.

``R1SAFE_CPU_NUMERICS=native`` keeps the machine's fastest paths; a variable already set by the user
is left as it is. GPU arithmetic is not affected (and is not bitwise portable across GPUs).
"""

from __future__ import annotations

import os
from typing import MutableMapping

PORTABLE = {
    "ATEN_CPU_CAPABILITY": "avx2",
    "MKL_CBWR": "AVX2,STRICT",
    "ONEDNN_MAX_CPU_ISA": "AVX2",
}
SWITCH = "R1SAFE_CPU_NUMERICS"
MODES = ("portable", "native")


def mode(env: MutableMapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    value = env.get(SWITCH, "portable")
    if value not in MODES:
        raise ValueError(f"{SWITCH}={value!r}: expected one of {', '.join(MODES)}")
    return value


def pin(env: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set the portable variables in ``env`` (default: this process's environment, inherited by every
    job it starts) unless the mode is native or the user set a variable; returns what was set."""
    env = os.environ if env is None else env
    if mode(env) == "native":
        return {}
    added = {k: v for k, v in PORTABLE.items() if k not in env}
    env.update(added)
    return added
