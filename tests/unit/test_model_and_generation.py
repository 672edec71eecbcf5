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
    batched = be.generate(prompts, cfg, seeds=[0] * len(prompts))
    single = [be.generate([p], cfg, seeds=[0])[0] for p in prompts]
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
    a, b = be.generate(p, cfg, seeds=[5]), be.generate(p, cfg, seeds=[5])
    assert [c.text for c in a[0]] == [c.text for c in b[0]] and len(a[0]) == 2
    assert a[0][0].text != a[0][1].text  # two samples, two draws
    others = [be.generate(p, cfg, seeds=[s])[0][0].text for s in range(6, 12)]
    assert len(set(others + [a[0][0].text])) > 1  # another seed, another draw


def test_a_sample_depends_on_its_item_not_on_its_batch(tiny_model_dir):
    """Sampling is seeded per item and sample: the same item gives the same text alone, in a batch
    of four, at another position, and as sample 0 of n=1 or of n=3."""
    be = TransformersBackend(ModelSpec("tiny", str(tiny_model_dir)))
    recs = load("numeric_qa", SAMPLES / "reasoning/arithmetic.jsonl")[:4]
    prompts = [be.render(r.messages) for r in recs]
    seeds = [101, 202, 303, 404]
    cfg = GenerationConfig(do_sample=True, temperature=1.0, top_p=0.95, max_new_tokens=20, n=1)
    batched = [o[0].text for o in be.generate(prompts, cfg, seeds=seeds)]
    alone = [be.generate([p], cfg, seeds=[s])[0][0].text for p, s in zip(prompts, seeds)]
    reversed_ = [o[0].text for o in be.generate(prompts[::-1], cfg, seeds=seeds[::-1])][::-1]
    assert batched == alone == reversed_
    three = be.generate(prompts[:2], GenerationConfig(**{**cfg.to_dict(), "n": 3}), seeds=seeds[:2])
    assert [o[0].text for o in three] == batched[:2]


def test_nucleus_filter_keeps_only_the_top_mass():
    import torch

    from r1safe.inference.hf import SeededSampler

    scores = torch.log(torch.tensor([[0.5, 0.3, 0.15, 0.05]]))
    picks = {int(SeededSampler([s], 1.0, 0.7)(None, scores).argmax()) for s in range(300)}
    assert picks == {0, 1}  # 0.5 + 0.3 reaches 0.7: tokens 2 and 3 are never drawn
    picks = {int(SeededSampler([s], 1.0, 1.0)(None, scores).argmax()) for s in range(300)}
    assert picks == {0, 1, 2, 3}


def test_batch_and_shard_sizes_change_no_output(tiny_model_dir, tmp_path):
    from r1safe.benchmarks import run as prepare

    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 6}, bench, "arith")
    # float64, as the demo's tiny models generate: in float32 a row's logits depend on its batch's shapes
    # at the 1e-6 level (another BLAS kernel), enough to move a token across the nucleus cutoff now and
    # then (measured: 1 row of 12 with one tiny model)
    spec = ModelSpec("tiny", str(tiny_model_dir), dtype="float64")
    texts = []
    for batch, shard in ((1, 2), (4, 5), (6, 64)):
        cfg = GenerationConfig(do_sample=True, temperature=1.0, top_p=0.95, max_new_tokens=16, n=2, seed=3,
                               batch_size=batch)
        out = tmp_path / f"b{batch}.jsonl"
        generate(bench, out, spec, cfg, shard_size=shard)
        texts.append([(r["id"], r["sample"], r["text"]) for r in read_jsonl(out)])
    assert texts[0] == texts[1] == texts[2]
    assert len({t for _, _, t in texts[0]}) > 3  # sampled, not one repeated answer


def test_generation_shards_resume(tiny_model_dir, tmp_path):
    from r1safe.benchmarks import run as prepare

    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 10}, bench, "arith")
    spec = ModelSpec("tiny", str(tiny_model_dir))
    cfg = GenerationConfig(do_sample=False, max_new_tokens=12, batch_size=2)
    full = tmp_path / "full.jsonl"
    stats = generate(bench, full, spec, cfg, shard_size=4)
    assert stats == {**stats, "records": 10, "rows": 10, "shards_generated": 3, "items_resumed": 0}
    rows = read_jsonl(full)
    assert [r["id"] for r in rows] == [f"arith-{i:02d}" for i in range(10)]
    assert all(set(r) >= {"reasoning", "answer", "think_closed", "finish_reason", "completion_tokens"} for r in rows)

    # a run that died after its first two shards: the resumed run generates only what is missing
    out = tmp_path / "resumed.jsonl"
    shard_dir = tmp_path / "resumed.jsonl.shards"
    calls = []

    def counting_factory(name, s):
        calls.append(name)
        return TransformersBackend(s)

    from r1safe.inference.run import fingerprint
    from r1safe.provenance import model_fingerprint

    shard_dir.mkdir()  # written by this very model (its content is part of the fingerprint)
    fp = fingerprint(spec, cfg, "transformers", bench, model_fingerprint(spec.path))
    (shard_dir / "fingerprint").write_text(fp + "\n")
    write_jsonl(shard_dir / "shard-00000.jsonl", rows[:4])
    write_jsonl(shard_dir / "shard-00001.jsonl", rows[4:8])
    (shard_dir / "shard-00002.jsonl").write_text(json.dumps(rows[8], ensure_ascii=False) + "\n{not json")  # torn
    stats = generate(bench, out, spec, cfg, shard_size=4, backend_factory=counting_factory)
    assert stats["items_resumed"] == 8 and stats["items_generated"] == 2 and len(calls) == 1
    assert out.read_text() == full.read_text()

    # killed after its last shard (Snakemake then removes the output): nothing is generated again
    assert shard_dir.exists()  # the job never deletes its own shards
    out.unlink()
    calls.clear()
    stats = generate(bench, out, spec, cfg, shard_size=4, backend_factory=counting_factory)
    assert stats["items_resumed"] == 10 and stats["items_generated"] == 0 and calls == []
    assert out.read_text() == full.read_text()


