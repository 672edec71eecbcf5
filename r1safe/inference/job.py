"""One generation job, whichever rule asks for it (an evaluation, a consensus key's votes, the
synthesis teacher's candidates): the one entry point (scripts/generate.py calls :func:`run_job`).

The job's params hold what its outputs depend on (the model's loading spec, the result-defining
generation settings, the backend and its engine options); how fast it runs (batch and shard sizes,
vLLM's scheduler and memory settings) is read from the config now, through the workflow plan's one
layering of the generation settings, so changing it reruns nothing. A model spread over several nodes
(vLLM pipeline parallel over Ray) gets its Ray cluster started inside the job's allocation and
stopped when the generation ends, for every rule alike.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from typing import Mapping

from r1safe.cluster import ClusterShape, RayCluster, task_cpus
from r1safe.inference.base import GenerationConfig
from r1safe.inference.run import run
from r1safe.models import ModelSpec


@dataclass(frozen=True)
class GenerationJob:
    """What one generation job reads and writes, and its result-defining params."""

    model: str
    source: str  # the records (a benchmark) or the prompts (synthesis) to answer
    source_manifest: str
    output: str
    manifest: str
    name: str  # the benchmark's name, or "synthesis"
    spec: Mapping
    generation: Mapping
    backend: str
    backend_options: Mapping


def engine_context(options: Mapping, cluster: ClusterShape, ray=RayCluster):
    """The Ray cluster a multi-node vLLM engine needs (pipeline parallel across nodes, tensor
    parallel inside each), or nothing for a model on one node."""
    if options.get("distributed_executor_backend") != "ray":
        return nullcontext()
    nodes, per = int(options["pipeline_parallel_size"]), int(options["tensor_parallel_size"])
    return ray(nodes, per, cluster.ray_port, cpus=task_cpus(nodes * per, cluster))


def run_job(job: GenerationJob, execution: Mapping, engine_execution: Mapping, shard_size: int,
            cluster: ClusterShape, ray=RayCluster) -> dict:
    """Generate (resumable shards, r1safe.inference.run), inside a Ray cluster where the engine
    spans nodes."""
    engine = {**job.backend_options, **engine_execution}
    with engine_context(engine, cluster, ray):
        return run(job.source, job.output, ModelSpec.from_config(job.model, dict(job.spec)),
                   GenerationConfig.from_dict({**job.generation, **execution}), backend=job.backend,
                   shard_size=shard_size, model=job.model, benchmark_name=job.name, manifest=job.manifest,
                   benchmark_manifest=job.source_manifest, backend_options=engine)
