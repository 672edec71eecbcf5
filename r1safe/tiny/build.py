"""Build a tiny R1-style model directory (tokenizer + Qwen2 weights in safetensors) offline."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from r1safe.errors import checked_settings, typed_settings
from r1safe.io import read_jsonl
from r1safe.train.sft import SFTConfig, train

VERSION = "tiny-2"  # tiny-2: trained through sft-2 (epoch order from seed and epoch)

BOS = "<｜begin▁of▁sentence｜>"
EOS = "<｜end▁of▁sentence｜>"
USER = "<｜User｜>"
ASSISTANT = "<｜Assistant｜>"
PAD = "<|endoftext|>"  # also Qwen2Tokenizer's unk
SPECIAL = [PAD, BOS, EOS, USER, ASSISTANT]
THINK_TOKENS = ["<think>", "</think>"]

# DeepSeek-R1-Distill's behaviour: system prompt first, assistant history turns lose their
# reasoning (everything up to </think>), and the generation prompt opens the thought.
CHAT_TEMPLATE = (
    "{%- if not add_generation_prompt is defined %}{%- set add_generation_prompt = false %}{%- endif %}"
    "{%- set ns = namespace(system_prompt='') %}"
    "{%- for message in messages %}{%- if message['role'] == 'system' %}"
    "{%- set ns.system_prompt = message['content'] %}{%- endif %}{%- endfor %}"
    "{{- bos_token }}{{- ns.system_prompt }}"
    "{%- for message in messages %}"
    "{%- if message['role'] == 'user' %}{{- '" + USER + "' + message['content'] }}"
    "{%- elif message['role'] == 'assistant' %}"
    "{%- set content = message['content'] %}"
    "{%- if '</think>' in content %}{%- set content = content.split('</think>')[-1] | trim %}{%- endif %}"
    "{{- '" + ASSISTANT + "' + content + '" + EOS + "' }}"
    "{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '" + ASSISTANT + "<think>\\n' }}{%- endif %}"
)


@dataclass(frozen=True)
class TinyModelSettings:
    """``tiny_model:``: what the demo's tiny models are trained on, and their default settings
    (:class:`TinyConfig`; a model's ``tiny_settings`` override them)."""

    chats: str = "data/tiny/base_chats.jsonl"
    tokenizer_texts: tuple = ()
    settings: Mapping = field(default_factory=dict)

    @classmethod
    def from_config(cls, cfg: Mapping) -> "TinyModelSettings":
        tiny = dict(cfg.get("tiny_model") or {})
        if tiny.get("tokenizer_texts") is not None:
            tiny["tokenizer_texts"] = tuple(tiny["tokenizer_texts"])
        return typed_settings(cls, tiny, "tiny_model settings")


@dataclass
class TinyConfig:
    vocab_size: int = 3000
    hidden_size: int = 128
    intermediate_size: int = 256
    num_hidden_layers: int = 2
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    max_position_embeddings: int = 512
    epochs: float = 30.0
    learning_rate: float = 3e-3
    batch_size: int = 16
    seed: int = 0

    @classmethod
    def from_dict(cls, d: dict | None) -> "TinyConfig":
        return cls(**checked_settings(cls, d, "tiny-model settings"))


def train_tokenizer(texts: list[str], vocab_size: int):
    """A byte-level BPE with exactly the pre-tokenization Qwen2Tokenizer rebuilds on load
    (NFC, Qwen2 split regex, byte level), so the saved and the reloaded tokenizer agree."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, trainers
    from tokenizers.models import BPE
    from transformers.models.qwen2.tokenization_qwen2 import PRETOKENIZE_REGEX

    tok = Tokenizer(BPE(unk_token=None, continuing_subword_prefix="", end_of_word_suffix="",
                        fuse_unk=False, byte_fallback=False))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(PRETOKENIZE_REGEX), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL + THINK_TOKENS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def wrap_tokenizer(raw):
    from transformers import Qwen2Tokenizer

    vocab = raw.get_vocab()
    merges = [tuple(m) if isinstance(m, (list, tuple)) else tuple(m.split(" ", 1))
              for m in json.loads(raw.to_str())["model"]["merges"]]
    tok = Qwen2Tokenizer(vocab=vocab, merges=merges, unk_token=PAD, bos_token=BOS, eos_token=EOS,
                         pad_token=PAD, add_prefix_space=False)
    tok.add_tokens(THINK_TOKENS)
    tok.chat_template = CHAT_TEMPLATE
    return tok


def corpus_texts(chats: list[dict], extra_files: list[str | Path] = ()) -> list[str]:
    texts = [m["content"] for c in chats for m in c["messages"]]
    for f in extra_files:
        texts.append(Path(f).read_text(encoding="utf-8"))
    return texts


def build(chats_path: str | Path, output_dir: str | Path, cfg: TinyConfig,
          tokenizer_texts: list[str | Path] = (), threads: int | None = None) -> dict:
    """Train the tokenizer and the model; ``threads`` caps torch's (the weights do not depend on it
    under r1safe.numerics' pinned paths: tests/unit/test_numerics.py)."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    if threads:
        torch.set_num_threads(threads)

    chats = read_jsonl(chats_path)
    torch.manual_seed(cfg.seed)
    tok = wrap_tokenizer(train_tokenizer(corpus_texts(chats, tokenizer_texts), cfg.vocab_size))
    mcfg = Qwen2Config(
        vocab_size=len(tok), hidden_size=cfg.hidden_size, intermediate_size=cfg.intermediate_size,
        num_hidden_layers=cfg.num_hidden_layers, num_attention_heads=cfg.num_attention_heads,
        num_key_value_heads=cfg.num_key_value_heads, max_position_embeddings=cfg.max_position_embeddings,
        tie_word_embeddings=True, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    model = Qwen2ForCausalLM(mcfg)
    model.generation_config.bos_token_id = tok.bos_token_id
    model.generation_config.eos_token_id = tok.eos_token_id
    model.generation_config.pad_token_id = tok.pad_token_id
    sft = SFTConfig(learning_rate=cfg.learning_rate, epochs=cfg.epochs, batch_size=cfg.batch_size,
                    max_length=cfg.max_position_embeddings, lr_scheduler="cosine", warmup_steps=10,
                    seed=cfg.seed, logging_steps=20, bf16="false")
    tok.padding_side = "right"
    summary = train(None, chats, output_dir, sft, model=model, tokenizer=tok, source=str(chats_path))
    summary["tiny_config"] = cfg.__dict__
    summary["parameters"] = sum(p.numel() for p in model.parameters())
    Path(output_dir, "training_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False))
    return summary
