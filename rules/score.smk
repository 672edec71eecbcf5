# Per-area rates with counts and Wilson intervals.


rule score_responses:
    input:
        judgments="results/judgments/{model}/{benchmark}.jsonl",
    output:
        scores="results/scores/{model}/{benchmark}.csv",
    params:
        version=VERSIONS["score"],
    log:
        "logs/score_responses/{model}/{benchmark}.log",
    benchmark:
        "benchmarks/score_responses/{model}/{benchmark}.tsv"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=10,
    conda:
        "../envs/r1safe.yaml"
    script:
        "../scripts/score_responses.py"
