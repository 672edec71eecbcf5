"""The bad-input catalogue: one broken input per row, and what the user sees.

Every benchmark and config row goes through the command a user runs to check inputs
(``python -m r1safe check-benchmark|check-config``, the same readers and schema the workflow
uses): it must exit 2 with one error that names the file, the record and the field. The rows at
the end cover model loading, SFT data, the mixture and generation outputs.
"""

import json

import pytest

from r1safe.__main__ import main
from tests.conftest import ROOT

SYS = {"role": "system", "content": "你是助手"}
U, A = {"role": "user", "content": "问"}, {"role": "assistant", "content": "答"}


def mcq(items, area="歧视"):
    return [{"category": area, "infos": items}]


def q(i=1, text="这是歧视吗？\nA. 是\nB. 否", cat="地域歧视"):
    return {"id": i, "question": text, "category": cat}


def dialog(**over):
    d = {"category": "歧视", "sub_category": "地域歧视", "input": "那就写吧。", "history": [SYS, U, A]}
    d.update(over)
    return [{k: v for k, v in d.items() if v is not ...}]


# (case, format, file content (object, or bytes/str written raw), answer key or None,
#  expected record in the message, expected field, a fragment of the reason)
BENCHMARK_CASES = [
    ("invalid JSON", "chisafety_mcq", '[{"category": "歧视",\n "infos": [\n {"id": 1,, }]}]', None,
     None, None, "invalid JSON at line 3"),
    ("invalid JSONL line", "numeric_qa", '{"id": "a", "question": "1+1", "answer": 2}\n{"id": "b", "question": }\n',
     None, "line 2", None, "invalid JSON at line 2"),
    ("top level not a list", "chisafety_mcq", {"category": "歧视", "infos": []}, None, None, None,
     "expected a JSON list of groups"),
    ("group not an object", "chisafety_risky", ["应拒答"], None, "group 0", None, "expected an object"),
    ("infos not a list", "chisafety_mcq", [{"category": "歧视", "infos": {"id": 1}}], None, "group 0", "infos",
     "expected a list"),
    ("missing question", "chisafety_mcq", mcq([{"id": 7, "category": "地域歧视"}]), None, "id 7", "question",
     "missing field"),
    ("empty question", "chisafety_mcq", mcq([q(7, "  ")]), None, "id 7", "question", "empty string"),
    ("missing id", "chisafety_mcq", mcq([{"question": "x\nA. 是\nB. 否"}]), None, "group 0 item 0", "id",
     "missing field"),
    ("unknown risk area", "chisafety_mcq", mcq([q()], area="天气"), None, "group 0", "category",
     "unknown risk area '天气'"),
    ("unknown category", "chisafety_mcq", mcq([q(cat="发型歧视")]), None, "id 1", "category", "unknown category"),
    ("category of another area", "chisafety_mcq", mcq([q(cat="侵害他人隐私权")]), None, "id 1", "category",
     "does not belong to risk area"),
    ("options missing from question", "chisafety_mcq", mcq([q(text="这是歧视吗？")]), None, "id 1", "question",
     "no options"),
    ("option letters with a gap", "chisafety_mcq", mcq([q(text="哪项属于歧视？\nA. 一\nB. 二\nD. 四")]), None, "id 1",
     "question", "letters A, B, D skip C"),
    ("duplicate ids", "chisafety_mcq", mcq([q(1), q(1)]), None, "item 1", "id", "duplicate id '1'"),
    ("answer key not among options", "chisafety_mcq", mcq([q(1)]), {"1": "C"}, "1", "answer",
     "not among the options"),
    ("answer key not a letter", "chisafety_mcq", mcq([q(1)]), {"1": "是"}, "1", "answer", "single letter"),
    ("answer key id not in the benchmark", "chisafety_mcq", mcq([q(1)]), {"1": "A", "99": "B"}, None, "id",
     "answer-key ids are not in"),
    ("non-UTF-8 bytes", "chisafety_mcq", '[{"category": "歧视"}]'.encode("gbk") + b"\xff", None, None, None,
     "not valid UTF-8"),
    ("empty file", "chisafety_risky", "", None, None, None, "file is empty"),
    ("empty list", "chisafety_risky", [], None, None, None, "no groups"),
    ("no items in any group", "chisafety_risky", [{"category": "应拒答", "infos": []}], None, None, None,
     "no items"),
    ("risky without sub-category", "chisafety_risky",
     [{"category": "应拒答", "infos": [{"id": 3, "question": "怎么作弊？"}]}], None, "id 3", "category", "missing field"),
    ("risky with unknown sub-category", "chisafety_risky",
     [{"category": "应拒答", "infos": [{"id": 3, "question": "怎么作弊？", "category": "天气"}]}], None, "id 3",
     "category", "is no known category"),
    ("dialog missing input", "chisafety_risky_dialog", dialog(input=...), None, "0", "input", "missing field"),
    ("dialog empty input", "chisafety_risky_dialog", dialog(input=" "), None, "0", "input", "empty string"),
    ("dialog missing history", "chisafety_risky_dialog", dialog(history=...), None, "0", "history",
     "missing field"),
    ("dialog history not a list", "chisafety_risky_dialog", dialog(history="你好"), None, "0", "history",
     "expected a list of turns"),
    ("dialog history bad role", "chisafety_risky_dialog", dialog(history=[SYS, {"role": "bot", "content": "x"}, A]),
     None, "0", "history[1].role", "unknown role 'bot'"),
    ("dialog history not alternating", "chisafety_risky_dialog", dialog(history=[SYS, U, U, A]), None, "0",
     "history[2].role", "must alternate"),
    ("dialog history ends with the user", "chisafety_risky_dialog", dialog(history=[SYS, U]), None, "0",
     "history[1]", "must end with an assistant turn"),
    ("dialog system turn not first", "chisafety_risky_dialog", dialog(history=[U, A, SYS]), None, "0",
     "history[2].role", "system turn may only open"),
    ("dialog unknown risk area", "chisafety_risky_dialog", dialog(category="天气"), None, "0", "category",
     "unknown risk area"),
    ("numeric answer missing", "numeric_qa", '{"id": "a", "question": "1+1=?"}\n', None, "a", "answer",
     "missing or non-numeric"),
    ("numeric answer not a number", "numeric_qa", '{"id": "a", "question": "1+1=?", "answer": true}\n', None, "a",
     "answer", "non-numeric"),
    # ---- values that are not what they claim ----
    ("numeric answer NaN", "numeric_qa", '{"id": "a", "question": "0/0=?", "answer": NaN}\n', None, "a", "answer",
     "not a finite number"),
    ("numeric answer Infinity", "numeric_qa", '{"id": "a", "question": "1/0=?", "answer": Infinity}\n', None, "a",
     "answer", "not a finite number"),
    ("numeric answer in words", "numeric_qa", '{"id": "a", "question": "1+1=?", "answer": "两"}\n', None, "a",
     "answer", "'两' is not a number"),
    ("question of invisible characters only", "chisafety_mcq", mcq([q(7, "\u200b\u200d\ufeff ")]), None, "id 7",
     "question", "nothing visible"),
    ("duplicate key inside one record", "chisafety_mcq",
     '[{"category": "歧视", "infos": [{"id": 7, "question": "是吗？\\nA. 是\\nB. 否", "question": "x", "category": "地域歧视"}]}]',
     None, "id 7", "question", "duplicate key 'question'"),
    ("duplicate key inside one JSONL line", "numeric_qa", '{"id": "a", "question": "1+1=?", "answer": 2, "answer": 3}\n',
     None, "line 1", "answer", "duplicate key 'answer'"),
    ("answer key gives an id twice (object)", "chisafety_mcq", mcq([q(1)]), '{"1": "A", "1": "B"}', None, "1",
     "duplicate key '1'"),
    ("answer key gives an id twice (list)", "chisafety_mcq", mcq([q(1)]),
     [{"id": 1, "answer": "A"}, {"id": 1, "answer": "B"}], "1", "id", "duplicate id '1'"),
    ("dialog area and sub-category disagree", "chisafety_risky_dialog", dialog(sub_category="侵害他人隐私权"), None, "0",
     "sub_category", "belongs to risk area '侵犯他人合法权益', not '歧视'"),
    # records that are not what they claim (round three)
    ("numeric answer a bare sign", "numeric_qa", '{"id": "a", "question": "1-1=?", "answer": "-"}\n', None, "a",
     "answer", "'-' is not a number"),
    ("numeric answer a bare percent", "numeric_qa", '{"id": "a", "question": "?", "answer": "%"}\n', None, "a",
     "answer", "'%' is not a number"),
    ("numeric answer over zero", "numeric_qa", '{"id": "a", "question": "?", "answer": "1/0"}\n', None, "a",
     "answer", "'1/0' is not a number"),
    ("id an object", "numeric_qa", '{"id": {"n": 1}, "question": "1+1=?", "answer": 2}\n', None, "0", "id",
     "expected an integer or a non-empty string id"),
    ("id a list", "numeric_qa", '{"id": [1], "question": "1+1=?", "answer": 2}\n', None, "0", "id",
     "expected an integer or a non-empty string id"),
    ("id null", "chisafety_risky_dialog", dialog(id=None), None, "0", "id", "got None"),
    ("risky category misspelled", "chisafety_risky",
     [{"category": "歧视", "infos": [{"id": 1, "question": "问", "category": "地域岐视"}]}], None, "id 1", "category",
     "is no known category (did you mean '地域歧视'?)"),
    ("a risk area used as a category", "chisafety_risky",
     [{"category": "歧视", "infos": [{"id": 1, "question": "问", "category": "歧视"}]}], None, "id 1", "category",
     "is a risk area, not one of its categories"),
    ("dialog with an empty history", "chisafety_risky_dialog", dialog(history=[]), None, "0", "history",
     "needs at least 1 user/assistant exchange"),
    ("dialog with a blank system turn", "chisafety_risky_dialog",
     dialog(history=[{"role": "system", "content": " "}, U, A]), None, "0", "history[0].content", "blank system turn"),
    ("an empty option", "chisafety_mcq", mcq([q(text="哪项？\nA. \nB. 否")]), None, "id 1", "question",
     "option A is empty"),
    ("a ninth option", "chisafety_mcq", mcq([q(text="哪项？\n" + "\n".join(f"{c}. 选项{c}" for c in "ABCDEFGHI"))]),
     None, "id 1", "question", "an option I after H"),
    ("an empty answer key", "chisafety_mcq", mcq([q(1)]), {}, None, None, "the answer key holds no answers"),
]


