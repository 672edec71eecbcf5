from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.mixture.build import run_mix

run_mix(snakemake.input.pool, snakemake.input.pool_stats, snakemake.input.drops, dict(snakemake.params.spec),
        snakemake.wildcards.model, snakemake.output.train, snakemake.output.stats, dict(snakemake.params.settings),
        marker=snakemake.output.marker)
