"""``python -m r1safe.raynode ray start ...``: a Ray worker of a multi-node vLLM job, started by srun on
each node but the first (r1safe.cluster.RayCluster). It joins with its own node's address (SLURM's
NodeAddr of ``$SLURMD_NODENAME``, what the head reaches it at), not whatever interface Ray would pick.
"""

from __future__ import annotations

import os
import sys

from r1safe.cluster import node_address


def main(argv: list[str] | None = None) -> int:
    cmd = list(sys.argv[1:] if argv is None else argv)
    node = os.environ.get("SLURMD_NODENAME")
    if node and not any(a.startswith("--node-ip-address") for a in cmd):
        cmd.insert(2, f"--node-ip-address={node_address(node)}")
    print(f"ray worker on {node or '?'}: {' '.join(cmd)}", file=sys.stderr, flush=True)
    os.execv(cmd[0], cmd)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
