"""The mixture stage.

``clean``: read every SFT source, remove exact and near duplicates; write the pool and a report of
every removal. No evaluation set is read here: decontamination is a step of its own per benchmark
(:mod:`r1safe.mixture.decontam`), so that a benchmark edit reruns only that step.
``mix``: per target model, drop the pool records that an evaluation set contains (the union of the
per-benchmark overlaps, ``drops.json``), drop records longer than ``max_tokens`` with that model's
tokenizer and take a seeded sample with exact per-kind counts (largest-remainder rounding of size x
ratio); write the training set and its stats, which record the drop set's digest.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from r1safe.data.sources import KINDS, read_source
from r1safe.errors import ConfigError, checked_settings
from r1safe.io import read_json, read_jsonl, sha256_file, write_json, write_jsonl
from r1safe.mixture.decontam import DECONTAM_DEFAULTS, read_drops
from r1safe.mixture.dedup import exact_dedup, near_dedup
from r1safe.models import ModelSpec, load_tokenizer
from r1safe.train.encode import encode_chat

VERSION = "mixture-2"
POOL_VERSION = "pool-2"  # the shared pool (clean_sft_pool) is a stage of its own
# The mixture settings that shape the shared pool; the decontamination's (r1safe.mixture.decontam);
# the rest (size, ratios, max_tokens) are per model.
POOL_KEYS = ("near_dedup", "near_threshold", "near_ngram", "seed")


@dataclass
class MixtureConfig:
    size: int = 50000
    ratios: dict = field(default_factory=lambda: {"safety": 0.5, "reasoning": 0.5})
    seed: int = 0
    max_tokens: int = 8192
    allow_short: bool = False  # take what exists when a kind cannot fill its share (reported)
    near_dedup: bool = True
    near_threshold: float = 0.8
    near_ngram: int = 5
    decontam_ngram: int = DECONTAM_DEFAULTS["decontam_ngram"]
    decontam_threshold: float = DECONTAM_DEFAULTS["decontam_threshold"]

    @classmethod
    def from_dict(cls, d: dict | None) -> "MixtureConfig":
        cfg = cls(**checked_settings(cls, d, "mixture settings"))
        bad = set(cfg.ratios) - set(KINDS)
        if bad:
            raise ConfigError(f"mixture ratios: unknown kinds {sorted(bad)} (known: {KINDS})")
        total = sum(cfg.ratios.values())
        if any(v < 0 for v in cfg.ratios.values()) or not math.isclose(total, 1.0, abs_tol=1e-6):
            raise ConfigError(f"mixture ratios must be >= 0 and sum to 1, got {cfg.ratios} (sum {total})")
        if cfg.size < 1:
            raise ConfigError("mixture size must be >= 1")
        return cfg


def allocate(size: int, ratios: dict[str, float]) -> dict[str, int]:
    """Exact per-kind counts summing to ``size`` (largest remainder; ties by kind name)."""
    raw = {k: size * r for k, r in ratios.items()}
    counts = {k: int(math.floor(v)) for k, v in raw.items()}
    rest = size - sum(counts.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - counts[k]), k))[:rest]:
        counts[k] += 1
    return counts


def sample(records: list[dict], cfg: MixtureConfig) -> tuple[list[dict], dict]:
    by_kind: dict[str, list[dict]] = {k: [] for k in cfg.ratios}
    for r in records:
        if r["kind"] in by_kind:
            by_kind[r["kind"]].append(r)
    want = allocate(cfg.size, cfg.ratios)
    rng = random.Random(cfg.seed)
    chosen, shortfall = [], {}
    for kind in sorted(want):
        pool = sorted(by_kind[kind], key=lambda r: r["id"])
        if len(pool) < want[kind]:
            if not cfg.allow_short:
                raise ConfigError(
                    f"mixture: kind {kind!r} needs {want[kind]} records (size {cfg.size} x ratio "
                    f"{cfg.ratios[kind]}) but only {len(pool)} remain after dedup, decontamination and "
                    f"length filtering; lower the size, change the ratios, add data, or set allow_short")
            shortfall[kind] = want[kind] - len(pool)
        chosen += rng.sample(pool, min(want[kind], len(pool)))
    rng.shuffle(chosen)
    return chosen, {"wanted": want, "shortfall": shortfall}


def clean(sources: dict[str, dict], output: str | Path, report: str | Path, cfg: MixtureConfig) -> dict:
    records = [r for name, spec in sources.items() for r in read_source(name, spec)]
    n_in = len(records)
    records, d_exact = exact_dedup(records)
    d_near = []
    if cfg.near_dedup:
        records, d_near = near_dedup(records, cfg.near_threshold, cfg.near_ngram, seed=cfg.seed)
    write_jsonl(output, records)
    write_jsonl(report, d_exact + d_near)
    return {"input": n_in, "exact_duplicates": len(d_exact), "near_duplicates": len(d_near), "kept": len(records)}


def percentiles(values: list[int]) -> dict:
    if not values:
        return {}
    v = sorted(values)

    def q(p):
        return v[min(len(v) - 1, max(0, math.ceil(p / 100 * len(v)) - 1))]

    return {"min": v[0], "p50": q(50), "p90": q(90), "p99": q(99), "max": v[-1],
            "mean": round(sum(v) / len(v), 1)}


def mix(pool: str | Path, tokenizer, output: str | Path, stats_path: str | Path, cfg: MixtureConfig,
        clean_stats: dict | None = None, drops: dict | None = None) -> dict:
    """``drops``: :func:`r1safe.mixture.decontam.read_drops` (pool ids an eval set contains)."""

    drops = drops or {"ids": {}, "digest": None}
    records = read_jsonl(pool)
    contaminated = [r["id"] for r in records if r["id"] in drops["ids"]]
    records = [r for r in records if r["id"] not in drops["ids"]]
    lengths, kept, too_long = {}, [], 0
    for r in records:
        n = len(encode_chat(tokenizer, r["messages"], source=str(pool), record=r["id"]))
        if n > cfg.max_tokens:
            too_long += 1
            continue
        lengths[r["id"]] = n
        kept.append(r)
    chosen, alloc = sample(kept, cfg)
    write_jsonl(output, chosen)
    toks = [lengths[r["id"]] for r in chosen]
    stats = {
        "version": VERSION, "size": len(chosen), "seed": cfg.seed, "ratios": cfg.ratios, **alloc,
        "pool": len(records) + len(contaminated), "dropped_contaminated": len(contaminated),
        "drops_digest": drops["digest"], "dropped_too_long": too_long, "max_tokens": cfg.max_tokens,
        "per_kind": dict(Counter(r["kind"] for r in chosen)),
        "per_source": dict(Counter(r["source"] for r in chosen)),
        "per_risk_area": dict(Counter(r.get("risk_area") or "none" for r in chosen)),
        "token_length": percentiles(toks),
        "token_length_per_kind": {k: percentiles([lengths[r["id"]] for r in chosen if r["kind"] == k])
                                  for k in sorted({r["kind"] for r in chosen})},
        "total_tokens": sum(toks),
        "cleaning": clean_stats or {},
        "train_sha256": sha256_file(output),
    }
    write_json(stats_path, stats)
    return stats


def run_clean(sources: dict[str, dict], pool: str | Path, removed: str | Path, stats: str | Path,
              settings: dict | None = None) -> dict:
    """The pool stage: every source read and deduplicated, with its report."""
    cfg = MixtureConfig.from_dict(settings)
    result = clean(sources, pool, removed, cfg)
    result.update(version=POOL_VERSION, sources=sorted(sources),
                  settings={k: getattr(cfg, k) for k in POOL_KEYS})
    write_json(stats, result)
    print(result)
    return result


def run_mix(pool: str | Path, pool_stats: str | Path, drops: str | Path, spec: dict, name: str,
            output: str | Path, stats: str | Path, settings: dict | None = None,
            marker: str | Path | None = None) -> dict:
    """The per-model stage: decontamination applied, length filter with the model's own tokenizer,
    seeded sample. ``marker``: records the drop set's digest (removed by the decontamination step
    when that set changes, which reruns this stage)."""

    cfg = MixtureConfig.from_dict(settings)
    tokenizer = load_tokenizer(ModelSpec.from_config(name, spec), padding_side="right")
    result = mix(pool, tokenizer, output, stats, cfg, clean_stats=read_json(pool_stats), drops=read_drops(drops))
    if marker is not None:
        write_json(marker, {"drops_digest": result["drops_digest"]})
    print({k: v for k, v in result.items() if k != "cleaning"})
    return result
