# vLLM starts its engine core in a spawned process, which re-runs this file as "__mp_main__"
# (without the `snakemake` object): everything runs under the guard.
if __name__ == "__main__":
    from r1safe.logutil import redirect_to_log

    redirect_to_log(snakemake.log[0])
    from r1safe.judge.run import run
    from r1safe.workflow.plan import Plan  # the client settings: read now, not params

    run(snakemake.input.records, snakemake.input.generations, snakemake.output.judgments, snakemake.params.judge,
        judge_options=Plan(snakemake.config).judge_client("judge", dict(snakemake.params.judge_options)), judge_traces=snakemake.params.judge_traces,
        manifest=snakemake.output.manifest, generation_manifest=snakemake.input.generation_manifest,
        answer_key=snakemake.input.get("key"), key_report=snakemake.input.get("key_report"),
        key_info=dict(snakemake.params.key_info) or None)
