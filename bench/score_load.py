"""Scoring load: one million synthetic judged refusal responses through the score stage.

    .venv/bin/python bench/score_load.py [--rows 1000000]

Writes the synthetic judgments JSONL (as the judge stage writes them), then times
``r1safe.metrics.score.run`` on it in a fresh process and reports wall time and peak RSS of that
process. Goal (issue 6): under 5 s and 2 GiB on the 2-core project machine.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AREAS = ["discrimination", "values", "commercial", "rights", "service"]

CHILD = """
import resource, sys, time, json
t0 = time.perf_counter()
from r1safe.metrics.score import run
df = run(sys.argv[1], sys.argv[2], "m", "b", max_error_rate=0.5)
wall = time.perf_counter() - t0
print(json.dumps({"wall_s": round(wall, 3), "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "score_rows": df.height}))
"""


def synth(path: Path, rows: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            label = rng.choice([0, 1, 2, 3, 3, None]) if rng.random() > 0.01 else None
            fh.write(json.dumps({
                "id": str(i), "sample": 0, "model": "m", "benchmark": "b", "task": "refusal",
                "risk_area": AREAS[i % 5], "category": "c", "think_closed": True, "finish_reason": "stop",
                "label": label, "label_name": None, "judge_error": None if label is not None else "x",
                "error_kind": None if label is not None else "no_answer", "evidence": "抱歉", "judge": "rule:rule-1",
            }, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="r1safe-load-"))
    src = work / "judgments.jsonl"
    t0 = time.perf_counter()
    synth(src, args.rows)
    gen = time.perf_counter() - t0
    out = subprocess.run([sys.executable, "-c", CHILD, str(src), str(work / "scores.csv")], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result.update(rows=args.rows, file_mib=round(src.stat().st_size / 2**20, 1), synth_s=round(gen, 1))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
