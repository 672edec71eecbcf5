from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.mixture.build import run_clean

run_clean(dict(snakemake.params.sources), snakemake.output.pool, snakemake.output.removed, snakemake.output.stats,
          dict(snakemake.params.settings))
