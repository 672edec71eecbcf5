"""`python -m r1safe fetch-data` against a real HTTP server on loopback: files fetched at their pinned
hashes, a wrong or changed file refused without writing anything, nothing in place overwritten."""

import functools
import hashlib
import http.server
import subprocess
import sys
import threading

import pytest

from r1safe.data import chisafetybench as cb
from r1safe.errors import InputError
from tests.conftest import ROOT, SHARED


@pytest.fixture
def server(tmp_path):
    """Serve tmp_path/'site' on 127.0.0.1; yields (site dir, base URL)."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _file(site, name, text):
    (site / name).write_text(text, encoding="utf-8")
    return cb.DataFile(name, hashlib.sha256(text.encode()).hexdigest(), 1)


def test_fetches_checks_and_does_not_fetch_again(server, tmp_path):
    site, url = server
    files = (_file(site, "a.json", "[1]"), _file(site, "b.json", "[2]"))
    dest = tmp_path / "dest"
    lines = []
    placed = cb.fetch(dest, url, files=files, log=lines.append)
    assert [p.read_text() for p in placed] == ["[1]", "[2]"]
    assert all("fetched from" in ln for ln in lines)
    (site / "a.json").unlink()  # a second run needs no server for files already in place
    lines.clear()
    cb.fetch(dest, url, files=files, log=lines.append)
    assert all("already in place" in ln for ln in lines)
    assert sorted(p.name for p in dest.iterdir()) == ["a.json", "b.json"]  # no temporary file left


def test_a_file_with_other_bytes_is_refused_and_nothing_is_written(server, tmp_path):
    site, url = server
    f = _file(site, "a.json", "[1]")
    (site / "a.json").write_text("[1, 2]")  # the server now has another version
    dest = tmp_path / "dest"
    with pytest.raises(InputError, match=r"a\.json: sha256 .* expected " + f.sha256):
        cb.fetch(dest, url, files=(f,), log=lambda _: None)
    assert list(dest.iterdir()) == []


def test_a_file_in_place_with_another_hash_is_left_alone_unless_forced(server, tmp_path):
    site, url = server
    f = _file(site, "a.json", "[1]")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "a.json").write_text("my edited copy")
    with pytest.raises(InputError, match="already exists with sha256 .*--force"):
        cb.fetch(dest, url, files=(f,), log=lambda _: None)
    assert (dest / "a.json").read_text() == "my edited copy"
    cb.fetch(dest, url, files=(f,), force=True, log=lambda _: None)
    assert (dest / "a.json").read_text() == "[1]"


def test_a_missing_file_or_server_is_one_error_naming_the_url(server, tmp_path):
    site, url = server
    f = cb.DataFile("absent.json", "0" * 64, 1)
    with pytest.raises(InputError, match=r"absent\.json: could not be downloaded \(.*404"):
        cb.fetch(tmp_path / "d", url, files=(f,), log=lambda _: None)
    with pytest.raises(InputError, match="could not be downloaded"):
        cb.fetch(tmp_path / "d", "http://127.0.0.1:9", files=(f,), log=lambda _: None)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/chisafetybench is absent")
def test_the_command_fetches_the_published_files_at_their_pinned_hashes(server, tmp_path):
    """The pinned hashes are those of the published files; the command puts them where paper.yaml
    reads them, and the benchmark readers take them."""
    site, url = server
    for f in cb.FILES:
        (site / f.name).write_bytes((SHARED / f.name).read_bytes())
    p = subprocess.run([sys.executable, "-m", "r1safe", "fetch-data", "--base-url", url], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    dest = tmp_path / cb.DEST
    assert sorted(x.name for x in dest.iterdir()) == sorted(f.name for f in cb.FILES)
    paper = (ROOT / "config/paper.yaml").read_text()
    for f in cb.FILES:
        assert f"{cb.DEST}/{f.name}" in paper
    from r1safe.benchmarks import load

    counts = {f.name: f.items for f in cb.FILES}
    assert len(load("chisafety_risky", dest / "risky_questions_without_dialog_history.json")) == \
        counts["risky_questions_without_dialog_history.json"]
    assert len(load("chisafety_risky_dialog", dest / "risky_questions_with_dialog_history.json")) == \
        counts["risky_questions_with_dialog_history.json"]
    # a corrupted server copy: rc 2, one line
    (site / "mcq.json").write_text("[]")
    p = subprocess.run([sys.executable, "-m", "r1safe", "fetch-data", "--base-url", url, "--dest", "other"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "mcq.json: sha256" in p.stderr
