"""The workflow plan (r1safe/workflow/plan.py): every answer the rules get, checked without Snakemake."""

import copy

import pytest

from r1safe.cluster import ClusterShape, RayCluster
from r1safe.config import check
from r1safe.errors import ConfigError
from r1safe.inference.job import GenerationJob, engine_context, run_job
from r1safe.io import load_yaml
from r1safe.workflow.plan import Plan, execution_only_keys
from tests.conftest import ROOT


def _demo() -> dict:
    return load_yaml(ROOT / "config/config.yaml")


def _paper() -> dict:
    return check(load_yaml(ROOT / "config/paper.yaml"), "paper.yaml", files=False)


def _plan(cfg: dict) -> Plan:
    return Plan(check(cfg, "test", ROOT, files=False))


def test_generation_settings_are_layered_once_defaults_model_benchmark():
    cfg = _demo()
    model, bench = next(iter(cfg["models"])), next(iter(cfg["benchmarks"]))
    cfg["generation"] = {"temperature": 0.5, "top_p": 0.9, "max_new_tokens": 10, "batch_size": 3, "seed": 1}
    cfg["models"][model]["generation"] = {"max_new_tokens": 20, "top_p": 0.8}
    cfg["benchmarks"][bench]["generation"] = {"max_new_tokens": 30, "n": 2, "batch_size": 5}
    g = _plan(cfg).generation("generate_responses", model, bench)
    assert g.settings == {"max_new_tokens": 30, "n": 2, "seed": 1, "temperature": 0.5, "top_p": 0.8}
    assert list(g.settings) == sorted(g.settings)  # canonical: a re-saved config reruns nothing
    assert g.execution == {"batch_size": 5}  # how fast, never what: read at run time, not params
    other = next(b for b in cfg["benchmarks"] if b != bench)
    assert _plan(cfg).generation("generate_responses", model, other).settings["max_new_tokens"] == 20


def test_key_votes_and_teacher_candidates_use_the_same_layering():
    cfg = _demo()
    model = next(iter(cfg["models"]))
    cfg["generation"] = {"do_sample": False, "max_new_tokens": 10}
    mcq = "mcq_votes"
    cfg["benchmarks"][mcq] = {"format": "chisafety_mcq", "path": "data/samples/chisafety_mcq.json",
                              "consensus_key": {"models": [model], "samples": 3,
                                                "generation": {"max_new_tokens": 7}}}
    plan = _plan(cfg)
    votes = plan.generation("generate_key_votes", model, mcq).settings
    assert votes["do_sample"] is True and votes["n"] == 3 and votes["max_new_tokens"] == 7
    teacher = plan.teacher
    cand = plan.generation("generate_candidates", teacher).settings
    assert cand["n"] == plan.synthesis.candidates


def test_execution_only_keys_never_reach_params():
    plan = Plan(_paper())
    for m in plan.eval_models:
        for b in plan.benchmarks:
            g = plan.generation("generate_responses", m, b)
            assert not set(g.settings) & set(execution_only_keys()["generate_responses"])
            assert not set(g.backend_options) & set(execution_only_keys()["generate_responses"])


def test_resources_are_plain_where_every_job_agrees_and_by_model_otherwise():
    demo = Plan(check(_demo(), "demo", ROOT))
    res = demo.resources("generate_responses")
    assert res == {"mem_mb": 8000, "runtime": 120, "slurm_partition": "", "nodes": 1, "gpu": 0, "gres": "",
                   "cpus_per_task": 0}  # 0: the rule's threads
    assert demo.resources("score_responses", mem_mb=2000, runtime=10)["gpu"] == 0
    paper = Plan(_paper())
    res = paper.resources("generate_responses")
    assert callable(res["gpu"])  # 1, 2, 4, 8 GPUs: looked up by the job's model

    class W:
        model = "r1-distill-qwen-14b"

    assert res["gpu"](W) == 2 and res["nodes"](W) == 1
    W.model = "deepseek-r1-safe"  # R1's BF16 sibling is evaluated on 16 GPUs: two whole nodes
    assert res["nodes"](W) == 2 and res["gres"](W) == "gpu:8" and res["gpu"](W) == 0
    train = paper.resources("train_sft")
    W.model = "r1-distill-qwen-32b"  # 16 GPUs on 8-GPU nodes: two whole nodes, gres per node
    assert train["nodes"](W) == 2 and train["gres"](W) == "gpu:8" and train["gpu"](W) == 0
    assert train["mpi"](W) == "srun" and train["tasks"](W) == 2  # unwrapped, one task per node
    W.model = "r1-distill-qwen-7b"
    assert train["mpi"](W) == "" and train["tasks"](W) == 1 and train["tasks_per_gpu"] == 0


