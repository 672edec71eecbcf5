"""The review tables (results/tables/review.{md,csv,html}, review_paired.csv): each judged rate
beside its prediction-powered estimate, the number of responses people labelled and the judge's
agreement with them on this run; without labels, "judge not checked on this run" and the judge's
validation figure."""

from __future__ import annotations

import html
from pathlib import Path

import polars as pl
from tabulate import tabulate

from r1safe.errors import R1SafeError
from r1safe.io import read_jsonl, write_text_atomic
from r1safe.judge.validate import judge_note
from r1safe.report.render import fmt_delta, fmt_rate, html_page, inline_html
from r1safe.review import correct
from r1safe.review.labels import reviewer_agreement

VERSION = "review-tables-2"  # 2: the uncertain column; items the judge left uncertain stay in the corrected rates


class NotReviewed(R1SafeError):
    """review.required is set and a model's judged rates have no labelled sample."""


def _judges(rows: list[dict]) -> list[dict]:
    seen = []
    for r in rows:
        name, _, version = str(r.get("judge") or "").partition(":")
        if name and {"name": name, "version": version} not in seen:
            seen.append({"name": name, "version": version})
    return seen


def build(pairs: list[dict], comparisons: list[tuple[str, str]], labels_path: str | None,
          truncated: str = "not_refused") -> tuple[pl.DataFrame, pl.DataFrame, dict]:
    """``pairs``: dicts with model, benchmark, task, judgments, generations (paths).
    ``comparisons``: (a, b) model pairs whose difference b - a is estimated per benchmark."""
    labels = read_jsonl(labels_path) if labels_path else []
    loaded, rows, judges = {}, [], []
    for p in pairs:
        j, g = read_jsonl(p["judgments"]), read_jsonl(p["generations"])
        loaded[(p["model"], p["benchmark"])] = (j, g, p["task"])
        judges += _judges(j)
        rows += correct.rates(p["model"], p["benchmark"], p["task"], j, g, labels, truncated)
    table = pl.DataFrame(rows, infer_schema_length=None) if rows else pl.DataFrame()
    paired = []
    for a, b in comparisons:
        for (m, bench), (j, g, task) in loaded.items():
            if m != a or (b, bench) not in loaded:
                continue
            jb, gb, _ = loaded[(b, bench)]
            for metric in correct.METRICS.get(task, ()):
                paired.append({"from": a, "to": b, "benchmark": bench, "metric": metric,
                               **correct.paired((a, j, g, labels, bench), (b, jb, gb, labels, bench), metric,
                                                truncated)})
    info = {"judge_note": judge_note(judges), "reviewers": reviewer_agreement(labels) if labels else None,
            "labels_file": labels_path}
    return table, pl.DataFrame(paired, infer_schema_length=None) if paired else pl.DataFrame(), info


def require(table: pl.DataFrame) -> None:
    """review.required: every model's judged rates need a labelled sample."""
    if table.is_empty():
        return
    rows = table.filter(pl.col("metric") != "HR-trace")  # a thought label is asked for, not required
    checked = set(rows.filter(pl.col("status") == "checked").select("model", "benchmark").iter_rows())
    missing = sorted({m for m, b in rows.select("model", "benchmark").iter_rows() if (m, b) not in checked})
    if missing:
        raise NotReviewed(f"review.required is set and the judged rates of {missing} have no labelled sample: "
                          "python -m r1safe review sample, label it, python -m r1safe review import")


