"""``python -m r1safe.inference``: the generation stage outside Snakemake (same code, same shards).

    python -m r1safe.inference --benchmark results/benchmarks/b.jsonl --output out.jsonl \\
        --model deepseek-ai/DeepSeek-R1-Distill-Qwen-7B --generation '{"max_new_tokens": 8192}'

A run that is stopped (SIGTERM, as SLURM sends on preemption, or SIGKILL) keeps its finished
shards in ``<output>.shards/``; the same command resumes from them.
"""

from __future__ import annotations

import argparse
import json
import sys

from r1safe.cli import Parser, json_object, one_line_errors, positive_int
from r1safe.inference.base import GenerationConfig
from r1safe.inference.run import prepare_process, run
from r1safe.models import ModelSpec


@one_line_errors
def main(argv=None) -> int:
    ap = Parser(prog="python -m r1safe.inference", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--benchmark", required=True, help="normalized benchmark JSONL")
    ap.add_argument("--output", required=True)
    ap.add_argument("--model", required=True, help="HF id or local model directory")
    ap.add_argument("--name", default=None)
    ap.add_argument("--revision", default=None)
    ap.add_argument("--backend", default="transformers", choices=["transformers", "vllm", "auto"])
    ap.add_argument("--backend-options", default={}, type=json_object("--backend-options"),
                    help="backend options as JSON (vLLM engine arguments)")
    ap.add_argument("--generation", default={}, type=json_object("--generation"), help="generation settings as JSON")
    ap.add_argument("--shard-size", type=positive_int, default=64)
    ap.add_argument("--trust-remote-code", action="store_true")
    ap.add_argument("--allow-pickle", action="store_true")
    args = ap.parse_args(argv)
    prepare_process()
    spec = ModelSpec(name=args.name or args.model, path=args.model, revision=args.revision,
                     trust_remote_code=args.trust_remote_code, allow_pickle=args.allow_pickle)
    stats = run(args.benchmark, args.output, spec, GenerationConfig.from_dict(args.generation),
                backend=args.backend, shard_size=args.shard_size, model=args.name, backend_options=args.backend_options)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
