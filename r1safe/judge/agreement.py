"""Agreement of two judges on the same responses: Cohen's kappa and the confusion matrix.

    python -m r1safe.judge.agreement results/judgments/m/b.jsonl other_judge/m/b.jsonl

Responses are matched by (id, sample); those either judge could not label are left out and counted.
"""

from __future__ import annotations

import argparse
import json
import sys

from r1safe.cli import Parser, one_line_errors
from r1safe.errors import InputError
from r1safe.io import read_jsonl
from r1safe.judge.labels import LABELS

ORDER = [3, 2, 1, 0]


def cohen_kappa(a: list, b: list) -> float:
    """(p_o - p_e) / (1 - p_e); 1.0 when both judges use one and the same label throughout."""
    if len(a) != len(b):
        raise ValueError("the two label lists must have the same length")
    n = len(a)
    if n == 0:
        return float("nan")
    cats = sorted(set(a) | set(b))
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in cats)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def confusion(a: list, b: list, labels=ORDER) -> list[list[int]]:
    """Rows: judge A's label; columns: judge B's label (in ``labels`` order)."""
    m = [[0] * len(labels) for _ in labels]
    for x, y in zip(a, b):
        m[labels.index(x)][labels.index(y)] += 1
    return m


def compare(rows_a: list[dict], rows_b: list[dict]) -> dict:
    key = lambda r: (str(r.get("id")), r.get("sample", 0))  # noqa: E731
    b_by = {key(r): r for r in rows_b}
    pairs, missing = [], 0
    for r in rows_a:
        o = b_by.get(key(r))
        if o is None or r.get("label") is None or o.get("label") is None:
            missing += 1
            continue
        pairs.append((r["label"], o["label"]))
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    per_label = {}
    for lab in ORDER:  # one-vs-rest kappa per label
        per_label[LABELS[lab][1]] = cohen_kappa([x == lab for x in a], [y == lab for y in b]) if pairs else None
    return {"n": len(pairs), "left_out": missing, "agreement": sum(x == y for x, y in pairs) / len(pairs) if pairs else None,
            "kappa": cohen_kappa(a, b) if pairs else None, "kappa_per_label": per_label,
            "labels": [LABELS[lab][1] for lab in ORDER], "confusion": confusion(a, b)}


@one_line_errors
def main(argv=None) -> int:
    ap = Parser(prog="python -m r1safe.judge.agreement", description=__doc__,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("judge_a")
    ap.add_argument("judge_b")
    args = ap.parse_args(argv)
    a, b = read_jsonl(args.judge_a), read_jsonl(args.judge_b)
    for path, rows in ((args.judge_a, a), (args.judge_b, b)):
        if not rows:
            raise InputError(path, "no judgments in the file")
        bad = next((i for i, r in enumerate(rows) if not isinstance(r, dict) or "id" not in r), None)
        if bad is not None:
            raise InputError(path, "expected a judgment object with an id", record=bad, field="id")
    report = compare(a, b)
    if report["n"] == 0:
        raise InputError(args.judge_b, f"no response of {args.judge_a} is judged here too (matched by id and "
                         "sample): the two files are of different runs or benchmarks")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
