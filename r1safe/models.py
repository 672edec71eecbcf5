"""Loading models and tokenizers by hub id or local path, with safe defaults.

``trust_remote_code`` is off unless a model entry enables it, and weights load from safetensors
only unless ``allow_pickle`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from r1safe.errors import ConfigError, InputError, typed_settings
from r1safe.hub import is_local_path, local_spec

SAFE_SUFFIX = "-safe"
# what a "-safe" sibling does not inherit from its original
NOT_INHERITED = ("build", "path", "revision", "enhance", "base", "allow_pickle", "trust_remote_code")
SPEC_KEYS = ("revision", "trust_remote_code", "allow_pickle", "dtype")  # how a model loads


@dataclass(frozen=True)
class ModelEntry:
    """One model of the config (``models.<name>``, ``synthesis.teacher_model``), typed. Unset fields
    are None: the stage that reads a setting owns its default (generation jobs 8000 MB, ...)."""

    name: str
    path: str | None = None  # HF hub id, modelscope:<org>/<name>, or a local directory
    build: str | None = None  # "tiny": built by the workflow
    safe_of: str | None = None  # a released safe version of that model
    revision: str | None = None
    trust_remote_code: bool | None = None
    allow_pickle: bool | None = None
    dtype: str | None = None
    gpus: int = 0
    mem_mb: int | None = None
    runtime: int | None = None
    threads: int | None = None
    backend: str | None = None
    vllm: Mapping = field(default_factory=dict)
    generation: Mapping = field(default_factory=dict)
    base: str | None = None
    chats: str | None = None
    tiny_settings: Mapping = field(default_factory=dict)
    enhance: Any = False  # true, or the model's own overrides (train.job.EnhanceOverrides)
    enhanced_from: str | None = None  # set on a "-safe" sibling: the model it was fine-tuned from
    params_b: float | None = None  # parameters, billions (else r1safe.memory's table or the name)
    weights_dtype: str | None = None  # the weights as stored: fp8, bfloat16, float16, float32

    @classmethod
    def from_config(cls, name: str, entry: Mapping, **fixed) -> "ModelEntry":
        return typed_settings(cls, entry, f"models.{name} settings", name=name, **fixed)

    @property
    def is_tiny(self) -> bool:
        return self.build == "tiny"

    @property
    def enhance_overrides(self) -> dict:
        return dict(self.enhance) if isinstance(self.enhance, Mapping) else {}

    def loading_keys(self) -> dict:
        """The loading settings the entry sets (revision, flags, dtype): unset ones are left out, so
        a job's params name only what the user wrote."""
        return {k: getattr(self, k) for k in SPEC_KEYS if getattr(self, k) is not None}

    @property
    def safe_gpus(self) -> int:
        """The GPUs of the generation jobs of this model's ``-safe`` sibling: ``enhance.eval_gpus`` (it is
        saved in BF16: an FP8 original's sibling needs twice the memory), else the model's."""
        own = self.enhance_overrides.get("eval_gpus")
        return int(own if own is not None else self.gpus)

    def inherited(self, path: str) -> "ModelEntry":
        """The ``-safe`` sibling of this model: its settings but what :data:`NOT_INHERITED` names,
        loaded from ``path`` (the fine-tuned directory)."""
        keep = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in NOT_INHERITED + ("name",)}
        return ModelEntry(**{**keep, "name": self.name + SAFE_SUFFIX, "path": path, "enhanced_from": self.name,
                             "gpus": self.safe_gpus})


def enhanced(cfg: Mapping) -> list[str]:
    """The models that opt in to safety enhancement, in the config's order."""
    return [m for m, e in cfg["models"].items() if e.get("enhance")]


def teacher_entry(cfg: Mapping) -> dict | None:
    """The synthesis teacher's raw entry: a model of ``models`` or ``synthesis.teacher_model``."""
    syn = cfg.get("synthesis") or {}
    teacher = syn.get("teacher")
    if teacher is None:
        return None
    return cfg["models"][teacher] if teacher in cfg["models"] else syn.get("teacher_model")


