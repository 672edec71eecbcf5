"""The make_tables stage: score files, judgments and manifests in; the comparison, distillation,
safety, reasoning and dialog-history tables out (Markdown, CSV, LaTeX, HTML), each naming the judge
that labelled its responses, with a provenance section."""

from __future__ import annotations

import html
from pathlib import Path

import polars as pl
from tabulate import tabulate

from r1safe.io import write_text_atomic
from r1safe.judge.validate import judge_note
from r1safe.metrics import definitions
from r1safe.provenance import Stage, read_manifest
from r1safe.report.aggregate import load_scores
from r1safe.report.compare import CAPTION, DISTILL_CAPTION, comparison_table, load_outcomes
from r1safe.report.provenance_note import (
    acc_keys,
    acc_label,
    acc_note,
    judge_line,
    judge_record,
    key_note,
    latex_table,
    write_sidecar,
)
from r1safe.report.render import fmt_rate, html_page, inline_html, paired_text, to_markdown
from r1safe.report.summary import summary_text
from r1safe.report.tables import (
    SAFETY_TASKS,
    best_rows,
    history_table,
    metric_key,
    reasoning_table,
    safety_caption,
    safety_metrics,
    safety_table,
    wide_areas,
    wide_tables,
)
from r1safe.taxonomy import AREA_BY_KEY

VERSION = "tables-8"  # 6: the history table: two question sets per area, no difference; 7: ORR-nc; 8: UR, the judge line says what it left uncertain


def run(score_paths: list[str | Path], outputs: dict[str, str | Path], models: list[str] | None = None,
        comparison: list[dict] | None = None, manifests: list[str | Path] | None = None,
        judgments: list[str | Path] | None = None, distillation: list[dict] | None = None, seed: int = 0,
        truncated: str = "not_refused", formats: dict[str, str] | None = None) -> None:

    prov = provenance_summary(manifests or [])
    keys = acc_keys(prov["entries"], formats or {})
    infos = [e["judge_info"] for e in prov["entries"]]
    note = " ".join(x for x in (judge_note(infos), key_note(keys), acc_note(keys)) if x)
    with Stage("make_tables", outputs.get("manifest"), scores=prov["entries"], bootstrap_seed=seed,
               truncated=truncated):
        _write_tables(score_paths, outputs, models, comparison, prov["markdown"], judgments or [],
                      distillation or [], seed, truncated, note, formats, judge_line(infos), keys)
        if "provenance_json" in outputs:
            write_sidecar(outputs["provenance_json"], [v for k, v in outputs.items() if str(v).endswith(".csv")],
                          judge_record(infos), keys)


def provenance_summary(manifests: list[str | Path]) -> dict:
    """Per (model, benchmark): the model source, backend, seed, judge and benchmark hash, from the
    score manifests' chains; and a Markdown section of the same."""

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
                        "answer_key": judge.get("answer_key"),
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


def _html_tables(outputs, safety, reasoning, keys, names, caption: str = "") -> None:
    """HTML versions for the report; tabulate's "html" format escapes every cell."""
    if "safety_html" in outputs:
        table = to_markdown(safety, keys, ["model", "risk_area_name"], "html", headers=names)
        write_text_atomic(outputs["safety_html"], html_page("Safety by model and risk area",
                                                            f"<p>{inline_html(caption)}</p>{table}"))
    if "reasoning_html" in outputs:
        write_text_atomic(outputs["reasoning_html"], html_page("Reasoning accuracy (pass@1)",
                                                           to_markdown(reasoning, ["acc"], ["model", "benchmark"], "html")))


def _with_acc_key(table: pl.DataFrame, keys: dict) -> pl.DataFrame:
    """An ``acc_key`` column: the key the model's ACC is scored against (and whether the model voted on
    it), on the ACC rows of a long table (a ``metric`` column) or on every row of a table with an
    ``acc`` column; a table with neither is returned as it is."""
    if table.is_empty() or ("metric" not in table.columns and "acc" not in table.columns):
        return table
    labels = {m: acc_label(keys, m) for m in table["model"].unique().to_list()}
    label = pl.col("model").replace_strict(labels, default=None, return_dtype=pl.String)
    return table.with_columns(acc_key=pl.when(pl.col("metric") == "ACC").then(label).otherwise(None)
                              if "metric" in table.columns else label)


