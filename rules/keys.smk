# A consensus answer key for an MCQ benchmark without one (r1safe/keys.py): reference models vote,
# an item is keyed above the configured agreement. A key the user supplies always wins.


# The reference models' votes are the generation stage itself, sampled `samples` times per item.
use rule generate_responses as generate_key_votes with:
    output:
        generations="results/keys/{benchmark}/votes/{model}.jsonl",
        manifest="results/keys/{benchmark}/votes/{model}.manifest.json",
    log:
        "logs/generate_key_votes/{benchmark}/{model}.log",
    benchmark:
        "logs/timing/generate_key_votes/{benchmark}/{model}.tsv"
    threads: PLAN.threads("generate_key_votes")
    resources:
        **PLAN.resources("generate_key_votes"),
    params:
        spec=model_spec,
        generation=generation_of("generate_key_votes"),
        backend=backend,
        backend_options=backend_options,
        version=VERSIONS["generate"],


rule build_consensus_key:
    input:
        records="results/benchmarks/{benchmark}.jsonl",
        votes=key_votes(".jsonl"),
        manifests=key_votes(".manifest.json"),
    output:
        key="results/keys/{benchmark}.json",
        report="results/keys/{benchmark}.report.json",
        manifest="results/keys/{benchmark}.manifest.json",
    log:
        "logs/build_consensus_key/{benchmark}.log",
    benchmark:
        "logs/timing/build_consensus_key/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("build_consensus_key", mem_mb=2000, runtime=10),
    params:
        models=lambda wc: PLAN.consensus_models(wc.benchmark),
        samples=lambda wc: int(PLAN.benchmark(wc.benchmark).consensus().samples),
        min_agreement=lambda wc: float(
            PLAN.benchmark(wc.benchmark).consensus().min_agreement
        ),
        version=VERSIONS["consensus_key"],
    script:
        "../scripts/build_consensus_key.py"
