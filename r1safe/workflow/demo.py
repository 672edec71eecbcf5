"""``make demo``: the embedded demo run with a progress line per stage and the time left, then the HTML
report, then the run's summary (``results/tables/summary.txt``) and the paths to open.

Snakemake's own output goes to ``logs/demo.log`` (its tail is printed when a job fails). The time left
is the demo's measured time per rule (``demo_timing.json``, written by ``bench/demo_time.py`` on two idle
cores) for the jobs still to run, scaled by this machine's pace so far.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

TIMING = Path(__file__).with_name("demo_timing.json")
LOG = Path("logs/demo.log")
REPORT = "results/report.html"
SUMMARY = Path("results/tables/summary.txt")

# Each rule's stage, in the words a newcomer reads (the rules are in rules/*.smk).
STAGES = {
    "check_benchmark": "benchmarks in", "prepare_benchmark": "benchmarks in",
    "build_tiny_model": "tiny models trained",
    "prepare_synthesis_prompts": "safety data synthesized", "generate_candidates": "safety data synthesized",
    "judge_candidates": "safety data synthesized", "select_candidates": "safety data synthesized",
    "clean_sft_pool": "SFT mixture built", "find_overlap": "SFT mixture built", "decontam_drops": "SFT mixture built",
    "build_mixture": "SFT mixture built",
    "train_sft": "safety SFT",
    "generate_responses": "responses generated", "judge_responses": "responses judged",
    "score_responses": "scores", "make_tables": "tables and plots", "make_plots": "tables and plots",
    "contamination_report": "tables and plots", "review_tables": "tables and plots", "review_sample": "tables and plots",
}
_JOB_STATS = re.compile(r"^(\w+)\s+(\d+)$")
_FINISHED = re.compile(r"^Finished jobid: \d+ \(Rule: (\w+)\)")
_STARTED = re.compile(r"^(?:local)?rule (\w+):$")


@dataclass
class Progress:
    """What the Snakemake output says so far: the jobs planned per rule and those finished."""

    expected_s: dict[str, float]
    planned: dict[str, int] = field(default_factory=dict)
    finished: dict[str, int] = field(default_factory=dict)
    started: set = field(default_factory=set)
    _in_stats: bool = False

    def feed(self, line: str) -> tuple[str, str] | None:
        """Read one line of Snakemake's output; returns ("started", stage) for the first job of a
        stage, ("done", stage) for the job that completes a stage, else None."""
        line = line.rstrip()
        if line.startswith("Job stats:"):
            self._in_stats = True
            return None
        if self._in_stats:
            m = _JOB_STATS.match(line)
            if m and m.group(1) == "total":
                self._in_stats = False
            elif m:
                self.planned[m.group(1)] = int(m.group(2))
            return None
        m = _STARTED.match(line)
        if m and STAGES.get(m.group(1)) and STAGES[m.group(1)] not in self.started:
            self.started.add(STAGES[m.group(1)])
            return "started", STAGES[m.group(1)]
        m = _FINISHED.match(line)
        if m:
            self.finished[m.group(1)] = self.finished.get(m.group(1), 0) + 1
            if self.stage_done(m.group(1)):
                return "done", STAGES[m.group(1)]
        return None

    def seconds(self, which: str) -> float:
        jobs = self.finished if which == "done" else {
            r: n - self.finished.get(r, 0) for r, n in self.planned.items()}
        return sum(n * self.expected_s.get(r, 5.0) for r, n in jobs.items())

    def left_s(self, elapsed: float, cores: int) -> float | None:
        """Seconds left: the remaining jobs' measured times, at this run's pace so far."""
        done, left = self.seconds("done"), self.seconds("left")
        if not self.planned:
            return None
        # this machine's pace once a tenth of the work is done; the measured times before that
        pace = elapsed / (done / cores) if done >= 0.1 * (done + left) else 1.0
        return left / cores * pace

    def stage_done(self, rule: str) -> bool:
        stage = STAGES.get(rule)
        return stage is not None and all(self.finished.get(r, 0) >= n for r, n in self.planned.items() if STAGES.get(r) == stage)


def fmt_s(s: float) -> str:
    s = int(round(s))
    return f"{s // 60} min {s % 60:02d} s" if s >= 60 else f"{s} s"


def run(cores: int = 2, snakemake: str | None = None) -> int:
    smk = snakemake or str(Path(sys.executable).with_name("snakemake"))
    expected = json.loads(TIMING.read_text())["per_job_s"] if TIMING.exists() else {}
    LOG.parent.mkdir(parents=True, exist_ok=True)
    progress, t0 = Progress(expected), time.monotonic()
    print(f"r1safe demo: running the pipeline on {cores} cores (Snakemake's output: {LOG})", flush=True)
    with LOG.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen([smk, "--profile", "profiles/local", "--cores", str(cores)], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, bufsize=1)
        for line in proc.stdout:
            log.write(line)
            event = progress.feed(line)
            if event:
                elapsed = time.monotonic() - t0
                left = progress.left_s(elapsed, cores)
                total = sum(progress.planned.values())
                print(f"  [{fmt_s(elapsed):>10}] {event[1]}: {event[0]} "
                      f"({sum(progress.finished.values())}/{total} jobs done"
                      + (f", about {fmt_s(left)} left)" if left is not None and left >= 1 else ")"), flush=True)
        rc = proc.wait()
    if rc != 0:
        tail = LOG.read_text(encoding="utf-8").splitlines()[-40:]
        print("\n".join(tail), file=sys.stderr)
        print(f"r1safe demo: Snakemake stopped (exit {rc}); its whole output is in {LOG}", file=sys.stderr)
        return rc
    if not progress.planned:
        print("  nothing to do: every output is up to date (make clean to run it again)", flush=True)
    report = subprocess.run([smk, "--profile", "profiles/local", "--cores", str(cores), "--report", REPORT],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with LOG.open("a", encoding="utf-8") as log:
        log.write(report.stdout)
    if report.returncode != 0:
        print(report.stdout[-3000:], file=sys.stderr)
        print(f"r1safe demo: the HTML report could not be built (exit {report.returncode})", file=sys.stderr)
        return report.returncode
    print(f"  [{fmt_s(time.monotonic() - t0):>10}] HTML report: {REPORT}\n", flush=True)
    print(SUMMARY.read_text(encoding="utf-8"), end="", flush=True)
    return 0


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m r1safe.workflow.demo", description=__doc__)
    ap.add_argument("--cores", type=int, default=int(os.environ.get("CORES", "2")))
    return run(ap.parse_args(argv).cores)


if __name__ == "__main__":
    sys.exit(main())
