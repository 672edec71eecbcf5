"""Turn chat records into (input_ids, labels) with the loss on the final assistant turn only.

DeepSeek-R1-Distill's chat template strips everything before ``</think>`` from assistant turns,
so rendering a whole training conversation through it would drop the reasoning from the target.
Instead the prompt (every turn but the last) is rendered with the template's generation prompt
and the completion (``<think>`` reasoning ``</think>`` answer, then EOS) is appended verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

from r1safe.errors import InputError
from r1safe.inference.chat import THINK_OPEN, render_prompt

IGNORE_INDEX = -100


@dataclass
class Encoded:
    input_ids: list[int]
    labels: list[int]

    def __len__(self) -> int:
        return len(self.input_ids)


def completion_text(prompt: str, assistant: str, eos_token: str) -> str:
    """The target text: the assistant turn (with its ``<think>`` block) plus EOS. When the prompt
    already opened the thought, the turn's own opening tag is not repeated."""
    body = assistant
    if prompt.rstrip().endswith(THINK_OPEN) and body.lstrip().startswith(THINK_OPEN):
        body = body.lstrip()[len(THINK_OPEN):].lstrip("\n")
    return body + eos_token


def encode_chat(tokenizer, messages: list[dict], *, source: str = "sft", record=None) -> Encoded:
    if not messages or messages[-1].get("role") != "assistant":
        raise InputError(source, "the last turn must be the assistant's answer", record=record, field="messages")
    target = messages[-1].get("content")
    if not isinstance(target, str) or not target.strip():
        raise InputError(source, "the assistant turn is empty", record=record, field="messages[-1].content")
    prompt = render_prompt(tokenizer, messages[:-1], source=source)
    completion = completion_text(prompt, target, tokenizer.eos_token or "")
    p_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    c_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
    return Encoded(p_ids + c_ids, [IGNORE_INDEX] * len(p_ids) + list(c_ids))


class Collator:
    """Right-pads a batch; labels are padded with IGNORE_INDEX."""

    def __init__(self, pad_id: int):
        self.pad_id = pad_id

    def __call__(self, batch):
        import torch

        width = max(len(b["input_ids"]) for b in batch)
        ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(batch), width), IGNORE_INDEX, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for i, b in enumerate(batch):
            n = len(b["input_ids"])
            ids[i, :n] = torch.tensor(b["input_ids"])
            labels[i, :n] = torch.tensor(b["labels"])
            mask[i, :n] = 1
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}
