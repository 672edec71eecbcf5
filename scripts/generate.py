# The one generation entry point (r1safe/inference/job.py): evaluation, consensus-key votes and the
# synthesis teacher's candidates. vLLM starts its engine core in a spawned process, which re-runs
# this file as "__mp_main__" (without the `snakemake` object): everything runs under the guard.
if __name__ == "__main__":
    from r1safe.logutil import attempt_succeeded, redirect_to_log

    redirect_to_log(snakemake.log[0], keep_attempts=True)  # a killed attempt's log survives the rerun
    from r1safe.inference.job import GenerationJob, run_job
    from r1safe.inference.run import prepare_process
    from r1safe.workflow.plan import Plan

    prepare_process(snakemake.threads)  # preemption keeps finished shards; compute threads as given
    teacher = snakemake.rule == "generate_candidates"
    model = snakemake.params.teacher if teacher else snakemake.wildcards.model
    benchmark = None if teacher else snakemake.wildcards.benchmark
    plan = Plan(snakemake.config)
    # batch and shard sizes, vLLM's scheduler: read now, not params (they change no output)
    now = plan.generation(snakemake.rule, model, benchmark)
    job = GenerationJob(
        model=model, source=snakemake.input.prompts if teacher else snakemake.input.records,
        source_manifest=snakemake.input.prompts_manifest if teacher else snakemake.input.benchmark_manifest,
        output=snakemake.output.candidates if teacher else snakemake.output.generations,
        manifest=snakemake.output.manifest, name="synthesis" if teacher else benchmark,
        spec=dict(snakemake.params.spec), generation=dict(snakemake.params.generation),
        backend=snakemake.params.backend, backend_options=dict(snakemake.params.backend_options))
    print(run_job(job, now.execution, now.engine_execution, now.shard_size, plan.settings.cluster))
    attempt_succeeded()
