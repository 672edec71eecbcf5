"""How the LLM judge reaches its model: an OpenAI-compatible endpoint (URL in the config, key read
from an environment variable, never written anywhere) or a local model through the project's
inference backends; and the endpoint check run where the judge jobs run."""

from __future__ import annotations

import os
from dataclasses import dataclass

from r1safe.errors import ConfigError
from r1safe.inference.base import GenerationConfig
from r1safe.inference.chat import prompt_opens_think, split_reasoning
from r1safe.inference.run import make_backend
from r1safe.io import write_json
from r1safe.models import ModelSpec

# ---- clients --------------------------------------------------------------------------------

class TransientError(Exception):
    """A failure worth retrying (network, timeout, 429, 5xx)."""


@dataclass
class EndpointClient:
    """An OpenAI-compatible ``/chat/completions`` endpoint through the maintained ``openai`` client
    (connection reuse, timeouts). The key is read from ``api_key_env`` when the client is made and
    sent only in the Authorization header; the judge's own loop retries with backoff, so the
    client's retries are off and every attempt is counted."""

    url: str
    model: str
    api_key_env: str | None = "OPENAI_API_KEY"
    timeout_s: float = 60.0
    max_tokens: int = 256

    def __post_init__(self):
        import openai

        self._openai = openai
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        self._client = openai.OpenAI(base_url=self.url.rstrip("/"), api_key=key or "EMPTY",
                                     timeout=self.timeout_s, max_retries=0)

    def complete(self, prompt: str) -> str:
        oa = self._openai
        try:
            resp = self._client.chat.completions.create(
                model=self.model, messages=[{"role": "user", "content": prompt}], temperature=0.0,
                max_tokens=self.max_tokens)
        except (oa.APITimeoutError, oa.APIConnectionError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        except oa.APIStatusError as exc:
            if exc.status_code == 429 or exc.status_code >= 500:
                raise TransientError(f"HTTP {exc.status_code}") from None
            raise ConfigError(f"judge endpoint {self.url} answered HTTP {exc.status_code}: check the URL, model "
                              "and key") from None
        except oa.APIResponseValidationError:
            raise TransientError("the endpoint's answer is not a chat completion") from None
        try:
            return resp.choices[0].message.content or ""
        except (AttributeError, IndexError, TypeError):
            raise TransientError("the endpoint's answer has no choices[0].message.content") from None


class LocalModelClient:
    """A judge model loaded through the project's own inference backends (``backend``: vllm on
    GPUs, transformers on CPU, or auto)."""

    def __init__(self, path: str, max_tokens: int = 256, backend: str = "auto", backend_options: dict | None = None,
                 batch_size: int = 16, **spec):

        self.backend = make_backend(backend, ModelSpec("judge", path, **spec), **(backend_options or {}))
        self.cfg = GenerationConfig(do_sample=False, max_new_tokens=max_tokens, batch_size=batch_size)
        self._ready: dict[str, str] = {}  # replies generated ahead by prefetch()

    def _generate(self, prompts: list[str]) -> list[str]:
        rendered = [self.backend.render([{"role": "user", "content": p}]) for p in prompts]
        # vLLM schedules a whole list itself; the transformers backend takes batches
        step = len(rendered) if self.backend.name == "vllm" else self.cfg.batch_size
        out = []
        for b in range(0, len(rendered), max(1, step)):
            for r, samples in zip(rendered[b: b + step], self.backend.generate(rendered[b: b + step], self.cfg,
                                                                                   seeds=[0] * len(rendered[b: b + step]))):
                sp = split_reasoning(samples[0].text, think_open=prompt_opens_think(r))
                out.append(sp.answer or samples[0].text)
        return out

    def prefetch(self, prompts: list[str]) -> None:
        """Generate the replies of many prompts in batches (one call per prompt would leave a GPU
        idle); ``complete`` then answers each from them once."""
        todo = list(dict.fromkeys(p for p in prompts if p not in self._ready))
        if todo:
            self._ready.update(zip(todo, self._generate(todo)))

    def complete(self, prompt: str) -> str:
        if prompt in self._ready:
            return self._ready.pop(prompt)
        return self._generate([prompt])[0]


def check_endpoint(opts: dict, output: str | os.PathLike | None = None, where: str = "judge.llm") -> dict:
    """The ``check_judge_endpoint`` rule, run as a job of its own where the judge jobs run (on a cluster,
    a compute node): the endpoint answers ``/models`` and serves the configured model, before any judge
    job is submitted. A judge on ``localhost`` of the submit host is the usual mistake on a cluster."""
    import socket

    import openai


    url, model = opts["endpoint"], opts["model"]
    key = os.environ.get(opts.get("api_key_env") or "OPENAI_API_KEY")
    client = openai.OpenAI(base_url=url.rstrip("/"), api_key=key or "EMPTY", timeout=float(opts.get("timeout_s", 60)),
                           max_retries=2)
    host = socket.gethostname()
    try:
        served = [m.id for m in client.models.list()]
    except openai.APIStatusError as exc:
        raise ConfigError(f"{where}.endpoint {url}: answered HTTP {exc.status_code} to /models from {host}; check "
                          "the URL and the key") from None
    except Exception as exc:  # noqa: BLE001 - connection refused, DNS, timeout: one line
        local = any(h in url for h in ("localhost", "127.0.0.1", "[::1]", "0.0.0.0"))
        hint = (" It names localhost: on a cluster the judge jobs run on compute nodes, not where the server was "
                "started; serve the judge on a host they reach (e.g. http://judge-node:8000/v1) or set "
                f"{where}.path to run the judge model inside the judge job.") if local else \
            " Check that the server is up and reachable from the compute nodes."
        raise ConfigError(f"{where}.endpoint {url}: not reachable from {host} ({type(exc).__name__}: "
                          f"{str(exc).splitlines()[0][:200]}).{hint}") from None
    if model not in served:
        raise ConfigError(f"{where}.model {model!r}: {url} serves {served[:10]}, not it")
    info = {"endpoint": url, "model": model, "checked_from": host, "served": served}
    if output is not None:
        write_json(output, info)
    return info
