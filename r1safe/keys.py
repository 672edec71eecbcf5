"""A consensus answer key for an MCQ benchmark that publishes none (CHiSafetyBench's MCQ file has no
answers anywhere), honestly labelled as what it is.

Reference models named in the config (``consensus_key.models``, e.g. DeepSeek-R1 and a Qwen-72B-class
instruct model) answer every item ``samples`` times; each answer's letter is read with the same
extraction as the evaluation (an answer without a letter is an abstention). An item is keyed only
when one letter has at least ``min_agreement`` of *all* its votes (abstentions count against it, a
tie keys nothing); every other item stays unscored and is counted by reason. The key file carries its
provenance (models with their sources, samples, threshold, counts), and every ACC computed against
it says so. A key the user supplies (``answer_key``) always wins: no consensus is built for it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from r1safe.benchmarks import read_normalized
from r1safe.io import read_jsonl, write_json
from r1safe.judge.mcq import extract_choice
from r1safe.provenance import Stage, read_manifest

VERSION = "consensus-key-1"


def votes(records, generations: list[dict]) -> dict[str, list[str | None]]:
    """Per item id: the letter of every sample (None: no letter could be read, or no answer)."""
    by_id = {r.id: r for r in records}
    out: dict[str, list[str | None]] = {rid: [] for rid in by_id}
    for g in generations:
        rec = by_id.get(str(g.get("id")))
        if rec is None:
            continue
        letter, _ = extract_choice(g.get("answer") or "", rec.options)
        out[rec.id].append(letter)
    return out


def consensus(votes_by_model: dict[str, dict[str, list[str | None]]], min_agreement: float) -> tuple[dict, list]:
    """``(key, items)``: the keyed letters, and per item its votes, modal letter, agreement and
    state (``keyed``, ``low_agreement``, ``tie``, ``no_votes``)."""
    ids = sorted({i for v in votes_by_model.values() for i in v}, key=lambda s: (len(s), s))
    key, items = {}, []
    for i in ids:
        pooled = [x for v in votes_by_model.values() for x in v.get(i, [])]
        counts = Counter(x for x in pooled if x is not None)
        row = {"id": i, "votes": len(pooled), "abstained": sum(x is None for x in pooled),
               "letters": dict(sorted(counts.items())),
               "per_model": {m: dict(Counter(x or "-" for x in v.get(i, []))) for m, v in votes_by_model.items()}}
        if not counts:
            row.update(letter=None, agreement=0.0, state="no_votes")
        else:
            (top, n), *rest = counts.most_common()
            agreement = n / len(pooled)
            row.update(letter=top, agreement=round(agreement, 4))
            if rest and rest[0][1] == n:
                row.update(letter=None, state="tie")
            elif agreement >= min_agreement:
                row["state"] = "keyed"
                key[i] = top
            else:
                row["state"] = "low_agreement"
        items.append(row)
    return key, items


def run(records_path: str | Path, vote_files: dict[str, str | Path], key_path: str | Path, report_path: str | Path,
        samples: int, min_agreement: float, vote_manifests: dict[str, str | Path] | None = None,
        manifest: str | Path | None = None) -> dict:

    records = read_normalized(records_path)
    by_model = {m: votes(records, read_jsonl(p)) for m, p in vote_files.items()}
    key, items = consensus(by_model, min_agreement)
    sources = {m: (read_manifest(p) or {}).get("model_source") for m, p in (vote_manifests or {}).items()}
    states = Counter(it["state"] for it in items)
    report = {"kind": "consensus", "version": VERSION, "models": list(vote_files), "model_sources": sources,
              "samples": samples, "min_agreement": min_agreement, "items": len(items), "keyed": len(key),
              "unkeyed": {s: n for s, n in states.items() if s != "keyed"}, "per_item": items}
    with Stage("build_consensus_key", manifest, key={k: v for k, v in report.items() if k != "per_item"}):
        write_json(key_path, key)
        write_json(report_path, report)
    print(f"{len(key)} of {len(items)} items keyed; unkeyed {dict(report['unkeyed'])}")
    return report


def describe(key_info: dict | None) -> str:
    """What an ACC was computed against, in words, for tables and captions."""
    if not key_info:
        return "no answer key: every item unscored"
    if key_info.get("kind") == "consensus":
        return (f"the consensus key of {', '.join(key_info['models'])} ({key_info['samples']} samples each, "
                f"agreement >= {key_info['min_agreement']}; {key_info['keyed']} of {key_info['items']} items keyed, "
                "the rest unscored)")
    return f"the benchmark's answer key ({Path(str(key_info.get('path'))).name})"
