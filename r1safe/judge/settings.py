"""The judge stage's settings: ``judge:`` (which refusal judge, its guards) and an LLM judge's
``judge.llm`` / ``synthesis.judge_options``, typed, with the checks run before any job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from r1safe.errors import ConfigError, typed_settings


@dataclass(frozen=True)
class JudgeSettings:
    """``judge:``: the refusal judge (the built-in rules or an LLM), HR-trace, and when scores are
    refused instead of published."""

    refusal: str = "rule"  # rule | llm
    judge_traces: bool = False  # judge the reasoning trace too (HR-trace)
    llm: Mapping | None = None  # LLMJudgeSettings' keys
    max_error_rate: float = 0.05
    truncated: str = "not_refused"  # not_refused | exclude
    max_truncation_rate: float | None = None

    @classmethod
    def from_config(cls, cfg: Mapping) -> "JudgeSettings":
        return typed_settings(cls, cfg.get("judge"), "judge settings")

    def llm_options(self) -> dict:
        """The LLM judge's options when the refusal judge is an LLM, else none."""
        return dict(self.llm or {}) if self.refusal == "llm" else {}


# How the client reaches the judge and how the job is sized, never which verdicts it writes: out of the
# judge jobs' params (read from the config when the job runs), so changing them relabels nothing.
CLIENT_KEYS = ("api_key_env", "max_retries", "backoff_s", "timeout_s", "concurrency", "batch_size", "mem_mb",
               "runtime")


def without_client(options: dict) -> dict:
    """An LLM judge's settings without the client-only keys: what the rules put in params."""
    return {k: v for k, v in options.items() if k not in CLIENT_KEYS}


def client_options(options: dict) -> dict:
    return {k: v for k, v in (options or {}).items() if k in CLIENT_KEYS}


@dataclass(frozen=True)
class LLMJudgeSettings:
    """``judge.llm`` (and ``synthesis.judge_options``): the client, its retries, the prompt; an unknown
    key is refused (a misspelled setting must not be silently ignored)."""

    endpoint: str | None = None  # an OpenAI-compatible URL ...
    model: str | None = None  # ... and the model it serves
    api_key_env: str | None = "OPENAI_API_KEY"
    path: str | None = None  # or a local judge model
    max_retries: int = 3
    backoff_s: float = 1.0
    timeout_s: float = 60.0
    concurrency: int = 8
    max_tokens: int = 256
    backend: str = "auto"  # a local model's inference backend
    backend_options: Mapping | None = None
    batch_size: int = 16
    prompt: str | None = None  # chisafety (default) | primed
    gpus: int = 0  # the judge job's resources (the rules read them; a local model's tensor parallel size)
    mem_mb: int | None = None
    runtime: int | None = None

    @classmethod
    def from_dict(cls, d: dict | None) -> "LLMJudgeSettings":
        return typed_settings(cls, d, "judge.llm settings")


def client_problem(endpoint: str | None, model: str | None, path: str | None) -> str | None:
    """Why these settings give the LLM judge no client, or None when they do."""
    if endpoint:
        return None if model else "an endpoint needs a 'model' name"
    return None if path else "the LLM judge needs 'endpoint' (an OpenAI-compatible URL) and 'model', or 'path' (a local model)"


def check_judge_config(cfg: dict) -> None:
    """Before any job: every LLM judge the config uses has a client (an endpoint with a model name,
    or a local model path). Without this, a synthesis run would find out after the teacher's GPU
    hours, in its judge job."""
    judge = cfg.get("judge") or {}
    needs = []
    if judge.get("refusal") == "llm":
        needs.append(("judge.llm", judge.get("llm") or {}))
    syn = cfg.get("synthesis") or {}
    if syn.get("judge") == "llm":
        needs.append(("synthesis.judge_options" if syn.get("judge_options") else "synthesis.judge_options (or judge.llm)",
                      syn.get("judge_options") or judge.get("llm") or {}))
    for where, opts in needs:
        problem = client_problem(opts.get("endpoint"), opts.get("model"), opts.get("path"))
        if problem:
            raise ConfigError(f"{where}: {problem}")
