import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "chisafetybench"
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def write(tmp_path):
    """Write text or a JSON-able object to a file under tmp_path and return its path."""

    def _write(name, content, *, raw: bytes | None = None):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if raw is not None:
            p.write_bytes(raw)
        elif isinstance(content, str):
            p.write_text(content, encoding="utf-8")
        else:
            p.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return p

    return _write


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A tiny R1-style model, trained briefly (enough to follow the demo's patterns)."""
    from r1safe.tiny.build import TinyConfig, build

    out = tmp_path_factory.mktemp("tiny") / "model"
    build(ROOT / "data/tiny/base_chats.jsonl", out, TinyConfig(epochs=8),
          tokenizer_texts=[SAMPLES / "chisafetybench/mcq.json"])
    return out


def copy_workflow(dest: Path) -> Path:
    """A runnable copy of the workflow (code, config, bundled data) in dest."""
    import os

    for name in ("Snakefile", "rules", "scripts", "config", "data", "envs", "profiles", "report", "slurm"):
        src = ROOT / name
        if src.is_symlink():  # `slurm` -> profiles/slurm: `snakemake --profile slurm` from the root
            os.symlink(os.readlink(src), dest / name)
        elif src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    return dest


NO_SLURM_WAIT = ROOT / "profiles" / "local" / "no-slurm-wait"


@pytest.fixture(autouse=True)
def _no_wait_on_an_unreachable_slurm_controller(request, monkeypatch):
    """Every Snakemake start loads the SLURM executor plugin, which asks `scontrol show config` (10 s
    timeout): where SLURM's client is installed but no controller answers, each start would wait 10 s.
    The local tests put profiles/local/no-slurm-wait first on PATH (the real scontrol, 1 s to answer),
    as `make demo` and `make test` do (and read no partition limits: R1SAFE_SLURM_LIMITS=off); the
    SLURM tests keep the real ones."""
    if request.node.get_closest_marker("slurm") is None:
        import os

        monkeypatch.setenv("PATH", f"{NO_SLURM_WAIT}{os.pathsep}{os.environ.get('PATH', '')}")
        monkeypatch.setenv("R1SAFE_SLURM_LIMITS", "off")  # a local run reads no partition limits
