from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.benchmarks import check

print(check(dict(snakemake.params.spec), snakemake.output.checked, snakemake.wildcards.benchmark))
