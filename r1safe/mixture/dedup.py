"""Exact and near-duplicate removal.

Exact: the normalized prompt + response text hashes equal. Near: MinHash signatures of character
n-gram shingles of the prompt, banded LSH for candidates, then the true Jaccard similarity is
checked against the threshold. The first record in input order is kept; every removal is reported
with the record it duplicates.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

from r1safe.mixture.text import char_ngrams, normalize, prompt_text, response_text, stable_hash

_PRIME = (1 << 61) - 1


def exact_dedup(records: list[dict]) -> tuple[list[dict], list[dict]]:
    seen: dict[str, str] = {}
    kept, dropped = [], []
    for r in records:
        key = hashlib.sha1((normalize(prompt_text(r)) + "\x00" + normalize(response_text(r))).encode()).hexdigest()
        if key in seen:
            dropped.append({"id": r["id"], "reason": "exact_duplicate", "duplicate_of": seen[key]})
        else:
            seen[key] = r["id"]
            kept.append(r)
    return kept, dropped


def minhash(shingles: set[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    import numpy as np  # heavy: numpy, only where records are deduplicated (not when a workflow is planned)

    if not shingles:
        return np.full(len(a), _PRIME, dtype=np.uint64)
    x = np.fromiter((stable_hash(s) for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a*x + b) mod p for every permutation; values stay below 2^61 * 2^32 -> use Python ints via object? no:
    # x < 2^32 and a < 2^29 keep a*x + b < 2^62, exact in uint64.
    h = (a[:, None] * x[None, :] + b[:, None]) % np.uint64(_PRIME)
    return h.min(axis=1)


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def near_dedup(records: list[dict], threshold: float = 0.8, ngram: int = 5, num_perm: int = 64,
               bands: int = 16, seed: int = 0) -> tuple[list[dict], list[dict]]:
    if num_perm % bands:
        raise ValueError("num_perm must be a multiple of bands")
    import numpy as np  # heavy: numpy

    rng = np.random.default_rng(seed)
    a = rng.integers(1, 1 << 29, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, 1 << 29, size=num_perm, dtype=np.uint64)
    rows = num_perm // bands
    shingles = [char_ngrams(prompt_text(r), ngram) for r in records]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    kept_idx: list[int] = []
    dropped = []
    for i, sh in enumerate(shingles):
        sig = minhash(sh, a, b)
        keys = [(band, sig[band * rows:(band + 1) * rows].tobytes()) for band in range(bands)]
        dup_of = None
        for key in keys:
            for j in buckets.get(key, ()):
                if jaccard(sh, shingles[j]) >= threshold:
                    dup_of = j
                    break
            if dup_of is not None:
                break
        if dup_of is not None:
            dropped.append({"id": records[i]["id"], "reason": "near_duplicate",
                            "duplicate_of": records[dup_of]["id"],
                            "jaccard": round(jaccard(sh, shingles[dup_of]), 4)})
            continue
        kept_idx.append(i)
        for key in keys:
            buckets[key].append(i)
    return [records[i] for i in kept_idx], dropped