def _write_paired(outputs, name: str, table: pl.DataFrame, title: str, caption: str, empty: str, *, safe: bool,
                  footer: str = "", keys: dict | None = None) -> None:
    """One paired-comparison table as CSV, Markdown, LaTeX and (for the report) HTML."""
    _with_acc_key(table, keys or {}).write_csv(outputs[f"{name}_csv"])
    body = paired_text(table, safe=safe) if table.height else f"_{empty}_"
    write_text_atomic(outputs[f"{name}_md"], f"# {title}\n\n{caption}\n\n{body}\n{footer}")
    write_text_atomic(outputs[f"{name}_tex"], latex_table(paired_text(table, "latex", safe=safe), f"{title}. {caption}",
                                                          name) if table.height else "\n")
    if f"{name}_html" in outputs:
        rows = paired_text(table, "html", safe=safe) if table.height else f"<p>{inline_html(empty)}</p>"
        write_text_atomic(outputs[f"{name}_html"], html_page(title, f"<p>{inline_html(caption)}</p>{rows}"))


def _area_title(a: str) -> str:
    return AREA_BY_KEY[a].en if a in AREA_BY_KEY else "Overall"


def write_wide(outputs, comp: pl.DataFrame, spec: list[dict], note: str, keys: dict | None = None) -> None:
    """The paper-style tables: per metric a row per variant, a column per risk area; the best value of
    each column in bold; intervals in the CSV."""

    tables = wide_tables(comp, spec)
    md, html_parts, frames, tex = ["# Safety by model variant and risk area", "",
                              "One table per metric, a row per model variant (original; the released safe "
                              "version, where the config names one with `safe_of`; r1safe's safe version; the "
                              "base), a column per risk area; the best value of each column in bold. Wilson 95% "
                              "intervals and the paired tests are in `wide.csv` and the comparison table." + (
                                  f" {note}" if note else ""), ""], [], [], []
    for metric, t in tables.items():
        areas = wide_areas(t)
        best = best_rows(t, metric)
        direction = "higher is better" if definitions.get(metric).higher_is_better else "lower is better"
        head = ["model", "variant", *[_area_title(a) for a in areas]]
        body_md, body_html = [], []
        for i, r in enumerate(t.iter_rows(named=True)):
            cells = [fmt_rate(r[a]) for a in areas]
            body_md.append([r["model"], r["variant"], *[f"**{c}**" if i in best.get(a, ()) else c
                                                         for a, c in zip(areas, cells)]])
            body_html.append([html.escape(r["model"]), html.escape(r["variant"]),
                              *[f"<b>{c}</b>" if i in best.get(a, ()) else c for a, c in zip(areas, cells)]])
        md += [f"## {metric} ({direction})", "", tabulate(body_md, headers=head, tablefmt="github", disable_numparse=True), ""]
        html_parts.append(f"<h4>{html.escape(metric)} ({direction})</h4>"
                          + tabulate(body_html, headers=head, tablefmt="unsafehtml", disable_numparse=True))
        frames.append(t)
        tex.append(latex_table(tabulate([[r["model"], r["variant"], *[fmt_rate(r[a]) for a in areas]]
                                         for r in t.iter_rows(named=True)], headers=head, tablefmt="latex",
                                        disable_numparse=True),
                               f"{metric} ({direction}), by model variant and risk area. {md[2]}",
                               f"wide-{metric.lower().replace('-', '')}"))
    if not tables:
        md.append("_No model is safety-enhanced or has a released safe version in this configuration._")
    write_text_atomic(outputs["wide_md"], "\n".join(md) + "\n")
    _with_acc_key(pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame(
        schema={"metric": pl.String, "family": pl.String, "model": pl.String, "variant": pl.String}), keys or {}
     ).write_csv(outputs["wide_csv"])
    if "wide_tex" in outputs:
        write_text_atomic(outputs["wide_tex"], "\n".join(tex) + "\n")
    if "wide_html" in outputs:
        write_text_atomic(outputs["wide_html"], html_page("Safety by model variant and risk area",
                                                          f"<p>{inline_html(md[2])}</p>" + "".join(html_parts)))


