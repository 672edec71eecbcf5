"""The consensus MCQ key through the real workflow, with two tiny reference models: the votes, the key
and its report, ACC scored on the keyed items only and saying so in the tables; a user's key wins."""

import json

import polars as pl
import pytest
import yaml

from tests.conftest import copy_workflow
from tests.workflow.test_workflow import dry, smk


@pytest.mark.slow
def test_consensus_key_end_to_end(tmp_path):
    wd = copy_workflow(tmp_path)
    cfg = yaml.safe_load((wd / "config/config.yaml").read_text())
    for section in ("enhance", "synthesis"):
        cfg.pop(section)
    cfg["tiny_model"]["settings"]["epochs"] = 4
    cfg["models"] = {m: {"build": "tiny", "generation": {"max_new_tokens": 24}} for m in ("alpha", "beta")}
    mcq = cfg["benchmarks"]["chisafety_mcq"]
    user_key = mcq.pop("answer_key")
    mcq["consensus_key"] = {"models": ["alpha", "beta"], "samples": 3, "min_agreement": 0.5,
                            "generation": {"temperature": 1.0}}
    cfg["benchmarks"] = {"chisafety_mcq": mcq}
    (wd / "config/config.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True))
    smk(wd, "results/tables/safety.md")

    key = json.loads((wd / "results/keys/chisafety_mcq.json").read_text())
    report = json.loads((wd / "results/keys/chisafety_mcq.report.json").read_text())
    assert report["kind"] == "consensus" and report["models"] == ["alpha", "beta"] and report["samples"] == 3
    assert report["keyed"] == len(key) and report["keyed"] + sum(report["unkeyed"].values()) == report["items"] == 20
    assert all(sum(sum(v.values()) for v in it["per_model"].values()) == 6 for it in report["per_item"])
    assert set(report["model_sources"]) == {"alpha", "beta"} and all(report["model_sources"].values())
    for model in ("alpha", "beta"):
        rows = [json.loads(x) for x in (wd / f"results/judgments/{model}/chisafety_mcq.jsonl").read_text().splitlines()]
        assert {r["id"] for r in rows if r["gold_source"] == "consensus"} == set(key)
        acc = pl.read_csv(wd / f"results/scores/{model}/chisafety_mcq.csv").filter(
            (pl.col("risk_area") == "overall") & (pl.col("metric") == "ACC")).row(0, named=True)
        assert acc["n"] == len(key) and acc["excluded"] == 20 - len(key)  # unkeyed items: unscored, counted
    md = (wd / "results/tables/safety.md").read_text()
    assert "ACC of chisafety_mcq is computed against the consensus key of alpha, beta (3 samples each" in md
    # every format says it: the keyed subset's share, and that alpha and beta voted on their own key
    assert f"{len(key)} of 20 items" in md and "easier subset" in md and "scored against a key it voted on" in md
    assert "scored against a key it voted on" in (wd / "results/tables/safety.tex").read_text()
    safety = pl.read_csv(wd / "results/tables/safety.csv")
    assert all(v.endswith("scored against a key it voted on") for v in safety["acc_key"].drop_nulls())
    prov = json.loads((wd / "results/tables/provenance.json").read_text())
    assert prov["acc"]["chisafety_mcq"]["reference_models"] == ["alpha", "beta"] and "safety.csv" in prov["covers"]
    assert prov["acc"]["chisafety_mcq"]["keyed"] == len(key)

    # a key supplied by the user always wins: no votes, no consensus, and the tables say so
    mcq["answer_key"] = user_key
    (wd / "config/config.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True))
    counts = dry(wd, "results/tables/safety.md")
    assert "generate_key_votes" not in counts and "build_consensus_key" not in counts
    smk(wd, "results/tables/safety.md")
    assert "computed against the benchmark's answer key (mcq_answer_key.json)" in (wd / "results/tables/safety.md").read_text()
