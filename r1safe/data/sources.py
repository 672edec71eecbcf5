"""Read SFT sources and normalize them to chat records.

A normalized record::

    {"id": "<source>/<row id>", "source": "<source name>", "kind": "safety|reasoning|general",
     "risk_area": <taxonomy key or None>,
     "messages": [..., {"role": "user", ...}, {"role": "assistant",
                  "content": "<think>\\n...\\n</think>\\n\\n<final answer>"}]}

Accepted row shapes: chat rows (``messages``, or ShareGPT ``conversations`` with ``from``/
``value``), and instruction rows (prompt in ``prompt|instruction|question|problem|query``, optional
``input``; reasoning in ``reasoning|cot|think|thinking|reasoning_content``; answer in
``response|output|answer|completion|solution``). A source's ``fields`` maps these names to other
columns.
"""

from __future__ import annotations

from pathlib import Path

from r1safe import taxonomy
from r1safe.dialog import check_history
from r1safe.errors import ConfigError, InputError
from r1safe.hub import is_local_path, local_dataset
from r1safe.io import read_json, read_jsonl
from r1safe.records import record_id

KINDS = ("safety", "reasoning", "general")
PROMPT_KEYS = ("prompt", "instruction", "question", "problem", "query")
REASONING_KEYS = ("reasoning", "cot", "think", "thinking", "reasoning_content")
RESPONSE_KEYS = ("response", "output", "answer", "completion", "solution")
_SHAREGPT_ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant",
                   "system": "system"}


def load_rows(spec: dict) -> tuple[list[dict], str]:
    """Rows of a source and the name to cite in errors. ``path``: a local .json/.jsonl/.parquet
    file, or a HF dataset id (loaded with ``datasets``; ``subset``/``split`` optional)."""
    path = spec["path"]
    p = Path(path)
    if p.is_dir():
        raise InputError(p, "is a directory, not a file")
    if p.exists():
        if p.suffix == ".jsonl":
            return read_jsonl(p), str(p)
        if p.suffix == ".json":
            data = read_json(p)
            if not isinstance(data, list):
                raise InputError(p, "expected a JSON list of records at the top level")
            return data, str(p)
        if p.suffix == ".parquet":
            import polars as pl

            try:
                return pl.read_parquet(p).to_dicts(), str(p)
            except Exception as exc:  # noqa: BLE001 - polars raises many types for a file that is not parquet
                raise InputError(p, f"not a readable parquet file ({type(exc).__name__}: "
                                 f"{str(exc).splitlines()[0][:200]})") from None
        raise InputError(p, f"unsupported file type {p.suffix!r} (use .json, .jsonl or .parquet)")
    if is_local_path(path):
        raise InputError(p, "file does not exist")
    from datasets import load_dataset

    # a staged dataset: its snapshot in the hub cache, read offline (a compute job never downloads)
    local = local_dataset(path, spec.get("revision"))
    ds = load_dataset(local, spec.get("subset"), split=spec.get("split", "train"),
                      revision=None if local != path else spec.get("revision"))
    return [dict(r) for r in ds], f"{path}[{spec.get('split', 'train')}]"


def pick_field(row: dict, keys, mapped: str | None):
    if mapped:
        return row.get(mapped), mapped
    for k in keys:
        if row.get(k) not in (None, ""):
            return row[k], k
    return None, keys[0]


def _unclosed_thought(where, rec, text: str, field: str) -> None:
    """A thought opened and never closed would be trained as (part of) the final answer."""
    if "<think>" in text and "</think>" not in text:
        raise InputError(where, "the assistant turn opens <think> and never closes it (a truncated thought)",
                         record=rec, field=field)


def assistant_content(reasoning: str | None, answer: str) -> str:
    if "</think>" in answer:
        return answer.strip()
    return f"<think>\n{(reasoning or '').strip()}\n</think>\n\n{answer.strip()}"


