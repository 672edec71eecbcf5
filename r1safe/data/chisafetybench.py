"""``python -m r1safe fetch-data``: CHiSafetyBench's public files, downloaded at a pinned commit of the
benchmark's repository, checked against their sha256, and put where config/paper.yaml reads them
(``resources/chisafetybench/``).

The pin: UnicomAI/UnicomBenchmark, ``CHiSafetyBench/dataset/v1/``, at the commit that added the set with
dialog history (the v1 files of 1,567 MCQ, 462 and 101 risky questions). The sha256 of each file is the
contract: a file whose bytes differ is refused with both hashes named, whatever the commit or the mirror
(``--base-url`` for a mirror or a local copy; ``file://`` works). A file already in place with the right
hash is not fetched again; one with another hash is left as it is and named (nothing already there is
overwritten without ``--force``). No answer key is published for the MCQ set: see the user guide, "MCQ
ACC without a published key".
"""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from r1safe.errors import InputError
from r1safe.io import sha256_file

REPOSITORY = "UnicomAI/UnicomBenchmark"
COMMIT = "9814e74bc0370f037f3af968c0e55176f8cf5793"
BASE_URL = f"https://raw.githubusercontent.com/{REPOSITORY}/{{commit}}/CHiSafetyBench/dataset/v1"
DEST = Path("resources/chisafetybench")
TIMEOUT_S = 60


@dataclass(frozen=True)
class DataFile:
    name: str
    sha256: str
    items: int


FILES = (
    DataFile("mcq.json", "9900af0e259d8f58d68584961ac5f13fc229066d5b73add142313c92d0c8edcd", 1567),
    DataFile("risky_questions_without_dialog_history.json",
             "9682ed99cc49a4ccd0b7a291dc5019f6a569fb01817155b8deaf56ea84b9359a", 462),
    DataFile("risky_questions_with_dialog_history.json",
             "b4251d1870bd857dfcd3c8d81f4fe5af4b9bc3516dbc34395f952919e42a86f6", 101),
)


def fetch(dest: str | os.PathLike = DEST, base_url: str | None = None, commit: str = COMMIT,
          force: bool = False, files: tuple[DataFile, ...] = FILES, log=print) -> list[Path]:
    """Download every file not already in ``dest`` with its hash; returns the paths in place. A file
    is written under a temporary name and moved only once its hash is right."""
    base = (base_url or BASE_URL.format(commit=commit)).rstrip("/")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    placed = []
    for f in files:
        target = dest / f.name
        if target.exists():
            have = sha256_file(target)
            if have == f.sha256:
                log(f"{target}: already in place (sha256 {have[:12]} as pinned)")
                placed.append(target)
                continue
            if not force:
                raise InputError(target, f"already exists with sha256 {have}, not the pinned {f.sha256} "
                                         "(another version of the file?): left as it is; move it away or "
                                         "pass --force to replace it")
        url = f"{base}/{f.name}"
        got = _download(url, dest)
        have = sha256_file(got)
        if have != f.sha256:
            got.unlink()
            raise InputError(url, f"sha256 {have}, expected {f.sha256}: not the pinned file "
                                  f"({REPOSITORY}@{commit[:12]}); nothing written")
        os.replace(got, target)
        log(f"{target}: fetched from {url} (sha256 {have[:12]}, {f.items} items as published)")
        placed.append(target)
    return placed


def _download(url: str, dest: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".fetch-", dir=dest)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=TIMEOUT_S) as resp:  # noqa: S310 - https or a chosen mirror
            shutil.copyfileobj(resp, out)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = f"HTTP {exc.code} {exc.reason}" if isinstance(exc, urllib.error.HTTPError) else \
            getattr(exc, "reason", None) or exc
        raise InputError(url, f"could not be downloaded ({reason}); check the network, or give a mirror "
                              "with --base-url") from None
    return Path(tmp)


def add_arguments(ap) -> None:
    ap.add_argument("--dest", default=str(DEST), help="where config/paper.yaml reads them (default %(default)s)")
    ap.add_argument("--base-url", help="a mirror or a local copy holding the files (default: the pinned commit "
                                       "on raw.githubusercontent.com)")
    ap.add_argument("--commit", default=COMMIT, help="another commit of the repository (the hashes still apply)")
    ap.add_argument("--force", action="store_true", help="replace a file in place whose hash differs")


def run(args) -> int:
    fetch(args.dest, args.base_url, args.commit, args.force)
    return 0
