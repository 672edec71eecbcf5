"""Every stage's version, read from the module that implements it: bump a module's ``VERSION`` when
its logic changes on purpose, and the rules (which pass it as a param) rerun exactly that stage and
what depends on it; the manifests record the same string. Importing this does not import torch."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from functools import lru_cache

# stage (a key of the rules' VERSIONS) -> (module, attribute)
STAGES = {
    "benchmark": ("r1safe.benchmarks", "VERSION"),
    "tiny_model": ("r1safe.tiny.build", "VERSION"),
    "generate": ("r1safe.inference.run", "VERSION"),
    "judge": ("r1safe.judge.run", "VERSION"),
    "score": ("r1safe.metrics.score", "VERSION"),
    "tables": ("r1safe.report.stage", "VERSION"),
    "plots": ("r1safe.report.plots", "VERSION"),
    "sft_pool": ("r1safe.mixture.build", "POOL_VERSION"),
    "mixture": ("r1safe.mixture.build", "VERSION"),
    "decontam": ("r1safe.mixture.decontam", "VERSION"),
    "sft": ("r1safe.train.sft", "VERSION"),
    "synthesis_prompts": ("r1safe.synthesis.seeds", "VERSION"),
    "synthesis_candidates": ("r1safe.inference.run", "VERSION"),
    "synthesis_judge": ("r1safe.synthesis.judge", "VERSION"),
    "synthesis_select": ("r1safe.synthesis.select", "VERSION"),
    "consensus_key": ("r1safe.keys", "VERSION"),
    "review_sample": ("r1safe.review.sample", "VERSION"),
    "review_tables": ("r1safe.review.report", "VERSION"),
}


@lru_cache(maxsize=None)
def _literal(module: str, attr: str) -> str:
    """A module's ``attr = "literal"``, read from its source without importing it (planning a
    workflow must not import the stages' heavy dependencies); imported when it is not a literal."""
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.origin and spec.origin.endswith(".py"):
        with open(spec.origin, encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in tree.body:
            if (isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [attr]
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
                return node.value.value
    return getattr(importlib.import_module(module), attr)


def stage_versions() -> dict[str, str]:
    return {stage: _literal(mod, attr) for stage, (mod, attr) in STAGES.items()}


def version_of_stage(stage: str) -> str | None:
    """The version of a manifest's stage name (``prepare_benchmark`` -> the benchmark stage's)."""
    key = MANIFEST_STAGES.get(stage)
    return stage_versions()[key] if key else None


# manifest stage names -> STAGES keys
MANIFEST_STAGES = {
    "prepare_benchmark": "benchmark", "build_tiny_model": "tiny_model", "generate_responses": "generate",
    "judge_responses": "judge", "score_responses": "score", "make_tables": "tables", "make_plots": "plots",
    "clean_sft_pool": "sft_pool", "build_mixture": "mixture", "find_overlap": "decontam", "train_sft": "sft",
    "prepare_synthesis_prompts": "synthesis_prompts", "generate_candidates": "synthesis_candidates",
    "judge_candidates": "synthesis_judge", "select_candidates": "synthesis_select",
    "build_consensus_key": "consensus_key", "review_sample": "review_sample", "review_tables": "review_tables",
}
