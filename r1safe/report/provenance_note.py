"""What every table format carries about how its numbers were made: the judge and its measured error,
and for ACC the key it was scored against, the share of the items that key covers, and which models
voted on it. Markdown and HTML carry it in their captions, LaTeX in ``\\caption``, the CSVs in the
sidecar ``results/tables/provenance.json`` (one file naming every CSV it covers) and, on ACC rows, in an
``acc_key`` column."""

from __future__ import annotations

import json
from pathlib import Path

from r1safe.judge.validate import decided_note, measured
from r1safe.keys import describe
from r1safe.metrics.stats import wilson


def acc_keys(entries: list[dict], formats: dict[str, str]) -> dict[str, dict]:
    """Per MCQ benchmark: what its ACC is computed against, and the reference models of a consensus key."""
    out = {}
    for e in entries:
        b = e.get("benchmark")
        if formats.get(b) != "chisafety_mcq" or b in out:
            continue
        info = e.get("answer_key") or {}
        kind = "none" if not info else info.get("kind", "benchmark")
        rec = {"against": describe(info or None), "kind": kind}
        if kind == "consensus":
            rec.update(keyed=info.get("keyed"), items=info.get("items"), reference_models=list(info.get("models") or []),
                       keyed_share=round(info["keyed"] / info["items"], 4) if info.get("items") else None)
        out[b] = rec
    return out


def acc_note(keys: dict[str, dict]) -> str:
    """The caption sentences on consensus-keyed ACC: the subset it covers, and the reference models."""
    parts = []
    for b, k in keys.items():
        if k["kind"] != "consensus":
            continue
        share = f"{k['keyed_share']:.0%}" if k.get("keyed_share") is not None else "?"
        parts.append(f"ACC of {b} is on a consensus key: {k['keyed']} of {k['items']} items ({share}), those its "
                     "reference models agree on, an easier subset than the whole set; the ACC of "
                     f"{', '.join(k['reference_models'])} is scored against a key it voted on.")
    return " ".join(parts)


def acc_label(keys: dict[str, dict], model: str) -> str | None:
    """The ``acc_key`` cell of a model's ACC rows."""
    labels = []
    for b, k in keys.items():
        if k["kind"] == "consensus":
            own = "; scored against a key it voted on" if model in k["reference_models"] else ""
            labels.append(f"{b}: consensus key, {k['keyed']}/{k['items']} items{own}")
        else:
            labels.append(f"{b}: {k['kind']} key" if k["kind"] != "none" else f"{b}: no key, unscored")
    return "; ".join(labels) or None


def _judges(infos: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each judge of ``infos`` once (by name and version, first seen), with the project's measured
    figures for exactly that version (measured.json), or None."""
    rec, out, seen = measured(), [], set()
    for info in infos:
        key = (info.get("name"), info.get("version"))
        if not info.get("name") or key in seen:
            continue
        seen.add(key)
        m = rec.get(info["name"])
        out.append((info, m if m and m.get("version") == info.get("version") else None))
    return out


def _accuracy_ci(part: dict) -> tuple[float, float]:
    """The Wilson 95% interval of a measured part's label accuracy."""
    return wilson(round(part["accuracy"] * part["n"]), part["n"])


def judge_record(infos: list[dict]) -> list[dict]:
    """Each judge that labelled the tables' responses, with the project's measured figures."""
    out = []
    for info, m in _judges(infos):
        entry = {"name": info["name"], "version": info.get("version"), "model": info.get("model"),
                 "prompt": info.get("prompt"), "measured": None}
        if m:
            entry["measured"] = {}
            for part in ("test", "holdout"):
                if part in m:
                    r = m[part]
                    lo, hi = _accuracy_ci(r)
                    entry["measured"][part] = {"n": r["n"], "label_accuracy": round(r["accuracy"], 4),
                                               "label_accuracy_ci95": [round(lo, 4), round(hi, 4)],
                                               "rate_errors": {k: round(v["error"], 4) for k, v in r["rates"].items()}}
                    if r.get("uncertain"):  # a judge that can say uncertain: its coverage beside its accuracy
                        entry["measured"][part].update(uncertain=r["uncertain"],
                                                       label_accuracy_decided=round(r["accuracy_decided"], 4))
        out.append(entry)
    return out


def judge_line(infos: list[dict]) -> str:
    """The judge in one line for the run's summary: its name and, where measured, its label accuracy
    on the holdout part with a Wilson 95% interval and its RR-1 error there."""
    parts = []
    for info, m in _judges(infos):
        name, version = info["name"], info.get("version")
        h = m.get("holdout") if m else None
        if h:
            lo, hi = _accuracy_ci(h)
            unsure = f" ({decided_note(h)})" if h.get("uncertain") else ""
            parts.append(f"the {name} judge ({version}): label accuracy {h['accuracy']:.2f} [{lo:.2f}, {hi:.2f}]{unsure} "
                         f"on {h['n']} held-out labelled responses, RR-1 error {h['rates']['RR-1']['error']:+.2f} there")
        else:
            parts.append(f"the {name} judge ({version}): not measured by the project")
    return ("Judged by " + "; ".join(parts) + ". Its error on this run's own responses: results/tables/review.md."
            if parts else "")


def key_note(keys: dict[str, dict]) -> str:
    """What each MCQ benchmark's ACC was computed against (:func:`acc_keys`): its own key, a consensus
    key, or none."""
    return " ".join(f"ACC of {b} is computed against {k['against']}." for b, k in keys.items())


def write_sidecar(path: str | Path, csvs: list[str], judges: list[dict], keys: dict[str, dict]) -> None:
    Path(path).write_text(json.dumps({
        "covers": sorted(Path(c).name for c in csvs),
        "judges": judges,
        "acc": keys,
        "note": "Refusal rates are a judge's verdicts counted: see each judge's measured error here and "
                "results/tables/review.csv for its error on this run's own responses.",
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


_LATEX = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
          "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def latex_escape(text: str) -> str:
    return "".join(_LATEX.get(ch, ch) for ch in text.replace("`", "").replace("**", ""))


def latex_table(tabular: str, caption: str, label: str) -> str:
    """A tabulate ``latex`` tabular inside a table environment with its caption and label."""
    return ("\\begin{table}[t]\n\\centering\n\\small\n" + tabular.rstrip("\n") + "\n"
            f"\\caption{{{latex_escape(caption)}}}\n\\label{{tab:{label}}}\n\\end{{table}}\n")
