"""Judges: MCQ extraction, numeric answers, and refusal judges behind one interface."""

from __future__ import annotations

from typing import Protocol

from r1safe.judge.llm import LLMJudge
from r1safe.judge.prompts import get_prompt
from r1safe.judge.rule import VERSION as RULE_VERSION
from r1safe.judge.rule import Verdict, judge_text, judge_trace, question_of
from r1safe.registry import Registry


class RefusalJudge(Protocol):
    name: str
    version: str

    def judge(self, items: list[dict]) -> list[Verdict]:
        """``items``: dicts with ``messages`` (the conversation) and ``answer`` (the final
        answer); returns one verdict per item."""


class RuleJudge:
    name = "rule"
    version = RULE_VERSION
    abstains = True  # says "uncertain" where its evidence decides nothing

    def __init__(self, **_):
        pass

    def judge(self, items: list[dict]) -> list[Verdict]:
        return [judge_trace(it["answer"]) if it.get("trace") else judge_text(it["answer"], question_of(it.get("messages")),
                                                                        benign=it.get("task") == "over_refusal")
                for it in items]


JUDGES = Registry("judge")  # name -> factory(**options); the LLM judge's client is imported lazily
JUDGES.add("rule", RuleJudge)


@JUDGES.register("llm")
def _llm(**options) -> RefusalJudge:
    return LLMJudge(**options)


def judge_version(name: str, prompt: str | None = None) -> str:
    """The version a judge writes into its verdicts, without building it (no client, no model)."""
    if name == "llm":
        return get_prompt(prompt).version
    return JUDGES.get(name).version


def make_judge(name: str, **options) -> RefusalJudge:
    return JUDGES.get(name)(**options)
