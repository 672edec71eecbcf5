"""Provenance manifests: where every number came from.

Each stage writes a manifest beside its output and embeds the manifest of the stage it read, so
a scores file's manifest holds the whole chain: the benchmark's source files (sha256), the model
(hub id and revision, or a hash of a local directory's config, weights index and weight headers),
the generation settings, backend and seed, the judge, package versions, the pipeline's git commit
and each stage's start and end time. Nothing secret goes in: settings are passed through
:func:`redact` first.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from r1safe.errors import InputError, R1SafeError
from r1safe.hub import fetch_hub, fetch_modelscope, is_modelscope, modelscope_id
from r1safe.io import read_json, sha256_file, write_json
from r1safe.versions import version_of_stage

PACKAGES = ("r1safe", "torch", "transformers", "tokenizers", "accelerate", "datasets", "deepspeed", "vllm",
            "polars", "snakemake")
_SECRET_KEY = re.compile(r"^(.*[_-])?(api[_-]?key|secret|password|passwd|authorization|credentials?|"
                         r"token|(access|auth|bearer|hf|api)[_-]?token)$", re.I)
_WHOLE_FILE_LIMIT = 256 * 2**20  # weight files up to this size are hashed whole, larger ones sampled
_SAMPLE_BLOCKS, _BLOCK = 64, 2**20  # a large file: its header and 64 blocks of 1 MiB spread over its data


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def package_versions() -> dict[str, str | None]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_commit(root: str | Path | None = None) -> dict:
    root = Path(root) if root else Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                              timeout=10)
        if head.returncode != 0:
            return {"commit": None}
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=10)
        return {"commit": head.stdout.strip(), "dirty": bool(status.stdout.strip())}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None}


def _sampled_hash(path: Path) -> str:
    """sha256 of a large weight file's size, its first 100 MiB at most (a safetensors header: tensor
    names, dtypes, shapes) and 64 blocks of 1 MiB at evenly spread offsets. Weights retrained into the
    same shapes change nearly every block, so they get another digest; reading ~164 MiB per file keeps
    a 70B model's fingerprint to seconds, where hashing it whole would take minutes per job."""
    size = path.stat().st_size
    h = hashlib.sha256(str(size).encode())
    with path.open("rb") as fh:
        h.update(fh.read(min(size, 100 * 2**20)))
        for i in range(_SAMPLE_BLOCKS):
            fh.seek(max(0, (size - _BLOCK) * i // max(1, _SAMPLE_BLOCKS - 1)))
            h.update(fh.read(_BLOCK))
    return h.hexdigest()


# Files a training run writes about itself (wall time, loss curve): not what defines the model, so two
# identical trainings have the same fingerprint.
RUN_RECORDS = {"training_summary.json", "trainer_state.json"}


def model_fingerprint(path: str, revision: str | None = None) -> dict:
    """A hub model: its id and revision. A local directory: sha256 over its config, tokenizer and
    weights index files, and each weight file (whole when small, sampled when large:
    :func:`_sampled_hash`)."""

    if is_modelscope(path):  # the id, the revision and the content of the cached snapshot
        base = {"source": "modelscope", "id": modelscope_id(path), "revision": revision or "master"}
        try:
            local = model_fingerprint(str(fetch_modelscope(path, revision, allow_pickle=True, offline=True)))
        except R1SafeError as exc:  # not fetched here: the id and revision are what is known, and why
            return {**base, "content": None, "unhashed": exc.reason if isinstance(exc, InputError) else str(exc)}
        return {**base, "path": local["path"], "sha256": local["sha256"], "files": local["files"]}
    p = Path(path).expanduser()
    if not p.is_dir():
        base = {"source": "hub", "id": path, "revision": revision or "main"}
        try:  # staged: the commit it resolved to and the content of the cached snapshot
            snap = fetch_hub(path, revision, allow_pickle=True, offline=True)
        except R1SafeError as exc:  # not staged here: the id and revision are what is known, and why
            return {**base, "content": None, "unhashed": exc.reason if isinstance(exc, InputError) else str(exc)}
        local = model_fingerprint(str(snap))
        return {**base, "commit": snap.name, "path": local["path"], "sha256": local["sha256"], "files": local["files"]}
    h = hashlib.sha256()
    files = {}
    for f in sorted(p.iterdir()):
        if not f.is_file() or f.name in RUN_RECORDS:
            continue
        if f.suffix == ".json" or f.name.endswith(".jinja"):
            digest = sha256_file(f)
        elif f.suffix in (".safetensors", ".bin", ".pt"):
            size = f.stat().st_size
            digest = sha256_file(f) if size <= _WHOLE_FILE_LIMIT else "sampled:" + _sampled_hash(f)
        else:
            continue
        files[f.name] = digest
        h.update(f"{f.name}:{digest}\n".encode())
    return {"source": "local", "path": str(p), "sha256": h.hexdigest(), "files": files}


def file_hashes(paths) -> dict[str, str]:
    return {str(p): sha256_file(p) for p in paths if p and Path(p).is_file()}


def redact(obj):
    """A copy with every value under a secret-looking key replaced."""
    if isinstance(obj, dict):
        return {k: ("<redacted>" if _SECRET_KEY.search(str(k)) and v not in (None, "") else redact(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact(v) for v in obj]
    return obj


class Stage:
    """Times a stage and writes its manifest: ``with Stage("generate", path, **info) as st: ...``."""

    def __init__(self, stage: str, manifest_path: str | Path | None, **info):
        self.stage, self.path, self.info = stage, manifest_path, info
        self.start = None

    def __enter__(self) -> "Stage":
        self.start = now()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None and self.path:
            write_manifest(self.path, self.stage, start=self.start, end=now(),
                           wall_s=round(time.perf_counter() - self._t0, 3), **self.info)


def write_manifest(path: str | Path, stage: str, **info) -> dict:
    manifest = {"stage": stage, "stage_version": version_of_stage(stage), **redact(info),
                "packages": package_versions(), "pipeline": git_commit(),
                "host": os.uname().nodename}
    write_json(path, manifest)
    return manifest


def read_manifest(path: str | Path | None) -> dict | None:
    return read_json(path) if path and Path(path).exists() else None


def digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()[:16]
