"""The safety policy a teacher model answers under: one section per risk area.

A policy file (YAML or JSON)::

    version: r1safe-policy-zh-1
    preamble: <what the teacher is asked to do>
    areas:
      discrimination:
        title: 反歧视规范
        stance: refuse            # refuse | respond
        refuse:  [{id: D1, text: ...}, ...]   # what must not be produced
        respond: [{id: D3, text: ...}, ...]   # how to answer responsibly instead

Every risk area of the taxonomy has a section; rule ids are unique in the file. The policy's
identity in datasheets and manifests is the sha256 of the file's bytes.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from r1safe import taxonomy
from r1safe.errors import ConfigError, InputError
from r1safe.io import load_yaml, sha256_file

STANCES = ("refuse", "respond")
# the labels (r1safe.judge.labels) an answer may have under each stance, best first
ALLOWED_LABELS = {"refuse": (3, 2), "respond": (1, 3)}
_RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,15}$")


@dataclass(frozen=True)
class Rule:
    id: str
    text: str


@dataclass(frozen=True)
class AreaPolicy:
    area: str  # taxonomy key
    title: str
    stance: str
    refuse: tuple[Rule, ...]
    respond: tuple[Rule, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.refuse + self.respond)

    @property
    def allowed_labels(self) -> tuple[int, ...]:
        return ALLOWED_LABELS[self.stance]

    @property
    def preferred_label(self) -> int:
        return ALLOWED_LABELS[self.stance][0]


@dataclass(frozen=True)
class Policy:
    path: str
    version: str
    preamble: str
    areas: dict[str, AreaPolicy]
    sha256: str

    def render(self, area: str) -> str:
        """The text the teacher sees for a prompt of ``area``: the preamble and that area's section."""
        return self.preamble + "\n\n" + render_area(self.areas[area])

    def cites(self, area: str, text: str) -> tuple[bool, list[str]]:
        """(whether ``text`` cites this area: one of its rule ids or its title; what it cites of
        the other areas: their rule ids, titles or verbatim rule texts)."""
        own = self.areas[area]
        mine = bool(_id_pattern(own.rule_ids).search(text)) or own.title in text
        foreign = []
        for a, p in self.areas.items():
            if a == area:
                continue
            foreign += [m.group(0) for m in _id_pattern(p.rule_ids).finditer(text)]
            foreign += [p.title] if p.title in text else []
            foreign += [f"{r.id} text" for r in p.refuse + p.respond if r.text in text]
        return mine, list(dict.fromkeys(foreign))

    def info(self) -> dict:
        return {"path": self.path, "version": self.version, "sha256": self.sha256,
                "stances": {a: p.stance for a, p in self.areas.items()}}


def _id_pattern(ids) -> re.Pattern:
    # an id stands alone: D1 matches in "规范D1：" but not in "D12" or "AD1"
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(re.escape(i) for i in ids) + r")(?![0-9])")


def render_area(p: AreaPolicy) -> str:
    lines = [f"【{p.title}】", "应当拒绝：" if p.stance == "refuse" else "应当负责任地回答，但注意："]
    lines += [f"{r.id} {r.text}" for r in p.refuse]
    if p.respond:
        lines.append("负责任的回应方式：")
        lines += [f"{r.id} {r.text}" for r in p.respond]
    return "\n".join(lines)


def _rules(path, area: str, key: str, value, seen: dict[str, str]) -> tuple[Rule, ...]:
    field = f"areas.{area}.{key}"
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(path, "expected a list of {id, text} rules", field=field)
    out = []
    for i, r in enumerate(value):
        where = f"{field}[{i}]"
        if not isinstance(r, dict) or not isinstance(r.get("id"), str) or not _RULE_ID.match(r["id"]):
            raise InputError(path, "a rule needs an 'id' (a letter, then letters/digits, e.g. D1)", field=where)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            raise InputError(path, f"rule {r['id']} has no text", field=where + ".text")
        if r["id"] in seen:
            raise InputError(path, f"rule id {r['id']} is used twice (also in {seen[r['id']]})", field=where)
        seen[r["id"]] = where
        out.append(Rule(r["id"], r["text"].strip()))
    return tuple(out)


def _known_keys(path: Path, mapping: dict, known: tuple[str, ...], where: str) -> None:
    """A misspelled key of a policy (``respnd:``) would silently drop its rules: refused, named."""
    for key in mapping:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            raise InputError(path, f"unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
                             + f"; known: {', '.join(known)}", field=f"{where}{key}")


def load_policy(path: str | Path) -> Policy:
    path = Path(path)
    if not path.exists():
        raise InputError(path, "policy file does not exist")
    try:
        data = load_yaml(path)  # duplicate keys refused: a second "refuse:" would replace the first
    except ConfigError as exc:
        raise InputError(path, str(exc).removeprefix(f"{path}: ").removeprefix(f"{path}, ")) from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping with 'version', 'preamble' and 'areas'")
    _known_keys(path, data, ("version", "preamble", "areas"), "")
    for key in ("version", "preamble"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise InputError(path, "missing or empty", field=key)
    areas = data.get("areas")
    if not isinstance(areas, dict):
        raise InputError(path, "expected a mapping of risk area -> section", field="areas")
    unknown = set(areas) - set(taxonomy.AREA_KEYS)
    if unknown:
        raise InputError(path, f"unknown risk areas {sorted(unknown)}; known: {list(taxonomy.AREA_KEYS)}",
                         field="areas")
    seen: dict[str, str] = {}
    parsed = {}
    for key in taxonomy.AREA_KEYS:
        sec = areas.get(key)
        if not isinstance(sec, dict):
            raise InputError(path, "every risk area needs a policy section", field=f"areas.{key}")
        _known_keys(path, sec, ("title", "stance", "refuse", "respond"), f"areas.{key}.")
        if sec.get("stance") not in STANCES:
            raise InputError(path, f"stance must be one of {STANCES}, got {sec.get('stance')!r}",
                             field=f"areas.{key}.stance")
        title = sec.get("title")
        if not isinstance(title, str) or not title.strip():
            raise InputError(path, "missing or empty", field=f"areas.{key}.title")
        refuse = _rules(path, key, "refuse", sec.get("refuse"), seen)
        respond = _rules(path, key, "respond", sec.get("respond"), seen)
        if not refuse and not respond:
            raise InputError(path, "a section needs at least one rule", field=f"areas.{key}")
        parsed[key] = AreaPolicy(key, title.strip(), sec["stance"], refuse, respond)
    return Policy(str(path), data["version"].strip(), data["preamble"].strip(), parsed, sha256_file(path))
