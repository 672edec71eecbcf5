"""Send a step's stdout and stderr (Python and C level) to its log file."""

from __future__ import annotations

import os
import sys


def redirect_to_log(path) -> None:
    """Everything the step prints goes to its log. An error the pipeline raises on purpose (bad
    input, a config that cannot run, too many judge errors) is also written as one line to the
    console the step was started from, so the user sees which file, record and field without
    opening the log; its traceback stays in the log."""
    console = os.fdopen(os.dup(2), "w", buffering=1, encoding="utf-8", errors="replace")
    fh = open(path, "a", buffering=1, encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fh.fileno(), 1)
    os.dup2(fh.fileno(), 2)
    sys.stdout = sys.stderr = fh
    previous = sys.excepthook

    def hook(kind, exc, tb):
        from r1safe.errors import R1SafeError

        previous(kind, exc, tb)  # the traceback, into the log
        if isinstance(exc, R1SafeError):
            console.write(f"r1safe error: {exc}\n")
            console.flush()

    sys.excepthook = hook
