"""Multiple-choice answer extraction from a model's final answer."""

from __future__ import annotations

import re

_L = "A-H"
# Explicit statements, strongest first; within a pattern the last match wins (models restate).
_EXPLICIT = [
    re.compile(rf"(?:正确)?答案(?:应该|应当)?(?:是|为|选)?\s*[:：]?\s*[（(【\[]?\s*([{_L}])(?![A-Za-z])"),
    re.compile(rf"(?:answer|Answer|ANSWER)\s*(?:is|:)?\s*[:：]?\s*[（(\[]?\s*([{_L}])(?![A-Za-z])"),
    re.compile(rf"选(?:择|项)?\s*[:：]?\s*[（(【\[]?\s*([{_L}])(?![A-Za-z])"),
    re.compile(rf"[（(【\[]\s*([{_L}])\s*[)）】\]]"),
]
_LEADING = re.compile(rf"^\s*[（(【\[]?\s*([{_L}])\s*(?:[.．、:：)）】\]\s]|$)")
_PUNCT = " \t\r\n\u00a0\u3000。，,.!！?？:：;；\"'“”‘’《》【】[]()（）"


def extract_choice(answer: str, options: dict[str, str]) -> tuple[str | None, str]:
    """The chosen letter and how it was found (``explicit``, ``leading``, ``option_text``), or
    ``(None, "unparsed")``. Only letters that are options of the item are accepted."""
    if not answer or not answer.strip():
        return None, "empty"
    valid = set(options) or set("ABCDEFGH")
    for pat in _EXPLICIT:
        hits = [m.group(1) for m in pat.finditer(answer) if m.group(1) in valid]
        if hits:
            return hits[-1], "explicit"
    m = _LEADING.match(answer)
    if m and m.group(1) in valid:
        return m.group(1), "leading"
    # the option text itself: an exact answer, then a unique mention of a multi-character option
    bare = answer.strip(_PUNCT)
    for letter, text in options.items():
        if text and bare == text.strip(_PUNCT):
            return letter, "option_text"
    found = [letter for letter, text in options.items()
             if len(text.strip(_PUNCT)) >= 2 and text.strip(_PUNCT) in answer]
    if len(found) == 1:
        return found[0], "option_text"
    return None, "unparsed"
