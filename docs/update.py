"""Regenerate every generated part of docs/ from the commands that produce it (`make docs`); the tests
check each is current:

* docs/configuration.md: `python -m r1safe config-reference`
* docs/gpu-hours.md, the work block: `python -m r1safe estimate --configfile config/paper.yaml`
* docs/cluster.md, the plan block: `python -m r1safe cluster-plan --configfile config/paper.yaml`
* docs/architecture.md, the import layers: tests.unit.test_architecture.import_layers
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def r1safe(*args: str) -> str:
    return subprocess.run([sys.executable, "-m", "r1safe", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def between(path: Path, start: str, end: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    a = text.index(start) + len(start)
    b = text.index(end, a)
    path.write_text(text[:a] + body + text[b:], encoding="utf-8")


def main() -> None:
    from tests.unit.test_architecture import import_layers

    (ROOT / "docs/configuration.md").write_text(r1safe("config-reference"), encoding="utf-8")
    between(ROOT / "docs/gpu-hours.md", "<!-- estimate:start -->\n```text\n", "```\n<!-- estimate:end -->",
            r1safe("estimate", "--configfile", "config/paper.yaml"))
    between(ROOT / "docs/cluster.md", "<!-- cluster-plan:start -->\n", "<!-- cluster-plan:end -->",
            r1safe("cluster-plan", "--configfile", "config/paper.yaml"))
    between(ROOT / "docs/architecture.md", "<!-- import-layers -->\n```\n", "```", import_layers() + "\n")
    print("docs/ regenerated: configuration.md, gpu-hours.md, cluster.md, architecture.md")


if __name__ == "__main__":
    main()
