"""The one record schema every benchmark is normalized to."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from r1safe.dialog import ROLES, check_history  # noqa: F401  (re-exported: the records' roles)

TASKS = ("mcq", "refusal", "reasoning", "over_refusal")


@dataclass
class Record:
    id: str  # unique within the benchmark
    task: str  # one of TASKS
    messages: list[dict[str, str]]  # the prompt conversation, ending with a user turn
    risk_area: str | None = None  # taxonomy key (discrimination, values, ...) or None
    category: str | None = None  # canonical category name (one of the 31) or None
    options: dict[str, str] = field(default_factory=dict)  # MCQ: letter -> option text
    answer: str | None = None  # MCQ letter, reasoning answer; None = unscored
    source_file: str = ""
    source_index: int = 0  # position in the source file (0-based, in reading order)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        return cls(**d)

    @property
    def prompt(self) -> str:
        """The last user turn (the question being asked)."""
        return self.messages[-1]["content"]


def visible(text: str) -> str:
    """``text`` without whitespace and invisible format characters (zero-width spaces and joiners,
    byte-order marks, bidi marks): empty when nothing would be seen."""
    import unicodedata

    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
