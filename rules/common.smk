# Config lookups, wildcard constraints and input functions. No rules here.
import json
import shlex
import sys
from pathlib import Path

# Bump a stage's version when its logic in r1safe/ changes on purpose: the param change
# makes Snakemake rerun exactly what depends on that stage.
VERSIONS = {
    "benchmark": "1",
    "tiny_model": "1",
    "generate": "1",
    "judge": "3",
    "score": "3",
    "tables": "3",
    "sft_pool": "1",
    "mixture": "1",
    "sft": "1",
}

SAFE_SUFFIX = "-safe"
MODELS = list(config["models"])
BENCHMARKS = list(config["benchmarks"])
ENHANCE = config.get("enhance", {}) or {}
# Models that opt in to safety enhancement; each gets a fine-tuned sibling "<model>-safe".
ENHANCED = [m for m, e in config["models"].items() if e.get("enhance")]
SAFE_MODELS = [m + SAFE_SUFFIX for m in ENHANCED]
EVAL_MODELS = MODELS + SAFE_MODELS

for _m in ENHANCED:
    if _m + SAFE_SUFFIX in config["models"]:
        raise ValueError(f"config: model {_m!r} is enhanced into {_m + SAFE_SUFFIX!r}, which is also "
                         "a model of its own; rename one of them")
    if not ENHANCE.get("sources"):
        raise ValueError(f"config: model {_m!r} sets enhance but the config has no enhance.sources")
for _m, _e in config["models"].items():
    if _e.get("base") is not None and _e["base"] not in config["models"]:
        raise ValueError(f"config: model {_m!r} names base model {_e['base']!r}, which is not in models")


wildcard_constraints:
    model=r"[A-Za-z0-9][A-Za-z0-9._-]*",
    benchmark=r"[A-Za-z0-9][A-Za-z0-9_-]*",


def resolve_model(name):
    """The config entry of a model; a "<model>-safe" model inherits its original's settings and
    loads from the fine-tuned directory."""
    if name in config["models"]:
        return config["models"][name]
    orig = name[: -len(SAFE_SUFFIX)] if name.endswith(SAFE_SUFFIX) else None
    if orig in ENHANCED:
        entry = {k: v for k, v in config["models"][orig].items()
                 if k not in ("build", "path", "revision", "enhance", "base", "allow_pickle", "trust_remote_code")}
        return {**entry, "path": f"results/models/safe/{orig}", "enhanced_from": orig}
    raise ValueError(f"unknown model {name!r}: not in config models and not an enhanced '-safe' model")


def model_entry(wildcards):
    return resolve_model(wildcards.model)


def model_path(name):
    entry = resolve_model(name)
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{name}"
    return entry["path"]


def model_spec(wildcards):
    """The loading spec of one model (hub id or local path, safety flags)."""
    entry = model_entry(wildcards)
    keys = ("revision", "trust_remote_code", "allow_pickle", "dtype")
    return {"path": model_path(wildcards.model), **{k: entry[k] for k in keys if k in entry}}


def model_input(name):
    """A built or fine-tuned model is a job output; a local model directory is an input (its
    config.json); a hub id is not a file."""
    entry = resolve_model(name)
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{name}"
    if "enhanced_from" in entry:
        return entry["path"]
    path = Path(entry["path"]).expanduser()
    if path.is_dir():
        return str(path / "config.json")
    return []


def get_model_input(wildcards):
    return model_input(wildcards.model)


def generation_settings(wildcards):
    """Default generation settings overridden by the model's own."""
    return {**config.get("generation", {}), **model_entry(wildcards).get("generation", {})}


def generation_threads(wildcards):
    """CPU threads of a generation job: the model's `threads`, else 8 for GPU jobs (tokenization,
    scheduling) and 1 on CPU, so that several small CPU jobs run side by side."""
    entry = model_entry(wildcards)
    return entry.get("threads", 8 if entry.get("gpus", 0) else 1)


def inference_backend(wildcards):
    return model_entry(wildcards).get("backend", config.get("inference", {}).get("backend", "transformers"))


def backend_options(wildcards):
    """vLLM engine options: tensor parallel size from the job's GPUs, then the model's `vllm:` entry."""
    entry = model_entry(wildcards)
    opts = {"tensor_parallel_size": max(1, int(entry.get("gpus", 0) or 1))}
    return {**opts, **entry.get("vllm", {})} if inference_backend(wildcards) in ("vllm", "auto") else {}


def benchmark_spec(wildcards):
    return config["benchmarks"][wildcards.benchmark]


def is_local_path(p):
    """A local file (an input Snakemake tracks) rather than a HF dataset id (``org/name``)."""
    path = Path(str(p)).expanduser()
    return (path.exists() or path.is_absolute() or str(p).startswith((".", "~"))
            or path.suffix in (".json", ".jsonl", ".parquet"))


def benchmark_inputs(wildcards):
    spec = benchmark_spec(wildcards)
    return [spec[k] for k in ("path", "answer_key") if k in spec and is_local_path(spec[k])]


def benchmark_task(name):
    from r1safe.benchmarks import FORMAT_TASK

    return FORMAT_TASK[config["benchmarks"][name]["format"]]


