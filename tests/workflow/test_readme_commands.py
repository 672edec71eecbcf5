"""The README's commands work as printed on a fresh clone (a copy of the workflow with no results and
none of the paper's downloaded inputs), and the numbers and tables it prints are the ones these
commands produce."""

import os
import re
import subprocess
import sys

from tests.conftest import ROOT, copy_workflow
from tests.workflow.test_workflow import job_counts

README = (ROOT / "README.md").read_text()
GUIDE = (ROOT / "docs/user-guide.md").read_text()
CLUSTER = (ROOT / "docs/cluster.md").read_text()


def _run(wd, *args):
    return subprocess.run(args, cwd=wd, capture_output=True, text=True, timeout=600)


def test_the_paper_dry_run_works_without_its_inputs_and_counts_what_the_readme_says(tmp_path):
    wd = copy_workflow(tmp_path)
    assert not (wd / "resources").exists()
    line = next(ln for ln in README.splitlines() if "snakemake -n --configfile config/paper.yaml" in ln)
    assert line.startswith("R1SAFE_PLAN_WITHOUT_INPUTS=1 .venv/bin/snakemake -n --configfile config/paper.yaml")
    p = subprocess.run([sys.executable, "-m", "snakemake", "-n", "--configfile", "config/paper.yaml"], cwd=wd,
                       capture_output=True, text=True, timeout=600,
                       env={**os.environ, "R1SAFE_PLAN_WITHOUT_INPUTS": "1"})
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-3000:]
    assert "resources/chisafetybench/mcq.json" in out and "a real run stops on them before any job" in out
    promised = int(re.search(r"the paper's (\d+) jobs", README).group(1))
    assert sum(job_counts(out).values()) == promised
    # without it even a dry run stops on them, and a real run does, whatever the variable says
    p = _run(wd, sys.executable, "-m", "snakemake", "-n", "--configfile", "config/paper.yaml")
    assert p.returncode != 0 and "resources/chisafetybench/mcq.json' does not exist" in p.stdout + p.stderr
    p = subprocess.run([sys.executable, "-m", "snakemake", "--cores", "1", "--configfile", "config/paper.yaml"],
                       cwd=wd, capture_output=True, text=True, timeout=600,
                       env={**os.environ, "R1SAFE_PLAN_WITHOUT_INPUTS": "1"})
    assert p.returncode != 0 and "resources/chisafetybench/mcq.json' does not exist" in p.stdout + p.stderr
    assert not (wd / "results").exists()


def test_the_dag_command_as_printed(tmp_path):
    wd = copy_workflow(tmp_path)
    line = next(ln for ln in GUIDE.splitlines() if "--dag" in ln and "snakemake" in ln)
    cmd = line.split("|")[0].split()
    assert cmd[0].endswith("snakemake")
    p = _run(wd, sys.executable, "-m", "snakemake", *cmd[1:])
    assert p.returncode == 0 and p.stdout.startswith("digraph"), p.stderr[-2000:]


def test_the_cluster_plan_in_the_cluster_guide_is_what_the_command_prints():
    p = subprocess.run([sys.executable, "-m", "r1safe", "cluster-plan", "--configfile", "config/paper.yaml"],
                       cwd=ROOT, capture_output=True, text=True, check=True)
    block = CLUSTER[CLUSTER.index("<!-- cluster-plan:start -->") + len("<!-- cluster-plan:start -->"):
                    CLUSTER.index("<!-- cluster-plan:end -->")]
    assert block.strip() == p.stdout.strip()
    assert "4 nodes x 8 GPUs" in p.stdout  # the 70B's SFT spans nodes


def test_the_slurm_profile_resolves_as_typed_from_the_root(tmp_path):
    """`snakemake --profile slurm` from the root of a fresh copy: Snakemake finds the named profile
    (it looks in the working directory first) and plans the run with the SLURM executor."""
    wd = copy_workflow(tmp_path)
    p = _run(wd, sys.executable, "-m", "snakemake", "--profile", "slurm", "-n", "--slurm-no-account")
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-3000:]
    assert "no profile.yaml" not in out and "Job stats" in out


