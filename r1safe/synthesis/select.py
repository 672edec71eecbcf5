"""Rejection sampling and balancing of judged teacher candidates.

Every candidate ends in exactly one of five states, and the datasheet's counts add up:

* ``contaminated``: its seed contains an evaluation question (never used, whatever the verdict);
* ``selected``: the best accepted candidate of its prompt, within its area's quota;
* ``not_best``: accepted, but another candidate of the same prompt ranked higher;
* ``over_quota``: the best of its prompt, but its area's quota was already filled;
* ``rejected``: the judge's reasons (see :mod:`r1safe.synthesis.judge`).

Ranking within a prompt: higher policy score, then the stance's preferred label, then the lower
sample index. Balancing: every area gets the same quota (``per_area``; ``shortfall`` says what
happens when an area has fewer prompts with an accepted candidate), filled round-robin over the
area's categories so that no category crowds out the others; within a category the higher score
first, ties broken by a seeded hash of the prompt id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from r1safe.errors import ConfigError, checked_settings
from r1safe.mixture.text import stable_hash

VERSION = "synthesis-select-2"

SHORTFALL = ("equalize", "keep", "fail")


@dataclass
class SelectConfig:
    per_area: int | None = None  # None: as many as the poorest area has (keep: no cap)
    shortfall: str = "equalize"  # equalize: every area gets the poorest area's count; keep; fail
    seed: int = 0

    @classmethod
    def from_dict(cls, d: dict | None) -> "SelectConfig":
        cfg = cls(**checked_settings(cls, d, "synthesis selection settings"))
        if cfg.shortfall not in SHORTFALL:
            raise ConfigError(f"synthesis.shortfall must be one of {SHORTFALL}, got {cfg.shortfall!r}")
        if cfg.per_area is not None and cfg.per_area < 1:
            raise ConfigError("synthesis.per_area must be >= 1")
        return cfg


def rank_key(row: dict) -> tuple:
    return (-row["policy_score"], 0 if row["label"] == row["preferred_label"] else 1, row["sample"])


def best_per_prompt(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """(the best accepted candidate of each prompt that has one, the other accepted candidates)."""
    by_prompt: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["accepted"]:
            by_prompt[r["id"]].append(r)
    best, rest = [], []
    for pid in sorted(by_prompt):
        ranked = sorted(by_prompt[pid], key=rank_key)
        best.append(ranked[0])
        rest += [{**r, "status": "not_best", "better": ranked[0]["sample"]} for r in ranked[1:]]
    return best, rest


def quotas(available: dict[str, int], cfg: SelectConfig) -> dict[str, int]:
    """Per-area counts to select. ``available``: area -> prompts with an accepted candidate, for
    every area that has seeds."""
    if not available:
        raise ConfigError("synthesis: no seed prompts, nothing to select")
    poorest = min(available.values())
    target = cfg.per_area if cfg.per_area is not None else poorest
    short = {a: n for a, n in available.items() if n < target}
    if cfg.shortfall == "fail" and short:
        raise ConfigError("synthesis: per_area is %d but %s; add seeds or candidates, lower per_area, or set "
                          "shortfall to equalize or keep" % (target, ", ".join(
                              f"area {a!r} has {n} prompts with an accepted candidate" for a, n in sorted(short.items()))))
    if cfg.shortfall == "keep":  # without per_area: every prompt's best accepted candidate
        return {a: n if cfg.per_area is None else min(cfg.per_area, n) for a, n in available.items()}
    quota = min(target, poorest)
    if quota == 0:
        empty = sorted(a for a, n in available.items() if n == 0)
        raise ConfigError(f"synthesis: risk areas {empty} have no accepted candidate, so a balanced set is empty; "
                          "see rejected.jsonl for the reasons, or set shortfall: keep")
    return {a: quota for a in available}


def balance(best: list[dict], areas: list[str], cfg: SelectConfig) -> tuple[list[dict], list[dict], dict]:
    """(selected, over quota, info) from the best candidate of each prompt."""
    by_area: dict[str, list[dict]] = {a: [] for a in areas}
    for r in best:
        by_area[r["risk_area"]].append(r)
    want = quotas({a: len(rows) for a, rows in by_area.items()}, cfg)
    selected, over = [], []
    for area in areas:
        by_cat: dict[str, list[dict]] = defaultdict(list)
        for r in by_area[area]:
            by_cat[r.get("category") or ""].append(r)
        queues = [sorted(by_cat[c], key=lambda r: (-r["policy_score"], stable_hash(f"{cfg.seed}:{r['id']}"), r["id"]))
                  for c in sorted(by_cat)]
        order = [q[i] for i in range(max((len(q) for q in queues), default=0)) for q in queues if i < len(q)]
        selected += order[: want[area]]
        over += [{**r, "status": "over_quota"} for r in order[want[area]:]]
    info = {"per_area": cfg.per_area, "shortfall": cfg.shortfall, "quota": want,
            "short": {a: want[a] - len(by_area[a]) for a in areas if len(by_area[a]) < (cfg.per_area or 0)}}
    return selected, over, info


def select(rows: list[dict], areas: list[str], cfg: SelectConfig, contaminated: dict[str, dict] | None = None) -> dict:
    """Every judged candidate sorted into its state (see the module docstring). ``contaminated``:
    prompt id -> the eval item its seed contains."""
    contaminated = contaminated or {}
    dropped = [{**r, "status": "contaminated", **contaminated[r["id"]]} for r in rows if r["id"] in contaminated]
    clean = [r for r in rows if r["id"] not in contaminated]
    best, not_best = best_per_prompt(clean)
    selected, over, info = balance(best, areas, cfg)
    rejected = [{**r, "status": "rejected"} for r in clean if not r["accepted"]]
    selected = [{**r, "status": "selected"} for r in selected]
    assert len(selected) + len(not_best) + len(over) + len(rejected) + len(dropped) == len(rows)
    return {"selected": selected, "not_best": not_best, "over_quota": over, "rejected": rejected,
            "contaminated": dropped, "balance": info}
