"""Readers for CHiSafetyBench's published JSON formats.

* MCQ (risk-content identification): ``[{"category": <risk area>, "infos": [{"id", "question",
  "category"}]}]``; the options are embedded in the question text. The public data has no answer
  key: answers come from a separate key file (``{id: letter}``), and an item without a key is
  kept with ``answer=None`` (reported as unscored, never guessed).
* Risky questions without dialog history: the same grouped shape with area ``应拒答`` and the
  sub-category on every item; the risk area is derived from the sub-category.
* Risky questions with dialog history: ``[{"category", "sub_category", "input", "history":
  [{"role", "content"}...]}]``; the history is replayed as chat turns and ``input`` is the
  final user turn.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

from r1safe import taxonomy
from r1safe.benchmarks.base import FORMATS, Skips, skips_of  # noqa: F401  (Skips: re-exported)
from r1safe.benchmarks.schema import ROLES, Record, check_history, visible  # noqa: F401  (check_history: re-exported)
from r1safe.errors import InputError
from r1safe.io import read_json
from r1safe.records import record_id

# An option marker: a capital letter, optional spaces, then . ． 、 : ： ) or ）; or, at the start of a
# line, a capital letter directly followed by Chinese text (the public mcq.json writes "C青少年使用网络……").
_MARKER = re.compile(r"(?<![A-Za-z0-9])([A-H])[ \t\u00a0\u3000]*[.．、:：)）]"
                     r"|(?:^|(?<=\n))[ \t\u00a0\u3000]*([A-H])(?=[\u4e00-\u9fff])")
_WS = " \t\r\n\u00a0\u3000"


class OptionGap(ValueError):
    """The options' letters skip one (A, B, D): an option was lost or mislettered."""


def _letter(m: re.Match) -> str:
    return m.group(1) or m.group(2)


def _line_start(text: str, m: re.Match) -> bool:
    return text[: m.start()].rstrip(" \t\u00a0\u3000").endswith("\n") or not text[: m.start()].strip(_WS)


def split_options(text: str) -> tuple[str, dict[str, str]]:
    """Split a question into (stem, {letter: option}).

    Finds the last ``A`` marker that starts an in-order chain ``A, B[, C ...]`` of markers and
    cuts there; handles ``A. 是``, ``A .是``, ``C青少年……`` (no punctuation, at a line start),
    non-breaking spaces and options on one line. Returns ``(text, {})`` when no chain of at least
    two options exists; raises :class:`OptionGap` when an option that starts a line after the chain's
    ``A`` has a letter the chain skipped (``A. B. D.``).
    """
    marks = list(_MARKER.finditer(text))
    best: list[re.Match] = []
    for i, m in enumerate(marks):
        if _letter(m) != "A":
            continue
        chain = [m]
        for n in marks[i + 1:]:
            if ord(_letter(n)) == ord(_letter(chain[-1])) + 1:
                chain.append(n)
        if len(chain) >= 2:
            best = chain  # keep the last valid chain
    if not best:
        return text.strip(_WS), {}
    letters = {_letter(m) for m in best}
    stray = [m for m in marks if m.start() > best[0].start() and m not in best and _line_start(text, m)
             and _letter(m) not in letters]
    if stray:
        found = "".join(sorted(letters | {_letter(m) for m in stray}))
        missing = [chr(c) for c in range(ord("A"), ord(max(found)) + 1) if chr(c) not in found]
        raise OptionGap(f"the options' letters {', '.join(found)} skip {', '.join(missing) or 'none'}: an option "
                        "is missing or mislettered")
    stem = text[: best[0].start()].strip(_WS)
    options = {}
    for j, m in enumerate(best):
        end = best[j + 1].start() if j + 1 < len(best) else len(text)
        options[_letter(m)] = text[m.end():end].strip(_WS)
    return stem, options


_BEYOND_H = re.compile(r"(?:^|\n)[ \t\u00a0\u3000]*([I-Z])[ \t\u00a0\u3000]*[.．、:：)）]")


def _options_problem(options: dict[str, str]) -> str | None:
    """An empty option, or a ninth option (I. ...) that would be read as part of the eighth."""
    empty = [k for k, v in options.items() if not v.strip(_WS)]
    if empty:
        return f"option {empty[0]} is empty"
    last = list(options)[-1]
    extra = _BEYOND_H.search(options[last])
    if extra:
        return f"an option {extra.group(1)} after {last}: at most eight options (A-H) are read; it would become part of {last}"
    return None


def _same_options(options: dict[str, str]) -> str | None:
    """Two options of the same text (the public MCQ file has one such item: kept as published, and said)."""
    seen: dict[str, str] = {}
    for k, v in options.items():
        text = " ".join(v.split())
        if text in seen:
            return f"options {seen[text]} and {k} both read {v.strip(_WS)[:30]!r}"
        seen[text] = k
    return None


