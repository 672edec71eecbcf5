"""Small file helpers: strict JSON/JSONL reading and atomic writes."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

from r1safe.errors import ConfigError, InputError


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "file does not exist") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 at byte {exc.start} (line {line})") from None


class _DuplicateKey(Exception):
    def __init__(self, key: str, pairs: list):
        self.key, self.pairs = key, pairs


def _unique_object(pairs: list) -> dict:
    """A JSON object whose keys are all different (json keeps the last of two silently)."""
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise _DuplicateKey(k, pairs)
        out[k] = v
    return out


def _duplicate(path, exc: _DuplicateKey, record=None) -> InputError:
    ident = next((v for k, v in exc.pairs if k == "id" and isinstance(v, (str, int))), None)
    where = record if record is not None else (f"id {ident}" if ident is not None else None)
    return InputError(path, f"duplicate key {exc.key!r} in one object (the second would silently replace the first)",
                      record=where, field=exc.key)


def loads_json(text: str, path, record=None) -> Any:
    """``json.loads`` refusing duplicate keys, naming the file (and record) on any error."""
    try:
        return json.loads(text, object_pairs_hook=_unique_object)
    except _DuplicateKey as exc:
        raise _duplicate(path, exc, record) from None


def read_json(path: str | os.PathLike) -> Any:
    path = Path(path)
    if not path.exists():
        raise InputError(path, "file does not exist")
    text = _read_text(path)
    if not text.strip():
        raise InputError(path, "file is empty")
    try:
        return loads_json(text, path)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None


def iter_jsonl(path: str | os.PathLike) -> Iterator[dict]:
    """Yield the objects of a JSONL file; blank lines are skipped, anything else must parse."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "file does not exist")
    for lineno, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = loads_json(line, path, record=f"line {lineno}")
        except json.JSONDecodeError as exc:
            raise InputError(path, f"invalid JSON at line {lineno}, column {exc.colno}: {exc.msg}",
                             record=f"line {lineno}") from None
        if not isinstance(obj, dict):
            raise InputError(path, f"expected a JSON object, got {type(obj).__name__}",
                             record=f"line {lineno}")
        yield obj


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    return list(iter_jsonl(path))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic_target(path: Path):
    """A temporary file beside ``path`` with the mode a plain write would give it (mkstemp makes
    0600, which would keep colleagues on a shared cluster out of results/)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, Path(tmp)


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def dumps_jsonl(rows: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict]) -> None:
    write_text_atomic(path, dumps_jsonl(rows))


def write_json(path: str | os.PathLike, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


# ---- YAML with its mistakes named (configs, policies) --------------------------------------------------------------

def _unique_key_loader():
    import yaml

    # libyaml's parser where it is installed (several times faster on a large config), the same
    # safe constructor either way
    class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        def construct_mapping(self, node, deep=False):
            seen: dict = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise ConfigError(f"{self.name}, line {line}: duplicate key {key!r} (first at line {seen[key]}); "
                                      "the second would silently replace the first")
                seen[key] = line
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader


def _encoding_hint(path: Path) -> str:
    """What a file that is not UTF-8 looks like (the usual ones: UTF-16 from Windows editors, GBK)."""
    data = path.read_bytes()[:4096]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return " (it is UTF-16)"
    try:
        data.decode("gb18030")
        return " (it looks like GBK/GB18030)"
    except UnicodeDecodeError:
        return ""


def load_yaml(path: str | os.PathLike) -> Any:
    """A YAML file, refusing duplicate keys; OS and syntax errors become one ConfigError."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise ConfigError(f"{path}: permission denied") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 at byte {exc.start}{_encoding_hint(path)}; save it as UTF-8") from None
    loader = _unique_key_loader()(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: YAML syntax error: {exc.problem}") from None
    finally:
        loader.dispose()
