# r1safe: Chinese-language safety evaluation and safety enhancement of reasoning LLMs.
from snakemake.utils import min_version, validate

min_version("9.0")


configfile: "config/config.yaml"


validate(config, "config/schema.yaml")


report: "report/workflow.rst"


include: "rules/common.smk"
include: "rules/data.smk"
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
