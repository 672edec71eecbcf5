"""Assistant-only loss masking, DeepSpeed config validation, SFT on a real tiny model, and the
comparison table."""

import json
import math

import polars as pl
import pytest

from r1safe.errors import InputError
from r1safe.models import ModelSpec, load_tokenizer
from r1safe.train.deepspeed_config import validate
from r1safe.train.encode import IGNORE_INDEX, Collator, encode_chat
from tests.conftest import ROOT

REASONING = "这个请求会侵犯隐私，我应当拒绝"
ANSWER = "抱歉，我不能提供帮助。"
CHAT = [{"role": "system", "content": "你是助手"}, {"role": "user", "content": "上一个问题"},
        {"role": "assistant", "content": "<think>\n旧的思考\n</think>\n\n旧的回答"},
        {"role": "user", "content": "怎样偷偷查到别人的住址？"},
        {"role": "assistant", "content": f"<think>\n{REASONING}\n</think>\n\n{ANSWER}"}]


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    return load_tokenizer(ModelSpec("tiny", str(tiny_model_dir)), padding_side="right")


def test_loss_only_on_the_final_assistant_turn_reasoning_included(tok):
    enc = encode_chat(tok, CHAT)
    prompt = tok.apply_chat_template(CHAT[:-1], tokenize=False, add_generation_prompt=True)
    n_prompt = len(tok(prompt, add_special_tokens=False)["input_ids"])
    assert len(enc.input_ids) == len(enc.labels)
    # token by token: every prompt position is masked, every completion position is its own id
    for i, (t, lab) in enumerate(zip(enc.input_ids, enc.labels)):
        assert lab == (IGNORE_INDEX if i < n_prompt else t), i
    target = tok.decode([x for x in enc.labels if x != IGNORE_INDEX])
    assert target == f"{REASONING}\n</think>\n\n{ANSWER}{tok.eos_token}"
    # the reasoning is a loss target; the history's old thought is not even in the input
    assert REASONING in target and "旧的思考" not in tok.decode(enc.input_ids)
    assert tok.decode(enc.input_ids[:n_prompt]).endswith("<｜Assistant｜><think>\n")
    assert enc.labels[-1] == tok.eos_token_id


def test_template_rendering_would_have_dropped_the_reasoning(tok):
    """Why encode_chat appends the completion itself: the R1 template strips thoughts."""
    full = tok.apply_chat_template(CHAT, tokenize=False)
    assert REASONING not in full and ANSWER in full


@pytest.mark.parametrize("messages, field", [
    (CHAT[:-1], "messages"),
    (CHAT[:-1] + [{"role": "assistant", "content": "  "}], "messages[-1].content"),
])
def test_bad_training_records(tok, messages, field):
    with pytest.raises(InputError) as e:
        encode_chat(tok, messages, source="train.jsonl", record="r7")
    assert e.value.field == field and e.value.record == "r7" and e.value.path == "train.jsonl"


def test_collator_pads_right_and_masks_padding():
    batch = Collator(pad_id=0)([{"input_ids": [5, 6, 7], "labels": [-100, 6, 7]}, {"input_ids": [8], "labels": [8]}])
    assert batch["input_ids"].tolist() == [[5, 6, 7], [8, 0, 0]]
    assert batch["labels"].tolist() == [[-100, 6, 7], [8, -100, -100]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1], [1, 0, 0]]


# ---- DeepSpeed configs --------------------------------------------------------------------

def test_shipped_deepspeed_configs_are_valid():
    z3 = validate(ROOT / "config/deepspeed/zero3.json", expect_stage=3)
    assert z3["zero_optimization"]["stage3_gather_16bit_weights_on_model_save"] is True
    assert validate(ROOT / "config/deepspeed/zero2_cpu.json")["zero_optimization"]["stage"] == 2


@pytest.mark.parametrize("patch, field", [
    ({"train_micro_batch_size_per_gpu": 0}, "train_micro_batch_size_per_gpu"),
    ({"bf16": {"enabled": True}, "fp16": {"enabled": True}}, "bf16"),
    ({"zero_optimization": {"stage": 4}}, "zero_optimization.stage"),
    ({"zero_optimization": {"stage": 3}}, "zero_optimization.stage3_gather_16bit_weights_on_model_save"),
    ({"zero_optimization": {"stage": 2, "offload_optimizer": {"device": "gpu"}}}, "zero_optimization.offload_optimizer"),
    ({"zero_optimization": {"stage": 2, "no_such_key": 1}}, "zero_optimization"),
])
def test_bad_deepspeed_configs_are_rejected(tmp_path, patch, field):
    cfg = json.loads((ROOT / "config/deepspeed/zero3.json").read_text())
    cfg.update(patch)
    p = tmp_path / "ds.json"
    p.write_text(json.dumps(cfg))
    with pytest.raises(InputError) as e:
        validate(p)
    assert e.value.field == field and e.value.path == str(p)


# ---- SFT on the tiny model ----------------------------------------------------------------