def resolve_model(cfg: Mapping, name: str) -> ModelEntry:
    """The typed entry of a model: a model of ``models``, the synthesis teacher, or a ``<model>-safe``
    sibling, which inherits its original's settings (generation, resources, backend) and loads from
    the fine-tuned directory."""
    if name in cfg["models"]:
        return ModelEntry.from_config(name, cfg["models"][name])
    syn = cfg.get("synthesis") or {}
    if name == syn.get("teacher") and teacher_entry(cfg) is not None:
        return ModelEntry.from_config(name, teacher_entry(cfg))
    orig = name[: -len(SAFE_SUFFIX)] if name.endswith(SAFE_SUFFIX) else None
    if orig in enhanced(cfg):
        return ModelEntry.from_config(orig, cfg["models"][orig]).inherited(f"results/models/safe/{orig}")
    raise ConfigError(f"unknown model {name!r}: not in config models and not an enhanced '-safe' model")


@dataclass
class ModelSpec:
    name: str
    path: str  # hub id or local directory
    revision: str | None = None
    trust_remote_code: bool = False
    allow_pickle: bool = False
    dtype: str = "auto"
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_config(cls, name: str, entry: dict) -> "ModelSpec":
        if "path" not in entry:
            raise ConfigError(f"model {name!r}: 'path' (hub id or local directory) is required")
        known = {"path", *SPEC_KEYS}
        return cls(name=name, **{k: entry[k] for k in known if k in entry},
                   extra={k: v for k, v in entry.items() if k not in known})

    @property
    def is_local(self) -> bool:
        return is_local_path(self.path)  # a ModelScope id is not: it resolves to its cached snapshot


def model_dir_problem(path: Path, allow_pickle: bool = False) -> tuple[str, str] | None:
    """``(field, why)`` when ``path`` (which exists) is not a model directory r1safe loads, else None:
    a file, no config.json, no weights, or pickle weights only (refused unless ``allow_pickle``)."""
    if not path.is_dir():
        return "path", "is a file, not a model directory"
    if not (path / "config.json").is_file():
        return "path", "has no config.json: not a model directory" + ("" if any(path.iterdir()) else " (it is empty)")
    has_st = any(path.glob("*.safetensors"))
    has_bin = any(path.glob("*.bin")) or any(path.glob("*.pt")) or any(path.glob("*.pth"))
    if not has_st and not has_bin:
        return "weights", "has a config.json but no weights (*.safetensors or *.bin)"
    if not has_st and not allow_pickle:
        return "weights", ("only pickle weights (.bin/.pt) found; refusing to load them. Convert to safetensors or "
                           "set allow_pickle: true for this model")
    return None


def check_local(spec: ModelSpec) -> None:
    if spec.is_local:
        p = Path(spec.path).expanduser()
        if not p.exists():
            raise InputError(spec.path, f"model directory for {spec.name!r} does not exist", field="path")
        problem = model_dir_problem(p, spec.allow_pickle)
        if problem:
            raise InputError(p, f"{problem[1]} (model {spec.name!r})", field=problem[0])


def load_tokenizer(spec: ModelSpec, padding_side: str = "left"):
    from transformers import AutoTokenizer

    spec = local_spec(spec)  # a ModelScope model: its cached snapshot
    check_local(spec)
    tok = AutoTokenizer.from_pretrained(spec.path, revision=spec.revision,
                                        trust_remote_code=spec.trust_remote_code)
    tok.padding_side = padding_side
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def torch_dtype(name: str):
    import torch

    if name == "auto":
        return torch.float32 if not torch.cuda.is_available() else torch.bfloat16
    return {"float64": torch.float64, "float32": torch.float32, "bfloat16": torch.bfloat16,
            "float16": torch.float16}[name]


def load_model(spec: ModelSpec, device: str | None = None):
    from transformers import AutoModelForCausalLM

    spec = local_spec(spec)
    check_local(spec)
    model = AutoModelForCausalLM.from_pretrained(
        spec.path, revision=spec.revision, trust_remote_code=spec.trust_remote_code,
        use_safetensors=not spec.allow_pickle, dtype=torch_dtype(spec.dtype),
    )
    if device:
        model.to(device)
    return model
