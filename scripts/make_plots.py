from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.report.plots import run

run(snakemake.input.comparison, dict(snakemake.output.items()))