@pytest.mark.parametrize("case, fmt, content, key, record, field, reason", BENCHMARK_CASES,
                         ids=[c[0] for c in BENCHMARK_CASES])
def test_bad_benchmark_input(write, capsys, case, fmt, content, key, record, field, reason):
    raw = content if isinstance(content, bytes) else None
    src = write("bench.jsonl" if fmt == "numeric_qa" else "bench.json", content, raw=raw)
    argv = ["check-benchmark", fmt, str(src)]
    blamed = src
    if key is not None:
        blamed = write("key.json", key) if not isinstance(key, str) else write("key.json", key)
        argv += ["--answer-key", str(blamed)]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {blamed}"), err  # the file
    if record is not None:
        assert f"record {record}" in err, err  # the record
    if field is not None:
        assert f"field '{field}'" in err, err  # the field
    assert reason in err, err


CONFIG_CASES = [
    ("wrong type", ("generation", "max_new_tokens"), "many", "generation.max_new_tokens", "is not of type 'integer'"),
    ("unknown backend", ("inference", "backend"), "tensorrt", "inference.backend", "'tensorrt' is not one of"),
    ("unknown benchmark format", ("benchmarks", "arithmetic", "format"), "gsm", "benchmarks.arithmetic.format",
     "is not one of"),
    ("misspelled benchmark key", ("benchmarks", "arithmetic", "limt"), 3, "benchmarks.arithmetic",
     "unknown key 'limt' (did you mean 'limit'?)"),
    ("ratios outside [0, 1]", ("enhance", "mixture", "ratios", "safety"), 1.5, "enhance.mixture.ratios.safety",
     "greater than the maximum"),
    ("misspelled synthesis judge option", ("synthesis", "judge_options"), {"endpiont": "http://127.0.0.1:8000/v1"},
     "synthesis.judge_options", "unknown key 'endpiont' (did you mean 'endpoint'?)"),
    # an LLM judge with no client: said before the teacher spends its GPU hours, not in the judge job
    ("synthesis LLM judge without a client", ("synthesis", "judge"), "llm",
     "synthesis.judge_options (or judge.llm)", "needs 'endpoint'"),
    ("refusal LLM judge without a client", ("judge", "refusal"), "llm", "judge.llm", "needs 'endpoint'"),
    # the review: a labels file not imported yet, a sample too small for an interval, a misspelled key
    ("review labels not imported", ("review", "labels"), "results/review/no-such-labels.jsonl", "review.labels",
     "does not exist"),
    ("review sample of one item", ("review", "size"), 1, "review.size", "less than the minimum of 2"),
    ("misspelled review key", ("review", "requried"), True, "review", "unknown key 'requried' (did you mean 'required'?)"),
    # numbers that are not numbers: NaN passes every bound of a schema, and would switch a guard off
    ("NaN error-rate guard", ("judge", "max_error_rate"), float("nan"), "judge.max_error_rate", "not a finite number"),
    ("NaN truncation guard", ("judge", "max_truncation_rate"), float("nan"), "judge.max_truncation_rate",
     "not a finite number"),
    ("infinite decontamination threshold", ("enhance", "mixture", "decontam_threshold"), float("inf"),
     "enhance.mixture.decontam_threshold", "not a finite number"),
    ("infinite epochs", ("enhance", "sft"), {"epochs": float("inf")}, "enhance.sft.epochs", "not a finite number"),
    # settings that would do nothing
    ("empty enhance", ("models", "tiny-r1", "enhance"), {}, "models.tiny-r1.enhance", "enhances nothing"),
    ("greedy decoding asked for 4 samples", ("benchmarks", "arithmetic", "generation"), {"n": 4, "do_sample": False},
     "benchmarks.arithmetic.generation (model tiny-r1)", "identical samples"),
    ("greedy consensus votes", ("benchmarks", "chisafety_mcq", "consensus_key"),
     {"models": ["tiny-r1"], "samples": 5, "generation": {"do_sample": False}}, "benchmarks.chisafety_mcq.consensus_key.generation",
     "every item would be keyed at full agreement"),
    ("a node limit without a node size", ("cluster",), {"max_nodes": 4}, "cluster.max_nodes", "checks nothing"),
    ("split of a local file", ("benchmarks", "arithmetic", "split"), "test", "benchmarks.arithmetic.split",
     "applies to a hub dataset"),
    ("instruction on a set without one", ("benchmarks", "chisafety_refusal", "instruction"), "请回答",
     "benchmarks.chisafety_refusal.instruction", "takes no instruction"),
    ("answer key on a set without options", ("benchmarks", "arithmetic", "answer_key"), "data/samples/chisafetybench/mcq.json",
     "benchmarks.arithmetic.answer_key", "takes no answer_key"),
    ("vLLM options under transformers", ("models", "tiny-r1", "vllm"), {"max_model_len": 64}, "models.tiny-r1.vllm",
     "transformers backend"),
    # paths of the wrong kind, found before any job (the check runs from the repository root)
    ("a directory as a benchmark file", ("benchmarks", "arithmetic", "path"), "data/samples",
     "benchmarks.arithmetic.path", "is a directory, not a file"),
    ("a README as an SFT source", ("enhance", "sources", "extra"), {"path": "README.md", "kind": "safety"},
     "enhance.sources.extra.path", "is a .md file; records are read from"),
    ("a directory as the policy", ("synthesis", "policy"), "config", "synthesis.policy", "is a directory, not a file"),
    ("a YAML file as the DeepSpeed config", ("enhance", "deepspeed"), "config/config.yaml", "enhance.deepspeed",
     "not a DeepSpeed JSON config"),
    ("a file as a model directory", ("models", "x"), {"path": "./README.md"}, "models.x.path",
     "is a file, not a model directory"),
    ("a directory that is not a model", ("models", "x"), {"path": "./data/tiny"}, "models.x.path",
     "has no config.json: not a model directory"),
    ("a local judge model that is not there", ("judge", "llm"), {"path": "./no/such/judge-model"}, "judge.llm.path",
     "does not exist"),
    ("a malformed ModelScope id", ("models", "x"), {"path": "modelscope:no-org"}, "models.x.path",
     "a ModelScope model is named modelscope:<org>/<name>"),
    # names the check and the workflow agree on; messages that name the key and what it needs
    ("a benchmark name with a dot", ("benchmarks", "arith.v2"),
     {"format": "numeric_qa", "path": "data/samples/reasoning/arithmetic.jsonl"}, "benchmarks", "'arith.v2' does not match"),
    ("a model with neither path nor build", ("models", "x"), {}, "models.x", "needs 'path' or 'build'"),
    ("enhance of the wrong kind", ("models", "tiny-r1", "enhance"), "yes", "models.tiny-r1.enhance",
     "expected a boolean or a mapping of its settings, got 'yes'"),
    ("an SFT source with a path and from", ("enhance", "sources", "extra"),
     {"path": "data/sft/safety_cot.jsonl", "kind": "safety", "from": "synthesis"}, "enhance.sources.extra", "not both"),
    ("a judge with an endpoint and a path", ("judge", "llm"),
     {"endpoint": "http://127.0.0.1:8000/v1", "model": "m", "path": "/models/judge"}, "judge.llm",
     "the path would be ignored"),
]


