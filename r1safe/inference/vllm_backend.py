"""vLLM backend: offline ``vllm.LLM`` behind the same interface as the transformers backend.

Prompts are rendered with the model's own chat template (through the tokenizer vLLM loads, so
multi-turn histories render exactly as with transformers), sampling comes from the shared
``GenerationConfig`` (temperature, top_p, max_tokens, n, seed, stop), tensor parallelism from the
job's GPU count, prefix caching on (R1 prompts of one benchmark share long prefixes). Output rows
have the transformers backend's schema. vllm is imported lazily: ``import r1safe`` never needs it.
"""

from __future__ import annotations

from r1safe.hub import local_spec
from r1safe.inference.base import Completion, GenerationConfig, sample_seed
from r1safe.inference.chat import render_prompt
from r1safe.models import ModelSpec, check_local


def sampling_params(cfg: GenerationConfig, seed: int, n: int | None = None):
    """The vLLM SamplingParams of a generation config (greedy when do_sample is off)."""
    from vllm import SamplingParams

    kw = dict(n=cfg.n if n is None else n, max_tokens=cfg.max_new_tokens, seed=seed,
              stop=list(cfg.stop) if cfg.stop else None)
    if cfg.do_sample:
        kw.update(temperature=cfg.temperature, top_p=cfg.top_p)
    else:
        kw.update(temperature=0.0, top_p=1.0)
    return SamplingParams(**kw)


def _n_tokens(o) -> int:
    """Completion tokens as the transformers backend counts them: the EOS that ended the sequence
    is not part of the completion (vLLM keeps it in token_ids)."""
    n = len(o.token_ids)
    if o.finish_reason == "stop" and getattr(o, "stop_reason", None) is None and n:
        n -= 1
    return n


def to_completions(outputs) -> list[list[Completion]]:
    """vLLM RequestOutputs -> our completions (finish reason 'stop' or 'length')."""
    rows = []
    for out in outputs:
        n_prompt = len(out.prompt_token_ids or [])
        rows.append([Completion(o.text, "length" if o.finish_reason == "length" else "stop", n_prompt,
                                _n_tokens(o)) for o in out.outputs])
    return rows


class VLLMBackend:
    name = "vllm"

    def __init__(self, spec: ModelSpec, tensor_parallel_size: int = 1, gpu_memory_utilization: float = 0.9,
                 max_model_len: int | None = None, enforce_eager: bool = False, **extra):
        from vllm import LLM

        spec = local_spec(spec)  # a ModelScope model: its cached snapshot
        check_local(spec)
        dtype = {"auto": "auto", "float32": "float32", "bfloat16": "bfloat16", "float16": "float16"}[spec.dtype]
        self.spec = spec
        self.llm = LLM(model=spec.path, revision=spec.revision, trust_remote_code=spec.trust_remote_code,
                       tensor_parallel_size=max(1, tensor_parallel_size), dtype=dtype, enable_prefix_caching=True,
                       gpu_memory_utilization=gpu_memory_utilization, max_model_len=max_model_len,
                       enforce_eager=enforce_eager, **extra)
        self.tokenizer = self.llm.get_tokenizer()

    def close(self) -> None:
        """Stop the engine and its worker processes now (their memory is not freed until then)."""
        core = getattr(getattr(self.llm, "llm_engine", None), "engine_core", None)
        if core is not None and hasattr(core, "shutdown"):
            core.shutdown()

    def render(self, messages: list[dict]) -> str:
        return render_prompt(self.tokenizer, messages, source=self.spec.path)

    def generate(self, prompts: list[str], cfg: GenerationConfig, seeds: list[int]) -> list[list[Completion]]:
        """One request per sample, each with its own seed (vLLM seeds per request), so sample j of
        an item is the same whatever the batch, the order or ``n``; prefix caching shares the prompt."""
        params = [sampling_params(cfg, sample_seed(seeds[i], j), n=1) for i in range(len(prompts)) for j in range(cfg.n)]
        outs = self.llm.generate([p for p in prompts for _ in range(cfg.n)], params, use_tqdm=False)
        flat = [row[0] for row in to_completions(outs)]
        return [flat[i * cfg.n: (i + 1) * cfg.n] for i in range(len(prompts))]
