# MCQ answer extraction, numeric answers, and the refusal judge.


rule judge_responses:
    input:
        unpack(consensus_key_inputs),
        endpoint=endpoint_check("judge", refusal_judge_options()),
        records="results/benchmarks/{benchmark}.jsonl",
        generations="results/generations/{model}/{benchmark}.jsonl",
        generation_manifest="results/generations/{model}/{benchmark}.manifest.json",
    output:
        judgments="results/judgments/{model}/{benchmark}.jsonl",
        manifest="results/judgments/{model}/{benchmark}.manifest.json",
    log:
        "logs/judge_responses/{model}/{benchmark}.log",
    benchmark:
        "benchmarks/judge_responses/{model}/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        gpu=llm_judge_resources(refusal_judge_options(), "gpu", 0),
        mem_mb=llm_judge_resources(refusal_judge_options(), "mem_mb", 2000),
        runtime=llm_judge_resources(refusal_judge_options(), "runtime", 30),
    params:
        judge=setting(config, "judge.refusal"),
        judge_options=without_client(refusal_judge_options()),
        judge_traces=setting(config, "judge.judge_traces"),
        key_info=benchmark_key_info,
        version=stage_judge_version(),
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
        mem_mb=1000,
        runtime=5,
    params:
        options=lambda wc: endpoint_options(wc.which),
        where=lambda wc: (
            "judge.llm" if wc.which == "judge" else "synthesis.judge_options"
        ),
    script:
        "../scripts/check_judge_endpoint.py"
