"""The package's shape, checked: imports go one way (no two modules import each other at module
level), no module imports another's private names, every stage the rules version has a VERSION in
its module, and importing the package does not import torch."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PKG = ROOT / "r1safe"


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path, top_level_only: bool):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("r1safe"):
            yield node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("r1safe"):
                    yield a.name, []


def test_no_private_names_imported_across_modules():
    bad = [f"{_module(p)} imports {mod}.{name}" for p in PKG.rglob("*.py") for mod, names in _imports(p, False)
           for name in names if name.startswith("_") and name != "__version__"]
    assert bad == []


def test_no_two_modules_import_each_other():
    graph = {_module(p): {m for m, _ in _imports(p, False)} for p in PKG.rglob("*.py")}  # lazy imports too
    # "from r1safe.x import y" where y is a submodule counts as importing r1safe.x.y
    pairs = sorted({tuple(sorted((a, b))) for a, deps in graph.items() for b in deps
                    if b != a and a in graph.get(b, set()) and not a.startswith(b + ".") and not b.startswith(a + ".")})
    assert pairs == []


def test_every_versioned_stage_has_its_version_in_its_module():
    from r1safe.versions import MANIFEST_STAGES, STAGES, stage_versions

    versions = stage_versions()
    assert set(versions) == set(STAGES) and all(isinstance(v, str) and v for v in versions.values())
    assert set(MANIFEST_STAGES.values()) == set(STAGES)
    rules = "".join(p.read_text() for p in (ROOT / "rules").glob("*.smk"))
    for stage in STAGES:
        assert f'VERSIONS["{stage}"]' in rules or stage == "judge", stage  # judge: with the judge's own version


def test_importing_the_package_does_not_import_torch():
    code = ("import sys, r1safe, r1safe.config, r1safe.versions, r1safe.benchmarks, r1safe.judge, "
            "r1safe.metrics.score, r1safe.report.stage; print('torch' in sys.modules, 'vllm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_schema_ships_with_the_package():
    from r1safe.config import SCHEMA, schema

    assert SCHEMA.parent == PKG and schema()["required"] == ["models", "benchmarks"]
    assert (ROOT / "config/schema.yaml").resolve() == SCHEMA.resolve()  # the layout's config/schema.yaml
