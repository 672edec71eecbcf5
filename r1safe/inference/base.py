"""The backend interface and the generation settings shared by every backend."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol

from r1safe.errors import ConfigError, checked_settings


@dataclass
class GenerationConfig:
    temperature: float = 0.6  # DeepSeek-R1's recommended sampling
    top_p: float = 0.95
    max_new_tokens: int = 32768
    do_sample: bool = True  # False: greedy decoding
    n: int = 1  # samples per prompt
    seed: int = 0
    batch_size: int = 8
    stop: list[str] | None = None

    @classmethod
    def from_dict(cls, d: dict | None) -> "GenerationConfig":
        cfg = cls(**checked_settings(cls, d, "generation settings"))
        if cfg.n < 1 or cfg.batch_size < 1 or cfg.max_new_tokens < 1:
            raise ConfigError("generation: n, batch_size and max_new_tokens must be >= 1")
        if cfg.do_sample and not (0 < cfg.top_p <= 1 and cfg.temperature > 0):
            raise ConfigError("generation: sampling needs temperature > 0 and 0 < top_p <= 1")
        return cfg

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Completion:
    text: str  # the raw completion (may start inside <think>)
    finish_reason: str  # "stop" (EOS or a stop string) | "length"
    prompt_tokens: int
    completion_tokens: int


class Backend(Protocol):
    name: str

    def render(self, messages: list[dict]) -> str:
        """The prompt text for a conversation, via the model's own chat template."""

    def generate(self, prompts: list[str], cfg: GenerationConfig, seed: int) -> list[list[Completion]]:
        """``cfg.n`` completions per prompt, in order."""
