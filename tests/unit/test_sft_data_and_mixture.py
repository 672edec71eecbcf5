"""SFT sources, dedup, decontamination, ratio sampling and the per-model mixture, on real files."""

import json

import polars as pl
import pytest

from r1safe.benchmarks import load
from r1safe.data.sources import read_source
from r1safe.errors import ConfigError, InputError
from r1safe.io import read_json, read_jsonl, write_json, write_jsonl
from r1safe.mixture.build import MixtureConfig, allocate, clean, mix, sample
from r1safe.mixture.decontam import build_index, decontaminate, read_drops, run_drops, run_overlap
from r1safe.mixture.dedup import exact_dedup, jaccard, near_dedup
from r1safe.mixture.text import char_ngrams, normalize
from tests.conftest import ROOT, SAMPLES


def _rec(i, prompt, answer="好的。", kind="safety"):
    return {"id": f"s/{i}", "source": "s", "kind": kind, "risk_area": None,
            "messages": [{"role": "user", "content": prompt},
                         {"role": "assistant", "content": f"<think>\n想\n</think>\n\n{answer}"}]}


# ---- readers ------------------------------------------------------------------------------

def test_bundled_sources_normalize_to_chat_records():
    safety = read_source("safety_cot", {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"})
    reasoning = read_source("reasoning_cot", {"path": str(ROOT / "data/sft/reasoning_cot.jsonl"), "kind": "reasoning"})
    assert len(safety) == 45 and len(reasoning) == 100
    r = safety[0]
    assert r["id"] == "safety_cot/s000" and r["kind"] == "safety" and r["risk_area"] == "values"
    assert [m["role"] for m in r["messages"]] == ["user", "assistant"]
    body = r["messages"][-1]["content"]
    assert body.startswith("<think>\n") and "</think>" in body and body.split("</think>")[1].strip()
    assert {x["risk_area"] for x in safety} == {"discrimination", "values", "commercial", "rights", "service"}
    assert all(x["risk_area"] is None and x["kind"] == "reasoning" for x in reasoning)


def test_reader_shapes_json_parquet_sharegpt_and_field_mapping(tmp_path):
    rows = [{"instruction": "写诗", "input": "关于春天", "output": "春风拂面。", "cot": "想一想"}]
    (tmp_path / "a.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    a = read_source("a", {"path": str(tmp_path / "a.json"), "kind": "general"})
    assert a[0]["messages"] == [{"role": "user", "content": "写诗\n关于春天"},
                                {"role": "assistant", "content": "<think>\n想一想\n</think>\n\n春风拂面。"}]
    pl.DataFrame([{"q": "1+1?", "sol": "2", "why": "1+1=2"}]).write_parquet(tmp_path / "b.parquet")
    b = read_source("b", {"path": str(tmp_path / "b.parquet"), "kind": "reasoning",
                          "fields": {"prompt": "q", "response": "sol", "reasoning": "why"}})
    assert b[0]["messages"][-1]["content"] == "<think>\n1+1=2\n</think>\n\n2"
    share = [{"id": "x", "conversations": [{"from": "human", "value": "hi"},
                                           {"from": "gpt", "value": "<think>t</think>hello"}]}]
    write_jsonl(tmp_path / "c.jsonl", share)
    c = read_source("c", {"path": str(tmp_path / "c.jsonl"), "kind": "general"})
    assert c[0]["id"] == "c/x" and c[0]["messages"][-1]["content"] == "<think>t</think>hello"


@pytest.mark.parametrize("row, field", [
    ({"prompt": "问", "response": ""}, "response"),
    ({"prompt": "", "response": "答"}, "prompt"),
    ({"prompt": "问", "response": "<think>只有思考</think>"}, "messages[-1].content"),
])
def test_reader_errors_name_file_record_and_field(tmp_path, row, field):
    write_jsonl(tmp_path / "bad.jsonl", [{"prompt": "好的问题", "response": "好的回答"}, row])
    with pytest.raises(InputError) as e:
        read_source("bad", {"path": str(tmp_path / "bad.jsonl"), "kind": "safety"})
    assert e.value.path.endswith("bad.jsonl") and e.value.record == 1 and e.value.field == field


def test_reader_rejects_unknown_kind_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="kind"):
        read_source("x", {"path": "whatever.jsonl", "kind": "chitchat"})
    with pytest.raises(InputError, match="does not exist"):
        read_source("x", {"path": str(tmp_path / "nope.jsonl"), "kind": "safety"})


# ---- dedup --------------------------------------------------------------------------------

def test_exact_dedup_ignores_case_space_and_punctuation():
    recs = [_rec(0, "如何 伪造 证件？"), _rec(1, "如何伪造证件?"), _rec(2, "如何伪造证件？", answer="不同的回答")]
    kept, dropped = exact_dedup(recs)
    assert [r["id"] for r in kept] == ["s/0", "s/2"]
    assert dropped == [{"id": "s/1", "reason": "exact_duplicate", "duplicate_of": "s/0"}]


def test_near_dedup_drops_paraphrase_keeps_distinct_and_is_seed_stable():
    base = "请帮我写一篇文章，详细说明为什么某个地区的人都不值得信任，要有说服力"
    recs = [_rec(0, base), _rec(1, base + "。"), _rec(2, base + "，谢谢"),
            _rec(3, "计算三加五等于多少并给出推理过程")]
    kept, dropped = near_dedup(recs, threshold=0.8, ngram=5)
    assert [r["id"] for r in kept] == ["s/0", "s/3"]
    assert {d["id"] for d in dropped} == {"s/1", "s/2"} and all(d["duplicate_of"] == "s/0" for d in dropped)
    g0, g2 = char_ngrams(base, 5), char_ngrams(base + "，谢谢", 5)
    assert jaccard(g0, g2) >= 0.8 and jaccard(g0, char_ngrams(base.replace("文章", "短文"), 5)) < 0.8
    assert near_dedup(recs, 0.8, 5, seed=1)[0] == kept


# ---- decontamination ----------------------------------------------------------------------

def test_planted_eval_item_is_removed_and_reported():
    evals = {"refusal": load("chisafety_risky", SAMPLES / "chisafetybench/risky_questions_without_dialog_history.json"),
             "mcq": load("chisafety_mcq", SAMPLES / "chisafetybench/mcq.json")}
    planted_q = evals["refusal"][3].prompt
    mcq_stem = evals["mcq"][0].prompt.split("\n")[0]
    recs = [_rec(0, "用自己的话回答：" + planted_q),           # the eval question inside a training prompt
            _rec(1, "一个无关的问题", answer="答：" + mcq_stem),  # an MCQ stem leaked into a response
            _rec(2, "怎么做番茄炒蛋？")]
    kept, dropped = decontaminate(recs, build_index(evals, 8), threshold=0.5)
    assert [r["id"] for r in kept] == ["s/2"]
    assert dropped[0]["id"] == "s/0" and dropped[0]["eval_item"] == f"refusal/{evals['refusal'][3].id}"
    assert dropped[0]["overlap"] == 1.0 and dropped[1]["eval_item"].startswith("mcq/")


def test_decontamination_threshold_is_a_share_of_the_eval_item():
    evals = {"b": load("chisafety_risky", SAMPLES / "chisafetybench/risky_questions_without_dialog_history.json")}
    q = normalize(evals["b"][0].prompt)
    half = q[: len(q) // 3]  # a third of the question: below a 0.5 threshold
    kept, dropped = decontaminate([_rec(0, half)], build_index(evals, 4), threshold=0.5)
    assert kept and not dropped


# ---- ratios and sampling ------------------------------------------------------------------

@pytest.mark.parametrize("size, ratios, expected", [
    (10, {"safety": 0.5, "reasoning": 0.5}, {"safety": 5, "reasoning": 5}),
    (10, {"safety": 0.33, "reasoning": 0.67}, {"safety": 3, "reasoning": 7}),
    (7, {"general": 1 / 3, "reasoning": 1 / 3, "safety": 1 / 3}, {"general": 3, "reasoning": 2, "safety": 2}),
    (50000, {"safety": 0.3, "reasoning": 0.7}, {"safety": 15000, "reasoning": 35000}),
])
def test_allocate_exact_counts(size, ratios, expected):
    assert allocate(size, ratios) == expected and sum(allocate(size, ratios).values()) == size


def test_sample_exact_counts_seed_stable_and_input_order_free():
    recs = [_rec(i, f"安全问题{i}") for i in range(20)] + [_rec(100 + i, f"数学{i}", kind="reasoning") for i in range(30)]
    cfg = MixtureConfig(size=20, ratios={"safety": 0.25, "reasoning": 0.75}, seed=3)
    a, info = sample(recs, cfg)
    b, _ = sample(list(reversed(recs)), cfg)
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert sum(r["kind"] == "safety" for r in a) == 5 and sum(r["kind"] == "reasoning" for r in a) == 15
    assert len({r["id"] for r in a}) == 20 and info["shortfall"] == {}
    c, _ = sample(recs, MixtureConfig(size=20, ratios={"safety": 0.25, "reasoning": 0.75}, seed=4))
    assert [r["id"] for r in c] != [r["id"] for r in a]


def test_ratio_that_cannot_be_met_is_an_error_or_a_reported_shortfall():
    recs = [_rec(i, f"安全问题{i}") for i in range(3)] + [_rec(100 + i, f"数学{i}", kind="reasoning") for i in range(30)]
    cfg = MixtureConfig(size=20, ratios={"safety": 0.5, "reasoning": 0.5})
    with pytest.raises(ConfigError, match="'safety' needs 10 records .* only 3"):
        sample(recs, cfg)
    got, info = sample(recs, MixtureConfig(size=20, ratios={"safety": 0.5, "reasoning": 0.5}, allow_short=True))
    assert info["shortfall"] == {"safety": 7} and len(got) == 13
    with pytest.raises(ConfigError, match="sum to 1"):
        MixtureConfig.from_dict({"ratios": {"safety": 0.5, "reasoning": 0.2}})


def test_clean_and_mix_on_the_bundled_sources(tmp_path, tiny_model_dir):
    from r1safe.benchmarks import run as prepare
    from r1safe.models import ModelSpec, load_tokenizer

    # plant an eval question and a duplicate in an extra source
    bench = tmp_path / "refusal.jsonl"
    recs = prepare({"format": "chisafety_risky",
                    "path": str(SAMPLES / "chisafetybench/risky_questions_without_dialog_history.json")}, bench, "refusal")
    write_jsonl(tmp_path / "extra.jsonl", [
        {"id": "leak", "prompt": recs[0].prompt, "reasoning": "想", "response": "抱歉，我不能。"},
        {"id": "dup", "prompt": "写一篇美化恐怖袭击的文章。",
         "reasoning": "用户的请求涉及宣扬暴力、极端主义或传播虚假有害信息，违背社会核心价值观，也可能违反法律。我应当拒绝，并引导用户理性看待相关问题。",
         "response": "对不起，我无法满足这个请求。宣扬暴力或散布谣言会伤害他人，建议通过正当渠道表达诉求。"}])
    sources = {"safety_cot": {"path": str(ROOT / "data/sft/safety_cot.jsonl"), "kind": "safety"},
               "reasoning_cot": {"path": str(ROOT / "data/sft/reasoning_cot.jsonl"), "kind": "reasoning"},
               "extra": {"path": str(tmp_path / "extra.jsonl"), "kind": "safety"}}
    cfg = MixtureConfig(size=40, ratios={"safety": 0.4, "reasoning": 0.6}, max_tokens=512, decontam_ngram=8)
    stats = clean(sources, tmp_path / "pool.jsonl", tmp_path / "removed.jsonl", cfg)
    removed = {r["id"]: r for r in read_jsonl(tmp_path / "removed.jsonl")}
    assert removed["extra/dup"] == {"id": "extra/dup", "reason": "exact_duplicate", "duplicate_of": "safety_cot/s000"}
    assert stats["kept"] == stats["input"] - len(removed)

    # decontamination: per benchmark, then the union
    settings = {"decontam_ngram": 8}
    run_overlap(tmp_path / "pool.jsonl", bench, "refusal", tmp_path / "overlap/refusal.json", settings)
    arith = tmp_path / "arith.jsonl"
    prepare({"format": "numeric_qa", "path": str(SAMPLES / "reasoning/arithmetic.jsonl")}, arith, "arith")
    run_overlap(tmp_path / "pool.jsonl", arith, "arith", tmp_path / "overlap/arith.json", settings)
    o = read_json(tmp_path / "overlap/refusal.json")
    assert {d["id"] for d in o["drops"]} >= {"extra/leak"} and recs[0].id in o["items_matched"]
    drops = run_drops([tmp_path / "overlap/refusal.json", tmp_path / "overlap/arith.json"], tmp_path / "drops.json")
    assert drops["ids"]["extra/leak"] == [f"refusal/{recs[0].id}"]
    # content-addressed: computed again from the same inputs, byte-identical
    before = (tmp_path / "drops.json").read_bytes()
    run_overlap(tmp_path / "pool.jsonl", bench, "refusal", tmp_path / "overlap/refusal.json", settings)
    run_drops([tmp_path / "overlap/refusal.json", tmp_path / "overlap/arith.json"], tmp_path / "drops.json")
    assert (tmp_path / "drops.json").read_bytes() == before

    tok = load_tokenizer(ModelSpec("tiny", str(tiny_model_dir)), padding_side="right")
    mstats = mix(tmp_path / "pool.jsonl", tok, tmp_path / "train.jsonl", tmp_path / "stats.json", cfg, stats,
                 drops=read_drops(tmp_path / "drops.json"))
    train = read_jsonl(tmp_path / "train.jsonl")
    assert len(train) == 40 and mstats["per_kind"] == {"safety": 16, "reasoning": 24}
    assert "extra/leak" not in {r["id"] for r in train} and mstats["dropped_contaminated"] == len(drops["ids"])
    assert mstats["drops_digest"] == drops["digest"]

    # a marker built against another drop set is removed (the mixture reruns); a matching one stays
    (tmp_path / "m").mkdir()
    write_json(tmp_path / "m/old.json", {"drops_digest": "another"})
    write_json(tmp_path / "m/ok.json", {"drops_digest": drops["digest"]})
    run_drops([tmp_path / "overlap/refusal.json"], tmp_path / "drops.json",
              markers=[tmp_path / "m/old.json", tmp_path / "m/ok.json", tmp_path / "m/none.json"])
    assert not (tmp_path / "m/old.json").exists() and (tmp_path / "m/ok.json").exists()
    assert read_json(tmp_path / "stats.json")["token_length"]["max"] <= 512
    assert set(mstats["per_risk_area"]) <= {"discrimination", "values", "commercial", "rights", "service", "none"}
    # length filtering with the model's own tokenizer
    short = MixtureConfig(size=10, ratios={"reasoning": 1.0}, max_tokens=mstats["token_length_per_kind"]["reasoning"]["p50"])
    s2 = mix(tmp_path / "pool.jsonl", tok, tmp_path / "t2.jsonl", tmp_path / "s2.json", short)
    assert s2["dropped_too_long"] > 0 and s2["token_length"]["max"] <= short.max_tokens
