"""Paired comparisons of two models on the same items.

* McNemar's exact test on per-item binary outcomes: with ``b`` items where only A succeeds and
  ``c`` where only B does, the two-sided p-value is ``min(1, 2 * P[X <= min(b, c)])`` for
  ``X ~ Binomial(b + c, 1/2)`` (1 when ``b + c = 0``).
* A paired bootstrap interval of the difference of means (B - A): items resampled with
  replacement, seeded, percentile interval.
* Holm's step-down correction of a family of p-values (here: the risk areas of one comparison and
  metric), controlling the family-wise error rate.
"""

from __future__ import annotations

import math

import numpy as np


def mcnemar_exact(b: int, c: int) -> float:
    if b < 0 or c < 0:
        raise ValueError("discordant counts must be >= 0")
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    # P[X <= k] for X ~ Bin(n, 1/2), exactly with integers
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def discordant(a, b) -> tuple[int, int]:
    """(only A succeeds, only B succeeds) of two aligned 0/1 sequences."""
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    if a.shape != b.shape:
        raise ValueError("paired outcomes must have the same length")
    return int((a & ~b).sum()), int((~a & b).sum())


def paired_bootstrap(a, b, n_boot: int = 2000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of mean(b) - mean(a) over items resampled in pairs; (nan, nan) if empty."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = len(a)
    if n == 0:
        return (math.nan, math.nan)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    d = (b - a)[idx].mean(axis=1)
    alpha = (1 - level) / 2
    lo, hi = np.quantile(d, [alpha, 1 - alpha])
    return float(lo), float(hi)


def holm(pvalues: list[float]) -> list[float]:
    """Holm-adjusted p-values, in the input order (NaN passes through and is not counted)."""
    idx = [i for i, p in enumerate(pvalues) if p is not None and not math.isnan(p)]
    m = len(idx)
    adjusted = [math.nan] * len(pvalues)
    running = 0.0
    for rank, i in enumerate(sorted(idx, key=lambda i: pvalues[i])):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        adjusted[i] = running
    return adjusted


def sign_flip_test(a, b, n_perm: int = 10000, seed: int = 0) -> float:
    """Two-sided paired permutation test of mean(b - a): under the null each item's difference is
    as likely negated; exact over all 2^m sign patterns of the m non-zero differences when m <= 16,
    else ``n_perm`` seeded random patterns (with the +1 correction). 1.0 when nothing differs."""
    d = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    d = d[d != 0]
    m = len(d)
    if m == 0:
        return 1.0
    observed = abs(d.sum())
    if m <= 16:
        signs = 1 - 2 * ((np.arange(2 ** m)[:, None] >> np.arange(m)) & 1)
        stats = np.abs(signs @ d)
        return float(np.mean(stats >= observed - 1e-12))
    rng = np.random.default_rng(seed)
    signs = rng.choice([-1.0, 1.0], size=(n_perm, m))
    stats = np.abs(signs @ d)
    return float((1 + np.sum(stats >= observed - 1e-12)) / (n_perm + 1))
