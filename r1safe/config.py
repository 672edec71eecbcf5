"""The workflow configuration: the composition root. The config is checked here, in one place (the
Snakefile before the DAG is built and ``python -m r1safe check-config`` call the same :func:`check`,
so they accept and refuse exactly the same configs), and parsed once into each stage's typed settings
(:func:`parse`: :class:`Settings`). Each stage owns its settings, their defaults and their checks in
its own package (models.ModelEntry, benchmarks.entry.BenchmarkEntry, inference.base.InferenceSettings,
judge.settings.JudgeSettings, synthesis.settings.SynthesisSettings, train.job.EnhanceSettings,
review.settings.ReviewSettings, tiny.build.TinyModelSettings, cluster.ClusterShape); this module
imports them all at the top and imports nothing back into them.

What is checked, each with one error naming the file, the place and the problem:

* the YAML itself: a missing or unreadable file, a syntax error (line and column), a key given twice
  in one mapping (``models:`` twice would silently drop one model);
* the schema (``r1safe/schema.yaml``, shipped with the package): types, enums, and unknown keys at
  every level, with a "did you mean" hint;
* each stage's own check (:data:`STAGE_CHECKS`): the cluster's node shape, the LLM judges' clients,
  the mixtures, the tiny models' settings, every typed section;
* every cross-field rule: a ``base`` that names no model or the model itself, a ``<model>-safe``
  name that collides with an enhanced model, enhancement without sources, the synthesis teacher,
  ``from: synthesis`` without a synthesis section;
* every input file: benchmark files and answer keys, SFT sources, synthesis seeds and policy, the
  tiny model's chats, local model directories must exist now, whatever an earlier run left in
  ``results/`` (a typo in a path must not silently reuse stale records).
"""

from __future__ import annotations

import difflib
import inspect
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from r1safe.benchmarks.base import FORMATS
from r1safe.benchmarks.entry import BenchmarkEntry
from r1safe.cluster import ClusterShape
from r1safe.cluster import check as check_cluster
from r1safe.errors import ConfigError, InputError, checked_settings
from r1safe.hub import is_local_path, modelscope_id
from r1safe.inference.base import InferenceSettings, layered
from r1safe.io import load_yaml
from r1safe.judge.settings import JudgeSettings, check_judge_config
from r1safe.mixture.build import MixtureConfig
from r1safe.models import SAFE_SUFFIX, ModelEntry, model_dir_problem
from r1safe.review.settings import ReviewSettings
from r1safe.synthesis.settings import SynthesisSettings
from r1safe.tiny.build import TinyConfig, TinyModelSettings
from r1safe.train.deepspeed_config import validate as validate_deepspeed
from r1safe.train.job import EnhanceOverrides, EnhanceSettings

SCHEMA = Path(__file__).with_name("schema.yaml")


@dataclass(frozen=True)
class Settings:
    """The whole config, parsed once into each stage's typed settings."""

    models: Mapping[str, ModelEntry]
    benchmarks: Mapping[str, BenchmarkEntry]
    generation: Mapping  # the default generation settings (inference.base.GenerationConfig's keys)
    inference: InferenceSettings
    judge: JudgeSettings
    review: ReviewSettings
    synthesis: SynthesisSettings | None
    enhance: EnhanceSettings
    cluster: ClusterShape
    tiny_model: TinyModelSettings


def parse(cfg: Mapping) -> Settings:
    """The typed settings of a config (checked by :func:`check` first: the schema has seen it)."""
    return Settings(
        models={m: ModelEntry.from_config(m, e) for m, e in cfg["models"].items()},
        benchmarks={b: BenchmarkEntry.from_config(b, s) for b, s in cfg["benchmarks"].items()},
        generation=dict(cfg.get("generation") or {}),
        inference=InferenceSettings.from_config(cfg),
        judge=JudgeSettings.from_config(cfg),
        review=ReviewSettings.from_config(cfg),
        synthesis=SynthesisSettings.from_config(cfg) if cfg.get("synthesis") else None,
        enhance=EnhanceSettings.from_config(cfg),
        cluster=ClusterShape.from_config(cfg),
        tiny_model=TinyModelSettings.from_config(cfg),
    )


# ---- the schema, with "did you mean" ------------------------------------------------------------

def schema() -> dict:
    return load_yaml(SCHEMA)


def _known_keys(sch: dict, root: dict) -> list[str]:
    if "$ref" in sch:
        node: Any = root
        for part in sch["$ref"].lstrip("#/").split("/"):
            node = node[part]
        sch = node
    return sorted(sch.get("properties", {}))