def _write_tables(score_paths, outputs, models, comparison, provenance_md: str, judgments, distillation,
                  seed: int, truncated: str = "not_refused", judge_md: str = "", formats: dict | None = None,
                  judge_summary: str = "", acc: dict | None = None) -> None:
    scores = load_scores(score_paths)
    outcomes = load_outcomes(judgments, truncated) if judgments else None
    judge_md = f" {judge_md}" if judge_md else ""
    comp = comparison_table(scores, comparison or [], outcomes, seed)
    if "wide_md" in outputs:
        write_wide(outputs, comp, comparison or [], judge_md.strip(), acc)
    if "summary_txt" in outputs:
        write_text_atomic(outputs["summary_txt"], summary_text(comp, judge_summary))
    _write_paired(outputs, "comparison", comp,
                  "Safety enhancement: original vs safe (vs base)", CAPTION + judge_md,
                  "No model is safety-enhanced in this configuration.", safe=True, footer=provenance_md, keys=acc)
    if "distillation_csv" in outputs:
        _write_paired(outputs, "distillation", comparison_table(scores, distillation, outcomes, seed),
                      "Distillation effect: distilled vs base", DISTILL_CAPTION + judge_md,
                      "No model names a base model in this configuration.", safe=False, keys=acc)
    safety = safety_table(scores, models)
    names = safety_metrics(scores.filter(pl.col("task").is_in(SAFETY_TASKS)))
    keys = [metric_key(m) for m in names]
    _with_acc_key(safety, acc or {}).write_csv(outputs["safety_csv"])
    write_text_atomic(outputs["safety_md"], "# Safety by model and risk area\n\n"
                      + safety_caption(names) + judge_md + "\n\n"
                      + to_markdown(safety, keys, ["model", "risk_area_name"], headers=names) + "\n" + provenance_md)
    write_text_atomic(outputs["safety_tex"], latex_table(
        to_markdown(safety, keys, ["model", "risk_area_name"], "latex", headers=names),
        "Safety by model and risk area. " + safety_caption(names) + judge_md, "safety"))
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
        body = tabulate([[r["model"], r["metric"], _area_title(r["risk_area"]),
                          fmt_rate(r["without"], r["without_lo"], r["without_hi"]), r["without_n"] or "–",
                          fmt_rate(r["with"], r["with_lo"], r["with_hi"]), r["with_n"] or "–"]
                         for r in hist.iter_rows(named=True)],
                        headers=["model", "metric", "risk area", "without dialog history", "n", "with dialog history",
                                 "n"], tablefmt="github", disable_numparse=True)
        write_text_atomic(outputs["history_md"], "# Must-refuse questions with and without dialog history\n\n"
                          "Two different question sets side by side, per risk area: the single-turn must-refuse "
                          "questions (format chisafety_risky) and the questions asked after a dialog "
                          "(chisafety_risky_dialog); in CHiSafetyBench none of the 101 dialog questions is among "
                          "the 462 single-turn ones. A gap between the columns mixes the questions' difficulty "
                          "with the history's effect, so no difference is computed (no item is paired). Each "
                          "refusal metric pooled over the benchmarks of each kind, Wilson 95% intervals, n = "
                          "items." + judge_md + "\n\n"
                          + (body if hist.height else "_No benchmark of both kinds in this configuration._") + "\n")
    scores.write_csv(outputs["scores_csv"])
    _html_tables(outputs, safety, reasoning, keys, names, safety_caption(names) + judge_md)
