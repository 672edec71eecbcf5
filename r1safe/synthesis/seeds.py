"""Seed prompts for safety data synthesis, and the teacher's prompts built from them.

A seed is a risky request with its risk area (and category when known). Sources:

* ``format: seeds`` (default): .json/.jsonl/.parquet rows or a HF dataset id, one request per row:
  the prompt in ``prompt|instruction|question|problem|query``, the area in ``risk_area`` (any
  spelling of the taxonomy: ``discrimination``, ``歧视``, ``歧视性内容`` ...) and/or ``category``
  (one of the 31; the area follows from it). ``fields`` maps these names to other columns.
* ``format: chisafety_risky`` / ``chisafety_risky_dialog``: a file in CHiSafetyBench's own layout
  (e.g. a train split held out from evaluation); dialog history is kept.

Exact duplicates (normalized conversation) are dropped before any teacher compute. Every seed is
checked against every evaluation set with the mixture's decontamination index at selection time
(:func:`contaminated`): a seed that contains an eval question never reaches the accepted set and is
reported. Checking there rather than before generation means that adding a benchmark re-runs
the cheap selection, not the teacher.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from r1safe import taxonomy
from r1safe.benchmarks import load
from r1safe.benchmarks.schema import Record
from r1safe.data.sources import PROMPT_KEYS, load_rows, pick_field
from r1safe.errors import ConfigError, InputError
from r1safe.io import write_jsonl
from r1safe.mixture.text import normalize
from r1safe.provenance import Stage, file_hashes
from r1safe.records import record_id
from r1safe.synthesis.policy import load_policy

VERSION = "synthesis-prompts-1"

SEED_FORMATS = ("seeds", "chisafety_risky", "chisafety_risky_dialog")
PLACEMENTS = ("user", "system")
QUESTION_HEAD = "用户的请求："


@dataclass
class Seed:
    id: str
    history: list[dict]  # earlier turns (dialog seeds), may be empty
    prompt: str
    risk_area: str
    category: str | None
    source_index: int

    @property
    def messages(self) -> list[dict]:
        return [*self.history, {"role": "user", "content": self.prompt}]


def _seed_rows(spec: dict) -> tuple[list[Seed], str]:
    rows, where = load_rows(spec)
    if not rows:
        raise InputError(where, "the seed source holds no records")
    fields = spec.get("fields", {}) or {}
    seeds = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise InputError(where, "expected an object", record=i)
        sid = record_id(where, row, i, fields.get("id", "id"))
        rec = sid if fields.get("id", "id") in row else i
        prompt, pk = pick_field(row, PROMPT_KEYS, fields.get("prompt"))
        if not isinstance(prompt, str) or not prompt.strip():
            raise InputError(where, "missing or empty prompt", record=rec, field=pk)
        akey, ckey = fields.get("risk_area", "risk_area"), fields.get("category", "category")
        raw_cat = row.get(ckey)
        cat = taxonomy.normalize_category(raw_cat) if isinstance(raw_cat, str) else None
        if raw_cat not in (None, "") and cat is None:
            raise InputError(where, f"unknown category {raw_cat!r} (not one of the 31)", record=rec, field=ckey)
        raw_area = row.get(akey)
        area = taxonomy.area_of(raw_area) if isinstance(raw_area, str) else None
        if raw_area not in (None, "") and area is None:
            raise InputError(where, f"unknown risk area {raw_area!r}; known: {list(taxonomy.AREA_KEYS)}",
                             record=rec, field=akey)
        if area is None and cat is not None:
            area = taxonomy.area_of_category(cat)
        if area is None:
            raise InputError(where, "a seed needs a risk area (or a category that implies one)", record=rec,
                             field=akey)
        if cat is not None and taxonomy.area_of_category(cat).key != area.key:
            raise InputError(where, f"category {cat!r} is not in risk area {area.key!r}", record=rec, field=ckey)
        seeds.append(Seed(sid, [], prompt.strip(), area.key, cat, i))
    return seeds, where


def _benchmark_seeds(spec: dict) -> tuple[list[Seed], str]:
    records = load(spec["format"], spec["path"])
    return [Seed(r.id, r.messages[:-1], r.prompt, r.risk_area, r.category, r.source_index) for r in records], \
        str(spec["path"])


def read_seeds(spec: dict) -> tuple[list[Seed], str]:
    """The seeds of a source (``limit`` keeps the first n) and the name to cite in reports."""
    fmt = spec.get("format", "seeds")
    if fmt not in SEED_FORMATS:
        raise ConfigError(f"synthesis.seeds.format must be one of {SEED_FORMATS}, got {fmt!r}")
    seeds, where = _seed_rows(spec) if fmt == "seeds" else _benchmark_seeds(spec)
    ids: dict[str, int] = {}
    for s in seeds:
        if s.id in ids:
            raise InputError(where, f"duplicate seed id (also record {ids[s.id]})", record=s.id, field="id")
        ids[s.id] = s.source_index
    if spec.get("limit"):
        seeds = seeds[: int(spec["limit"])]
    return seeds, where


def _user_text(messages: list[dict]) -> str:
    return "\n".join(m["content"] for m in messages if m["role"] == "user")


def dedup(seeds: list[Seed]) -> tuple[list[Seed], list[dict]]:
    """Drop exact duplicates (normalized user turns); the first occurrence stays."""

    kept, removed, first = [], [], {}
    for s in seeds:
        key = normalize(_user_text(s.messages))
        if key in first:
            removed.append({"id": s.id, "risk_area": s.risk_area, "reason": "duplicate", "duplicate_of": first[key]})
            continue
        first[key] = s.id
        kept.append(s)
    return kept, removed


def contaminated(records, eval_index, threshold: float) -> dict[str, dict]:
    """Teacher prompts (records) whose seed conversation contains an eval question:
    id -> {eval_item, overlap}."""
    out = {}
    for r in records:
        item, overlap = eval_index.best_match("\n".join(m["content"] for m in r.meta["seed_messages"]))
        if item is not None and overlap >= threshold:
            out[r.id] = {"eval_item": item, "overlap": round(overlap, 4)}
    return out


def teacher_record(seed: Seed, policy, placement: str = "user") -> Record:
    """The prompt the teacher answers: the request, then its area's policy, in the user turn (as
    DeepSeek-R1's usage notes recommend: no system prompt), or the policy as a system turn."""
    text = policy.render(seed.risk_area)
    if placement == "user":
        messages = [*seed.history, {"role": "user", "content": f"{QUESTION_HEAD}{seed.prompt}\n\n{text}"}]
    elif placement == "system":
        messages = [{"role": "system", "content": text}, *seed.messages]
    else:
        raise ConfigError(f"synthesis.policy_placement must be one of {PLACEMENTS}, got {placement!r}")
    return Record(id=seed.id, task="refusal", messages=messages, risk_area=seed.risk_area, category=seed.category,
                  source_index=seed.source_index,
                  meta={"seed_messages": seed.messages, "stance": policy.areas[seed.risk_area].stance,
                        "policy_version": policy.version})


