"""Text normalization and character n-grams shared by dedup and decontamination."""

from __future__ import annotations

import re
import unicodedata
import zlib

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def normalize(text: str) -> str:
    """NFKC, lower case, no whitespace or punctuation: the form compared for duplicates."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).lower())


def char_ngrams(text: str, n: int) -> set[str]:
    """Character n-grams of the normalized text; a text shorter than n is one gram."""
    t = normalize(text)
    if not t:
        return set()
    if len(t) <= n:
        return {t}
    return {t[i: i + n] for i in range(len(t) - n + 1)}


def stable_hash(s: str) -> int:
    """A process-independent 32-bit hash (Python's hash() is salted per process)."""
    return zlib.crc32(s.encode("utf-8"))


def prompt_text(record: dict) -> str:
    """The user side of a chat record: every user turn, joined."""
    return "\n".join(m["content"] for m in record["messages"] if m["role"] == "user")


def response_text(record: dict) -> str:
    return record["messages"][-1]["content"]
