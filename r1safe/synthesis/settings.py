"""The synthesis stage's settings (``synthesis:``), typed, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from r1safe.errors import typed_settings


@dataclass(frozen=True)
class SynthesisSettings:
    """``synthesis:``: seed risky prompts, the written policy, the teacher that answers them, the
    judge that filters its candidates and how the accepted set is balanced."""

    seeds: Mapping | None = None  # {path, format, subset, split, revision, limit, fields}
    policy: str = "config/policy/zh.yaml"
    policy_placement: str = "user"  # user | system
    teacher: str | None = None  # a model of `models`, or a name given an entry in teacher_model
    teacher_model: Mapping | None = None
    candidates: int = 4  # answers sampled per prompt (k)
    generation: Mapping = field(default_factory=dict)
    judge: str = "rule"  # rule | llm
    judge_options: Mapping | None = None  # LLM judge client settings (default: judge.llm)
    min_policy_score: float = 0.6
    per_area: int | None = None
    shortfall: str | None = None  # equalize | keep | fail
    seed: int | None = None

    @classmethod
    def from_config(cls, cfg: Mapping) -> "SynthesisSettings":
        return typed_settings(cls, cfg.get("synthesis"), "synthesis settings")

    def selection(self) -> dict:
        """The settings of the selection step the config sets (unset ones take select's defaults)."""
        return {k: getattr(self, k) for k in ("per_area", "shortfall", "seed") if getattr(self, k) is not None}
