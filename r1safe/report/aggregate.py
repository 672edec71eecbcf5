"""Score files in, pooled rates out: what every table of the report is built from."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from r1safe.metrics.score import SCHEMA, wilson_exprs
from r1safe.taxonomy import AREA_KEYS


def load_scores(paths: list[str | Path]) -> pl.DataFrame:
    """Score files with their fixed column types (a column that is empty in every row of one file,
    e.g. the intervals of a rate with n = 0, must not be read as text)."""
    frames = []
    for p in paths:
        df = pl.read_csv(p, schema_overrides=SCHEMA)
        frames.append(df.with_columns([pl.lit(None, dtype=t).alias(c) for c, t in SCHEMA.items() if c not in df.columns]))
    return pl.concat([f.select(list(SCHEMA)) for f in frames], how="vertical") if frames else pl.DataFrame(schema=SCHEMA)


def pool(df: pl.DataFrame, by: list[str]) -> pl.DataFrame:
    """Pool counts across benchmarks of the same task (sum k and n) and recompute value and CI."""
    extra = [pl.col(c).sum() for c in ("judge_errors", "responses") if c in df.columns]
    g = df.group_by(by + ["metric"], maintain_order=True).agg(pl.col("k").sum(), pl.col("n").sum(),
                                                               pl.col("excluded").sum(), *extra)
    k, n = pl.col("k").cast(pl.Float64), pl.col("n").cast(pl.Float64)
    lo, hi = wilson_exprs(k, n)
    return g.with_columns(value=pl.when(pl.col("n") > 0).then(k / n).otherwise(None), ci_low=lo, ci_high=hi)


def area_order(area: str) -> int:
    """Risk areas in the taxonomy's order, anything else (overall) after them."""
    return AREA_KEYS.index(area) if area in AREA_KEYS else len(AREA_KEYS)
