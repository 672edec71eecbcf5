# Aggregate tables: model x risk area (safety) and model x benchmark (reasoning).


rule make_tables:
    input:
        scores=per_model_files("results/scores/{model}/{benchmark}.csv"),
        manifests=per_model_files("results/scores/{model}/{benchmark}.manifest.json"),
        judgments=per_model_files("results/judgments/{model}/{benchmark}.jsonl"),
        contamination=PLAN.contamination_outputs(),
    output:
        **table_outputs(),
    log:
        "logs/make_tables/tables.log",
    benchmark:
        "logs/timing/make_tables/tables.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("make_tables", mem_mb=2000, runtime=10),
    params:
        models=EVAL_MODELS,
        comparison=PLAN.comparison(),
        distillation=PLAN.distillation(),
        truncated=TRUNCATED,
        formats=PLAN.formats(),
        version=VERSIONS["tables"],
    script:
        "../scripts/make_tables.py"


rule make_plots:
    input:
        comparison="results/tables/comparison.csv",
    output:
        bars=as_report(
            "results/plots/domains.png",
            caption="../report/domains.rst",
            category="3. Plots",
        ),
        heatmap=as_report(
            "results/plots/delta_heatmap.png",
            caption="../report/heatmap.rst",
            category="3. Plots",
        ),
        tradeoff=as_report(
            "results/plots/tradeoff.png",
            caption="../report/tradeoff.rst",
            category="3. Plots",
        ),
    log:
        "logs/make_plots/plots.log",
    benchmark:
        "logs/timing/make_plots/plots.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("make_plots", mem_mb=2000, runtime=10),
    params:
        version=VERSIONS["plots"],
    script:
        "../scripts/make_plots.py"