def _require_str(path, rec, obj: dict, key: str) -> str:
    if key not in obj:
        raise InputError(path, "missing field", record=rec, field=key)
    val = obj[key]
    if not isinstance(val, str):
        raise InputError(path, f"expected a string, got {type(val).__name__}", record=rec, field=key)
    if not visible(val):
        raise InputError(path, "empty string (nothing visible)" if val.strip() else "empty string", record=rec,
                         field=key)
    return val


def _grouped_items(path: Path):
    """Yield (group_index, group_category, item_index_in_file, item) of a grouped file."""
    data = read_json(path)
    if not isinstance(data, list):
        raise InputError(path, f"expected a JSON list of groups at the top level, got {type(data).__name__}")
    if not data:
        raise InputError(path, "the file holds no groups (empty list)")
    n = 0
    for gi, group in enumerate(data):
        where = f"group {gi}"
        if not isinstance(group, dict):
            raise InputError(path, f"expected an object, got {type(group).__name__}", record=where)
        gcat = _require_str(path, where, group, "category")
        infos = group.get("infos")
        if not isinstance(infos, list):
            raise InputError(path, "expected a list of items", record=where, field="infos")
        for ii, item in enumerate(infos):
            if not isinstance(item, dict):
                raise InputError(path, f"expected an object, got {type(item).__name__}",
                                 record=f"{where} item {ii}")
            yield gi, gcat, n, item
            n += 1
    if n == 0:
        raise InputError(path, "no items in any group")


def _item_id(path, where, item) -> str:
    if "id" not in item:
        raise InputError(path, "missing field", record=where, field="id")
    return record_id(path, item, where)


def load_answer_key(path: str | Path) -> dict[str, str]:
    """An MCQ answer key: ``{"<id>": "A", ...}`` or ``[{"id": .., "answer": "A"}, ...]``."""
    path = Path(path)
    data = read_json(path)
    if isinstance(data, dict):
        pairs = list(data.items())
    elif isinstance(data, list):
        pairs = []
        for i, row in enumerate(data):
            if not isinstance(row, dict) or "id" not in row or "answer" not in row:
                raise InputError(path, "expected an object with 'id' and 'answer'", record=i)
            pairs.append((row["id"], row["answer"]))
    else:
        raise InputError(path, "expected an object {id: letter} or a list of {id, answer}")
    key = {}
    for k, v in pairs:
        if str(k) in key:  # the list form; the object form's duplicates are refused by read_json
            raise InputError(path, f"duplicate id {str(k)!r}: the answer key gives it twice", record=str(k), field="id")
        if not isinstance(v, str) or not re.fullmatch(r"[A-H]", v.strip().upper()):
            raise InputError(path, f"answer must be a single letter A-H, got {v!r}", record=str(k), field="answer")
        key[str(k)] = v.strip().upper()
    if not key:  # under an empty key every item would be silently unscored
        raise InputError(path, "the answer key holds no answers")
    return key


@FORMATS.register("chisafety_mcq", task="mcq")
def read_mcq(path: str | Path, answer_key: str | Path | None = None, skips: Skips | None = None,
             **_) -> list[Record]:
    path = Path(path)
    skips = skips_of(skips)
    key = load_answer_key(answer_key) if answer_key else {}
    records, ids, repeated = [], [], []
    for gi, gcat, n, item in _grouped_items(path):
        with skips.record():
            where = f"group {gi} item {n}"
            area = taxonomy.area_of(gcat)
            if area is None:
                raise InputError(path, f"unknown risk area {gcat!r}", record=f"group {gi}", field="category")
            iid = _item_id(path, where, item)
            where = f"id {iid}"
            skips.unique(path, iid, f"item {n}")
            question = _require_str(path, where, item, "question")
            raw_cat = item.get("category")
            cat = taxonomy.normalize_category(raw_cat) if isinstance(raw_cat, str) else None
            if raw_cat is not None and cat is None:
                raise InputError(path, f"unknown category {raw_cat!r}", record=where, field="category")
            if cat is not None and taxonomy.area_of_category(cat) is not area:
                raise InputError(path, f"category {raw_cat!r} does not belong to risk area {gcat!r}",
                                 record=where, field="category")
            try:
                stem, options = split_options(question)
            except OptionGap as exc:
                raise InputError(path, str(exc), record=where, field="question") from None
            if len(options) < 2:
                raise InputError(path, "no options (A. ... B. ...) found in the question text",
                                 record=where, field="question")
            problem = _options_problem(options)
            if problem:
                raise InputError(path, problem, record=where, field="question")
            same = _same_options(options)
            if same:
                repeated.append(f"id {iid}: {same}")
            answer = key.get(iid)
            if answer is not None and answer not in options:
                raise InputError(answer_key, f"answer {answer!r} is not among the options {sorted(options)} of "
                                 f"{path.name}", record=iid, field="answer")
            ids.append(iid)
            records.append(Record(
                id=iid, task="mcq", messages=[{"role": "user", "content": question.strip(_WS)}],
                risk_area=area.key, category=cat, options=options, answer=answer,
                source_file=str(path), source_index=n, meta={"stem": stem, "raw_category": raw_cat},
            ))
    if repeated:  # said once per file, in the check's log and the command's output
        print(f"warning: {path}: {len(repeated)} item(s) with two options of the same text, kept as published: "
              + "; ".join(repeated[:3]), file=sys.stderr)
    if key:
        unknown = sorted(set(key) - set(skips._seen))
        if unknown:
            raise InputError(answer_key, f"{len(unknown)} answer-key ids are not in {path.name}: "
                             f"{unknown[:5]}", field="id")
    return records


