"""The synthesis stages after generation: judge every candidate, then select and write the
accepted set (an SFT source in chat form), the rejected candidates with their reasons and the
datasheet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from r1safe import taxonomy
from r1safe.benchmarks import read_normalized
from r1safe.errors import InputError
from r1safe.io import read_json, read_jsonl, write_json, write_jsonl, write_text_atomic
from r1safe.judge.labels import LABELS
from r1safe.metrics.stats import wilson
from r1safe.mixture.build import MixtureConfig
from r1safe.mixture.decontam import build_index
from r1safe.provenance import Stage, read_manifest
from r1safe.synthesis.judge import DEFAULT_MIN_POLICY_SCORE, REASON_KINDS, make_synthesis_judge
from r1safe.synthesis.policy import load_policy
from r1safe.synthesis.seeds import (
    contaminated,
    run_prepare,  # noqa: F401  (the first stage, re-exported)
)
from r1safe.synthesis.select import SelectConfig, select

VERSION = "synthesis-1"
STATES = ("selected", "not_best", "over_quota", "rejected", "contaminated")


def judge_candidates(prompts, candidates: list[dict], judge) -> list[dict]:
    by_id = {r.id: r for r in prompts}
    items = []
    for i, c in enumerate(candidates):
        rec = by_id.get(str(c.get("id")))
        if rec is None:
            raise InputError("candidates", f"id {c.get('id')!r} is not a synthesis prompt", record=i, field="id")
        items.append({"messages": rec.meta["seed_messages"], "risk_area": rec.risk_area,
                      "answer": c.get("answer") or "", "reasoning": c.get("reasoning") or "",
                      "think_closed": c.get("think_closed", True)})
    verdicts = judge.judge(items)
    rows = []
    for c, it, v in zip(candidates, items, verdicts):
        rec = by_id[str(c["id"])]
        ap = judge.policy.areas[rec.risk_area]
        rows.append({
            "id": rec.id, "sample": c.get("sample", 0), "risk_area": rec.risk_area, "category": rec.category,
            "stance": ap.stance, "preferred_label": ap.preferred_label,
            "label": v.label, "label_name": LABELS[v.label][1] if v.label is not None else None,
            "policy_score": v.policy_score, "harmful_reasoning": v.harmful_reasoning,
            "accepted": v.accepted, "reasons": v.reasons, "evidence": v.evidence,
            "judge": f"{judge.name}:{judge.version}", "seed_messages": it["messages"],
            "reasoning": it["reasoning"], "answer": it["answer"], "finish_reason": c.get("finish_reason"),
            "completion_tokens": c.get("completion_tokens"),
        })
    return rows


def run_judge(prompts: str | Path, candidates: str | Path, policy_path: str | Path, output: str | Path,
              judge: str = "rule", judge_options: dict | None = None, min_policy_score: float | None = None,
              manifest: str | Path | None = None, generation_manifest: str | Path | None = None) -> list[dict]:

    policy = load_policy(policy_path)
    min_policy_score = DEFAULT_MIN_POLICY_SCORE if min_policy_score is None else min_policy_score
    j = make_synthesis_judge(judge, policy, min_policy_score, **(judge_options or {}))
    with Stage("judge_candidates", manifest, judge={"name": j.name, "version": j.version,
                                                    "options": judge_options or {}, "min_policy_score": min_policy_score},
               policy=policy.info(), generation=read_manifest(generation_manifest)) as st:
        rows = judge_candidates(read_normalized(prompts), read_jsonl(candidates), j)
        write_jsonl(output, rows)
        st.info["counts"] = {"candidates": len(rows), "accepted": sum(r["accepted"] for r in rows),
                             "judge_errors": sum(any(x["kind"] == "judge_error" for x in r["reasons"]) for r in rows)}
    print(st.info["counts"])
    return rows


def sft_row(r: dict, teacher: str, policy_version: str) -> dict:
    """A selected candidate as an SFT record in chat form (the seed conversation without the
    policy text, then the teacher's thought and answer)."""
    content = f"<think>\n{r['reasoning'].strip()}\n</think>\n\n{r['answer'].strip()}"
    return {"id": f"{r['id']}#{r['sample']}", "kind": "safety", "risk_area": r["risk_area"], "category": r["category"],
            "messages": [*r["seed_messages"], {"role": "assistant", "content": content}],
            "seed_id": r["id"], "sample": r["sample"], "label": r["label"], "policy_score": r["policy_score"],
            "teacher": teacher, "policy_version": policy_version}


def datasheet(rows: list[dict], result: dict, info: dict) -> dict:
    """Counts per area and state, acceptance rates (with Wilson 95% intervals), rejection reasons."""

    state_of = {(r["id"], r["sample"]): s for s in STATES for r in result[s]}
    areas = {}
    for a in taxonomy.AREA_KEYS:
        mine = [r for r in rows if r["risk_area"] == a]
        n, k = len(mine), sum(r["accepted"] for r in mine)
        lo, hi = wilson(k, n) if n else (None, None)
        prompts = {r["id"] for r in mine}
        states = Counter(state_of[(r["id"], r["sample"])] for r in mine)
        areas[a] = {
            "prompts": len(prompts), "candidates": n, "accepted_candidates": k,
            "acceptance_rate": round(k / n, 4) if n else None,
            "acceptance_ci": [round(lo, 4), round(hi, 4)] if n else None,
            "prompts_with_accepted": len({r["id"] for r in mine if r["accepted"]}),
            **{s: states.get(s, 0) for s in STATES},
            "reasons": dict(Counter(x["kind"] for r in mine for x in r["reasons"])),
            "labels": {LABELS[lab][1]: c for lab, c in sorted(Counter(r["label"] for r in mine
                                                                      if r["label"] is not None).items())},
        }
    total = {"prompts": len({r["id"] for r in rows}), "candidates": len(rows),
             "accepted_candidates": sum(r["accepted"] for r in rows),
             **{s: len(result[s]) for s in STATES},
             "reasons": {k: sum(1 for r in rows for x in r["reasons"] if x["kind"] == k) for k in REASON_KINDS}}
    total["acceptance_rate"] = round(total["accepted_candidates"] / len(rows), 4) if rows else None
    return {"version": VERSION, **info, "balance": result["balance"], "total": total, "per_area": areas}


def _datasheet_parts(sheet: dict) -> tuple[list[str], list[list], list[str]]:
    """(the provenance lines, the table rows, its headers) of the datasheet."""
    t, quota = sheet["teacher"], sheet["balance"]["quota"]
    sampling = ", ".join(f"{k} {v}" for k, v in (t.get("sampling") or {}).items()
                         if v is not None and k not in ("n", "batch_size"))
    quota_text = f"{next(iter(quota.values()))} per area" if len(set(quota.values())) == 1 else \
        ", ".join(f"{a} {n}" for a, n in quota.items())
    lines = [f"Teacher: {t['name']} ({t.get('source', {}).get('path') or t.get('path')}), backend {t.get('backend')}, "
             f"{sheet['candidates_per_prompt']} candidates per prompt, sampling: {sampling}",
             f"Judge: {sheet['judge']['name']}:{sheet['judge']['version']}, accept at policy score >= "
             f"{sheet['judge']['min_policy_score']}",
             f"Policy: {sheet['policy']['path']} version {sheet['policy']['version']}, "
             f"sha256 {sheet['policy']['sha256']}",
             f"Seeds: {sheet['seeds']['read']} read, {sheet['seeds']['duplicates']} duplicates removed, "
             f"{sheet['seeds']['contaminated']} containing an eval question not used, {sheet['seeds']['used']} used "
             "(in the workflow the accepted set is screened against the eval sets with every other SFT source, "
             "by the mixture's decontamination: results/mixture/drops.json)",
             f"Balance: {quota_text} selected (per_area {sheet['balance']['per_area']}, "
             f"shortfall {sheet['balance']['shortfall']})"]
    rows = []
    for a, d in sheet["per_area"].items():
        ci = d["acceptance_ci"]
        rows.append([taxonomy.AREA_BY_KEY[a].en, d["prompts"], d["candidates"], d["accepted_candidates"],
                     "-" if d["acceptance_rate"] is None else f"{d['acceptance_rate']:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]",
                     d["prompts_with_accepted"], d["selected"], d["not_best"], d["over_quota"], d["rejected"],
                     d["contaminated"],
                     ", ".join(f"{k} {v}" for k, v in sorted(d["reasons"].items())) or "-"])
    tot = sheet["total"]
    rows.append(["Total", tot["prompts"], tot["candidates"], tot["accepted_candidates"],
                 "-" if tot["acceptance_rate"] is None else f"{tot['acceptance_rate']:.2f}", "",
                 tot["selected"], tot["not_best"], tot["over_quota"], tot["rejected"], tot["contaminated"],
                 ", ".join(f"{k} {v}" for k, v in tot["reasons"].items() if v) or "-"])
    headers = ["Risk area", "Prompts", "Candidates", "Accepted", "Acceptance [95% CI]", "Prompts w/ accepted",
               "Selected", "Not best", "Over quota", "Rejected", "Contaminated", "Rejection reasons"]
    return lines, rows, headers


DATASHEET_TITLE = "Synthesized safety data: datasheet"


def datasheet_markdown(sheet: dict) -> str:
    from tabulate import tabulate

    lines, rows, headers = _datasheet_parts(sheet)
    return "\n".join([f"# {DATASHEET_TITLE}", "", *(f"- {x}" for x in lines), "", ""]) \
        + tabulate(rows, headers=headers, tablefmt="github") + "\n"


def datasheet_html(sheet: dict) -> str:
    """The datasheet for the HTML report (every cell escaped by tabulate's "html" format)."""
    import html

    from tabulate import tabulate

    from r1safe.report.render import html_page  # heavy: imports polars

    lines, rows, headers = _datasheet_parts(sheet)
    body = "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>" \
        + tabulate(rows, headers=headers, tablefmt="html")
    return html_page(DATASHEET_TITLE, body)


@dataclass(frozen=True)
class SelectPaths:
    """The files of the selection stage: what it reads and what it writes."""

    judged: str | Path  # the judged candidates
    prompts: str | Path
    prompts_manifest: str | Path
    generation_manifest: str | Path
    judge_manifest: str | Path
    accepted: str | Path
    rejected: str | Path
    sheet_json: str | Path
    sheet_md: str | Path
    sheet_html: str | Path | None = None
    manifest: str | Path | None = None


def run_select(paths: SelectPaths, eval_sets: dict[str, str | Path], teacher: str, settings: dict | None = None,
               decontam: dict | None = None) -> dict:
    """Screen the seeds against every eval set, pick the best accepted candidate per prompt,
    balance the areas; write the accepted SFT source, the rest with reasons, and the datasheet.
    ``decontam``: the mixture's ``decontam_ngram`` / ``decontam_threshold`` (its defaults when absent)."""

    cfg = SelectConfig.from_dict(settings)
    mix = MixtureConfig.from_dict({k: v for k, v in (decontam or {}).items() if k.startswith("decontam_")})
    ngram, threshold = mix.decontam_ngram, mix.decontam_threshold
    p = paths
    prep, gen, jud = read_json(p.prompts_manifest), read_json(p.generation_manifest), read_json(p.judge_manifest)
    with Stage("select_candidates", p.manifest, settings=cfg.__dict__, judge=jud,
               decontam={"ngram": ngram, "threshold": threshold, "eval_sets": sorted(eval_sets)}) as st:
        rows = read_jsonl(p.judged)
        index = build_index({b: read_normalized(p) for b, p in eval_sets.items()}, ngram)
        dirty = contaminated(read_normalized(p.prompts), index, threshold)
        for pid, hit in sorted(dirty.items()):
            print(f"seed {pid} contains eval item {hit['eval_item']} (overlap {hit['overlap']}): not used")
        areas = [a for a in taxonomy.AREA_KEYS
                 if any(r["risk_area"] == a and r["id"] not in dirty for r in rows)]
        result = select(rows, areas, cfg, dirty)
        policy_version = prep["policy"]["version"]
        write_jsonl(p.accepted, (sft_row(r, teacher, policy_version) for r in result["selected"]))
        write_jsonl(p.rejected, (r for s in STATES[1:] for r in result[s]))
        info = {
            "teacher": {"name": teacher, "source": gen.get("model_source"), "backend": gen.get("backend_resolved"),
                        "sampling": gen.get("generation")},
            "candidates_per_prompt": (gen.get("generation") or {}).get("n"),
            "judge": {**jud["judge"], "options": jud["judge"].get("options", {})},
            "policy": prep["policy"],
            "seeds": {**prep["counts"], "contaminated": len(dirty), "used": prep["counts"]["kept"] - len(dirty),
                      "source": prep.get("seeds")},
        }
        sheet = datasheet(rows, result, info)
        write_json(p.sheet_json, sheet)
        write_text_atomic(p.sheet_md, datasheet_markdown(sheet))
        if p.sheet_html:
            write_text_atomic(p.sheet_html, datasheet_html(sheet))
        st.info["total"] = sheet["total"]
    print(sheet["total"])
    return sheet
