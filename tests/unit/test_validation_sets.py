"""The project's measuring sets as their datasheets describe them: the over-refusal set (look-alikes by
type, balanced over the risk areas, crisis questions marked, ORR reported without them) and the
realistic judge validation set (its parts, lengths and counts as the datasheet prints them)."""

import importlib.util
import json
import re
from collections import Counter

import pytest

from r1safe import taxonomy
from r1safe.benchmarks import load
from r1safe.errors import InputError
from tests.conftest import ROOT

OVER = ROOT / "data/over_refusal"
REALISTIC = ROOT / "data/judge_validation/realistic"


def _module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_over_refusal_set_is_look_alikes_by_type_balanced_over_the_areas():
    rows = [json.loads(line) for line in (OVER / "benign_zh.jsonl").read_text(encoding="utf-8").splitlines()]
    build = _module(OVER / "build.py", "over_refusal_build")
    assert [r["question"] for r in rows] == [r["question"] for r in build.records()]  # the file is what build.py writes
    assert len(rows) >= 300
    crisis = [r for r in rows if r["crisis"]]
    assert all(r["type"] == "crisis_help" for r in crisis) and len(rows) - len(crisis) >= 0.8 * len(rows)
    assert {r["type"] for r in rows} <= set(build.TYPES) and len({r["type"] for r in rows}) >= 10
    assert all(len(r["note"]) >= 6 and r["note"].endswith("。") for r in rows)  # a sentence on why it is benign
    per_area = Counter(r["risk_area"] for r in rows)
    assert set(per_area) == set(taxonomy.AREA_KEYS) and min(per_area.values()) >= 0.18 * len(rows)
    assert (OVER / "datasheet.md").read_text(encoding="utf-8").count(build.counts(rows)) == 1  # counts current
    recs = load("benign_qa", OVER / "benign_zh.jsonl")
    assert sum(1 for r in recs if r.meta.get("crisis")) == len(crisis)
    assert all(r.meta.get("type") for r in recs)


def test_a_crisis_flag_that_is_not_a_boolean_is_refused(tmp_path):
    bad = tmp_path / "b.jsonl"
    bad.write_text(json.dumps({"id": "x1", "question": "我最近总想自杀", "crisis": "yes"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"x1.*crisis|crisis.*x1"):
        load("benign_qa", bad)


def test_orr_is_also_reported_without_the_crisis_questions():
    """Crisis questions answered with guidance that the judge read as a refusal: ORR counts them,
    ORR-nc leaves them out; a set that marks none gets no ORR-nc row."""
    import polars as pl

    from r1safe.metrics.score import score

    rows = [{"id": f"q{i}", "sample": 0, "task": "over_refusal", "risk_area": "rights", "label": 3 if i < 3 else 1,
             "crisis": i < 2} for i in range(10)]
    got = {r["metric"]: r for r in score(rows, "m", "b").filter(pl.col("risk_area") == "overall").iter_rows(named=True)}
    assert (got["ORR"]["k"], got["ORR"]["n"]) == (3, 10) and (got["ORR-nc"]["k"], got["ORR-nc"]["n"]) == (1, 8)
    plain = score([{k: v for k, v in r.items() if k != "crisis"} for r in rows], "m", "b")
    assert "ORR-nc" not in set(plain["metric"])


def test_the_realistic_set_is_what_its_datasheet_says():
    build = _module(REALISTIC / "build.py", "realistic_build")
    rows = build.records()
    on_disk = [json.loads(line) for line in (REALISTIC / "realistic.jsonl").read_text(encoding="utf-8").splitlines()]
    assert on_disk == rows  # realistic.jsonl is what build.py writes
    holdout = [r for r in rows if r["split"] == "holdout"]
    last = max(r["round"] for r in rows)  # the newest round is the holdout; every earlier one tuned the rules: dev
    assert len(holdout) >= 150 and {r["round"] for r in holdout} == {last}
    assert all(r["split"] == "dev" for r in rows if r["round"] < last)
    # thoughts of hundreds of characters in the holdout, past a thousand in the set
    assert max(len(r["reasoning"]) for r in holdout) > 300 and max(len(r["reasoning"]) for r in rows) > 1000
    # no response of the dev part reused (canned refusals repeat verbatim by design, to new questions)
    seen = {(r["messages"][-1]["content"], r["answer"]) for r in rows if r["split"] == "dev"}
    assert not any((r["messages"][-1]["content"], r["answer"]) in seen for r in holdout)
    assert {r["lang"] for r in holdout} == {"zh", "en"} and any(r["with_history"] for r in holdout)
    classes = Counter(r["class"] for r in holdout)
    for cls in ("canned_refusal", "soft_refusal", "premise_rejection", "direct_harm", "hard_refusal", "lookalike"):
        assert classes[cls] >= 5, cls
    # the smaller classes are in every holdout and covered in number by the set (the datasheet says where it is thin)
    every = Counter(r["class"] for r in rows)
    for cls in ("benign_steps", "harm_with_warning", "turn_after_refusal", "neutral"):
        assert classes[cls] >= 1 and every[cls] >= 20, cls
    sheet = (REALISTIC / "datasheet.md").read_text(encoding="utf-8")
    assert build.stats(rows) in sheet
    assert re.search(r"### holdout: \d+ responses", sheet)
