"""Loading models and tokenizers by hub id or local path, with safe defaults.

``trust_remote_code`` is off unless a model entry enables it, and weights load from safetensors
only unless ``allow_pickle`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from r1safe.errors import ConfigError, InputError


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
        known = {"path", "revision", "trust_remote_code", "allow_pickle", "dtype"}
        return cls(name=name, **{k: entry[k] for k in known if k in entry},
                   extra={k: v for k, v in entry.items() if k not in known})

    @property
    def is_local(self) -> bool:
        from r1safe.config import is_local_path

        return is_local_path(self.path)  # a ModelScope id is not: it resolves to its cached snapshot


def check_local(spec: ModelSpec) -> None:
    if spec.is_local:
        p = Path(spec.path).expanduser()
        if not p.is_dir():
            raise InputError(spec.path, f"model directory for {spec.name!r} does not exist", field="path")
        if not (p / "config.json").exists():
            raise InputError(p, f"no config.json: not a model directory (model {spec.name!r})", field="path")
        has_st = any(p.glob("*.safetensors"))
        has_bin = any(p.glob("*.bin")) or any(p.glob("*.pt"))
        if not has_st and has_bin and not spec.allow_pickle:
            raise InputError(p, "only pickle weights (.bin/.pt) found; refusing to load them. Convert to "
                             "safetensors or set allow_pickle: true for this model", field="weights")


def load_tokenizer(spec: ModelSpec, padding_side: str = "left"):
    from transformers import AutoTokenizer

    from r1safe.hub import local_spec

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

    from r1safe.hub import local_spec

    spec = local_spec(spec)
    check_local(spec)
    model = AutoModelForCausalLM.from_pretrained(
        spec.path, revision=spec.revision, trust_remote_code=spec.trust_remote_code,
        use_safetensors=not spec.allow_pickle, dtype=torch_dtype(spec.dtype),
    )
    if device:
        model.to(device)
    return model
