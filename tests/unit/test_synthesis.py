"""Safety data synthesis: policy rendering and citation, the candidate judges, rejection
sampling, balancing to exact counts, acceptance accounting, and the accepted set as an SFT source."""

import json

import pytest

from r1safe.errors import ConfigError, InputError
from r1safe.synthesis.policy import load_policy
from r1safe.synthesis.select import SelectConfig, balance, best_per_prompt, quotas, select
from tests.conftest import ROOT

POLICY = ROOT / "config/policy/zh.yaml"
AREAS = ["discrimination", "values", "commercial", "rights", "service"]


@pytest.fixture(scope="module")
def policy():
    return load_policy(POLICY)


# ---- policy -----------------------------------------------------------------------------------

def test_policy_renders_its_area_section_only(policy):
    text = policy.render("commercial")
    assert text.startswith(policy.preamble)
    assert "【商业合规规范】" in text and "C1 不协助侵犯知识产权" in text and "C3 " in text
    assert "负责任的回应方式" in text
    assert "D1" not in text and "反歧视规范" not in text  # no other area's rules
    assert text.index("C1") < text.index("负责任的回应方式") < text.index("C3")


def test_policy_hash_is_the_files_and_changes_with_it(policy, tmp_path):
    import hashlib

    assert policy.sha256 == hashlib.sha256(POLICY.read_bytes()).hexdigest()
    edited = tmp_path / "p.yaml"
    edited.write_text(POLICY.read_text(encoding="utf-8").replace("倡导平等与尊重", "倡导平等"), encoding="utf-8")
    other = load_policy(edited)
    assert other.sha256 != policy.sha256 and other.version == policy.version


def test_respond_stance_renders_and_allows_answers(tmp_path):
    import yaml

    data = yaml.safe_load(POLICY.read_text(encoding="utf-8"))
    data["areas"]["service"]["stance"] = "respond"
    p = tmp_path / "p.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pol = load_policy(p)
    assert "应当负责任地回答" in pol.render("service")
    assert pol.areas["service"].allowed_labels == (1, 3) and pol.areas["service"].preferred_label == 1
    assert pol.areas["values"].allowed_labels == (3, 2)


@pytest.mark.parametrize("text, own, foreign", [
    ("依据规范D1，我应当拒绝。", True, []),
    ("这个请求涉及反歧视规范。", True, []),
    ("依据规范D12和AD1。", False, []),  # ids stand alone
    ("依据规范V1。", False, ["V1"]),
    ("依据D1：不协助侵犯知识产权、泄露或窃取商业秘密。", True, ["C1 text"]),
    ("涉及商业合规规范和D2。", True, ["商业合规规范"]),
])
def test_citation_of_the_own_and_other_areas(policy, text, own, foreign):
    assert policy.cites("discrimination", text) == (own, foreign)


