"""The review stage's settings (``review:``), typed, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from r1safe.errors import typed_settings


@dataclass(frozen=True)
class ReviewSettings:
    """``review:``: the sample people label, the labels file, and whether tables need it."""

    size: int = 60  # items drawn per model and refusal benchmark
    seed: int = 0
    labels: str | None = None  # what `python -m r1safe review import` writes
    required: bool = False  # refuse tables whose judged rates have no labelled sample

    @classmethod
    def from_config(cls, cfg: Mapping) -> "ReviewSettings":
        return typed_settings(cls, cfg.get("review"), "review settings")
