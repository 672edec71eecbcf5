"""Staging without network: hub models and HF datasets found in a local stand-in for the Hugging
Face cache (laid out as huggingface_hub lays it out), read offline the way compute jobs read them; the
LLM judge's endpoint checked against a real OpenAI-compatible server on loopback."""

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from r1safe.errors import ConfigError, InputError
from r1safe.fetch import stage_hub
from r1safe.hub import fetch_hub, is_hub_id, local_dataset, local_spec
from r1safe.io import read_json
from r1safe.models import ModelSpec, load_tokenizer

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def hub_cache(root, repo, files, repo_type="model"):
    """A cache entry as huggingface_hub writes it: <type>s--org--name/{refs/main, snapshots/<commit>/}."""
    entry = root / f"{repo_type}s--{repo.replace('/', '--')}"
    snap = entry / "snapshots" / COMMIT
    snap.mkdir(parents=True)
    for name, src in files.items():
        if isinstance(src, str):
            (snap / name).write_text(src)
        else:
            shutil.copy2(src, snap / name)
    (entry / "refs").mkdir()
    (entry / "refs" / "main").write_text(COMMIT)
    return snap


@pytest.fixture
def cache(tmp_path, monkeypatch):
    import huggingface_hub.constants as c

    root = tmp_path / "hub"
    root.mkdir()
    monkeypatch.setattr(c, "HF_HUB_CACHE", str(root))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return root


def test_a_staged_hub_model_is_read_offline_from_the_cache(cache, tiny_model_dir, tmp_path):
    snap = hub_cache(cache, "deepseek-ai/R1-Tiny", {f.name: f for f in tiny_model_dir.iterdir() if f.is_file()})
    assert is_hub_id("deepseek-ai/R1-Tiny") and not is_hub_id(str(tiny_model_dir))
    info = stage_hub("deepseek-ai/R1-Tiny", None, False, tmp_path / "info.json")
    assert info["fetched"] is False and info["commit"] == COMMIT and info["local_dir"] == str(snap)
    assert read_json(tmp_path / "info.json")["sha256"] == info["sha256"]  # the content, pinned
    spec = local_spec(ModelSpec("tiny", "deepseek-ai/R1-Tiny"))
    assert spec.path == str(snap) and spec.revision is None
    assert load_tokenizer(ModelSpec("tiny", "deepseek-ai/R1-Tiny")).vocab_size > 0  # through the cache, offline
    # a model never staged: in a job (offline) the error names the staging rule, no download is tried
    with pytest.raises(InputError, match="stage_hub_model"):
        local_spec(ModelSpec("m", "deepseek-ai/Not-Staged"))


def test_pickle_weights_are_not_staged_unless_allowed(cache):
    snap = hub_cache(cache, "org/pickled", {"config.json": "{}", "pytorch_model.bin": "x"})
    assert fetch_hub("org/pickled", offline=True) == snap  # found; the rule's download would skip *.bin


def test_a_staged_hub_dataset_is_read_offline(cache, tmp_path):
    from r1safe.benchmarks import load

    rows = [{"problem": f"Compute {i}+1.", "answer": str(i + 1), "unique_id": f"t/{i}.json", "subject": "Algebra",
             "level": 1} for i in range(3)]
    hub_cache(cache, "HuggingFaceH4/MATH-500", {"test.jsonl": "\n".join(json.dumps(r) for r in rows) + "\n"},
              repo_type="dataset")
    assert local_dataset("HuggingFaceH4/MATH-500").endswith(COMMIT)
    info = stage_hub("HuggingFaceH4/MATH-500", None, False, tmp_path / "d.json", repo_type="dataset")
    assert info["commit"] == COMMIT and list(info["files"]) == ["test.jsonl"]
    recs = load("math500", "HuggingFaceH4/MATH-500", split="test")
    assert [r.meta.get("answer", r.answer) for r in recs] == ["1", "2", "3"]
    with pytest.raises(InputError, match="stage_hub_dataset"):
        local_dataset("org/not-staged")


class _Models(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        body = json.dumps({"object": "list", "data": [{"id": "qwen-judge", "object": "model", "created": 0,
                                                       "owned_by": "me"}]}).encode()
        self.send_response(200 if self.path.endswith("/models") else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_the_judge_endpoint_is_checked_before_any_judge_job(tmp_path):
    from r1safe.judge.clients import check_endpoint

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Models)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    try:
        info = check_endpoint({"endpoint": url, "model": "qwen-judge"}, tmp_path / "ok.json")
        assert info["served"] == ["qwen-judge"] and read_json(tmp_path / "ok.json")["checked_from"]
        with pytest.raises(ConfigError, match="serves \\['qwen-judge'\\], not it"):
            check_endpoint({"endpoint": url, "model": "other"})
    finally:
        httpd.shutdown()
        httpd.server_close()
    # nothing listens there any more: one line naming the URL, the host it was checked from, the fix
    with pytest.raises(ConfigError, match="not reachable from .* names localhost: on a cluster the judge jobs"):
        check_endpoint({"endpoint": url, "model": "qwen-judge", "timeout_s": 2})
