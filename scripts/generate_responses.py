import signal

from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.inference.__main__ import _terminate
from r1safe.inference.base import GenerationConfig
from r1safe.inference.run import run
from r1safe.models import ModelSpec

import torch

torch.set_num_threads(max(1, snakemake.threads))  # as many compute threads as the job was given
signal.signal(signal.SIGTERM, _terminate)  # preemption: keep finished shards, drop the one in flight
stats = run(snakemake.input.records, snakemake.output.generations,
            ModelSpec.from_config(snakemake.wildcards.model, dict(snakemake.params.spec)),
            GenerationConfig.from_dict(dict(snakemake.params.generation)), backend=snakemake.params.backend,
            shard_size=snakemake.params.shard_size, model=snakemake.wildcards.model,
            benchmark_name=snakemake.wildcards.benchmark, manifest=snakemake.output.manifest,
            benchmark_manifest=snakemake.input.benchmark_manifest, backend_options=dict(snakemake.params.backend_options))
print(stats)
