"""The workflow configuration, checked in one place: the Snakefile (before the DAG is built) and
``python -m r1safe check-config`` call the same :func:`check`, so they accept and refuse exactly the
same configs.

What is checked, each with one error naming the file, the place and the problem:

* the YAML itself: a missing or unreadable file, a syntax error (line and column), a key given twice
  in one mapping (``models:`` twice would silently drop one model);
* the schema (``r1safe/schema.yaml``, shipped with the package): types, enums, and unknown keys at
  every level, with a "did you mean" hint;
* the cluster's node shape: every GPU request (generation, SFT, a local judge) is one node's or a
  whole number of nodes (``cluster.gpus_per_node``, ``max_nodes``);
* every cross-field rule: a ``base`` that names no model or the model itself, a ``<model>-safe``
  name that collides with an enhanced model, enhancement without sources, the synthesis teacher,
  ``from: synthesis`` without a synthesis section, the LLM judges' clients, mixture ratios, the
  tiny model's and the dataclass configs' settings;
* every input file: benchmark files and answer keys, SFT sources, synthesis seeds and policy, the
  tiny model's chats, local model directories must exist now, whatever an earlier run left in
  ``results/`` (a typo in a path must not silently reuse stale records).

:func:`resolve_model` is the one answer to "what is this model's entry" (a ``-safe`` sibling
inherits its original's settings and loads from the fine-tuned directory).
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Any

from r1safe.errors import ConfigError

SCHEMA = Path(__file__).with_name("schema.yaml")
# Every default of the workflow config, once: the rules, the stage entry points and the checks read
# these (the dataclass configs, MixtureConfig, SFTConfig, GenerationConfig, TinyConfig, own theirs).
DEFAULTS: dict[str, Any] = {
    "inference.backend": "transformers",
    "inference.shard_size": 64,
    "judge.refusal": "rule",
    "review.size": 60,
    "review.seed": 0,
    "review.labels": None,
    "review.required": False,
    "judge.judge_traces": False,
    "judge.max_error_rate": 0.05,
    "judge.truncated": "not_refused",
    "judge.max_truncation_rate": None,
    "synthesis.policy": "config/policy/zh.yaml",
    "synthesis.candidates": 4,
    "synthesis.judge": "rule",
    "synthesis.min_policy_score": 0.6,
    "tiny_model.chats": "data/tiny/base_chats.jsonl",
}
SAFE_SUFFIX = "-safe"
# what a "-safe" sibling does not inherit from its original
NOT_INHERITED = ("build", "path", "revision", "enhance", "base", "allow_pickle", "trust_remote_code")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def setting(cfg: dict, dotted: str) -> Any:
    """A config value by its dotted path, else its default from :data:`DEFAULTS`."""
    node: Any = cfg
    for part in dotted.split("."):
        if not isinstance(node, dict) or node.get(part) is None:
            return DEFAULTS[dotted]
        node = node[part]
    return node


def default(dotted: str) -> Any:
    return DEFAULTS[dotted]


# ---- YAML with its mistakes named --------------------------------------------------------------

def _unique_key_loader():
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            seen: dict = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise ConfigError(f"{self.name}, line {line}: duplicate key {key!r} (first at line {seen[key]}); "
                                      "the second would silently replace the first")
                seen[key] = line
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


def load_yaml(path: str | os.PathLike) -> Any:
    """A YAML file, refusing duplicate keys; OS and syntax errors become one ConfigError."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 at byte {exc.start}") from None
    loader = _unique_key_loader()(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: YAML syntax error: {exc.problem}") from None
    finally:
        loader.dispose()


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


def _schema_error(cfg: dict, sch: dict, source: str) -> str | None:
    import jsonschema

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
    return f"{source}: {where}: {e.message}"


# ---- models -------------------------------------------------------------------------------------

def enhanced(cfg: dict) -> list[str]:
    return [m for m, e in cfg["models"].items() if e.get("enhance")]


def teacher_entry(cfg: dict) -> dict | None:
    syn = cfg.get("synthesis") or {}
    teacher = syn.get("teacher")
    if teacher is None:
        return None
    return cfg["models"][teacher] if teacher in cfg["models"] else syn.get("teacher_model")


def resolve_model(cfg: dict, name: str) -> dict:
    """The config entry of a model: a model of ``models``, the synthesis teacher, or a
    ``<model>-safe`` sibling, which inherits its original's settings (generation, resources,
    backend) and loads from the fine-tuned directory."""
    if name in cfg["models"]:
        return cfg["models"][name]
    syn = cfg.get("synthesis") or {}
    if name == syn.get("teacher") and teacher_entry(cfg) is not None:
        return teacher_entry(cfg)
    orig = name[: -len(SAFE_SUFFIX)] if name.endswith(SAFE_SUFFIX) else None
    if orig in enhanced(cfg):
        entry = {k: v for k, v in cfg["models"][orig].items() if k not in NOT_INHERITED}
        return {**entry, "path": f"results/models/safe/{orig}", "enhanced_from": orig}
    raise ConfigError(f"unknown model {name!r}: not in config models and not an enhanced '-safe' model")


def execution_settings(cfg: dict, model: str, benchmark: str | None = None, *,
                       extra: list[dict] | None = None) -> dict:
    """How fast a generation job runs, never what it writes (r1safe.inference.base.EXECUTION_KEYS,
    and the shard size): the same precedence as the generation settings (defaults, the model's, the
    benchmark's, then ``extra``), read by the job at run time. The rules keep these out of their
    params, so changing them reruns nothing."""
    from r1safe.inference.base import EXECUTION_KEYS

    layers = [cfg.get("generation") or {}, resolve_model(cfg, model).get("generation") or {}]
    if benchmark is not None:
        layers.append((cfg["benchmarks"][benchmark].get("generation") or {}))
    layers += extra or []
    from r1safe.inference.base import VLLM_EXECUTION_KEYS

    out = {k: layer[k] for layer in layers for k in EXECUTION_KEYS if k in layer}
    vllm = resolve_model(cfg, model).get("vllm") or {}
    return {**out, "shard_size": int(setting(cfg, "inference.shard_size")),
            "backend_options": {k: vllm[k] for k in VLLM_EXECUTION_KEYS if k in vllm}}


def job_execution(cfg: dict, rule: str, model: str, benchmark: str | None = None) -> dict:
    """:func:`execution_settings` of one generation job, by its rule: the key votes add the
    consensus key's generation settings, the teacher's candidates the synthesis'."""
    if rule == "generate_key_votes":
        extra = [(cfg["benchmarks"][benchmark].get("consensus_key") or {}).get("generation") or {}]
    elif rule == "generate_candidates":
        extra, benchmark = [(cfg.get("synthesis") or {}).get("generation") or {}], None
    else:
        extra = []
    return execution_settings(cfg, model, benchmark, extra=extra)


def execution_only_keys() -> dict[str, tuple[str, ...]]:
    """Per rule, the setting names that change how a job runs and never what it writes: none of them
    may appear in that rule's params (a test reads every job's recorded params), or changing them
    would rerun GPU-days of work for nothing."""
    from r1safe.inference.base import EXECUTION_KEYS, VLLM_EXECUTION_KEYS
    from r1safe.judge.llm import CLIENT_KEYS
    from r1safe.train.sft import CADENCE_KEYS

    generation = (*EXECUTION_KEYS, *VLLM_EXECUTION_KEYS, "shard_size")
    return {"generate_responses": generation, "generate_key_votes": generation, "generate_candidates": generation,
            "train_sft": (*CADENCE_KEYS, "launcher"), "judge_responses": CLIENT_KEYS,
            "judge_candidates": CLIENT_KEYS}


def with_client_options(cfg: dict, which: str, options: dict) -> dict:
    """An LLM judge's params ``options`` with its client-only settings (r1safe.judge.llm.CLIENT_KEYS)
    read from the config now: the evaluation's judge (``which="judge"``: judge.llm) or the synthesis
    judge (synthesis.judge_options, else judge.llm). A rule judge (no options) gets none."""
    from r1safe.judge.llm import client_options

    if not options:
        return {}
    judge = cfg.get("judge") or {}
    source = judge.get("llm") if which == "judge" else (cfg.get("synthesis") or {}).get("judge_options")
    return {**options, **client_options(source or judge.get("llm") or {})}


def without_execution(settings: dict) -> dict:
    """Generation settings (or vLLM engine options) without the execution-only keys: what the rules
    put in params."""
    from r1safe.inference.base import EXECUTION_KEYS, VLLM_EXECUTION_KEYS

    return {k: v for k, v in settings.items() if k not in EXECUTION_KEYS + VLLM_EXECUTION_KEYS}


def is_local_path(p: str | os.PathLike) -> bool:
    """A local file or directory rather than a hub id (``org/name``): it exists, or it is absolute,
    relative (``./``, ``../``, ``~``), has a data file's suffix, or has more than one ``/``."""
    s = str(p)
    if s.startswith("modelscope:"):  # a ModelScope id (r1safe.hub)
        return False
    path = Path(s).expanduser()
    return (path.exists() or path.is_absolute() or s.startswith((".", "~"))
            or path.suffix in (".json", ".jsonl", ".parquet", ".yaml", ".yml") or not _HUB_ID.match(s))


# ---- cross-field rules --------------------------------------------------------------------------

def _cross_field(cfg: dict) -> list[str]:
    problems = []
    models = cfg["models"]
    enh = cfg.get("enhance") or {}
    syn = cfg.get("synthesis") or {}
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
    for b, spec in cfg["benchmarks"].items():
        ck = spec.get("consensus_key")
        if ck and spec.get("format") != "chisafety_mcq":
            problems.append(f"benchmarks.{b}.consensus_key: only an MCQ benchmark (chisafety_mcq) takes a consensus key")
        for m in (ck or {}).get("models", []):
            if m not in models:
                problems.append(f"benchmarks.{b}.consensus_key.models: {m!r} is not a model of this config")
    for name, src in (enh.get("sources") or {}).items():
        if src.get("from") == "synthesis" and not syn:
            problems.append(f"enhance.sources.{name}: 'from: synthesis' but the config has no synthesis section")
        if src.get("from") is None and "path" not in src:
            problems.append(f"enhance.sources.{name}: needs 'path' (or 'from: synthesis')")
    from r1safe.cluster import check as check_cluster
    from r1safe.judge.llm import check_judge_config
    from r1safe.mixture.build import MixtureConfig

    for check in (lambda: check_judge_config(cfg), lambda: check_cluster(cfg),
                  lambda: MixtureConfig.from_dict(enh.get("mixture", {})),
                  lambda: [MixtureConfig.from_dict({**enh.get("mixture", {}), **(e.get("enhance") or {}).get("mixture", {})})
                           for e in models.values() if isinstance(e.get("enhance"), dict)],
                  lambda: _tiny_settings(cfg)):
        try:
            check()
        except ConfigError as exc:
            problems.append(str(exc))
    return problems


def _tiny_settings(cfg: dict) -> None:
    from r1safe.errors import checked_settings
    from r1safe.tiny.build import TinyConfig

    checked_settings(TinyConfig, (cfg.get("tiny_model") or {}).get("settings"), "tiny_model.settings")
    for m, e in {**cfg["models"], **({"teacher": teacher_entry(cfg)} if teacher_entry(cfg) else {})}.items():
        if e.get("tiny_settings"):
            checked_settings(TinyConfig, e["tiny_settings"], f"models.{m}.tiny_settings")


# ---- input files --------------------------------------------------------------------------------

def input_files(cfg: dict) -> list[tuple[str, str]]:
    """(where in the config, path) of every local input file or directory the workflow reads."""
    out = []
    for b, spec in cfg["benchmarks"].items():
        for key in ("path", "answer_key"):
            if key in spec and (key == "answer_key" or is_local_path(spec[key])):
                out.append((f"benchmarks.{b}.{key}", spec[key]))
    for name, src in ((cfg.get("enhance") or {}).get("sources") or {}).items():
        if "path" in src and is_local_path(src["path"]):
            out.append((f"enhance.sources.{name}.path", src["path"]))
    syn = cfg.get("synthesis") or {}
    if syn:
        seeds = (syn.get("seeds") or {}).get("path")
        if seeds and is_local_path(seeds):
            out.append(("synthesis.seeds.path", seeds))
        out.append(("synthesis.policy", setting(cfg, "synthesis.policy")))
    tiny = cfg.get("tiny_model") or {}
    entries = dict(cfg["models"])
    if teacher_entry(cfg) is not None and syn.get("teacher") not in entries:
        entries[syn["teacher"]] = teacher_entry(cfg)
    if any(e.get("build") == "tiny" for e in entries.values()):
        out.append(("tiny_model.chats", setting(cfg, "tiny_model.chats")))
        out += [(f"tiny_model.tokenizer_texts[{i}]", t) for i, t in enumerate(tiny.get("tokenizer_texts") or [])]
    for m, e in entries.items():
        if e.get("chats"):
            out.append((f"models.{m}.chats", e["chats"]))
        if "path" in e and e.get("build") != "tiny" and is_local_path(e["path"]):
            out.append((f"models.{m}.path", e["path"]))
    if (cfg.get("enhance") or {}).get("deepspeed"):
        out.append(("enhance.deepspeed", cfg["enhance"]["deepspeed"]))
    if (cfg.get("review") or {}).get("labels"):  # written by `python -m r1safe review import`
        out.append(("review.labels", cfg["review"]["labels"]))
    return out


def _absent(cfg: dict, base_dir: Path) -> list[tuple[str, str]]:
    """(where in the config, path) of every input file that does not exist (relative to base_dir)."""
    out = []
    for where, p in input_files(cfg):
        path = Path(p).expanduser()
        if not (path if path.is_absolute() else base_dir / path).exists():
            out.append((where, p))
    return out


def _missing_files(cfg: dict, base_dir: Path) -> list[str]:
    return [f"{where}: {p!r} does not exist" for where, p in _absent(cfg, base_dir)]


# ---- the one entry point ------------------------------------------------------------------------

def check(cfg: Any, source: str = "config", base_dir: str | os.PathLike = ".", files: bool = True) -> dict:
    """Every check above; the first problem is raised as one ConfigError (all of them are listed
    when there are several)."""
    if not isinstance(cfg, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level, got {type(cfg).__name__}")
    problem = _schema_error(cfg, schema(), source)
    if problem:
        raise ConfigError(problem)
    problems = _cross_field(cfg) + (_missing_files(cfg, Path(base_dir)) if files else [])
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


MISSING_IN_DRY_RUN: set[str] = set()  # input files a dry run plans without (check_workflow)


def check_workflow(config: dict, configfiles: list, base_dir: str | os.PathLike = ".",
                   plan_without_inputs: bool = False) -> list[str]:
    """The Snakefile's check: the config files re-read for duplicate keys (Snakemake's loader keeps the
    last), then the config Snakemake built, exactly as ``check-config`` checks it. A missing input file
    stops even a dry run (a typo must not be planned around), unless the dry run asks to plan without
    them (``R1SAFE_PLAN_WITHOUT_INPUTS=1``: the paper's plan on a fresh clone, before its benchmark
    files are downloaded): then they are listed, and a real run still stops on them before any job."""
    for f in configfiles:
        load_yaml(f)
    source = ", ".join(str(f) for f in configfiles) or "config"
    if not plan_without_inputs:
        check(config, source, base_dir)
        return []
    check(config, source, base_dir, files=False)
    absent = _absent(config, Path(base_dir))
    missing = [f"{where}: {p!r} does not exist" for where, p in absent]
    MISSING_IN_DRY_RUN.clear()
    MISSING_IN_DRY_RUN.update(p for _, p in absent)
    if missing:
        import sys

        print(f"r1safe: dry run planned without {len(missing)} input file(s) that do not exist; a real run "
              "stops on them before any job:\n" + "\n".join(f"  {m}" for m in missing), file=sys.stderr)
    return missing


def present(paths: list[str]) -> list[str]:
    """``paths`` without the input files a dry run plans without (all of them in a real run)."""
    return [p for p in paths if str(p) not in MISSING_IN_DRY_RUN]
