"""``python -m r1safe.launch``: one node's share of a multi-node training job.

``srun`` starts this once per node (see :func:`r1safe.cluster.train_prefix`); each becomes a
``torch.distributed.run`` agent with ``--nproc-per-node`` ranks that rendezvous (c10d) on the job's
first node, so the ranks of every node form one process group (DeepSpeed ZeRO-3 across nodes)::

    srun --nodes=2 --ntasks=2 --ntasks-per-node=1 python -m r1safe.launch --nnodes 2 \\
        --nproc-per-node 8 --rdzv-port 29500 -- -m r1safe.train --model ... --deepspeed zero3.json

The rendezvous host is the first host of ``SLURM_JOB_NODELIST`` (``R1SAFE_RDZV_HOST`` overrides it),
the rendezvous id the SLURM job id.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys

from r1safe.cluster import first_node, torchrun_command


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m r1safe.launch", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nnodes", type=int, required=True)
    ap.add_argument("--nproc-per-node", type=int, required=True)
    ap.add_argument("--rdzv-port", type=int, default=29500)
    ap.add_argument("--rdzv-id", default=None, help="default: $SLURM_JOB_ID")
    ap.add_argument("rest", nargs=argparse.REMAINDER, help="-- then the training command's arguments")
    args = ap.parse_args(argv)
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    rdzv_id = args.rdzv_id or os.environ.get("SLURM_JOB_ID", "r1safe")
    cmd = torchrun_command(args.nnodes, args.nproc_per_node, first_node(), args.rdzv_port, rdzv_id, rest)
    print(f"node {os.environ.get('SLURM_NODEID', '?')}: {shlex.join(cmd)}", file=sys.stderr, flush=True)
    os.execv(cmd[0], cmd)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
