"""The run's result in a few lines (``results/tables/summary.txt``, printed at the end of ``make demo``):
per safety-enhanced model, the headline rates before and after with their intervals and paired tests,
what they show, the judge that labelled them and its measured error, and where the full tables are."""

from __future__ import annotations

import polars as pl

from r1safe.models import SAFE_SUFFIX
from r1safe.report.render import fmt_rate
from r1safe.taxonomy import AREA_BY_KEY

HEADLINE = ("RR-1", "HR", "ORR")
WORDS = {"RR-1": "risky questions refused", "HR": "harmful answers", "ORR": "benign look-alikes refused"}
OPEN = ("results/tables/wide.md (every table, per risk area)", "results/report.html (the HTML report)",
        "results/tables/review.md (the judge checked by people on this run)")


def summary_text(comp: pl.DataFrame, judge_line: str) -> str:
    """``comp``: the comparison table (r1safe.report.compare.comparison_table)."""
    if comp.is_empty() or "safe" not in comp.columns:
        return "No model is safety-enhanced in this configuration: see results/tables/safety.md.\n"
    lines = []
    for model in comp["model"].unique(maintain_order=True).to_list():
        rows = comp.filter(pl.col("model") == model)
        overall = {r["metric"]: r for r in rows.filter(pl.col("domain") == "overall").iter_rows(named=True)}
        reasoning = [r for r in rows.filter(pl.col("metric") == "ACC").iter_rows(named=True)
                     if r["domain"] not in AREA_BY_KEY and r["domain"] != "overall"]
        lines.append(f"{model} -> {model}{SAFE_SUFFIX} (r1safe's safety SFT), all items of each set:")
        for metric in HEADLINE:
            if metric in overall:
                lines.append(_line(f"{metric} ({WORDS[metric]})", overall[metric]))
        for r in reasoning:
            lines.append(_line(f"{r['domain']} (pass@1)", r))
        lines.extend(_reading(overall, reasoning))
        lines.append("")
    if judge_line:
        lines.append(judge_line)
    lines.append("Open: " + "; ".join(OPEN) + ".")
    return "\n".join(lines) + "\n"


def _line(label: str, r: dict) -> str:
    before = fmt_rate(r.get("original"), r.get("original_lo"), r.get("original_hi"))
    after = fmt_rate(r.get("safe"), r.get("safe_lo"), r.get("safe_hi"))
    test = ""
    if r.get("p") is not None:
        test = f"  (paired test p={r['p']:.2g} over {r['n_paired']} items{', significant' if r.get('sig') else ''})"
    return f"  {label:<38} {before:>21} -> {after:<21}{test}"


def _direction(r: dict | None) -> int:
    """+1 / -1 where the paired test finds a change (adjusted p < 0.05), 0 where it does not."""
    if not r or r.get("delta") is None or not r.get("sig"):
        return 0
    return 1 if r["delta"] > 0 else -1


def _reading(overall: dict, reasoning: list[dict]) -> list[str]:
    """What the numbers say, in words chosen from the paired tests (never from the point estimates
    alone)."""
    rr1, orr = _direction(overall.get("RR-1")), _direction(overall.get("ORR"))
    refusals = {1: "it refuses more of the risky questions", -1: "it refuses fewer of the risky questions",
                0: "no significant change in its refusals of risky questions"}[rr1]
    if orr > 0:
        refusals += (", and more of the benign look-alikes too (over-refusal: part of the gain is refusing "
                     "whatever looks risky)")
    elif "ORR" in overall:
        refusals += ", without a significant rise in over-refusal"
    says = [refusals]
    if reasoning:
        moves = {r["domain"]: _direction(r) for r in reasoning}
        fell = [d for d, m in moves.items() if m < 0]
        rose = [d for d, m in moves.items() if m > 0]
        says.append(f"its reasoning accuracy falls on {', '.join(fell)}" if fell else
                    f"its reasoning accuracy does not fall (it rises on {', '.join(rose)})" if rose else
                    "no significant change in its reasoning accuracy")
    return ["  What it shows: " + "; ".join(says) + "."]
