# Per-area rates with counts and Wilson intervals.


rule score_responses:
    input:
        judgments="results/judgments/{model}/{benchmark}.jsonl",
        judge_manifest="results/judgments/{model}/{benchmark}.manifest.json",
    output:
        scores="results/scores/{model}/{benchmark}.csv",
        manifest="results/scores/{model}/{benchmark}.manifest.json",
    log:
        "logs/score_responses/{model}/{benchmark}.log",
    benchmark:
        "logs/timing/score_responses/{model}/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("score_responses", mem_mb=2000, runtime=10),
    params:
        max_error_rate=PLAN.settings.judge.max_error_rate,
        truncated=TRUNCATED,
        max_truncation_rate=PLAN.settings.judge.max_truncation_rate,
        version=VERSIONS["score"],
    script:
        "../scripts/score_responses.py"
