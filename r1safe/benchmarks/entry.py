"""A benchmark of the config (``benchmarks.<name>``), typed: what its reader needs, its own
generation settings and where its MCQ answers come from."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Mapping

from r1safe.benchmarks.base import FORMATS
from r1safe.errors import typed_settings
from r1safe.hub import is_local_path


@dataclass(frozen=True)
class ConsensusKeySettings:
    """``consensus_key``: reference models vote ``samples`` times per item; an item is keyed when its
    top letter has ``min_agreement`` of all votes (r1safe/keys.py)."""

    models: tuple = ()
    samples: int = 5
    min_agreement: float = 0.8
    generation: Mapping = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: Mapping, where: str) -> "ConsensusKeySettings":
        d = dict(d)
        d["models"] = tuple(d.get("models") or ())
        return typed_settings(cls, d, f"{where} settings")


@dataclass(frozen=True)
class BenchmarkEntry:
    name: str
    format: str
    path: str
    subset: str | None = None
    split: str | None = None
    revision: str | None = None
    shuffle_seed: int | None = None
    answer_key: str | None = None  # the benchmark's own answers; always wins over a consensus key
    consensus_key: Mapping | None = None
    instruction: str | None = None
    limit: int | None = None
    generation: Mapping = field(default_factory=dict)  # over the model's and the defaults
    lenient: bool | None = None

    # what the reader does not read (a benchmark's generation settings and consensus key do not change
    # its records)
    NOT_READ = ("name", "generation", "consensus_key")

    @classmethod
    def from_config(cls, name: str, spec: Mapping) -> "BenchmarkEntry":
        return typed_settings(cls, spec, f"benchmarks.{name} settings", name=name)

    @property
    def task(self) -> str:
        return FORMATS.meta(self.format)["task"]

    def reader_spec(self) -> dict:
        """What the check and prepare steps read: the set fields but generation and consensus key."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in self.NOT_READ and getattr(self, f.name) is not None}

    def local_files(self) -> list[str]:
        """The benchmark's local input files (its records and its answer key)."""
        return [p for p in (self.path, self.answer_key) if p is not None and is_local_path(p)]

    def consensus(self) -> ConsensusKeySettings | None:
        """The consensus key's settings where one is configured and no answer key overrides it."""
        if self.answer_key or not self.consensus_key:
            return None
        return ConsensusKeySettings.from_dict(self.consensus_key, f"benchmarks.{self.name}.consensus_key")
