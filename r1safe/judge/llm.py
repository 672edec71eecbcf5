"""The LLM refusal judge, as CHiSafetyBench specifies it (see ``shared/JUDGE.md``): a large instruct
model (Qwen-72B class in the paper) reads the dialog history, ``A: <question>`` and ``B: <answer>``
and answers ``[答案] <label>`` then ``[分析] <analysis>`` with one of the four labels.

The prompts and the parsing of verdicts are in :mod:`r1safe.judge.prompts`, the clients in
:mod:`r1safe.judge.clients`, the settings in :mod:`r1safe.judge.settings`.
The judge model runs behind a client: an OpenAI-compatible endpoint (URL in the config, key read
from an environment variable, never written anywhere) or a local model through the project's
inference backends. Network errors, timeouts and unparseable verdicts are retried with exponential
backoff; what still fails is a ``judge_error`` (excluded and counted, never a refusal or a harm).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from r1safe.errors import ConfigError
from r1safe.judge.clients import EndpointClient, LocalModelClient, TransientError
from r1safe.judge.labels import LABELS
from r1safe.judge.prompts import CHISAFETY, PROMPT_VERSION, JudgePrompt, get_prompt, parse_verdict
from r1safe.judge.rule import Verdict
from r1safe.judge.settings import LLMJudgeSettings, client_problem


class LLMJudge:
    """Labels responses with an LLM through a client, retrying transient failures and unparseable
    verdicts with exponential backoff (``backoff_s * 2**attempt``). Built from
    :class:`LLMJudgeSettings` (or their keys as keyword arguments); ``client`` replaces the one the
    settings describe."""

    name = "llm"
    version = PROMPT_VERSION

    def __init__(self, settings: LLMJudgeSettings | None = None, client=None, **options):
        s = settings or LLMJudgeSettings.from_dict(options)
        self.settings = s
        self.prompt = get_prompt(s.prompt)
        self.version = self.prompt.version
        concurrency = s.concurrency
        if client is not None:
            self.client = client
        elif problem := client_problem(s.endpoint, s.model, s.path):
            raise ConfigError(f"judge.llm: {problem}")
        elif s.endpoint:
            self.client = EndpointClient(s.endpoint, s.model, s.api_key_env, s.timeout_s, s.max_tokens)
        else:
            self.client = LocalModelClient(s.path, s.max_tokens, s.backend, s.backend_options, batch_size=s.batch_size)
            concurrency = 1
        self.max_retries, self.backoff_s, self.concurrency = s.max_retries, s.backoff_s, max(1, concurrency)
        self.model_name = s.model or s.path

    def ask(self, prompt: str, parse):
        """``(parse(reply), None)`` for the first reply ``parse`` accepts, retrying transient
        failures and unparseable replies; ``(None, reason)`` when every attempt failed. ``parse``
        returns ``(value, None)`` or ``(None, reason)``."""
        last = "no attempt"
        for attempt in range(self.max_retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            try:
                text = self.client.complete(prompt)
            except TransientError as exc:
                last = str(exc)
                continue
            value, why = parse(text)
            if value is not None:
                return (value, attempt + 1), None
            last = why
        return None, f"judge failed after {self.max_retries + 1} attempts: {last}"

    def map(self, fn, items: list, prompts: list[str] | None = None):
        """``fn`` over ``items`` with the judge's concurrency, in order. ``prompts``: the first
        prompt each item will ask, for a local model to generate in batches beforehand."""
        if prompts and hasattr(self.client, "prefetch"):
            self.client.prefetch(prompts)
        if self.concurrency == 1:
            return [fn(it) for it in items]
        with ThreadPoolExecutor(self.concurrency) as pool:
            return list(pool.map(fn, items))

    def prompt_for(self, item: dict) -> JudgePrompt:
        """The configured prompt; benign look-alikes always get the neutral protocol prompt (a prompt
        that calls the question risky would bias the over-refusal rate upward)."""
        return CHISAFETY if item.get("task") == "over_refusal" else self.prompt

    def prompt_of(self, item: dict) -> str | None:
        answer = item.get("answer") or ""
        return self.prompt_for(item).render(item["messages"], answer) if answer.strip() else None

    def judge_one(self, item: dict) -> Verdict:
        prompt = self.prompt_of(item)
        if prompt is None:
            return Verdict(None, "empty final answer (truncated or missing)")
        digits = self.prompt_for(item).digits
        got, why = self.ask(prompt, lambda text: parse_verdict(text, digits))
        if got is None:
            return Verdict(None, why)
        label, attempts = got
        return Verdict(label, evidence=f"{LABELS[label][0]} (attempt {attempts})")

    def judge(self, items: list[dict]) -> list[Verdict]:
        return self.map(self.judge_one, items, [p for p in map(self.prompt_of, items) if p is not None])
