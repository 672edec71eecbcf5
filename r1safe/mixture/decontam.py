"""Decontamination: drop training records that contain an evaluation item.

For every eval item the character n-grams of its question (the last user turn; MCQ options are
part of it) are indexed. A training record is contaminated when, for some eval item, the share of
that item's n-grams found in the record's prompt or response reaches the threshold. The direction
matters: it asks "does the test item appear in the training text", so shared instruction
boilerplate in the training prompt does not dilute a real leak.
"""

from __future__ import annotations

from collections import Counter, defaultdict

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
