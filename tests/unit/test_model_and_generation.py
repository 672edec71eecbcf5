"""The tiny model builder, the transformers backend and resumable generation, on real files."""

import json

import pytest
from transformers import AutoTokenizer

from r1safe.benchmarks import load
from r1safe.errors import InputError
from r1safe.inference.base import GenerationConfig
from r1safe.inference.hf import TransformersBackend
from r1safe.inference.run import run as generate
from r1safe.io import read_jsonl, write_jsonl
from r1safe.models import ModelSpec, load_tokenizer
from r1safe.tiny.build import train_tokenizer, wrap_tokenizer
from tests.conftest import SAMPLES


def test_tokenizer_round_trip(tmp_path):
    texts = ["计算：3+4=?", "抱歉，我不能提供帮助。", "Hello world 123"]
    tok = wrap_tokenizer(train_tokenizer(texts * 5, 400))
    tok.save_pretrained(tmp_path)
    again = AutoTokenizer.from_pretrained(tmp_path)
    sample = "<｜begin▁of▁sentence｜><｜User｜>计算：12+7=?<｜Assistant｜><think>\n12+7=19\n</think>\n\n\\boxed{19}<｜end▁of▁sentence｜>"
    assert type(again).__name__ == "Qwen2Tokenizer"
    assert tok(sample)["input_ids"] == again(sample)["input_ids"]
    assert again.decode(again(sample)["input_ids"]) == sample
    assert again.convert_tokens_to_ids("</think>") != again.unk_token_id
    # the R1-Distill template: history assistant turns lose their thought; the prompt opens one
    msgs = [{"role": "system", "content": "S"}, {"role": "user", "content": "u1"},
            {"role": "assistant", "content": "<think>\nsecret\n</think>\n\na1"}, {"role": "user", "content": "u2"}]
    text = again.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
    assert text == "<｜begin▁of▁sentence｜>S<｜User｜>u1<｜Assistant｜>a1<｜end▁of▁sentence｜><｜User｜>u2<｜Assistant｜><think>\n"


def test_backend_generates_and_left_padding_is_consistent(tiny_model_dir):
    be = TransformersBackend(ModelSpec("tiny", str(tiny_model_dir)))
    recs = load("numeric_qa", SAMPLES / "reasoning/arithmetic.jsonl")[:3]
    recs += load("chisafety_risky_dialog", SAMPLES / "chisafetybench/risky_questions_with_dialog_history.json")[:1]
    prompts = [be.render(r.messages) for r in recs]
    cfg = GenerationConfig(do_sample=False, max_new_tokens=24, batch_size=4)
    batched = be.generate(prompts, cfg, seed=0)
    single = [be.generate([p], cfg, seed=0)[0] for p in prompts]
    assert [b[0].text for b in batched] == [s[0].text for s in single]
    for out in batched:
        assert out[0].finish_reason in ("stop", "length")
        assert 0 < out[0].completion_tokens <= 24
    # the longest prompt has no padding, so its prompt token count is the batch width
    assert max(o[0].prompt_tokens for o in batched) == len(be.tokenizer(prompts[-1], add_special_tokens=False)["input_ids"])


def test_sampling_is_seeded(tiny_model_dir):
    be = TransformersBackend(ModelSpec("tiny", str(tiny_model_dir)))
    p = [be.render([{"role": "user", "content": "怎么做番茄炒蛋？"}])]
    cfg = GenerationConfig(do_sample=True, temperature=1.0, top_p=1.0, max_new_tokens=16, n=2)
    a, b = be.generate(p, cfg, seed=5), be.generate(p, cfg, seed=5)
    assert [c.text for c in a[0]] == [c.text for c in b[0]] and len(a[0]) == 2


def test_generation_shards_resume(tiny_model_dir, tmp_path):
    from r1safe.benchmarks import run as prepare

    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 10}, bench, "arith")
    spec = ModelSpec("tiny", str(tiny_model_dir))
    cfg = GenerationConfig(do_sample=False, max_new_tokens=12, batch_size=2)
    full = tmp_path / "full.jsonl"
    stats = generate(bench, full, spec, cfg, shard_size=4)
    assert stats == {**stats, "records": 10, "rows": 10, "shards": 3, "shards_resumed": 0}
    rows = read_jsonl(full)
    assert [r["id"] for r in rows] == [f"arith-{i:02d}" for i in range(10)]
    assert all(set(r) >= {"reasoning", "answer", "think_closed", "finish_reason", "completion_tokens"} for r in rows)

    # a run that died after its first two shards: the resumed run generates only the third
    out = tmp_path / "resumed.jsonl"
    shard_dir = tmp_path / "resumed.jsonl.shards"
    calls = []

    def counting_factory(name, s):
        calls.append(name)
        return TransformersBackend(s)

    from r1safe.inference.run import fingerprint
    shard_dir.mkdir()
    (shard_dir / "fingerprint").write_text(fingerprint(spec, cfg, "transformers", bench) + "\n")
    write_jsonl(shard_dir / "shard-00000.jsonl", rows[:4])
    write_jsonl(shard_dir / "shard-00001.jsonl", rows[4:8])
    (shard_dir / "shard-00002.jsonl").write_text(json.dumps(rows[8], ensure_ascii=False) + "\n")  # partial
    stats = generate(bench, out, spec, cfg, shard_size=4, backend_factory=counting_factory)
    assert stats["shards_resumed"] == 2 and stats["shards_generated"] == 1 and len(calls) == 1
    assert out.read_text() == full.read_text()
    assert not shard_dir.exists()


def test_stale_shards_are_not_reused(tiny_model_dir, tmp_path):
    from r1safe.benchmarks import run as prepare

    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 2}, bench, "arith")
    shard_dir = tmp_path / "out.jsonl.shards"
    shard_dir.mkdir()
    (shard_dir / "fingerprint").write_text("written-under-other-settings\n")
    write_jsonl(shard_dir / "shard-00000.jsonl", [{"id": "arith-00", "text": "stale"}, {"id": "arith-01", "text": "stale"}])
    generate(bench, tmp_path / "out.jsonl", ModelSpec("tiny", str(tiny_model_dir)),
             GenerationConfig(do_sample=False, max_new_tokens=8), shard_size=4)
    assert all(r["text"] != "stale" for r in read_jsonl(tmp_path / "out.jsonl"))
    # set aside, not deleted: finished work under other settings is never thrown away
    aside = tmp_path / "out.jsonl.shards.stale-written-unde"
    assert [r["text"] for r in read_jsonl(aside / "shard-00000.jsonl")] == ["stale", "stale"]


def test_safe_loading_defaults(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(InputError, match="pickle"):
        load_tokenizer(ModelSpec("m", str(tmp_path)))
    with pytest.raises(InputError, match="does not exist"):
        load_tokenizer(ModelSpec("m", str(tmp_path / "missing")))
    assert ModelSpec.from_config("m", {"path": "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"}).trust_remote_code is False


def test_chat_template_required(tiny_model_dir, tmp_path):
    from r1safe.inference.chat import render_prompt

    tok = load_tokenizer(ModelSpec("tiny", str(tiny_model_dir)))
    tok.chat_template = None
    with pytest.raises(InputError, match="chat template"):
        render_prompt(tok, [{"role": "user", "content": "hi"}], source="tiny")
