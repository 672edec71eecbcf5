# The SFT mixture: sources deduplicated once into a pool; the pool screened against each eval set in
# a step of its own (find_overlap, one per benchmark; decontam_drops, their union); per enhanced model
# a decontaminated, length-filtered, seeded sample with exact per-kind counts.
#
# What reruns what: a benchmark edit reruns its own find_overlap and decontam_drops, both cheap. The
# mixture reads drops.json as ancient(), so a rewritten drops.json reruns nothing by itself: the
# mixture (and SFT, and every -safe evaluation) reruns only when the set of records to drop changes.
# decontam_drops then removes the marker of every mixture built against another set (its
# decontam.json output, a missing output being Snakemake's own rerun trigger), contamination_report
# refuses that run's tables, and the next run retrains (the README's "what reruns what").


rule clean_sft_pool:
    input:
        sources=PLAN.sft_source_files(),
    output:
        pool="results/mixture/pool.jsonl",
        removed="results/mixture/removed.jsonl",
        stats="results/mixture/pool_stats.json",
    log:
        "logs/clean_sft_pool/pool.log",
    benchmark:
        "logs/timing/clean_sft_pool/pool.tsv"
    priority: 30
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("clean_sft_pool", mem_mb=4000, runtime=60),
    params:
        sources=PLAN.sft_sources(),
        settings=PLAN.pool_settings(),
        version=VERSIONS["sft_pool"],
    script:
        "../scripts/clean_sft_pool.py"


rule find_overlap:
    input:
        pool="results/mixture/pool.jsonl",
        records="results/benchmarks/{benchmark}.jsonl",
    output:
        overlap="results/mixture/overlap/{benchmark}.json",
    log:
        "logs/find_overlap/{benchmark}.log",
    benchmark:
        "logs/timing/find_overlap/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("find_overlap", mem_mb=4000, runtime=60),
    params:
        settings=PLAN.decontam_settings(),
        version=VERSIONS["decontam"],
    script:
        "../scripts/find_overlap.py"


rule decontam_drops:
    input:
        overlaps=expand("results/mixture/overlap/{benchmark}.json", benchmark=EVAL_SETS),
    output:
        drops=DROPS,
    log:
        "logs/decontam_drops/drops.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("decontam_drops", mem_mb=2000, runtime=10),
    params:
        markers=PLAN.decontam_markers(),
        version=VERSIONS["decontam"],
    script:
        "../scripts/decontam_drops.py"


rule build_mixture:
    input:
        pool="results/mixture/pool.jsonl",
        pool_stats="results/mixture/pool_stats.json",
        drops=ancient(DROPS),
        model=model_input,
    output:
        train="results/mixture/{model}/train.jsonl",
        stats="results/mixture/{model}/stats.json",
        marker="results/mixture/{model}/decontam.json",
    log:
        "logs/build_mixture/{model}.log",
    benchmark:
        "logs/timing/build_mixture/{model}.tsv"
    priority: 30
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("build_mixture", mem_mb=4000, runtime=60),
    params:
        spec=model_spec,
        settings=lambda wc: PLAN.mixture_settings(wc.model),
        version=VERSIONS["mixture"],
    script:
        "../scripts/build_mixture.py"


rule contamination_report:
    input:
        overlaps=expand("results/mixture/overlap/{benchmark}.json", benchmark=EVAL_SETS),
        drops=DROPS,
        stats=expand("results/mixture/{model}/stats.json", model=ENHANCED),
        train=expand("results/mixture/{model}/train.jsonl", model=ENHANCED),
    output:
        csv=CONTAMINATION["csv"],
        md=CONTAMINATION["md"],
        html=as_report(
            CONTAMINATION["html"],
            caption="../report/contamination.rst",
            category="4. Safety data",
        ),
    log:
        "logs/contamination_report/report.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("contamination_report", mem_mb=2000, runtime=10),
    params:
        benchmarks=EVAL_SETS,
        models=ENHANCED,
        version=VERSIONS["decontam"],
    script:
        "../scripts/contamination_report.py"
