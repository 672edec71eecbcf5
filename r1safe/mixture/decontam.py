"""Decontamination: drop training records that contain an evaluation item.

For every eval item the character n-grams of its question (the last user turn; MCQ options are
part of it) are indexed. A training record is contaminated when, for some eval item, the share of
that item's n-grams found in the record's prompt or response reaches the threshold. The direction
matters: it asks "does the test item appear in the training text", so shared instruction
boilerplate in the training prompt does not dilute a real leak.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path

from r1safe.benchmarks import read_normalized
from r1safe.errors import ConfigError, InputError
from r1safe.io import read_json, read_jsonl, write_json, write_text_atomic
from r1safe.mixture.text import char_ngrams, prompt_text, response_text


class EvalIndex:
    def __init__(self, ngram: int = 13):
        self.n = ngram
        self.grams_of: dict[str, int] = {}
        self.index: dict[str, list[str]] = defaultdict(list)

    def add(self, key: str, text: str) -> None:
        grams = char_ngrams(text, self.n)
        if not grams:
            return
        self.grams_of[key] = len(grams)
        for g in grams:
            self.index[g].append(key)

    def best_match(self, text: str) -> tuple[str | None, float]:
        hits: Counter = Counter()
        for g in char_ngrams(text, self.n):
            for key in self.index.get(g, ()):
                hits[key] += 1
        if not hits:
            return None, 0.0
        key, score = max(((k, c / self.grams_of[k]) for k, c in hits.items()), key=lambda kv: kv[1])
        return key, score


def build_index(eval_sets: dict[str, list], ngram: int) -> EvalIndex:
    """``eval_sets``: benchmark name -> normalized :class:`Record` list. The indexed text is the
    bare question where the reader kept one (without the prompt's instruction), else the last turn."""
    idx = EvalIndex(ngram)
    for bench, records in eval_sets.items():
        for r in records:
            idx.add(f"{bench}/{r.id}", r.meta.get("question", r.prompt))
    return idx


def decontaminate(records: list[dict], idx: EvalIndex, threshold: float = 0.5):
    kept, dropped = [], []
    for r in records:
        text = prompt_text(r) + "\n" + response_text(r)
        key, score = idx.best_match(text)
        if key is not None and score >= threshold:
            dropped.append({"id": r["id"], "reason": "contaminated", "eval_item": key, "overlap": round(score, 4)})
        else:
            kept.append(r)
    return kept, dropped


# ---- the decontamination steps of the workflow -----------------------------------------------------
# find_overlap (one job per benchmark) -> decontam_drops (their union) -> build_mixture drops them.
# Each result is content-addressed: sorted, no timestamps, so a benchmark edit that changes no
# overlap rewrites byte-identical files. The mixture reads drops.json as ancient(): it reruns only
# when run_drops finds that the set of records to drop is not the one a mixture was built against
# and removes that mixture's marker (a missing output reruns the mixture on the next run).

VERSION = "decontam-1"
# The mixture settings of the decontamination, with their defaults (MixtureConfig's fields).
DECONTAM_DEFAULTS = {"decontam_ngram": 13, "decontam_threshold": 0.5}
DECONTAM_KEYS = tuple(DECONTAM_DEFAULTS)


def overlap(pool: list[dict], bench: str, records: list, ngram: int, threshold: float) -> dict:
    """The pool records that contain an item of one benchmark (the item with the largest overlap),
    and the benchmark's items that some pool record contains."""
    kept, dropped = decontaminate(pool, build_index({bench: records}, ngram), threshold)
    drops = sorted(({"id": d["id"], "eval_item": d["eval_item"].split("/", 1)[1], "overlap": d["overlap"]}
                    for d in dropped), key=lambda d: d["id"])
    return {"benchmark": bench, "eval_items": len(records), "pool_records": len(pool),
            "settings": {"decontam_ngram": ngram, "decontam_threshold": threshold}, "drops": drops,
            "items_matched": sorted({d["eval_item"] for d in drops})}


def run_overlap(pool: str | Path, records: str | Path, bench: str, output: str | Path,
                settings: dict | None = None) -> dict:

    s = {**DECONTAM_DEFAULTS, **(settings or {})}
    if set(s) - set(DECONTAM_KEYS):
        raise ConfigError(f"decontamination settings: unknown keys {sorted(set(s) - set(DECONTAM_KEYS))}")
    result = {"version": VERSION, **overlap(read_jsonl(pool), bench, read_normalized(records), int(s["decontam_ngram"]),
                                            float(s["decontam_threshold"]))}
    write_json(output, result)
    print(f"{bench}: {len(result['items_matched'])} of {result['eval_items']} items found in "
          f"{len(result['drops'])} of {result['pool_records']} pool records")
    return result


def drops_digest(ids) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def run_drops(overlaps: list[str | Path], output: str | Path, markers: list[str | Path] = ()) -> dict:
    """The union of the per-benchmark overlaps: pool id -> the eval items it contains, and the
    digest of the id set. ``markers``: the mixtures' decontam.json; one that records another digest
    is removed, so that mixture (and what trains on it) reruns."""

    ids: dict[str, list[str]] = {}
    for path in overlaps:
        o = read_json(path)
        for d in o["drops"]:
            ids.setdefault(d["id"], []).append(f"{o['benchmark']}/{d['eval_item']}")
    result = {"version": VERSION, "digest": drops_digest(ids), "count": len(ids),
              "ids": {k: sorted(v) for k, v in sorted(ids.items())}}
    write_json(output, result)
    print(f"{len(ids)} pool records contain an eval item (digest {result['digest'][:12]})")
    for marker in map(Path, markers):
        try:
            built = read_json(marker).get("drops_digest")
        except (OSError, ValueError):
            continue  # no mixture yet: it is built against this set
        if built != result["digest"]:
            marker.unlink()
            print(f"{marker}: built against another drop set ({str(built)[:12]}): removed, so the mixture, its "
                  "SFT and its evaluations rerun")
    return result


def read_drops(path: str | Path | None) -> dict:
    if path is None:
        return {"ids": {}, "digest": drops_digest([])}
    d = read_json(path)
    return {"ids": d["ids"], "digest": d["digest"]}


def contamination_report(overlaps: dict[str, str | Path], drops: str | Path, mixtures: dict[str, dict],
                         csv_out: str | Path, md_out: str | Path, html_out: str | Path | None = None) -> list[dict]:
    """Per fine-tuned model and benchmark: how many eval items some pool record contains and how
    many of them are in that model's training data (0 when the decontamination worked).

    ``mixtures``: model -> {"stats": stats.json, "train": train.jsonl}. A mixture built against
    another drop set than drops.json's is refused: its model was trained before this run's
    decontamination changed, and its numbers must not be published beside the new ones."""
    import html

    import polars as pl
    from tabulate import tabulate

    from r1safe.report.render import html_page  # heavy: imports polars

    current = read_json(drops)
    stale = {m: p for m, p in mixtures.items() if read_json(p["stats"]).get("drops_digest") != current["digest"]}
    if stale:
        raise InputError(
            drops, "the set of training records that contain an eval item changed in this run "
            f"({current['count']} records now); the mixtures of {sorted(stale)} were built before it and are "
            "retrained on the next run: run snakemake again (their decontam.json markers were removed, so the next "
            "run schedules the mixture, SFT and the -safe evaluations)")
    rows = []
    for m, p in mixtures.items():
        train_ids = {r["id"] for r in read_jsonl(p["train"])}
        for bench, path in overlaps.items():
            o = read_json(path)
            in_train = {d["eval_item"] for d in o["drops"] if d["id"] in train_ids}
            rows.append({"model": m, "benchmark": bench, "eval_items": o["eval_items"],
                         "items_in_pool": len(o["items_matched"]), "pool_records_dropped": len(o["drops"]),
                         "items_in_training_data": len(in_train)})
    df = pl.DataFrame(rows, schema={"model": pl.Utf8, "benchmark": pl.Utf8, "eval_items": pl.Int64,
                                    "items_in_pool": pl.Int64, "pool_records_dropped": pl.Int64,
                                    "items_in_training_data": pl.Int64})
    df.write_csv(csv_out)
    headers = ["model", "benchmark", "eval items", "items in pool", "pool records dropped", "items in training data"]
    body = [list(r.values()) for r in rows]
    caption = ("Per fine-tuned model and benchmark: eval items that some SFT pool record contains (character n-gram "
               "overlap, the mixture's decontamination), the pool records dropped for them, and the eval items still "
               "in the model's training data.")
    write_text_atomic(md_out, f"# Training-data overlap\n\n{caption}\n\n"
                      + tabulate(body, headers=headers, tablefmt="github", disable_numparse=True) + "\n")
    if html_out is not None:
        write_text_atomic(html_out, html_page("Training-data overlap", f"<p>{html.escape(caption)}</p>"
                                              + tabulate(body, headers=headers, tablefmt="html", disable_numparse=True)))
    return rows
