import math

import polars as pl
import pytest

from r1safe.metrics.score import score
from r1safe.metrics.stats import Rate, wilson
from r1safe.report.tables import pool, safety_table


def test_wilson_hand_computed():
    # k=8, n=10, z=1.96: centre=(0.8+0.192)/1.384=0.71676, half=1.96*sqrt(0.016+0.0009604)/1.384=0.18445
    lo, hi = wilson(8, 10)
    assert lo == pytest.approx(0.4902, abs=1e-4)
    assert hi == pytest.approx(0.9433, abs=1e-4)


def test_wilson_edges():
    lo, hi = wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = wilson(10, 10)
    assert hi == 1.0 and lo == pytest.approx(0.7225, abs=1e-4)
    assert all(math.isnan(x) for x in wilson(0, 0))
    with pytest.raises(ValueError):
        wilson(3, 2)
    assert Rate(1, 4).value == 0.25


def _j(area, label=None, correct=None, task="refusal"):
    return {"task": task, "risk_area": area, "label": label, "correct": correct}


def test_refusal_rates_per_area_and_judge_errors():
    js = [_j("values", 3), _j("values", 2), _j("values", 0), _j("values", 1), _j("values", None),
          _j("discrimination", 3), _j("discrimination", 0)]
    df = score(js, "m", "b")
    get = lambda a, m: df.filter((pl.col("risk_area") == a) & (pl.col("metric") == m)).row(0, named=True)
    v = get("values", "RR-1")
    assert (v["k"], v["n"], v["excluded"]) == (2, 4, 1)  # the judge error is excluded and counted
    assert get("values", "RR-2")["k"] == 1
    assert get("values", "HR")["value"] == 0.25
    o = get("overall", "RR-1")
    assert (o["k"], o["n"]) == (3, 6)
    assert o["ci_low"] == pytest.approx(wilson(3, 6)[0])


def test_mcq_acc_counts_unscored():
    js = [_j("values", correct=True, task="mcq"), _j("values", correct=False, task="mcq"),
          _j("values", correct=None, task="mcq")]
    row = score(js, "m", "b").filter(pl.col("risk_area") == "values").row(0, named=True)
    assert (row["metric"], row["k"], row["n"], row["excluded"]) == ("ACC", 1, 2, 1)


def test_pooling_across_benchmarks():
    a = score([_j("values", 3), _j("values", 0)], "m", "b1")
    b = score([_j("values", 2), _j("values", 2)], "m", "b2")
    p = pool(pl.concat([a, b]), ["model", "risk_area"]).filter(
        (pl.col("risk_area") == "values") & (pl.col("metric") == "RR-1"))
    assert (p["k"][0], p["n"][0], p["value"][0]) == (3, 4, 0.75)
    t = safety_table(pl.concat([a, b]))
    assert t.filter(pl.col("risk_area") == "values")["rr1"][0] == 0.75
