"""The consensus MCQ key (r1safe/keys.py): votes read with the evaluation's own extraction,
abstentions counted against agreement, ties and low agreement left unscored, the key's provenance,
and the judge filling only the items the benchmark has no answer for."""

import pytest

from r1safe.benchmarks.schema import Record
from r1safe.keys import consensus, describe, votes

OPTS = {"A": "是", "B": "否"}


def _rec(i):
    return Record(id=str(i), task="mcq", messages=[{"role": "user", "content": f"q{i}\nA. 是\nB. 否"}],
                  risk_area="values", options=OPTS)


def test_votes_read_letters_and_abstentions():
    recs = [_rec(1), _rec(2)]
    gens = [{"id": "1", "answer": "答案是A"}, {"id": "1", "answer": "我选B"}, {"id": "1", "answer": "这个问题很复杂"},
            {"id": "2", "answer": ""}, {"id": "9", "answer": "A"}]
    assert votes(recs, gens) == {"1": ["A", "B", None], "2": [None]}


def test_consensus_keys_only_above_the_agreement_and_counts_abstentions_against_it():
    by_model = {
        "r1": {"1": ["A"] * 5, "2": ["A", "A", "B", "B", "A"], "3": ["A", None, None, None, None], "4": ["A", "B"],
               "5": [None, None]},
        "qwen": {"1": ["A"] * 5, "2": ["A"] * 5, "3": ["A"] * 5, "4": ["B", "A"], "5": [None]},
    }
    key, items = consensus(by_model, 0.8)
    state = {it["id"]: it for it in items}
    assert key == {"1": "A", "2": "A"}  # 10/10; 8/10 (the two models disagree on some samples)
    assert state["2"]["agreement"] == pytest.approx(0.8) and state["2"]["state"] == "keyed"
    assert state["3"]["state"] == "low_agreement" and state["3"]["agreement"] == pytest.approx(6 / 10)  # abstentions count
    assert state["4"]["state"] == "tie" and state["4"]["letter"] is None
    assert state["5"]["state"] == "no_votes" and state["5"]["abstained"] == 3
    assert state["2"]["per_model"] == {"r1": {"A": 3, "B": 2}, "qwen": {"A": 5}}
    assert consensus(by_model, 0.5)[0] == {"1": "A", "2": "A", "3": "A"}


def test_the_judge_uses_the_key_only_where_the_benchmark_has_no_answer():
    from r1safe.judge import make_judge
    from r1safe.judge.run import judge_generations

    keyed, unkeyed, own = _rec(1), _rec(2), _rec(3)
    own.answer = "B"
    rows = judge_generations([keyed, unkeyed, own], [{"id": "1", "answer": "A"}, {"id": "2", "answer": "A"},
                                                     {"id": "3", "answer": "A"}], make_judge("rule"),
                             answer_key={"1": "A", "3": "A"})
    assert [(r["gold"], r["gold_source"], r["correct"]) for r in rows] == [
        ("A", "consensus", True), (None, None, None), ("B", "benchmark", False)]  # the benchmark's own key wins


def test_every_acc_says_what_it_was_computed_against():
    assert describe(None) == "no answer key: every item unscored"
    assert describe({"kind": "benchmark", "path": "/data/keys/mcq_key.json"}) == "the benchmark's answer key (mcq_key.json)"
    text = describe({"kind": "consensus", "models": ["deepseek-r1", "qwen2.5-72b"], "samples": 5, "min_agreement": 0.8,
                     "keyed": 1200, "items": 1567})
    assert text.startswith("the consensus key of deepseek-r1, qwen2.5-72b (5 samples each") and "1200 of 1567" in text
