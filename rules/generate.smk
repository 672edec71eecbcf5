# Batched generation per model and benchmark with the model's own chat template.


rule generate_responses:
    input:
        model=get_model_input,
        records="results/benchmarks/{benchmark}.jsonl",
        benchmark_manifest="results/benchmarks/{benchmark}.manifest.json",
    output:
        generations="results/generations/{model}/{benchmark}.jsonl",
        manifest="results/generations/{model}/{benchmark}.manifest.json",
    log:
        "logs/generate_responses/{model}/{benchmark}.log",
    benchmark:
        "benchmarks/generate_responses/{model}/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: generation_threads
    resources:
        gpu=lambda wc: model_entry(wc).get("gpus", 0),
        mem_mb=lambda wc: model_entry(wc).get("mem_mb", 8000),
        runtime=lambda wc: model_entry(wc).get("runtime", 120),
    params:
        spec=model_spec,
        generation=generation_settings,
        backend=inference_backend,
        backend_options=backend_options,
        version=VERSIONS["generate"],
    script:
        "../scripts/generate_responses.py"
