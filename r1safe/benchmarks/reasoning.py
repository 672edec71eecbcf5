"""Reasoning benchmarks with short numeric answers (the demo's arithmetic set, GSM8K-style files).

Format: JSONL (or a JSON list) of ``{"id", "question", "answer"}``; ``answer`` is a number or a
numeric string. The prompt asks for the final answer in ``\\boxed{}`` as the R1 reports do.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from r1safe.benchmarks.base import FORMATS, skips_of
from r1safe.benchmarks.schema import Record, visible
from r1safe.errors import InputError
from r1safe.io import read_json, read_jsonl
from r1safe.records import record_id

NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:/\d+)?%?")
DEFAULT_INSTRUCTION = "请逐步推理，并把最终答案写在 \\boxed{} 中。"


def _is_number(text: str) -> bool:
    """A numeric answer as written: it has a digit, and a fraction's denominator is not zero."""
    if not NUMBER.fullmatch(text) or not any(c.isdigit() for c in text):
        return False
    _, slash, denominator = text.rstrip("%").partition("/")
    return not slash or int(denominator) != 0


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        rows = read_jsonl(path)
    else:
        rows = read_json(path)
        if not isinstance(rows, list):
            raise InputError(path, "expected a JSON list of problems at the top level")
    if not rows:
        raise InputError(path, "the file holds no problems")
    return rows


@FORMATS.register("numeric_qa", task="reasoning")
def read_numeric_qa(path: str | Path, instruction: str | None = DEFAULT_INSTRUCTION, skips=None, **_) -> list[Record]:
    path = Path(path)
    skips = skips_of(skips)
    records = []
    for i, row in enumerate(_rows(path)):
        with skips.record():
            if not isinstance(row, dict):
                raise InputError(path, "expected an object", record=i)
            iid = record_id(path, row, i)
            skips.unique(path, iid, i)
            q = row.get("question", row.get("problem"))
            if not isinstance(q, str) or not visible(q):
                raise InputError(path, "missing or empty question (nothing visible)", record=iid, field="question")
            ans = row.get("answer")
            if isinstance(ans, bool) or not isinstance(ans, (int, float, str)) or str(ans).strip() == "":
                raise InputError(path, f"missing or non-numeric answer {ans!r}", record=iid, field="answer")
            if isinstance(ans, float) and not math.isfinite(ans):
                raise InputError(path, f"answer {ans!r} is not a finite number", record=iid, field="answer")
            if isinstance(ans, str) and not _is_number(ans.strip()):
                raise InputError(path, f"answer {ans!r} is not a number (digits, optional sign, decimal point, "
                                 "thousands commas, a fraction a/b with b not 0, or a trailing %)", record=iid,
                                 field="answer")
            content = q.strip() + (("\n" + instruction) if instruction else "")
            records.append(Record(id=iid, task="reasoning", messages=[{"role": "user", "content": content}],
                                  answer=str(ans).strip(), source_file=str(path), source_index=i,
                                  meta={"question": q.strip()}))
    return records
