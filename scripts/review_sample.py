from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.review.sample import run

pairs = [{**p, "records": r, "generations": g, "judgments": j}
         for p, r, g, j in zip(snakemake.params.pairs, snakemake.input.records, snakemake.input.generations,
                               snakemake.input.judgments)]
print(run(pairs, snakemake.output.sample, int(snakemake.params.size), int(snakemake.params.seed)))
