"""Cross-field rules of the config check that need more than one model: each refuses a setting that
would do nothing, naming it and why."""

import copy

import pytest

from r1safe.config import check
from r1safe.errors import ConfigError
from r1safe.io import load_yaml
from tests.conftest import ROOT

DEMO = load_yaml(ROOT / "config/config.yaml")


def _refused(mutate) -> str:
    cfg = copy.deepcopy(DEMO)
    mutate(cfg)
    with pytest.raises(ConfigError) as exc:
        check(cfg, "config.yaml", ROOT, files=False)
    return str(exc.value)


def test_a_base_chain_that_loops():
    def mutate(cfg):
        cfg["models"]["a"] = {"path": "org/a", "base": "b"}
        cfg["models"]["b"] = {"path": "org/b", "base": "a"}

    assert "models.a.base: the base chain loops (a -> b -> a)" in _refused(mutate)


def test_two_released_versions_of_one_model():
    def mutate(cfg):
        cfg["models"]["r1"] = {"path": "org/r1-safe"}
        cfg["models"]["s1"] = {"path": "org/s1", "safe_of": "tiny-r1"}
        cfg["models"]["s2"] = {"path": "org/s2", "safe_of": "tiny-r1"}

    assert "models.s2.safe_of: 's1' is already the released safe version of 'tiny-r1'" in _refused(mutate)


@pytest.mark.parametrize("key, value", [("chats", "data/tiny/base_chats.jsonl"), ("tiny_settings", {"epochs": 2})])
def test_tiny_model_settings_on_a_loaded_model(key, value):
    def mutate(cfg):
        cfg["models"]["hub"] = {"path": "org/model", key: value}

    assert f"models.hub.{key}: only a model with `build: tiny`" in _refused(mutate)


def test_greedy_teacher_candidates():
    def mutate(cfg):
        cfg["synthesis"]["generation"] = {"do_sample": False}

    assert "synthesis.generation: do_sample false makes the 8 candidates per prompt identical" in _refused(mutate)


def test_a_sampled_config_with_several_samples_is_accepted():
    cfg = copy.deepcopy(DEMO)
    cfg["benchmarks"]["arithmetic"]["generation"] = {"n": 4, "do_sample": True}
    check(cfg, "config.yaml", ROOT, files=False)
