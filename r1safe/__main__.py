"""``python -m r1safe``: check inputs before spending GPU hours.

    python -m r1safe check-config config/config.yaml
    python -m r1safe check-benchmark chisafety_mcq data/mcq.json --answer-key keys.json [--lenient]
    python -m r1safe check-sft safety data/safety_cot.jsonl
    python -m r1safe check-seeds data/synthesis/seeds.jsonl [--format seeds]
    python -m r1safe check-policy config/policy/zh.yaml
    python -m r1safe estimate --configfile config/paper.yaml [--rates rates.yaml]
    python -m r1safe cluster-plan --configfile config/paper.yaml
    python -m r1safe fetch-data [--dest resources/chisafetybench] [--base-url URL]
    python -m r1safe config-reference > docs/configuration.md
    python -m r1safe review sample [--configfile config/config.yaml] [--size 60]
    python -m r1safe review import export.json|sheet.csv [--labels results/review/labels.jsonl]

Each prints what it read, or one error naming the file, the record and the field, and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from r1safe import config_reference, estimate
from r1safe.benchmarks import load
from r1safe.benchmarks.base import Skips
from r1safe.cli import Parser
from r1safe.cluster import partition_limits, plan
from r1safe.config import check_file
from r1safe.data import chisafetybench
from r1safe.data.sources import read_source
from r1safe.errors import InputError, R1SafeError
from r1safe.review.cli import add_parser as add_review
from r1safe.review.cli import run as review
from r1safe.synthesis.policy import load_policy
from r1safe.synthesis.seeds import read_seeds
from r1safe.workflow.plan import Plan, requests_table


def check_config(path: str | Path) -> dict:
    """Check a workflow config exactly as the Snakefile does before any job (r1safe.config.check)."""

    return check_file(path)


def parser() -> argparse.ArgumentParser:
    ap = Parser(prog="python -m r1safe", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    c = sub.add_parser("check-config", help="check a workflow config exactly as the Snakefile does")
    c.add_argument("config")
    b = sub.add_parser("check-benchmark", help="read a benchmark file as the workflow will")
    b.add_argument("format")
    b.add_argument("path")
    b.add_argument("--answer-key")
    b.add_argument("--lenient", action="store_true")
    s = sub.add_parser("check-sft", help="read an SFT source file")
    s.add_argument("kind")
    s.add_argument("path")
    sd = sub.add_parser("check-seeds", help="read a synthesis seed file")
    sd.add_argument("path")
    sd.add_argument("--format", default="seeds")
    po = sub.add_parser("check-policy", help="read a synthesis policy file")
    po.add_argument("path")
    es = sub.add_parser("estimate", help="tokens and GPU-hours of a configuration (r1safe/estimate.py)",
                        description=estimate.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    estimate.add_arguments(es)
    cp = sub.add_parser("cluster-plan", help="every job's node shape and launch command (r1safe/cluster.py)")
    cp.add_argument("--configfile", required=True)
    cp.add_argument("--sinfo", action="store_true",
                    help="check each job's time against the partitions' MaxTime as sinfo prints them here "
                         "(else cluster.max_time from the config)")
    fd = sub.add_parser("fetch-data", help="download CHiSafetyBench's public files (pinned, sha256-checked)",
                        description=chisafetybench.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    chisafetybench.add_arguments(fd)
    sub.add_parser("config-reference", help="every setting of the schema as Markdown (docs/configuration.md)")

    add_review(sub)
    return ap


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser().parse_args(argv)
    try:
        if args.cmd == "estimate":
            return estimate.run(args)
        if args.cmd == "config-reference":
            print(config_reference.render(), end="")
            return 0
        if args.cmd == "fetch-data":
            return chisafetybench.run(args)
        if args.cmd == "cluster-plan":
            cfg = check_file(args.configfile, files=False)
            print(plan(cfg), end="")
            limits = partition_limits() if args.sinfo else {}
            print("\nWhat each job asks SLURM for (a job over its partition's MaxTime that resumes -- generation "
                  "shards, SFT checkpoints -- runs in several submissions; any other is refused):\n")
            print(requests_table(Plan(cfg, limits=limits)), end="")
        elif args.cmd == "review":
            review(args)
        elif args.cmd == "check-config":
            cfg = check_config(args.config)
            print(f"ok: {len(cfg['models'])} models, {len(cfg['benchmarks'])} benchmarks")
        elif args.cmd == "check-benchmark":
            skips = Skips(lenient=args.lenient)
            opts = {"answer_key": args.answer_key} if args.answer_key else {}
            records = load(args.format, args.path, skips=skips, **opts)
            skips.report()
            if not records:  # as the workflow: nothing valid is an error, lenient or not
                raise InputError(args.path, f"no valid records ({len(skips.skipped)} skipped)")
            print(f"ok: {len(records)} records, {len(skips.skipped)} skipped")
        elif args.cmd == "check-seeds":
            from collections import Counter

            seeds, _ = read_seeds({"path": args.path, "format": args.format})
            print(f"ok: {len(seeds)} seeds, per risk area {dict(Counter(s.risk_area for s in seeds))}")
        elif args.cmd == "check-policy":
            pol = load_policy(args.path)
            print(f"ok: policy {pol.version}, {sum(len(p.rule_ids) for p in pol.areas.values())} rules, "
                  f"sha256 {pol.sha256[:12]}")
        else:
            print(f"ok: {len(read_source(Path(args.path).stem, {'path': args.path, 'kind': args.kind}))} records")
    except R1SafeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a directory, an unreadable file: one line, not a traceback
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