def run_prepare(seeds_spec: dict, policy_path: str | Path, output: str | Path, removed: str | Path,
                manifest: str | Path | None = None, placement: str = "user") -> dict:
    """Seeds -> deduplicated teacher prompts (a normalized record file the generation stage reads)."""

    if placement not in PLACEMENTS:
        raise ConfigError(f"synthesis.policy_placement must be one of {PLACEMENTS}, got {placement!r}")
    policy = load_policy(policy_path)
    with Stage("prepare_synthesis_prompts", manifest, seeds=seeds_spec, policy=policy.info(),
               sources=file_hashes([seeds_spec.get("path")]), policy_placement=placement) as st:
        seeds, where = read_seeds(seeds_spec)
        kept, dropped = dedup(seeds)
        write_jsonl(output, (teacher_record(s, policy, placement).to_dict() for s in kept))
        write_jsonl(removed, dropped)
        counts = {"read": len(seeds), "kept": len(kept), "duplicates": len(dropped),
                  "per_area": {a: sum(1 for s in kept if s.risk_area == a) for a in taxonomy.AREA_KEYS}}
        st.info["counts"] = counts
    for d in dropped:
        print(f"{where}: seed {d['id']} removed, a duplicate of {d['duplicate_of']}")
    print(counts)
    return counts
