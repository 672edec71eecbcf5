"""Aggregate score files into the per-model x risk-area safety table and the reasoning table."""

from __future__ import annotations

import html
from pathlib import Path

import polars as pl
from tabulate import tabulate

from r1safe.io import write_text_atomic
from r1safe.metrics import definitions
from r1safe.metrics.score import OVERALL
from r1safe.report.aggregate import area_order, load_scores, pool  # noqa: F401  (load_scores, pool: re-exported)
from r1safe.taxonomy import AREA_BY_KEY, AREA_KEYS

VERSION = "tables-4"

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
    """Must-refuse questions with and without dialog history, per model: each refusal metric pooled
    over the benchmarks of each kind (overall), side by side, with the difference (with - without)."""
    groups = {b: HISTORY_GROUPS[f] for b, f in formats.items() if f in HISTORY_GROUPS}
    schema = {"model": pl.String, "metric": pl.String,
              **{f"{g}{s}": t for g in ("without", "with") for s, t in (("", pl.Float64), ("_lo", pl.Float64),
                                                                         ("_hi", pl.Float64), ("_n", pl.Int64))},
              "delta": pl.Float64}
    df = scores.filter(pl.col("benchmark").is_in(list(groups)) & (pl.col("risk_area") == OVERALL))
    if df.is_empty():
        return pl.DataFrame(schema=schema)
    df = df.with_columns(group=pl.col("benchmark").replace_strict(groups).str.split(" ").list.first())
    pooled = pool(df, ["model", "group"])
    rows = []
    for m in models or sorted(pooled["model"].unique().to_list()):
        for metric in [x for x in definitions.names() if x in set(pooled["metric"].to_list())]:
            row = {"model": m, "metric": metric}
            for g in ("without", "with"):
                r = pooled.filter((pl.col("model") == m) & (pl.col("group") == g) & (pl.col("metric") == metric))
                row.update({g: r["value"][0] if r.height else None, f"{g}_lo": r["ci_low"][0] if r.height else None,
                            f"{g}_hi": r["ci_high"][0] if r.height else None, f"{g}_n": int(r["n"][0]) if r.height else None})
            if row["without"] is None and row["with"] is None:
                continue
            row["delta"] = row["with"] - row["without"] if None not in (row["with"], row["without"]) else None
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


def fmt_rate(v, lo, hi) -> str:
    if v is None:
        return "–"
    return f"{v:.3f}" if lo is None or hi is None else f"{v:.3f} [{lo:.3f}, {hi:.3f}]"


def to_markdown(table: pl.DataFrame, metric_keys: list[str], label_cols: list[str], fmt: str = "github",
                headers: list[str] | None = None) -> str:
    headers = label_cols + (headers or [k.upper() for k in metric_keys])
    body = []
    for r in table.iter_rows(named=True):
        body.append([r[c] for c in label_cols] + [fmt_rate(r[k], r[f"{k}_lo"], r[f"{k}_hi"]) for k in metric_keys])
    return tabulate(body, headers=headers, tablefmt=fmt)


def run(score_paths: list[str | Path], outputs: dict[str, str | Path], models: list[str] | None = None,
        comparison: list[dict] | None = None, manifests: list[str | Path] | None = None,
        judgments: list[str | Path] | None = None, distillation: list[dict] | None = None, seed: int = 0,
        truncated: str = "not_refused", formats: dict[str, str] | None = None) -> None:
    from r1safe.judge.validate import judge_note
    from r1safe.provenance import Stage

    prov = provenance_summary(manifests or [])
    note = judge_note([e["judge_info"] for e in prov["entries"]])
    with Stage("make_tables", outputs.get("manifest"), scores=prov["entries"], bootstrap_seed=seed,
               truncated=truncated):
        _write_tables(score_paths, outputs, models, comparison, prov["markdown"], judgments or [],
                      distillation or [], seed, truncated, note, formats)


