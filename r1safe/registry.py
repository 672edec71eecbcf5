"""One registry mechanism for everything chosen by name in a config: benchmark formats (with their
task), inference backends, judges, synthesis judges and metrics.

    FORMATS = Registry("benchmark format")

    @FORMATS.register("chisafety_mcq", task="mcq")
    def read_mcq(path, ...): ...
    FORMATS.get("chisafety_mcq")        # the reader
    FORMATS.meta("chisafety_mcq")       # {"task": "mcq"}
    FORMATS.get("gsm")                  # ConfigError: unknown benchmark format 'gsm'; known: ...
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from r1safe.errors import ConfigError


class Registry:
    def __init__(self, kind: str):
        self.kind = kind
        self._items: dict[str, Any] = {}
        self._meta: dict[str, dict] = {}

    def add(self, name: str, obj: Any, **meta) -> Any:
        if name in self._items:
            raise ValueError(f"{self.kind} {name!r} is registered twice")
        self._items[name] = obj
        self._meta[name] = meta
        return obj

    def register(self, name: str, **meta) -> Callable[[Any], Any]:
        """A decorator: ``@REG.register("name", key=value)``."""
        return lambda obj: self.add(name, obj, **meta)

    def get(self, name: str) -> Any:
        if name not in self._items:
            raise ConfigError(f"unknown {self.kind} {name!r}; known: {', '.join(self._items)}")
        return self._items[name]

    def meta(self, name: str) -> dict:
        self.get(name)
        return self._meta[name]

    def names(self) -> list[str]:
        return list(self._items)

    def items(self):
        return self._items.items()

    def values(self):
        return self._items.values()

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, name: str) -> Any:
        return self.get(name)
