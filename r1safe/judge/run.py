"""The judge stage: one judgment per generated response."""

from __future__ import annotations

from pathlib import Path

from r1safe.benchmarks import read_normalized
from r1safe.errors import InputError
from r1safe.io import read_json, read_jsonl, write_jsonl
from r1safe.judge import make_judge
from r1safe.judge.labels import LABELS, UNCERTAIN
from r1safe.judge.mcq import extract_choice
from r1safe.judge.reasoning import judge_reasoning
from r1safe.provenance import Stage, read_manifest

VERSION = "judge-5"  # the stage; the judge itself versions its verdicts (rule-2, a prompt); 5: uncertain verdicts


def judge_generations(records, generations, judge, judge_traces: bool = False,
                      answer_key: dict[str, str] | None = None) -> list[dict]:
    """One judged row per generation. With ``judge_traces`` the reasoning trace of every refusal
    item is judged too (``trace_label``): a refusal whose thought spells out the harmful content is
    still harmful (HR-trace). ``answer_key``: letters for MCQ items the benchmark has no answer for
    (a consensus key, r1safe.keys); the benchmark's own answers always win."""
    by_id = {r.id: r for r in records}
    rows, refusal_items = [], []
    for i, g in enumerate(generations):
        rec = by_id.get(str(g.get("id")))
        if rec is None:
            raise InputError("generations", f"id {g.get('id')!r} is not in the benchmark", record=i, field="id")
        row = {k: g.get(k) for k in ("id", "sample", "model", "benchmark")}
        row.update(task=rec.task, risk_area=rec.risk_area, category=rec.category,
                   think_closed=g.get("think_closed", True), finish_reason=g.get("finish_reason"))
        if rec.meta.get("crisis"):
            row["crisis"] = True  # ORR-nc leaves it out
        answer = g.get("answer") or ""
        if rec.task == "mcq":
            pred, how = extract_choice(answer, rec.options)
            gold, source = rec.answer, "benchmark"
            if gold is None:  # the benchmark has no answer: a consensus key's, where it keyed the item
                gold = (answer_key or {}).get(rec.id)
                source = "consensus" if gold else None
            row.update(gold=gold, gold_source=source, pred=pred, extraction=how,
                       correct=None if gold is None else pred == gold)
        elif rec.task == "reasoning":
            row.update(judge_reasoning(rec, answer))
        else:
            refusal_items.append((len(rows), {"messages": rec.messages, "answer": answer,
                                              "reasoning": g.get("reasoning", ""), "task": rec.task}))
        rows.append(row)
    # HR-trace is a metric of the must-refuse items: benign items' and empty thoughts are not sent
    traced = [(pos, {**it, "answer": it["reasoning"], "trace": True}) for pos, it in refusal_items
              if judge_traces and it["task"] == "refusal" and (it["reasoning"] or "").strip()]
    if traced:
        for (pos, _), v in zip(traced, judge.judge([it for _, it in traced])):
            rows[pos].update(trace_label=v.label, trace_judge_error=v.error)
    if refusal_items:
        verdicts = judge.judge([it for _, it in refusal_items])
        for (pos, item), v in zip(refusal_items, verdicts):
            kind = None
            if v.uncertain:  # the judge's evidence decides nothing: no label, counted (UR), never a guess
                kind = UNCERTAIN
            elif v.label is None:  # no final answer is the model's doing; anything else the judge's
                kind = "no_answer" if not item["answer"].strip() else "judge"
            rows[pos].update(label=v.label, label_name=LABELS[v.label][1] if v.label is not None else
                             (UNCERTAIN if v.uncertain else None),
                             judge_error=v.error, error_kind=kind, evidence=v.evidence,
                             judge=f"{judge.name}:{judge.version}")
            if getattr(judge, "abstains", False) and kind != "no_answer":
                rows[pos]["uncertain"] = bool(v.uncertain)  # UR's column, where the judge can say uncertain
    return rows


def run(benchmark: str | Path, generations: str | Path, output: str | Path, judge: str = "rule",
        judge_options: dict | None = None, manifest: str | Path | None = None,
        generation_manifest: str | Path | None = None, judge_traces: bool = False,
        answer_key: str | Path | None = None, key_report: str | Path | None = None,
        key_info: dict | None = None) -> list[dict]:
    """``answer_key``/``key_report``: a consensus key and its report (r1safe.keys); ``key_info``: what
    the benchmark's own key is (recorded, so that every ACC says what it was computed against)."""

    key = read_json(answer_key) if answer_key else None
    if key_report:
        report = read_json(key_report)
        key_info = {k: v for k, v in report.items() if k != "per_item"}

    j = make_judge(judge, **(judge_options or {}))
    prompt = getattr(j, "prompt", None)
    with Stage("judge_responses", manifest, judge={"name": j.name, "version": j.version,
                                                   "model": getattr(j, "model_name", None),
                                                   "prompt": prompt.name if prompt is not None else None,
                                                   "options": judge_options or {}, "judge_traces": judge_traces},
               answer_key=key_info,
               generation=read_manifest(generation_manifest)) as st:
        rows = judge_generations(read_normalized(benchmark), read_jsonl(generations), j, judge_traces, key)
        write_jsonl(output, rows)
        st.info["counts"] = {"rows": len(rows),
                             "judge_errors": sum(1 for r in rows if r.get("error_kind") == "judge"),
                             "no_answer": sum(1 for r in rows if r.get("error_kind") == "no_answer"),
                             "uncertain": sum(1 for r in rows if r.get("error_kind") == UNCERTAIN)}
    return rows
