"""Throughput rates for the GPU-hour bill, and where each came from.

Two sources, in this order: a rates file of your own (``--rates``: measured on your hardware, per
model name or ``default``), then the public measurements shipped in ``config/rates.yaml`` (each with its
source; how they are applied is written at the top of that file). Every rate the bill uses is a
:class:`Rate` per GPU with one line saying what it is, so the bill can print its sources; a model no
rate covers keeps its hours open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from r1safe.errors import ConfigError
from r1safe.io import load_yaml
from r1safe.memory import hub_key, model_size

PUBLIC_RATES = Path(__file__).resolve().parent.parent / "config" / "rates.yaml"
# a measurement on the first GPU stands (conservatively) for the second: same compute, more bandwidth
CONSERVATIVE_FOR = {("H100", "H200"), ("H800", "H200")}
# a smaller model is not credited with more than this speed-up over the measured one: small models stop
# being bound by reading their weights (scheduling, sampling and the KV cache take over), so the
# proportional rule would overstate them; capping errs toward more hours
MAX_SPEEDUP = 4.0


@dataclass(frozen=True)
class Rate:
    per_gpu: float  # tokens per second per GPU
    how: str        # "your rates file" | "measured" | "derived"
    basis: str      # what it is computed from, one line
    source: str     # where that comes from

    def hours(self, tokens: float) -> float:
        return tokens / self.per_gpu / 3600


def positive(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ConfigError(f"{where}: {value!r} is not a positive finite number")
    return float(value)


def _text(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: expected a non-empty text, got {value!r}")
    return value


def load_public(path: str | Path = PUBLIC_RATES) -> dict:
    """Read and check the public measurements: one error naming the file, the record and the field."""
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with generation, judge and sft")
    unknown = set(data) - {"generation", "judge", "sft"}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; known: generation, judge, sft")
    for kind, value_key in (("generation", "output_tokens_per_s"), ("judge", "total_tokens_per_s")):
        records = data.get(kind) or []
        if not isinstance(records, list):
            raise ConfigError(f"{where}: {kind}: expected a list of measurements")
        for i, rec in enumerate(records):
            _check_measurement(rec, f"{where}: {kind}[{i}]", kind, value_key)
    if data.get("sft") is not None:
        _check_sft(data["sft"], where)
    return data


def _check_measurement(rec, at: str, kind: str, value_key: str) -> None:
    if not isinstance(rec, dict):
        raise ConfigError(f"{at}: expected a mapping")
    at = f"{at} ({rec.get('name', '?')})"
    for field in ("name", "gpu", "source", "workload", "engine"):
        _text(rec.get(field), f"{at}.{field}")
    positive(rec.get("params_b"), f"{at}.params_b")
    positive(rec.get(value_key), f"{at}.{value_key}")
    gpus = rec.get("gpus")
    if not isinstance(gpus, int) or isinstance(gpus, bool) or gpus < 1:
        raise ConfigError(f"{at}.gpus: expected a whole number of GPUs >= 1, got {gpus!r}")
    if kind == "generation" and not isinstance(rec.get("dense"), bool):
        raise ConfigError(f"{at}.dense: expected true or false, got {rec.get('dense')!r}")
    if not isinstance(rec.get("applies_to", []), list):
        raise ConfigError(f"{at}.applies_to: expected a list of hub ids")


def _check_sft(sft, where: str) -> None:
    if not isinstance(sft, dict):
        raise ConfigError(f"{where}: sft: expected a mapping")
    m = positive(sft.get("mfu"), f"{where}: sft.mfu")
    if m > 1:
        raise ConfigError(f"{where}: sft.mfu: {m} is a fraction of the peak, at most 1")
    for field in ("mfu_source", "peak_source"):
        _text(sft.get(field), f"{where}: sft.{field}")
    peaks = sft.get("peak_bf16_tflops")
    if not isinstance(peaks, dict) or not peaks:
        raise ConfigError(f"{where}: sft.peak_bf16_tflops: expected a mapping of GPU name to TFLOPS")
    for gpu, v in peaks.items():
        positive(v, f"{where}: sft.peak_bf16_tflops.{gpu}")
    for hub, v in (sft.get("active_params_b") or {}).items():
        positive(v, f"{where}: sft.active_params_b.{hub}")


def _gpu_ok(measured: str, cluster: str | None) -> tuple[bool, str]:
    if cluster is None:
        return True, f"measured on {measured}; the cluster's GPU is not named (cluster.gpu)"
    if measured.lower() == cluster.lower():
        return True, ""
    if (measured.upper(), cluster.upper()) in CONSERVATIVE_FOR:
        return True, f"measured on {measured}, used as is for {cluster} (conservative)"
    return False, f"measured on {measured}, not {cluster}"


def _moe(hub: str) -> bool:
    name = hub.rsplit("/", 1)[-1]
    return name.startswith("deepseek-r1") and "distill" not in name or name.startswith("deepseek-v3") \
        or any(p[:1] == "a" and p[1:-1].replace(".", "").isdigit() and p.endswith("b") for p in name.split("-"))


def _measured(records: list, hub: str, size, cluster_gpu: str | None, value_key: str, dense_only: bool):
    """The measurement for ``hub`` (its own, else the nearest dense one by parameters, scaled):
    (record, per-GPU rate, derived note) or None."""
    usable = [r for r in records if _gpu_ok(r["gpu"], cluster_gpu)[0]]
    own = [r for r in usable if hub in {hub_key(a) for a in r.get("applies_to", [])}]
    if own:
        r = own[0]
        return r, r[value_key] / r["gpus"], ""
    if size is None or _moe(hub):
        return None
    dense = [r for r in usable if r.get("dense", True) or not dense_only]
    if not dense:
        return None
    r = min(dense, key=lambda r: abs(math.log(r["params_b"] / size.params_b)))
    factor = r["params_b"] / size.params_b
    capped = min(factor, MAX_SPEEDUP)
    per = r[value_key] / r["gpus"] * capped
    return r, per, (f"derived for {size.params_b:g}B parameters from {r['params_b']:g}B (x {capped:.2f}"
                    + (f", capped from x {factor:.2f}" if capped < factor else "") + ")")


class Rater:
    """The rates a bill uses, each recorded with its source for the bill to print."""

    def __init__(self, plan, user: dict | None, public: dict | None):
        self.plan, self.user, self.public = plan, user or {}, public or {}
        self.cluster_gpu = plan.settings.cluster.gpu
        self.used: dict[tuple[str, str], Rate] = {}

    def _user(self, kind: str, keys: tuple[str, ...], job_gpus: int, per_gpu_given: bool) -> Rate | None:
        """Your rate of ``kind`` under the first of ``keys`` the file has, per GPU (a job's rate is
        shared by its GPUs)."""
        table = self.user.get(kind) or {}
        for key in keys:
            if key in table:
                v = float(table[key])
                per = v if per_gpu_given else v / max(1, job_gpus)
                return Rate(per, "your rates file", f"{kind}.{key} = {v:,.1f}"
                            + ("" if per_gpu_given else f" per job of {max(1, job_gpus)} GPU(s)"), "--rates")
        return None

    def _base(self, model: str) -> str:
        """A -safe sibling's rates are its original's (same architecture, same size)."""
        return self.plan.entry(model).enhanced_from or model

    def _hub(self, model: str) -> str:
        return hub_key(self.plan.entry(self._base(model)).path)

    def _size(self, model: str):
        e = self.plan.entry(self._base(model))
        return model_size(e.path, e.params_b, e.weights_dtype)

    def _record(self, kind: str, label: str, rate: Rate | None) -> Rate | None:
        if rate is not None:
            self.used[(kind, label)] = rate
        return rate

    def generation(self, model: str) -> Rate | None:
        gpus = int(self.plan.entry(model).gpus or 0)
        rate = self._user("generation_tokens_per_s", (model, self._base(model), "default"), gpus, False)
        if rate is None:
            rate = self._public("generation", "output_tokens_per_s", "output tokens/s", self._hub(model),
                                self._size(model), dense_only=True)
        return self._record("generation", model, rate)

    def _public(self, kind: str, value_key: str, unit: str, hub: str, size, dense_only: bool) -> Rate | None:
        """The public measurement of ``kind`` for ``hub`` (its own or derived), as a Rate with its notes."""
        found = _measured(self.public.get(kind) or [], hub, size, self.cluster_gpu, value_key, dense_only)
        if found is None:
            return None
        r, per, derived = found
        notes = [n for n in (derived, _gpu_ok(r["gpu"], self.cluster_gpu)[1]) if n]
        return Rate(per, "derived" if derived else "measured",
                    f"{r['name']}: {r[value_key]:,.2f} {unit} on {r['gpus']} GPU(s)"
                    + (f"; {'; '.join(notes)}" if notes else ""), r["source"])

    def sft(self, model: str) -> Rate | None:
        rate = self._user("sft_tokens_per_s_per_gpu", (model, self._base(model), "default"), 1, True)
        if rate is None:
            rate = self._public_sft(model)
        return self._record("SFT", model, rate)

    def _public_sft(self, model: str) -> Rate | None:
        sft = self.public.get("sft")
        size = self._size(model)
        if not sft or size is None:
            return None
        peaks = {k.upper(): float(v) for k, v in sft["peak_bf16_tflops"].items()}
        gpu = (self.cluster_gpu or "").upper()
        if gpu not in peaks:
            return None
        active = {hub_key(k): float(v) for k, v in (sft.get("active_params_b") or {}).items()}
        hub = self._hub(model)
        params = active.get(hub, size.params_b)
        if hub not in active and _moe(hub):
            return None
        per = sft["mfu"] * peaks[gpu] * 1e12 / (6 * params * 1e9)
        return Rate(per, "derived", f"{sft['mfu']:g} MFU x {peaks[gpu]:g} TFLOPS ({gpu}) / (6 x {params:g}B "
                                    f"{'active ' if hub in active else ''}parameters)",
                    f"{sft['mfu_source']}; {sft['peak_source']}"
                    + (f"; {sft['active_source']}" if hub in active and sft.get("active_source") else ""))

    def judge(self, llm: dict) -> Rate | None:
        rate = self._user("judge_tokens_per_s", ("default",), int(llm.get("gpus") or 0), False)
        if rate is None and llm.get("path"):
            rate = self._public("judge", "total_tokens_per_s", "input + output tokens/s", hub_key(llm["path"]),
                                model_size(llm["path"]), dense_only=False)
        return self._record("judge", llm.get("path") or "default", rate)
