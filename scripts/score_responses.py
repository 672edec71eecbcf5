from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.metrics.score import run

print(run(snakemake.input.judgments, snakemake.output.scores, snakemake.wildcards.model,
          snakemake.wildcards.benchmark, max_error_rate=snakemake.params.max_error_rate,
          manifest=snakemake.output.manifest, judge_manifest=snakemake.input.judge_manifest,
          truncated=snakemake.params.truncated, max_truncation_rate=snakemake.params.max_truncation_rate))
