"""Chat formatting through the model's own template, and the explicit ``<think>`` split."""

from __future__ import annotations

from dataclasses import dataclass

from r1safe.errors import InputError

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"


def render_prompt(tokenizer, messages: list[dict], *, source: str = "model") -> str:
    """The generation prompt for ``messages`` rendered by the tokenizer's own chat template."""
    if not getattr(tokenizer, "chat_template", None):
        raise InputError(source, "the tokenizer has no chat template (tokenizer_config.json / "
                         "chat_template.jinja); set one or use a chat model", field="chat_template")
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def prompt_opens_think(prompt: str) -> bool:
    """True when the rendered prompt already opened a thought (R1 templates end in ``<think>\\n``)."""
    tail = prompt.rstrip()
    return tail.endswith(THINK_OPEN)


@dataclass(frozen=True)
class Split:
    reasoning: str
    answer: str
    think_closed: bool  # False: the thought never ended (truncated), answer is empty

    @property
    def truncated_think(self) -> bool:
        return not self.think_closed


def split_reasoning(text: str, *, think_open: bool) -> Split:
    """Split a completion into (reasoning, final answer).

    ``think_open``: the prompt ended inside ``<think>`` (R1 templates), so the completion starts
    in the thought. Otherwise a thought counts only when the completion opens one itself.
    A thought without ``</think>`` is a truncated thought: reasoning is the text, the final answer
    is empty and the split is flagged.
    """
    body = text
    stripped = body.lstrip()
    if stripped.startswith(THINK_OPEN):
        body = stripped[len(THINK_OPEN):]
        think_open = True
    if THINK_CLOSE in body:
        reasoning, answer = body.split(THINK_CLOSE, 1)
        return Split(reasoning.strip(), answer.strip(), True)
    if think_open:
        return Split(body.strip(), "", False)
    return Split("", body.strip(), True)
