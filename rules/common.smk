# Config lookups, wildcard constraints and input functions. No rules here.
import sys
from pathlib import Path

from r1safe.config import SAFE_SUFFIX, enhanced, is_local_path, setting, teacher_entry
from r1safe.config import present, without_execution
from r1safe.cluster import ClusterShape, sft_gpus, vllm_options
from r1safe.train.job import own_enhance, result_hparams as sft_result_hparams
from r1safe.judge.llm import without_client
from r1safe.config import resolve_model as _resolve
from r1safe.versions import stage_versions

# Each stage's version comes from the module that implements it (r1safe/versions.py): bumping a
# module's VERSION reruns exactly that stage and what depends on it.
VERSIONS = stage_versions()
CLUSTER = ClusterShape.from_config(
    config
)  # node shape: a job's GPUs -> nodes x GPUs per node

MODELS = list(config["models"])
BENCHMARKS = list(config["benchmarks"])
EVAL_SETS = sorted(
    BENCHMARKS
)  # what SFT data is screened against: a set, whatever the config's order
ENHANCE = config.get("enhance", {}) or {}
# Models that opt in to safety enhancement; each gets a fine-tuned sibling "<model>-safe".
ENHANCED = enhanced(config)
SAFE_MODELS = [m + SAFE_SUFFIX for m in ENHANCED]
EVAL_MODELS = MODELS + SAFE_MODELS
# Safety data synthesis (rules/synthesis.smk): the teacher is a model of `models` (by name), or a
# name of its own with its entry in synthesis.teacher_model (then it is not evaluated).
SYNTH = config.get("synthesis") or {}
SYNTH_ACCEPTED = "results/synthesis/accepted.jsonl"
TEACHER = SYNTH.get("teacher")
TEACHER_ENTRY = teacher_entry(config)


