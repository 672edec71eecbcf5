"""Snakemake's own scheduling overhead: wall time of `snakemake -n` on the paper configuration
scaled to N models (the paper's models first, then copies of the distilled ones under new names,
each enhanced and with a base, as a growing study would add them).

    .venv/bin/python bench/dryrun_scaling.py [7 20 50]

Runs in a temporary copy of the workflow with the bundled samples standing in for the
CHiSafetyBench files; no weights are needed. Reports the median of 3 runs per size.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def workspace() -> Path:
    wd = Path(tempfile.mkdtemp(prefix="r1safe-dry-"))
    for name in ("Snakefile", "rules", "scripts", "config", "data", "envs", "profiles", "report"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, wd / name)
    (wd / "resources/chisafetybench").mkdir(parents=True)
    (wd / "resources/sft").mkdir(parents=True)
    for f in (ROOT / "data/samples/chisafetybench").glob("*.json"):
        shutil.copy2(f, wd / "resources/chisafetybench" / f.name)
    shutil.copy2(ROOT / "data/sft/safety_cot.jsonl", wd / "resources/sft/safety_cot.jsonl")
    (wd / "resources/synthesis").mkdir(parents=True)
    shutil.copy2(ROOT / "data/synthesis/seeds.jsonl", wd / "resources/synthesis/seeds.jsonl")
    return wd


def scaled(cfg: dict, n: int) -> dict:
    models = dict(list(cfg["models"].items())[:n]) if n <= 7 else dict(cfg["models"])
    originals = {k: v for k, v in cfg["models"].items() if k.startswith("r1-distill")}
    i = 0
    while len(models) < n:
        for name, entry in originals.items():
            if len(models) >= n:
                break
            models[f"{name}-v{i}"] = {**entry, "base": entry["base"]}
        i += 1
    # the first 7 are the R1 models (R1 and its base replaced by the 6 distilled when n == 7)
    if n == 7:
        models = {k: v for k, v in cfg["models"].items() if k.startswith(("deepseek-r1", "r1-distill"))}
        models = {k: {kk: vv for kk, vv in v.items() if kk != "base"} for k, v in models.items()}
    return {**cfg, "models": models}


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [7, 20, 50]
    wd = workspace()
    base = yaml.safe_load((wd / "config/paper.yaml").read_text())
    results = []
    for n in sizes:
        cfg = scaled(base, n)
        path = wd / f"config/scaled-{n}.yaml"
        path.write_text(yaml.safe_dump(cfg))
        times, jobs = [], None
        for _ in range(3):
            t0 = time.perf_counter()
            p = subprocess.run([sys.executable, "-m", "snakemake", "-n", "--configfile", str(path), "--quiet", "rules"],
                               cwd=wd, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            if p.returncode != 0:
                raise SystemExit(p.stderr[-3000:])
            for line in (p.stdout + p.stderr).splitlines():
                if line.startswith("total"):
                    jobs = int(line.split()[1])
        n_eval = len(cfg["models"]) + sum(1 for e in cfg["models"].values() if e.get("enhance"))
        results.append({"models": len(cfg["models"]), "evaluated_models": n_eval, "jobs": jobs,
                        "median_s": round(statistics.median(times), 2), "runs_s": [round(t, 2) for t in times]})
        print(json.dumps(results[-1]), flush=True)


if __name__ == "__main__":
    main()
