"""``python -m r1safe review``: the review sample of a finished run, and people's labels read back.

    python -m r1safe review sample [--configfile config/config.yaml] [--size 60] [--seed 0] [--out DIR]
    python -m r1safe review import export.json|sheet.csv [--key DIR/key.jsonl] [--labels FILE]
"""

from __future__ import annotations

from pathlib import Path

from r1safe.config import check_file
from r1safe.errors import ConfigError, InputError
from r1safe.review.labels import import_labels
from r1safe.review.sample import run as sample
from r1safe.review.settings import ReviewSettings
from r1safe.workflow.plan import Plan

DEFAULT_OUT = "results/review/sample"


def add_parser(sub) -> None:
    r = sub.add_parser("review", help="people check the judge: sample a run's responses, import their labels")
    rs = r.add_subparsers(dest="review_cmd", required=True)
    s = rs.add_parser("sample", help="a seeded sample of each model's judged responses, for people to label")
    s.add_argument("--configfile", default="config/config.yaml")
    s.add_argument("--size", type=int, help="items per model and refusal benchmark (default: review.size)")
    s.add_argument("--seed", type=int, help="default: review.seed")
    s.add_argument("--out", default=DEFAULT_OUT)
    s.add_argument("--results", default="results", help="the run's results directory")
    i = rs.add_parser("import", help="a Label Studio JSON export or the filled sheet -> the labels file")
    i.add_argument("source")
    i.add_argument("--key", default=f"{DEFAULT_OUT}/key.jsonl", help="the sample's key.jsonl")
    i.add_argument("--labels", help="the labels file (default: review.labels of --configfile)")
    i.add_argument("--configfile", default="config/config.yaml")


def pairs_of(cfg: dict, results: str | Path) -> list[dict]:
    """Every (model, refusal or over-refusal benchmark) of a config (the workflow's own review pairs)
    with its files in ``results``."""
    results = Path(results)
    out = []
    plan = Plan(cfg)
    pairs = plan.review_pairs()
    for pair in [p for b in plan.benchmarks for p in pairs if p["benchmark"] == b]:  # by benchmark, then model
        m, b = pair["model"], pair["benchmark"]
        p = {**pair, "records": results / f"benchmarks/{b}.jsonl", "generations": results / f"generations/{m}/{b}.jsonl",
             "judgments": results / f"judgments/{m}/{b}.jsonl"}
        for k in ("records", "generations", "judgments"):
            if not p[k].is_file():
                raise InputError(str(p[k]), "not there: run the pipeline first (snakemake), then sample it")
        out.append(p)
    return out


def run(args) -> None:
    if args.review_cmd == "sample":
        cfg = check_file(args.configfile, files=False)
        review = ReviewSettings.from_config(cfg)
        size = args.size if args.size is not None else review.size
        seed = args.seed if args.seed is not None else review.seed
        if size < 2:
            raise ConfigError(f"--size {size}: at least 2 items per model and benchmark")
        meta = sample(pairs_of(cfg, args.results), args.out, int(size), int(seed))
        print(f"wrote {meta['responses']} responses to label: {args.out}/tasks.json (Label Studio import, "
              f"interface {args.out}/label_config.xml) and {args.out}/sheet.csv")
    else:
        labels = args.labels
        if not labels:
            labels = ReviewSettings.from_config(check_file(args.configfile, files=False)).labels
        if not labels:
            raise ConfigError("no labels file: pass --labels, or set review.labels in the config")
        if not Path(args.key).is_file():
            raise InputError(args.key, "no review sample key here: python -m r1safe review sample first (or --key)")
        r = import_labels(args.source, args.key, labels)
        print(f"imported {r['imported']} labels of {r['responses']} responses into {labels} "
              f"({r['total']} in all; reviewers {', '.join(r['reviewers'])})")
