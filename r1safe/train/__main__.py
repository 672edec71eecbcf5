"""``python -m r1safe.train``: the SFT entry point that launchers start.

CPU / one process:   python -m r1safe.train --model M --data train.jsonl --output DIR --hparams '{...}'
GPUs, ZeRO-3:         deepspeed --num_gpus N -m r1safe.train ... --deepspeed config/deepspeed/zero3.json
               or:    accelerate launch --num_processes N -m r1safe.train ... --deepspeed ...
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from r1safe.cli import Parser, json_object, one_line_errors
from r1safe.io import read_jsonl
from r1safe.models import ModelSpec
from r1safe.train.deepspeed_config import validate
from r1safe.train.sft import SFTConfig, train


@one_line_errors
def main(argv=None) -> int:
    ap = Parser(prog="python -m r1safe.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="HF id or local model directory")
    ap.add_argument("--name", default=None, help="the model's name in the config")
    ap.add_argument("--data", required=True, help="training set (JSONL chat records)")
    ap.add_argument("--output", required=True, help="output model directory")
    ap.add_argument("--hparams", default={}, type=json_object("--hparams"), help="SFT hyperparameters as JSON")
    ap.add_argument("--deepspeed", default=None, help="DeepSpeed JSON config (ZeRO-3 on GPUs)")
    ap.add_argument("--revision", default=None, help="hub revision of the model")
    ap.add_argument("--trust-remote-code", action="store_true")
    ap.add_argument("--allow-pickle", action="store_true")
    ap.add_argument("--local_rank", "--local-rank", type=int, default=-1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.deepspeed:
        validate(args.deepspeed)
    spec = ModelSpec(name=args.name or args.model, path=args.model, revision=args.revision,
                     trust_remote_code=args.trust_remote_code,
                     allow_pickle=args.allow_pickle)
    stop_at = float(os.environ["R1SAFE_STOP_AT"]) if os.environ.get("R1SAFE_STOP_AT") else None
    summary = train(spec, read_jsonl(args.data), args.output, SFTConfig.from_dict(args.hparams),
                    deepspeed=args.deepspeed, source=args.data, stop_at=stop_at)
    print(json.dumps({k: v for k, v in summary.items() if k != "loss_curve"}, indent=2))
    _shut_down_process_group()
    return STOPPED if summary.get("stopped") else 0


STOPPED = 75  # EX_TEMPFAIL: stopped before the time limit with a checkpoint; the job is submitted again


def _shut_down_process_group() -> None:
    """Every rank leaves the process group together before the interpreter exits: a rank that exits
    with the group's communication threads still running aborts ("terminate called without an
    active exception", SIGABRT), and torchrun then fails a training that had finished and saved."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


if __name__ == "__main__":
    sys.exit(main())
