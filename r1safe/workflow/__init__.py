"""The workflow's plan: every question the Snakemake rules ask (inputs, params, resources, targets),
answered by the package from the typed settings, so that the rules are thin glue and the answers are
unit-tested (r1safe/workflow/plan.py)."""