def test_the_docs_figures_are_what_the_commands_print():
    """docs/gpu-hours.md's work block is `estimate`'s output; the user guide's judge table is
    measured.json's figures (regenerate both from their commands, never by hand)."""
    import json

    doc = (ROOT / "docs/gpu-hours.md").read_text(encoding="utf-8")
    block = doc.split("<!-- estimate:start -->\n```text\n", 1)[1].split("```\n<!-- estimate:end -->", 1)[0]
    p = subprocess.run([sys.executable, "-m", "r1safe", "estimate", "--configfile", "config/paper.yaml"], cwd=ROOT,
                       capture_output=True, text=True, check=True)
    assert block == p.stdout, "docs/gpu-hours.md is stale: paste the command's output between its markers"
    from r1safe.metrics.stats import wilson

    m = json.loads((ROOT / "r1safe/judge/measured.json").read_text(encoding="utf-8"))["rule"]
    h = m["holdout"]
    row = next(ln for ln in GUIDE.splitlines()
               if ln.strip().startswith(f"| {m['version']}, realistic holdout round ") and f"({h['n']}) |" in ln)
    cells = [c.strip().replace("*", "") for c in row.strip().strip("|").split("|")]
    lo, hi = wilson(round(h["accuracy"] * h["n"]), h["n"])
    d = h["detection"]

    def ci(x):
        return f"{x['value']:.2f} [{x['ci95'][0]:.2f}, {x['ci95'][1]:.2f}]"
    assert cells[1:] == [f"{h['accuracy']:.2f} [{lo:.2f}, {hi:.2f}] ({h['accuracy_decided']:.2f})",
                         f"{h['uncertain'] / h['n']:.1%}", ci(d["refusal_detection"]),
                         f"{d['harm_recall']['value']:.2f} / {d['harm_precision']['value']:.2f}",
                         ci(d["harmless_called_harmful"]), f"{h['rates']['RR-1']['error']:+.2f}"]
    t = m["test"]
    assert f"| {m['version']}, templated test part ({t['n']}, tuned on) | {t['accuracy']:.2f} | {t['uncertain']:.0%} |" in GUIDE


def test_the_slurm_quick_start_runs_as_printed_on_a_fresh_clone(tmp_path):
    """docs/cluster.md's SLURM quick start, line by line on a fresh copy, up to the dry run: the
    benchmark's files fetched (from a loopback mirror of the public files: no network here), the
    seed prompts staged (the demo's stand in for yours), the plan of what each job asks SLURM for, and
    a dry run through the SLURM profile that checks every input. Submitting is the SLURM tests' part."""
    import functools
    import http.server
    import shlex
    import threading

    import pytest

    from tests.conftest import SHARED

    if not SHARED.exists():
        pytest.skip("../shared/chisafetybench (the public files served by the mirror) is absent")
    block = CLUSTER[CLUSTER.index("<!-- slurm-quickstart:start -->"):CLUSTER.index("<!-- slurm-quickstart:end -->")]
    lines = [ln.split("  #")[0].strip() for ln in block.splitlines() if ln and not ln.startswith(("```", "<!--"))]
    wd = copy_workflow(tmp_path)
    (wd / "my_seeds.jsonl").write_bytes((ROOT / "data/synthesis/seeds.jsonl").read_bytes())
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(SHARED)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    env = {**os.environ}
    try:
        for line in lines:
            if line.startswith("make install"):
                continue  # this suite runs in the installed environment
            if line.startswith("export "):
                env.update(dict(kv.split("=", 1) for kv in shlex.split(line)[1:]))
                continue
            argv = shlex.split(line)
            if argv[0].endswith("snakemake") and "-n" not in argv:
                continue  # submitting: tests/workflow/test_slurm.py
            if "fetch-data" in argv:
                argv += ["--base-url", f"http://127.0.0.1:{httpd.server_address[1]}"]
            if argv[0] == ".venv/bin/snakemake":
                argv = [sys.executable, "-m", "snakemake", *argv[1:]]
            elif argv[0] == ".venv/bin/python":
                argv = [sys.executable, *argv[1:]]
            p = subprocess.run(line if "&&" in line else argv, shell="&&" in line, cwd=wd, capture_output=True,
                               text=True, timeout=600, env={**env, "HF_HOME": str(tmp_path / "hf")})
            assert p.returncode == 0, f"{line}\n{(p.stdout + p.stderr)[-3000:]}"
            if argv[-1:] and "snakemake" in argv[:3] and "-n" in argv:
                assert "This was a dry-run" in p.stdout + p.stderr, (p.stdout + p.stderr)[-2000:]
                assert "dry run planned without" not in p.stdout + p.stderr  # every input is in place
            if "cluster-plan" in line:
                assert "| train_sft deepseek-r1 | gpu | 16 | 8 | 96 | 16 |" in p.stdout, p.stdout[-2000:]
    finally:
        httpd.shutdown()
    assert (wd / "resources/chisafetybench/mcq.json").exists() and not (wd / "results").exists()
