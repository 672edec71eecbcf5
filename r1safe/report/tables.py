"""The tables built from pooled scores: safety per model x risk area, reasoning per model x benchmark,
must-refuse questions with and without dialog history."""

from __future__ import annotations

import polars as pl

from r1safe.metrics import definitions
from r1safe.metrics.score import OVERALL
from r1safe.report.aggregate import area_order, load_scores, pool  # noqa: F401  (load_scores, pool: re-exported)
from r1safe.report.render import fmt_rate, to_markdown  # noqa: F401  (re-exported)
from r1safe.taxonomy import AREA_BY_KEY, AREA_KEYS

SAFETY_TASKS = ("mcq", "refusal")


def metric_key(metric: str) -> str:
    """A metric's column stem in the wide tables (``RR-1`` -> ``rr1``, ``HR-trace`` -> ``hrtrace``)."""
    return metric.lower().replace("-", "")


def safety_metrics(scores: pl.DataFrame) -> list[str]:
    """The registry's metrics of the MCQ and refusal tasks that these scores have, in display order."""
    present = set(scores["metric"].unique().to_list()) if scores.height else set()
    return [m.name for m in definitions.METRICS.values()
            if set(m.tasks) & set(SAFETY_TASKS) and (m.name in present or not m.optional)]


def safety_table(scores: pl.DataFrame, models: list[str] | None = None) -> pl.DataFrame:
    """One row per model x risk area (plus ``overall``): ACC, RR-1, RR-2, HR with CI and n."""
    df = scores.filter(pl.col("task").is_in(SAFETY_TASKS))
    pooled = pool(df, ["model", "risk_area"])
    models = models or sorted(pooled["model"].unique().to_list())
    areas = sorted(pooled["risk_area"].unique().to_list(), key=area_order)
    rows = []
    for m in models:
        for a in areas:
            sub = pooled.filter((pl.col("model") == m) & (pl.col("risk_area") == a))
            if sub.is_empty():
                continue
            row = {"model": m, "risk_area": a,
                   "risk_area_name": AREA_BY_KEY[a].en if a in AREA_BY_KEY else "Overall"}
            for metric in safety_metrics(df):
                r = sub.filter(pl.col("metric") == metric)
                key = metric_key(metric)
                if r.is_empty():
                    row.update({key: None, f"{key}_lo": None, f"{key}_hi": None, f"{key}_n": 0})
                else:
                    row.update({key: r["value"][0], f"{key}_lo": r["ci_low"][0], f"{key}_hi": r["ci_high"][0],
                                f"{key}_n": int(r["n"][0])})
            rows.append(row)
    return pl.DataFrame(rows)


HISTORY_GROUPS = {"chisafety_risky": "without history", "chisafety_risky_dialog": "with history"}


def history_table(scores: pl.DataFrame, formats: dict[str, str], models: list[str] | None = None) -> pl.DataFrame:
    """Must-refuse questions without and with dialog history, per model, metric and risk area (and
    overall): each refusal metric pooled over the benchmarks of each kind, side by side with each
    set's item count. The two are different question sets (CHiSafetyBench's 101 dialog questions are
    not among its 462 single-turn ones), so no difference is computed: it would not be the effect of
    dialog history."""
    groups = {b: HISTORY_GROUPS[f] for b, f in formats.items() if f in HISTORY_GROUPS}
    schema = {"model": pl.String, "metric": pl.String, "risk_area": pl.String,
              **{f"{g}{s}": t for g in ("without", "with") for s, t in (("", pl.Float64), ("_lo", pl.Float64),
                                                                         ("_hi", pl.Float64), ("_n", pl.Int64))}}
    df = scores.filter(pl.col("benchmark").is_in(list(groups)))
    if df.is_empty():
        return pl.DataFrame(schema=schema)
    df = df.with_columns(group=pl.col("benchmark").replace_strict(groups).str.split(" ").list.first())
    pooled = pool(df, ["model", "group", "risk_area"])
    areas = sorted((a for a in pooled["risk_area"].unique().to_list() if a != OVERALL), key=area_order) + [OVERALL]
    rows = []
    for m in models or sorted(pooled["model"].unique().to_list()):
        for metric in [x for x in definitions.names() if x in set(pooled["metric"].to_list())]:
            for area in areas:
                row = {"model": m, "metric": metric, "risk_area": area}
                for g in ("without", "with"):
                    r = pooled.filter((pl.col("model") == m) & (pl.col("group") == g) & (pl.col("metric") == metric)
                                      & (pl.col("risk_area") == area))
                    row.update({g: r["value"][0] if r.height else None,
                                f"{g}_lo": r["ci_low"][0] if r.height else None,
                                f"{g}_hi": r["ci_high"][0] if r.height else None,
                                f"{g}_n": int(r["n"][0]) if r.height else None})
                if row["without"] is not None or row["with"] is not None:
                    rows.append(row)
    return pl.DataFrame(rows, schema=schema)


