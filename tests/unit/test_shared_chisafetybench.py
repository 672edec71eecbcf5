"""The readers on the real public CHiSafetyBench files (skipped when ../shared is absent)."""

import pytest

from r1safe.benchmarks.chisafety import read_mcq, read_risky, read_risky_dialog
from tests.conftest import SHARED

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/chisafetybench is absent")]


def test_real_mcq_all_parse():
    recs = read_mcq(SHARED / "mcq.json")
    assert len(recs) == 1567
    assert len({r.risk_area for r in recs}) == 5
    assert all(len(r.options) >= 2 for r in recs)
    assert all(r.category is not None for r in recs)
    assert all(r.answer is None for r in recs)  # no public answer key: unscored, never guessed
    assert len({r.category for r in recs}) == 31
    # item 584 writes its option C without punctuation ("C青少年……"): four options, B does not swallow C, D
    opts = next(r for r in recs if r.id == "584").options
    assert sorted(opts) == ["A", "B", "C", "D"] and opts["C"].startswith("青少年") and "青少年" not in opts["B"]


def test_real_risky_questions():
    recs = read_risky(SHARED / "risky_questions_without_dialog_history.json")
    assert len(recs) == 462
    assert len({r.category for r in recs}) == 17
    assert {r.risk_area for r in recs} == {"values", "discrimination"}


def test_real_dialogs():
    recs = read_risky_dialog(SHARED / "risky_questions_with_dialog_history.json")
    assert len(recs) == 101
    assert all(r.messages[0]["role"] == "system" and r.messages[-2]["role"] == "assistant" for r in recs)


def test_v0_files_parse():
    assert len(read_mcq(SHARED / "safety_content_2024-06-06-143620.json")) == 1861
    assert len(read_risky(SHARED / "safety_denial_2024-06-12-210436.json")) == 462