@FORMATS.register("chisafety_risky", task="refusal")
def read_risky(path: str | Path, skips: Skips | None = None, **_) -> list[Record]:
    """Risky questions without dialog history (all must be refused)."""
    path = Path(path)
    skips = skips_of(skips)
    records = []
    for gi, gcat, n, item in _grouped_items(path):
        with skips.record():
            iid = _item_id(path, f"group {gi} item {n}", item)
            where = f"id {iid}"
            skips.unique(path, iid, f"item {n}")
            question = _require_str(path, where, item, "question")
            raw_cat = _require_str(path, where, item, "category")
            cat = taxonomy.normalize_category(raw_cat)
            if cat is None:  # the item's category names its risk area (the file's groups do not)
                is_area = taxonomy.area_of(raw_cat) is not None
                what = "is a risk area, not one of its categories" if is_area else "is no known category"
                close = [] if is_area else difflib.get_close_matches(raw_cat, taxonomy.all_categories(), n=1, cutoff=0.5)
                raise InputError(path, f"{raw_cat!r} {what}" + (f" (did you mean {close[0]!r}?)" if close else ""),
                                 record=where, field="category")
            area = taxonomy.area_of_category(cat)
            records.append(Record(
                id=iid, task="refusal", messages=[{"role": "user", "content": question.strip(_WS)}],
                risk_area=area.key, category=cat, source_file=str(path), source_index=n,
                meta={"group": gcat, "raw_category": raw_cat},
            ))
    return records


@FORMATS.register("chisafety_risky_dialog", task="refusal")
def read_risky_dialog(path: str | Path, skips: Skips | None = None, **_) -> list[Record]:
    """Risky questions with multi-turn dialog history."""
    path = Path(path)
    skips = skips_of(skips)
    data = read_json(path)
    if not isinstance(data, list):
        raise InputError(path, f"expected a JSON list of dialogs at the top level, got {type(data).__name__}")
    if not data:
        raise InputError(path, "the file holds no dialogs (empty list)")
    records = []
    for i, item in enumerate(data):
        with skips.record():
            if not isinstance(item, dict):
                raise InputError(path, f"expected an object, got {type(item).__name__}", record=i)
            iid = record_id(path, item, i)
            where = i if "id" not in item else f"id {iid}"
            skips.unique(path, iid, f"item {i}")
            question = _require_str(path, where, item, "input")
            gcat = _require_str(path, where, item, "category")
            raw_sub = item.get("sub_category")
            cat = taxonomy.normalize_category(raw_sub) if isinstance(raw_sub, str) else None
            area = taxonomy.area_of(gcat)
            if area is None:
                raise InputError(path, f"unknown risk area {gcat!r}", record=where, field="category")
            if raw_sub is not None and cat is None:
                raise InputError(path, f"unknown sub-category {raw_sub!r}", record=where, field="sub_category")
            if cat is not None and taxonomy.area_of_category(cat) is not area:
                raise InputError(path, f"sub-category {raw_sub!r} belongs to risk area "
                                 f"{taxonomy.area_of_category(cat).zh!r}, not {gcat!r}", record=where,
                                 field="sub_category")
            if "history" not in item:
                raise InputError(path, "missing field", record=where, field="history")
            history = check_history(path, where, item["history"], min_exchanges=1)
            records.append(Record(
                id=iid, task="refusal", messages=history + [{"role": "user", "content": question.strip(_WS)}],
                risk_area=area.key, category=cat, source_file=str(path), source_index=i,
                meta={"raw_category": gcat, "raw_sub_category": raw_sub, "history_turns": len(history)},
            ))
    return records
