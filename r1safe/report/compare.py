"""The headline comparison: each enhanced model against its safety-enhanced sibling and, where
the config names one, the base model it was distilled from.

Long format, one row per (model, domain, metric): the safety metrics (ACC, RR-1, RR-2, HR) per
risk area and overall, then the reasoning accuracy per reasoning benchmark (domain = the
benchmark's name). ``delta`` is safe minus original; ``delta_base`` is original minus base (the
distillation effect). A cell whose model has no data for that domain is empty, never zero.
"""

from __future__ import annotations

import polars as pl
from tabulate import tabulate

from r1safe.metrics.score import OVERALL
from r1safe.report.tables import SAFETY_METRICS, _area_order, pool
from r1safe.taxonomy import AREA_BY_KEY

ROLES = ("base", "original", "safe")
SCHEMA = {"model": pl.String, "domain": pl.String, "domain_name": pl.String, "metric": pl.String,
          **{f"{r}{s}": pl.Float64 for r in ROLES for s in ("", "_lo", "_hi")},
          **{f"{r}_n": pl.Int64 for r in ROLES}, "delta": pl.Float64, "delta_base": pl.Float64}


def _cells(scores: pl.DataFrame) -> dict[tuple[str, str, str], dict]:
    """(model, domain, metric) -> {value, lo, hi, n} for safety (pooled per area) and reasoning."""
    cells: dict[tuple[str, str, str], dict] = {}
    safety = scores.filter(pl.col("task").is_in(["mcq", "refusal"]))
    if not safety.is_empty():
        for r in pool(safety, ["model", "risk_area"]).iter_rows(named=True):
            cells[(r["model"], r["risk_area"], r["metric"])] = r
    reasoning = scores.filter((pl.col("task") == "reasoning") & (pl.col("risk_area") == OVERALL))
    for r in reasoning.iter_rows(named=True):
        cells[(r["model"], r["benchmark"], "ACC")] = {**r, "value": r["value"] if r["n"] else None}
    return cells


def _domain_name(domain: str, reasoning: set[str]) -> str:
    if domain in AREA_BY_KEY:
        return AREA_BY_KEY[domain].en
    if domain == OVERALL:
        return "Overall"
    return f"{domain} (reasoning)" if domain in reasoning else domain


def comparison_table(scores: pl.DataFrame, spec: list[dict]) -> pl.DataFrame:
    """``spec``: ``[{"model", "safe", "base"|None}]`` as the workflow builds it from the config."""
    if scores.is_empty() or not spec:
        return pl.DataFrame(schema=SCHEMA)
    cells = _cells(scores)
    reasoning = set(scores.filter(pl.col("task") == "reasoning")["benchmark"].unique().to_list())
    areas = sorted({d for (_, d, m) in cells if d not in reasoning}, key=_area_order)
    domains = [(a, m) for a in areas for m in SAFETY_METRICS] + [(b, "ACC") for b in sorted(reasoning)]
    rows = []
    for entry in spec:
        names = {"base": entry.get("base"), "original": entry["model"], "safe": entry["safe"]}
        for domain, metric in domains:
            row = {"model": entry["model"], "domain": domain, "domain_name": _domain_name(domain, reasoning),
                   "metric": metric}
            present = False
            for role, name in names.items():
                c = cells.get((name, domain, metric)) if name else None
                v = c.get("value") if c else None
                present |= v is not None
                row.update({role: v, f"{role}_lo": c.get("ci_low") if c else None,
                            f"{role}_hi": c.get("ci_high") if c else None, f"{role}_n": int(c["n"]) if c else None})
            if not present:
                continue
            row["delta"] = row["safe"] - row["original"] if None not in (row["safe"], row["original"]) else None
            row["delta_base"] = (row["original"] - row["base"]
                                 if None not in (row["original"], row["base"]) else None)
            rows.append(row)
    return pl.DataFrame(rows, schema=SCHEMA)


def _fmt(v, lo=None, hi=None) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if lo is None or hi is None else f"{v:.3f} [{lo:.2f}, {hi:.2f}]"


def _signed(v) -> str:
    return "–" if v is None else f"{v:+.3f}"


def to_text(table: pl.DataFrame, fmt: str = "github") -> str:
    has_base = table.height > 0 and table["base"].drop_nulls().len() > 0
    headers = ["model", "domain", "metric"] + (["base"] if has_base else []) + ["original", "safe", "Δ safe−orig"]
    if has_base:
        headers.append("Δ orig−base")
    body = []
    for r in table.iter_rows(named=True):
        line = [r["model"], r["domain_name"], r["metric"]]
        if has_base:
            line.append(_fmt(r["base"], r["base_lo"], r["base_hi"]))
        line += [_fmt(r["original"], r["original_lo"], r["original_hi"]),
                 _fmt(r["safe"], r["safe_lo"], r["safe_hi"]), _signed(r["delta"])]
        if has_base:
            line.append(_signed(r["delta_base"]))
        body.append(line)
    return tabulate(body, headers=headers, tablefmt=fmt, disable_numparse=True)


CAPTION = ("Safety enhancement: each model before (original) and after (safe) the pipeline's SFT, per risk "
           "area, with Wilson 95% intervals; reasoning accuracy per reasoning benchmark. HR: lower is better; "
           "every other metric: higher is better.")
