"""How many tokens a configuration will generate and train on, and how many GPU-hours that is, before
anything is submitted:

    python -m r1safe estimate --configfile config/paper.yaml [--rates rates.yaml] [--json]

Generation: one job per (evaluated model, benchmark), as the workflow schedules them (every model of
``models`` and every enhanced model's ``-safe`` sibling, times every benchmark); each job answers the
benchmark's items ``n`` times (the benchmark's, the model's or the default generation settings, as
the rules merge them), each answer expected to be ``tokens`` long (per task or benchmark below,
capped at the job's ``max_new_tokens``). Training: for each enhanced model, ``mixture.size`` records
of ``sft_tokens_per_record`` tokens, ``epochs`` times.

GPU-hours need throughput rates. Yours, measured on your hardware (``bench/gpu_check.py`` measures them
on one GPU), win: ``--rates`` a YAML file with ``generation_tokens_per_s`` (output tokens per second of
one generation job of that model, on its ``gpus``) and ``sft_tokens_per_s_per_gpu``, each a mapping of
model name (or ``default``) to a rate. Where yours have none, the public measurements of
``config/rates.yaml`` (``--public-rates``), each with its source, measured or derived as that file
says; the bill lists every rate it used and where it came from. Without any rate the tokens are
printed and the hours are left open; nothing is invented.

Items: counted from local benchmark files with the project's readers; for hub datasets the published
sizes below (override with ``--items NAME=N``).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from r1safe.benchmarks import NOT_READER_OPTIONS, load, task_of
from r1safe.benchmarks.base import Skips
from r1safe.cli import Parser
from r1safe.config import check
from r1safe.errors import ConfigError, R1SafeError
from r1safe.hub import is_local_path
from r1safe.inference.base import GenerationConfig
from r1safe.io import load_yaml
from r1safe.mixture.build import MixtureConfig
from r1safe.rates import PUBLIC_RATES, Rater, load_public, positive
from r1safe.synthesis.seeds import read_seeds
from r1safe.train.job import layered_sft
from r1safe.train.sft import SFTConfig
from r1safe.workflow.plan import Plan

# Published sizes of the hub datasets the paper configuration names (items per benchmark).
KNOWN_SIZES = {"HuggingFaceH4/MATH-500": 500, "HuggingFaceH4/aime_2024": 30, "Idavidrein/gpqa:gpqa_diamond": 198,
               # CHiSafetyBench's published files, by name, for a configuration whose files are not here yet
               "mcq.json": 1567, "risky_questions_without_dialog_history.json": 462,
               "risky_questions_with_dialog_history.json": 101}
# Expected output tokens of one response (thought + answer), an assumption: R1-style reasoning models
# think for a few hundred tokens on a safety question and for thousands on competition mathematics
# (the R1 report's AIME responses run to ~10k tokens on average). Override with --tokens.
EXPECTED_TOKENS = {"mcq": 800, "refusal": 700, "over_refusal": 700, "reasoning": 4000,
                   "math500": 3500, "aime": 12000, "gpqa": 7000,
                   "synthesis": 1500}  # a teacher's candidate: a policy-citing thought and an answer
# One LLM-judge call: the prompt wraps the question and the response (~300 tokens of protocol and
# question around it) and the verdict with its analysis is short (assumptions).
JUDGE_PROMPT_OVERHEAD = 300
JUDGE_OUTPUT_TOKENS = 200
N_RISK_AREAS = 5
SFT_TOKENS_PER_RECORD = 2000  # a safety or math CoT record, prompt + thought + answer (assumption)


def _items(name: str, spec: dict, overrides: dict[str, int]) -> int | None:
    if name in overrides:
        return overrides[name]
    path = spec["path"]
    if is_local_path(path) and not Path(path).exists():
        n = KNOWN_SIZES.get(Path(path).name)
    elif is_local_path(path):
        options = {k: v for k, v in spec.items() if k not in NOT_READER_OPTIONS}
        n = len(load(spec["format"], path, skips=Skips(lenient=True), **options))
    else:
        key = f"{path}:{spec['subset']}" if spec.get("subset") else path
        n = KNOWN_SIZES.get(key)
    if n is not None and spec.get("limit"):
        n = min(n, int(spec["limit"]))
    return n


RATE_KINDS = ("generation_tokens_per_s", "sft_tokens_per_s_per_gpu", "judge_tokens_per_s")


def check_inputs(plan: Plan, rates: dict, items: dict[str, int], tokens: dict[str, int], where: str = "--rates") -> None:
    """Refuse what would make a wrong bill: a rates file of the wrong shape, an unknown kind (a
    misspelled key would leave its hours open without a word), a rate for a model the config does not
    have, a rate that is not a positive finite number; --items and --tokens for names that are not
    benchmarks, formats or tasks, or counts that are not positive."""
    if not isinstance(rates, dict):
        raise ConfigError(f"{where}: expected a mapping of {', '.join(RATE_KINDS)}, got {type(rates).__name__}")
    models = set(plan.eval_models) | set(plan.models) | {"default"}
    for kind, table in rates.items():
        if kind not in RATE_KINDS:
            close = difflib.get_close_matches(str(kind), RATE_KINDS, n=1)
            raise ConfigError(f"{where}: unknown key {kind!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
                              + f"; known: {', '.join(RATE_KINDS)}")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: {kind}: expected a mapping of model name (or default) to a rate")
        for model, rate in table.items():
            if model not in models:
                raise ConfigError(f"{where}: {kind}.{model}: not a model of this config (known: "
                                  f"{', '.join(sorted(models))})")
            positive(rate, f"{where}: {kind}.{model}")
    for name, n in items.items():
        if name not in plan.benchmarks:
            raise ConfigError(f"--items {name}={n}: {name!r} is not a benchmark of this config")
        positive(n, f"--items {name}")
    known = set(plan.benchmarks) | set(plan.formats().values()) | set(EXPECTED_TOKENS)
    for name, n in tokens.items():
        if name not in known:
            raise ConfigError(f"--tokens {name}={n}: {name!r} is no benchmark, format or task of this config")
        positive(n, f"--tokens {name}")


def estimate(cfg: dict, rates: dict | None = None, items: dict[str, int] | None = None,
             tokens: dict[str, int] | None = None, sft_tokens_per_record: int = SFT_TOKENS_PER_RECORD,
             seeds: int | None = None, public: dict | None = None) -> dict:
    """``rates``: your own (``--rates``); ``public``: the public measurements (r1safe.rates.load_public),
    used where yours have no rate."""
    plan = Plan(cfg)
    check_inputs(plan, rates if rates is not None else {}, items or {}, tokens or {})
    items, tokens = items or {}, {**EXPECTED_TOKENS, **(tokens or {})}
    rater = Rater(plan, rates, public)
    sizes = {b: _items(b, spec, items) for b, spec in cfg["benchmarks"].items()}
    rows, judged = [], 0  # judged: responses the refusal judge reads (must-refuse and benign sets)
    for m in plan.eval_models:
        gpus = int(plan.entry(m).gpus or 0)
        out_tokens, responses, unknown = 0, 0, []
        for b, spec in cfg["benchmarks"].items():
            # the job's own settings, as the workflow layers them (the defaults from GenerationConfig)
            gen = GenerationConfig.from_dict(plan.generation("generate_responses", m, b).settings)
            n_items = sizes[b]
            if n_items is None:
                unknown.append(b)
                continue
            per = min(tokens.get(b, tokens.get(spec["format"], tokens[task_of(spec["format"])])), gen.max_new_tokens)
            responses += n_items * gen.n
            out_tokens += n_items * gen.n * per
            if task_of(spec["format"]) in ("refusal", "over_refusal"):
                judged += n_items * gen.n
        rate = rater.generation(m)
        row = {"model": m, "jobs": len(cfg["benchmarks"]), "gpus_per_job": gpus, "responses": responses,
               "output_tokens": out_tokens, "generation_rate": rate.per_gpu * max(1, gpus) if rate else None,
               "generation_gpu_hours": rate.hours(out_tokens) if rate else None,
               "generation_rate_basis": rate.basis if rate else None, "unknown_items": unknown}
        if m in plan.enhanced:
            mix = MixtureConfig.from_dict(plan.mixture_settings(m))  # the stages' own defaults
            sft = SFTConfig.from_dict(layered_sft(cfg, m))
            sft_tokens = mix.size * sft_tokens_per_record * sft.epochs
            srate = rater.sft(m)
            row.update(sft_tokens=int(sft_tokens), sft_gpus=plan.sft_gpus(m),
                       sft_rate_per_gpu=srate.per_gpu if srate else None,
                       sft_gpu_hours=srate.hours(sft_tokens) if srate else None,
                       sft_rate_basis=srate.basis if srate else None)
        rows.append(row)
    total = {"jobs": sum(r["jobs"] for r in rows), "responses": sum(r["responses"] for r in rows),
             "output_tokens": sum(r["output_tokens"] for r in rows),
             "sft_tokens": sum(r.get("sft_tokens", 0) for r in rows)}
    gen_h = [r["generation_gpu_hours"] for r in rows]
    sft_h = [r["sft_gpu_hours"] for r in rows if "sft_tokens" in r]
    total["generation_gpu_hours"] = sum(gen_h) if gen_h and None not in gen_h else None
    total["sft_gpu_hours"] = sum(sft_h) if None not in sft_h else None
    stages = _stages(plan, rows, judged, sizes, rater, tokens, seeds)
    hours = [s["gpu_hours"] for s in stages if s["where"] == "cluster GPUs"]
    total["all_gpu_hours"] = sum(hours) if None not in hours else None
    used = [{"kind": kind, "for": who, "tokens_per_s_per_gpu": r.per_gpu, "how": r.how, "basis": r.basis,
             "source": r.source} for (kind, who), r in rater.used.items()]
    return {"benchmark_items": sizes, "expected_tokens": tokens, "sft_tokens_per_record": sft_tokens_per_record,
            "models": rows, "stages": stages, "total": total, "rates": used}


def _stages(plan: Plan, rows: list[dict], judged: int, sizes: dict, rater: Rater, tokens: dict,
            seeds: int | None) -> list[dict]:
    """Every GPU job of the plan by stage: evaluation, the synthesis teacher, the consensus-key votes,
    the judge (local GPUs or an endpoint) and SFT; tokens always, GPU-hours where a rate is given."""
    out = [{"stage": "evaluation", "jobs": sum(r["jobs"] for r in rows), "output_tokens": sum(r["output_tokens"] for r in rows),
            "input_tokens": None, "where": "cluster GPUs",
            "gpu_hours": None if any(r["generation_gpu_hours"] is None for r in rows)
            else sum(r["generation_gpu_hours"] for r in rows), "note": "every model x benchmark"}]
    if plan.synthesis_used() and plan.teacher:
        syn = plan.synthesis
        gen = GenerationConfig.from_dict(plan.generation("generate_candidates", plan.teacher).settings)
        n_seeds, how = _seed_count(plan, seeds)
        per = min(tokens["synthesis"], gen.max_new_tokens)
        out_tokens = n_seeds * gen.n * per if n_seeds else None
        rate = rater.generation(plan.teacher)
        out.append({"stage": "synthesis teacher", "jobs": 1, "output_tokens": out_tokens, "input_tokens": None,
                    "where": "cluster GPUs", "gpu_hours": rate.hours(out_tokens) if rate and out_tokens else None,
                    "note": f"{plan.teacher}: {n_seeds if n_seeds else '?'} seeds ({how}) x {gen.n} candidates x "
                            f"{per:,} tokens"})
        if syn.judge == "llm" and out_tokens:
            out.append(_judge_stage("synthesis judge", n_seeds * gen.n, per, rater,
                                    syn.judge_options or plan.settings.judge.llm or {}))
    votes, vote_hours, vote_jobs = 0, 0.0, 0
    for b in plan.benchmarks:
        ck = plan.benchmark(b).consensus()
        if not ck or sizes.get(b) is None:
            continue
        for m in ck.models:
            gen = GenerationConfig.from_dict(plan.generation("generate_key_votes", m, b).settings)
            t = sizes[b] * gen.n * min(tokens["mcq"], gen.max_new_tokens)
            votes, vote_jobs = votes + t, vote_jobs + 1
            rate = rater.generation(m)
            vote_hours = vote_hours + rate.hours(t) if rate and vote_hours is not None else None
    if vote_jobs:
        out.append({"stage": "consensus-key votes", "jobs": vote_jobs, "output_tokens": votes, "input_tokens": None,
                    "where": "cluster GPUs", "gpu_hours": vote_hours, "note": "reference models x MCQ items x samples"})
    js = plan.settings.judge
    if js.refusal == "llm":
        per = max(tokens["refusal"], tokens["over_refusal"])
        if judged:
            out.append(_judge_stage("judge", judged * (2 if js.judge_traces else 1), per, rater,
                                    js.llm or {}))
    sft = [r for r in rows if "sft_tokens" in r]
    if sft:
        out.append({"stage": "SFT", "jobs": len(sft), "output_tokens": None,
                    "input_tokens": sum(r["sft_tokens"] for r in sft), "where": "cluster GPUs",
                    "gpu_hours": None if any(r["sft_gpu_hours"] is None for r in sft)
                    else sum(r["sft_gpu_hours"] for r in sft),
                    "note": "records x tokens per record x epochs (tokens trained on)"})
    return out


def _seed_count(plan: Plan, given: int | None) -> tuple[int | None, str]:
    if given:
        return given, "--seeds"
    files = [f for f in plan.synthesis_seed_files() if Path(f).exists()]
    if files:
        return len(read_seeds(dict(plan.synthesis.seeds))[0]), "counted"
    if plan.synthesis.per_area:
        return plan.synthesis.per_area * N_RISK_AREAS, "at least per_area x 5 areas: the seed file is not here"
    return None, "unknown: give --seeds"


def _judge_stage(stage: str, calls: int, response_tokens: int, rater: Rater, llm: dict) -> dict:
    inp, outp = calls * (response_tokens + JUDGE_PROMPT_OVERHEAD), calls * JUDGE_OUTPUT_TOKENS
    local = bool(llm.get("path"))
    rate = rater.judge(llm) if local else None
    return {"stage": stage, "jobs": None, "output_tokens": outp, "input_tokens": inp,
            "where": "cluster GPUs" if local else f"endpoint ({llm.get('endpoint') or '?'})",
            "gpu_hours": rate.hours(inp + outp) if rate else None,
            "note": f"{calls:,} calls ({llm.get('model') or llm.get('path') or '?'})"}


def to_text(est: dict) -> str:
    def h(v):
        return "rate?" if v is None else f"{v:,.1f}"

    lines = ["benchmark items: " + ", ".join(f"{b} {n if n is not None else '?'}" for b, n in est["benchmark_items"].items()),
             "", "| model | jobs | GPUs/job | responses | output tokens (M) | gen GPU-h | SFT tokens (M) | SFT GPU-h |",
             "|---|---|---|---|---|---|---|---|"]
    for r in est["models"]:
        sft = (f"{r['sft_tokens'] / 1e6:,.1f} | {h(r['sft_gpu_hours'])}") if "sft_tokens" in r else "– | –"
        lines.append(f"| {r['model']} | {r['jobs']} | {r['gpus_per_job']} | {r['responses']:,} | "
                     f"{r['output_tokens'] / 1e6:,.1f} | {h(r['generation_gpu_hours'])} | {sft} |")
    t = est["total"]
    lines.append(f"| **total** | {t['jobs']} | | {t['responses']:,} | {t['output_tokens'] / 1e6:,.1f} | "
                 f"{h(t['generation_gpu_hours'])} | {t['sft_tokens'] / 1e6:,.1f} | {h(t['sft_gpu_hours'])} |")
    lines.append("")
    lines.append("Expected tokens per response (assumption, --tokens): " + ", ".join(
        f"{k} {v:,}" for k, v in est["expected_tokens"].items()) + f"; SFT tokens per record {est['sft_tokens_per_record']:,}.")
    lines += ["", "Every GPU job by stage (tokens; GPU-hours where a rate is given):", "",
              "| stage | jobs | output tokens (M) | input tokens (M) | where | GPU-h | what |", "|---|---|---|---|---|---|---|"]
    for s in est.get("stages", []):
        def m(v):
            return "–" if v is None else f"{v / 1e6:,.1f}"
        gh = h(s["gpu_hours"]) if s["where"] == "cluster GPUs" else "on the endpoint"
        lines.append(f"| {s['stage']} | {s['jobs'] if s['jobs'] is not None else '–'} | {m(s['output_tokens'])} | "
                     f"{m(s['input_tokens'])} | {s['where']} | {gh} | {s['note']} |")
    lines.append(f"| **all cluster GPU jobs** | | | | | {h(t.get('all_gpu_hours'))} | |")
    lines.append("")
    lines += _rates_text(est.get("rates") or [])
    if t["generation_gpu_hours"] is None or t["sft_gpu_hours"] is None or t.get("all_gpu_hours") is None:
        lines.append("Hours left open (rate?) have no rate: give --rates rates.yaml (generation_tokens_per_s, "
                     "sft_tokens_per_s_per_gpu, judge_tokens_per_s for a local judge; bench/gpu_check.py "
                     "measures them).")
    return "\n".join(lines)


def _rates_text(used: list[dict]) -> list[str]:
    """Every rate the bill used, one row per rate shared by several models, its source numbered."""
    if not used:
        return []
    groups: dict[tuple, list[str]] = {}
    for r in used:
        groups.setdefault((r["kind"], round(r["tokens_per_s_per_gpu"], 6), r["how"], r["basis"], r["source"]),
                          []).append(r["for"])
    sources = list(dict.fromkeys(k[4] for k in groups))
    lines = ["Rates used (tokens/s per GPU; \"derived\" rests on an assumption written in config/rates.yaml):", "",
             "| rate | for | tokens/s per GPU | how | from | source |", "|---|---|---|---|---|---|"]
    for (kind, per, how, basis, source), who in groups.items():
        lines.append(f"| {kind} | {', '.join(who)} | {per:,.0f} | {how} | {basis} | [{sources.index(source) + 1}] |")
    lines += ["", *(f"[{i}] {s}" for i, s in enumerate(sources, 1)), ""]
    return lines


def _pairs(values: list[str], what: str) -> dict[str, int]:
    out = {}
    for v in values or []:
        key, sep, num = v.partition("=")
        if not sep or not num.isdigit():
            raise ConfigError(f"{what} takes NAME=NUMBER, got {v!r}")
        out[key] = int(num)
    return out


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--configfile", default="config/config.yaml")
    ap.add_argument("--rates", help="YAML with generation_tokens_per_s and sft_tokens_per_s_per_gpu (yours: they win)")
    ap.add_argument("--public-rates", default=str(PUBLIC_RATES),
                    help="the public measurements used where --rates has none (default: config/rates.yaml); "
                         "'none' for none")
    ap.add_argument("--items", action="append", help="NAME=N: items of a benchmark (hub datasets)")
    ap.add_argument("--tokens", action="append", help="TASK|FORMAT|BENCHMARK=N: expected tokens per response")
    ap.add_argument("--sft-tokens-per-record", type=int, default=SFT_TOKENS_PER_RECORD)
    ap.add_argument("--seeds", type=int, help="synthesis seed prompts (else counted from the seed file, else "
                                               "at least per_area x 5)")
    ap.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    try:
        cfg = check(load_yaml(args.configfile), args.configfile, files=False)
        rates = load_yaml(args.rates) if args.rates else {}
        rates = {} if rates is None else rates  # an empty file: no rates
        public = None if args.public_rates == "none" else load_public(args.public_rates)
        est = estimate(cfg, rates, _pairs(args.items, "--items"), _pairs(args.tokens, "--tokens"),
                       args.sft_tokens_per_record, args.seeds, public)
    except (R1SafeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(est, indent=2) if args.json else to_text(est))
    return 0


def main(argv=None) -> int:
    ap = Parser(prog="python -m r1safe estimate", description=__doc__,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(ap)
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
