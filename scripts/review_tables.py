from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.review.report import run

pairs = [{**p, "generations": g, "judgments": j}
         for p, g, j in zip(snakemake.params.pairs, snakemake.input.generations, snakemake.input.judgments)]
run(pairs, [tuple(c) for c in snakemake.params.comparisons], snakemake.input.labels[0] if snakemake.input.labels else None,
    dict(snakemake.output), required=bool(snakemake.params.required), truncated=snakemake.params.truncated)
