"""The workflow plan: ``Plan(config)`` answers every question the rules ask (a job's inputs, its
params, its resources, the targets), from the config parsed once into the stages' typed settings
(r1safe.config.parse). The rules are one-line lookups into it; this module is unit-tested.

Params hold what a job's outputs depend on and nothing else: every mapping is canonical (keys sorted,
so a config re-saved in another key order reruns nothing), and what only changes how a job runs
(batch and shard sizes, vLLM's scheduler and memory settings, an LLM judge's client, the SFT's save
and log cadence and launcher; :func:`execution_only_keys`) is read by the job from the config when it
runs (:meth:`Plan.generation`, :meth:`Plan.judge_client`).

Resources are computed once per rule (:meth:`Plan.resources`): a plain value where every job of the
rule gets the same, a lookup by model otherwise; each GPU request is laid out on the cluster's node
shape (partition, nodes, GPUs per node), for every rule, so no GPU job lands on the CPU partition.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from r1safe.benchmarks.entry import BenchmarkEntry
from r1safe.cluster import sft_gpus, slurm_resources, vllm_options
from r1safe.config import parse
from r1safe.errors import ConfigError
from r1safe.hub import is_local_path
from r1safe.inference.base import EXECUTION_KEYS, VLLM_EXECUTION_KEYS, layered, without_execution
from r1safe.judge import judge_version
from r1safe.judge.settings import CLIENT_KEYS, client_options, without_client
from r1safe.mixture.build import POOL_KEYS
from r1safe.mixture.decontam import DECONTAM_KEYS
from r1safe.models import SAFE_SUFFIX, ModelEntry, enhanced, resolve_model
from r1safe.synthesis.settings import SynthesisSettings
from r1safe.train.job import EnhanceOverrides, result_hparams
from r1safe.train.sft import CADENCE_KEYS
from r1safe.versions import stage_versions
from r1safe.workflow.paths import CONTAMINATION, PLOTS, REVIEW_TABLES, SYNTH_ACCEPTED, SYNTH_OUTPUTS, TABLES

# defaults of a job's resources where neither the model nor the stage sets them
GENERATION_DEFAULTS = {"mem_mb": 8000, "runtime": 120}
# jobs that resume where a time limit stopped them: their finished shards are kept (r1safe.inference.run)
RESUMABLE = ("generate_responses", "generate_key_votes", "generate_candidates")
TEACHER_DEFAULTS = {"mem_mb": 8000, "runtime": 240}
SFT_DEFAULTS = {"mem_mb": 8000, "runtime": 240}
DEFAULT_MEM = {"generate_responses": GENERATION_DEFAULTS["mem_mb"], "generate_key_votes": GENERATION_DEFAULTS["mem_mb"],
               "generate_candidates": TEACHER_DEFAULTS["mem_mb"], "train_sft": SFT_DEFAULTS["mem_mb"],
               "judge_responses": 2000, "judge_candidates": 2000}


def canonical(value):
    """Mappings with their keys sorted, recursively: Snakemake compares params by their repr, so a
    config re-saved in another key order must not rerun anything."""
    if isinstance(value, Mapping):
        return {k: canonical(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, (list, tuple)):
        return type(value)(canonical(v) for v in value)
    return value


def execution_only_keys() -> dict[str, tuple[str, ...]]:
    """Per rule, the setting names that change how a job runs and never what it writes: none of them
    may appear in that rule's params (a test reads every job's recorded params)."""
    generation = (*EXECUTION_KEYS, *VLLM_EXECUTION_KEYS, "shard_size")
    return {"generate_responses": generation, "generate_key_votes": generation, "generate_candidates": generation,
            "train_sft": (*CADENCE_KEYS, "launcher"), "judge_responses": CLIENT_KEYS,
            "judge_candidates": CLIENT_KEYS}


@dataclass(frozen=True)
class GenerationPlan:
    """One generation job's settings: what its outputs depend on (params) and how it runs (read by
    the job at run time)."""

    settings: dict  # the result-defining generation settings (GenerationConfig's keys)
    execution: dict  # batch size
    backend: str
    backend_options: dict  # result-defining vLLM engine options (parallelism, max_model_len, ...)
    engine_execution: dict = field(default_factory=dict)  # vLLM scheduler/memory options
    shard_size: int = 64


class Plan:
    """The workflow's answers for one config (see the module's docstring). ``missing``: input files
    a dry run plans without (r1safe.config.check_workflow)."""

    def __init__(self, config: Mapping, missing: set[str] | frozenset = frozenset(),
                 limits: Mapping[str, int | None] | None = None):
        """``limits``: the partitions' MaxTime read from SLURM (r1safe.cluster.partition_limits), used
        where the config gives no ``cluster.max_time``."""
        self.config = config
        self.limits = dict(limits or {})
        self.settings = s = parse(config)
        self.missing = frozenset(missing)
        self.models = list(s.models)
        self.benchmarks = list(s.benchmarks)
        self.eval_sets = sorted(self.benchmarks)  # what SFT data is screened against: a set
        self.enhanced = enhanced(config)
        self.safe_models = [m + SAFE_SUFFIX for m in self.enhanced]
        self.eval_models = self.models + self.safe_models
        # the synthesis settings (their defaults where the config has no synthesis section)
        self.synthesis = s.synthesis or SynthesisSettings()
        self.teacher = self.synthesis.teacher

    @functools.cached_property
    def versions(self) -> dict[str, str]:
        """Each stage's version (read when the rules ask, not by every job that builds a plan)."""
        return stage_versions()

    # ---- models ------------------------------------------------------------------------------

    @functools.lru_cache(maxsize=None)  # noqa: B019 - one plan per workflow, alive as long as it
    def entry(self, name: str) -> ModelEntry:
        return resolve_model(self.config, name)

    def benchmark(self, name: str) -> BenchmarkEntry:
        return self.settings.benchmarks[name]

    def model_path(self, name: str) -> str:
        entry = self.entry(name)
        return f"results/models/tiny/{name}" if entry.is_tiny else entry.path

    def spec(self, name: str) -> dict:
        """How a model loads (hub id or local path, revision, safety flags, dtype)."""
        return canonical({"path": self.model_path(name), **self.entry(name).loading_keys()})

    def model_input(self, name: str) -> str | list:
        """A built or fine-tuned model is a job output; a local model directory is an input (its
        config.json); a ModelScope model is fetched by a local rule first, a hub model staged."""
        entry = self.entry(name)
        if entry.is_tiny:
            return f"results/models/tiny/{name}"
        if entry.path.startswith("modelscope:"):
            return f"results/models/modelscope/{name}.json"
        if entry.enhanced_from:
            return entry.path
        if not is_local_path(entry.path):
            return f"results/models/hub/{name}.json"
        directory = Path(entry.path).expanduser()
        return str(directory / "config.json") if directory.is_dir() else []

    def tiny_chats(self, name: str) -> str:
        return self.entry(name).chats or self.settings.tiny_model.chats

    def tiny_settings(self, name: str) -> dict:
        return canonical({**self.settings.tiny_model.settings, **self.entry(name).tiny_settings})

    def model_threads(self, name: str) -> int:
        """CPU threads of a generation job: the model's, else 8 with GPUs and 1 on CPU."""
        entry = self.entry(name)
        return entry.threads or (8 if entry.gpus else 1)

    def backend(self, name: str) -> str:
        return self.entry(name).backend or self.settings.inference.backend

    # ---- generation: layered once ------------------------------------------------------------

    def generation(self, rule: str, model: str, benchmark: str | None = None) -> GenerationPlan:
        """The settings of one generation job, layered once (:func:`r1safe.inference.base.layered`):
        the defaults, the model's, then the job's own layer: a benchmark's generation settings; the
        consensus key's (sampled, ``samples`` votes); the synthesis teacher's (``candidates``)."""
        s, entry = self.settings, self.entry(model)
        if rule == "generate_key_votes":
            ck = self.benchmark(benchmark).consensus()
            own = [{"do_sample": True}, ck.generation, {"n": int(ck.samples)}]
        elif rule == "generate_candidates":
            own = [self.synthesis.generation, {"n": int(self.synthesis.candidates)}]
        else:
            own = [self.benchmark(benchmark).generation] if benchmark else []
        settings, execution = layered(s.generation, entry.generation, *own)
        return GenerationPlan(settings=canonical(settings), execution=execution, backend=self.backend(model),
                              backend_options=self.backend_options(model),
                              engine_execution={k: v for k, v in entry.vllm.items() if k in VLLM_EXECUTION_KEYS},
                              shard_size=int(s.inference.shard_size))

    def backend_options(self, model: str) -> dict:
        """The result-defining vLLM engine options of a model's generation jobs: tensor parallel inside
        a node, pipeline parallel across nodes (r1safe.cluster.vllm_options), then its ``vllm:``."""
        if self.backend(model) not in ("vllm", "auto"):
            return {}
        entry = self.entry(model)
        return canonical(without_execution(vllm_options(int(entry.gpus or 1), self.settings.cluster, entry.vllm)))

    # ---- benchmarks --------------------------------------------------------------------------

    def present(self, paths: list[str]) -> list[str]:
        """``paths`` without the input files a dry run plans without."""
        return [p for p in paths if str(p) not in self.missing]

    def staged(self, key: str) -> list[str]:
        """The staging record of an HF dataset (a job input), or nothing for a local file."""
        return [f"results/data/hub/{key}.json"] if key in self.hub_datasets() else []

    @functools.lru_cache(maxsize=None)  # noqa: B019
    def hub_datasets(self) -> dict[str, dict]:
        """Every HF dataset id the config reads (benchmarks and SFT sources), by staging key."""
        out = {f"benchmark-{b}": canonical(spec.reader_spec()) for b, spec in self.settings.benchmarks.items()
               if not is_local_path(spec.path)}
        for name, src in self.settings.enhance.sources.items():
            if src.get("path") and not is_local_path(src["path"]):
                out[f"source-{name}"] = dict(src)
        return out

    def benchmark_spec(self, name: str) -> dict:
        return canonical(self.benchmark(name).reader_spec())

    def benchmark_inputs(self, name: str) -> list[str]:
        return self.present(self.benchmark(name).local_files()) + self.staged(f"benchmark-{name}")

    def task(self, name: str) -> str:
        return self.benchmark(name).task

    def formats(self) -> dict[str, str]:
        return {b: spec.format for b, spec in self.settings.benchmarks.items()}

    def key_info(self, name: str) -> dict:
        """What the benchmark's own answers are (a consensus key describes itself in its report)."""
        key = self.benchmark(name).answer_key
        return {"kind": "benchmark", "path": key} if key else {}

    def consensus_inputs(self, name: str) -> dict:
        if not self.benchmark(name).consensus():
            return {}
        return {"key": f"results/keys/{name}.json", "key_report": f"results/keys/{name}.report.json"}

    def consensus_models(self, name: str) -> list[str]:
        return list(self.benchmark(name).consensus().models)

    def per_model(self, pattern: str, models: list[str] | None = None) -> list[str]:
        """``pattern`` with {model} and {benchmark} for every evaluated model and benchmark."""
        return [pattern.format(model=m, benchmark=b) for m in (models or self.eval_models) for b in self.benchmarks]

    # ---- safety enhancement ------------------------------------------------------------------

    def sft_sources(self) -> dict[str, dict]:
        """The SFT sources; ``from: synthesis`` is the synthesis stage's accepted set (kind safety).
        Their order stays: the first of two duplicates is kept."""
        out = {}
        for name, src in self.settings.enhance.sources.items():
            if src.get("from") == "synthesis":
                src = {"path": SYNTH_ACCEPTED, "kind": "safety", **{k: v for k, v in src.items() if k != "from"}}
            out[name] = canonical(src)
        return out

    def sft_source_files(self) -> list[str]:
        local = [s["path"] for s in self.sft_sources().values() if is_local_path(s["path"])]
        staged = [f for n in self.settings.enhance.sources for f in self.staged(f"source-{n}")]
        return self.present(local) + staged

    def mixture_subset(self, keys: tuple[str, ...]) -> dict:
        return canonical({k: v for k, v in self.settings.enhance.mixture.items() if k in keys})

    def pool_settings(self) -> dict:
        return self.mixture_subset(POOL_KEYS)

    def decontam_settings(self) -> dict:
        return self.mixture_subset(DECONTAM_KEYS)

    def mixture_settings(self, model: str) -> dict:
        return canonical({**self.settings.enhance.mixture, **EnhanceOverrides.of(self.config, model).mixture})

    def sft_gpus(self, model: str) -> int:
        return sft_gpus(self.entry(model))

    def sft_hparams(self, model: str) -> dict:
        return result_hparams(self.config, model)

    def deepspeed(self, model: str) -> list[str]:
        ds = self.settings.enhance.deepspeed
        return [ds] if ds and self.sft_gpus(model) > 0 else []

    # ---- judging -----------------------------------------------------------------------------

    @staticmethod
    def llm_judge_options(opts: Mapping | None) -> dict:
        """An LLM judge's settings; a local judge model on GPUs gets their count as its tensor
        parallel size unless its backend_options say otherwise."""
        opts = dict(opts or {})
        if opts.get("path") and opts.get("gpus"):
            opts["backend_options"] = {"tensor_parallel_size": int(opts["gpus"]), **(opts.get("backend_options") or {})}
        return canonical(opts)

    def judge_options(self, which: str) -> dict:
        """The evaluation's LLM judge (``which="judge"``: judge.llm) or the synthesis judge
        (synthesis.judge_options, else judge.llm); {} for the rule judge."""
        if which == "judge":
            return self.llm_judge_options(self.settings.judge.llm_options())
        syn = self.synthesis
        if not self.settings.synthesis or syn.judge != "llm":
            return {}
        return self.llm_judge_options(syn.judge_options or self.settings.judge.llm)

    def judge_params(self, which: str) -> dict:
        """What the judge's verdicts depend on (its client settings are read at run time)."""
        return without_client(self.judge_options(which))

    def judge_client(self, which: str, options: Mapping) -> dict:
        """A judge job's ``options`` (its params) with the client-only settings read from the config
        now; a rule judge (no options) gets none."""
        if not options:
            return {}
        judge = self.settings.judge.llm or {}
        source = judge if which == "judge" else (self.synthesis.judge_options or judge)
        return {**options, **client_options(dict(source))}

    def endpoint_check(self, which: str) -> list[str]:
        """The endpoint check's output for a judge that calls an endpoint."""
        return [f"results/judgments/endpoint.{which}.json"] if self.judge_options(which).get("endpoint") else []

    def judge_version(self) -> str:
        """The stage version and the judge's own (built-in rules or an LLM prompt): a new judge relabels."""
        prompt = (self.settings.judge.llm or {}).get("prompt")
        return self.versions["judge"] + "/" + judge_version(self.settings.judge.refusal, prompt)

    # ---- tables and review -------------------------------------------------------------------

    def comparison(self) -> list[dict]:
        """Each enhanced model with its -safe sibling, a released safe version of it (``safe_of``)
        and, where the config names one, the base model before distillation."""
        external = {e.safe_of: m for m, e in self.settings.models.items() if e.safe_of}
        return [{"model": m, "safe": m + SAFE_SUFFIX if m in self.enhanced else None,
                 "external": external.get(m), "base": self.settings.models[m].base}
                for m in self.models if m in self.enhanced or m in external]

    def distillation(self) -> list[dict]:
        return [{"model": m, "safe": None, "base": e.base} for m, e in self.settings.models.items() if e.base]

    def review_pairs(self) -> list[dict]:
        return [{"model": m, "benchmark": b, "task": self.task(b)} for m in self.eval_models for b in self.benchmarks
                if self.task(b) in ("refusal", "over_refusal")]

    def review_files(self, kind: str) -> list[str]:
        return [f"results/{kind}/{p['model']}/{p['benchmark']}.jsonl" for p in self.review_pairs()]

    def review_comparisons(self) -> list[tuple[str, str]]:
        """The model pairs whose differences are estimated: every pair the comparison table has."""
        out = []
        for c in self.comparison():
            chain = [m for m in (c["base"], c["model"], c["external"], c["safe"]) if m]
            out += [(a, b) for i, a in enumerate(chain) for b in chain[i + 1:]]
        return out

    def synthesis_used(self) -> bool:
        """The synthesis stage runs when an enhanced model's mixture draws on it."""
        return bool(self.enhanced) and any(s.get("from") == "synthesis" for s in self.settings.enhance.sources.values())

    def synthesis_seed_files(self) -> list[str]:
        path = (self.synthesis.seeds or {}).get("path")
        return self.present([path]) if path and is_local_path(path) else []

    def contamination_outputs(self) -> list[str]:
        return list(CONTAMINATION.values()) if self.enhanced else []

    def decontam_markers(self) -> list[str]:
        """Each mixture's decontam.json (targets of `all`: Snakemake rebuilds a missing file only when
        a target asks for it, not when an up-to-date job downstream reads it)."""
        return [f"results/mixture/{m}/decontam.json" for m in self.enhanced]

    def final_targets(self) -> list[str]:
        extra = [SYNTH_OUTPUTS["datasheet_md"]] if self.synthesis_used() else []
        return (list(TABLES.values()) + list(REVIEW_TABLES.values()) + PLOTS + extra + self.contamination_outputs()
                + self.decontam_markers())

    # ---- resources ---------------------------------------------------------------------------

    def _job_resources(self, rule: str, model: str | None) -> dict:
        """gpu, mem_mb (None: not set by the config) and runtime of one job, before the cluster's layout."""
        if rule in ("generate_responses", "generate_key_votes"):
            e = self.entry(model)
            return {"gpu": e.gpus, "mem_mb": e.mem_mb, "runtime": e.runtime or GENERATION_DEFAULTS["runtime"]}
        if rule == "generate_candidates":
            e = self.entry(self.teacher)
            return {"gpu": e.gpus, "mem_mb": e.mem_mb, "runtime": e.runtime or TEACHER_DEFAULTS["runtime"]}
        if rule == "train_sft":
            own = EnhanceOverrides.of(self.config, model)
            return {"gpu": self.sft_gpus(model), "mem_mb": own.mem_mb, "runtime": own.runtime or SFT_DEFAULTS["runtime"]}
        which = {"judge_responses": "judge", "judge_candidates": "synthesis"}[rule]
        opts = self.judge_options(which)
        local = bool(opts.get("path"))
        return {"gpu": int(opts.get("gpus") or 0) if local else 0, "mem_mb": opts.get("mem_mb", 2000),
                "runtime": opts.get("runtime", 30 if which == "judge" else 120)}

    def _domain(self, rule: str) -> list[str | None]:
        """The models a rule runs for (None: a rule without a model wildcard)."""
        if rule == "generate_responses":
            return self.eval_models
        if rule == "generate_key_votes":
            return sorted({m for b in self.benchmarks if self.benchmark(b).consensus()
                           for m in self.consensus_models(b)})
        if rule == "train_sft":
            return self.enhanced
        return [None]

    def laid_out(self, rule: str, model: str | None) -> dict:
        """One job's SLURM resources: partition, nodes, GPUs, CPUs per task, memory (the config's, else
        ``cluster.mem_mb_per_gpu`` x its GPUs per node, else the stage's default) and time (within its
        partition's MaxTime: :meth:`time_split`)."""
        return self._layout(rule, model)[0]

    def _layout(self, rule: str, model: str | None) -> tuple[dict, int, int]:
        """(:meth:`laid_out`'s resources, GPUs per node, submissions)."""
        res = self._job_resources(rule, model)
        what = f"rule {rule}" + (f", model {model}" if model else "")
        shape = self.settings.cluster
        slurm = slurm_resources(res["gpu"], shape, what)
        per_node = slurm["gpu"] or int(slurm.get("gres", "gpu:0").split(":")[1])
        mem = res["mem_mb"] or (shape.mem_mb_per_gpu * per_node if shape.mem_mb_per_gpu and per_node else None) \
            or DEFAULT_MEM[rule]
        runtime, parts = self.time_split(rule, model, res["runtime"], slurm["slurm_partition"])
        return {"mem_mb": mem, "runtime": runtime, "slurm_partition": slurm["slurm_partition"],
                "nodes": slurm["nodes"], "gpu": slurm["gpu"], "gres": slurm.get("gres", ""),
                "cpus_per_task": slurm.get("cpus_per_task", 0),
                **{k: slurm[k] for k in ("mpi", "tasks", "tasks_per_gpu") if k in slurm}}, per_node, parts

    # ---- time limits ---------------------------------------------------------------------------

    def time_split(self, rule: str, model: str | None, runtime: int, partition: str) -> tuple[int, int]:
        """(minutes per submission, submissions) of a job against its partition's MaxTime. A job that
        resumes where it stopped is split: generation (its finished shards are kept) and SFT (a
        checkpoint saved before the limit, r1safe.train.sft); any other job over the limit is refused
        before submission, naming the limit."""
        limit = self.max_time(partition)
        if limit is None or runtime <= limit:
            return runtime, 1
        where = f"rule {rule}" + (f", model {model}" if model else "")
        name = partition or "the default partition"
        if rule == "train_sft" or rule in RESUMABLE:
            parts = -(-runtime // limit)
            return limit, parts
        raise ConfigError(f"{where}: runtime {runtime} min is over {name}'s MaxTime ({limit} min), and the job "
                          "cannot resume where it stopped: lower its runtime, or send it to a partition that "
                          "allows it (cluster.partition / gpu_partition)")

    def max_time(self, partition: str) -> int | None:
        """A partition's MaxTime in minutes (None: unlimited or unknown): ``cluster.max_time`` (a
        number, or by partition name), else the limits read from SLURM (``limits``)."""
        given = self.settings.cluster.max_time
        if isinstance(given, int):
            return given
        table = given if isinstance(given, dict) else self.limits
        return table.get(partition)

    def extra_submissions(self) -> dict[str, int]:
        """Rule -> the submissions beyond the first its longest split job needs (the Snakefile adds
        them to the run's --retries for that rule, which stay for preemption and node failures)."""
        out = {}
        for rule in (*RESUMABLE, "train_sft"):
            domain = self._domain(rule)
            if not domain or (rule == "generate_candidates" and not self.teacher):
                continue
            extra = max(self._layout(rule, m)[2] for m in domain) - 1
            if extra:
                out[rule] = extra
        return out

    def resources(self, rule: str, **fixed) -> dict[str, Any]:
        """A rule's resources, computed once: ``fixed`` (a CPU rule's memory and time) on the CPU
        partition, or a GPU-capable rule's per-job values, each a plain value where every job of
        the rule gets the same one and a lookup by model otherwise."""
        if fixed:
            limit = self.max_time(self.cpu_partition())
            if limit is not None and fixed["runtime"] > limit:
                raise ConfigError(f"rule {rule}: runtime {fixed['runtime']} min is over the CPU partition's MaxTime "
                                  f"({limit} min)")
            return {**fixed, "slurm_partition": self.cpu_partition(), "nodes": 1, "gpu": 0, "gres": ""}
        domain = self._domain(rule)
        if not domain or (rule == "generate_candidates" and not self.teacher):
            return self.resources(rule, mem_mb=1000, runtime=10)  # a rule this config never runs
        jobs = {m: self.laid_out(rule, m) for m in domain}
        if any("mpi" in r for r in jobs.values()):
            # the executor looks for the key: every job of the rule has it, empty where one node does
            for r in jobs.values():
                r.setdefault("mpi", "")
                r.setdefault("tasks", 1)
                r.setdefault("tasks_per_gpu", 0)
        return _plain_or_by_model(jobs)

    def threads(self, rule: str) -> Any:
        """A generation rule's threads, plain where all its jobs get the same."""
        if rule == "generate_candidates":
            return self.model_threads(self.teacher) if self.teacher else 1
        if not self._domain(rule):
            return 1  # a rule this config never runs
        return _plain_or_by_model({m: {"threads": self.model_threads(m)} for m in self._domain(rule)})["threads"]

    def cpu_partition(self) -> str:
        return slurm_resources(0, self.settings.cluster)["slurm_partition"]


def requests_table(plan: Plan) -> str:
    """What each GPU-capable job asks SLURM for (``python -m r1safe cluster-plan``): partition, nodes,
    GPUs per node, CPUs per task, tasks, memory per node, time per submission and submissions."""
    rows = ["| job | partition | nodes | GPUs/node | CPUs/task | tasks | memory/node | time/submission | submissions |",
            "|---|---|---|---|---|---|---|---|---|"]
    jobs = [("generate_responses", m) for m in plan.eval_models] + [("train_sft", m) for m in plan.enhanced]
    if plan.synthesis_used() and plan.teacher:
        jobs.append(("generate_candidates", plan.teacher))
    if plan.judge_options("judge").get("path"):
        jobs.append(("judge_responses", None))
    for rule, m in jobs:
        r, per, parts = plan._layout(rule, m)
        limit = plan.max_time(r["slurm_partition"])
        rows.append(f"| {rule} {m or ''} | {r['slurm_partition'] or '(default)'} | {r['nodes']} | {per} | "
                    f"{r['cpus_per_task'] or 'threads'} | {r.get('tasks', 1)} | {r['mem_mb'] / 1000:,.0f} GB | "
                    f"{_hours(r['runtime'])}{'' if limit is None else f' (MaxTime {_hours(limit)})'} | {parts} |")
    return "\n".join(rows) + "\n"


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g} h" if minutes >= 60 else f"{minutes} min"


def _plain_or_by_model(per_job: dict[str | None, dict]) -> dict[str, Any]:
    """Each key's value where every job has the same one, else a lookup by the job's model."""
    out: dict[str, Any] = {}
    for key in next(iter(per_job.values())):
        values = {m: r[key] for m, r in per_job.items()}
        out[key] = next(iter(values.values())) if len(set(values.values())) == 1 else _by_model(values, key)
    return out


def _by_model(values: dict, key: str) -> Callable:
    """A resource looked up by the job's model (a model outside the plan gets a plain error)."""

    def f(wildcards):
        return values[wildcards.model]

    f.__name__ = f"{key}_by_model"
    return f
