"""The staging rules, run on the submit host: a ModelScope model (``fetch_modelscope_model``), a hub
model (``stage_hub_model``) or an HF dataset (``stage_hub_dataset``) downloaded once (or found in the
cache), and recorded: id, requested revision, the commit it resolved to, snapshot directory, content
hash."""

from __future__ import annotations

import os

from r1safe.errors import InputError
from r1safe.hub import fetch_hub, fetch_modelscope, modelscope_id
from r1safe.io import sha256_file, write_json
from r1safe.provenance import model_fingerprint


def fetch_stage(path: str, revision: str | None, allow_pickle: bool, output: str | os.PathLike) -> dict:
    """The ``fetch_modelscope_model`` rule: download (or find) the snapshot, record what it is."""

    try:  # already in the cache (staged earlier, or by hand on a machine with network): not fetched again
        local, fetched = fetch_modelscope(path, revision, allow_pickle, offline=True), False
    except InputError:
        local, fetched = fetch_modelscope(path, revision, allow_pickle), True
    info = {"fetched": fetched,"source": "modelscope", "id": modelscope_id(path), "revision": revision or "master",
            "local_dir": str(local), **{k: v for k, v in model_fingerprint(str(local)).items() if k in ("sha256", "files")}}
    write_json(output, info)
    return info


def stage_hub(path: str, revision: str | None, allow_pickle: bool, output: str | os.PathLike,
              repo_type: str = "model") -> dict:
    """``stage_hub_model`` / ``stage_hub_dataset``: the snapshot found in the cache, else downloaded;
    the record pins the commit (the snapshot directory's name)."""

    try:
        local, fetched = fetch_hub(path, revision, repo_type=repo_type, allow_pickle=allow_pickle, offline=True), False
    except InputError:
        local, fetched = fetch_hub(path, revision, repo_type=repo_type, allow_pickle=allow_pickle), True
    info = {"fetched": fetched, "source": "hub", "repo_type": repo_type, "id": path, "revision": revision or "main",
            "commit": local.name, "local_dir": str(local)}
    if repo_type == "model":
        info.update({k: v for k, v in model_fingerprint(str(local)).items() if k in ("sha256", "files")})
    else:
        info["files"] = {str(f.relative_to(local)): sha256_file(f) for f in sorted(local.rglob("*")) if f.is_file()}
    write_json(output, info)
    return info
