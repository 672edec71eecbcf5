"""Plots (PNG, matplotlib Agg): per-domain grouped bars with Wilson error bars (base / original /
safe), a heat-map of the safety deltas (model x risk area), and the safety-vs-reasoning trade-off."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl

from r1safe.metrics import definitions
from r1safe.taxonomy import AREA_KEYS

VERSION = "plots-1"

COLORS = {"base": "#9e9e9e", "original": "#d62728", "safe": "#2ca02c"}
BAR_METRICS = [m.name for m in definitions.METRICS.values() if not m.optional]


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _nan(v):
    return math.nan if v is None else v


def grouped_bars(comp: pl.DataFrame, model: str, path: str | Path) -> None:
    """One panel per metric; bars per risk area (and overall) for base / original / safe."""
    plt = _plt()
    sub = comp.filter(pl.col("model") == model)
    metrics = [m for m in BAR_METRICS if not sub.filter(pl.col("metric") == m).is_empty()]
    fig, axes = plt.subplots(len(metrics) or 1, 1, figsize=(9, 2.6 * max(1, len(metrics))), squeeze=False)
    for ax, metric in zip(axes[:, 0], metrics):
        rows = sub.filter((pl.col("metric") == metric) & pl.col("domain").is_in([*AREA_KEYS, "overall"]))
        labels = rows["domain_name"].to_list()
        roles = [r for r in ("base", "original", "safe") if rows[r].drop_nulls().len()]
        width = 0.8 / max(1, len(roles))
        for j, role in enumerate(roles):
            vals = [_nan(v) for v in rows[role].to_list()]
            lo = [_nan(v) - _nan(low) for v, low in zip(rows[role].to_list(), rows[f"{role}_lo"].to_list())]
            hi = [_nan(h) - _nan(v) for v, h in zip(rows[role].to_list(), rows[f"{role}_hi"].to_list())]
            xs = [i + (j - (len(roles) - 1) / 2) * width for i in range(len(labels))]
            ax.bar(xs, vals, width, yerr=[lo, hi], capsize=2, color=COLORS[role], label=role)
        ax.set_xticks(range(len(labels)), labels, rotation=15, fontsize=8)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel(metric)
        ax.legend(fontsize=7, loc="upper right")
    fig.suptitle(f"{model}: per risk area (Wilson 95% intervals)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def delta_heatmap(comp: pl.DataFrame, path: str | Path, metric: str = "RR-1") -> None:
    """Δ safe − original of one metric, model x risk area; * marks Holm-significant cells."""
    plt = _plt()
    sub = comp.filter((pl.col("metric") == metric) & pl.col("domain").is_in([*AREA_KEYS, "overall"]))
    models = sorted(sub["model"].unique().to_list())
    areas = [a for a in [*AREA_KEYS, "overall"] if a in sub["domain"].to_list()]
    grid = [[math.nan] * len(areas) for _ in models]
    marks = [[""] * len(areas) for _ in models]
    for r in sub.iter_rows(named=True):
        i, j = models.index(r["model"]), areas.index(r["domain"])
        grid[i][j] = _nan(r["delta"])
        marks[i][j] = "*" if r.get("sig") else ""
    fig, ax = plt.subplots(figsize=(1.3 * len(areas) + 2, 0.6 * len(models) + 1.6))
    im = ax.imshow(grid, cmap="RdYlGn" if definitions.get(metric).higher_is_better else "RdYlGn_r", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(areas)), areas, rotation=20, fontsize=8)
    ax.set_yticks(range(len(models)), models, fontsize=8)
    for i in range(len(models)):
        for j in range(len(areas)):
            if not math.isnan(grid[i][j]):
                ax.text(j, i, f"{grid[i][j]:+.2f}{marks[i][j]}", ha="center", va="center", fontsize=8)
    fig.colorbar(im, ax=ax, label=f"Δ {metric} (safe − original)")
    ax.set_title(f"Δ {metric} after safety SFT (* significant, Holm)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def tradeoff(comp: pl.DataFrame, path: str | Path) -> None:
    """Overall RR-1 against mean reasoning accuracy, an arrow from original to safe per model."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6, 4.5))
    reasoning = comp.filter(pl.col("domain_name").str.ends_with("(reasoning)"))
    for model in sorted(comp["model"].unique().to_list()):
        pts = {}
        for role in ("base", "original", "safe"):
            rr = comp.filter((pl.col("model") == model) & (pl.col("domain") == "overall") & (pl.col("metric") == "RR-1"))[role]
            acc = reasoning.filter(pl.col("model") == model)[role].drop_nulls()
            if rr.len() and rr[0] is not None and acc.len():
                pts[role] = (float(acc.mean()), float(rr[0]))
        for role, (x, y) in pts.items():
            ax.scatter([x], [y], color=COLORS[role], s=40, zorder=3)
        if "original" in pts and "safe" in pts:
            (x0, y0), (x1, y1) = pts["original"], pts["safe"]
            ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops=dict(arrowstyle="->", color="#555"))
            ax.text(x1, y1, f" {model}", fontsize=8)
    for role, c in COLORS.items():
        ax.scatter([], [], color=c, label=role)
    ax.set_xlabel("reasoning accuracy (mean over reasoning benchmarks)")
    ax.set_ylabel("RR-1 (refusal rate, overall)")
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    ax.legend(fontsize=8)
    ax.set_title("Safety vs reasoning")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(comparison_csv: str | Path, outputs: dict[str, str | Path]) -> None:
    comp = pl.read_csv(comparison_csv, infer_schema_length=None)
    Path(outputs["bars"]).parent.mkdir(parents=True, exist_ok=True)
    models = sorted(comp["model"].unique().to_list()) if comp.height else []
    if models:
        grouped_bars(comp, models[0], outputs["bars"]) if len(models) == 1 else _bars_all(comp, models, outputs["bars"])
        delta_heatmap(comp, outputs["heatmap"])
        tradeoff(comp, outputs["tradeoff"])
    else:
        for key in ("bars", "heatmap", "tradeoff"):
            _empty(outputs[key])


def _bars_all(comp, models, path) -> None:
    """Several models: one bars figure per model beside the first, the first is the output."""
    p = Path(path)
    for m in models:
        grouped_bars(comp, m, p.with_name(f"{p.stem}-{m}{p.suffix}") if m != models[0] else p)


def _empty(path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4, 1))
    ax.axis("off")
    ax.text(0.5, 0.5, "no safety-enhanced model in this configuration", ha="center", va="center", fontsize=8)
    fig.savefig(path, dpi=80)
    plt.close(fig)
