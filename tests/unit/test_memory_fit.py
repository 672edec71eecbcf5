"""Does a job fit its GPUs (r1safe/memory.py), and the plan that refuses one that does not."""

import pytest

from r1safe import memory


def test_deepseek_r1_fp8_fits_one_h200_node_not_one_h100_node():
    r1 = memory.model_size("deepseek-ai/DeepSeek-R1")
    assert (r1.params_b, r1.dtype, r1.source) == (671.0, "fp8", "known model")
    ok, _, smallest = memory.fits("generation", r1, 8, memory.GPU_MEMORY_GB["H200"], 8)
    assert ok and smallest == 8
    ok, text, smallest = memory.fits("generation", r1, 8, memory.GPU_MEMORY_GB["H100"], 8)
    assert not ok and smallest == 16 and "671 GB" in text  # two nodes of 8 x H100


def test_deepseek_r1_in_bf16_needs_two_h200_nodes_and_four_h100_nodes():
    r1 = memory.model_size("deepseek-ai/DeepSeek-R1", weights_dtype="bfloat16")
    assert r1.weights_gb == 1342
    assert memory.fits("generation", r1, 8, 141, 8)[0] is False
    assert memory.fits("generation", r1, 8, 141, 8)[2] == 16
    assert memory.fits("generation", r1, 8, 80, 8)[2] == 32


def test_zero3_sft_need_per_gpu():
    r1 = memory.model_size("deepseek-ai/DeepSeek-R1")
    per = memory.sft_need_gb_per_gpu(r1, 128)
    assert per == pytest.approx(671 * 16 * 1.25 / 128)
    assert memory.fits("sft", r1, 128, 141, 8)[0] and not memory.fits("sft", r1, 128, 80, 8)[0]
    assert memory.fits("sft", r1, 128, 80, 8)[2] == 192  # 24 nodes of 8 x H100
    small = memory.model_size("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
    assert memory.fits("sft", small, 8, 80, 8)[0]


def test_sizes_from_the_entry_the_table_or_the_name_and_unknown_is_none():
    assert memory.model_size("org/x", params_b=3, weights_dtype="float32").weights_gb == 12
    released = memory.model_size("modelscope:UnicomAI/Unichat-DeepSeek-R1-Distill-Qwen-7B-Safe-bf16")
    assert released.params_b == 7.62 and released.source == "known model"
    assert memory.model_size("my-org/Some-13B-Chat").params_b == 13
    assert memory.model_size("/models/mystery") is None


def test_the_gpu_by_name_or_memory():
    class C:
        gpu, gpu_memory_gb = "h100", None

    assert memory.gpu_memory_gb(C()) == 80
    C.gpu_memory_gb = 94
    assert memory.gpu_memory_gb(C()) == 94
    C.gpu, C.gpu_memory_gb = "V100", None
    with pytest.raises(Exception, match="'V100' is not a known GPU"):
        memory.gpu_memory_gb(C())


def _paper(**cluster):
    import copy

    from r1safe.io import load_yaml
    from tests.conftest import ROOT

    cfg = copy.deepcopy(load_yaml(ROOT / "config/paper.yaml"))
    cfg["cluster"].update(cluster)
    return cfg


def test_the_paper_plan_fits_h200_and_is_refused_on_h100_with_the_shapes_that_fit():
    from r1safe import cluster
    from r1safe.errors import ConfigError

    cfg = _paper()
    cluster.check(cfg)  # H200 (the paper config's assumption): every job fits
    fits = {what: ok for what, ok, _ in cluster.memory_fits(cfg)}
    assert fits["models.deepseek-r1.gpus (generation)"] and fits["models.deepseek-r1.enhance.gpus (SFT)"]
    text = cluster.plan(cfg)
    assert "models.deepseek-r1.gpus (generation): 8 x H200 (141 GB): fits" in text
    assert "| deepseek-r1-safe | 2 nodes x 8 GPUs |" in text  # its BF16 sibling, evaluated on 2 nodes

    with pytest.raises(ConfigError) as e:
        cluster.check(_paper(gpu="H100"))
    msg = str(e.value)
    assert "models.deepseek-r1.gpus (generation): 8 x H100 (80 GB): does not fit" in msg
    assert "the smallest shape that fits: 16 GPUs (2 nodes of 8)" in msg
    assert "models.deepseek-r1.enhance.gpus (SFT)" in msg and "192 GPUs (24 nodes of 8)" in msg

    bf16 = _paper(gpu="H100")
    bf16["models"]["deepseek-r1"]["weights_dtype"] = "bfloat16"
    problems = [t for _, ok, t in cluster.memory_fits(bf16) if not ok]
    assert any("models.deepseek-r1.gpus (generation)" in t and "weights 1,342 GB" in t and "32 GPUs (4 nodes of 8)"
               in t for t in problems)


def test_cluster_plan_refuses_r1_in_bf16_on_one_h100_node(tmp_path):
    import subprocess
    import sys

    import yaml

    from tests.conftest import ROOT

    cfg = _paper(gpu="H100")
    cfg["models"] = {"deepseek-r1": {"path": "deepseek-ai/DeepSeek-R1", "weights_dtype": "bfloat16", "gpus": 8}}
    cfg.pop("synthesis")
    cfg["enhance"]["sources"].pop("synthesized")
    path = tmp_path / "r1.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True))
    p = subprocess.run([sys.executable, "-m", "r1safe", "cluster-plan", "--configfile", str(path)], cwd=ROOT,
                       capture_output=True, text=True)
    assert p.returncode == 2, p.stdout
    assert "does not fit" in p.stderr and "the smallest shape that fits: 32 GPUs (4 nodes of 8)" in p.stderr
