"""Validate the built-in rule judge on the project's labelled responses and record the figures that
the tables print (``r1safe/judge/measured.json``).

    .venv/bin/python bench/judge_validation.py            # print and rewrite measured.json
    .venv/bin/python bench/judge_validation.py --check    # exit 1 when measured.json is stale

Three figures: the templated set's ``test`` part (written in the same rounds as the dev part the rules
were built on), its small ``holdout_templated`` part, and the published ``holdout``: the realistic set's
holdout (data/judge_validation/realistic: long thoughts, deployed models' canned refusals, soft refusals,
harm without an opener or with a warning attached, help-seeking questions; written after the rules were
frozen, never used to tune them), the honest estimate for responses the rules have not seen.
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
REALISTIC = ROOT / "data/judge_validation/realistic/realistic.jsonl"
PARTS = {"test": (LABELLED, "test"), "holdout_templated": (LABELLED, "holdout"), "holdout": (REALISTIC, "holdout")}
SPLITS = tuple(PARTS)


def measure() -> dict:
    reports = {part: validate(path, "rule", split) for part, (path, split) in PARTS.items()}
    first = reports["holdout"]
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