def canonical(value):
    """Dicts with their keys sorted, recursively. Snakemake compares params by repr, so without
    this a config re-saved with another key order (a YAML formatter, yaml.safe_dump) would rerun
    every generation job whose settings did not change."""
    if isinstance(value, dict):
        return {k: canonical(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return type(value)(canonical(v) for v in value)
    return value


wildcard_constraints:
    model=r"[A-Za-z0-9][A-Za-z0-9._-]*",
    benchmark=r"[A-Za-z0-9][A-Za-z0-9_-]*",


def resolve_model(name):
    """The config entry of a model (r1safe.config.resolve_model: a "-safe" sibling inherits)."""
    return _resolve(config, name)


def model_entry(wildcards):
    return resolve_model(wildcards.model)


def model_path(name):
    entry = resolve_model(name)
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{name}"
    return entry["path"]


def spec_of(name):
    """The loading spec of one model (hub id or local path, safety flags)."""
    entry = resolve_model(name)
    keys = ("revision", "trust_remote_code", "allow_pickle", "dtype")
    return canonical(
        {"path": model_path(name), **{k: entry[k] for k in keys if k in entry}}
    )


def model_spec(wildcards):
    return spec_of(wildcards.model)


def model_input(name):
    """A built or fine-tuned model is a job output; a local model directory is an input (its
    config.json); a ModelScope model is fetched by a local rule first; a hub id is not a file.
    """
    entry = resolve_model(name)
    if entry.get("build") == "tiny":
        return f"results/models/tiny/{name}"
    if str(entry.get("path", "")).startswith("modelscope:"):
        return f"results/models/modelscope/{name}.json"
    if "enhanced_from" in entry:
        return entry["path"]
    if not is_local_path(entry["path"]):  # a hub id: staged on the submit host first
        return f"results/models/hub/{name}.json"
    path = Path(entry["path"]).expanduser()
    if path.is_dir():
        return str(path / "config.json")
    return []


def hub_datasets():
    """Every HF dataset id the config reads (benchmarks and SFT sources), by staging key."""
    out = {}
    for b, spec in config["benchmarks"].items():
        if not is_local_path(spec["path"]):
            out[f"benchmark-{b}"] = spec
    for s, spec in ENHANCE.get("sources", {}).items():
        if spec.get("path") and not is_local_path(spec["path"]):
            out[f"source-{s}"] = spec
    return out


def hub_dataset(key):
    return hub_datasets()[key]


def staged_dataset(key):
    """The staging record of an HF dataset (a job input), or nothing for a local file."""
    return [f"results/data/hub/{key}.json"] if key in hub_datasets() else []


def tiny_chats(wildcards):
    """The chats a tiny model is built from: its own ``chats`` (a demo teacher), else tiny_model.chats."""
    return resolve_model(wildcards.model).get("chats") or config.get(
        "tiny_model", {}
    ).get("chats", setting(config, "tiny_model.chats"))


def tiny_settings(wildcards):
    """tiny_model.settings overridden by the model's own ``tiny_settings``."""
    return canonical(
        {
            **config.get("tiny_model", {}).get("settings", {}),
            **resolve_model(wildcards.model).get("tiny_settings", {}),
        }
    )


def get_model_input(wildcards):
    return model_input(wildcards.model)


def generation_settings(wildcards):
    """Default generation settings, overridden by the model's own, then by the benchmark's own (its
    protocol: samples per item, token budget). Execution-only keys (batch size) are left out: they
    change no output (sampling is seeded per item), so they must not rerun anything; the job reads
    them from the config (r1safe.config.execution_settings)."""
    bench = (
        config["benchmarks"][wildcards.benchmark].get("generation", {})
        if hasattr(wildcards, "benchmark")
        else {}
    )
    return canonical(
        without_execution(
            {
                **config.get("generation", {}),
                **model_entry(wildcards).get("generation", {}),
                **bench,
            }
        )
    )


def threads_of(name):
    """CPU threads of a generation job: the model's `threads`, else 8 for GPU jobs (tokenization,
    scheduling) and 1 on CPU, so that several small CPU jobs run side by side."""
    entry = resolve_model(name)
    return entry.get("threads", 8 if entry.get("gpus", 0) else 1)


def generation_threads(wildcards):
    return threads_of(wildcards.model)


def backend_of(name):
    return resolve_model(name).get("backend", setting(config, "inference.backend"))


def inference_backend(wildcards):
    return backend_of(wildcards.model)


def backend_options_of(name):
    """vLLM engine options: tensor parallel inside a node, pipeline parallel across nodes (over Ray)
    from the job's GPUs and the cluster's shape, then the model's `vllm:` entry."""
    entry = resolve_model(name)
    return (
        canonical(
            without_execution(
                vllm_options(
                    int(entry.get("gpus", 0) or 1), CLUSTER, entry.get("vllm", {})
                )
            )
        )
        if backend_of(name) in ("vllm", "auto")
        else {}
    )


def backend_options(wildcards):
    return backend_options_of(wildcards.model)


def benchmark_spec(wildcards):
    """What the reader needs (a benchmark's generation settings and consensus key do not change its
    records)."""
    return canonical(
        {
            k: v
            for k, v in config["benchmarks"][wildcards.benchmark].items()
            if k not in ("generation", "consensus_key")
        }
    )


def benchmark_inputs(wildcards):
    spec = benchmark_spec(wildcards)
    return present(
        [
            spec[k]
            for k in ("path", "answer_key")
            if k in spec and is_local_path(spec[k])
        ]
    ) + staged_dataset(f"benchmark-{wildcards.benchmark}")


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
    return own_enhance(config, wildcards.model)


def sft_sources():
    """The SFT sources; ``from: synthesis`` is the synthesis stage's accepted set (kind safety)."""
    out = {}
    for name, src in ENHANCE.get("sources", {}).items():
        if src.get("from") == "synthesis":
            src = {
                "path": SYNTH_ACCEPTED,
                "kind": "safety",
                **{k: v for k, v in src.items() if k != "from"},
            }
        out[name] = canonical(
            src
        )  # the sources' order stays: the first of two duplicates is kept
    return out


def sft_source_files(wildcards=None):
    """Local source files are inputs (their edits rerun the mixture); an HF dataset id's staging
    record is."""
    local = [s["path"] for s in sft_sources().values() if is_local_path(s["path"])]
    staged = [
        f for n in ENHANCE.get("sources", {}) for f in staged_dataset(f"source-{n}")
    ]
    return present(local) + staged


def pool_settings():
    """The mixture settings that shape the shared pool (r1safe.mixture.build.POOL_KEYS)."""
    from r1safe.mixture.build import POOL_KEYS

    return canonical(
        {k: v for k, v in ENHANCE.get("mixture", {}).items() if k in POOL_KEYS}
    )


def decontam_settings():
    """The mixture settings of the decontamination (r1safe.mixture.decontam.DECONTAM_KEYS)."""
    from r1safe.mixture.decontam import DECONTAM_KEYS

    return canonical(
        {k: v for k, v in ENHANCE.get("mixture", {}).items() if k in DECONTAM_KEYS}
    )


DROPS = "results/mixture/drops.json"
CONTAMINATION = {
    "csv": "results/tables/contamination.csv",
    "md": "results/tables/contamination.md",
    "html": "results/tables/contamination.html",
}


def mixture_settings(wildcards):
    return canonical(
        {**ENHANCE.get("mixture", {}), **enhance_entry(wildcards).get("mixture", {})}
    )


def train_gpus(wildcards):
    return sft_gpus(config["models"][wildcards.model])


# ---- tables ---------------------------------------------------------------------------------


def comparison_spec():
    """What the comparison table compares: each enhanced model with its -safe sibling, a released
    safe version of it (a model whose entry says `safe_of: <model>`) and, where the config names one,
    the base model before distillation."""
    external = {
        e["safe_of"]: m for m, e in config["models"].items() if e.get("safe_of")
    }
    return [
        {
            "model": m,
            "safe": m + SAFE_SUFFIX if m in ENHANCED else None,
            "external": external.get(m),
            "base": config["models"][m].get("base"),
        }
        for m in MODELS
        if m in ENHANCED or m in external
    ]


def score_manifests(models=None):
    return per_model_files("results/scores/{model}/{benchmark}.manifest.json", models)


def judgment_files(models=None):
    return per_model_files("results/judgments/{model}/{benchmark}.jsonl", models)


JUDGE = config.get("judge", {}) or {}
TRUNCATED = setting(config, "judge.truncated")


def stage_judge_version():
    """The stage version and the judge's own version (built-in rules or an LLM prompt), so a new judge relabels."""
    from r1safe.judge import judge_version

    prompt = (JUDGE.get("llm") or {}).get("prompt")
    return (
        VERSIONS["judge"]
        + "/"
        + judge_version(setting(config, "judge.refusal"), prompt)
    )


# ---- answer keys ----------------------------------------------------------------------------


def consensus_spec(benchmark):
    """The benchmark's consensus_key settings, or {} (none configured, or the user's key wins)."""
    spec = config["benchmarks"][benchmark]
    return {} if spec.get("answer_key") else (spec.get("consensus_key") or {})


def consensus_key_inputs(wildcards):
    if not consensus_spec(wildcards.benchmark):
        return {}
    return {
        "key": f"results/keys/{wildcards.benchmark}.json",
        "key_report": f"results/keys/{wildcards.benchmark}.report.json",
    }


def benchmark_key_info(wildcards):
    """What the benchmark's own answers are (the consensus key describes itself in its report)."""
    spec = config["benchmarks"][wildcards.benchmark]
    return (
        {"kind": "benchmark", "path": spec["answer_key"]}
        if spec.get("answer_key")
        else {}
    )


def key_vote_files(wildcards):
    models = consensus_spec(wildcards.benchmark)["models"]
    return expand(
        "results/keys/{benchmark}/votes/{model}.jsonl",
        benchmark=wildcards.benchmark,
        model=models,
    )


def key_vote_manifests(wildcards):
    models = consensus_spec(wildcards.benchmark)["models"]
    return expand(
        "results/keys/{benchmark}/votes/{model}.manifest.json",
        benchmark=wildcards.benchmark,
        model=models,
    )


def key_vote_generation(wildcards):
    """The reference model's generation settings, sampled ``samples`` times per item."""
    ck = consensus_spec(wildcards.benchmark)
    base = {
        **config.get("generation", {}),
        **model_entry(wildcards).get("generation", {}),
    }
    return canonical(
        without_execution(
            {
                **base,
                "do_sample": True,
                **ck.get("generation", {}),
                "n": int(ck.get("samples", 5)),
            }
        )
    )


def benchmark_formats():
    return {b: spec["format"] for b, spec in config["benchmarks"].items()}


def distillation_spec():
    return [
        {"model": m, "safe": None, "base": e["base"]}
        for m, e in config["models"].items()
        if e.get("base")
    ]


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
    "history_md": "results/tables/history.md",
    "history_csv": "results/tables/history.csv",
    "reasoning_csv": "results/tables/reasoning.csv",
    "scores_csv": "results/tables/scores_long.csv",
    "comparison_html": "results/tables/comparison.html",
    "wide_md": "results/tables/wide.md",
    "wide_csv": "results/tables/wide.csv",
    "wide_html": "results/tables/wide.html",
    "distillation_html": "results/tables/distillation.html",
    "safety_html": "results/tables/safety.html",
    "reasoning_html": "results/tables/reasoning.html",
}
# The outputs that go into the Snakemake HTML report, with their captions (report/<name>.rst).
REPORTED = {
    "wide_html": ("wide", "0. Paper tables"),
    "comparison_html": ("comparison", "1. Comparison"),
    "distillation_html": ("distillation", "1. Comparison"),
    "safety_html": ("safety", "2. Scores"),
    "reasoning_html": ("reasoning", "2. Scores"),
}


def table_outputs():
    """The tables, those of REPORTED marked for the HTML report with their captions."""
    out = {}
    for k, v in TABLES.items():
        out[k] = v
        if k in REPORTED:
            rst, category = REPORTED[k]
            out[k] = as_report(v, caption=f"../report/{rst}.rst", category=category)
    return out


# Snakemake's report() marker under another name: at a line start "report" reads as a directive.
as_report = report


PLOTS = [
    "results/plots/domains.png",
    "results/plots/delta_heatmap.png",
    "results/plots/tradeoff.png",
]


# ---- safety data synthesis ----------------------------------------------------------------


def synthesis_seed_files(wildcards=None):
    path = (SYNTH.get("seeds") or {}).get("path")
    return present([path]) if path and is_local_path(path) else []


def synthesis_policy():
    return setting(config, "synthesis.policy")


def teacher_generation():
    """The teacher samples ``candidates`` answers per prompt: the defaults, the teacher's own
    generation settings, then synthesis.generation."""
    entry = TEACHER_ENTRY or {}
    return canonical(
        without_execution(
            {
                **config.get("generation", {}),
                **entry.get("generation", {}),
                **SYNTH.get("generation", {}),
                "n": int(setting(config, "synthesis.candidates")),
            }
        )
    )


def synthesis_judge():
    return setting(config, "synthesis.judge")


def llm_judge_options(opts):
    """An LLM judge's client settings; a local judge model on GPUs gets their count as its tensor
    parallel size unless its backend_options say otherwise."""
    opts = dict(opts or {})
    if opts.get("path") and opts.get("gpus"):
        opts["backend_options"] = {
            "tensor_parallel_size": int(opts["gpus"]),
            **(opts.get("backend_options") or {}),
        }
    return canonical(opts)


def llm_judge_resources(opts, key, default):
    """A judge job's resources: a local judge model's ``gpus``/``mem_mb``/``runtime``; an
    endpoint's client needs none of them."""
    opts = opts or {}
    if key == "gpu":
        return int(opts.get("gpus", 0)) if opts.get("path") else 0
    return opts.get(key, default)


def endpoint_check(which, opts):
    """The endpoint check's output for a judge that calls an endpoint (none for a local model or
    the rule judge)."""
    return (
        [f"results/judgments/endpoint.{which}.json"]
        if (opts or {}).get("endpoint")
        else []
    )


def endpoint_options(which):
    return refusal_judge_options() if which == "judge" else synthesis_judge_options()


def refusal_judge_options():
    judge = config.get("judge", {})
    return llm_judge_options(judge.get("llm")) if judge.get("refusal") == "llm" else {}


def synthesis_judge_options():
    """The LLM judge's client settings: synthesis.judge_options, else the evaluation's judge.llm."""
    if synthesis_judge() != "llm":
        return {}
    return llm_judge_options(
        SYNTH.get("judge_options") or config.get("judge", {}).get("llm", {})
    )


SYNTH_OUTPUTS = {
    "accepted": SYNTH_ACCEPTED,
    "rejected": "results/synthesis/rejected.jsonl",
    "datasheet": "results/synthesis/datasheet.json",
    "datasheet_md": "results/synthesis/datasheet.md",
    "datasheet_html": "results/synthesis/datasheet.html",
    "manifest": "results/synthesis/accepted.manifest.json",
}


def synthesis_used():
    """The synthesis stage runs when an enhanced model's mixture draws on it."""
    return bool(ENHANCED) and any(
        s.get("from") == "synthesis" for s in ENHANCE.get("sources", {}).values()
    )


def contamination_outputs():
    """The training-data overlap report, when a model is fine-tuned (the tables wait for it: it
    refuses a mixture built before this run's decontamination changed)."""
    return list(CONTAMINATION.values()) if ENHANCED else []


def decontam_markers():
    """Each mixture's decontam.json, which decontam_drops removes when the drop set changes. They
    are targets of `all`: Snakemake rebuilds a missing file when a target asks for it, not when
    only an up-to-date job downstream (train_sft) reads it."""
    return expand("results/mixture/{model}/decontam.json", model=ENHANCED)


# ---- review: people check the judge on this run (r1safe/review) ------------------------------------

REVIEW_PAIRS = [
    {"model": m, "benchmark": b, "task": benchmark_task(b)}
    for m in EVAL_MODELS
    for b in BENCHMARKS
    if benchmark_task(b) in ("refusal", "over_refusal")
]
REVIEW_LABELS = setting(config, "review.labels")
REVIEW_TABLES = {
    "md": "results/tables/review.md",
    "csv": "results/tables/review.csv",
    "paired_csv": "results/tables/review_paired.csv",
    "html": "results/tables/review.html",
}


def review_files(kind):
    """The judgments or generations of every (model, refusal benchmark) pair."""
    return [f"results/{kind}/{p['model']}/{p['benchmark']}.jsonl" for p in REVIEW_PAIRS]


def review_comparisons():
    """The model pairs whose differences are estimated: every pair the comparison table has."""
    out = []
    for c in comparison_spec():
        chain = [c["base"], c["model"], c["external"], c["safe"]]
        present_ = [m for m in chain if m]
        out += [(a, b) for i, a in enumerate(present_) for b in present_[i + 1 :]]
    return out


def final_targets():
    extra = [SYNTH_OUTPUTS["datasheet_md"]] if synthesis_used() else []
    return (
        list(TABLES.values())
        + list(REVIEW_TABLES.values())
        + PLOTS
        + extra
        + contamination_outputs()
        + decontam_markers()
    )


# ---- the cluster --------------------------------------------------------------------------------


def apply_cluster_shape(rules):
    """Set each rule's partition, nodes and GPU resources from its ``gpu`` request (a number or a
    function of the wildcards) through r1safe.cluster.slurm_resources."""
    from r1safe.cluster import slurm_resources

    for r in rules:
        res = r.resources["gpu"] if "gpu" in r.resources else None
        gpu = 0 if res is None else (res._evaluator or res.value)

        def derived(key, gpu=gpu, name=r.name):
            def f(wildcards):
                g = gpu(wildcards) if callable(gpu) else gpu
                return slurm_resources(g, CLUSTER, f"rule {name}").get(key, "")

            return f

        for key in ("slurm_partition", "nodes", "gpu", "gres"):
            r.resources[key] = derived(key)
