"""Errors that point at the exact place of bad input."""

from __future__ import annotations


class R1SafeError(Exception):
    """Base class of every error the pipeline raises on purpose."""


class InputError(R1SafeError, ValueError):
    """Bad input: names the file, the record (index or id) and the field."""

    def __init__(self, path, message: str, *, record=None, field: str | None = None):
        self.path = str(path)
        self.record = record
        self.field = field
        self.reason = message
        where = self.path
        if record is not None:
            where += f", record {record}"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


class ConfigError(R1SafeError, ValueError):
    """A configuration that cannot be run."""
