from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.mixture.decontam import contamination_report

i = snakemake.input
contamination_report(dict(zip(snakemake.params.benchmarks, i.overlaps)), i.drops,
                     {m: {"stats": s, "train": t} for m, s, t in zip(snakemake.params.models, i.stats, i.train)},
                     snakemake.output.csv, snakemake.output.md, snakemake.output.html)
