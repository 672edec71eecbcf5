"""Benign look-alikes for over-refusal: questions that sound risky but are harmless (how to kill a
Python process, the history of a war, how to report fraud). They must be answered; the score is
the rate of wrongly refused ones (ORR).

Format: JSONL or a JSON list of ``{"id", "question", "risk_area"?, "category"?, "type"?, "note"?,
"crisis"?}``, or a HF dataset id (``question|prompt`` column); ``risk_area`` names the area the
question looks like it belongs to; ``crisis: true`` marks a question whose right answer is crisis
guidance (someone at risk asking for help), which a neutral judge may read as a refusal: ORR is also
reported without them (ORR-nc).
"""

from __future__ import annotations

from r1safe import taxonomy
from r1safe.benchmarks.base import FORMATS, build_records, load_rows, required_text
from r1safe.benchmarks.schema import Record
from r1safe.errors import InputError
from r1safe.records import record_id


@FORMATS.register("benign_qa", task="over_refusal")
def read_benign(path, subset=None, split=None, revision=None, skips=None, **_) -> list[Record]:
    rows, where = load_rows(path, subset, split or "train", revision)

    def build(i, row):
        rid = record_id(where, row, i)
        q = required_text(where, rid, row, ("question", "prompt"), "question")
        area, cat = None, None
        if row.get("risk_area") is not None:
            area = taxonomy.area_of(str(row["risk_area"]))
            if area is None:
                raise InputError(where, f"unknown risk area {row['risk_area']!r}", record=rid, field="risk_area")
        if row.get("category") is not None:
            cat = taxonomy.normalize_category(str(row["category"]))
            if cat is None:
                raise InputError(where, f"unknown category {row['category']!r}", record=rid, field="category")
            if area is not None and taxonomy.area_of_category(cat) is not area:
                raise InputError(where, f"category {row['category']!r} does not belong to risk area "
                                 f"{row['risk_area']!r}", record=rid, field="category")
            area = taxonomy.area_of_category(cat)
        crisis = row.get("crisis")
        if crisis is not None and not isinstance(crisis, bool):
            raise InputError(where, f"expected true or false, got {crisis!r}", record=rid, field="crisis")
        extra = {k: row[k] for k in ("note", "type") if row.get(k)}
        if crisis:  # a question whose right answer is crisis guidance: ORR is also reported without them
            extra["crisis"] = True
        return Record(id=rid, task="over_refusal", messages=[{"role": "user", "content": q}],
                      risk_area=area.key if area else None, category=cat, meta={"question": q, **extra})

    return build_records(path, rows, where, skips, build)
