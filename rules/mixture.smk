# The SFT mixture: sources cleaned once (dedup, decontamination against every eval set), then
# per enhanced model a length-filtered, seeded sample with exact per-kind counts.


rule clean_sft_pool:
    input:
        sources=sft_source_files,
        eval_sets=expand("results/benchmarks/{benchmark}.jsonl", benchmark=EVAL_SETS),
    output:
        pool="results/mixture/pool.jsonl",
        removed="results/mixture/removed.jsonl",
        stats="results/mixture/pool_stats.json",
    log:
        "logs/clean_sft_pool/pool.log",
    benchmark:
        "benchmarks/clean_sft_pool/pool.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        mem_mb=4000,
        runtime=60,
    params:
        sources=sft_sources(),
        eval_names=EVAL_SETS,
        settings=pool_settings(),
        version=VERSIONS["sft_pool"],
    script:
        "../scripts/clean_sft_pool.py"


rule build_mixture:
    input:
        pool="results/mixture/pool.jsonl",
        pool_stats="results/mixture/pool_stats.json",
        model=get_model_input,
    output:
        train="results/mixture/{model}/train.jsonl",
        stats="results/mixture/{model}/stats.json",
    log:
        "logs/build_mixture/{model}.log",
    benchmark:
        "benchmarks/build_mixture/{model}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        mem_mb=4000,
        runtime=60,
    params:
        spec=model_spec,
        settings=mixture_settings,
        version=VERSIONS["mixture"],
    script:
        "../scripts/build_mixture.py"
