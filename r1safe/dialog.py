"""A dialog history, checked: the turns a benchmark record's history or an SFT record holds."""

from __future__ import annotations

from r1safe.errors import InputError

ROLES = ("system", "user", "assistant")


def check_history(path, where, history, min_exchanges: int = 0) -> list[dict[str, str]]:
    """Validate a chat history: known roles, string content, user/assistant alternation after an
    optional leading system turn (which says something), ending with an assistant turn (the next turn
    is the question); at least ``min_exchanges`` user/assistant exchanges (a dialog set's item with an
    empty history is a single-turn question, and would be compared as if it had one)."""
    if not isinstance(history, list):
        raise InputError(path, f"expected a list of turns, got {type(history).__name__}", record=where,
                         field="history")
    turns = []
    expect = "user"
    for t, turn in enumerate(history):
        f = f"history[{t}]"
        if not isinstance(turn, dict):
            raise InputError(path, "expected an object with 'role' and 'content'", record=where, field=f)
        role = turn.get("role")
        if role not in ROLES:
            raise InputError(path, f"unknown role {role!r} (expected one of {ROLES})", record=where,
                             field=f"{f}.role")
        content = turn.get("content")
        if not isinstance(content, str):
            raise InputError(path, "missing or non-string content", record=where, field=f"{f}.content")
        if role == "system":
            if t != 0:
                raise InputError(path, "a system turn may only open the history", record=where,
                                 field=f"{f}.role")
            if not content.strip():
                raise InputError(path, "a blank system turn sets nothing; leave it out", record=where,
                                 field=f"{f}.content")
        else:
            if role != expect:
                raise InputError(path, f"turns must alternate user/assistant: expected {expect!r}, got "
                                 f"{role!r}", record=where, field=f"{f}.role")
            if not content.strip():
                raise InputError(path, "empty content", record=where, field=f"{f}.content")
            expect = "assistant" if role == "user" else "user"
        turns.append({"role": role, "content": content})
    if expect != "user":
        raise InputError(path, "the history must end with an assistant turn", record=where,
                         field=f"history[{len(history) - 1}]")
    exchanges = sum(1 for t in turns if t["role"] == "assistant")
    if exchanges < min_exchanges:
        raise InputError(path, f"a dialog needs at least {min_exchanges} user/assistant exchange(s) before the "
                         f"question; this history has {exchanges}", record=where, field="history")
    return turns