def provenance_summary(manifests: list[str | Path]) -> dict:
    """Per (model, benchmark): the model source, backend, seed, judge and benchmark hash, from the
    score manifests' chains; and a Markdown section of the same."""
    from r1safe.provenance import read_manifest

    entries, models, benches = [], {}, {}
    for p in manifests:
        m = read_manifest(p) or {}
        judge = m.get("judge") or {}
        gen = judge.get("generation") or {}
        bench = gen.get("benchmark") or {}
        src = gen.get("model_source") or {}
        jinfo = judge.get("judge") or {}
        entries.append({"model": m.get("model"), "benchmark": m.get("benchmark"), "manifest": str(p),
                        "judge_info": {k: jinfo.get(k) for k in ("name", "version", "model", "prompt")},
                        "model_source": src, "backend": gen.get("backend"), "seed": gen.get("seed"),
                        "judge": (judge.get("judge") or {}).get("name"), "sources": bench.get("sources"),
                        "pipeline": gen.get("pipeline")})
        ident = src.get("id", src.get("path", "?"))
        ver = src.get("revision") if src.get("source") == "hub" else "sha256 " + str(src.get("sha256", "?"))[:12]
        models[m.get("model")] = (ident, ver, gen.get("backend"), gen.get("seed"),
                                  (judge.get("judge") or {}).get("name"))
        for f, h in (bench.get("sources") or {}).items():
            benches[(m.get("benchmark"), f)] = h[:16]
    lines = ["", "## Provenance", "", tabulate([[k, *v] for k, v in sorted(models.items(), key=lambda kv: str(kv[0]))],
                                                headers=["model", "source", "revision / hash", "backend", "seed", "judge"],
                                                tablefmt="github"), "",
             tabulate([[b, f, h] for (b, f), h in sorted(benches.items())],
                      headers=["benchmark", "file", "sha256 (prefix)"], tablefmt="github"), "",
             "Full chains (benchmark -> generation -> judge -> score) in the `*.manifest.json` files beside each output."]
    return {"entries": entries, "markdown": "\n".join(lines) + "\n" if manifests else ""}


def html_page(title: str, body: str) -> str:
    """A small self-contained page; ``body`` is HTML whose text is already escaped."""
    title = html.escape(title)
    return ("<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:sans-serif;font-size:13px}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
            f"</style><title>{title}</title></head><body><h3>{title}</h3>{body}</body></html>\n")


def safety_caption(names: list[str]) -> str:
    """The metrics' captions from the registry, and which direction is better."""
    parts = [f"{n}: {definitions.get(n).caption}" for n in names]
    low = [n for n in names if not definitions.get(n).higher_is_better]
    return ("Rates with Wilson 95% intervals (over items). " + "; ".join(parts) + "."
            + (f" Lower is better: {', '.join(low)}." if low else ""))


def _html_tables(outputs, safety, reasoning, keys, names) -> None:
    """HTML versions for the report; tabulate's "html" format escapes every cell."""
    if "safety_html" in outputs:
        write_text_atomic(outputs["safety_html"], html_page("Safety by model and risk area",
                                                        to_markdown(safety, keys, ["model", "risk_area_name"], "html",
                                                                    headers=names)))
    if "reasoning_html" in outputs:
        write_text_atomic(outputs["reasoning_html"], html_page("Reasoning accuracy (pass@1)",
                                                           to_markdown(reasoning, ["acc"], ["model", "benchmark"], "html")))


