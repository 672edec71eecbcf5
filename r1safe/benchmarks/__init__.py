"""Benchmark readers, registered by format name, all producing :class:`Record` lists."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from r1safe.benchmarks.chisafety import read_mcq, read_risky, read_risky_dialog
from r1safe.benchmarks.benign import read_benign
from r1safe.benchmarks.reasoning import read_numeric_qa
from r1safe.benchmarks.reasoning_sets import read_aime, read_gpqa, read_math500
from r1safe.benchmarks.schema import Record
from r1safe.errors import ConfigError
from r1safe.io import read_jsonl, write_jsonl

READERS: dict[str, Callable[..., list[Record]]] = {
    "chisafety_mcq": read_mcq,
    "chisafety_risky": read_risky,
    "chisafety_risky_dialog": read_risky_dialog,
    "numeric_qa": read_numeric_qa,
    "math500": read_math500,
    "aime": read_aime,
    "gpqa": read_gpqa,
    "benign_qa": read_benign,
}

# The task each format produces (used by the workflow to pick the judge and the scorer).
FORMAT_TASK = {
    "chisafety_mcq": "mcq",
    "chisafety_risky": "refusal",
    "chisafety_risky_dialog": "refusal",
    "numeric_qa": "reasoning",
    "math500": "reasoning",
    "aime": "reasoning",
    "gpqa": "reasoning",
    "benign_qa": "over_refusal",
}


def load(fmt: str, path: str | Path, **options) -> list[Record]:
    from r1safe.benchmarks.sniff import check_format

    if fmt not in READERS:
        raise ConfigError(f"unknown benchmark format {fmt!r}; known: {sorted(READERS)}")
    check_format(fmt, path)
    return READERS[fmt](path, **options)


def _read(spec: dict):
    """The records of one benchmark as its spec says, and what was skipped (lenient mode)."""
    from r1safe.benchmarks.chisafety import Skips
    from r1safe.errors import InputError

    options = {k: v for k, v in spec.items() if k not in ("format", "path", "limit", "lenient", "generation")}
    skips = Skips(lenient=bool(spec.get("lenient")))
    records = load(spec["format"], spec["path"], skips=skips, **options)
    if not records:
        raise InputError(spec["path"], f"no valid records ({len(skips.skipped)} skipped)")
    return records, skips


def check(spec: dict, output: str | Path, name: str) -> dict:
    """The check step: read the benchmark exactly as :func:`run` will, write nothing but a small
    report (so a bad file fails here, before the step that would replace earlier outputs)."""
    from r1safe.io import write_json
    from r1safe.provenance import file_hashes

    records, skips = _read(spec)
    for s in skips.skipped:
        print(f"skipped: {s['file']}, record {s['record']}, field {s['field']}: {s['reason']}")
    report = {"benchmark": name, "records": len(records), "skipped": len(skips.skipped),
              "sources": file_hashes([spec.get("path"), spec.get("answer_key")])}
    write_json(output, report)
    return report


def run(spec: dict, output: str | Path, name: str, manifest: str | Path | None = None,
        skipped: str | Path | None = None) -> list[Record]:
    """Read one benchmark as the config describes it and write the normalized JSONL (and its
    provenance manifest: the source files' sha256 and the spec). With ``lenient: true`` in the
    spec, bad records are skipped and each is written with its reason to ``skipped``."""
    from r1safe.provenance import Stage, file_hashes

    with Stage("prepare_benchmark", manifest, benchmark=name, spec=spec,
               sources=file_hashes([spec.get("path"), spec.get("answer_key")])) as st:
        records, skips = _read(spec)
        if skipped is not None:
            write_jsonl(skipped, skips.skipped)
        for s in skips.skipped:
            print(f"skipped: {s['file']}, record {s['record']}, field {s['field']}: {s['reason']}")
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
