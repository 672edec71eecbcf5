from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.benchmarks import run

records = run(dict(snakemake.params.spec), snakemake.output.records, snakemake.wildcards.benchmark,
              manifest=snakemake.output.manifest, skipped=snakemake.output.skipped)
print(f"{snakemake.wildcards.benchmark}: {len(records)} records")
