"""The ``fetch_modelscope_model`` stage: a ModelScope model downloaded once (or found in the cache) on
the submit host, and recorded (id, revision, snapshot directory, content hash)."""

from __future__ import annotations

import os

from r1safe.errors import InputError
from r1safe.hub import fetch_modelscope, modelscope_id
from r1safe.provenance import model_fingerprint


def fetch_stage(path: str, revision: str | None, allow_pickle: bool, output: str | os.PathLike) -> dict:
    """The ``fetch_modelscope_model`` rule: download (or find) the snapshot, record what it is."""
    from r1safe.io import write_json

    try:  # already in the cache (staged earlier, or by hand on a machine with network): not fetched again
        local, fetched = fetch_modelscope(path, revision, allow_pickle, offline=True), False
    except InputError:
        local, fetched = fetch_modelscope(path, revision, allow_pickle), True
    info = {"fetched": fetched,"source": "modelscope", "id": modelscope_id(path), "revision": revision or "master",
            "local_dir": str(local), **{k: v for k, v in model_fingerprint(str(local)).items() if k in ("sha256", "files")}}
    write_json(output, info)
    return info
