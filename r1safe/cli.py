"""What every ``python -m r1safe...`` entry point shares: an argument parser whose errors are one
line, JSON and number arguments checked by name, and the one-line error (exit 2) for a bad input,
never a traceback."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import Any, Callable

from r1safe.errors import ConfigError, InputError, R1SafeError


class Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake said in one line and exit 2."""

    def error(self, message: str):
        print(f"error: {self.prog}: {message} (see --help)", file=sys.stderr)
        raise SystemExit(2)


def json_object(name: str) -> Callable[[str], dict]:
    """An argparse type: a JSON object (``--generation '{"n": 4}'``), named when it is not one."""

    def parse(text: str) -> dict:
        try:
            value = json.loads(text, parse_constant=_not_finite)
        except json.JSONDecodeError as exc:
            raise argparse.ArgumentTypeError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(value, dict):
            raise argparse.ArgumentTypeError(f"expected a JSON object, got {type(value).__name__}")
        return value

    parse.__name__ = name
    return parse


def _not_finite(constant: str) -> Any:
    raise argparse.ArgumentTypeError(f"{constant} is not a finite number")


def positive_int(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def one_line_errors(main: Callable[..., int]) -> Callable[..., int]:
    """Bad input ends as ``error: <what, where>`` on one line and exit 2: r1safe's own errors, and
    the operating system's (a directory, an unreadable file)."""

    @functools.wraps(main)
    def run(*args, **kwargs) -> int:
        try:
            return main(*args, **kwargs)
        except (InputError, ConfigError, R1SafeError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
            return 2

    return run
