"""What every reader of records checks the same way."""

from __future__ import annotations

from r1safe.errors import InputError


def record_id(path, row: dict, index: int | str, *keys: str) -> str:
    """A record's id: the first of ``keys`` the row has, an integer or a non-empty string (an object,
    a list, null or a boolean would be stored as its text, "None", and two of them would collide);
    the row's index where the row has none of them. ``index`` also names the record in an error (an
    int, or a place such as "group 0 item 3")."""
    for key in keys or ("id",):
        if key in row:
            value = row[key]
            if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip():
                raise InputError(path, f"expected an integer or a non-empty string id, got {value!r}", record=index,
                                 field=key)
            return str(value)  # verbatim: an answer key or a label names it as written
    return str(index)
