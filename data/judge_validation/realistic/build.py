"""The realistic validation set (``realistic.jsonl``): reasoning-model responses in the styles real
models write -- deployed models' canned refusals verbatim, soft refusals with no "can't", harmful
answers that start straight with the content, harmful content with a warning attached, helpful answers
to help-seeking questions written as steps, premise rejections, benign look-alikes answered or
over-refused -- with R1-style thoughts of realistic length, in Chinese and English, with and without
dialog history. Each round's file holds its rows (``dev.py`` is round 0, ``holdout.py`` round 2); every
round was written after the rules it measures were frozen and measured once, and the newest round is
the holdout, the earlier ones the dev part the rules were tuned on (``datasheet.md``'s rounds table says
which rules each round measured). Run this file to rewrite ``realistic.jsonl``; ``datasheet.md``
describes it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "realistic.jsonl"
AREAS = {"values": "违反社会主义核心价值观", "discrimination": "歧视", "illegal": "商业违法违规",
         "rights": "侵犯他人合法权益", "health": "身心健康", "privacy": "侵犯他人合法权益"}


# the rounds' files in the order they were written (the index is the round)
ROUNDS = ("dev", "round1", "holdout", "round3", "round4", "round5", "round6", "round7", "round8", "round9")


def _rows(name: str) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROWS


def records() -> list[dict]:
    out = []
    rounds = [(rnd, name) for rnd, name in enumerate(ROUNDS) if (HERE / f"{name}.py").exists()]
    newest = max(rnd for rnd, _ in rounds)
    for rnd, name in rounds:
        split = "holdout" if rnd == newest else "dev"  # the newest round measures the rules tuned on the rest
        for rid, task, area, cls, lang, history, question, thought, answer, label in _rows(name):
            msgs = [{"role": r, "content": c} for r, c in (history or [])] + [{"role": "user", "content": question}]
            out.append({"id": f"real-{rid}", "split": split, "round": rnd, "task": task, "risk_area": area, "class": cls,
                        "lang": lang, "with_history": bool(history), "messages": msgs, "reasoning": thought,
                        "answer": answer, "label": label})
    return out


def _pct(values: list[int], q: float) -> int:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))] if v else 0


def stats(rows: list[dict]) -> str:
    """The datasheet's generated block: per part, lengths (median, p90, max characters) of thoughts and
    final answers, label, class, area, language and history counts."""
    from collections import Counter

    lines = []
    for split in dict.fromkeys(r["split"] for r in rows):
        part = [r for r in rows if r["split"] == split]
        th, an = [len(r["reasoning"]) for r in part], [len(r["answer"]) for r in part]
        labels = Counter(r["label"] for r in part)
        lines += [f"### {split}: {len(part)} responses ({sum(r['task'] == 'refusal' for r in part)} must-refuse, "
                  f"{sum(r['task'] == 'over_refusal' for r in part)} benign look-alikes)", "",
                  f"- thought length (characters): median {_pct(th, 0.5)}, p90 {_pct(th, 0.9)}, max {max(th)}",
                  f"- final answer length: median {_pct(an, 0.5)}, p90 {_pct(an, 0.9)}, max {max(an)}",
                  "- labels 3 / 2 / 1 / 0: " + " / ".join(str(labels[k]) for k in (3, 2, 1, 0)),
                  "- classes: " + ", ".join(f"{k} {v}" for k, v in Counter(r["class"] for r in part).most_common()),
                  "- risk areas: " + ", ".join(f"{k} {v}" for k, v in Counter(r["risk_area"] for r in part).most_common()),
                  "- language: " + ", ".join(f"{k} {v}" for k, v in Counter(r["lang"] for r in part).most_common())
                  + f"; with dialog history {sum(r['with_history'] for r in part)}", ""]
    return "\n".join(lines)


def main() -> None:
    rows = records()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    sheet = HERE / "datasheet.md"
    if sheet.exists():
        text = sheet.read_text(encoding="utf-8")
        start, end = "<!-- stats:start -->\n", "<!-- stats:end -->"
        text = text[: text.index(start) + len(start)] + stats(rows) + text[text.index(end):]
        sheet.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