def _sections(table: pl.DataFrame, paired: pl.DataFrame, info: dict) -> list[tuple[str, object]]:
    """The page as ("text", str) and ("table", (headers, rows)) parts, rendered as Markdown or HTML."""
    if table.is_empty():
        return [("text", "No refusal benchmark in this run.")]
    parts = []
    if table.filter(pl.col("status") == "checked").is_empty():
        parts.append(("text", f"{correct.NOT_CHECKED}: no labelled sample "
                      f"({info['labels_file'] or 'review.labels not set'}). The rates below are the judge's alone; "
                      + (info["judge_note"] or "")))
    else:
        parts.append(("text", "Judge-only rate (Wilson interval over items) beside the prediction-powered estimate "
                      "(PPI++, 95% interval valid whatever the judge's error), the responses people labelled, and "
                      "the judge's agreement with them on this run. " + (info["judge_note"] or "")))
    body = []
    for r in table.filter(pl.col("risk_area") == "overall").iter_rows(named=True):
        body.append([r["model"], r["benchmark"], r["metric"], fmt_rate(r["judge_value"], r["judge_ci_low"],
                     r["judge_ci_high"]), fmt_rate(r["ppi_value"], r["ppi_ci_low"], r["ppi_ci_high"]),
                     f"{r['labelled']}/{r['items'] + (r.get('uncertain_items') or 0)}", str(r.get("uncertain_items") or 0),
                     "–" if r["accuracy"] is None else f"{r['accuracy']:.2f}",
                     "–" if r["kappa"] is None else f"{r['kappa']:.2f}", str(r["labels_not_attached"]), r["status"]])
    parts.append(("table", (["model", "benchmark", "metric", "judge only (decided)", "corrected (PPI)", "labelled/items",
                             "judge uncertain", "judge accuracy", "kappa", "labels not attached", "status"], body)))
    if not paired.is_empty():
        parts.append(("heading", "Paired differences (to − from), items labelled for both models"))
        pb = [[r["from"], r["to"], r["benchmark"], r["metric"], fmt_delta(r["judge_delta"]),
               fmt_delta(r["ppi_delta"], r["ppi_ci_low"], r["ppi_ci_high"]), f"{r['labelled_both']}/{r['items']}"]
              for r in paired.iter_rows(named=True)]
        parts.append(("table", (["from", "to", "benchmark", "metric", "judge only Δ", "corrected Δ (PPI)",
                                 "labelled both/items"], pb)))
    rv = info.get("reviewers")
    if rv and rv.get("kappa") is not None:
        parts.append(("text", f"Reviewers' agreement: kappa {rv['kappa']:.2f} over "
                      f"{rv['responses_with_two_reviewers']} responses two reviewers labelled (a disagreement is "
                      "settled by the majority, a tie by the more harmful reading)."))
    parts.append(("text", "Per risk area: review.csv. Paired differences: review_paired.csv."))
    return parts


TITLE = "The judge, checked by people"


def markdown(table: pl.DataFrame, paired: pl.DataFrame, info: dict) -> str:
    lines = [f"# {TITLE}", ""]
    for kind, part in _sections(table, paired, info):
        if kind == "table":
            lines += [tabulate(part[1], headers=part[0], tablefmt="github", disable_numparse=True), ""]
        elif kind == "heading":
            lines += [f"## {part}", ""]
        else:
            lines += [part, ""]
    return "\n".join(lines)


def to_html(table: pl.DataFrame, paired: pl.DataFrame, info: dict) -> str:
    body = []
    for kind, part in _sections(table, paired, info):
        if kind == "table":  # tabulate escapes every cell
            body.append(tabulate(part[1], headers=part[0], tablefmt="html", disable_numparse=True))
        elif kind == "heading":
            body.append(f"<h4>{html.escape(part)}</h4>")
        else:
            body.append(f"<p>{inline_html(part)}</p>")
    return html_page(TITLE, "".join(body))


def write(table: pl.DataFrame, paired: pl.DataFrame, info: dict, out: dict) -> None:
    md = markdown(table, paired, info)
    write_text_atomic(out["md"], md)
    cols = ["model", "benchmark", "risk_area", "metric", "items", "uncertain_items", "judge_value", "judge_ci_low", "judge_ci_high",
            "labelled", "ppi_value", "ppi_ci_low", "ppi_ci_high", "lam", "labels_not_attached", "agreement_n",
            "accuracy", "kappa", "status"]
    Path(out["csv"]).parent.mkdir(parents=True, exist_ok=True)
    note = "# " + (info["judge_note"] or "judge unknown").replace("\n", " ") + "\n"
    csv = table.select([c for c in cols if c in table.columns]).write_csv() if not table.is_empty() else ""
    write_text_atomic(out["csv"], note + csv)
    write_text_atomic(out["paired_csv"], note + (paired.write_csv() if not paired.is_empty() else ""))
    write_text_atomic(out["html"], to_html(table, paired, info))


def run(pairs, comparisons, labels_path, out: dict, required: bool = False, truncated: str = "not_refused"):
    table, paired, info = build(pairs, comparisons, labels_path, truncated)
    if required:
        require(table)
    write(table, paired, info, out)
    return table
