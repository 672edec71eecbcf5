from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.fetch import fetch_stage

print(fetch_stage(snakemake.params.path, snakemake.params.revision, snakemake.params.allow_pickle,
                  snakemake.output.info))