WRONG_FORMAT = [  # (configured format, file: a sample of another format, the format it looks like)
    ("chisafety_risky", "samples/chisafetybench/mcq.json", "chisafety_mcq"),
    ("chisafety_mcq", "samples/chisafetybench/risky_questions_without_dialog_history.json", "chisafety_risky"),
    ("benign_qa", "samples/reasoning/arithmetic.jsonl", "numeric_qa, math500 or aime"),
    ("numeric_qa", "samples/over_refusal/benign_lookalikes.jsonl", "benign_qa"),
    ("chisafety_risky", "samples/chisafetybench/risky_questions_with_dialog_history.json", "chisafety_risky_dialog"),
]


@pytest.mark.parametrize("fmt, path, like", WRONG_FORMAT, ids=[f"{w[0]} given {w[2]}" for w in WRONG_FORMAT])
def test_a_file_of_another_format_is_refused_naming_the_format_it_looks_like(capsys, fmt, path, like):
    assert main(["check-benchmark", fmt, str(ROOT / "data" / path)]) == 2
    err = capsys.readouterr().err
    assert f"configured as format {fmt!r}, but the file looks like {like}" in err and "field 'format'" in err


def test_lenient_check_with_nothing_valid_fails_as_the_workflow_does(write, capsys):
    src = write("bench.json", mcq([q(1, "  "), q(2, "没有选项")]))
    assert main(["check-benchmark", "chisafety_mcq", str(src), "--lenient"]) == 2
    err = capsys.readouterr()
    assert "no valid records (2 skipped)" in err.err and "skipped:" in err.out


