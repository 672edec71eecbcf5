"""SFT throughput (tokens/s) and peak memory, through the pipeline's own ``r1safe.train.sft.train``.

    .venv/bin/python bench/sft_throughput.py                       # tiny demo model, CPU
    .venv/bin/python bench/sft_throughput.py --arch qwen2-0.5b     # random-init 0.5B Qwen2 (GPU)
    torchrun --nproc_per_node 1 bench/sft_throughput.py --arch qwen2-1.5b --deepspeed config/deepspeed/zero3.json

The tiny model is built offline from the bundled chats; the larger architectures are randomly
initialised from a Qwen2 config of that size (no weights are downloaded) and use the tiny model's
tokenizer, so only the model's compute is measured. Prints one JSON line; results go into
bench/NOTES.md by hand with the machine and versions.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARCHS = {  # Qwen2.5 shapes
    "qwen2-0.5b": dict(hidden_size=896, intermediate_size=4864, num_hidden_layers=24, num_attention_heads=14,
                       num_key_value_heads=2),
    "qwen2-1.5b": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28, num_attention_heads=12,
                       num_key_value_heads=2),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="tiny", choices=["tiny", *ARCHS])
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--max-length", type=int, default=512)
    ap.add_argument("--repeat", type=int, default=1, help="repeat the bundled data N times")
    ap.add_argument("--deepspeed", default=None)
    ap.add_argument("--gradient-checkpointing", action="store_true")
    args = ap.parse_args()

    import torch
    import transformers

    from r1safe.data.sources import read_source
    from r1safe.models import ModelSpec, load_tokenizer
    from r1safe.tiny.build import TinyConfig, build
    from r1safe.train.sft import SFTConfig, train

    work = Path(tempfile.mkdtemp(prefix="r1safe-bench-"))
    tiny = work / "tiny"
    build(ROOT / "data/tiny/base_chats.jsonl", tiny, TinyConfig(epochs=1),
          tokenizer_texts=[ROOT / "data/sft/safety_cot.jsonl", ROOT / "data/sft/reasoning_cot.jsonl"])
    records = (read_source("s", {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"})
               + read_source("r", {"path": str(ROOT / "data/sft/reasoning_cot.jsonl"), "kind": "reasoning"}))
    records = records * args.repeat
    if args.arch != "tiny":
        from transformers import Qwen2Config, Qwen2ForCausalLM

        tok = load_tokenizer(ModelSpec("tiny", str(tiny)))
        cfg = Qwen2Config(vocab_size=len(tok), max_position_embeddings=4096, tie_word_embeddings=True,
                          bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                          pad_token_id=tok.pad_token_id, **ARCHS[args.arch])
        rand = work / args.arch
        Qwen2ForCausalLM(cfg).save_pretrained(rand)
        tok.save_pretrained(rand)
        spec = ModelSpec(args.arch, str(rand))
    else:
        spec = ModelSpec("tiny", str(tiny))
    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()
    sft = SFTConfig(learning_rate=1e-4, epochs=args.epochs, batch_size=args.batch_size, max_length=args.max_length,
                    logging_steps=10, gradient_checkpointing=args.gradient_checkpointing)
    summary = train(spec, records, work / "out", sft, deepspeed=args.deepspeed)
    from safetensors import safe_open

    with safe_open(str(work / "out" / "model.safetensors"), "pt") as fh:
        params = sum(math.prod(fh.get_slice(k).get_shape()) for k in fh.keys())
    result = {
        "arch": args.arch, "device": torch.cuda.get_device_name() if torch.cuda.is_available() else platform.processor() or "cpu",
        "torch": torch.__version__, "transformers": transformers.__version__, "deepspeed": args.deepspeed,
        "examples": summary["examples"], "epochs": args.epochs, "tokens_seen": summary["tokens_seen"],
        "wall_time_s": summary["wall_time_s"], "tokens_per_s": summary["tokens_per_s"],
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_gpu_mib": round(torch.cuda.max_memory_allocated() / 2**20, 1) if torch.cuda.is_available() else None,
        "parameters": params, "threads": torch.get_num_threads(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
