"""ModelScope models (r1safe/hub.py), without network: the modelscope package's own snapshot_download
resolves ids from a local directory laid out the way its cache is (models/<org>--<name>/snapshots/<rev>),
the same backends load them, provenance records id, revision and content hash."""

import shutil

import pytest

from r1safe.errors import ConfigError, InputError
from r1safe.fetch import fetch_stage
from r1safe.hub import fetch_modelscope, is_modelscope, local_spec, modelscope_id
from r1safe.models import ModelSpec

pytest.importorskip("modelscope")


@pytest.fixture
def ms_cache(tmp_path, monkeypatch, tiny_model_dir):
    """A ModelScope cache holding the tiny model as deepseek-ai/R1-Safe-Tiny at revision abc123."""
    cache = tmp_path / "modelscope"
    snap = cache / "models" / "deepseek-ai--R1-Safe-Tiny" / "snapshots" / "abc123"
    shutil.copytree(tiny_model_dir, snap)
    (snap.parent.parent / "refs").mkdir()
    (snap.parent.parent / "refs" / "master").write_text("abc123")
    monkeypatch.setenv("MODELSCOPE_CACHE", str(cache))
    return snap


def test_ids_are_parsed_and_checked():
    assert is_modelscope("modelscope:org/name") and not is_modelscope("org/name")
    assert modelscope_id("modelscope:org/name") == "org/name"
    with pytest.raises(ConfigError, match="modelscope:<org>/<name>"):
        modelscope_id("modelscope:justaname")
    from r1safe.hub import is_local_path

    assert not is_local_path("modelscope:org/name")  # no file check for it at DAG time; the fetch rule gets it


def test_the_package_resolves_the_cached_snapshot_offline_and_the_backend_loads_it(ms_cache):
    assert fetch_modelscope("modelscope:deepseek-ai/R1-Safe-Tiny", offline=True) == ms_cache
    assert fetch_modelscope("modelscope:deepseek-ai/R1-Safe-Tiny", "abc123", offline=True) == ms_cache
    spec = ModelSpec("safe-tiny", "modelscope:deepseek-ai/R1-Safe-Tiny", revision="abc123")
    assert local_spec(spec).path == str(ms_cache) and local_spec(spec).revision is None
    from r1safe.inference.hf import TransformersBackend

    backend = TransformersBackend(spec)
    assert backend.model is not None and backend.render([{"role": "user", "content": "你好"}])
    with pytest.raises(InputError, match="not in the ModelScope cache"):
        fetch_modelscope("modelscope:deepseek-ai/Missing", offline=True)


def test_pickle_only_snapshots_are_refused_unless_allowed(ms_cache):
    from r1safe.models import load_model

    (ms_cache / "model.safetensors").rename(ms_cache / "pytorch_model.bin")
    with pytest.raises(InputError, match="only pickle weights"):
        load_model(ModelSpec("m", "modelscope:deepseek-ai/R1-Safe-Tiny"))


def test_fetch_stage_and_provenance_record_id_revision_and_content(ms_cache, tmp_path):
    from r1safe.provenance import model_fingerprint

    info = fetch_stage("modelscope:deepseek-ai/R1-Safe-Tiny", None, False, tmp_path / "info.json")
    assert info["fetched"] is False  # already cached: not fetched again
    assert info["id"] == "deepseek-ai/R1-Safe-Tiny" and info["local_dir"] == str(ms_cache)
    fp = model_fingerprint("modelscope:deepseek-ai/R1-Safe-Tiny", "abc123")
    assert fp["source"] == "modelscope" and fp["revision"] == "abc123" and fp["sha256"] == info["sha256"]
    assert model_fingerprint("modelscope:deepseek-ai/Missing")["source"] == "modelscope"