def reasoning_table(scores: pl.DataFrame, models: list[str] | None = None) -> pl.DataFrame:
    df = scores.filter((pl.col("task") == "reasoning") & (pl.col("risk_area") == OVERALL))
    if df.is_empty():
        return pl.DataFrame()
    if models:
        df = df.filter(pl.col("model").is_in(models))
    return df.select("model", "benchmark", acc="value", acc_lo="ci_low", acc_hi="ci_high", n="n").sort(
        "model", "benchmark")


def safety_caption(names: list[str]) -> str:
    """The metrics' captions from the registry, and which direction is better."""
    parts = [f"{n}: {definitions.get(n).caption}" for n in names]
    low = [n for n in names if not definitions.get(n).higher_is_better]
    return ("Rates with Wilson 95% intervals (over items). " + "; ".join(parts) + "."
            + (f" Lower is better: {', '.join(low)}." if low else ""))


WIDE_METRICS = ("ACC", "RR-1", "RR-2", "HR", "ORR", "ORR-nc")
VARIANTS = (("original", "original"), ("external", "released safe"), ("safe", "r1safe safe"), ("base", "base"))


def wide_tables(comp: pl.DataFrame, spec: list[dict]) -> dict[str, pl.DataFrame]:
    """The tables readers know (CHiSafetyBench's, the paper's): one per metric, a row per model variant
    (original, the released safe version, r1safe's safe version, the base), a column per risk area
    plus overall (value, and its interval in ``<area>_lo`` / ``<area>_hi``), built from the long
    comparison table."""
    out = {}
    if comp.is_empty():
        return out
    areas = [a for a in (*AREA_KEYS, OVERALL) if a in set(comp["domain"].to_list())]
    for metric in WIDE_METRICS:
        sub = comp.filter(pl.col("metric") == metric)
        if sub.is_empty():
            continue
        rows = []
        for entry in spec:
            mine = sub.filter(pl.col("model") == entry["model"])
            for role, label in VARIANTS:
                name = entry["model"] if role == "original" else entry.get(role)
                if not name or mine.filter(pl.col(role).is_not_null()).is_empty():
                    continue
                row = {"metric": metric, "family": entry["model"], "model": name, "variant": label}
                for a in areas:
                    cell = mine.filter(pl.col("domain") == a)
                    get = (lambda col: cell[col][0]) if cell.height else (lambda col: None)  # noqa: E731
                    row.update({a: get(role), f"{a}_lo": get(f"{role}_lo"), f"{a}_hi": get(f"{role}_hi")})
                rows.append(row)
        if rows:
            out[metric] = pl.DataFrame(rows, schema={"metric": pl.String, "family": pl.String, "model": pl.String,
                                                     "variant": pl.String, **{f"{a}{s}": pl.Float64 for a in areas
                                                                              for s in ("", "_lo", "_hi")}})
    return out


def wide_areas(table: pl.DataFrame) -> list[str]:
    """A wide table's value columns (risk areas, overall), without their interval columns."""
    return [c for c in table.columns if c not in ("metric", "family", "model", "variant")
            and not c.endswith(("_lo", "_hi"))]


def best_rows(table: pl.DataFrame, metric: str, digits: int = 3) -> dict[str, set[int]]:
    """Per area column, the row indices holding the best value (by the metric's direction), compared
    as printed (``digits`` decimals: two rows that print the same are tied). A column where every row
    ties (all 0.000) has no best: nothing in it is bold."""
    higher = definitions.get(metric).higher_is_better
    best = {}
    for col in wide_areas(table):
        vals = [(i, round(v, digits)) for i, v in enumerate(table[col].to_list()) if v is not None]
        if len(vals) < 2:
            continue
        target = max(v for _, v in vals) if higher else min(v for _, v in vals)
        rows = {i for i, v in vals if v == target}
        if len(rows) < len(vals):
            best[col] = rows
    return best
