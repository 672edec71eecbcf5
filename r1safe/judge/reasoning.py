"""Final-answer extraction and comparison for numeric reasoning problems."""

from __future__ import annotations

import re
from fractions import Fraction

_NUM = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?")


def last_boxed(text: str) -> str | None:
    """Content of the last ``\\boxed{...}`` (nested braces allowed), or None."""
    start = text.rfind("\\boxed")
    while start != -1:
        i = text.find("{", start)
        if i == -1:
            return None
        depth, j = 0, i
        while j < len(text):
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    return text[i + 1: j].strip()
            j += 1
        start = text.rfind("\\boxed", 0, start)
    return None


def to_number(s: str) -> Fraction | None:
    s = s.strip().replace("$", "").replace("\\,", "").replace(" ", "")
    m = re.fullmatch(r"\\[dt]?frac\{(-?\d+)\}\{(\d+)\}", s)
    if m:
        return Fraction(int(m.group(1)), int(m.group(2)))
    m = _NUM.fullmatch(s)
    if not m:
        return None
    s = s.replace(",", "")
    try:
        return Fraction(s)
    except (ValueError, ZeroDivisionError):
        return None


def extract_answer(answer: str) -> tuple[str | None, str]:
    """The final answer string and how it was found (``boxed`` or ``last_number``)."""
    if not answer or not answer.strip():
        return None, "empty"
    boxed = last_boxed(answer)
    if boxed is not None:
        return boxed, "boxed"
    nums = _NUM.findall(answer)
    if nums:
        return nums[-1], "last_number"
    return None, "unparsed"


def is_correct(pred: str | None, gold: str) -> bool:
    if pred is None:
        return False
    a, b = to_number(pred), to_number(gold)
    if a is not None and b is not None:
        return a == b
    return pred.strip() == gold.strip()