def per_model_files(pattern, models=None):
    """``pattern`` (with {model} and {benchmark}) for every evaluated model and benchmark."""
    return expand(pattern, model=models or EVAL_MODELS, benchmark=BENCHMARKS)


def score_files(models=None):
    return per_model_files("results/scores/{model}/{benchmark}.csv", models)


# ---- safety enhancement -------------------------------------------------------------------


def enhance_entry(wildcards):
    """The model's own enhance settings (``enhance: true`` or an object of overrides)."""
    e = config["models"][wildcards.model].get("enhance")
    return e if isinstance(e, dict) else {}


def sft_sources():
    return ENHANCE.get("sources", {})


def sft_source_files(wildcards=None):
    """Local source files are inputs (their edits rerun the mixture); HF dataset ids are not."""
    return [s["path"] for s in sft_sources().values() if is_local_path(s["path"])]


def pool_settings():
    """The mixture settings that shape the shared pool (r1safe.mixture.build.POOL_KEYS)."""
    from r1safe.mixture.build import POOL_KEYS

    return {k: v for k, v in ENHANCE.get("mixture", {}).items() if k in POOL_KEYS}


def mixture_settings(wildcards):
    return {**ENHANCE.get("mixture", {}), **enhance_entry(wildcards).get("mixture", {})}


def sft_settings(wildcards):
    return {**ENHANCE.get("sft", {}), **enhance_entry(wildcards).get("sft", {})}


def train_gpus(wildcards):
    e = enhance_entry(wildcards)
    return e.get("gpus", config["models"][wildcards.model].get("gpus", 0))


def sft_command(wildcards):
    """``python -m r1safe.train`` on CPU; under torchrun with the DeepSpeed config on GPUs (the
    HF Trainer initializes DeepSpeed from it). A config-level ``launcher`` replaces the prefix
    (multi-node launchers)."""
    gpus = train_gpus(wildcards)
    entry = config["models"][wildcards.model]
    launcher = enhance_entry(wildcards).get("launcher", ENHANCE.get("launcher"))
    if launcher:
        prefix = launcher
    elif gpus > 0:
        prefix = f"{shlex.quote(sys.executable)} -m torch.distributed.run --standalone --nproc_per_node {gpus}"
    else:
        prefix = shlex.quote(sys.executable)
    args = ["-m", "r1safe.train", "--model", model_path(wildcards.model), "--name", wildcards.model,
            "--hparams", json.dumps(sft_settings(wildcards), sort_keys=True)]
    if gpus > 0 and ENHANCE.get("deepspeed"):
        args += ["--deepspeed", ENHANCE["deepspeed"]]
    if entry.get("revision"):
        args += ["--revision", entry["revision"]]
    if entry.get("trust_remote_code"):
        args.append("--trust-remote-code")
    if entry.get("allow_pickle"):
        args.append("--allow-pickle")
    return " ".join([prefix, *(shlex.quote(str(a)) for a in args)])


# ---- tables ---------------------------------------------------------------------------------


def comparison_spec():
    """What the comparison table compares: each enhanced model with its -safe sibling and,
    where the config names one, its base model before distillation."""
    return [{"model": m, "safe": m + SAFE_SUFFIX, "base": config["models"][m].get("base")} for m in ENHANCED]


def score_manifests(models=None):
    return per_model_files("results/scores/{model}/{benchmark}.manifest.json", models)


def judgment_files(models=None):
    return per_model_files("results/judgments/{model}/{benchmark}.jsonl", models)


def distillation_spec():
    return [{"model": m, "safe": None, "base": e["base"]} for m, e in config["models"].items() if e.get("base")]


TABLES = {
    "manifest": "results/tables/manifest.json",
    "distillation_md": "results/tables/distillation.md",
    "distillation_csv": "results/tables/distillation.csv",
    "distillation_tex": "results/tables/distillation.tex",
    "comparison_md": "results/tables/comparison.md",
    "comparison_csv": "results/tables/comparison.csv",
    "comparison_tex": "results/tables/comparison.tex",
    "safety_md": "results/tables/safety.md",
    "safety_csv": "results/tables/safety.csv",
    "safety_tex": "results/tables/safety.tex",
    "reasoning_md": "results/tables/reasoning.md",
    "reasoning_csv": "results/tables/reasoning.csv",
    "scores_csv": "results/tables/scores_long.csv",
    "comparison_html": "results/tables/comparison.html",
    "distillation_html": "results/tables/distillation.html",
    "safety_html": "results/tables/safety.html",
    "reasoning_html": "results/tables/reasoning.html",
}
# The outputs that go into the Snakemake HTML report, with their captions (report/<name>.rst).
REPORTED = {"comparison_html": ("comparison", "1. Comparison"), "distillation_html": ("distillation", "1. Comparison"),
            "safety_html": ("safety", "2. Scores"), "reasoning_html": ("reasoning", "2. Scores")}


def table_outputs():
    return {k: (report(v, caption=f"../report/{REPORTED[k][0]}.rst", category=REPORTED[k][1]) if k in REPORTED else v)
            for k, v in TABLES.items()}


PLOTS = ["results/plots/domains.png", "results/plots/delta_heatmap.png", "results/plots/tradeoff.png"]


def final_targets():
    return list(TABLES.values()) + PLOTS
