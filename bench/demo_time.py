"""The demo's wall time on this machine, from a clean state, through `make demo`'s own runner
(r1safe/workflow/demo.py): prints the total, the time per rule, and writes the per-rule job times the
runner's "time left" uses (r1safe/workflow/demo_timing.json) with the machine they were measured on.

    .venv/bin/python bench/demo_time.py [--cores 2] [--keep]     # from the repository root

It removes results/ and logs/ first (make clean) unless --keep. Record the figure in bench/NOTES.md
and the README with the date and the machine; it is a measurement, not a promise.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMING = ROOT / "r1safe/workflow/demo_timing.json"


def per_rule(timing_dir: Path) -> dict[str, float]:
    """Mean wall seconds of a job per rule, from Snakemake's benchmark files (logs/timing/<rule>/...)."""
    seconds = defaultdict(list)
    for tsv in timing_dir.rglob("*.tsv"):
        rule = tsv.relative_to(timing_dir).parts[0]
        with tsv.open() as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        if rows:
            seconds[rule].append(float(rows[-1]["s"]))
    return {r: round(sum(v) / len(v), 2) for r, v in sorted(seconds.items())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--keep", action="store_true", help="keep results/ and logs/ (time only what is stale)")
    args = ap.parse_args()
    os.chdir(ROOT)
    if not args.keep:
        for d in ("results", "logs"):
            shutil.rmtree(d, ignore_errors=True)
    env = {**os.environ, "PATH": f"{ROOT / 'profiles/local/no-slurm-wait'}{os.pathsep}{os.environ['PATH']}",
           "R1SAFE_SLURM_LIMITS": "off"}
    t0 = time.monotonic()
    rc = subprocess.call([sys.executable, "-m", "r1safe.workflow.demo", "--cores", str(args.cores)], env=env)
    wall = time.monotonic() - t0
    if rc != 0:
        return rc
    jobs = per_rule(ROOT / "logs/timing")
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.processor() or platform.platform()}"
    TIMING.write_text(json.dumps({"measured": time.strftime("%Y-%m-%d"), "machine": machine, "cores": args.cores,
                                  "wall_s": round(wall, 1), "per_job_s": jobs}, indent=2) + "\n")
    print(f"\ndemo: {wall:.1f} s wall on {args.cores} cores ({machine}); per job (s): {jobs}")
    print(f"written: {TIMING.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
