"""Instruction data in: SFT sources (local JSON/JSONL/parquet or HF dataset ids) normalized to
chat records whose assistant turn holds ``<think>`` reasoning and the final answer."""
