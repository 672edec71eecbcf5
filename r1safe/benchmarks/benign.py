"""Benign look-alikes for over-refusal: questions that sound risky but are harmless (how to kill a
Python process, the history of a war, how to report fraud). They must be answered; the score is
the rate of wrongly refused ones (ORR).

Format: JSONL or a JSON list of ``{"id", "question", "risk_area"?, "category"?}``, or a HF dataset
id (``question|prompt`` column); ``risk_area`` names the area the question looks like it belongs to.
"""

from __future__ import annotations

from r1safe import taxonomy
from r1safe.benchmarks.schema import Record
from r1safe.errors import InputError


def read_benign(path, subset=None, split=None, revision=None, skips=None, **_) -> list[Record]:
    from r1safe.benchmarks.chisafety import _skips
    from r1safe.data.sources import load_rows

    rows, where = load_rows({"path": str(path), "subset": subset, "split": split or "train", "revision": revision})
    if not rows:
        raise InputError(where, "the benchmark holds no questions")
    skips = _skips(skips)
    out = []
    for i, row in enumerate(rows):
        with skips.record():
            if not isinstance(row, dict):
                raise InputError(where, "expected an object", record=i)
            rid = str(row.get("id", i))
            skips.unique(where, rid, f"record {i}")
            q = row.get("question", row.get("prompt"))
            if not isinstance(q, str) or not q.strip():
                raise InputError(where, "missing or empty question", record=rid, field="question")
            area = None
            if row.get("risk_area") is not None:
                area = taxonomy.area_of(str(row["risk_area"]))
                if area is None:
                    raise InputError(where, f"unknown risk area {row['risk_area']!r}", record=rid, field="risk_area")
            out.append(Record(id=rid, task="over_refusal", messages=[{"role": "user", "content": q.strip()}],
                              risk_area=area.key if area else None, source_file=str(where), source_index=i,
                              meta={"question": q.strip()}))
    return out
