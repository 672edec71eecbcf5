"""The HTML report's rule graph with one node per rule.

Snakemake's report draws one node per rule *and topological level*, so a rule whose jobs sit at two
levels appears twice (the demo's generate, judge and score rules: the base model's jobs early, the
safety-enhanced model's after its training). This draws each rule once, at its first level, with
an edge wherever a job of one rule feeds a job of another: the graph `snakemake --rulegraph` draws.

It replaces the function Snakemake's HTML reporter calls (``rulegraph_spec``, same inputs and output
shape), only in a process that builds a report, and only where that function is where this version of
Snakemake has it; otherwise Snakemake's own graph stays and the log says so.
"""

from __future__ import annotations

import sys


def one_node_per_rule(dag):
    order: list[str] = []
    for level in dag.toposorted():
        for name in sorted({job.rule.name for job in level}):
            if name not in order:
                order.append(name)
    idx = {name: i for i, name in enumerate(order)}
    nodes = [{"rule": name, "fx": 10, "fy": i * 50} for i, name in enumerate(order)]
    edges = sorted({(idx[dep.rule.name], idx[job.rule.name]) for job in dag.jobs for dep in dag.dependencies[job]
                    if dep.rule.name != job.rule.name})
    links, direct = [], []
    for source, target in edges:
        link = {"target": target, "source": source, "sourcerule": order[source], "targetrule": order[target],
                "value": 1}
        (direct if target - source == 1 else links).append(link)
    return {"nodes": nodes, "links": links, "links_direct": direct}, 100, max((n["fy"] for n in nodes), default=0)


def install(argv: list[str] | None = None) -> bool:
    """In a `snakemake --report` process, draw the report's rule graph with one node per rule."""
    argv = sys.argv if argv is None else argv
    if not any(a == "--report" or a.startswith("--report=") for a in argv):
        return False
    try:
        from snakemake.report import html_reporter
    except ImportError:
        return False
    if not callable(getattr(html_reporter, "rulegraph_spec", None)):
        print("r1safe: this Snakemake's report draws its rule graph another way: left as Snakemake draws it",
              file=sys.stderr)
        return False
    html_reporter.rulegraph_spec = one_node_per_rule
    return True