def test_shards_are_pruned_only_once_the_job_is_recorded(tiny_model_dir, tmp_path):
    from r1safe.benchmarks import run as prepare
    from r1safe.inference.run import prune_shards

    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 3}, bench, "arith")
    spec, cfg = ModelSpec("tiny", str(tiny_model_dir)), GenerationConfig(do_sample=False, max_new_tokens=6)
    done, killed = tmp_path / "g/m/done.jsonl", tmp_path / "g/m/killed.jsonl"
    for out in (done, killed):
        generate(bench, out, spec, cfg, shard_size=2, manifest=out.with_name(out.stem + ".manifest.json"))
    killed.unlink()  # a failed job: Snakemake removed its outputs
    (done.with_name("other.jsonl.shards")).mkdir()  # a job that never finished
    assert prune_shards(tmp_path / "g") == [done.with_name("done.jsonl.shards")]
    assert killed.with_name("killed.jsonl.shards").exists() and done.with_name("other.jsonl.shards").exists()


def test_stale_shards_are_not_reused(tiny_model_dir, tmp_path, capsys):
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
    assert "written from other inputs (fingerprint written-unde" in capsys.readouterr().out  # said, in the log
    assert not list(tmp_path.glob("out.jsonl.shards.*"))  # removed, never resumed from later


def test_shards_of_other_weights_at_the_same_path_are_not_resumed(tiny_model_dir, tmp_path):
    """A generation killed after its last shard; the model is then rebuilt with new weights at the same
    path. The rerun generates every item again: the shards carry the weights' content, not the path."""
    import shutil

    import torch
    from transformers import AutoModelForCausalLM

    from r1safe.benchmarks import run as prepare

    model = tmp_path / "model"
    shutil.copytree(tiny_model_dir, model)
    bench = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl"), "limit": 4}, bench, "arith")
    out = tmp_path / "out.jsonl"
    spec, cfg = ModelSpec("m", str(model)), GenerationConfig(do_sample=False, max_new_tokens=6)
    first = generate(bench, out, spec, cfg, shard_size=2)
    out.unlink()  # killed after its last shard: Snakemake removed the output, the shards stay
    again = generate(bench, out, spec, cfg, shard_size=2)
    assert again["items_resumed"] == 4 and again["fingerprint"] == first["fingerprint"]  # the same model: resumed
    out.unlink()
    m = AutoModelForCausalLM.from_pretrained(model)
    with torch.no_grad():
        for p in m.parameters():
            p.add_(0.01)
    m.save_pretrained(model)  # rebuilt: new weights, same path, same config
    rebuilt = generate(bench, out, spec, cfg, shard_size=2)
    assert rebuilt["items_resumed"] == 0 and rebuilt["items_generated"] == 4
    assert rebuilt["fingerprint"] != first["fingerprint"]


def test_large_weight_files_are_fingerprinted_by_content(tmp_path, monkeypatch):
    """A weight file over the whole-file limit is hashed by its header and sampled blocks of its data:
    weights retrained into the same shapes (the same header) still get another fingerprint."""
    import struct

    from r1safe import provenance

    monkeypatch.setattr(provenance, "_WHOLE_FILE_LIMIT", 1024)
    header = b'{"w": {"dtype": "F32", "shape": [4096], "data_offsets": [0, 16384]}}'
    a = tmp_path / "a"
    a.mkdir()
    (a / "config.json").write_text("{}")

    def weights(fill):
        return struct.pack("<Q", len(header)) + header + bytes([fill]) * 16384

    (a / "model.safetensors").write_bytes(weights(1))
    fp1 = provenance.model_fingerprint(str(a))
    (a / "model.safetensors").write_bytes(weights(2))
    fp2 = provenance.model_fingerprint(str(a))
    assert fp1["files"]["model.safetensors"].startswith("sampled:") and fp1["sha256"] != fp2["sha256"]


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
