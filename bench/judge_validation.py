"""Validate the built-in rule judge on the project's labelled responses and record the figures that
the tables print (``r1safe/judge/measured.json``).

    .venv/bin/python bench/judge_validation.py            # print and rewrite measured.json
    .venv/bin/python bench/judge_validation.py --check    # exit 1 when measured.json is stale

Two figures: the ``test`` part (written in the same rounds as the dev part the rules were built on)
and the ``holdout`` part (written after the rules were frozen, never used to tune them): the second
is the honest estimate for responses the rules have not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from r1safe.judge.validate import MEASURED, to_text, validate  # noqa: E402

LABELLED = ROOT / "data/judge_validation/labelled.jsonl"
SPLITS = ("test", "holdout")


def measure() -> dict:
    reports = {split: validate(LABELLED, "rule", split) for split in SPLITS}
    first = reports[SPLITS[0]]
    return {"rule": {"version": first["version"], "data": first["data"], **reports}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    got = measure()
    for split in SPLITS:
        print(to_text(got["rule"][split]), end="\n\n")
    text = json.dumps(got, indent=2, ensure_ascii=False) + "\n"
    if args.check:
        if not MEASURED.exists() or MEASURED.read_text(encoding="utf-8") != text:
            print(f"{MEASURED} is stale: rerun bench/judge_validation.py", file=sys.stderr)
            return 1
        return 0
    MEASURED.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
