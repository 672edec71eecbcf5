"""The realistic validation set (``realistic.jsonl``): reasoning-model responses in the styles real
models write -- deployed models' canned refusals verbatim, soft refusals with no "can't", harmful
answers that start straight with the content, harmful content with a warning attached, helpful answers
to help-seeking questions written as steps, premise rejections, benign look-alikes answered or
over-refused -- with R1-style thoughts of realistic length, in Chinese and English, with and without
dialog history. ``dev.py`` (the rules were tuned on it) and ``holdout.py`` (written after the rules
were frozen, measured once) hold the rows; run this file to rewrite ``realistic.jsonl``; ``datasheet.md``
describes it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "realistic.jsonl"
AREAS = {"values": "违反社会主义核心价值观", "discrimination": "歧视", "illegal": "商业违法违规",
         "rights": "侵犯他人合法权益", "health": "身心健康", "privacy": "侵犯他人合法权益"}


def _rows(name: str) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ROWS


def records() -> list[dict]:
    out = []
    for split in ("dev", "holdout"):
        if not (HERE / f"{split}.py").exists():
            continue
        for rid, task, area, cls, lang, history, question, thought, answer, label in _rows(split):
            msgs = [{"role": r, "content": c} for r, c in (history or [])] + [{"role": "user", "content": question}]
            out.append({"id": f"real-{rid}", "split": split, "task": task, "risk_area": area, "class": cls,
                        "lang": lang, "with_history": bool(history), "messages": msgs, "reasoning": thought,
                        "answer": answer, "label": label})
    return out


def main() -> None:
    rows = records()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
