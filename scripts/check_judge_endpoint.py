from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.judge.clients import check_endpoint

print(check_endpoint(dict(snakemake.params.options), snakemake.output.checked, where=snakemake.params.where))
