from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.synthesis.seeds import run_prepare

run_prepare(dict(snakemake.params.seeds), snakemake.input.policy, snakemake.output.prompts, snakemake.output.removed,
            manifest=snakemake.output.manifest, placement=snakemake.params.placement)
