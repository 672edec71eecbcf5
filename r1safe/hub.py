"""Where a model's files come from: a local directory, the Hugging Face hub (``org/name``), or
ModelScope (``modelscope:org/name``, where the DeepSeek-R1-Safe models were published).

Nothing is downloaded by a compute job (many clusters give compute nodes no internet, and seven jobs
of one model would fetch it seven times): a hub model or HF dataset is staged once, by the local rules
``stage_hub_model`` / ``stage_hub_dataset`` on the submit host, through ``huggingface_hub``'s own
``snapshot_download`` into its cache (``HF_HOME`` / ``HF_HUB_CACHE``; on a cluster, a shared
filesystem). Jobs run with ``HF_HUB_OFFLINE=1`` and resolve the same id and revision to the cached
snapshot (:func:`local_spec`, :func:`local_dataset`); the staging record pins the commit it resolved
to. A model already in the cache is not downloaded again.

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
import re
from dataclasses import replace
from pathlib import Path

from r1safe.errors import ConfigError, InputError

MODELSCOPE = "modelscope:"
PICKLE_PATTERNS = ["*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl"]
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def is_local_path(p: str | os.PathLike) -> bool:
    """A local file or directory rather than a hub id (``org/name``): it exists, or it is absolute,
    relative (``./``, ``../``, ``~``), has a data file's suffix, or has more than one ``/``."""
    s = str(p)
    if s.startswith("modelscope:"):  # a ModelScope id (r1safe.hub)
        return False
    path = Path(s).expanduser()
    return (path.exists() or path.is_absolute() or s.startswith((".", "~"))
            or path.suffix in (".json", ".jsonl", ".parquet", ".yaml", ".yml") or not _HUB_ID.match(s))


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
    except Exception as exc:  # noqa: BLE001 - the package raises many types (not cached, network, unknown id): one line
        how = "not in the ModelScope cache (run the fetch_modelscope_model rule, or check MODELSCOPE_CACHE)" \
            if offline else "could not be downloaded from ModelScope"
        raise InputError(path, f"{how}: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}",
                         field="path") from None
    return Path(local)


def is_hub_id(path: str | os.PathLike) -> bool:
    """A Hugging Face hub id (``org/name``), not a local path or a ModelScope id."""
    return not is_modelscope(path) and not is_local_path(path)


def offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def fetch_hub(repo: str, revision: str | None = None, *, repo_type: str = "model", allow_pickle: bool = False,
              offline: bool = False, cache_dir: str | os.PathLike | None = None) -> Path:
    """The local snapshot directory of a hub model or dataset: downloaded through ``huggingface_hub``
    (or, ``offline``, found in its cache). Pickle weights are not even downloaded unless allowed."""
    from huggingface_hub import snapshot_download

    ignore = None if allow_pickle or repo_type != "model" else PICKLE_PATTERNS
    try:
        local = snapshot_download(repo, repo_type=repo_type, revision=revision, local_files_only=offline,
                                  cache_dir=str(cache_dir) if cache_dir else None, ignore_patterns=ignore)
    except Exception as exc:  # noqa: BLE001 - the library raises many types (not cached, network, unknown id): one line
        how = (f"not in the Hugging Face cache (the stage_hub_{repo_type} rule stages it on the submit host; "
               "check HF_HOME / HF_HUB_CACHE on this node)") if offline else "could not be downloaded from the hub"
        raise InputError(repo, f"{how}: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}",
                         field="path") from None
    return Path(local)


def local_spec(spec):
    """The spec to load: a ModelScope model's cached snapshot, a staged hub model's cached snapshot
    (offline), else unchanged. A hub model that is not in the cache is an error when the hub is
    offline (a workflow job), else transformers/vLLM load it from the hub themselves."""
    if is_modelscope(spec.path):
        return replace(spec, path=str(fetch_modelscope(spec.path, spec.revision, spec.allow_pickle, offline=True)),
                       revision=None)
    if not is_hub_id(spec.path):
        return spec
    try:
        local = fetch_hub(spec.path, spec.revision, allow_pickle=spec.allow_pickle, offline=True)
    except InputError:
        if offline():
            raise
        return spec
    return replace(spec, path=str(local), revision=None)


def local_dataset(path: str, revision: str | None = None) -> str:
    """An HF dataset id: its cached snapshot directory (``datasets`` loads it offline from there);
    not cached and the hub offline: an error naming the staging rule; else the id unchanged."""
    if not is_hub_id(path):
        return path
    try:
        return str(fetch_hub(path, revision, repo_type="dataset", offline=True))
    except InputError:
        if offline():
            raise
        return path
