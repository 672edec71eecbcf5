# MCQ answer extraction, numeric answers, and the refusal judge.


rule judge_responses:
    input:
        records="results/benchmarks/{benchmark}.jsonl",
        generations="results/generations/{model}/{benchmark}.jsonl",
        generation_manifest="results/generations/{model}/{benchmark}.manifest.json",
    output:
        judgments="results/judgments/{model}/{benchmark}.jsonl",
        manifest="results/judgments/{model}/{benchmark}.manifest.json",
    params:
        judge=config.get("judge", {}).get("refusal", "rule"),
        judge_options=canonical(config.get("judge", {}).get("llm", {})) if config.get("judge", {}).get("refusal") == "llm" else {},
        judge_traces=config.get("judge", {}).get("judge_traces", False),
        version=VERSIONS["judge"],
    log:
        "logs/judge_responses/{model}/{benchmark}.log",
    benchmark:
        "benchmarks/judge_responses/{model}/{benchmark}.tsv"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=30,
    conda:
        "../envs/r1safe.yaml"
    script:
        "../scripts/judge_responses.py"
