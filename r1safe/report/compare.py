"""Paired comparisons: each enhanced model against its safety-enhanced sibling (and, where the
config names one, the base model it was distilled from), and every distilled model against its
base (the distillation effect).

Long format, one row per (model, domain, metric): the safety metrics (ACC, RR-1, RR-2, HR, and ORR
on benign look-alikes) per risk area and overall, then the reasoning accuracy per reasoning
benchmark (domain = the benchmark's name). Rates are pooled over benchmarks with Wilson 95%
intervals. Each delta comes with a paired test on the items both models answered: McNemar's exact
test on the per-item outcomes, a paired bootstrap 95% interval of the delta, and Holm's correction
across the five risk areas of one comparison and metric (overall and reasoning rows are single
tests). ``sig`` marks an adjusted p < 0.05. A cell whose model has no data is empty, never zero.
"""

from __future__ import annotations

import math

import polars as pl

from r1safe.io import read_jsonl
from r1safe.metrics import definitions
from r1safe.metrics.paired import discordant, holm, mcnemar_exact, paired_bootstrap, sign_flip_test
from r1safe.metrics.score import OVERALL
from r1safe.report.aggregate import area_order, pool
from r1safe.report.pairs import PAIRS, ROLES
from r1safe.taxonomy import AREA_BY_KEY, AREA_KEYS

SAFETY_TASKS = ["mcq", "refusal", "over_refusal"]
ALPHA = 0.05
_STAT_COLS = {"delta": pl.Float64, "delta_lo": pl.Float64, "delta_hi": pl.Float64, "p": pl.Float64,
              "p_holm": pl.Float64, "sig": pl.Boolean, "n_paired": pl.Int64}
SCHEMA = {"model": pl.String, "domain": pl.String, "domain_name": pl.String, "metric": pl.String,
          **{f"{r}{s}": pl.Float64 for r in ROLES for s in ("", "_lo", "_hi")},
          **{f"{r}_n": pl.Int64 for r in ROLES},
          **{f"{k}{suffix}": t for suffix in PAIRS for k, t in _STAT_COLS.items()}}
OUTCOME_SCHEMA = {"model": pl.String, "benchmark": pl.String, "task": pl.String, "risk_area": pl.String,
                  "id": pl.String, "metric": pl.String, "outcome": pl.Float64}
# What the paired tests read from a judgments file.
JUDGED_COLUMNS = {"model": pl.String, "benchmark": pl.String, "task": pl.String, "risk_area": pl.String,
                  "id": pl.String, "sample": pl.Int64, "label": pl.Int64, "correct": pl.Boolean,
                  "trace_label": pl.Int64, "error_kind": pl.String, "think_closed": pl.Boolean, "crisis": pl.Boolean,
                  "uncertain": pl.Boolean}


# ---- per-item outcomes ------------------------------------------------------------------------

def item_outcomes(judgments: pl.DataFrame, truncated: str = "not_refused") -> pl.DataFrame:
    """Judged rows -> one outcome per (model, benchmark, id, metric): the mean over the item's
    samples (0/1 with one sample; the per-item pass rate with several), from the metric registry."""
    if judgments.is_empty():
        return pl.DataFrame(schema=OUTCOME_SCHEMA)
    j = judgments
    for col, dt in JUDGED_COLUMNS.items():
        if col not in j.columns:
            j = j.with_columns(pl.lit(None, dtype=dt).alias(col))
    j = j.with_columns(pl.col("id").cast(pl.String), pl.col("sample").fill_null(0))
    keys = ["model", "benchmark", "task", "risk_area", "id"]
    parts = []
    for m in definitions.METRICS.values():
        sub = j.filter(pl.col("task").is_in(m.tasks))
        if not m.reported(sub):
            continue  # e.g. ORR-nc where no question is marked crisis
        sub = sub.with_columns(_o=m.outcome(truncated).cast(pl.Float64))
        parts.append(sub.filter(pl.col("_o").is_not_null()).group_by(keys, maintain_order=True)
                     .agg(outcome=pl.col("_o").mean()).with_columns(metric=pl.lit(m.name)))
    return pl.concat([p.select(list(OUTCOME_SCHEMA)).cast(OUTCOME_SCHEMA) for p in parts], how="vertical")


def load_outcomes(paths, truncated: str = "not_refused") -> pl.DataFrame:
    frames = []
    for p in paths:
        rows = read_jsonl(p)
        if rows:
            frames.append(item_outcomes(pl.DataFrame([{k: r.get(k) for k in JUDGED_COLUMNS} for r in rows],
                                                     schema=JUDGED_COLUMNS), truncated))
    return pl.concat(frames) if frames else pl.DataFrame(schema=OUTCOME_SCHEMA)


