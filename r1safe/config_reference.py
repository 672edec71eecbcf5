"""docs/configuration.md, generated: every setting of the schema (r1safe/schema.yaml) with its type and
bounds, its default (from the dataclass of the stage that owns it) and its description.

    .venv/bin/python -m r1safe config-reference > docs/configuration.md

A test checks the file is what this prints, and that each section's keys are its dataclass's fields.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from r1safe.benchmarks.entry import BenchmarkEntry, ConsensusKeySettings
from r1safe.cluster import ClusterShape
from r1safe.config import schema
from r1safe.inference.base import GenerationConfig, InferenceSettings
from r1safe.judge.settings import JudgeSettings, LLMJudgeSettings
from r1safe.mixture.build import MixtureConfig
from r1safe.models import ModelEntry
from r1safe.review.settings import ReviewSettings
from r1safe.synthesis.settings import SynthesisSettings
from r1safe.tiny.build import TinyModelSettings
from r1safe.train.job import EnhanceOverrides, EnhanceSettings
from r1safe.train.sft import SFTConfig


def sections(s: dict | None = None) -> dict[str, tuple[dict, type, set[str]]]:
    """Where each settings dataclass sits in the schema: path -> (properties, class, fields the config
    does not set)."""
    s = s or schema()
    d, p = s["definitions"], s["properties"]
    bench = p["benchmarks"]["additionalProperties"]["properties"]
    return {
        "models.<name>": (d["model"]["properties"], ModelEntry, {"name", "enhanced_from"}),
        "models.<name>.enhance": (d["model"]["properties"]["enhance"]["oneOf"][1]["properties"],
                                  EnhanceOverrides, set()),
        "generation": (d["generation"]["properties"], GenerationConfig, set()),
        "benchmarks.<name>": (bench, BenchmarkEntry, {"name"}),
        "benchmarks.<name>.consensus_key": (bench["consensus_key"]["properties"], ConsensusKeySettings, set()),
        "tiny_model": (p["tiny_model"]["properties"], TinyModelSettings, set()),
        "inference": (p["inference"]["properties"], InferenceSettings, set()),
        "judge": (p["judge"]["properties"], JudgeSettings, set()),
        "judge.llm": (d["llm_judge"]["properties"], LLMJudgeSettings, set()),
        "review": (p["review"]["properties"], ReviewSettings, set()),
        "synthesis": (p["synthesis"]["properties"], SynthesisSettings, set()),
        "enhance": (p["enhance"]["properties"], EnhanceSettings, set()),
        "enhance.mixture": (d["mixture"]["properties"], MixtureConfig, set()),
        "enhance.sft": (d["sft"]["properties"], SFTConfig, set()),
        "cluster": (p["cluster"]["properties"], ClusterShape, set()),
    }


# A shared definition of the schema, by the section it is listed under.
REFS = {"generation": "object: see `generation`", "sft": "object: see `enhance.sft`",
        "mixture": "object: see `enhance.mixture`", "llm_judge": "object: see `judge.llm`",
        "model": "object: see `models.<name>`"}


def _type(spec: dict, defs: dict) -> str:
    if "$ref" in spec:
        ref = spec["$ref"].rsplit("/", 1)[-1]
        return REFS[ref] if ref in REFS else _type(defs[ref], defs)
    if "oneOf" in spec or "anyOf" in spec:
        return " or ".join(_type(x, defs) for x in spec.get("oneOf") or spec["anyOf"])
    t = spec.get("type", "any")
    t = " or ".join(t) if isinstance(t, list) else t
    if "enum" in spec:
        t = " \\| ".join(f"`{v}`" for v in spec["enum"])
    if t == "array" and "items" in spec:
        t = f"list of {_type(spec['items'], defs)}"
    bounds = [f"{sym} {spec[k]}" for k, sym in (("minimum", "≥"), ("exclusiveMinimum", ">"), ("maximum", "≤"),
                                                ("exclusiveMaximum", "<")) if k in spec]
    if "pattern" in spec:
        bounds.append(f"matching `{spec['pattern']}`")
    return t + (f" ({', '.join(bounds)})" if bounds else "")


def _default(cls: type, key: str) -> str:
    f = {x.name: x for x in dataclasses.fields(cls)}.get(key)
    if f is None:
        return ""
    value: Any = f.default
    if value is dataclasses.MISSING:
        if f.default_factory is dataclasses.MISSING:  # type: ignore[misc]
            return "required"
        value = f.default_factory()  # type: ignore[misc]
    if value is None or value == {} or value == () or value == []:
        return "–"
    if dataclasses.is_dataclass(value):
        return "see below"
    return f"`{value}`"


def render() -> str:
    s = schema()
    defs = s["definitions"]
    out = ["# Configuration reference", "",
           "Generated from the schema (`r1safe/schema.yaml`) and the settings classes by "
           "`python -m r1safe config-reference`; a test checks it is current. Every key is checked before "
           "any job (unknown keys refused with a hint); the user guide has the config by example. "
           "Defaults are those of the stage that owns the setting; a model's or a benchmark's own "
           "settings override the top-level ones.", ""]
    top = s["properties"]
    out += ["## Top level", "", "| key | type | description |", "|---|---|---|"]
    for key, spec in top.items():
        out.append(f"| `{key}` | {_type(spec, defs)} | {spec.get('description', '')} |")
    for path, (props, cls, _) in sections(s).items():
        out += ["", f"## `{path}`", ""]
        doc = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
        if doc and not doc.startswith(cls.__name__ + "("):  # a dataclass's generated signature is no doc
            out += [doc, ""]
        out += ["| key | type | default | description |", "|---|---|---|---|"]
        for key, spec in props.items():
            desc = spec.get("description", "")
            if "$ref" in spec and not desc:
                desc = defs.get(spec["$ref"].rsplit("/", 1)[-1], {}).get("description", "")
            out.append(f"| `{key}` | {_type(spec, defs)} | {_default(cls, key)} | {desc} |")
    return "\n".join(out) + "\n"
