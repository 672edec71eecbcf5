"""Send a step's stdout and stderr (Python and C level) to its log file."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from r1safe.errors import R1SafeError

_ATTEMPT: list[Path] = []


def attempt_link(path) -> Path:
    """A second name for the step's log, ``<log>.attempt-<UTC time>-<pid>``: Snakemake deletes a
    job's log before it runs the job again, so the log of a killed or failed attempt survives only
    under this name, beside the new attempt's. :func:`attempt_succeeded` removes it when the step
    finishes, so only the attempts that did not finish leave one."""
    path = Path(path)
    link = path.with_name(f"{path.name}.attempt-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{os.getpid()}")
    try:
        os.link(path, link)
    except OSError:  # a file system without hard links: no attempt log, the declared log as ever
        return path
    _ATTEMPT.append(link)
    return link


def attempt_succeeded() -> None:
    while _ATTEMPT:
        _ATTEMPT.pop().unlink(missing_ok=True)


def redirect_to_log(path, keep_attempts: bool = False) -> None:
    """Everything the step prints goes to its log. An error the pipeline raises on purpose (bad
    input, a config that cannot run, too many judge errors) is also written as one line to the
    console the step was started from, so the user sees which file, record and field without
    opening the log; its traceback stays in the log."""
    console = os.fdopen(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
    fh = open(path, "a", buffering=1, encoding="utf-8")
    if keep_attempts:
        attempt_link(path)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fh.fileno(), 1)
    os.dup2(fh.fileno(), 2)
    sys.stdout = sys.stderr = fh
    previous = sys.excepthook

    def hook(kind, exc, tb):
        previous(kind, exc, tb)  # the traceback, into the log
        if isinstance(exc, R1SafeError):
            console.write(f"r1safe error: {exc}\n")
            console.flush()

    sys.excepthook = hook
