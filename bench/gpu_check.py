"""One GPU, one call: generation and SFT throughput of the pipeline's own code against the hardware's
limits, with the real architectures of DeepSeek-R1-Distill-Qwen-1.5B and -7B (their Qwen2 configs,
written out below; random weights, nothing downloaded).

    bash bench/gpu_check.sh                       # on the GPU machine: everything, JSON in $OUT or bench-out/
    .venv/bin/python bench/gpu_check.py --toy     # the same code paths at toy size, on CPU (tested)

1. Memory bandwidth: a device-to-device copy of 1 GiB (read + write bytes over time).
2. Generation through r1safe's transformers backend (``TransformersBackend.generate``), bf16, batch
   1 / 16 / 64 / 256, 128 prompt and 512 new tokens: output tokens/s beside the decode bandwidth
   limit (each decode step reads the weights once for the whole batch, plus the batch's KV cache, so
   the limit is batch x bandwidth / bytes per step) and the fraction reached.
3. Full-parameter SFT of the 1.5B architecture through ``python -m r1safe.train`` (the entry point
   the train rule starts), sequence length 4096, gradient checkpointing, bf16: plain, and under
   DeepSpeed ZeRO-3 (``torch.distributed.run`` with ``config/deepspeed/zero3.json``, as the rule
   does) when deepspeed is importable: tokens/s, MFU against the chip's dense bf16 peak (6 x params x
   tokens plus attention, over time), peak GPU memory.

vLLM is not measured: the GPU machine has no vLLM and its wheel does not fit what can be carried
there (bench/NOTES.md says so rather than guessing a figure).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# DeepSeek-R1-Distill-Qwen-{1.5B,7B} config.json (Qwen2), as published with the weights.
ARCHS = {
    "r1-distill-qwen-1.5b": dict(vocab_size=151936, hidden_size=1536, intermediate_size=8960, num_hidden_layers=28,
                                 num_attention_heads=12, num_key_value_heads=2, max_position_embeddings=131072,
                                 rope_theta=10000.0, rms_norm_eps=1e-6, tie_word_embeddings=False,
                                 sliding_window=4096, max_window_layers=21, use_sliding_window=False),
    "r1-distill-qwen-7b": dict(vocab_size=152064, hidden_size=3584, intermediate_size=18944, num_hidden_layers=28,
                               num_attention_heads=28, num_key_value_heads=4, max_position_embeddings=131072,
                               rope_theta=10000.0, rms_norm_eps=1e-6, tie_word_embeddings=False,
                               sliding_window=4096, max_window_layers=28, use_sliding_window=False),
    "toy": dict(vocab_size=4096, hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                num_key_value_heads=2, max_position_embeddings=1024, tie_word_embeddings=False),
}
# Dense bf16 peak (TFLOP/s) by device name, from the vendors' data sheets (SXM parts).
PEAK_BF16 = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "A10": 125.0}


def device_info() -> dict:
    import torch
    import transformers

    info = {"torch": torch.__version__, "transformers": transformers.__version__, "python": platform.python_version()}
    if torch.cuda.is_available():
        name = torch.cuda.get_device_name()
        info.update(device=name, memory_gib=round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1),
                    peak_bf16_tflops=next((v for k, v in PEAK_BF16.items() if k in name), None))
    else:
        info.update(device=f"cpu ({os.cpu_count()} cores)", peak_bf16_tflops=None)
    return info


def bandwidth(device: str, gib: float) -> float:
    """Device-to-device copy bandwidth in GB/s (bytes read + written)."""
    import torch

    n = int(gib * 2**30) // 2
    a = torch.empty(n, dtype=torch.bfloat16, device=device)
    b = torch.empty_like(a)
    b.copy_(a)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    sync()
    reps = 10
    t0 = time.perf_counter()
    for _ in range(reps):
        b.copy_(a)
    sync()
    return 2 * a.numel() * 2 * reps / (time.perf_counter() - t0) / 1e9


def make_model(arch: str, work: Path, tokenizer_dir: Path, dtype: str) -> tuple[Path, int]:
    """A random-weight model directory of ``arch`` with the tiny tokenizer (ids of the architecture's
    vocabulary that the tokenizer lacks decode to nothing: the compute is the architecture's)."""
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    tok = AutoTokenizer.from_pretrained(tokenizer_dir)
    cfg = Qwen2Config(**ARCHS[arch], bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                      pad_token_id=tok.pad_token_id, torch_dtype=dtype)
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
        model = Qwen2ForCausalLM(cfg).to(getattr(torch, dtype))
    out = work / arch
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    params = sum(p.numel() for p in model.parameters())
    del model
    return out, params


def generation(model_dir: Path, arch: str, params: int, batches: list[int], prompt_len: int, new_tokens: int,
               bw_gbs: float, dtype: str) -> list[dict]:
    import torch

    from r1safe.inference.base import GenerationConfig
    from r1safe.inference.hf import TransformersBackend
    from r1safe.models import ModelSpec

    backend = TransformersBackend(ModelSpec(arch, str(model_dir), dtype=dtype))
    a = ARCHS[arch]
    head_dim = a["hidden_size"] // a["num_attention_heads"]
    bytes_per = 2 if dtype in ("bfloat16", "float16") else 4
    weight_bytes = params * bytes_per
    # a prompt of exactly prompt_len tokens of the tokenizer's vocabulary
    ids = list(range(10, 10 + prompt_len))
    prompt = backend.tokenizer.decode(ids)
    cfg = GenerationConfig(do_sample=False, max_new_tokens=new_tokens, n=1, batch_size=max(batches))
    backend.generate([prompt], GenerationConfig(do_sample=False, max_new_tokens=4), seeds=[0])  # warm-up
    rows = []
    for bs in batches:
        sync = torch.cuda.synchronize if torch.cuda.is_available() else (lambda: None)
        sync()
        t0 = time.perf_counter()
        out = backend.generate([prompt] * bs, cfg, seeds=list(range(bs)))
        sync()
        wall = time.perf_counter() - t0
        tokens = sum(c.completion_tokens for row in out for c in row)
        ctx = prompt_len + new_tokens / 2  # mean context over the decode
        kv_bytes = 2 * a["num_hidden_layers"] * a["num_key_value_heads"] * head_dim * bytes_per * ctx * bs
        limit = bs * bw_gbs * 1e9 / (weight_bytes + kv_bytes)  # output tokens/s if every step were bandwidth-bound
        rows.append({"arch": arch, "batch": bs, "output_tokens": tokens, "wall_s": round(wall, 3),
                     "tokens_per_s": round(tokens / wall, 1), "bandwidth_limit_tokens_per_s": round(limit, 1),
                     "fraction_of_limit": round(tokens / wall / limit, 3)})
        print(json.dumps(rows[-1]), flush=True)
    del backend
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return rows


def sft(model_dir: Path, arch: str, params: int, work: Path, seq: int, records: int, deepspeed: bool,
        peak_tflops: float | None) -> dict:
    """``python -m r1safe.train`` on records of ``seq`` tokens; tokens/s, MFU and peak memory from its
    training summary."""
    import torch
    from transformers import AutoTokenizer

    data = work / f"sft-{seq}.jsonl"
    tok = AutoTokenizer.from_pretrained(model_dir)
    unit = "安全地思考这个问题。"
    per_unit = len(tok(unit * 8, add_special_tokens=False)["input_ids"]) / 8
    words = unit * max(1, int((seq - 48) / per_unit))  # fills the sequence, leaving room for the template
    with data.open("w", encoding="utf-8") as fh:
        for i in range(records):
            fh.write(json.dumps({"messages": [{"role": "user", "content": f"问题{i}"},
                                              {"role": "assistant", "content": f"<think>\n{words}\n</think>\n\n好的。"}]},
                                ensure_ascii=False) + "\n")
    hp = {"learning_rate": 1e-5, "epochs": 1, "batch_size": 1, "gradient_accumulation_steps": 1, "max_length": seq,
          "gradient_checkpointing": True, "save_steps": 0, "logging_steps": 1, "warmup_steps": 0}
    out = work / f"sft-out-{'zero3' if deepspeed else 'plain'}"
    args = ["-m", "r1safe.train", "--model", str(model_dir), "--data", str(data), "--output", str(out),
            "--hparams", json.dumps(hp)]
    if deepspeed:
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "1", *args,
               "--deepspeed", str(ROOT / "config/deepspeed/zero3.json")]
    else:
        cmd = [sys.executable, *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"arch": arch, "deepspeed": deepspeed, "error": proc.stderr[-2000:]}
    summary = json.loads((out / "training_summary.json").read_text())
    tok_s = summary["tokens_per_s"]
    a = ARCHS[arch]
    # 6 N per token (forward + backward) + gradient checkpointing's second forward (2 N), plus attention
    attn = 12 * a["num_hidden_layers"] * a["hidden_size"] * seq  # per token, fwd+bwd of QK^T and AV
    flops_per_token = 8 * params + attn
    mfu = tok_s * flops_per_token / (peak_tflops * 1e12) if peak_tflops and tok_s else None
    return {"arch": arch, "deepspeed": deepspeed, "seq": seq, "records": records, "tokens_seen": summary["tokens_seen"],
            "tokens_per_s": tok_s, "mfu": round(mfu, 4) if mfu is not None else None,
            "peak_gpu_mib": summary.get("peak_gpu_mib"), "wall_s": round(time.perf_counter() - t0, 1),
            "train_wall_s": summary["wall_time_s"], "flops_per_token": flops_per_token,
            "torch_cuda": torch.cuda.is_available()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--toy", action="store_true", help="toy sizes on CPU: checks the code paths, measures nothing")
    ap.add_argument("--out", default=os.environ.get("OUT", "bench-out"))
    ap.add_argument("--skip-sft", action="store_true")
    ap.add_argument("--skip-7b", action="store_true")
    ap.add_argument("--sft-records", type=int, default=24)
    args = ap.parse_args()

    import torch

    from r1safe.tiny.build import TinyConfig, build

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="r1safe-gpu-"))
    tok_dir = work / "tokenizer-model"
    build(ROOT / "data/tiny/base_chats.jsonl", tok_dir, TinyConfig(epochs=1))
    device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = "bfloat16" if device == "cuda" else "float32"
    result = {"info": device_info(), "toy": args.toy}
    result["bandwidth_gbs"] = round(bandwidth(device, 0.0625 if args.toy else 1.0), 1)
    print(json.dumps(result), flush=True)
    archs = ["toy"] if args.toy else ["r1-distill-qwen-1.5b"] + ([] if args.skip_7b else ["r1-distill-qwen-7b"])
    batches = [1, 2] if args.toy else [1, 16, 64, 256]
    prompt_len, new_tokens = (16, 16) if args.toy else (128, 512)
    result["generation"] = []
    for arch in archs:
        model_dir, params = make_model(arch, work, tok_dir, dtype)
        result.setdefault("parameters", {})[arch] = params
        result["generation"] += generation(model_dir, arch, params, batches, prompt_len, new_tokens,
                                           result["bandwidth_gbs"], dtype)
        (out / "gpu_check.json").write_text(json.dumps(result, indent=2))
    if not args.skip_sft:
        arch = archs[0]
        model_dir, params = make_model(arch, work, tok_dir, dtype)
        seq = 128 if args.toy else 4096
        import importlib.util

        runs = [False] + ([True] if importlib.util.find_spec("deepspeed") and device == "cuda" else [])
        result["sft"] = [sft(model_dir, arch, params, work, seq, 4 if args.toy else args.sft_records, ds,
                             result["info"]["peak_bf16_tflops"]) for ds in runs]
        if len(runs) == 1:
            result["sft_zero3"] = "not run: deepspeed is not importable here" if device == "cuda" else "not run on CPU"
        for r in result["sft"]:
            print(json.dumps(r), flush=True)
    (out / "gpu_check.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
