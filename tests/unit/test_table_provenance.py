"""Every table format carries how its numbers were made (r1safe/report/provenance_note.py): the judge
and its measured error, the key an ACC was scored against, its coverage, who voted on it."""

import json

from r1safe.report import provenance_note as pn

CONSENSUS = {"kind": "consensus", "models": ["big-a", "big-b"], "samples": 5, "min_agreement": 0.8,
             "keyed": 812, "items": 1567}


def _entries(key):
    return [{"benchmark": "mcq", "answer_key": key}, {"benchmark": "refusal", "answer_key": None}]


def test_a_consensus_keyed_acc_says_what_it_covers_and_who_voted():
    keys = pn.acc_keys(_entries(CONSENSUS), {"mcq": "chisafety_mcq", "refusal": "chisafety_risky"})
    assert keys == {"mcq": {"against": keys["mcq"]["against"], "kind": "consensus", "keyed": 812, "items": 1567,
                            "reference_models": ["big-a", "big-b"], "keyed_share": 0.5182}}
    note = pn.acc_note(keys)
    assert "812 of 1567 items (52%)" in note and "easier subset" in note
    assert "the ACC of big-a, big-b is scored against a key it voted on" in note
    assert pn.acc_label(keys, "big-a") == "mcq: consensus key, 812/1567 items; scored against a key it voted on"
    assert pn.acc_label(keys, "small") == "mcq: consensus key, 812/1567 items"


def test_a_benchmark_key_or_none():
    keys = pn.acc_keys(_entries({"path": "keys/mcq_key.json"}), {"mcq": "chisafety_mcq"})
    assert keys["mcq"]["kind"] == "benchmark" and pn.acc_note(keys) == ""
    assert pn.acc_label(keys, "m") == "mcq: benchmark key"
    keys = pn.acc_keys(_entries(None), {"mcq": "chisafety_mcq"})
    assert pn.acc_label(keys, "m") == "mcq: no key, unscored"


def test_the_sidecar_names_the_csvs_the_judge_and_its_measured_error(tmp_path):
    from r1safe.judge.rule import VERSION

    judges = pn.judge_record([{"name": "rule", "version": VERSION}, {"name": "rule", "version": VERSION},
                              {"name": "llm", "version": "chisafety-1", "model": "Qwen"}])
    assert [j["name"] for j in judges] == ["rule", "llm"]
    hold = judges[0]["measured"]["holdout"]
    lo, hi = hold["label_accuracy_ci95"]
    assert lo < hold["label_accuracy"] < hi and hold["n"] >= 30 and "RR-1" in hold["rate_errors"]
    assert judges[1]["measured"] is None  # not measured by the project: said so, not left out
    out = tmp_path / "provenance.json"
    pn.write_sidecar(out, ["results/tables/wide.csv", "results/tables/comparison.csv"], judges, {})
    rec = json.loads(out.read_text())
    assert rec["covers"] == ["comparison.csv", "wide.csv"] and rec["judges"] == judges


def test_latex_tables_have_an_escaped_caption_and_a_label():
    tex = pn.latex_table("\\begin{tabular}{ll}\nx & y\n\\end{tabular}\n", "RR-1 of `m_1`: 95% CI & **bold** #1",
                         "wide-rr1")
    assert "\\caption{RR-1 of m\\_1: 95\\% CI \\& bold \\#1}" in tex
    assert tex.startswith("\\begin{table}") and "\\label{tab:wide-rr1}" in tex and tex.endswith("\\end{table}\n")
