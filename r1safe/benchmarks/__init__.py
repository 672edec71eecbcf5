"""Benchmark readers, registered by format name, all producing :class:`Record` lists."""

from __future__ import annotations

from pathlib import Path

from r1safe.benchmarks import benign, chisafety, reasoning, reasoning_sets  # noqa: F401  (they register)
from r1safe.benchmarks.base import FORMATS, Skips
from r1safe.benchmarks.schema import Record
from r1safe.benchmarks.sniff import check_format
from r1safe.errors import InputError
from r1safe.io import read_json, read_jsonl, write_json, write_jsonl
from r1safe.provenance import Stage, file_hashes

VERSION = "benchmark-3"  # the check and prepare steps: readers, validation (3: GPQA in the R1 report's prompt)

# the keys of a benchmark's spec that are not its reader's options
NOT_READER_OPTIONS = ("format", "path", "limit", "lenient", "generation", "consensus_key")


def task_of(fmt: str) -> str:
    """The task a format's records are scored by (every reader registers itself with its task)."""
    return FORMATS.meta(fmt)["task"]


def load(fmt: str, path: str | Path, **options) -> list[Record]:
    reader = FORMATS.get(fmt)
    check_format(fmt, path)
    return reader(path, **options)


def _read(spec: dict):
    """The records of one benchmark as its spec says, and what was skipped (lenient mode)."""

    options = {k: v for k, v in spec.items() if k not in NOT_READER_OPTIONS}
    skips = Skips(lenient=bool(spec.get("lenient")))
    records = load(spec["format"], spec["path"], skips=skips, **options)
    if not records:
        raise InputError(spec["path"], f"no valid records ({len(skips.skipped)} skipped)")
    return records, skips


def check(spec: dict, output: str | Path, name: str) -> dict:
    """The check step: read the benchmark exactly as :func:`run` will, write nothing but a small
    report (so a bad file fails here, before the step that would replace earlier outputs)."""

    records, skips = _read(spec)
    skips.report()
    report = {"benchmark": name, "records": len(records), "skipped": len(skips.skipped),
              "sources": file_hashes([spec.get("path"), spec.get("answer_key")])}
    write_json(output, report)
    return report


def run(spec: dict, output: str | Path, name: str, manifest: str | Path | None = None,
        skipped: str | Path | None = None, staged: str | Path | None = None) -> list[Record]:
    """Read one benchmark as the config describes it and write the normalized JSONL (and its
    provenance manifest: the source files' sha256 and the spec; for an HF dataset, ``staged``, its
    staging record: the commit and the files' sha256). With ``lenient: true`` in the spec, bad
    records are skipped and each is written with its reason to ``skipped``."""

    extra = {}
    if staged is not None:
        rec = read_json(staged)
        extra["staged"] = {k: rec.get(k) for k in ("id", "revision", "commit", "files")}
    with Stage("prepare_benchmark", manifest, benchmark=name, spec=spec,
               sources=file_hashes([spec.get("path"), spec.get("answer_key")]), **extra) as st:
        records, skips = _read(spec)
        if skipped is not None:
            write_jsonl(skipped, skips.skipped)
        skips.report()
        st.info["skipped"] = len(skips.skipped)
        if spec.get("limit"):
            records = records[: int(spec["limit"])]
        for r in records:
            r.meta["benchmark"] = name
        write_jsonl(output, (r.to_dict() for r in records))
        st.info.update(records=len(records), unscored=sum(1 for r in records if r.task == "mcq" and r.answer is None))
    return records


def read_normalized(path: str | Path) -> list[Record]:
    return [Record.from_dict(d) for d in read_jsonl(path)]
