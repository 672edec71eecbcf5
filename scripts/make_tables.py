from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.report.stage import run

run(list(snakemake.input.scores), dict(snakemake.output.items()), models=list(snakemake.params.models),
    comparison=list(snakemake.params.comparison), manifests=list(snakemake.input.manifests),
    judgments=list(snakemake.input.judgments), distillation=list(snakemake.params.distillation),
    truncated=snakemake.params.truncated, formats=dict(snakemake.params.formats))
