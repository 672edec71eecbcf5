from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.mixture.decontam import run_drops

run_drops(list(snakemake.input.overlaps), snakemake.output.drops, markers=list(snakemake.params.markers))
