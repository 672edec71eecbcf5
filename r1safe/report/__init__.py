"""Tables (Markdown / CSV / LaTeX) from the per-benchmark score files."""
