"""The package's shape, checked: no import circle of any length (imports inside functions counted,
and the package a module's import runs), function-level imports only where a heavy dependency
justifies them, no module imports another's private names, every stage the rules version has a
VERSION in its module, importing the package does not import torch, the rules are thin glue over the
plan (r1safe/workflow/plan.py), one layering of the generation settings, one generation entry point,
and the schema's setting names are the typed settings' fields."""

import ast
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

from tests.conftest import ROOT

PKG = ROOT / "r1safe"
HEAVY = ("torch", "transformers", "vllm", "ray", "deepspeed", "datasets", "matplotlib", "polars", "openai")


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module(p): p for p in PKG.rglob("*.py")}


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


def _graph() -> dict[str, set[str]]:
    """module -> the modules importing it runs: the imported module (a submodule when its name is
    imported), and the packages above it (their __init__ runs first) except the importer's own."""
    graph = {}
    for me, path in MODULES.items():
        own = {".".join(me.split(".")[:i]) for i in range(1, me.count(".") + 2)}
        deps = set()
        for mod, names in _imports(path, False):
            targets = {f"{mod}.{n}" if f"{mod}.{n}" in MODULES else mod for n in names} or {mod}
            for t in targets:
                parts = t.split(".")
                deps |= {".".join(parts[:i]) for i in range(2, len(parts) + 1)
                         if ".".join(parts[:i]) in MODULES and (".".join(parts[:i]) == t or ".".join(parts[:i]) not in own)}
        graph[me] = deps - {me}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_circle_of_any_length():
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _heavy_at_top(module: str) -> str | None:
    path = MODULES.get(module)
    if path is None:
        return None
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
        for n in names:
            if n.split(".")[0] in HEAVY:
                return n.split(".")[0]
    return None


def test_function_level_imports_only_for_heavy_dependencies_each_with_its_reason():
    bad = []
    for me, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").split("\n")
        tree = ast.parse("\n".join(lines))
        top = {id(n) for n in tree.body}
        for node in ast.walk(tree):
            if id(node) in top or not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("r1safe"):
                continue
            heavy = _heavy_at_top(node.module)
            said = "# heavy:" in lines[node.end_lineno - 1]
            if not heavy or not said:
                bad.append(f"{me}:{node.lineno} imports {node.module} inside a function"
                           + ("" if heavy else " (not heavy: import it at the top)")
                           + ("" if said else " (no '# heavy: <reason>' comment)"))
    assert bad == []


def test_no_private_names_imported_across_modules():
    bad = [f"{_module(p)} imports {mod}.{name}" for p in PKG.rglob("*.py") for mod, names in _imports(p, False)
           for name in names if name.startswith("_") and name != "__version__"]
    assert bad == []


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
            "r1safe.metrics.score, r1safe.report.stage, r1safe.workflow.plan, r1safe.estimate; "
            "print('torch' in sys.modules, 'vllm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_schema_ships_with_the_package():
    from r1safe.config import SCHEMA, schema

    assert SCHEMA.parent == PKG and schema()["required"] == ["models", "benchmarks"]
    assert (ROOT / "config/schema.yaml").resolve() == SCHEMA.resolve()  # the layout's config/schema.yaml


# ---- the rules: thin glue over the plan ------------------------------------------------------------

RULES = {p.name: p.read_text(encoding="utf-8") for p in [*(ROOT / "rules").glob("*.smk"), ROOT / "Snakefile"]}
WORKFLOW = "\n".join(RULES.values())


def _rules() -> dict[str, str]:
    """rule name -> its text (``rule x:`` and ``use rule y as x with:`` blocks)."""
    out = {}
    for text in RULES.values():
        for m in re.finditer(r"^(?:rule (\w+):|use rule \w+ as (\w+) with:)\n((?:[ \t]+.*\n|\n)*)", text, re.M):
            out[m.group(1) or m.group(2)] = m.group(3)
    return out


def test_common_smk_is_glue_of_at_most_200_lines():
    assert len(RULES["common.smk"].splitlines()) <= 200
    assert not re.search(r"\._[a-z]", WORKFLOW), "the workflow reaches into Snakemake's private API"


def test_every_rule_takes_its_resources_from_the_plan():
    """Local rules too: every job's partition follows its GPU request, whatever its rule."""
    rules = _rules()
    assert len(rules) >= 20
    missing = [r for r, body in rules.items() if "PLAN.resources(" not in body]
    assert missing == []