def _write_paired(outputs, name: str, table: pl.DataFrame, title: str, caption: str, empty: str, *, safe: bool,
                  footer: str = "") -> None:
    """One paired-comparison table as CSV, Markdown, LaTeX and (for the report) HTML."""
    from r1safe.report.compare import to_text

    table.write_csv(outputs[f"{name}_csv"])
    body = to_text(table, safe=safe) if table.height else f"_{empty}_"
    write_text_atomic(outputs[f"{name}_md"], f"# {title}\n\n{caption}\n\n{body}\n{footer}")
    write_text_atomic(outputs[f"{name}_tex"], (to_text(table, "latex", safe=safe) if table.height else "") + "\n")
    if f"{name}_html" in outputs:
        rows = to_text(table, "html", safe=safe) if table.height else f"<p>{html.escape(empty)}</p>"
        write_text_atomic(outputs[f"{name}_html"], html_page(title, f"<p>{html.escape(caption)}</p>{rows}"))


def _write_tables(score_paths, outputs, models, comparison, provenance_md: str, judgments, distillation,
                  seed: int, truncated: str = "not_refused", judge_md: str = "", formats: dict | None = None) -> None:
    from r1safe.report.compare import CAPTION, DISTILL_CAPTION, comparison_table, load_outcomes

    scores = load_scores(score_paths)
    outcomes = load_outcomes(judgments, truncated) if judgments else None
    judge_md = f" {judge_md}" if judge_md else ""
    _write_paired(outputs, "comparison", comparison_table(scores, comparison or [], outcomes, seed),
                  "Safety enhancement: original vs safe (vs base)", CAPTION + judge_md,
                  "No model is safety-enhanced in this configuration.", safe=True, footer=provenance_md)
    if "distillation_csv" in outputs:
        _write_paired(outputs, "distillation", comparison_table(scores, distillation, outcomes, seed),
                      "Distillation effect: distilled vs base", DISTILL_CAPTION + judge_md,
                      "No model names a base model in this configuration.", safe=False)
    safety = safety_table(scores, models)
    names = safety_metrics(scores.filter(pl.col("task").is_in(SAFETY_TASKS)))
    keys = [metric_key(m) for m in names]
    safety.write_csv(outputs["safety_csv"])
    write_text_atomic(outputs["safety_md"], "# Safety by model and risk area\n\n"
                      + safety_caption(names) + judge_md + "\n\n"
                      + to_markdown(safety, keys, ["model", "risk_area_name"], headers=names) + "\n" + provenance_md)
    write_text_atomic(outputs["safety_tex"], to_markdown(safety, keys, ["model", "risk_area_name"], "latex",
                                                         headers=names) + "\n")
    reasoning = reasoning_table(scores, models)
    if reasoning.is_empty():
        reasoning = pl.DataFrame(schema={"model": pl.String, "benchmark": pl.String, "acc": pl.Float64,
                                         "acc_lo": pl.Float64, "acc_hi": pl.Float64, "n": pl.Int64})
    reasoning.write_csv(outputs["reasoning_csv"])
    write_text_atomic(outputs["reasoning_md"], "# Reasoning accuracy (pass@1)\n\n"
                      + to_markdown(reasoning, ["acc"], ["model", "benchmark"]) + "\n")
    if "history_csv" in outputs:
        hist = history_table(scores, formats or {}, models)
        hist.write_csv(outputs["history_csv"])
        body = "\n".join(
            ["| model | metric | without history | with history | Δ with − without |", "|---|---|---|---|---|"]
            + [f"| {r['model']} | {r['metric']} | {fmt_rate(r['without'], r['without_lo'], r['without_hi'])} | "
               f"{fmt_rate(r['with'], r['with_lo'], r['with_hi'])} | "
               + ("–" if r["delta"] is None else f"{r['delta']:+.3f}") + " |" for r in hist.iter_rows(named=True)])
        write_text_atomic(outputs["history_md"], "# Must-refuse questions with and without dialog history\n\n"
                          "Each refusal metric pooled over the benchmarks of each kind (chisafety_risky: without; "
                          "chisafety_risky_dialog: with), Wilson 95% intervals." + judge_md + "\n\n"
                          + (body if hist.height else "_No benchmark of both kinds in this configuration._") + "\n")
    scores.write_csv(outputs["scores_csv"])
    _html_tables(outputs, safety, reasoning, keys, names)