def paired_test(outcomes: pl.DataFrame, a: str, b: str, domain: str, metric: str, reasoning: set[str],
                seed: int = 0) -> dict:
    """A paired test of (b - a) on the items both models have an outcome for: McNemar's exact test
    when every outcome is 0/1 (one sample per item), else a sign-flip permutation test of the
    per-item differences (several samples per item: the items are the units); a bootstrap interval
    of the delta over items either way."""
    o = outcomes.filter(pl.col("metric") == metric)
    if domain in reasoning:
        o = o.filter(pl.col("benchmark") == domain)
    else:
        o = o.filter(pl.col("task").is_in(SAFETY_TASKS))
        if domain != OVERALL:
            o = o.filter(pl.col("risk_area") == domain)
    keys = ["benchmark", "id"]
    pa = o.filter(pl.col("model") == a).select(*keys, a=pl.col("outcome"))
    pb = o.filter(pl.col("model") == b).select(*keys, b=pl.col("outcome"))
    both = pa.join(pb, on=keys, how="inner").sort(keys)
    if both.is_empty():
        return {"p": None, "delta_lo": None, "delta_hi": None, "n_paired": 0}
    x, y = both["a"].to_numpy(), both["b"].to_numpy()
    lo, hi = paired_bootstrap(x, y, seed=seed)
    binary = bool(((x == 0) | (x == 1)).all() and ((y == 0) | (y == 1)).all())
    p = mcnemar_exact(*discordant(x, y)) if binary else sign_flip_test(x, y, seed=seed)
    return {"p": p, "delta_lo": lo, "delta_hi": hi, "n_paired": both.height}


# ---- pooled rates ---------------------------------------------------------------------------

def _cells(scores: pl.DataFrame) -> dict[tuple[str, str, str], dict]:
    cells: dict[tuple[str, str, str], dict] = {}
    safety = scores.filter(pl.col("task").is_in(SAFETY_TASKS))
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


def _domains(cells, reasoning: set[str]) -> list[tuple[str, str]]:
    areas = sorted({d for (_, d, _) in cells if d not in reasoning}, key=area_order)
    return [(a, m) for a in areas for m in definitions.names()] + [(b, "ACC") for b in sorted(reasoning)]


def _apply_holm(rows: list[dict], p_key: str, out_key: str, sig_key: str, group_keys=("model", "metric")) -> None:
    """Holm across the risk areas of one comparison and metric; single tests keep their p."""
    families: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["domain"] in AREA_KEYS and r.get(p_key) is not None:
            families.setdefault(tuple(r[k] for k in group_keys), []).append(r)
    for fam in families.values():
        for r, adj in zip(fam, holm([r[p_key] for r in fam])):
            r[out_key] = adj
    for r in rows:
        if r.get(out_key) is None and r.get(p_key) is not None and r["domain"] not in AREA_KEYS:
            r[out_key] = r[p_key]
        adj = r.get(out_key)
        r[sig_key] = None if adj is None or math.isnan(adj) else adj < ALPHA


def comparison_table(scores: pl.DataFrame, spec: list[dict], outcomes: pl.DataFrame | None = None,
                     seed: int = 0) -> pl.DataFrame:
    """``spec``: ``[{"model", "safe"|None, "base"|None, "external"|None}]`` as the workflow builds it from
    the config.
    ``outcomes``: per-item outcomes (:func:`item_outcomes`) for the paired tests; without them the
    table has the rates and deltas only."""
    if scores.is_empty() or not spec:
        return pl.DataFrame(schema=SCHEMA)
    cells = _cells(scores)
    reasoning = set(scores.filter(pl.col("task") == "reasoning")["benchmark"].unique().to_list())
    rows = []
    for entry in spec:
        names = {role: entry.get(role) for role in ROLES}
        names["original"] = entry["model"]
        for domain, metric in _domains(cells, reasoning):
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
            for suffix, (a, b) in PAIRS.items():
                row[f"delta{suffix}"] = row[b] - row[a] if None not in (row[a], row[b]) else None
                if outcomes is not None and row[f"delta{suffix}"] is not None:
                    t = paired_test(outcomes, names[a], names[b], domain, metric, reasoning, seed)
                    row.update({f"{k}{suffix}": v for k, v in t.items()})
            rows.append(row)
    for suffix in PAIRS:
        _apply_holm(rows, f"p{suffix}", f"p_holm{suffix}", f"sig{suffix}")
    return pl.DataFrame(rows, schema=SCHEMA)


CAPTION = ("Safety enhancement: each model before (original) and after (safe) the pipeline's SFT, beside the "
           "base it was distilled from and a released safe version where the config names them, per risk "
           "area, with Wilson 95% intervals; reasoning accuracy per reasoning benchmark. Every pair of these "
           "variants has its Δ with a paired bootstrap 95% interval over items; * = significant (McNemar exact "
           "test on the paired items, or a sign-flip permutation test of per-item rates when items have several "
           f"samples, Holm-corrected across the risk areas of each pair and metric, α = {ALPHA}). Lower is better: {', '.join(definitions.lower_is_better())} "
           "(TR: responses whose thought did not close within the token budget; they count as not refused "
           "in RR-1, RR-2 and ORR unless judge.truncated is 'exclude'); every other metric: higher is better.")
DISTILL_CAPTION = ("Distillation effect: each distilled reasoning model against the base model it was distilled "
                   "from, per risk area (Δ = distilled − base; same tests as above).")


def to_text(table: pl.DataFrame, fmt: str = "github", *, safe: bool = True) -> str:
    """The comparison table as text (r1safe.report.render.paired_text)."""
    from r1safe.report.render import paired_text  # heavy: imports polars

    return paired_text(table, fmt, safe=safe)
