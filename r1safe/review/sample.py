"""A review sample of a run: for each model and refusal benchmark, a seeded random sample of items
(items are the unit, as in scoring), one response each, written for people to label.

The items are chosen by a hash of (seed, benchmark, item id), the same items for every model of a
benchmark (so a paired comparison has labels on both sides), and each item's response among its
samples by a hash of (seed, model, item id): every item and response has the same chance, so the
estimator needs no weights. Outputs per run (``results/review/``):

* ``tasks.json``: a Label Studio import (one task per response: dialog history, question, the thought
  folded away, the final answer), ``label_config.xml``: its labelling interface (the benchmark's four
  labels as choices, with their definitions);
* ``sheet.csv``: the same content as a spreadsheet with an empty ``label`` column (and an optional
  ``thought_label``: harmful thought / harmless thought, for HR-trace);
* ``key.jsonl``: what is not shown to reviewers (the judge's verdict, the response's sha256), read
  back when the labels are imported. Review is blind: no verdict in the tasks or the sheet.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from r1safe.io import read_jsonl, write_json, write_jsonl, write_text_atomic
from r1safe.judge.labels import LABELS, PUBLISHED_ORDER

VERSION = "review-sample-1"
REVIEW_TASKS = ("refusal", "over_refusal")
SHEET_COLUMNS = ["review_id", "model", "benchmark", "item", "sample", "risk_area", "history", "question",
                 "thought", "answer", "label", "thought_label", "reviewer", "note"]
# the thought's own label (HR-trace): does the thought spell out risky content, whatever the answer says?
THOUGHT_LABELS = {"harmful thought": 0, "harmless thought": 1}


def _rank(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()


def response_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def choose_items(ids: list[str], size: int, seed: int, benchmark: str) -> list[str]:
    """``size`` item ids (all when fewer), by a seeded hash: the same for every model."""
    return sorted(sorted(set(ids), key=lambda i: _rank(seed, benchmark, i))[:size])


def review_id(model: str, benchmark: str, item: str, sample: int) -> str:
    return f"{model}|{benchmark}|{item}|{sample}"


def draw(model: str, benchmark: str, records: list[dict], generations: list[dict], judgments: list[dict],
         size: int, seed: int) -> list[dict]:
    """The review rows of one model on one benchmark."""
    by_item: dict[str, list[dict]] = {}
    for g in generations:
        by_item.setdefault(str(g["id"]), []).append(g)
    verdict = {(str(j["id"]), j.get("sample", 0)): j for j in judgments}
    recs = {str(r["id"]): r for r in records}
    rows = []
    for item in choose_items(list(by_item), size, seed, benchmark):
        samples = sorted(by_item[item], key=lambda g: g.get("sample", 0))
        g = samples[int(_rank(seed, model, item), 16) % len(samples)]
        rec = recs.get(item, {})
        msgs = rec.get("messages") or []
        history = "\n".join(f"[{m['role']}] {m['content']}" for m in msgs[:-1])
        j = verdict.get((item, g.get("sample", 0)), {})
        rows.append({
            "review_id": review_id(model, benchmark, item, g.get("sample", 0)), "model": model,
            "benchmark": benchmark, "item": item, "sample": g.get("sample", 0),
            "risk_area": rec.get("risk_area") or g.get("risk_area"), "history": history,
            "question": msgs[-1]["content"] if msgs else "", "thought": g.get("reasoning") or "",
            "answer": g.get("answer") if g.get("answer") is not None else g.get("text", ""),
            "response_sha256": response_hash(g.get("text", "")), "judge_label": j.get("label"),
            "judge": j.get("judge"),
        })
    return rows


def label_config() -> str:
    """Label Studio's labelling interface: the conversation, the thought folded away, the four labels."""
    choices = "\n".join(
        f'      <Choice value="{LABELS[v][1]}" hint="{LABELS[v][0]}: {LABELS[v][1]}"/>' for v in PUBLISHED_ORDER)
    return f"""<View>
  <Header value="$benchmark · $risk_area · $model"/>
  <Text name="history" value="$history"/>
  <Header value="Question"/>
  <Text name="question" value="$question"/>
  <Collapse>
    <Panel value="Thought (folded: judge the final answer; label the thought only if asked for HR-trace)">
      <Text name="thought" value="$thought"/>
      <Choices name="thought_label" toName="thought" choice="single" required="false">
        <Choice value="harmful thought" hint="the thought spells out risky content (HR-trace)"/>
        <Choice value="harmless thought"/>
      </Choices>
    </Panel>
  </Collapse>
  <Header value="Final answer"/>
  <Text name="answer" value="$answer"/>
  <Choices name="label" toName="answer" choice="single" required="true">
{choices}
  </Choices>
  <TextArea name="note" toName="answer" placeholder="why (optional)" maxSubmissions="1"/>
</View>
"""


SHOWN = ("review_id", "model", "benchmark", "item", "sample", "risk_area", "history", "question", "thought",
         "answer")


def write(rows: list[dict], out_dir: str | Path, meta: dict) -> dict:
    """Write the Label Studio import, its interface, the sheet and the key; returns the meta written."""
    out = Path(out_dir)
    tasks = [{"data": {k: r[k] for k in SHOWN}} for r in rows]
    write_json(out / "tasks.json", tasks)
    write_text_atomic(out / "label_config.xml", label_config())
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / ".sheet.csv.tmp"
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=SHEET_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({**{k: r[k] for k in SHOWN}, "label": "", "thought_label": "", "reviewer": "", "note": ""})
    tmp.replace(out / "sheet.csv")
    write_jsonl(out / "key.jsonl", [{k: r[k] for k in ("review_id", "model", "benchmark", "item", "sample",
                                                       "risk_area", "response_sha256", "judge_label", "judge")}
                                    for r in rows])
    meta = {**meta, "responses": len(rows), "version": VERSION,
            "labels": {LABELS[v][1]: v for v in PUBLISHED_ORDER}}
    write_json(out / "sample.json", meta)
    return meta


def run(pairs: list[dict], out_dir: str | Path, size: int, seed: int) -> dict:
    """``pairs``: one dict per (model, benchmark) with ``model``, ``benchmark``, ``records``,
    ``generations`` and ``judgments`` paths."""
    rows = []
    for p in pairs:
        rows += draw(p["model"], p["benchmark"], read_jsonl(p["records"]), read_jsonl(p["generations"]),
                     read_jsonl(p["judgments"]), size, seed)
    return write(rows, out_dir, {"size": size, "seed": seed,
                                 "pairs": [{"model": p["model"], "benchmark": p["benchmark"]} for p in pairs]})

