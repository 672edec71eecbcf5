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
        "benchmarks/generate_key_votes/{benchmark}/{model}.tsv"
    params:
        spec=model_spec,
        generation=key_vote_generation,
        backend=inference_backend,
        backend_options=backend_options,
        version=VERSIONS["generate"],


rule build_consensus_key:
    input:
        records="results/benchmarks/{benchmark}.jsonl",
        votes=key_vote_files,
        manifests=key_vote_manifests,
    output:
        key="results/keys/{benchmark}.json",
        report="results/keys/{benchmark}.report.json",
        manifest="results/keys/{benchmark}.manifest.json",
    log:
        "logs/build_consensus_key/{benchmark}.log",
    benchmark:
        "benchmarks/build_consensus_key/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        models=lambda wc: consensus_spec(wc.benchmark)["models"],
        samples=lambda wc: int(consensus_spec(wc.benchmark).get("samples", 5)),
        min_agreement=lambda wc: float(
            consensus_spec(wc.benchmark).get("min_agreement", 0.8)
        ),
        version=VERSIONS["consensus_key"],
    script:
        "../scripts/build_consensus_key.py"
