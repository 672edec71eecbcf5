"""The synthesis rules with the teacher on vLLM: the same Snakemake rules as the demo, the
teacher's candidates sampled by ``vllm.LLM`` (the CPU build here, `make test-vllm`; a GPU on a
cluster) and then judged and selected as usual."""

import json

import pytest
import yaml

from tests.conftest import copy_workflow
from tests.workflow.test_workflow import smk

pytest.importorskip("vllm", reason="vllm is not installed here (make test-vllm)")

pytestmark = [pytest.mark.vllm, pytest.mark.slow]


def test_synthesis_rules_sample_the_teachers_candidates_with_vllm(tmp_path):
    wd = copy_workflow(tmp_path)
    cfg_path = wd / "config/config.yaml"
    cfg = yaml.safe_load(cfg_path.read_text())
    syn = cfg["synthesis"]
    # vLLM's CPU build: the KV cache is a share of RAM; eager mode (no graph capture)
    syn["teacher_model"].update(backend="vllm", dtype="float32",
                                vllm={"enforce_eager": True, "max_model_len": 512, "gpu_memory_utilization": 0.3})
    syn["shortfall"] = "keep"  # a test of the rules, not of this teacher's quality per area
    cfg_path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    smk(wd, "results/synthesis/datasheet.md")

    cands = [json.loads(x) for x in (wd / "results/synthesis/candidates.jsonl").read_text().splitlines()]
    prompts = (wd / "results/synthesis/prompts.jsonl").read_text().splitlines()
    k = syn["candidates"]
    assert len(cands) == len(prompts) * k and {c["backend"] for c in cands} == {"vllm"}
    assert {c["sample"] for c in cands} == set(range(k))
    manifest = json.loads((wd / "results/synthesis/candidates.manifest.json").read_text())
    assert manifest["backend_resolved"] == "vllm" and manifest["generation"]["n"] == k
    # k sampled candidates of one prompt are not all one text (sampling, not k copies of greedy)
    by_prompt = {}
    for c in cands:
        by_prompt.setdefault(c["id"], set()).add(c["text"])
    assert any(len(texts) > 1 for texts in by_prompt.values())
    sheet = json.loads((wd / "results/synthesis/datasheet.json").read_text())
    assert sheet["teacher"]["backend"] == "vllm" and sheet["total"]["candidates"] == len(cands)
    accepted = (wd / "results/synthesis/accepted.jsonl").read_text().splitlines()
    assert len(accepted) == sheet["total"]["selected"] > 0
