"""What format a benchmark file looks like, so that a file configured as the wrong format is refused
instead of read as something it is not (the MCQ file read as must-refuse questions gives 1,567
"questions to refuse", each with its options in the question).

Only local JSON/JSONL files are looked at, and only their shape: groups with ``infos`` whose questions
carry options (MCQ) or not (risky questions), dialogs with ``history`` and ``input``, GPQA's columns,
problems with answers (the reasoning formats), questions without answers (benign look-alikes).
"""

from __future__ import annotations

from pathlib import Path

from r1safe.benchmarks.chisafety import OptionGap, split_options
from r1safe.errors import InputError
from r1safe.io import read_json, read_jsonl

MIN_ITEMS = 5  # the shape of fewer records says too little
# formats that read the same shape
FAMILIES = {"numeric_qa": "reasoning", "math500": "reasoning", "aime": "reasoning"}


def family(fmt: str) -> str:
    return FAMILIES.get(fmt, fmt)


def _has_options(question: str) -> bool:
    try:
        return len(split_options(question)[1]) >= 2
    except OptionGap:
        return True


def looks_like(path: str | Path) -> tuple[str, str] | None:
    """``(format or family, why)`` for a local file whose shape is clear, else None (the reader then
    reports what is wrong with it)."""

    p = Path(path)
    if not p.is_file() or p.suffix not in (".json", ".jsonl"):
        return None
    try:
        data = read_jsonl(p) if p.suffix == ".jsonl" else read_json(p)
    except InputError:
        return None
    if not isinstance(data, list) or not data or not all(isinstance(x, dict) for x in data[:50]):
        return None
    head = data[:50]
    if len(head) < MIN_ITEMS and not all("infos" in g for g in head):
        return None
    if all("infos" in g for g in head):
        qs = [it["question"] for g in head if isinstance(g.get("infos"), list)
              for it in g["infos"][:20] if isinstance(it, dict) and isinstance(it.get("question"), str)]
        if len(qs) < MIN_ITEMS:  # too few to tell a bad record from another format
            return None
        share = sum(map(_has_options, qs)) / len(qs)
        if share >= 0.8:
            return "chisafety_mcq", f"{share:.0%} of its questions carry options (A. ... B. ...)"
        if share <= 0.2:
            return "chisafety_risky", "grouped questions without options"
        return None
    if all("input" in x and "history" in x for x in head):
        return "chisafety_risky_dialog", "dialogs with 'history' and 'input'"
    if all("Correct Answer" in x for x in head):
        return "gpqa", "rows with 'Correct Answer'"
    asks = all(any(k in x for k in ("question", "problem", "prompt")) for x in head)
    if asks and all("answer" in x for x in head):
        return "reasoning", "problems with answers"
    if asks and not any("answer" in x for x in head):
        return "benign_qa", "questions without answers"
    return None


def check_format(fmt: str, path: str | Path) -> None:
    """Refuse a file that clearly has the shape of another format, naming the one it looks like."""

    seen = looks_like(path)
    if seen is not None and seen[0] != family(fmt):
        like = seen[0] if seen[0] != "reasoning" else "numeric_qa, math500 or aime"
        raise InputError(path, f"configured as format {fmt!r}, but the file looks like {like} ({seen[1]}); "
                         "check the benchmark's format", field="format")
