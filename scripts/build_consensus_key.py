from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.keys import run

models = list(snakemake.params.models)
run(snakemake.input.records, dict(zip(models, snakemake.input.votes)), snakemake.output.key, snakemake.output.report,
    snakemake.params.samples, snakemake.params.min_agreement,
    vote_manifests=dict(zip(models, snakemake.input.manifests)), manifest=snakemake.output.manifest)