def test_a_multi_node_teacher_starts_its_ray_cluster(monkeypatch):
    cfg = _demo()
    cfg["cluster"] = {"gpus_per_node": 8, "ray_port": 6400}
    teacher = cfg["synthesis"]["teacher"]
    entry = cfg["models"].get(teacher) or cfg["synthesis"]["teacher_model"]
    entry.update(gpus=16, backend="vllm")
    plan = _plan(cfg)
    g = plan.generation("generate_candidates", teacher)
    assert g.backend_options["pipeline_parallel_size"] == 2 and g.backend_options["tensor_parallel_size"] == 8
    res = plan.resources("generate_candidates")
    assert (res["nodes"], res["gres"]) == (2, "gpu:8")
    monkeypatch.setenv("R1SAFE_RAY_HOST", "127.0.0.1")
    ctx = engine_context(g.backend_options, plan.settings.cluster)
    assert isinstance(ctx, RayCluster) and (ctx.nodes, ctx.gpus, ctx.port) == (2, 8, 6400)

    started = []

    class Started(Exception):
        pass

    class Recording(RayCluster):
        def __enter__(self):
            started.append(self.commands())
            raise Started  # the job enters Ray before it loads the model

    job = GenerationJob(teacher, "prompts.jsonl", "prompts.manifest.json", "out.jsonl", "out.manifest.json",
                        "synthesis", plan.spec(teacher), g.settings, g.backend, g.backend_options)
    with pytest.raises(Started):
        run_job(job, g.execution, g.engine_execution, g.shard_size, plan.settings.cluster, ray=Recording)
    head = started[0]["head"]
    assert "--head" in head and "--port=6400" in head and "--num-gpus=8" in head
    assert "--nodes=1" in started[0]["workers"]  # one worker node besides the head
    one_node = engine_context({"tensor_parallel_size": 8}, ClusterShape(gpus_per_node=8))
    assert not isinstance(one_node, RayCluster)


def test_a_dry_run_plans_without_missing_inputs():
    cfg = _demo()
    bench = next(iter(cfg["benchmarks"]))
    path = cfg["benchmarks"][bench]["path"]
    assert path in Plan(cfg).benchmark_inputs(bench)
    assert path not in Plan(cfg, {path}).benchmark_inputs(bench)


def test_judge_options_split_results_from_the_client():
    cfg = _demo()
    cfg["judge"] = {"refusal": "llm", "llm": {"path": "some/judge", "gpus": 4, "timeout_s": 5, "concurrency": 2,
                                              "mem_mb": 64000}}
    plan = _plan(cfg)
    params = plan.judge_params("judge")
    assert params["backend_options"] == {"tensor_parallel_size": 4} and "timeout_s" not in params
    assert plan.judge_client("judge", params)["timeout_s"] == 5
    assert plan.resources("judge_responses")["gpu"] == 4 and plan.resources("judge_responses")["mem_mb"] == 64000
    assert plan.judge_client("judge", {}) == {}  # the rule judge has no client


def test_comparisons_and_review_pairs_follow_the_models():
    plan = Plan(_paper())
    pairs = plan.review_comparisons()
    for c in plan.comparison():
        if c["safe"]:
            assert (c["model"], c["safe"]) in pairs
        if c["base"] and c["safe"]:
            assert (c["base"], c["safe"]) in pairs
    tasks = {p["task"] for p in plan.review_pairs()}
    assert tasks <= {"refusal", "over_refusal"}


def test_unknown_model_and_bad_shape_are_config_errors():
    plan = Plan(check(_demo(), "demo", ROOT))
    with pytest.raises(ConfigError, match="unknown model"):
        plan.entry("no-such-model")
    cfg = copy.deepcopy(_demo())
    cfg["cluster"] = {"gpus_per_node": 8}
    cfg["models"][next(iter(cfg["models"]))]["gpus"] = 12
    with pytest.raises(ConfigError, match="no whole number of nodes"):
        _plan(cfg)
