from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.metrics.score import run

print(run(snakemake.input.judgments, snakemake.output.scores, snakemake.wildcards.model,
          snakemake.wildcards.benchmark))
