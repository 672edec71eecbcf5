# Config lookups, wildcard constraints and input functions. No rules here.
import json
from pathlib import Path

# Bump a stage's version when its logic in r1safe/ changes on purpose: the param change
# makes Snakemake rerun exactly what depends on that stage.
VERSIONS = {
    "benchmark": "1",
    "tiny_model": "1",
    "generate": "1",
    "judge": "1",
    "score": "1",
    "tables": "1",
}

MODELS = list(config["models"])
BENCHMARKS = list(config["benchmarks"])


wildcard_constraints:
    model=r"[A-Za-z0-9][A-Za-z0-9._-]*",
    benchmark=r"[A-Za-z0-9][A-Za-z0-9_-]*",


def model_entry(wildcards):
    return config["models"][wildcards.model]


def model_path(name):
    entry = config["models"][name]
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{name}"
    return entry["path"]


def model_spec(wildcards):
    """The loading spec of one model (hub id or local path, safety flags)."""
    entry = model_entry(wildcards)
    keys = ("revision", "trust_remote_code", "allow_pickle", "dtype")
    return {"path": model_path(wildcards.model), **{k: entry[k] for k in keys if k in entry}}


def get_model_input(wildcards):
    """A built model is a job output; a local model directory is an input (its config.json);
    a hub id is not a file."""
    entry = model_entry(wildcards)
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{wildcards.model}"
    path = Path(entry["path"]).expanduser()
    if path.is_dir():
        return str(path / "config.json")
    return []


def generation_settings(wildcards):
    """Default generation settings overridden by the model's own."""
    return {**config.get("generation", {}), **model_entry(wildcards).get("generation", {})}


def inference_backend(wildcards):
    return model_entry(wildcards).get("backend", config.get("inference", {}).get("backend", "transformers"))


def benchmark_spec(wildcards):
    return config["benchmarks"][wildcards.benchmark]


def benchmark_inputs(wildcards):
    spec = benchmark_spec(wildcards)
    return [spec[k] for k in ("path", "answer_key") if k in spec]


def benchmark_task(name):
    from r1safe.benchmarks import FORMAT_TASK

    return FORMAT_TASK[config["benchmarks"][name]["format"]]


def score_files(models=None):
    return expand("results/scores/{model}/{benchmark}.csv", model=models or MODELS, benchmark=BENCHMARKS)


TABLES = {
    "safety_md": "results/tables/safety.md",
    "safety_csv": "results/tables/safety.csv",
    "safety_tex": "results/tables/safety.tex",
    "reasoning_md": "results/tables/reasoning.md",
    "reasoning_csv": "results/tables/reasoning.csv",
    "scores_csv": "results/tables/scores_long.csv",
}


def final_targets():
    return list(TABLES.values())
