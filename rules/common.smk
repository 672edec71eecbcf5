# What the rules share: the plan (r1safe/workflow/plan.py answers every question a rule asks, from
# the config parsed once into the stages' typed settings), the paths later rules and readers look
# for, the wildcard constraints, and one-line wrappers for the input functions. No logic here.
from r1safe.workflow.paths import CONTAMINATION, DROPS, PLOTS, REPORTED, REVIEW_TABLES
from r1safe.workflow.paths import SYNTH_ACCEPTED, SYNTH_OUTPUTS, TABLES
from r1safe.workflow.plan import Plan, canonical

# Built in the Snakefile after the config check; MISSING_INPUTS: what a dry run plans without;
# SLURM_LIMITS: the partitions' MaxTime a SLURM submission checks against.
PLAN = Plan(config, MISSING_INPUTS, SLURM_LIMITS)
# Each stage's version comes from the module that implements it (r1safe/versions.py): bumping a
# module's VERSION reruns exactly that stage and what depends on it.
VERSIONS = PLAN.versions
MODELS = PLAN.models
BENCHMARKS = PLAN.benchmarks
EVAL_SETS = PLAN.eval_sets
ENHANCED = PLAN.enhanced
EVAL_MODELS = PLAN.eval_models
TEACHER = PLAN.teacher
REVIEW_PAIRS = PLAN.review_pairs()
REVIEW_LABELS = PLAN.settings.review.labels
TRUNCATED = PLAN.settings.judge.truncated


wildcard_constraints:
    model=r"[A-Za-z0-9][A-Za-z0-9._-]*",
    benchmark=r"[A-Za-z0-9][A-Za-z0-9_-]*",


# ---- input functions and params of wildcard jobs: one-line lookups into the plan ----------------


def model_input(wildcards):
    return PLAN.model_input(wildcards.model)


def model_spec(wildcards):
    return PLAN.spec(wildcards.model)


def generation_of(rule_name):
    """The result-defining generation params of a generation rule's jobs."""
    return lambda wc: PLAN.generation(
        rule_name, wc.model, getattr(wc, "benchmark", None)
    ).settings


def backend(wildcards):
    return PLAN.backend(wildcards.model)


def backend_options(wildcards):
    return PLAN.backend_options(wildcards.model)


def benchmark_spec(wildcards):
    return PLAN.benchmark_spec(wildcards.benchmark)


def benchmark_inputs(wildcards):
    return PLAN.benchmark_inputs(wildcards.benchmark)


def consensus_key_inputs(wildcards):
    return PLAN.consensus_inputs(wildcards.benchmark)


def key_votes(suffix):
    """The reference models' vote files (``.jsonl``) or manifests (``.manifest.json``)."""
    return lambda wc: [
        f"results/keys/{wc.benchmark}/votes/{m}{suffix}"
        for m in PLAN.consensus_models(wc.benchmark)
    ]


def per_model_files(pattern, models=None):
    return PLAN.per_model(pattern, models)


def table_outputs():
    """The tables; those of REPORTED go into the HTML report with their captions."""
    return {
        k: (
            as_report(
                v,
                caption=f"../report/{REPORTED[k][0]}.rst",
                category=REPORTED[k][1],
            )
            if k in REPORTED
            else v
        )
        for k, v in TABLES.items()
    }


# Snakemake's report() marker under another name: at a line start "report" reads as a directive.
as_report = report
