# vLLM starts its engine core in a spawned process, which re-runs this file as "__mp_main__"
# (without the `snakemake` object): everything runs under the guard.
if __name__ == "__main__":
    from r1safe.logutil import redirect_to_log

    redirect_to_log(snakemake.log[0])
    from r1safe.synthesis.run import run_judge
    from r1safe.workflow.plan import Plan  # the client settings: read now, not params

    run_judge(snakemake.input.prompts, snakemake.input.candidates, snakemake.input.policy, snakemake.output.judged,
              judge=snakemake.params.judge, judge_options=Plan(snakemake.config).judge_client("synthesis", dict(snakemake.params.judge_options)),
              min_policy_score=snakemake.params.min_policy_score, manifest=snakemake.output.manifest,
              generation_manifest=snakemake.input.generation_manifest)
