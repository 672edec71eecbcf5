# vLLM starts its engine core in a spawned process, which re-runs this file as "__mp_main__"
# (without the `snakemake` object): everything runs under the guard.
if __name__ == "__main__":
    from r1safe.logutil import attempt_succeeded, redirect_to_log

    redirect_to_log(snakemake.log[0], keep_attempts=True)  # a killed attempt's log survives the rerun
    from contextlib import nullcontext

    from r1safe.cluster import ClusterShape, RayCluster
    from r1safe.config import job_execution
    from r1safe.inference.base import GenerationConfig
    from r1safe.inference.run import prepare_process, run
    from r1safe.models import ModelSpec

    prepare_process(snakemake.threads)  # preemption keeps finished shards; compute threads as given
    # batch and shard sizes: read now, not params (they change no output, so they rerun nothing)
    execution = job_execution(snakemake.config, snakemake.rule, snakemake.wildcards.model, snakemake.wildcards.benchmark)
    shard_size = execution.pop("shard_size")
    engine_options = {**snakemake.params.backend_options, **execution.pop("backend_options")}
    # vLLM across nodes: a Ray cluster inside this job's allocation, stopped when generation ends
    ray = (RayCluster(engine_options["pipeline_parallel_size"], engine_options["tensor_parallel_size"],
                      ClusterShape.from_config(snakemake.config).ray_port)
           if engine_options.get("distributed_executor_backend") == "ray" else nullcontext())
    with ray:
        stats = run(snakemake.input.records, snakemake.output.generations,
                    ModelSpec.from_config(snakemake.wildcards.model, dict(snakemake.params.spec)),
                    GenerationConfig.from_dict({**snakemake.params.generation, **execution}),
                    backend=snakemake.params.backend, shard_size=shard_size, model=snakemake.wildcards.model,
                    benchmark_name=snakemake.wildcards.benchmark, manifest=snakemake.output.manifest,
                    benchmark_manifest=snakemake.input.benchmark_manifest, backend_options=engine_options)
    print(stats)
    attempt_succeeded()
