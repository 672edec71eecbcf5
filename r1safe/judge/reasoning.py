"""Final-answer extraction and comparison for numeric reasoning problems."""

from __future__ import annotations

import re
from fractions import Fraction

from r1safe.judge.mcq import extract_choice

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


def is_correct_integer(pred: str | None, gold: str) -> bool:
    """AIME: integers compared as integers (``024`` == ``24``)."""
    if pred is None:
        return False
    p = to_number(pred)
    return p is not None and p.denominator == 1 and int(p) == int(gold)


def is_correct_math(answer: str, gold: str) -> tuple[bool, str | None]:
    """MATH-500: the final answer and the gold LaTeX answer compared with math-verify
    (equivalence of fractions, radicals, percentages, units, intervals ...)."""
    from math_verify import parse, verify

    if not answer or not answer.strip():
        return False, None
    gold_parsed = parse(gold if "$" in gold or "\\boxed" in gold else f"${gold}$")
    pred_parsed = parse(answer)
    if not pred_parsed:
        return False, None
    return bool(verify(gold_parsed, pred_parsed)), str(pred_parsed[-1])


def extract_letter(answer: str, options: dict[str, str]) -> tuple[str | None, str]:
    """GPQA: the letter in the last ``\\boxed{}``, else the MCQ extraction."""

    boxed = last_boxed(answer or "")
    if boxed is not None:
        letter = boxed.strip().strip("()（）.").upper()
        if letter in options:
            return letter, "boxed"
    return extract_choice(answer, options)


def judge_reasoning(rec, answer: str) -> dict:
    """The scorer named by the record (``numeric``, ``integer``, ``math``, ``choice``)."""
    scorer = (rec.meta or {}).get("scorer", "numeric")
    if scorer == "math":
        ok, pred = is_correct_math(answer, rec.answer)
        return dict(gold=rec.answer, pred=pred, extraction="math_verify", correct=ok)
    if scorer == "choice":
        pred, how = extract_letter(answer, rec.options)
        return dict(gold=rec.answer, pred=pred, extraction=how, correct=pred == rec.answer)
    pred, how = extract_answer(answer)
    check = is_correct_integer if scorer == "integer" else is_correct
    return dict(gold=rec.answer, pred=pred, extraction=how, correct=check(pred, rec.answer))
