# r1safe: Chinese-language safety evaluation and safety enhancement of reasoning LLMs.
from snakemake.utils import min_version

import os
import sys

from r1safe.config import check_workflow, is_dry_run
from r1safe.io import load_yaml
from r1safe.numerics import pin as pin_cpu_numerics
from r1safe.workflow.report_graph import install as install_report_graph

min_version("9.0")


# The embedded demo is the default; a config given with --configfile replaces it instead of being
# merged into it (a paper run must not inherit the demo's tiny model and sample benchmarks).
if not workflow.overwrite_configfiles:
    load_yaml(
        "config/config.yaml"
    )  # a syntax error named by line and column, before Snakemake reads it

    configfile: "config/config.yaml"


# One check for the Snakefile and `python -m r1safe check-config` (r1safe/config.py): the schema
# (config/schema.yaml, unknown keys named), duplicate YAML keys, each stage's own check, cross-field
# rules, and every input file, before any job. A dry run asked to plan without missing inputs gets
# them back (MISSING_INPUTS), and the plan leaves them out of the jobs' inputs.
MISSING_INPUTS = check_workflow(
    config,
    workflow.configfiles,
    plan_without_inputs=is_dry_run(sys.argv)
    and os.environ.get("R1SAFE_PLAN_WITHOUT_INPUTS") == "1",
)


# Submitting to SLURM from a SLURM host: the partitions' MaxTime from sinfo (unless cluster.max_time
# gives them), so a job over its limit is split into resubmissions or refused before any job.
from r1safe.cluster import submit_host_limits

SLURM_LIMITS = submit_host_limits(config, workflow.is_main_process)


# Jobs never download: hub models and HF datasets are staged by local rules on the submit host
# (rules/data.smk), which lift this for themselves; every job reads the cached snapshots offline.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

# Every job computes on the CPU's baseline paths, so a run gives the same bits on any x86-64 machine
# and thread count (r1safe/numerics.py; R1SAFE_CPU_NUMERICS=native for the machine's fastest paths).
pin_cpu_numerics()


# The HTML report's rule graph: one node per rule (Snakemake's draws a rule once per level it has jobs on).
install_report_graph()


report: "report/workflow.rst"


include: "rules/common.smk"
include: "rules/data.smk"
include: "rules/synthesis.smk"
include: "rules/mixture.smk"
include: "rules/train.smk"
include: "rules/generate.smk"
include: "rules/keys.smk"
include: "rules/judge.smk"
include: "rules/score.smk"
include: "rules/report.smk"
include: "rules/review.smk"


rule all:
    default_target: True
    input:
        PLAN.final_targets(),
    resources:
        **PLAN.resources("all", mem_mb=1000, runtime=1),


# A generation job keeps its shards (a job killed after its last shard resumes without generating
# again); once the whole run has succeeded, the shards of every job whose outputs are complete and
# recorded go.
onsuccess:
    from r1safe.inference.run import prune_shards

    for root in ("results/generations", "results/keys", "results/synthesis"):
        prune_shards(root)


# On SLURM, a cluster without accounting would leave the executor waiting for job states forever:
# stop before the first submission, naming the fix (r1safe/cluster.py). A job split into several
# submissions by its partition's MaxTime gets them as retries on top of the run's own.
onstart:
    for _rule, _extra in PLAN.extra_submissions().items():
        workflow.get_rule(_rule).restart_times = (
            workflow.execution_settings.retries + _extra
        )
        print(
            f"r1safe: rule {_rule}: jobs over their partition's MaxTime run in up to {_extra + 1} submissions"
        )
    if (
        workflow.executor_plugin is not None
        and workflow.executor_plugin.name == "slurm"
    ):
        import sys
        from r1safe.cluster import status_problem

        _es = workflow.executor_settings
        _problem = status_problem(
            getattr(_es, "status_command", None),
            getattr(_es, "init_seconds_before_status_checks", None),
        )
        if _problem:
            sys.exit(f"r1safe error: {_problem}")
