# r1safe: Chinese-language safety evaluation and safety enhancement of reasoning LLMs.
from snakemake.utils import min_version, validate

min_version("9.0")


# The embedded demo is the default; a config given with --configfile replaces it instead of being
# merged into it (a paper run must not inherit the demo's tiny model and sample benchmarks).
if not workflow.overwrite_configfiles:

    configfile: "config/config.yaml"


validate(config, "config/schema.yaml")


report: "report/workflow.rst"


include: "rules/common.smk"
include: "rules/data.smk"
include: "rules/synthesis.smk"
include: "rules/mixture.smk"
include: "rules/train.smk"
include: "rules/generate.smk"
include: "rules/judge.smk"
include: "rules/score.smk"
include: "rules/report.smk"


rule all:
    input:
        final_targets(),
    default_target: True
