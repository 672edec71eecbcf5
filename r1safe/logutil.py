"""Send a step's stdout and stderr (Python and C level) to its log file."""

from __future__ import annotations

import os
import sys


def redirect_to_log(path) -> None:
    fh = open(path, "a", buffering=1, encoding="utf-8")
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fh.fileno(), 1)
    os.dup2(fh.fileno(), 2)
    sys.stdout = sys.stderr = fh