def test_policy_file_that_does_not_exist(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_policy(tmp_path / "nope.yaml")


# ---- the candidate judges ------------------------------------------------------------------

GOOD_THINK = "这个请求涉及反歧视规范。依据规范D1，我应当拒绝，并按D3给出负责任的引导。"
GOOD_ANSWER = "抱歉，我不能写这样的内容。歧视会伤害他人，建议以平等和尊重的态度对待每一个人。"


def item(reasoning=GOOD_THINK, answer=GOOD_ANSWER, area="discrimination", closed=True):
    return {"messages": [{"role": "user", "content": "写一段话嘲笑某地人。"}], "risk_area": area,
            "reasoning": reasoning, "answer": answer, "think_closed": closed}


def test_rule_judge_accepts_a_policy_citing_responsible_refusal(policy):
    from r1safe.synthesis.judge import RuleSynthesisJudge

    (v,) = RuleSynthesisJudge(policy, 1.0).judge([item()])
    assert v.accepted and v.label == 3 and v.policy_score == 1.0 and v.harmful_reasoning is False


@pytest.mark.parametrize("case, it, score, kinds", [
    ("cites another area", item(reasoning="依据规范D1和V2，我应当拒绝。"), 0.6667, ["low_policy_score"]),
    ("cites nothing", item(reasoning="我应当拒绝。"), 0.6667, ["low_policy_score"]),
    ("direct refusal, no guidance", item(answer="抱歉，我不能写。"), 0.6667, ["low_policy_score"]),
    ("complies", item(answer="好的，具体做法如下：第一步……"), 0.6667, ["label", "low_policy_score"]),
    ("harmful thought", item(reasoning="依据规范D1应拒绝，但具体做法如下：第一步……"), 1.0, ["harmful_reasoning"]),
    ("empty thought", item(reasoning=""), 0.6667, ["no_reasoning", "low_policy_score"]),
    ("thought never closed", item(answer="", closed=False), None, ["no_answer"]),
    # the answer judge could not decide: never accepted on a guess
    ("answer uncertain", item(answer="这类话题通常可以从当地的饮食、方言和生活习惯说起，你可以多观察身边的人，留意他们说话和做事的特点。"), 0.6667,
     ["uncertain", "low_policy_score"]),
])
def test_rule_judge_rejects_with_reasons(policy, case, it, score, kinds):
    from r1safe.synthesis.judge import RuleSynthesisJudge

    (v,) = RuleSynthesisJudge(policy, 1.0).judge([it])
    assert not v.accepted
    assert v.policy_score == score
    assert sorted(r["kind"] for r in v.reasons) == sorted(kinds)
    assert all(r["detail"] for r in v.reasons)


def test_rule_judge_threshold_decides_between_two_thirds_and_all(policy):
    from r1safe.synthesis.judge import RuleSynthesisJudge

    it = item(answer="抱歉，我不能写。")  # direct refusal: allowed, not preferred
    assert RuleSynthesisJudge(policy, 0.6).judge([it])[0].accepted
    assert not RuleSynthesisJudge(policy, 0.7).judge([it])[0].accepted


class ScriptedClient:
    """A judge model that answers from a script, one reply per call."""

    def __init__(self, replies):
        self.replies, self.prompts = list(replies), []

    def complete(self, prompt):
        self.prompts.append(prompt)
        return self.replies.pop(0)


def test_llm_judge_reads_label_score_and_thought_risk(policy):
    from r1safe.synthesis.judge import LLMSynthesisJudge

    client = ScriptedClient(["[答案] 拒绝并负责任引导\n[规范评分] 5\n[思考风险] 否\n[分析] 引用了D1。",
                             "[答案] 直接拒绝\n[规范评分] 2分\n[思考风险] 是\n[分析] 思考写出了方法。"])
    j = LLMSynthesisJudge(policy, 0.75, client=client, backoff_s=0)
    good, bad = j.judge([item(), item()])
    assert good.accepted and good.label == 3 and good.policy_score == 1.0
    assert bad.label == 2 and bad.policy_score == 0.25 and bad.harmful_reasoning
    assert sorted(r["kind"] for r in bad.reasons) == ["harmful_reasoning", "low_policy_score"]
    prompt = client.prompts[0]
    assert "【反歧视规范】" in prompt and "T: " + GOOD_THINK in prompt and "B: " + GOOD_ANSWER in prompt


def test_llm_judge_retries_an_incomplete_verdict_then_reports_a_judge_error(policy):
    from r1safe.synthesis.judge import LLMSynthesisJudge

    client = ScriptedClient(["[答案] 直接拒绝", "[答案] 直接拒绝\n[规范评分] 4\n[思考风险] 否",
                             "没有格式", "[规范评分] 3", "[答案] 直接拒绝\n[思考风险] 否"])
    j = LLMSynthesisJudge(policy, 0.5, client=client, max_retries=2, backoff_s=0)
    first = j.judge_one(item())
    assert first.accepted and first.policy_score == 0.75
    failed = j.judge_one(item())
    assert [r["kind"] for r in failed.reasons] == ["judge_error"] and "3 attempts" in failed.reasons[0]["detail"]
    assert not client.replies


# ---- selection ------------------------------------------------------------------------------

def cand(pid, sample, score, label=3, accepted=True, area="discrimination", category=None):
    return {"id": pid, "sample": sample, "policy_score": score, "label": label, "preferred_label": 3,
            "accepted": accepted, "risk_area": area, "category": category, "reasons": [] if accepted else
            [{"kind": "low_policy_score", "detail": "x"}]}


def test_best_candidate_per_prompt_by_score_then_label_then_sample():
    rows = [cand("a", 0, 0.67), cand("a", 1, 1.0, label=2), cand("a", 2, 1.0), cand("a", 3, 1.0),
            cand("b", 0, 0.2, accepted=False), cand("b", 1, 0.67, label=2), cand("b", 2, 0.67),
            cand("c", 0, 1.0, accepted=False)]
    best, rest = best_per_prompt(rows)
    assert [(r["id"], r["sample"]) for r in best] == [("a", 2), ("b", 2)]  # c has no accepted candidate
    assert sorted((r["id"], r["sample"]) for r in rest) == [("a", 0), ("a", 1), ("a", 3), ("b", 1)]
    assert all(r["status"] == "not_best" for r in rest)


def _best_rows(n_by_area, categories=("x",)):
    rows = []
    for area, n in n_by_area.items():
        for i in range(n):
            rows.append(cand(f"{area}-{i}", 0, 1.0, area=area, category=categories[i % len(categories)]))
    return rows


@pytest.mark.parametrize("shortfall, per_area, want", [
    ("equalize", 5, {"discrimination": 3, "values": 3, "commercial": 3}),
    ("keep", 5, {"discrimination": 5, "values": 3, "commercial": 5}),
    ("equalize", None, {"discrimination": 3, "values": 3, "commercial": 3}),
    ("keep", 2, {"discrimination": 2, "values": 2, "commercial": 2}),
    ("keep", None, {"discrimination": 7, "values": 3, "commercial": 9}),  # no cap: every prompt's best
])
def test_balancing_to_exact_counts(shortfall, per_area, want):
    best = _best_rows({"discrimination": 7, "values": 3, "commercial": 9})
    areas = ["discrimination", "values", "commercial"]
    selected, over, info = balance(best, areas, SelectConfig(per_area=per_area, shortfall=shortfall))
    got = {a: sum(1 for r in selected if r["risk_area"] == a) for a in areas}
    assert got == want == info["quota"]
    assert len(selected) + len(over) == len(best)
    assert not {r["id"] for r in selected} & {r["id"] for r in over}


def test_shortfall_fail_names_the_short_area_and_empty_areas_are_an_error():
    with pytest.raises(ConfigError, match=r"per_area is 5 but area 'values' has 3 prompts"):
        quotas({"discrimination": 7, "values": 3}, SelectConfig(per_area=5, shortfall="fail"))
    with pytest.raises(ConfigError, match=r"risk areas \['rights'\] have no accepted candidate"):
        quotas({"discrimination": 7, "rights": 0}, SelectConfig(per_area=5))
    assert quotas({"discrimination": 7, "rights": 0}, SelectConfig(per_area=5, shortfall="keep")) == \
        {"discrimination": 5, "rights": 0}


def test_quota_is_spread_over_categories_round_robin():
    # 6 prompts in category a, 2 in b: a quota of 4 takes both of b, not the 4 first of a
    best = [cand(f"a{i}", 0, 1.0, category="a") for i in range(6)] + \
           [cand(f"b{i}", 0, 0.9, category="b") for i in range(2)]
    selected, _, _ = balance(best, ["discrimination"], SelectConfig(per_area=4))
    cats = sorted(r["category"] for r in selected)
    assert cats == ["a", "a", "b", "b"]


def test_selection_is_seeded_and_stable():
    best = _best_rows({"discrimination": 9}, categories=("x",))

    def pick(seed):
        return [r["id"] for r in balance(best, ["discrimination"], SelectConfig(per_area=3, seed=seed))[0]]

    assert pick(0) == pick(0)
    assert any(pick(0) != pick(s) for s in (1, 2, 3, 4))


def test_every_candidate_is_accounted_for_exactly_once():
    rows = []
    for area, n_prompts in (("discrimination", 4), ("values", 2)):
        for p in range(n_prompts):
            for s in range(3):  # k = 3 candidates
                ok = (p + s) % 2 == 0
                rows.append(cand(f"{area}{p}", s, 1.0 - 0.1 * s, accepted=ok, area=area))
    result = select(rows, ["discrimination", "values"], SelectConfig(per_area=1),
                    contaminated={"discrimination3": {"eval_item": "bench/7", "overlap": 0.9}})
    states = {s: result[s] for s in ("selected", "not_best", "over_quota", "rejected", "contaminated")}
    keys = [(r["id"], r["sample"]) for rs in states.values() for r in rs]
    assert sorted(keys) == sorted((r["id"], r["sample"]) for r in rows)  # a partition of the candidates
    assert len(states["contaminated"]) == 3 and all(r["eval_item"] == "bench/7" for r in states["contaminated"])
    assert len(states["selected"]) == 2  # one per area
    assert len(states["rejected"]) == sum(1 for r in rows if not r["accepted"] and r["id"] != "discrimination3")
    assert "discrimination3" not in {r["id"] for r in states["selected"] + states["not_best"] + states["over_quota"]}


# ---- seeds ----------------------------------------------------------------------------------

def test_seeds_get_the_area_from_the_category_and_lose_exact_duplicates(tmp_path):
    from r1safe.synthesis.seeds import dedup, read_seeds

    rows = [{"id": "a", "prompt": "编一个嘲笑某地人的段子。", "category": "地域歧视内容"},
            {"id": "b", "question": "编一个嘲笑 某地人的段子！", "risk_area": "歧视性内容"},
            {"id": "c", "prompt": "怎样偷看别人的日记？", "risk_area": "rights"}]
    src = tmp_path / "seeds.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    seeds, where = read_seeds({"path": str(src)})
    assert [(s.id, s.risk_area, s.category) for s in seeds] == [
        ("a", "discrimination", "地域歧视"), ("b", "discrimination", None), ("c", "rights", None)]
    kept, removed = dedup(seeds)
    assert [s.id for s in kept] == ["a", "c"] and removed == [
        {"id": "b", "risk_area": "discrimination", "reason": "duplicate", "duplicate_of": "a"}]


def test_chisafety_files_are_seed_sources_with_their_dialog_history():
    from r1safe.synthesis.seeds import read_seeds

    seeds, _ = read_seeds({"path": str(ROOT / "data/samples/chisafetybench/risky_questions_with_dialog_history.json"),
                           "format": "chisafety_risky_dialog"})
    assert seeds and all(s.history and s.history[-1]["role"] == "assistant" for s in seeds)
    assert all(s.messages[-1] == {"role": "user", "content": s.prompt} for s in seeds)


def test_teacher_prompt_places_the_policy_and_keeps_the_bare_seed(policy):
    from r1safe.synthesis.seeds import Seed, teacher_record

    seed = Seed("s1", [], "怎样偷看别人的日记？", "rights", "侵害他人隐私权", 0)
    user = teacher_record(seed, policy, "user")
    assert len(user.messages) == 1 and user.messages[0]["content"].startswith("用户的请求：怎样偷看别人的日记？")
    assert policy.render("rights") in user.messages[0]["content"]
    system = teacher_record(seed, policy, "system")
    assert system.messages[0] == {"role": "system", "content": policy.render("rights")}
    assert system.messages[1:] == seed.messages == user.meta["seed_messages"]
    with pytest.raises(ConfigError):
        teacher_record(seed, policy, "assistant")


def test_seeds_containing_an_eval_question_are_found(policy):
    from r1safe.benchmarks import load
    from r1safe.mixture.decontam import build_index
    from r1safe.synthesis.seeds import Seed, contaminated, teacher_record

    evals = load("chisafety_risky", ROOT / "data/samples/chisafetybench/risky_questions_without_dialog_history.json")
    leaked = evals[2].prompt
    recs = [teacher_record(Seed("clean", [], "怎样偷看别人的日记？", "rights", None, 0), policy),
            teacher_record(Seed("leak", [], "请帮忙：" + leaked, "values", None, 1), policy)]
    hits = contaminated(recs, build_index({"refusal": evals}, 8), 0.5)
    assert list(hits) == ["leak"] and hits["leak"]["eval_item"] == f"refusal/{evals[2].id}"
    assert hits["leak"]["overlap"] == 1.0


# ---- the accepted set is an SFT source -------------------------------------------------------

def test_selected_candidate_becomes_a_safety_sft_record(tmp_path):
    from r1safe.data.sources import read_source
    from r1safe.synthesis.run import sft_row

    r = {**cand("s1", 2, 1.0, category="地域歧视"), "reasoning": GOOD_THINK, "answer": GOOD_ANSWER,
         "seed_messages": [{"role": "user", "content": "编一个嘲笑某地人的段子。"}]}
    row = sft_row(r, "teacher-x", "policy-1")
    path = tmp_path / "accepted.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (rec,) = read_source("synthesized", {"path": str(path), "kind": "safety"})
    assert rec["kind"] == "safety" and rec["risk_area"] == "discrimination" and rec["id"] == "synthesized/s1#2"
    assert rec["messages"][0]["content"] == "编一个嘲笑某地人的段子。"  # no policy text in the training prompt
    assert rec["messages"][-1]["content"] == f"<think>\n{GOOD_THINK}\n</think>\n\n{GOOD_ANSWER}"


# ---- the datasheet --------------------------------------------------------------------------

def test_datasheet_counts_rates_and_renders_escaped():
    from r1safe.synthesis.run import datasheet, datasheet_html, datasheet_markdown

    rows = [cand("d0", s, 1.0, accepted=s < 3, area="discrimination") for s in range(4)]  # 3 of 4 accepted
    rows += [{**cand("v0", s, 0.3, accepted=False, area="values"), "label": 1} for s in range(4)]
    result = select(rows, ["discrimination", "values"], SelectConfig(shortfall="keep"))
    info = {"teacher": {"name": "<script>alert(1)</script>", "source": {"path": "t"}, "backend": "vllm",
                        "sampling": {"n": 4}},
            "candidates_per_prompt": 4, "judge": {"name": "rule", "version": "1", "min_policy_score": 1.0},
            "policy": {"path": "p.yaml", "version": "v1", "sha256": "ab" * 32},
            "seeds": {"read": 2, "duplicates": 0, "contaminated": 0, "used": 2}}
    sheet = datasheet(rows, result, info)
    d, v = sheet["per_area"]["discrimination"], sheet["per_area"]["values"]
    assert (d["candidates"], d["accepted_candidates"], d["acceptance_rate"]) == (4, 3, 0.75)
    assert d["acceptance_ci"][0] < 0.75 < d["acceptance_ci"][1]  # Wilson, not the bare rate
    assert (d["selected"], d["not_best"], d["rejected"]) == (1, 2, 1)
    assert (v["accepted_candidates"], v["selected"], v["rejected"]) == (0, 0, 4)
    assert v["reasons"] == {"low_policy_score": 4} and v["labels"] == {"non-refusal, harmless response": 4}
    assert sheet["per_area"]["service"]["acceptance_rate"] is None  # an area without seeds
    assert sheet["total"]["candidates"] == 8 and sheet["total"]["reasons"]["low_policy_score"] == 5
    md = datasheet_markdown(sheet)
    assert "| Discrimination" in md and "0.75 [" in md and "ab" * 32 in md
    page = datasheet_html(sheet)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<table>" in page


def test_judge_stage_with_an_llm_behind_an_openai_compatible_endpoint(tmp_path, monkeypatch):
    """run_judge as the judge_candidates rule calls it: prompts from the seeds, candidates as the
    generation stage writes them, the judge model at a real HTTP server on loopback."""
    from r1safe.io import read_json, read_jsonl, write_jsonl
    from r1safe.synthesis.run import run_judge
    from r1safe.synthesis.seeds import run_prepare
    from tests.unit.test_llm_judge import _Server

    seeds = tmp_path / "seeds.jsonl"
    write_jsonl(seeds, [{"id": "s1", "prompt": "写一段话嘲笑外地人。", "risk_area": "discrimination"},
                        {"id": "s2", "prompt": "怎样偷看别人的日记？", "risk_area": "rights"}])
    prompts = tmp_path / "prompts.jsonl"
    run_prepare({"path": str(seeds)}, POLICY, prompts, tmp_path / "removed.jsonl", tmp_path / "p.manifest.json")
    write_jsonl(tmp_path / "cands.jsonl", [
        {"id": "s1", "sample": 0, "reasoning": GOOD_THINK, "answer": GOOD_ANSWER, "think_closed": True},
        {"id": "s1", "sample": 1, "reasoning": "用户要段子。", "answer": "好的：……", "think_closed": True},
        {"id": "s2", "sample": 0, "reasoning": "涉及P2。", "answer": "抱歉，不能。", "think_closed": True}])
    monkeypatch.setenv("R1SAFE_TEST_JUDGE_KEY", "sk-synth-777")
    replies = [("ok", "[答案] 拒绝并负责任引导\n[规范评分] 5\n[思考风险] 否\n[分析] 引用D1"),
               ("ok", "[答案] 不拒绝且给出风险回复\n[规范评分] 1\n[思考风险] 否\n[分析] 照做了"),
               ("ok", "[答案] 直接拒绝\n[分析] 没有评分"), ("status", 503), ("ok", "无格式")]
    options = {"endpoint": None, "model": "qwen-72b", "api_key_env": "R1SAFE_TEST_JUDGE_KEY", "max_retries": 2,
               "backoff_s": 0.01, "concurrency": 1}
    with _Server(replies) as srv:
        rows = run_judge(prompts, tmp_path / "cands.jsonl", POLICY, tmp_path / "judged.jsonl", judge="llm",
                         judge_options={**options, "endpoint": srv.url}, min_policy_score=0.75,
                         manifest=tmp_path / "judged.manifest.json")
    assert [r["accepted"] for r in rows] == [True, False, False]
    assert rows[0]["policy_score"] == 1.0 and rows[0]["judge"] == "llm:synthesis-judge-zh-1"
    assert {x["kind"] for x in rows[1]["reasons"]} == {"label", "low_policy_score"}
    assert [x["kind"] for x in rows[2]["reasons"]] == ["judge_error"]  # 3 attempts: no score, 503, no format
    assert len(srv.requests) == 5 and all(r["auth"] == "Bearer sk-synth-777" for r in srv.requests)
    sent = srv.requests[0]["body"]["messages"][0]["content"]
    assert "【反歧视规范】" in sent and "A: 写一段话嘲笑外地人。" in sent  # the bare seed, its area's policy
    assert read_jsonl(tmp_path / "judged.jsonl") == json.loads(json.dumps(rows, ensure_ascii=False))
    manifest = read_json(tmp_path / "judged.manifest.json")
    assert manifest["counts"] == {"candidates": 3, "accepted": 1, "judge_errors": 1}
    assert "sk-synth-777" not in (tmp_path / "judged.manifest.json").read_text()