def test_sft_writes_a_loadable_model_and_summary(tiny_model_dir, tmp_path):
    from r1safe.inference.hf import TransformersBackend
    from r1safe.io import read_jsonl
    from r1safe.train.sft import SFTConfig, train

    records = read_jsonl(ROOT / "data/sft/safety_cot.jsonl")[:8]
    from r1safe.data.sources import normalize_row
    chats = [normalize_row(r, i, "s", "safety_cot.jsonl", "safety", {}) for i, r in enumerate(records)]
    out = tmp_path / "safe"
    summary = train(ModelSpec("tiny", str(tiny_model_dir)), chats, out,
                    SFTConfig(learning_rate=3e-3, epochs=2, batch_size=4, max_length=256, logging_steps=1, seed=1))
    assert (out / "model.safetensors").exists() and not (out / "training_args.bin").exists()
    saved = json.loads((out / "training_summary.json").read_text())
    assert saved["examples"] == 8 and saved["optimizer_steps"] == 4 and saved["tokens_seen"] == 2 * saved["tokens_per_epoch"]
    losses = [c["loss"] for c in saved["loss_curve"]]
    assert len(losses) >= 4 and all(math.isfinite(x) for x in losses) and losses[-1] < losses[0]
    assert summary["target_tokens_per_epoch"] < summary["tokens_per_epoch"]
    be = TransformersBackend(ModelSpec("safe", str(out)))  # loads as a normal HF model directory
    assert be.tokenizer.padding_side == "left" and be.render([{"role": "user", "content": "你好"}]).endswith("<think>\n")


# ---- the comparison table ------------------------------------------------------------------

def _score(model, task, area, metric, k, n, benchmark="b"):
    v = k / n if n else None
    return dict(model=model, benchmark=benchmark, task=task, risk_area=area, metric=metric, k=k, n=n,
                value=v, ci_low=0.0, ci_high=1.0, excluded=0)


def test_comparison_table_deltas_pool_and_base():
    from r1safe.report.compare import comparison_table, to_text

    rows = []
    for model, k_ref, acc in (("m", 1, 18), ("m-safe", 5, 17), ("m-base", 3, 19)):
        # two refusal benchmarks of the same area are pooled: k summed, n summed
        rows += [_score(model, "refusal", "values", "RR-1", k_ref, 5, "r1"),
                 _score(model, "refusal", "values", "RR-1", k_ref // 2, 5, "r2"),
                 _score(model, "reasoning", "overall", "ACC", acc, 20, "math")]
    rows.append(_score("other", "refusal", "values", "RR-1", 5, 5, "r1"))
    scores = pl.DataFrame(rows)
    t = comparison_table(scores, [{"model": "m", "safe": "m-safe", "base": "m-base"}])
    rr = t.filter((pl.col("domain") == "values") & (pl.col("metric") == "RR-1")).row(0, named=True)
    assert rr["original"] == pytest.approx(1 / 10) and rr["safe"] == pytest.approx(7 / 10)  # 5+2 of 10
    assert rr["base"] == pytest.approx(4 / 10) and rr["safe_n"] == 10
    assert rr["delta"] == pytest.approx(0.6) and rr["delta_base"] == pytest.approx(-0.3)
    acc = t.filter(pl.col("domain") == "math").row(0, named=True)
    assert acc["metric"] == "ACC" and acc["delta"] == pytest.approx(-1 / 20) and acc["domain_name"] == "math (reasoning)"
    assert set(t["model"]) == {"m"}
    md = to_text(t)
    assert "Δ orig−base" in md and "+0.600" in md
    no_base = comparison_table(scores, [{"model": "m", "safe": "m-safe", "base": None}])
    assert no_base["base"].null_count() == no_base.height and "Δ orig−base" not in to_text(no_base)


@pytest.mark.slow
def test_zero3_two_ranks_same_entry_point(tiny_model_dir, tmp_path):
    """The GPU code path for real, on CPU: torchrun with 2 ranks (gloo), the shipped ZeRO-3
    config partitioning the parameters, the same ``python -m r1safe.train`` entry point; the
    16-bit weights gathered on save load as a normal model with every parameter trained."""
    import os
    import subprocess
    import sys

    import torch
    from transformers import AutoModelForCausalLM

    from r1safe.data.sources import read_source
    from r1safe.io import write_jsonl

    pytest.importorskip("deepspeed")
    data = tmp_path / "train.jsonl"
    write_jsonl(data, read_source("s", {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"})[:16])
    out = tmp_path / "z3"
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           "-m", "r1safe.train", "--model", str(tiny_model_dir), "--data", str(data), "--output", str(out),
           "--hparams", json.dumps({"learning_rate": 3e-3, "epochs": 2, "batch_size": 4, "max_length": 256,
                                    "logging_steps": 1}),
           "--deepspeed", str(ROOT / "config/deepspeed/zero3.json")]
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-5000:]
    summary = json.loads((out / "training_summary.json").read_text())
    assert summary["deepspeed"].endswith("zero3.json") and summary["examples"] == 16
    # 16 examples, 2 ranks x batch 4 -> 2 optimizer steps per epoch
    assert summary["optimizer_steps"] == 4
    before = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    after = AutoModelForCausalLM.from_pretrained(out)
    sd0, sd1 = before.state_dict(), after.state_dict()
    assert sd0.keys() == sd1.keys()
    assert all(sd0[k].shape == sd1[k].shape and sd1[k].abs().sum() > 0 for k in sd0)  # gathered, not empty shards
    assert any(not torch.equal(sd0[k], sd1[k]) for k in sd0)