def _non_finite(node: Any, source: str, where: str = "") -> str | None:
    """The first number that is not finite (YAML's .nan, .inf): NaN compares false with every bound,
    so a NaN guard would switch itself off and a NaN threshold would pass the schema."""
    if isinstance(node, float) and not math.isfinite(node):
        return f"{source}: {where or '(top level)'}: {node!r} is not a finite number"
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for k, v in items:
        problem = _non_finite(v, source, f"{where}.{k}" if where and isinstance(k, str) else
                              f"{where}[{k}]" if where else str(k))
        if problem:
            return problem
    return None


def _alternative(schema_node: dict) -> str:
    """One alternative of a oneOf, in words."""
    if "required" in schema_node and len(schema_node) == 1:
        return " and ".join(repr(k) for k in schema_node["required"])
    if "type" in schema_node:
        return f"a {schema_node['type']}" if schema_node["type"] != "object" else "a mapping of its settings"
    return "a mapping of its settings" if "properties" in schema_node else str(schema_node)


def _one_of(e) -> str:
    """A oneOf failure named by what it needs: which keys or which kind of value, one of them."""
    options = [_alternative(o) for o in e.validator_value]
    if isinstance(e.instance, dict) and all("required" in o for o in e.validator_value):
        met = [o for o in e.validator_value if all(k in e.instance for k in o["required"])]
        if len(met) > 1:
            both = [k for o in met for k in o["required"]]
            return f"give {' or '.join(options)}, not both ({', '.join(map(repr, both))} given)"
        return f"needs {' or '.join(options)}" + (f" (has {', '.join(map(repr, e.instance))})" if e.instance else "")
    kinds = {"object": dict, "boolean": bool, "string": str, "array": list, "integer": int, "number": (int, float)}
    own_kind = {i for i, o in enumerate(e.validator_value) if isinstance(e.instance, kinds.get(o.get("type"), ()))}
    for sub in e.context or ():  # a value of the right kind whose own settings are wrong: name them
        if sub.validator not in ("type", "required") and sub.relative_schema_path[0] in own_kind:
            inner = ".".join(str(x) for x in sub.relative_path)
            return f"{inner + ': ' if inner else ''}{sub.message}"
    return f"expected {' or '.join(options)}, got {e.instance!r}"


