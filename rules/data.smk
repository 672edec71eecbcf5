# Benchmarks in (normalized to one schema) and the demo's tiny model, built offline.


# Checking an input is its own step: a bad file stops the run here, before prepare_benchmark would
# replace (and Snakemake delete) the records, manifest and skipped-record report of an earlier run.
rule check_benchmark:
    input:
        benchmark_inputs,
    output:
        checked="results/benchmarks/{benchmark}.checked.json",
    log:
        "logs/check_benchmark/{benchmark}.log",
    benchmark:
        "logs/timing/check_benchmark/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("check_benchmark", mem_mb=2000, runtime=10),
    params:
        spec=benchmark_spec,
        version=VERSIONS["benchmark"],
    script:
        "../scripts/check_benchmark.py"


rule prepare_benchmark:
    input:
        files=benchmark_inputs,
        checked="results/benchmarks/{benchmark}.checked.json",
    output:
        records="results/benchmarks/{benchmark}.jsonl",
        manifest="results/benchmarks/{benchmark}.manifest.json",
        skipped="results/benchmarks/{benchmark}.skipped.jsonl",
    log:
        "logs/prepare_benchmark/{benchmark}.log",
    benchmark:
        "logs/timing/prepare_benchmark/{benchmark}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("prepare_benchmark", mem_mb=2000, runtime=10),
    params:
        spec=benchmark_spec,
        version=VERSIONS["benchmark"],
    script:
        "../scripts/prepare_benchmark.py"


rule build_tiny_model:
    input:
        chats=lambda wc: PLAN.tiny_chats(wc.model),
        texts=list(PLAN.settings.tiny_model.tokenizer_texts),
    output:
        model=directory("results/models/tiny/{model}"),
    log:
        "logs/build_tiny_model/{model}.log",
    benchmark:
        "logs/timing/build_tiny_model/{model}.tsv"
    priority: 50
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("build_tiny_model", mem_mb=4000, runtime=30),
    params:
        settings=lambda wc: PLAN.tiny_settings(wc.model),
        version=VERSIONS["tiny_model"],
    script:
        "../scripts/build_tiny_model.py"


# A ModelScope model is downloaded once, here on the submit host, into the modelscope package's cache
# (MODELSCOPE_CACHE); the jobs that load it resolve the same id offline.
localrules:
    fetch_modelscope_model,


rule fetch_modelscope_model:
    output:
        info="results/models/modelscope/{model}.json",
    log:
        "logs/fetch_modelscope_model/{model}.log",
    benchmark:
        "logs/timing/fetch_modelscope_model/{model}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("fetch_modelscope_model", mem_mb=2000, runtime=240),
    params:
        path=lambda wc: PLAN.entry(wc.model).path,
        revision=lambda wc: PLAN.entry(wc.model).revision,
        allow_pickle=lambda wc: bool(PLAN.entry(wc.model).allow_pickle),
    script:
        "../scripts/fetch_modelscope_model.py"


# A hub model or HF dataset is staged once, here on the submit host, into huggingface_hub's cache
# (HF_HOME; a shared filesystem on a cluster); the jobs run with HF_HUB_OFFLINE=1 and read the cached
# snapshot. The record pins the commit the revision resolved to.
localrules:
    stage_hub_model,
    stage_hub_dataset,


rule stage_hub_model:
    output:
        info="results/models/hub/{model}.json",
    log:
        "logs/stage_hub_model/{model}.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("stage_hub_model", mem_mb=2000, runtime=240),
    params:
        path=lambda wc: PLAN.entry(wc.model).path,
        revision=lambda wc: PLAN.entry(wc.model).revision,
        allow_pickle=lambda wc: bool(PLAN.entry(wc.model).allow_pickle),
        repo_type="model",
    script:
        "../scripts/stage_hub.py"


rule stage_hub_dataset:
    output:
        info="results/data/hub/{dataset}.json",
    log:
        "logs/stage_hub_dataset/{dataset}.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("stage_hub_dataset", mem_mb=2000, runtime=240),
    params:
        path=lambda wc: PLAN.hub_datasets()[wc.dataset]["path"],
        revision=lambda wc: PLAN.hub_datasets()[wc.dataset].get("revision"),
        allow_pickle=False,
        repo_type="dataset",
    script:
        "../scripts/stage_hub.py"
