"""Planning cost: the paper configuration's dry run beside Snakemake's own floor, an empty one-rule
workflow's dry run, measured side by side in one run (interleaved, median of 5 each), in a temporary
copy of the workflow with the bundled samples standing in for the CHiSafetyBench files.

    .venv/bin/python bench/plan_speed.py [--runs 5]

Prints one JSON line: both medians, the paper plan's jobs, and the ratio (the goal: at most 1.3).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dryrun_scaling import workspace  # noqa: E402  (the same staged copy as the scaling benchmark)

EMPTY = 'rule all:\n    output: "x"\n    shell: "touch {output}"\n'


def timed(cmd: list[str], cwd: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(p.stdout[-2000:] + p.stderr[-3000:])
    return wall, p.stdout + p.stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    wd = workspace()
    empty = wd / "empty"
    empty.mkdir()
    (empty / "Snakefile").write_text(EMPTY)
    snake = [sys.executable, "-m", "snakemake", "-n", "--quiet", "rules", "--cores", "1"]
    paper, floor, jobs = [], [], None
    for _ in range(args.runs):
        t, out = timed([*snake, "--configfile", "config/paper.yaml"], wd)
        paper.append(t)
        jobs = next((int(line.split()[1]) for line in out.splitlines() if line.startswith("total")), jobs)
        floor.append(timed(snake, empty)[0])
    p, f = statistics.median(paper), statistics.median(floor)
    print(json.dumps({"paper_jobs": jobs, "paper_dry_run_s": round(p, 2), "empty_dry_run_s": round(f, 2),
                      "ratio": round(p / f, 2), "paper_runs_s": [round(x, 2) for x in paper],
                      "empty_runs_s": [round(x, 2) for x in floor]}))


if __name__ == "__main__":
    main()
