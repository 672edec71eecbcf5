"""Builds the demo's tiny reasoning model offline: a byte-level BPE tokenizer trained on bundled
text, a small Qwen2 causal LM with a DeepSeek-R1-Distill-style chat template, briefly trained on
bundled "helpful but unsafe" chats so that it answers every question (the demo's unsafe base)."""
