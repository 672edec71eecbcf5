"""The generation stage: one JSONL per (model, benchmark), written in resumable shards.

Shards of ``shard_size`` records are written atomically to ``<output>.shards/``; a restarted
run keeps every item a finished shard holds (shards written under the same fingerprint of model,
content, result-defining settings and benchmark file) and generates only the rest, so a killed job loses at
most the shard in flight. Every item is sampled with its own seed (its id and sample index), so a
resumed run, another batch size or another shard size give the same output as one uninterrupted run.

The job never deletes its shards: Snakemake removes a failed job's outputs, and a job killed after
its last shard (or while its manifest is written) must still resume without generating again. The
workflow prunes shards once the job's outputs are complete and recorded (:func:`prune_shards`,
called from the Snakefile's ``onsuccess``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sys
from pathlib import Path

from r1safe.benchmarks import read_normalized
from r1safe.inference.base import GenerationConfig, item_seed
from r1safe.inference.chat import prompt_opens_think, split_reasoning
from r1safe.inference.hf import TransformersBackend
from r1safe.inference.vllm_backend import VLLMBackend
from r1safe.io import iter_jsonl, read_json, sha256_file, write_json, write_jsonl, write_text_atomic
from r1safe.models import ModelSpec
from r1safe.provenance import Stage, model_fingerprint, read_manifest
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
    return TransformersBackend(spec)


@BACKENDS.register("vllm")
def _vllm(spec: ModelSpec, **options):
    return VLLMBackend(spec, **options)


def make_backend(name: str, spec: ModelSpec, **options):
    """A backend by name (``auto``: vLLM on a visible GPU when installed, else transformers)."""
    return BACKENDS.get(resolve_backend(name))(spec, **options)


def fingerprint(spec: ModelSpec, cfg: GenerationConfig, backend: str, benchmark: Path,
                model_source: dict | None = None) -> str:
    """What the shards' contents depend on: the model's settings and its content (weights, config,
    tokenizer: :func:`r1safe.provenance.model_fingerprint`), the result-defining generation settings,
    the backend, the benchmark file's content and this stage's version. Batch and shard sizes are not
    part of it."""
    content = {k: (model_source or {}).get(k) for k in ("source", "id", "revision", "commit", "sha256")}
    blob = json.dumps({"model": spec.__dict__, "content": content, "generation": cfg.result_dict(),
                       "backend": backend, "benchmark": sha256_file(benchmark), "version": VERSION},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def finished_items(shard_dir: Path, n: int) -> dict[str, list[dict]]:
    """Item id -> its ``n`` rows, from every readable shard (whatever shard size wrote it)."""
    done: dict[str, list[dict]] = {}
    for path in sorted(shard_dir.glob("shard-*.jsonl")):
        try:
            rows = list(iter_jsonl(path))
        except Exception:  # noqa: BLE001 - an unreadable shard is generated again
            print(f"{path}: unreadable, its items are generated again", flush=True)
            continue
        by_id: dict[str, list[dict]] = {}
        for row in rows:
            by_id.setdefault(str(row.get("id")), []).append(row)
        for key, items in by_id.items():
            if sorted(r.get("sample") for r in items) == list(range(n)):
                done[key] = sorted(items, key=lambda r: r["sample"])
    return done


def generate_rows(backend, records, cfg: GenerationConfig, model: str, benchmark: str) -> list[dict]:
    rows = []
    for b in range(0, len(records), cfg.batch_size):
        batch = records[b: b + cfg.batch_size]
        prompts = [backend.render(r.messages) for r in batch]
        outs = backend.generate(prompts, cfg, seeds=[item_seed(cfg.seed, r.id) for r in batch])
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

    source = model_fingerprint(spec.path, spec.revision)
    with Stage("generate_responses", manifest, model=model or spec.name, model_source=source,
               loading={"trust_remote_code": spec.trust_remote_code, "allow_pickle": spec.allow_pickle,
                        "dtype": spec.dtype},
               backend=backend, backend_resolved=resolve_backend(backend), backend_options=backend_options or {},
               generation=cfg.result_dict(), execution={"batch_size": cfg.batch_size, "shard_size": shard_size},
               seed=cfg.seed,
               benchmark=read_manifest(benchmark_manifest)) as st:
        stats = _run(benchmark, output, spec, cfg, backend, shard_size, model, benchmark_name,
                     lambda name, s: backend_factory(name, s, **(backend_options or {})), source)
        st.info["stats"] = stats
    return stats


def _run(benchmark, output, spec, cfg, backend, shard_size, model, benchmark_name, backend_factory,
         model_source=None) -> dict:
    benchmark, output = Path(benchmark), Path(output)
    records = read_normalized(benchmark)
    shard_dir = output.with_name(output.name + ".shards")
    fp = fingerprint(spec, cfg, backend, benchmark, model_source)
    fp_file = shard_dir / "fingerprint"
    if shard_dir.exists() and (not fp_file.exists() or fp_file.read_text().strip() != fp):
        # written from other inputs (another model's weights, other settings, another benchmark file):
        # never resumed from
        old = fp_file.read_text().strip()[:12] if fp_file.exists() else "none"
        shutil.rmtree(shard_dir)
        print(f"shards in {shard_dir} were written from other inputs (fingerprint {old}, this job {fp[:12]}): "
              "removed, every item is generated", flush=True)
    shard_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(fp_file, fp + "\n")

    engine = None
    done = finished_items(shard_dir, cfg.n)
    todo = [r for r in records if r.id not in done]
    resumed = len(records) - len(todo)
    if resumed:
        print(f"resumed {resumed}/{len(records)} items from {shard_dir}", flush=True)
    first = len(list(shard_dir.glob("shard-*.jsonl")))
    n_shards = -(-len(todo) // shard_size)
    for idx, start in enumerate(range(0, len(todo), shard_size)):
        chunk = todo[start: start + shard_size]
        if engine is None:
            engine = backend_factory(backend, spec)
        rows = generate_rows(engine, chunk, cfg, model or spec.name, benchmark_name or benchmark.stem)
        write_jsonl(shard_dir / f"shard-{first + idx:05d}.jsonl", rows)
        for rec in chunk:
            done[rec.id] = [r for r in rows if r["id"] == rec.id]
        print(f"shard {idx + 1}/{n_shards}: generated {len(chunk)} records", flush=True)
    rows = [row for rec in records for row in done[rec.id]]
    write_jsonl(output, rows)
    stats = {"records": len(records), "rows": len(rows), "items_resumed": resumed,
             "items_generated": len(todo), "shards_generated": n_shards, "fingerprint": fp}
    write_json(shard_dir / "stats.json", stats)
    return stats


def prune_shards(root: str | Path) -> list[Path]:
    """Remove the shard directories under ``root`` whose job finished: its output and manifest exist
    and the manifest records the shards' fingerprint. Shards of a failed or killed job (Snakemake
    removed its outputs) stay for its rerun. Returns the directories removed."""

    removed = []
    for shard_dir in sorted(Path(root).rglob("*.jsonl.shards")):
        output = shard_dir.with_name(shard_dir.name[: -len(".shards")])
        manifest = output.with_name(output.name[: -len(".jsonl")] + ".manifest.json")
        fp_file = shard_dir / "fingerprint"
        try:
            recorded = read_json(manifest).get("stats", {}).get("fingerprint")
            ok = output.is_file() and fp_file.is_file() and recorded == fp_file.read_text().strip()
        except Exception:  # noqa: BLE001 - no readable manifest: the job did not finish
            ok = False
        if ok:
            shutil.rmtree(shard_dir)
            removed.append(shard_dir)
    return removed
