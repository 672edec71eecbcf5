# Batched generation per model and benchmark with the model's own chat template.


rule generate_responses:
    input:
        model=model_input,
        records="results/benchmarks/{benchmark}.jsonl",
        benchmark_manifest="results/benchmarks/{benchmark}.manifest.json",
    output:
        generations="results/generations/{model}/{benchmark}.jsonl",
        manifest="results/generations/{model}/{benchmark}.manifest.json",
    log:
        "logs/generate_responses/{model}/{benchmark}.log",
    benchmark:
        "logs/timing/generate_responses/{model}/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: PLAN.threads("generate_responses")
    resources:
        **PLAN.resources("generate_responses"),
    params:
        spec=model_spec,
        generation=generation_of("generate_responses"),
        backend=backend,
        backend_options=backend_options,
        version=VERSIONS["generate"],
    script:
        "../scripts/generate.py"
