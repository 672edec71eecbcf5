"""Where the workflow writes what a later rule or a reader looks for (the per-job paths live in the
rules themselves)."""

from __future__ import annotations

SYNTH_ACCEPTED = "results/synthesis/accepted.jsonl"
SYNTH_OUTPUTS = {
    "accepted": SYNTH_ACCEPTED,
    "rejected": "results/synthesis/rejected.jsonl",
    "datasheet": "results/synthesis/datasheet.json",
    "datasheet_md": "results/synthesis/datasheet.md",
    "datasheet_html": "results/synthesis/datasheet.html",
    "manifest": "results/synthesis/accepted.manifest.json",
}
DROPS = "results/mixture/drops.json"
CONTAMINATION = {
    "csv": "results/tables/contamination.csv",
    "md": "results/tables/contamination.md",
    "html": "results/tables/contamination.html",
}
TABLES = {
    "manifest": "results/tables/manifest.json",
    "distillation_md": "results/tables/distillation.md",
    "distillation_csv": "results/tables/distillation.csv",
    "distillation_tex": "results/tables/distillation.tex",
    "comparison_md": "results/tables/comparison.md",
    "comparison_csv": "results/tables/comparison.csv",
    "comparison_tex": "results/tables/comparison.tex",
    "safety_md": "results/tables/safety.md",
    "safety_csv": "results/tables/safety.csv",
    "safety_tex": "results/tables/safety.tex",
    "reasoning_md": "results/tables/reasoning.md",
    "history_md": "results/tables/history.md",
    "history_csv": "results/tables/history.csv",
    "reasoning_csv": "results/tables/reasoning.csv",
    "scores_csv": "results/tables/scores_long.csv",
    "comparison_html": "results/tables/comparison.html",
    "wide_md": "results/tables/wide.md",
    "summary_txt": "results/tables/summary.txt",
    "wide_csv": "results/tables/wide.csv",
    "wide_tex": "results/tables/wide.tex",
    "provenance_json": "results/tables/provenance.json",
    "wide_html": "results/tables/wide.html",
    "distillation_html": "results/tables/distillation.html",
    "safety_html": "results/tables/safety.html",
    "reasoning_html": "results/tables/reasoning.html",
}
# The tables that go into the Snakemake HTML report: (caption report/<name>.rst, category).
REPORTED = {
    "wide_html": ("wide", "0. Paper tables"),
    "comparison_html": ("comparison", "1. Comparison"),
    "distillation_html": ("distillation", "1. Comparison"),
    "safety_html": ("safety", "2. Scores"),
    "reasoning_html": ("reasoning", "2. Scores"),
}
PLOTS = ["results/plots/domains.png", "results/plots/delta_heatmap.png", "results/plots/tradeoff.png"]
REVIEW_TABLES = {
    "md": "results/tables/review.md",
    "csv": "results/tables/review.csv",
    "paired_csv": "results/tables/review_paired.csv",
    "html": "results/tables/review.html",
}
