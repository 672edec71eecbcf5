"""Where a model's files come from: a local directory, the Hugging Face hub (``org/name``, loaded by
transformers and vLLM themselves), or ModelScope (``modelscope:org/name``, where the DeepSeek-R1-Safe
models were published).

A ModelScope model is downloaded once, by the workflow's local rule ``fetch_modelscope_model`` on the
submit host, through the ``modelscope`` package's own ``snapshot_download`` into its cache
(``MODELSCOPE_CACHE``, default ``~/.cache/modelscope``; put it on a shared filesystem on a cluster).
Jobs then resolve the same id offline (``local_files_only``) to the cached snapshot directory and load
it like any local model: safetensors only unless the entry sets ``allow_pickle`` (pickle weights are
not even downloaded), ``trust_remote_code`` off unless set. Provenance records the id, the revision
and the content hash of the snapshot.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from r1safe.errors import ConfigError, InputError

MODELSCOPE = "modelscope:"
PICKLE_PATTERNS = ["*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl"]


def is_modelscope(path: str | os.PathLike) -> bool:
    return str(path).startswith(MODELSCOPE)


def modelscope_id(path: str) -> str:
    mid = str(path)[len(MODELSCOPE):].strip("/")
    if mid.count("/") != 1 or not all(mid.split("/")):
        raise ConfigError(f"{path!r}: a ModelScope model is named modelscope:<org>/<name>")
    return mid


def fetch_modelscope(path: str, revision: str | None = None, allow_pickle: bool = False, offline: bool = False,
                     cache_dir: str | os.PathLike | None = None) -> Path:
    """The local snapshot directory of a ModelScope model: downloaded through the ``modelscope``
    package (or, ``offline``, found in its cache)."""
    mid = modelscope_id(path)
    try:
        from modelscope import snapshot_download
    except ImportError:
        raise ConfigError(f"{path}: ModelScope models need the modelscope package (pip install modelscope)") from None
    cache_dir = cache_dir or os.environ.get("MODELSCOPE_CACHE")  # read now: the package reads it once, at import
    try:
        local = snapshot_download(mid, revision=revision, cache_dir=str(cache_dir) if cache_dir else None,
                                  local_files_only=offline, ignore_patterns=None if allow_pickle else PICKLE_PATTERNS)
    except Exception as exc:  # the package's own errors (not cached, network, unknown id): one line
        how = "not in the ModelScope cache (run the fetch_modelscope_model rule, or check MODELSCOPE_CACHE)" \
            if offline else "could not be downloaded from ModelScope"
        raise InputError(path, f"{how}: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}",
                         field="path") from None
    return Path(local)


def local_spec(spec):
    """The spec to load: a ModelScope model's cached snapshot directory (offline), else unchanged."""
    if not is_modelscope(spec.path):
        return spec
    return replace(spec, path=str(fetch_modelscope(spec.path, spec.revision, spec.allow_pickle, offline=True)),
                   revision=None)