def test_one_generation_entry_point_and_one_layering():
    rules = _rules()
    generation = {r for r in rules if r.startswith("generate_")}
    assert generation == {"generate_responses", "generate_key_votes", "generate_candidates"}
    for r in generation:  # a use-rule inherits the script of its parent
        assert 'scripts/generate.py"' in rules[r] or "use rule generate_responses as " + r in WORKFLOW
    scripts = {p.name for p in (ROOT / "scripts").glob("*.py") if "r1safe.inference" in p.read_text()}
    assert scripts == {"generate.py"}
    defined = [p for p in PKG.rglob("*.py") if re.search(r"^def layered\(", p.read_text(), re.M)]
    assert [_module(p) for p in defined] == ["r1safe.inference.base"]
    callers = {_module(p) for p in PKG.rglob("*.py") if re.search(r"\blayered\(", p.read_text())}
    assert callers <= {"r1safe.inference.base", "r1safe.workflow.plan", "r1safe.config"}  # the plan; the check
    # nobody merges the config's generation layers by hand
    hand = [f"{_module(p)}" for p in PKG.rglob("*.py")
            if re.search(r"\*\*\(?[\w.]*(?:get\(\"generation\"\)|\[\"generation\"\])", p.read_text())]
    assert hand == []


def test_setting_names_have_one_source():
    """Each schema section's keys are its typed settings' fields (the schema is the user's view), and
    every top-level section is listed (r1safe.config_reference, which docs/configuration.md prints)."""
    from r1safe.config import schema
    from r1safe.config_reference import sections

    for where, (props, cls, derived) in sections().items():
        assert set(props) == {f.name for f in fields(cls)} - derived, where
    top = set(schema()["properties"]) - {"models", "benchmarks"}
    assert top == {k for k in sections() if "." not in k}


def test_the_configuration_reference_is_current():
    """docs/configuration.md is what `python -m r1safe config-reference` prints (regenerate it so)."""
    from r1safe.config_reference import render

    assert (ROOT / "docs/configuration.md").read_text(encoding="utf-8") == render(), \
        "docs/configuration.md is stale: python -m r1safe config-reference > docs/configuration.md"


def import_layers() -> str:
    """The package's modules by import layer: layer 0 imports no r1safe module; each module sits one
    layer above the highest module it imports (function-level imports counted)."""
    graph = _graph()
    level: dict[str, int] = {}

    def of(m: str) -> int:
        if m not in level:
            level[m] = 1 + max((of(d) for d in graph[m]), default=-1)
        return level[m]

    layers: dict[int, list[str]] = {}
    for m in graph:
        layers.setdefault(of(m), []).append(m.removeprefix("r1safe.") if m != "r1safe" else "r1safe")
    return "\n".join(f"{k:>2}  {', '.join(sorted(v))}" for k, v in sorted(layers.items()))


def test_the_architecture_doc_shows_the_import_layers_as_they_are():
    doc = (ROOT / "docs/architecture.md").read_text(encoding="utf-8")
    block = doc.split("<!-- import-layers -->\n```\n", 1)[1].split("```", 1)[0]
    assert block.rstrip("\n") == import_layers(), (
        "docs/architecture.md: regenerate the import layers (python -c 'from tests.unit.test_architecture "
        "import import_layers; print(import_layers())')")


def test_the_cli_lists_every_command_in_its_help():
    out = subprocess.run([sys.executable, "-m", "r1safe", "--help"], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    for cmd in ("check-config", "check-benchmark", "check-sft", "check-seeds", "check-policy", "estimate",
                "cluster-plan", "review", "fetch-data", "config-reference"):
        assert re.search(rf"^\s+{cmd}\b", out, re.M), cmd
    est = subprocess.run([sys.executable, "-m", "r1safe", "estimate", "--help"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert "--rates" in est and "--configfile" in est


def test_names_the_check_accepts_are_the_names_the_workflow_accepts():
    """The schema's name patterns are the rules' wildcard constraints (a benchmark named arith.v2 must
    not pass the check and then be refused by the workflow)."""
    from r1safe.config import schema

    d = schema()["definitions"]
    constraints = dict(re.findall(r'^\s+(\w+)=r"([^"]+)",', RULES["common.smk"], re.M))
    assert "^" + constraints["model"] + "$" == d["name"]["pattern"]
    assert "^" + constraints["benchmark"] + "$" == d["benchmark_name"]["pattern"]
    assert schema()["properties"]["benchmarks"]["propertyNames"] == {"$ref": "#/definitions/benchmark_name"}