def _schema_error(cfg: dict, sch: dict, source: str) -> str | None:
    import jsonschema  # heavy: ~0.1 s to import, paid only when a config is checked

    validator = jsonschema.Draft202012Validator(sch)
    errors = sorted(validator.iter_errors(cfg), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return None
    e = errors[0]
    where = ".".join(str(p) for p in e.absolute_path) or "(top level)"
    if e.validator == "additionalProperties" and e.validator_value is False:
        known = _known_keys(e.schema, sch)
        extra = sorted(set(e.instance) - set(known))
        hints = []
        for key in extra:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hints.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        return f"{source}: {where}: unknown key {', '.join(hints)}; known: {', '.join(known)}"
    if e.validator == "oneOf":
        return f"{source}: {where}: {_one_of(e)}"
    return f"{source}: {where}: {e.message}"


# ---- each stage's own check -----------------------------------------------------------------------

def _mixtures(cfg: dict) -> None:
    """enhance.mixture, and each model's own mixture over it."""
    enh = cfg.get("enhance") or {}
    MixtureConfig.from_dict(enh.get("mixture", {}))
    for m in cfg["models"]:
        own = EnhanceOverrides.of(cfg, m)
        if own.mixture:
            MixtureConfig.from_dict({**enh.get("mixture", {}), **own.mixture})


def _tiny_settings(cfg: dict) -> None:
    checked_settings(TinyConfig, (cfg.get("tiny_model") or {}).get("settings"), "tiny_model.settings")
    for m, e in _model_entries(cfg).items():
        if e.get("tiny_settings"):
            checked_settings(TinyConfig, e["tiny_settings"], f"models.{m}.tiny_settings")


STAGE_CHECKS = (check_judge_config, check_cluster, _mixtures, _tiny_settings, parse)


# ---- cross-field rules --------------------------------------------------------------------------

def _model_rules(cfg: dict) -> list[str]:
    problems = []
    models = cfg["models"]
    enh = cfg.get("enhance") or {}
    for m, e in models.items():
        base = e.get("base")
        if base is not None and base not in models:
            close = difflib.get_close_matches(base, list(models), n=1)
            problems.append(f"models.{m}.base: {base!r} is not a model of this config"
                            + (f" (did you mean {close[0]!r}?)" if close else ""))
        if base == m:
            problems.append(f"models.{m}.base: a model cannot be its own base")
        safe_of = e.get("safe_of")
        if safe_of is not None and (safe_of not in models or safe_of == m):
            problems.append(f"models.{m}.safe_of: {safe_of!r} is not another model of this config")
        elif safe_of is not None and models[safe_of].get("safe_of"):
            problems.append(f"models.{m}.safe_of: {safe_of!r} is itself a safe version of another model")
        if e.get("enhance"):
            if m + SAFE_SUFFIX in models:
                problems.append(f"models.{m}: it is enhanced into {m + SAFE_SUFFIX!r}, which is also a model of its "
                                "own; rename one of them")
            if not enh.get("sources"):
                problems.append(f"models.{m}.enhance: the config has no enhance.sources to train on")
        if "path" not in e and e.get("build") != "tiny":
            problems.append(f"models.{m}: needs 'path' (hub id or local directory) or 'build: tiny'")
    return problems


def _teacher_rules(cfg: dict) -> list[str]:
    problems = []
    models = cfg["models"]
    syn = cfg.get("synthesis") or {}
    teacher = syn.get("teacher")
    if syn and teacher is not None:
        if teacher in models and syn.get("teacher_model"):
            problems.append(f"synthesis.teacher: {teacher!r} is a model of `models` and also has a teacher_model "
                            "entry; keep one")
        elif teacher not in models and not syn.get("teacher_model"):
            problems.append(f"synthesis.teacher: {teacher!r} is not in models; name a model or give its entry in "
                            "synthesis.teacher_model")
        elif teacher not in models and teacher.endswith(SAFE_SUFFIX):
            problems.append(f"synthesis.teacher: {teacher!r} must not end in {SAFE_SUFFIX!r}")
    return problems


def _benchmark_rules(cfg: dict) -> list[str]:
    problems = []
    for b, spec in cfg["benchmarks"].items():
        ck = spec.get("consensus_key")
        if ck and spec.get("format") != "chisafety_mcq":
            problems.append(f"benchmarks.{b}.consensus_key: only an MCQ benchmark (chisafety_mcq) takes a consensus key")
        for m in (ck or {}).get("models", []):
            if m not in cfg["models"]:
                problems.append(f"benchmarks.{b}.consensus_key.models: {m!r} is not a model of this config")
    return problems


def _source_rules(cfg: dict) -> list[str]:
    problems = []
    syn = cfg.get("synthesis") or {}
    for name, src in ((cfg.get("enhance") or {}).get("sources") or {}).items():
        if src.get("from") == "synthesis" and not syn:
            problems.append(f"enhance.sources.{name}: 'from: synthesis' but the config has no synthesis section")
        if src.get("from") is None and "path" not in src:
            problems.append(f"enhance.sources.{name}: needs 'path' (or 'from: synthesis')")
    return problems


def _model_entries(cfg: dict) -> dict[str, dict]:
    """Every model entry the config gives: ``models`` and the synthesis teacher's own entry."""
    syn = cfg.get("synthesis") or {}
    out = dict(cfg["models"])
    if syn.get("teacher_model") and syn.get("teacher") not in out:
        out[syn.get("teacher", "teacher")] = syn["teacher_model"]
    return out


def _idle_model_settings(cfg: dict) -> list[str]:
    """Model settings that would do nothing: an empty enhance, tiny-model settings on a model that is
    not built, vLLM options under the transformers backend."""
    problems = []
    default_backend = ((cfg.get("inference") or {}).get("backend")) or InferenceSettings.backend
    for m, e in _model_entries(cfg).items():
        if isinstance(e.get("enhance"), dict) and not e["enhance"]:
            problems.append(f"models.{m}.enhance: an empty mapping enhances nothing; write `enhance: true` or give "
                            "its overrides")
        for key in ("chats", "tiny_settings"):
            if e.get(key) and e.get("build") != "tiny":
                problems.append(f"models.{m}.{key}: only a model with `build: tiny` is trained on chats; this one "
                                "loads from its path, so the setting would be ignored")
        if e.get("vllm") and (e.get("backend") or default_backend) == "transformers":
            problems.append(f"models.{m}.vllm: vLLM engine options, but the model runs on the transformers backend "
                            "(set backend: vllm or auto, or drop them)")
    return problems


def _idle_sampling(cfg: dict) -> list[str]:
    """Several samples of greedy decoding are one sample repeated (a consensus key's votes would then
    key every item at full agreement)."""
    problems = []
    defaults = cfg.get("generation") or {}
    for m, e in _model_entries(cfg).items():
        for b, spec in cfg["benchmarks"].items():
            settings, _ = layered(defaults, e.get("generation"), spec.get("generation"))
            if settings.get("do_sample", True) is False and int(settings.get("n", 1)) > 1:
                problems.append(f"benchmarks.{b}.generation (model {m}): n {settings['n']} with do_sample false "
                                "gives identical samples; sample (do_sample: true) or ask for n: 1")
        # the consensus key's votes and the teacher's candidates are sampled unless their settings say not
    for b, spec in cfg["benchmarks"].items():
        ck = spec.get("consensus_key") or {}
        if (ck.get("generation") or {}).get("do_sample") is False and int(ck.get("samples", 5)) > 1:
            problems.append(f"benchmarks.{b}.consensus_key.generation: do_sample false makes the {ck.get('samples', 5)} "
                            "votes identical, and every item would be keyed at full agreement")
    syn = cfg.get("synthesis") or {}
    if (syn.get("generation") or {}).get("do_sample") is False and int(syn.get("candidates", 4)) > 1:
        problems.append(f"synthesis.generation: do_sample false makes the {syn.get('candidates', 4)} candidates per "
                        "prompt identical")
    return problems


def _idle_data_settings(cfg: dict) -> list[str]:
    """Hub-only options on a local file, reader options a format does not take."""
    problems = []
    places = [(f"benchmarks.{b}", spec) for b, spec in cfg["benchmarks"].items()]
    places += [(f"enhance.sources.{n}", src) for n, src in ((cfg.get("enhance") or {}).get("sources") or {}).items()]
    if (cfg.get("synthesis") or {}).get("seeds"):
        places.append(("synthesis.seeds", cfg["synthesis"]["seeds"]))
    for where, spec in places:
        if spec.get("path") and is_local_path(spec["path"]):
            for key in ("subset", "split", "revision"):
                if key in spec:
                    problems.append(f"{where}.{key}: applies to a hub dataset; {spec['path']!r} is a local file")
    for b, spec in cfg["benchmarks"].items():
        if spec.get("format") not in FORMATS:
            continue
        takes = inspect.signature(FORMATS.get(spec["format"])).parameters
        for key in ("instruction", "answer_key", "shuffle_seed", "subset", "split", "revision"):
            if key in spec and key not in takes:
                problems.append(f"benchmarks.{b}.{key}: format {spec['format']!r} takes no {key}; it would be ignored")
    return problems


def _idle_wiring(cfg: dict) -> list[str]:
    """Judges with two clients, a node limit without a node size, two released versions of one model,
    a base chain that loops."""
    problems = []
    for where, opts in (("judge.llm", (cfg.get("judge") or {}).get("llm")),
                        ("synthesis.judge_options", (cfg.get("synthesis") or {}).get("judge_options"))):
        if opts and opts.get("endpoint") and opts.get("path"):
            problems.append(f"{where}: both an endpoint and a local path; the path would be ignored (keep one)")
    cluster = cfg.get("cluster") or {}
    if cluster.get("max_nodes") and not cluster.get("gpus_per_node"):
        problems.append("cluster.max_nodes: without cluster.gpus_per_node every job is planned on one node, so the "
                        "limit checks nothing; give gpus_per_node")
    released: dict[str, str] = {}
    for m, e in cfg["models"].items():
        orig = e.get("safe_of")
        if orig in released:
            problems.append(f"models.{m}.safe_of: {released[orig]!r} is already the released safe version of "
                            f"{orig!r}; one comparison column holds one")
        elif orig:
            released[orig] = m
    for m in cfg["models"]:
        seen, cur = [m], cfg["models"][m].get("base")
        while cur in cfg["models"] and cur not in seen:
            seen.append(cur)
            cur = cfg["models"][cur].get("base")
        if cur == m and len(seen) > 1:
            problems.append(f"models.{m}.base: the base chain loops ({' -> '.join(seen + [m])})")
    return problems


CROSS_FIELD_RULES = (_model_rules, _teacher_rules, _benchmark_rules, _source_rules, _idle_model_settings,
                     _idle_sampling, _idle_data_settings, _idle_wiring)


def _cross_field(cfg: dict) -> list[str]:
    problems = [p for rule in CROSS_FIELD_RULES for p in rule(cfg)]
    for stage_check in STAGE_CHECKS:
        try:
            stage_check(cfg)
        except ConfigError as exc:
            problems.append(str(exc))
    return problems


# ---- input files --------------------------------------------------------------------------------

def _benchmark_files(cfg: dict) -> list[tuple[str, str]]:
    return [(f"benchmarks.{b}.{key}", spec[key]) for b, spec in cfg["benchmarks"].items()
            for key in ("path", "answer_key") if key in spec and (key == "answer_key" or is_local_path(spec[key]))]


def _source_files(cfg: dict) -> list[tuple[str, str]]:
    return [(f"enhance.sources.{name}.path", src["path"])
            for name, src in ((cfg.get("enhance") or {}).get("sources") or {}).items()
            if "path" in src and is_local_path(src["path"])]


def _synthesis_files(cfg: dict) -> list[tuple[str, str]]:
    syn = cfg.get("synthesis") or {}
    if not syn:
        return []
    seeds = (syn.get("seeds") or {}).get("path")
    out = [("synthesis.seeds.path", seeds)] if seeds and is_local_path(seeds) else []
    return out + [("synthesis.policy", SynthesisSettings.from_config(cfg).policy)]


def _model_files(cfg: dict) -> list[tuple[str, str]]:
    """The tiny models' chats and tokenizer texts, local model directories (the teacher's too)."""
    entries = _model_entries(cfg)
    out = []
    if any(e.get("build") == "tiny" for e in entries.values()):
        tiny = TinyModelSettings.from_config(cfg)
        out.append(("tiny_model.chats", tiny.chats))
        out += [(f"tiny_model.tokenizer_texts[{i}]", t) for i, t in enumerate(tiny.tokenizer_texts)]
    for m, e in entries.items():
        if e.get("chats"):
            out.append((f"models.{m}.chats", e["chats"]))
        if "path" in e and e.get("build") != "tiny" and is_local_path(e["path"]):
            out.append((f"models.{m}.path", e["path"]))
    return out


def _other_files(cfg: dict) -> list[tuple[str, str]]:
    out = []
    if (cfg.get("enhance") or {}).get("deepspeed"):
        out.append(("enhance.deepspeed", cfg["enhance"]["deepspeed"]))
    if (cfg.get("review") or {}).get("labels"):  # written by `python -m r1safe review import`
        out.append(("review.labels", cfg["review"]["labels"]))
    return out


def input_files(cfg: dict) -> list[tuple[str, str]]:
    """(where in the config, path) of every local input file or directory the workflow reads."""
    return [f for part in (_benchmark_files, _source_files, _synthesis_files, _model_files, _other_files)
            for f in part(cfg)]


def _absent(cfg: dict, base_dir: Path) -> list[tuple[str, str]]:
    """(where in the config, path) of every input file that does not exist (relative to base_dir)."""
    return [(where, p) for where, p in input_files(cfg) if not _resolved(p, base_dir).exists()]


def _missing_files(cfg: dict, base_dir: Path) -> list[str]:
    return [f"{where}: {p!r} does not exist" for where, p in _absent(cfg, base_dir)]


DATA_SUFFIXES = (".json", ".jsonl", ".parquet")


def _resolved(p: str, base_dir: Path) -> Path:
    """A configured path as the workflow reads it: relative paths from where it runs."""
    path = Path(p).expanduser()
    return path if path.is_absolute() else base_dir / path


def _kind_problem(where: str, path: Path) -> str | None:
    """Why an existing input is of the wrong kind for its setting, or None (pickle weights are the
    loader's to refuse, as the entry's allow_pickle says)."""
    if where.startswith("models.") and where.endswith(".path"):
        problem = model_dir_problem(path, allow_pickle=True)
        return problem and problem[1]
    if path.is_dir():
        return "is a directory, not a file"
    if where.startswith(("enhance.sources.", "benchmarks.", "synthesis.seeds")) and where.endswith(".path"):
        if path.suffix not in DATA_SUFFIXES:
            return f"is a {path.suffix or 'suffix-less'} file; records are read from {', '.join(DATA_SUFFIXES)}"
        if path.stat().st_size == 0:
            return "is empty: no records"
    if where == "enhance.deepspeed":
        try:
            validate_deepspeed(path, with_deepspeed=False)
        except InputError as exc:
            return f"not a DeepSpeed JSON config: {exc.reason}" + (f" (field {exc.field})" if exc.field else "")
    return None


def _wrong_kinds(cfg: dict, base_dir: Path) -> list[str]:
    """Inputs that exist but are of the wrong kind (a directory for a file, a file or an empty or
    weightless directory for a model, a README as a data source, YAML as a DeepSpeed config), local
    judge models that are not there, malformed ModelScope ids: found now, not inside a job."""
    problems = []
    for where, p in input_files(cfg):
        path = _resolved(p, base_dir)
        if path.exists() and (why := _kind_problem(where, path)):
            problems.append(f"{where}: {p!r} {why}")
    for where, opts in (("judge.llm", (cfg.get("judge") or {}).get("llm")),
                        ("synthesis.judge_options", (cfg.get("synthesis") or {}).get("judge_options"))):
        local = (opts or {}).get("path")
        if local and is_local_path(local):
            path = _resolved(local, base_dir)
            problem = model_dir_problem(path, allow_pickle=True) if path.exists() else ("path", "does not exist")
            if problem:
                problems.append(f"{where}.path: {local!r} {problem[1]}")
    for m, e in _model_entries(cfg).items():
        if str(e.get("path", "")).startswith("modelscope:"):
            try:
                modelscope_id(e["path"])
            except ConfigError as exc:
                problems.append(f"models.{m}.path: {exc}")
    return problems


# ---- the one entry point ------------------------------------------------------------------------

def check(cfg: Any, source: str = "config", base_dir: str | os.PathLike = ".", files: bool = True) -> dict:
    """Every check above; the first problem is raised as one ConfigError (all of them are listed
    when there are several)."""
    if not isinstance(cfg, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level, got {type(cfg).__name__}")
    problem = _non_finite(cfg, source) or _schema_error(cfg, schema(), source)
    if problem:
        raise ConfigError(problem)
    problems = _cross_field(cfg) + _wrong_kinds(cfg, Path(base_dir)) + (_missing_files(cfg, Path(base_dir)) if files
                                                                           else [])
    if problems:
        head = f"{source}: {problems[0]}"
        more = "".join(f"\n  also: {p}" for p in problems[1:])
        raise ConfigError(head + more)
    return cfg


def check_file(path: str | os.PathLike, base_dir: str | os.PathLike = ".", files: bool = True) -> dict:
    """``python -m r1safe check-config``: load (duplicate keys refused) and check."""
    return check(load_yaml(path), str(path), base_dir, files)


def is_dry_run(argv: list[str]) -> bool:
    """Snakemake was asked for a dry run (``-n``, ``--dry-run``, ``--dryrun``, or ``-n`` among other
    single-letter flags such as ``-np``). The Snakefile cannot ask Snakemake: its executor is not
    known while the Snakefile is read."""
    for a in argv:
        if a in ("-n", "--dry-run", "--dryrun"):
            return True
        if a.startswith("-") and not a.startswith("--") and a[1:].isalpha() and "n" in a[1:] and len(a) <= 5:
            return True
    return False


def check_workflow(config: dict, configfiles: list, base_dir: str | os.PathLike = ".",
                   plan_without_inputs: bool = False) -> set[str]:
    """The Snakefile's check: the config files re-read for duplicate keys (Snakemake's loader keeps the
    last), then the config Snakemake built, exactly as ``check-config`` checks it. A missing input file
    stops even a dry run (a typo must not be planned around), unless the dry run asks to plan without
    them (``R1SAFE_PLAN_WITHOUT_INPUTS=1``: the paper's plan on a fresh clone, before its benchmark
    files are downloaded): then they are listed, and a real run still stops on them before any job.
    Returns the input files the plan goes without (r1safe.workflow.plan.Plan leaves them out of the
    jobs' inputs)."""
    for f in configfiles:
        load_yaml(f)
    source = ", ".join(str(f) for f in configfiles) or "config"
    if not plan_without_inputs:
        check(config, source, base_dir)
        return set()
    check(config, source, base_dir, files=False)
    absent = _absent(config, Path(base_dir))
    missing = [f"{where}: {p!r} does not exist" for where, p in absent]
    if missing:
        print(f"r1safe: dry run planned without {len(missing)} input file(s) that do not exist; a real run "
              "stops on them before any job:\n" + "\n".join(f"  {m}" for m in missing), file=sys.stderr)
    return {str(p) for _, p in absent}
