from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.benchmarks import run

staged = [f for f in snakemake.input.files if str(f).startswith("results/data/hub/")]
records = run(dict(snakemake.params.spec), snakemake.output.records, snakemake.wildcards.benchmark,
              manifest=snakemake.output.manifest, skipped=snakemake.output.skipped,
              staged=staged[0] if staged else None)
print(f"{snakemake.wildcards.benchmark}: {len(records)} records")
