"""The generation stage: one JSONL per (model, benchmark), written in resumable shards.

Shards of ``shard_size`` records are written atomically to ``<output>.shards/``; a restarted
run skips finished shards (those written under the same fingerprint of model, settings and
benchmark file), so a killed job loses at most the shard in flight. Batches are seeded by their
position, so a resumed run gives the same output as an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sys
from pathlib import Path

from r1safe.benchmarks import read_normalized
from r1safe.inference.base import GenerationConfig
from r1safe.inference.chat import prompt_opens_think, split_reasoning
from r1safe.io import iter_jsonl, sha256_file, write_json, write_jsonl, write_text_atomic
from r1safe.models import ModelSpec
from r1safe.registry import Registry

VERSION = "generate-1"


def _terminate(signum, frame):  # noqa: ARG001
    # SystemExit unwinds through the atomic writers, which remove their temporary files
    print(f"received signal {signum}: stopping; finished shards are kept for the resume", file=sys.stderr, flush=True)
    raise SystemExit(128 + signum)


def prepare_process(threads: int | None = None) -> None:
    """Set up a generation process: SIGTERM (what SLURM sends on preemption) stops it keeping the
    finished shards and dropping the one in flight; ``threads`` caps torch's compute threads."""
    signal.signal(signal.SIGTERM, _terminate)
    if threads:
        import torch

        torch.set_num_threads(max(1, threads))


def resolve_backend(name: str) -> str:
    """``auto``: vLLM when a GPU is visible and vllm is installed, else transformers."""
    if name != "auto":
        return name
    import importlib.util

    try:
        import torch

        gpu = torch.cuda.is_available()
    except ImportError:
        gpu = False
    return "vllm" if gpu and importlib.util.find_spec("vllm") is not None else "transformers"


BACKENDS = Registry("inference backend")  # name -> factory(spec, **options); imports stay lazy (torch, vllm)


@BACKENDS.register("transformers")
def _transformers(spec: ModelSpec, **_):
    from r1safe.inference.hf import TransformersBackend

    return TransformersBackend(spec)


@BACKENDS.register("vllm")
def _vllm(spec: ModelSpec, **options):
    from r1safe.inference.vllm_backend import VLLMBackend

    return VLLMBackend(spec, **options)


def make_backend(name: str, spec: ModelSpec, **options):
    """A backend by name (``auto``: vLLM on a visible GPU when installed, else transformers)."""
    return BACKENDS.get(resolve_backend(name))(spec, **options)


def fingerprint(spec: ModelSpec, cfg: GenerationConfig, backend: str, benchmark: Path) -> str:
    blob = json.dumps({"model": spec.__dict__, "generation": cfg.to_dict(), "backend": backend,
                       "benchmark": sha256_file(benchmark), "version": VERSION}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _shard_ok(path: Path, expected_ids: list[str]) -> bool:
    """A finished shard holds exactly the expected records, in order."""
    try:
        return [str(r.get("id")) for r in iter_jsonl(path)] == expected_ids
    except Exception:
        return False


def generate_rows(backend, records, cfg: GenerationConfig, start: int, model: str, benchmark: str) -> list[dict]:
    rows = []
    for b in range(0, len(records), cfg.batch_size):
        batch = records[b: b + cfg.batch_size]
        prompts = [backend.render(r.messages) for r in batch]
        outs = backend.generate(prompts, cfg, seed=cfg.seed + start + b)
        for rec, prompt, samples in zip(batch, prompts, outs):
            opens = prompt_opens_think(prompt)
            for s, c in enumerate(samples):
                sp = split_reasoning(c.text, think_open=opens)
                rows.append({
                    "id": rec.id, "sample": s, "model": model, "benchmark": benchmark, "task": rec.task,
                    "prompt": prompt, "text": c.text, "reasoning": sp.reasoning, "answer": sp.answer,
                    "think_closed": sp.think_closed, "empty": not c.text.strip(),
                    "finish_reason": c.finish_reason, "prompt_tokens": c.prompt_tokens,
                    "completion_tokens": c.completion_tokens, "backend": backend.name,
                })
    return rows


def run(benchmark: str | Path, output: str | Path, spec: ModelSpec, cfg: GenerationConfig, *,
        backend: str = "transformers", shard_size: int = 64, model: str | None = None,
        benchmark_name: str | None = None, backend_factory=make_backend, manifest: str | Path | None = None,
        backend_options: dict | None = None,
        benchmark_manifest: str | Path | None = None) -> dict:
    from r1safe.provenance import Stage, model_fingerprint, read_manifest

    with Stage("generate_responses", manifest, model=model or spec.name,
               model_source=model_fingerprint(spec.path, spec.revision),
               loading={"trust_remote_code": spec.trust_remote_code, "allow_pickle": spec.allow_pickle,
                        "dtype": spec.dtype},
               backend=backend, backend_resolved=resolve_backend(backend), backend_options=backend_options or {},
               generation=cfg.to_dict(), seed=cfg.seed, shard_size=shard_size,
               benchmark=read_manifest(benchmark_manifest)) as st:
        stats = _run(benchmark, output, spec, cfg, backend, shard_size, model, benchmark_name,
                     lambda name, s: backend_factory(name, s, **(backend_options or {})))
        st.info["stats"] = stats
    return stats


def _run(benchmark, output, spec, cfg, backend, shard_size, model, benchmark_name, backend_factory) -> dict:
    benchmark, output = Path(benchmark), Path(output)
    records = read_normalized(benchmark)
    shard_dir = output.with_name(output.name + ".shards")
    fp = fingerprint(spec, cfg, backend, benchmark)
    fp_file = shard_dir / "fingerprint"
    if shard_dir.exists() and (not fp_file.exists() or fp_file.read_text().strip() != fp):
        # written under other settings: not reusable here, but not thrown away either
        old = fp_file.read_text().strip()[:12] if fp_file.exists() else "unknown"
        aside = shard_dir.with_name(f"{shard_dir.name}.stale-{old}")
        if aside.exists():
            shutil.rmtree(aside)
        shard_dir.rename(aside)
        print(f"shards in {shard_dir} were written under other settings (fingerprint {old}); moved to {aside}",
              flush=True)
    shard_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(fp_file, fp + "\n")

    engine = None
    done = generated = 0
    shards = []
    n_shards = -(-len(records) // shard_size)
    for idx, start in enumerate(range(0, len(records), shard_size)):
        chunk = records[start: start + shard_size]
        path = shard_dir / f"shard-{idx:05d}.jsonl"
        shards.append(path)
        if path.exists() and _shard_ok(path, [r.id for r in chunk for _ in range(cfg.n)]):
            done += 1
            print(f"shard {idx + 1}/{n_shards}: resumed", flush=True)
            continue
        if engine is None:
            engine = backend_factory(backend, spec)
        write_jsonl(path, generate_rows(engine, chunk, cfg, start, model or spec.name,
                                        benchmark_name or benchmark.stem))
        generated += 1
        print(f"shard {idx + 1}/{n_shards}: generated {len(chunk)} records", flush=True)
    rows = [row for p in shards for row in iter_jsonl(p)]
    write_jsonl(output, rows)
    stats = {"records": len(records), "rows": len(rows), "shards": len(shards), "shards_resumed": done,
             "shards_generated": generated, "fingerprint": fp}
    write_json(shard_dir / "stats.json", stats)
    shutil.rmtree(shard_dir)
    return stats