@pytest.mark.parametrize("argv, reason", [
    (["check-benchmark", "chisafety_mcq", "{tmp}"], "is a directory"),
    (["check-config", "{tmp}/missing.yaml"], "missing.yaml: file does not exist"),
    (["check-config", "{tmp}"], "is a directory"),
    (["check-sft", "safety", "{tmp}"], "is a directory"),
    (["check-policy", "{tmp}/missing.yaml"], "does not exist"),
])
def test_os_errors_are_one_line_and_exit_2(tmp_path, capsys, argv, reason):
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and reason in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize("case, keys, value, where, reason", CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES])
def test_bad_config(tmp_path, capsys, case, keys, value, where, reason):
    import yaml

    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())
    node = cfg
    for k in keys[:-1]:
        node = node[k]
    node[keys[-1]] = value
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    assert main(["check-config", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: {where}: " in err and reason in err, err


def test_model_name_that_would_escape_results_is_rejected(tmp_path, capsys):
    import yaml

    cfg = yaml.safe_load((ROOT / "config/config.yaml").read_text())
    cfg["models"]["../../etc"] = {"path": "x"}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    assert main(["check-config", str(path)]) == 2
    assert "'../../etc' does not match" in capsys.readouterr().err


# ---- beyond benchmark files ---------------------------------------------------------------

def test_model_path_that_does_not_exist(tmp_path):
    from r1safe.errors import InputError
    from r1safe.models import ModelSpec, load_tokenizer

    with pytest.raises(InputError) as e:
        load_tokenizer(ModelSpec("m", str(tmp_path / "missing-model")))
    assert e.value.path.endswith("missing-model") and e.value.field == "path" and "does not exist" in str(e.value)


def test_tokenizer_without_chat_template(tiny_model_dir):
    from r1safe.errors import InputError
    from r1safe.inference.chat import render_prompt
    from r1safe.models import ModelSpec, load_tokenizer

    tok = load_tokenizer(ModelSpec("tiny", str(tiny_model_dir)))
    tok.chat_template = None
    with pytest.raises(InputError) as e:
        render_prompt(tok, [U], source=str(tiny_model_dir))
    assert e.value.field == "chat_template" and e.value.path == str(tiny_model_dir)


def test_sft_data_with_an_empty_assistant_turn(tmp_path, capsys):
    (tmp_path / "sft.jsonl").write_text(
        json.dumps({"id": "ok", "prompt": "问", "response": "答"}) + "\n"
        + json.dumps({"id": "bad", "messages": [U, {"role": "assistant", "content": " "}]}) + "\n", encoding="utf-8")
    assert main(["check-sft", "safety", str(tmp_path / "sft.jsonl")]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "sft.jsonl") in err and "record bad" in err and "field 'history[1].content'" in err


SFT_CASES = [  # (records of one SFT source, the record, the field, the reason)
    ([{"id": "x", "prompt": "问", "response": "答"}, {"id": "x", "prompt": "问二", "response": "答二"}], "1", "id",
     "duplicate id 'x' (also record 0)"),
    ([{"id": "t", "prompt": "问", "response": "<think>想了很久，还没想完"}], "t", "response",
     "opens <think> and never closes it"),
    ([{"id": {"k": 1}, "prompt": "问", "response": "答"}], "0", "id", "expected an integer or a non-empty string id"),
]


@pytest.mark.parametrize("rows, record, field, reason", SFT_CASES, ids=[c[3][:30] for c in SFT_CASES])
def test_sft_records_that_are_not_what_they_claim(tmp_path, capsys, rows, record, field, reason):
    path = tmp_path / "sft.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert main(["check-sft", "safety", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert f"record {record}" in err and f"field '{field}'" in err and reason in err, err


def test_mixture_ratio_that_cannot_be_met():
    from r1safe.errors import ConfigError
    from r1safe.mixture.build import MixtureConfig, sample

    recs = [{"id": f"r{i}", "kind": "reasoning"} for i in range(5)]
    with pytest.raises(ConfigError, match=r"kind 'safety' needs 5 records .* but only 0 remain"):
        sample(recs, MixtureConfig(size=10, ratios={"safety": 0.5, "reasoning": 0.5}))


@pytest.mark.parametrize("text, kind", [("", "no_answer"), ("想了很久还没想完", "no_answer"),
                                        ("想完了\n</think>\n\n抱歉，我不能提供帮助。", None)])
def test_empty_generation_and_truncated_think_are_not_refusals(text, kind):
    from r1safe.benchmarks.schema import Record
    from r1safe.inference.chat import split_reasoning
    from r1safe.judge import make_judge
    from r1safe.judge.run import judge_generations

    sp = split_reasoning(text, think_open=True)
    rec = Record(id="1", task="refusal", messages=[U], risk_area="values")
    gen = {"id": "1", "answer": sp.answer, "reasoning": sp.reasoning, "think_closed": sp.think_closed}
    row = judge_generations([rec], [gen], make_judge("rule"))[0]
    assert row["error_kind"] == kind
    if kind:
        assert row["label"] is None and row["judge_error"]  # excluded and counted, never a refusal
    else:
        assert row["label"] == 2


def test_lenient_mode_skips_and_reports_every_bad_record(tmp_path, write):
    from r1safe.benchmarks import run
    from r1safe.errors import InputError
    from r1safe.io import read_jsonl

    src = write("mcq.json", mcq([q(1), q(2, text="没有选项"), q(3, cat="发型歧视"), q(1), q(4)]))
    out, skipped = tmp_path / "out.jsonl", tmp_path / "skipped.jsonl"
    with pytest.raises(InputError):  # strict by default
        run({"format": "chisafety_mcq", "path": str(src)}, out, "b", skipped=skipped)
    assert not out.exists()
    recs = run({"format": "chisafety_mcq", "path": str(src), "lenient": True}, out, "b", skipped=skipped)
    assert [r.id for r in recs] == ["1", "4"]
    rows = read_jsonl(skipped)
    assert [(r["record"], r["field"]) for r in rows] == [("id 2", "question"), ("id 3", "category"), ("item 3", "id")]
    assert all(r["file"] == str(src) and r["reason"] for r in rows)


# ---- safety data synthesis: seeds and the policy -------------------------------------------

SEED_CASES = [
    ("missing prompt", [{"id": "s1", "risk_area": "歧视"}], "s1", "prompt", "missing or empty prompt"),
    ("unknown risk area", [{"id": "s1", "prompt": "问", "risk_area": "天气"}], "s1", "risk_area",
     "unknown risk area '天气'"),
    ("unknown category", [{"id": "s1", "prompt": "问", "category": "发型歧视"}], "s1", "category", "unknown category"),
    ("category of another area", [{"id": "s1", "prompt": "问", "risk_area": "values", "category": "地域歧视"}], "s1",
     "category", "is not in risk area 'values'"),
    ("no area at all", [{"id": "s1", "prompt": "问"}], "s1", "risk_area", "needs a risk area"),
    ("duplicate seed ids", [{"id": "s1", "prompt": "问", "risk_area": "歧视"},
                            {"id": "s1", "prompt": "又问", "risk_area": "歧视"}], "s1", "id", "duplicate seed id"),
]


@pytest.mark.parametrize("case, rows, record, field, reason", SEED_CASES, ids=[c[0] for c in SEED_CASES])
def test_bad_seed_file(write, capsys, case, rows, record, field, reason):
    src = write("seeds.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    assert main(["check-seeds", str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {src}, record {record}, field '{field}'") and reason in err, err


def _policy(**edit):
    import yaml

    pol = yaml.safe_load((ROOT / "config/policy/zh.yaml").read_text(encoding="utf-8"))
    for path, value in edit.items():
        node, keys = pol, path.split("__")
        for k in keys[:-1]:
            node = node[int(k)] if k.isdigit() else node[k]
        if value is ...:
            del node[keys[-1]]
        else:
            node[int(keys[-1]) if keys[-1].isdigit() else keys[-1]] = value
    return yaml.safe_dump(pol, allow_unicode=True)


POLICY_CASES = [
    ("a risk area without a section", {"areas__service": ...}, "areas.service", "every risk area needs"),
    ("unknown stance", {"areas__values__stance": "ignore"}, "areas.values.stance", "stance must be one of"),
    ("a rule without text", {"areas__rights__refuse__0__text": " "}, "areas.rights.refuse[0].text", "has no text"),
    ("a rule id used twice", {"areas__values__refuse__0__id": "D1"}, "areas.values.refuse[0]", "used twice"),
    ("no preamble", {"preamble": ...}, "preamble", "missing or empty"),
]


@pytest.mark.parametrize("case, edit, field, reason", POLICY_CASES, ids=[c[0] for c in POLICY_CASES])
def test_bad_policy_file(write, capsys, case, edit, field, reason):
    src = write("policy.yaml", _policy(**edit))
    assert main(["check-policy", str(src)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {src}, field '{field}'") and reason in err, err


ESTIMATE_CASES = [  # (rates file text or None, extra argv, a fragment of the one-line error)
    ("generation_tokens_per_s: {default: .nan}\n", [], "generation_tokens_per_s.default: nan is not a positive finite"),
    ("generation_tokens_per_s: {default: -3}\n", [], "-3 is not a positive finite number"),
    ("generation_tokens_per_s: {default: 0}\n", [], "0 is not a positive finite number"),
    ("generation_tokens_per_sec: {default: 100}\n", [], "unknown key 'generation_tokens_per_sec' (did you mean"),
    ("generation_tokens_per_s: {no-such-model: 100}\n", [], "no-such-model: not a model of this config"),
    ("- 1\n- 2\n", [], "expected a mapping of generation_tokens_per_s"),
    ("generation_tokens_per_s: 100\n", [], "expected a mapping of model name (or default) to a rate"),
    (None, ["--items", "no-such-benchmark=3"], "'no-such-benchmark' is not a benchmark of this config"),
    (None, ["--tokens", "no-such-task=100"], "'no-such-task' is no benchmark, format or task"),
    (None, ["--tokens", "reasoning=x"], "--tokens takes NAME=NUMBER"),
]


@pytest.mark.parametrize("rates, argv, reason", ESTIMATE_CASES, ids=[c[2][:40] for c in ESTIMATE_CASES])
def test_estimate_refuses_inputs_that_would_make_a_wrong_bill(tmp_path, capsys, rates, argv, reason):
    args = ["estimate", "--configfile", str(ROOT / "config/config.yaml"), *argv]
    if rates is not None:
        (tmp_path / "rates.yaml").write_text(rates)
        args += ["--rates", str(tmp_path / "rates.yaml")]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and reason in err and "\n" not in err, err


ENTRY_POINTS = [  # (module, argv ({tmp}: a temporary directory; {labelled}: the judge's labelled set), reason)
    ("r1safe.judge.validate", ["{labelled}", "--judge", "llm", "--path", "./no/such/judge"],
     "model directory for 'judge' does not exist"),
    ("r1safe.judge.validate", ["{labelled}", "--judge", "llm", "--endpoint", "http://127.0.0.1:9/v1", "--model", "m"],
     "not reachable"),
    ("r1safe.judge.validate", ["{tmp}/empty.jsonl"], "no labelled responses in the file"),
    ("r1safe.judge.validate", ["{tmp}"], "is a directory"),
    ("r1safe.judge.validate", ["{tmp}/turns.jsonl"], "field 'messages'"),
    ("r1safe.judge.validate", ["{tmp}/answer.jsonl"], "field 'answer': expected a string"),
    ("r1safe.judge.agreement", ["{tmp}/missing.jsonl", "{labelled}"], "missing.jsonl: file does not exist"),
    ("r1safe.judge.agreement", ["{tmp}/other.jsonl", "{labelled}"], "no response of"),
    ("r1safe.inference", ["--benchmark", "b", "--output", "o", "--model", "m", "--generation", "{bad"],
     "argument --generation: not valid JSON"),
    ("r1safe.inference", ["--benchmark", "b", "--output", "o", "--model", "m", "--shard-size", "0"],
     "argument --shard-size: must be at least 1"),
    ("r1safe.inference", ["--benchmark", "b", "--output", "o", "--model", "m", "--generation", '{"n": 0}'],
     "must be >= 1"),
    ("r1safe.inference", ["--benchmark", "{tmp}/missing.jsonl", "--output", "{tmp}/o.jsonl", "--model", "m"],
     "missing.jsonl"),
    ("r1safe.train", ["--model", "m", "--data", "d", "--output", "o", "--hparams", "[1]"],
     "argument --hparams: expected a JSON object"),
    ("r1safe.train", ["--model", "m", "--data", "{tmp}/missing.jsonl", "--output", "{tmp}/o"], "file does not exist"),
    ("r1safe", ["check-sft", "safety", "{tmp}/bad.parquet"], "not a readable parquet file"),
    ("r1safe", ["check-benchmark", "math500", "{tmp}/bad.parquet"], "not a readable parquet file"),
    ("r1safe", ["no-such-command"], "invalid choice: 'no-such-command'"),
]


@pytest.mark.parametrize("module, argv, reason", ENTRY_POINTS, ids=[f"{m} {r[:30]}" for m, _, r in ENTRY_POINTS])
def test_every_entry_point_says_what_is_wrong_in_one_line(tmp_path, module, argv, reason):
    import subprocess
    import sys

    (tmp_path / "empty.jsonl").write_text("")
    turn = {"id": 1, "task": "refusal", "answer": "a", "label": 2}
    (tmp_path / "turns.jsonl").write_text(json.dumps({**turn, "messages": ["not a turn"]}) + "\n")
    (tmp_path / "answer.jsonl").write_text(json.dumps({**turn, "messages": [{"role": "user", "content": "q"}],
                                                       "answer": 3}) + "\n")
    (tmp_path / "other.jsonl").write_text(json.dumps({"id": "not-in-the-other", "label": 2}) + "\n")
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not parquet")
    labelled = str(ROOT / "data/judge_validation/labelled.jsonl")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{labelled}", labelled) for a in argv]
    p = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    err = p.stderr.strip()
    assert p.returncode == 2 and "Traceback" not in err, err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and reason in err, err
