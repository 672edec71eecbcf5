"""Errors that point at the exact place of bad input."""

from __future__ import annotations


def _printable(value) -> str:
    """A value as one line of text: control characters (a newline or a record separator in an id)
    escaped, so an error stays one line that names its culprit."""
    text = str(value)
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class R1SafeError(Exception):
    """Base class of every error the pipeline raises on purpose."""


class InputError(R1SafeError, ValueError):
    """Bad input: names the file, the record (index or id) and the field."""

    def __init__(self, path, message: str, *, record=None, field: str | None = None):
        self.path = str(path)
        self.record = record
        self.field = field
        self.reason = message
        where = _printable(self.path)
        if record is not None:
            where += f", record {_printable(record)}"
        if field is not None:
            where += f", field '{_printable(field)}'"
        super().__init__(f"{where}: {_printable(message)}")


class ConfigError(R1SafeError, ValueError):
    """A configuration that cannot be run."""


def checked_settings(cls, d: dict | None, what: str) -> dict:
    """The settings ``d`` for dataclass ``cls``, refusing keys it does not have (a typo in a config
    must not be silently ignored)."""
    from dataclasses import fields

    d = dict(d or {})
    known = {f.name for f in fields(cls)}
    unknown = set(d) - known
    if unknown:
        raise ConfigError(f"unknown {what} {sorted(unknown)}; known: {sorted(known)}")
    return d


def typed_settings(cls, d: dict | None, what: str, **fixed):
    """An instance of the frozen settings dataclass ``cls`` from the config section ``d``: unknown
    keys refused (:func:`checked_settings`), a key set to null takes its default, mappings stay
    mappings (the schema checked their types before)."""
    given = {k: v for k, v in checked_settings(cls, d, what).items() if v is not None}
    return cls(**{**given, **fixed})
