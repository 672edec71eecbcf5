# MCQ answer extraction, numeric answers, and the refusal judge.


rule judge_responses:
    input:
        unpack(consensus_key_inputs),
        endpoint=PLAN.endpoint_check("judge"),
        records="results/benchmarks/{benchmark}.jsonl",
        generations="results/generations/{model}/{benchmark}.jsonl",
        generation_manifest="results/generations/{model}/{benchmark}.manifest.json",
    output:
        judgments="results/judgments/{model}/{benchmark}.jsonl",
        manifest="results/judgments/{model}/{benchmark}.manifest.json",
    log:
        "logs/judge_responses/{model}/{benchmark}.log",
    benchmark:
        "logs/timing/judge_responses/{model}/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("judge_responses"),
    params:
        judge=PLAN.settings.judge.refusal,
        judge_options=PLAN.judge_params("judge"),
        judge_traces=PLAN.settings.judge.judge_traces,
        key_info=lambda wc: PLAN.key_info(wc.benchmark),
        version=PLAN.judge_version(),
    script:
        "../scripts/judge_responses.py"


# An LLM judge behind an endpoint is checked from where the judge jobs run (a job like them, on a
# cluster a compute node) before any judge job starts; temp(): checked again by every run that judges.
rule check_judge_endpoint:
    output:
        checked=temp("results/judgments/endpoint.{which}.json"),
    log:
        "logs/check_judge_endpoint/{which}.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("check_judge_endpoint", mem_mb=1000, runtime=5),
    params:
        options=lambda wc: PLAN.judge_options(wc.which),
        where=lambda wc: (
            "judge.llm" if wc.which == "judge" else "synthesis.judge_options"
        ),
    script:
        "../scripts/check_judge_endpoint.py"
