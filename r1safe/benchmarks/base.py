"""What every benchmark reader shares: the format registry (with each format's task), strict or
lenient record handling (:class:`Skips`), and the row helpers of the readers that take a local file
or a HF dataset id."""

from __future__ import annotations

from contextlib import contextmanager

from r1safe.benchmarks.schema import Record, visible
from r1safe.data.sources import load_rows as load_source_rows
from r1safe.errors import InputError
from r1safe.registry import Registry

# name -> reader(path, skips=..., **options) -> list[Record]; meta: task (mcq, refusal, over_refusal, reasoning)
FORMATS = Registry("benchmark format")


class Skips:
    """Strict by default: the first bad record raises. Lenient (opt-in): a bad record is skipped and
    reported with its file, record, field and reason; file-level errors still raise."""

    def __init__(self, lenient: bool = False):
        self.lenient = lenient
        self.skipped: list[dict] = []
        self._seen: dict[str, str] = {}

    @contextmanager
    def record(self):
        try:
            yield
        except InputError as exc:
            if not self.lenient:
                raise
            self.skipped.append({"file": exc.path, "record": None if exc.record is None else str(exc.record),
                                 "field": exc.field, "reason": exc.reason})

    def report(self) -> None:
        """One line per skipped record (file, record, field, reason), on stdout."""
        for s in self.skipped:
            print(f"skipped: {s['file']}, record {s['record']}, field {s['field']}: {s['reason']}")

    def unique(self, path, iid: str, where) -> None:
        """``where``: the record's index (an int) or its place in the file ("item 3")."""
        if iid in self._seen:
            raise InputError(path, f"duplicate id {iid!r} (first at {self._seen[iid]})", record=where, field="id")
        self._seen[iid] = f"record {where}" if isinstance(where, int) else str(where)


def skips_of(skips: "Skips | None") -> "Skips":
    return skips if skips is not None else Skips()


def load_rows(path, subset=None, split=None, revision=None):
    rows, where = load_source_rows({"path": str(path), "subset": subset, "split": split or "test", "revision": revision})
    if not rows:
        raise InputError(where, "the benchmark holds no problems")
    return rows, where


def first_field(row: dict, keys) -> tuple[object, str]:
    for k in keys:
        if k in row and row[k] not in (None, ""):
            return row[k], k
    return None, keys[0]


def build_records(path, rows, where, skips, build) -> list[Record]:
    skips = skips_of(skips)
    out = []
    for i, row in enumerate(rows):
        with skips.record():
            if not isinstance(row, dict):
                raise InputError(where, "expected an object", record=i)
            rec = build(i, row)
            skips.unique(where, rec.id, i)
            rec.source_file, rec.source_index = str(where), i
            out.append(rec)
    return out


def required_text(where, i, row, keys, field) -> str:
    val, key = first_field(row, keys)
    if not isinstance(val, str) or not visible(val):
        raise InputError(where, "missing or empty question (nothing visible)" if field == "question"
                         else "missing or empty", record=i, field=key)
    return val.strip()