def normalize_row(row: dict, i: int, name: str, where: str, kind: str, fields: dict) -> dict:
    if not isinstance(row, dict):
        raise InputError(where, "expected an object", record=i)
    rid = record_id(where, row, i, fields.get("id", "id"))
    rec = f"{rid}" if "id" in row else i
    if "messages" in row or "conversations" in row:
        key = "messages" if "messages" in row else "conversations"
        turns = row[key]
        if key == "conversations" and isinstance(turns, list):
            turns = [{"role": _SHAREGPT_ROLES.get(t.get("from"), t.get("from")), "content": t.get("value")}
                     if isinstance(t, dict) else t for t in turns]
        if not isinstance(turns, list) or len(turns) < 2:
            raise InputError(where, "expected at least a user and an assistant turn", record=rec, field=key)
        history = check_history(where, rec, turns)  # roles, alternation, ends with assistant
        last = history[-1]["content"]
        _unclosed_thought(where, rec, last, f"{key}[-1].content")
        reasoning, _ = pick_field(row, REASONING_KEYS, fields.get("reasoning"))
        history[-1] = {"role": "assistant", "content": assistant_content(reasoning, last)}
        messages = history
    else:
        prompt, pk = pick_field(row, PROMPT_KEYS, fields.get("prompt"))
        if not isinstance(prompt, str) or not prompt.strip():
            raise InputError(where, "missing or empty prompt", record=rec, field=pk)
        extra = row.get(fields.get("input", "input"))
        if isinstance(extra, str) and extra.strip():
            prompt = f"{prompt.strip()}\n{extra.strip()}"
        answer, ak = pick_field(row, RESPONSE_KEYS, fields.get("response"))
        if not isinstance(answer, str) or not answer.strip():
            raise InputError(where, "the assistant answer is empty", record=rec, field=ak)
        _unclosed_thought(where, rec, answer, ak)
        reasoning, _ = pick_field(row, REASONING_KEYS, fields.get("reasoning"))
        messages = [{"role": "user", "content": prompt.strip()},
                    {"role": "assistant", "content": assistant_content(reasoning, answer)}]
    final = messages[-1]["content"].split("</think>", 1)[-1].strip()
    if not final:
        raise InputError(where, "the assistant turn has reasoning but no final answer", record=rec,
                         field="messages[-1].content")
    area_key = fields.get("risk_area", "risk_area")
    area_raw = row.get(area_key) or row.get("category")
    area = taxonomy.area_of(area_raw) if isinstance(area_raw, str) else None
    if area_raw not in (None, "") and area is None:  # a typo would silently leave the record without an area
        raise InputError(where, f"unknown risk area or category {area_raw!r}; known areas: "
                         f"{', '.join(taxonomy.AREA_KEYS)}", record=rec, field=area_key if row.get(area_key) else "category")
    row_kind = row.get("kind", kind)
    if row_kind not in KINDS:  # it would silently drop out of the mixture
        raise InputError(where, f"unknown kind {row_kind!r}; known: {', '.join(KINDS)}", record=rec, field="kind")
    return {"id": f"{name}/{rid}", "source": name, "kind": row_kind,
            "risk_area": area.key if area else None, "messages": messages}


def read_source(name: str, spec: dict) -> list[dict]:
    kind = spec.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"SFT source {name!r}: kind must be one of {KINDS}, got {kind!r}")
    rows, where = load_rows(spec)
    if not rows:
        raise InputError(where, "the source holds no records")
    fields = spec.get("fields", {}) or {}
    out = [normalize_row(r, i, name, where, kind, fields) for i, r in enumerate(rows)]
    seen: dict[str, int] = {}
    for i, rec in enumerate(out):  # two records of one id: provenance, dedup and drops would mix them up
        if rec["id"] in seen:
            raise InputError(where, f"duplicate id {rec['id'].split('/', 1)[1]!r} (also record {seen[rec['id']]})",
                             record=i, field=fields.get("id", "id"))
        seen[rec["id"]] = i
    if spec.get("limit"):
        out = out[: int(spec["limit"])]
    return out
