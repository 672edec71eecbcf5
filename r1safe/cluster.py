"""The cluster's shape, and the jobs that span nodes.

``cluster: {gpus_per_node: 8}`` in the config turns every job's GPU count into a SLURM node layout
(:func:`layout`): up to one node's GPUs, one node; more, whole nodes of ``gpus_per_node`` each (16 GPUs
on 8-GPU nodes: 2 nodes x 8), checked before any job (:func:`check`): a count that is no whole number
of nodes, or more nodes than ``max_nodes``, is an error naming the model and the numbers.

Jobs across nodes run the way SLURM users run them:

* SFT (:func:`train_prefix`): ``srun`` starts one ``python -m r1safe.launch`` per node; each becomes a
  ``torch.distributed.run`` agent with ``gpus_per_node`` ranks, rendezvousing (c10d) on the job's first
  node. ZeRO-3 spans the nodes with the same DeepSpeed config; checkpoints and resume are unchanged.
* vLLM (:func:`vllm_options`, :class:`RayCluster`): tensor parallel inside a node, pipeline parallel
  across nodes, on a Ray cluster started inside the allocation (head on the job's first node, one
  worker per other node through ``srun``) and stopped when the job ends. A model that fits one node
  starts no Ray.

The GPU partition comes from the job's GPU request (:func:`partition_for`), for every rule.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, replace

from r1safe import memory
from r1safe.errors import ConfigError, checked_settings
from r1safe.models import SAFE_SUFFIX, ModelEntry


@dataclass(frozen=True)
class ClusterShape:
    gpus_per_node: int | None = None  # None: one node holds any request (no check, never multi-node)
    max_nodes: int | None = None
    partition: str | None = None  # CPU jobs; else $R1SAFE_SLURM_PARTITION, else the cluster's default
    gpu_partition: str | None = None  # GPU jobs; else $R1SAFE_SLURM_GPU_PARTITION, else the CPU one
    rdzv_port: int = 29500  # the torch.distributed rendezvous on the first node of a multi-node SFT
    ray_port: int = 6379  # the Ray head of a multi-node vLLM job
    gpu: str | None = None  # a known GPU name (r1safe.memory.GPU_MEMORY_GB): its memory
    gpu_memory_gb: float | None = None  # one GPU's memory, GB; checked against each job's need
    cpus_per_gpu: int | None = None  # CPUs per GPU of a GPU job (its rank and loaders); else the rule's threads
    mem_mb_per_gpu: int | None = None  # memory per GPU of a GPU job, per node; a model's own mem_mb wins
    max_time: int | dict | None = None  # partitions' MaxTime, minutes (a number: all; a mapping: by partition)
    checkpoint_margin_min: int = 20  # SFT inside SLURM: save and stop this long before the job's limit

    @classmethod
    def from_config(cls, cfg: dict) -> "ClusterShape":
        return cls(**checked_settings(cls, cfg.get("cluster") or {}, "cluster settings"))


def layout(gpus: int, shape: ClusterShape, what: str = "a job") -> tuple[int, int]:
    """(nodes, GPUs per node) of a job asking for ``gpus`` GPUs."""
    gpus = int(gpus or 0)
    per = shape.gpus_per_node
    if gpus <= 0:
        return 1, 0
    if not per or gpus <= per:
        return 1, gpus
    if gpus % per:
        raise ConfigError(f"{what}: {gpus} GPUs is no whole number of nodes of {per} (cluster.gpus_per_node): ask "
                          f"for at most {per} (one node) or a multiple of {per}")
    nodes = gpus // per
    if shape.max_nodes and nodes > shape.max_nodes:
        raise ConfigError(f"{what}: {gpus} GPUs needs {nodes} nodes of {per}, more than cluster.max_nodes "
                          f"({shape.max_nodes})")
    return nodes, per


def partition_for(gpus: int, shape: ClusterShape) -> str:
    """The partition of a job by its GPU request ("" lets SLURM use its default)."""
    cpu = shape.partition or os.environ.get("R1SAFE_SLURM_PARTITION", "")
    if int(gpus or 0) > 0:
        return shape.gpu_partition or os.environ.get("R1SAFE_SLURM_GPU_PARTITION", "") or cpu
    return cpu


def slurm_resources(gpus: int, shape: ClusterShape, what: str = "a job") -> dict:
    """The SLURM resources of a job: its partition, its nodes and its GPUs (``gpu`` on one node;
    ``gres: gpu:<per node>`` on each of several, since ``--gpus`` is a total SLURM may spread unevenly);
    a GPU job's CPUs from ``cluster.cpus_per_gpu`` (``cpus_per_task``: one task per node, so the GPUs of
    a node times that). A job across nodes is launched the way the SLURM executor documents for MPI
    jobs (``mpi``, ``tasks`` = one per node): its command runs in the batch step, unwrapped, and its own
    ``srun`` (the training launchers, the Ray workers) starts a step over every node of the allocation
    -- never a step nested in a one-task step, which would wait forever for CPUs the outer step holds."""
    nodes, per = layout(gpus, shape, what)
    res = {"slurm_partition": partition_for(gpus, shape), "nodes": nodes, "gpu": per if nodes == 1 else 0}
    if nodes > 1:
        res["gres"] = f"gpu:{per}"
        res.update(mpi="srun", tasks=nodes, tasks_per_gpu=0)  # tasks_per_gpu 0: no --ntasks-per-gpu
    cpus = _node_cpus(per, shape)
    if cpus:
        res["cpus_per_task"] = cpus
    return res


def task_cpus(gpus: int, shape: ClusterShape) -> int | None:
    """The CPUs of each task of a GPU job (one task per node), where the cluster says."""
    return _node_cpus(layout(gpus, shape)[1], shape)


def _node_cpus(per_node: int, shape: ClusterShape) -> int | None:
    return shape.cpus_per_gpu * per_node if per_node and shape.cpus_per_gpu else None


def sft_gpus(entry: ModelEntry) -> int:
    """The GPUs of a model's SFT job: its ``enhance.gpus``, else the model's ``gpus``."""
    own = entry.enhance_overrides.get("gpus")
    return int(own if own is not None else entry.gpus)


def jobs_gpus(cfg: dict) -> list[tuple[str, int]]:
    """(what, GPUs) of every GPU request the config makes: generation, SFT, local judge models."""
    out = []
    for name, raw in cfg["models"].items():
        entry = ModelEntry.from_config(name, raw)
        out.append((f"models.{name}.gpus (generation)", entry.gpus))
        if entry.enhance:
            out.append((f"models.{name}.enhance.gpus (SFT)", sft_gpus(entry)))
    teacher = (cfg.get("synthesis") or {}).get("teacher_model")
    if teacher:
        out.append(("synthesis.teacher_model.gpus", ModelEntry.from_config("teacher", teacher).gpus))
    for where, opts in (("judge.llm.gpus", (cfg.get("judge") or {}).get("llm")),
                        ("synthesis.judge_options.gpus", (cfg.get("synthesis") or {}).get("judge_options"))):
        if opts and opts.get("path"):
            out.append((where, int(opts.get("gpus") or 0)))
    return out


def check(cfg: dict) -> None:
    """Before any job: every GPU request fits the cluster's node shape, and every model fits the GPUs
    its jobs ask for (where the GPU's memory is known: cluster.gpu or cluster.gpu_memory_gb)."""
    shape = ClusterShape.from_config(cfg)
    for what, gpus in jobs_gpus(cfg):
        layout(gpus, shape, what)
    problems = [text for _, ok, text in memory_fits(cfg) if not ok]
    if problems:
        raise ConfigError("\n  ".join(problems))


def memory_fits(cfg: dict) -> list[tuple[str, bool, str]]:
    """(job, fits, why) of every model's generation and SFT jobs against the GPU's memory
    (r1safe.memory); empty where the GPU's memory is not configured. A -safe sibling is saved in
    BF16 whatever its original's weights were (an FP8 R1 becomes a BF16 R1-safe, twice the memory)."""
    shape = ClusterShape.from_config(cfg)
    per_gpu = memory.gpu_memory_gb(shape)
    if per_gpu is None:
        return []
    gpu = f"{shape.gpu} ({per_gpu:g} GB)" if shape.gpu else f"{per_gpu:g} GB"
    out = []

    def one(what: str, kind: str, size, gpus: int):
        if gpus <= 0:
            return
        if size is None:
            out.append((what, True, f"{what}: size unknown (set the model's params_b): not checked"))
            return
        ok, text, smallest = memory.fits(kind, size, gpus, per_gpu, shape.gpus_per_node)
        nodes = -(-smallest // shape.gpus_per_node) if shape.gpus_per_node else 1
        hint = "" if ok else (f"; the smallest shape that fits: {smallest} GPUs"
                              + (f" ({nodes} nodes of {shape.gpus_per_node})" if nodes > 1 else ""))
        out.append((what, ok, f"{what}: {gpus} x {gpu}: {'fits' if ok else 'does not fit'}, {text}{hint}"))

    for name, raw in cfg["models"].items():
        entry = ModelEntry.from_config(name, raw)
        if entry.build:
            continue
        size = memory.model_size(entry.path, entry.params_b, entry.weights_dtype)
        one(f"models.{name}.gpus (generation)", "generation", size, entry.gpus)
        if entry.enhance and size is not None:
            one(f"models.{name}.enhance.gpus (SFT)", "sft", size, sft_gpus(entry))
            saved = memory.Size(size.params_b, "bfloat16" if memory.BYTES[size.dtype] < 2 else size.dtype, size.source)
            one(f"models.{name}.enhance.eval_gpus (generation of {name}{SAFE_SUFFIX})", "generation", saved,
                entry.safe_gpus)
    return out


# ---- multi-node SFT ------------------------------------------------------------------------------

def train_prefix(gpus: int, shape: ClusterShape, python: str = sys.executable) -> list[str]:
    """The command prefix of ``python -m r1safe.train``: plain on CPU, ``torch.distributed.run
    --standalone`` on one node, ``srun`` + one launcher per node across several."""
    nodes, per = layout(gpus, shape)
    if per == 0:
        return [python]
    if nodes == 1:
        return [python, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", str(per)]
    srun = ["srun", f"--nodes={nodes}", f"--ntasks={nodes}", "--ntasks-per-node=1", "--kill-on-bad-exit=1"]
    cpus = _node_cpus(per, shape)
    if cpus:  # a step does not inherit the job's --cpus-per-task on every SLURM version: say it
        srun.append(f"--cpus-per-task={cpus}")
    return srun + launcher(nodes, per, shape.rdzv_port, python)


def launcher(nodes: int, per_node: int, port: int, python: str = sys.executable) -> list[str]:
    """What srun starts on each node (and what the two-launcher test starts twice)."""
    return [python, "-m", "r1safe.launch", "--nnodes", str(nodes), "--nproc-per-node", str(per_node),
            "--rdzv-port", str(port), "--"]


def first_node() -> str:
    """The rendezvous host: $R1SAFE_RDZV_HOST, else the address of the first node of the job's SLURM
    node list (its NodeAddr: what the other nodes reach it at)."""
    if os.environ.get("R1SAFE_RDZV_HOST"):
        return os.environ["R1SAFE_RDZV_HOST"]
    nodelist = os.environ.get("SLURM_JOB_NODELIST") or os.environ.get("SLURM_NODELIST")
    if not nodelist and os.environ.get("SLURM_JOB_ID"):
        # the executor's job step keeps only the job's id of SLURM's variables: ask SLURM for its nodes
        nodelist = subprocess.run(["squeue", "-h", "-j", os.environ["SLURM_JOB_ID"], "-o", "%N"], capture_output=True,
                                  text=True, timeout=60).stdout.strip()
    if not nodelist:
        raise ConfigError("a multi-node launch needs SLURM_JOB_NODELIST or SLURM_JOB_ID (run inside a SLURM job) "
                          "or R1SAFE_RDZV_HOST")
    out = subprocess.run(["scontrol", "show", "hostnames", nodelist], capture_output=True, text=True, check=True)
    return node_address(out.stdout.split()[0])


def node_address(node: str) -> str:
    """A SLURM node's NodeAddr (the node name where SLURM has none of its own, or cannot say)."""
    try:
        out = subprocess.run(["scontrol", "show", "node", node], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return node
    for word in out.split():
        if word.startswith("NodeAddr="):
            return word.split("=", 1)[1] or node
    return node


def torchrun_command(nnodes: int, nproc: int, host: str, port: int, rdzv_id: str, rest: list[str],
                     python: str = sys.executable) -> list[str]:
    return [python, "-m", "torch.distributed.run", "--nnodes", str(nnodes), "--nproc_per_node", str(nproc),
            "--rdzv_backend", "c10d", "--rdzv_endpoint", f"{host}:{port}", "--rdzv_id", rdzv_id,
            "--max_restarts", "0", *rest]


# ---- multi-node inference ------------------------------------------------------------------------

def vllm_options(gpus: int, shape: ClusterShape, extra: dict | None = None) -> dict:
    """vLLM's parallelism for a job's GPUs: tensor parallel inside a node, pipeline parallel across
    nodes over Ray (the supported multi-node layout); one node: tensor parallel only, no Ray."""
    nodes, per = layout(gpus, shape)
    opts = {"tensor_parallel_size": max(1, per)}
    if nodes > 1:
        opts.update(pipeline_parallel_size=nodes, distributed_executor_backend="ray")
    return {**opts, **(extra or {})}


class RayCluster:
    """A Ray cluster inside the job's allocation: the head here (the job's first node), one worker per
    other node through ``srun`` (``worker_command`` replaces it, e.g. in tests), stopped on exit. The
    generation then connects through ``RAY_ADDRESS``."""

    def __init__(self, nodes: int, gpus_per_node: int, port: int = 6379, host: str | None = None,
                 worker_command: list[str] | None = None, timeout_s: float = 300, cpus: int | None = None):
        self.nodes, self.gpus, self.port, self.timeout_s = nodes, gpus_per_node, port, timeout_s
        self.host = host or os.environ.get("R1SAFE_RAY_HOST") or first_node()
        self.head_node = os.environ.get("SLURMD_NODENAME") or self.host  # the node this (the batch step) runs on
        self.cpus = cpus
        self.worker_command = worker_command
        self.workers: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def _ray(self) -> str:
        return os.path.join(os.path.dirname(sys.executable), "ray")

    def commands(self) -> dict[str, list[str]]:
        """The head's, the workers' and the stop command, as run (and as the tests check them)."""
        res = [f"--num-gpus={self.gpus}"] + ([f"--num-cpus={self.cpus}"] if self.cpus else [])
        head = [self._ray(), "start", "--head", f"--node-ip-address={self.host}", f"--port={self.port}", *res,
                "--disable-usage-stats", "--include-dashboard=false"]
        workers = self.worker_command or [
            "srun", f"--nodes={self.nodes - 1}", f"--ntasks={self.nodes - 1}", "--ntasks-per-node=1",
            *([f"--cpus-per-task={self.cpus}"] if self.cpus else []), f"--exclude={self.head_node}",
            sys.executable, "-m", "r1safe.raynode", self._ray(), "start", f"--address={self.address}", *res, "--block"]
        return {"head": head, "workers": workers, "stop": [self._ray(), "stop", "--force"]}

    def __enter__(self) -> "RayCluster":
        cmd = self.commands()
        print("ray head:", shlex.join(cmd["head"]), flush=True)
        subprocess.run(cmd["head"], check=True)
        try:
            if self.nodes > 1:
                print("ray workers:", shlex.join(cmd["workers"]), flush=True)
                self.workers = subprocess.Popen(cmd["workers"])
            self.wait()
        except BaseException:
            self.stop()
            raise
        os.environ["RAY_ADDRESS"] = self.address
        return self

    def alive(self) -> int:
        import ray

        ray.init(address=self.address, ignore_reinit_error=True, logging_level="ERROR")
        try:
            return sum(1 for n in ray.nodes() if n.get("Alive"))
        finally:
            ray.shutdown()

    def wait(self) -> None:
        t0 = time.time()
        while True:
            n = self.alive()
            if n >= self.nodes:
                print(f"ray cluster at {self.address}: {n} nodes", flush=True)
                return
            if self.workers is not None and self.workers.poll() is not None:
                raise ConfigError(f"ray workers exited ({self.workers.returncode}) before joining {self.address}")
            if time.time() - t0 > self.timeout_s:
                raise ConfigError(f"ray cluster at {self.address}: {n} of {self.nodes} nodes after "
                                  f"{self.timeout_s:.0f} s")
            time.sleep(2)

    def stop(self) -> None:
        if self.workers is not None and self.workers.poll() is None:
            self.workers.terminate()
            try:
                self.workers.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.workers.kill()
        subprocess.run(self.commands()["stop"], check=False, capture_output=True)
        os.environ.pop("RAY_ADDRESS", None)

    def __exit__(self, *exc) -> None:
        self.stop()


# ---- time limits ---------------------------------------------------------------------------------

def slurm_minutes(text: str) -> int | None:
    """A SLURM time limit as printed by sinfo (``infinite``, ``30``, ``1:00:00``, ``2-00:00:00``, ...)
    in minutes; None for no limit."""
    t = text.strip().lower()
    if t in ("infinite", "unlimited", "n/a", ""):
        return None
    days, _, rest = t.rpartition("-") if "-" in t else ("", "", t)
    parts = [int(x) for x in rest.split(":")]
    if days and len(parts) == 1:  # days-hours
        h, m, sec = parts[0], 0, 0
    elif days and len(parts) == 2:  # days-hours:minutes
        h, m, sec = parts[0], parts[1], 0
    elif len(parts) == 3:
        h, m, sec = parts
    elif len(parts) == 2:  # minutes:seconds
        h, m, sec = 0, parts[0], parts[1]
    else:  # minutes
        h, m, sec = 0, parts[0], 0
    return (int(days or 0) * 24 + h) * 60 + m + (1 if sec else 0)


def partition_limits(timeout: float = 10) -> dict[str, int | None]:
    """Every partition's MaxTime from ``sinfo`` (the default one also under ""), or {} where SLURM
    does not answer."""
    import shutil

    if shutil.which("sinfo") is None:
        return {}
    try:
        p = subprocess.run(["sinfo", "-h", "-o", "%P|%l"], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if p.returncode != 0:
        return {}
    out: dict[str, int | None] = {}
    for line in p.stdout.splitlines():
        name, _, limit = line.partition("|")
        if not name:
            continue
        minutes = slurm_minutes(limit)
        if name.endswith("*"):
            name = name[:-1]
            out[""] = minutes
        out[name] = minutes
    return out


def submit_host_limits(cfg: dict, main_process: bool) -> dict[str, int | None]:
    """The limits a run submitting to SLURM checks its jobs against: none where the config gives
    ``cluster.max_time``, inside a job, in a job's own Snakemake, or with R1SAFE_SLURM_LIMITS=off."""
    if (cfg.get("cluster") or {}).get("max_time") is not None or not main_process \
            or os.environ.get("SLURM_JOB_ID") or os.environ.get("R1SAFE_SLURM_LIMITS") == "off":
        return {}
    return partition_limits()


# ---- a SLURM cluster without accounting ---------------------------------------------------------

def status_problem(status_command: str | None, init_seconds: int | None) -> str | None:
    """Why the SLURM executor would wait forever for job states here, or None. The plugin asks
    ``sacct`` whenever it exists (and falls back to it from ``squeue`` when MinJobAge is short); with
    accounting storage disabled ``sacct`` answers nothing, with exit 0."""
    import shutil

    if shutil.which("sacct") is None:
        return None
    p = subprocess.run(["sacct", "-X", "-n", "-j", "1"], capture_output=True, text=True, timeout=60)
    said = (p.stdout + p.stderr).strip()
    if p.returncode == 0 and "disabled" not in said.lower():
        return None
    age = min_job_age()
    need = 3 * int(init_seconds or 40)
    if status_command == "squeue" and age is not None and age >= need:
        return None
    return (f"SLURM accounting is not available here (sacct: {said.splitlines()[0] if said else 'no answer'}), so "
            f"the SLURM executor would wait for job states forever. Use squeue for status checks: "
            f"--slurm-status-command squeue, on a cluster whose MinJobAge (now {age} s) is at least 3 x "
            f"--slurm-init-seconds-before-status-checks (now {init_seconds or 40} s: needs {need} s); or enable "
            "accounting (AccountingStorageType) on the cluster")


def min_job_age() -> int | None:
    try:
        out = subprocess.run(["scontrol", "show", "config"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in out.splitlines():
        if line.strip().startswith("MinJobAge"):
            try:
                return int(line.split("=", 1)[1].strip().split()[0])
            except (IndexError, ValueError):
                return None
    return None


# ---- the plan, as the README shows it ------------------------------------------------------------

def plan(cfg: dict) -> str:
    """A Markdown table: every model's generation and SFT jobs on the config's node shape, and how
    each runs (``python -m r1safe cluster-plan --configfile config/paper.yaml``)."""
    shape = ClusterShape.from_config(cfg)

    def shape_of(gpus):
        nodes, per = layout(gpus, shape)
        return "CPU" if per == 0 else f"{nodes} node{'s' if nodes > 1 else ''} x {per} GPU{'s' if per > 1 else ''}"

    def generation(entry):
        gpus = entry.gpus
        if gpus == 0:
            return "transformers on CPU"
        nodes, per = layout(gpus, shape)
        if nodes == 1:
            return f"vLLM, tensor parallel {per}"
        return f"vLLM, tensor parallel {per} x pipeline parallel {nodes}, Ray head + {nodes - 1} worker(s) via srun"

    def sft(gpus):
        nodes, per = layout(gpus, shape)
        if per == 0:
            return "`python -m r1safe.train`"
        if nodes == 1:
            return f"`torchrun --standalone --nproc_per_node {per}` + ZeRO-3"
        return (f"`srun --nodes={nodes} --ntasks-per-node=1 python -m r1safe.launch --nnodes {nodes} "
                f"--nproc-per-node {per}` (c10d rendezvous on the first node) + ZeRO-3")

    rows = ["| model | generation | how | SFT | how |", "|---|---|---|---|---|"]
    for name, raw in cfg["models"].items():
        entry = ModelEntry.from_config(name, raw)
        trained = (shape_of(sft_gpus(entry)), sft(sft_gpus(entry))) if entry.enhance else ("–", "–")
        rows.append(f"| {name} | {shape_of(entry.gpus)} | {generation(entry)} | {trained[0]} | {trained[1]} |")
        if entry.enhance and entry.safe_gpus != entry.gpus:
            safe = replace(entry, gpus=entry.safe_gpus)
            rows.append(f"| {name}{SAFE_SUFFIX} | {shape_of(safe.gpus)} | {generation(safe)} | – | – |")
    head = (f"Nodes of {shape.gpus_per_node} GPUs (cluster.gpus_per_node)" if shape.gpus_per_node
            else "One node per job (no cluster.gpus_per_node)")
    fits = memory_fits(cfg)
    mem = ["", f"Memory against {shape.gpu or str(shape.gpu_memory_gb) + ' GB'} GPUs (r1safe/memory.py: "
               f"weights in {memory.WEIGHTS_SHARE:.0%} of the job's GPU memory, the rest for the KV cache; "
               f"ZeRO-3 SFT {memory.ZERO3_BYTES} bytes per parameter x {memory.ACTIVATION_MARGIN} over the "
               f"job's GPUs in {memory.GPU_UTILIZATION:.0%} of each):", "",
           *(f"- {text}" for _, _, text in fits)] if fits else \
        ["", "Memory not checked: set cluster.gpu (e.g. H200) or cluster.gpu_memory_gb."]
    return head + "; every job with GPUs on the GPU partition.\n\n" + "\n".join(rows) + "\n" + "\n".join(mem) + "\n"

