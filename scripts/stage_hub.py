# A staging rule runs on the submit host, online: the jobs' HF_HUB_OFFLINE (set by the Snakefile) is
# lifted here, before huggingface_hub reads it at import.
import os

for var in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE"):
    os.environ.pop(var, None)

from r1safe.logutil import redirect_to_log  # noqa: E402

redirect_to_log(snakemake.log[0])
from r1safe.fetch import stage_hub  # noqa: E402

print(stage_hub(snakemake.params.path, snakemake.params.revision, snakemake.params.allow_pickle,
                snakemake.output.info, repo_type=snakemake.params.repo_type))
