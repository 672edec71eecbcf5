from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.mixture.decontam import run_overlap

run_overlap(snakemake.input.pool, snakemake.input.records, snakemake.wildcards.benchmark, snakemake.output.overlap,
            dict(snakemake.params.settings))
