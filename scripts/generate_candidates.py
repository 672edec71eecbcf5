# vLLM starts its engine core in a spawned process, which re-runs this file as "__mp_main__"
# (without the `snakemake` object): everything runs under the guard.
if __name__ == "__main__":
    from r1safe.logutil import attempt_succeeded, redirect_to_log

    redirect_to_log(snakemake.log[0], keep_attempts=True)  # a killed attempt's log survives the rerun
    from r1safe.config import job_execution
    from r1safe.inference.base import GenerationConfig
    from r1safe.inference.run import prepare_process, run
    from r1safe.models import ModelSpec

    prepare_process(snakemake.threads)  # the teacher's candidates are resumable shards, like every generation
    execution = job_execution(snakemake.config, snakemake.rule, snakemake.params.teacher)  # not params: reruns nothing
    shard_size = execution.pop("shard_size")
    engine_options = {**snakemake.params.backend_options, **execution.pop("backend_options")}
    print(run(snakemake.input.prompts, snakemake.output.candidates,
              ModelSpec.from_config(snakemake.params.teacher, dict(snakemake.params.spec)),
              GenerationConfig.from_dict({**snakemake.params.generation, **execution}), backend=snakemake.params.backend,
              shard_size=shard_size, model=snakemake.params.teacher, benchmark_name="synthesis",
              manifest=snakemake.output.manifest, benchmark_manifest=snakemake.input.prompts_manifest,
              backend_options=engine_options))
    attempt_succeeded()
