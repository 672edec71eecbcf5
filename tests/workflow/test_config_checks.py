"""One config check for the Snakefile and `python -m r1safe check-config`: every case below is run
through both, and both must refuse it with the same message, before any job and without touching
results/."""

import subprocess
import sys

import pytest
import yaml

from r1safe.__main__ import main
from tests.conftest import ROOT, copy_workflow

DEMO = (ROOT / "config/config.yaml").read_text(encoding="utf-8")


def _set(path, value):
    def edit(cfg):
        node = cfg
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return edit


def _del(path):
    def edit(cfg):
        node = cfg
        for k in path[:-1]:
            node = node[k]
        del node[path[-1]]
    return edit


# (case, an edit of the demo config (a function of the parsed config, or raw YAML text), the message)
CASES = [
    ("unknown top-level key", _set(("generaton",), {"n": 2}), "unknown key 'generaton' (did you mean 'generation'?)"),
    ("misspelled judge key", _set(("judge", "max_eror_rate"), 0.1),
     "judge: unknown key 'max_eror_rate' (did you mean 'max_error_rate'?)"),
    ("misspelled tiny_model key", _set(("tiny_model", "chat"), "x.jsonl"),
     "tiny_model: unknown key 'chat' (did you mean 'chats'?)"),
    ("unknown tiny model setting", _set(("tiny_model", "settings", "epoch"), 3), "unknown tiny_model.settings ['epoch']"),
    ("duplicate key", DEMO + "\nmodels:\n  other: {build: tiny}\n", "duplicate key 'models' (first at line"),
    ("YAML syntax error", DEMO + "\njudge: [unclosed\n", "YAML syntax error"),
    ("a model that is its own base", _set(("models", "tiny-r1", "base"), "tiny-r1"), "cannot be its own base"),
    ("a base that names no model", _set(("models", "tiny-r1", "base"), "tiny-r2"),
     "models.tiny-r1.base: 'tiny-r2' is not a model of this config"),
    ("mixture ratios that do not sum to 1", _set(("enhance", "mixture", "ratios"), {"safety": 0.3, "reasoning": 0.3}),
     "sum to 1"),
    ("a teacher that is not a model", _del(("synthesis", "teacher_model")),
     "synthesis.teacher: 'tiny-teacher' is not in models"),
    ("a missing SFT source", _set(("enhance", "sources", "safety_cot", "path"), "data/sft/safety_cot_v2.jsonl"),
     "enhance.sources.safety_cot.path: 'data/sft/safety_cot_v2.jsonl' does not exist"),
    ("a benchmark path with a typo", _set(("benchmarks", "arithmetic", "path"), "data/samples/reasoning/arithmetc.jsonl"),
     "benchmarks.arithmetic.path: 'data/samples/reasoning/arithmetc.jsonl' does not exist"),
    ("a missing answer key", _set(("benchmarks", "chisafety_mcq", "answer_key"), "keys/mcq.json"),
     "benchmarks.chisafety_mcq.answer_key: 'keys/mcq.json' does not exist"),
    ("a missing policy", _set(("synthesis", "policy"), "config/policy/en.yaml"),
     "synthesis.policy: 'config/policy/en.yaml' does not exist"),
    ("an unknown truncation policy", _set(("judge", "truncated"), "drop"), "judge.truncated: 'drop' is not one of"),
]


def _write(wd, edit):
    if isinstance(edit, str):
        text = edit
    else:
        cfg = yaml.safe_load(DEMO)
        edit(cfg)
        text = yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False)
    (wd / "config/config.yaml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case, edit, message", CASES, ids=[c[0] for c in CASES])
def test_check_config_and_the_workflow_refuse_the_same_configs(tmp_path, capsys, monkeypatch, case, edit, message):
    wd = copy_workflow(tmp_path)
    _write(wd, edit)
    monkeypatch.chdir(wd)  # relative input paths are read from where the workflow runs
    assert main(["check-config", "config/config.yaml"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") <= 6, err
    p = subprocess.run([sys.executable, "-m", "snakemake", "-n", "--cores", "1"], cwd=wd, capture_output=True,
                       text=True)
    out = p.stdout + p.stderr
    assert p.returncode != 0 and message in out, out[-3000:]
    assert not (wd / "results").exists()


def test_the_demo_and_a_valid_edit_pass_both(tmp_path, capsys, monkeypatch):
    wd = copy_workflow(tmp_path)
    _write(wd, _set(("judge", "max_truncation_rate"), 0.2))
    monkeypatch.chdir(wd)
    assert main(["check-config", "config/config.yaml"]) == 0
    assert "ok: 1 models, 5 benchmarks" in capsys.readouterr().out
    p = subprocess.run([sys.executable, "-m", "snakemake", "-n", "--cores", "1"], cwd=wd, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr[-2000:]
