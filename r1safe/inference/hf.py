"""transformers backend: batched, left-padded generation on CPU (or a single GPU).

Sampling is done by :class:`SeededSampler`, not by ``generate``'s own sampler (which draws every
row from one global generator, so a row's tokens depend on the batch it is in): every row draws
from its own generator, seeded by its item and sample, and ``generate`` runs greedy over the one
token left standing.
"""

from __future__ import annotations

from r1safe.inference.base import Completion, GenerationConfig, sample_seed
from r1safe.inference.chat import render_prompt
from r1safe.models import ModelSpec, load_model, load_tokenizer


class TransformersBackend:
    name = "transformers"

    def __init__(self, spec: ModelSpec, device: str | None = None):
        import torch

        self.spec = spec
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.tokenizer = load_tokenizer(spec, padding_side="left")
        self.model = load_model(spec, device=self.device).eval()

    def render(self, messages: list[dict]) -> str:
        return render_prompt(self.tokenizer, messages, source=self.spec.path)

    def generate(self, prompts: list[str], cfg: GenerationConfig, seeds: list[int]) -> list[list[Completion]]:
        import torch
        from transformers import LogitsProcessorList

        tok = self.tokenizer
        enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
        # one row per sample (row i * n + j), greedy over the processed scores: the sampler below
        # leaves one token per row
        enc = {k: v.repeat_interleave(cfg.n, dim=0).to(self.device) for k, v in enc.items()}
        kwargs = dict(max_new_tokens=cfg.max_new_tokens, do_sample=False, temperature=None, top_p=None,
                      top_k=None, pad_token_id=tok.pad_token_id,
                      eos_token_id=tok.eos_token_id)
        if cfg.do_sample:
            rows = [sample_seed(seeds[i], j) for i in range(len(prompts)) for j in range(cfg.n)]
            kwargs["logits_processor"] = LogitsProcessorList([SeededSampler(rows, cfg.temperature, cfg.top_p)])
        if cfg.stop:
            kwargs.update(stop_strings=cfg.stop, tokenizer=tok)
        with torch.inference_mode():
            out = self.model.generate(**enc, **kwargs)
        width = enc["input_ids"].shape[1]
        prompt_lens = enc["attention_mask"][:: cfg.n].sum(dim=1).tolist()
        results: list[list[Completion]] = []
        for i in range(len(prompts)):
            row = []
            for j in range(cfg.n):
                ids = out[i * cfg.n + j, width:].tolist()
                n_tok, finish = len(ids), "length"
                for k, t in enumerate(ids):
                    if t == tok.eos_token_id:
                        n_tok, finish = k, "stop"
                        break
                    if t == tok.pad_token_id and tok.pad_token_id != tok.eos_token_id:
                        n_tok, finish = k, "stop"
                        break
                text = tok.decode(ids[:n_tok], skip_special_tokens=False)
                if cfg.stop and finish == "length":
                    for s in cfg.stop:
                        if s in text:
                            text, finish = text[: text.index(s)], "stop"
                            break
                row.append(Completion(text, finish, int(prompt_lens[i]), n_tok))
            results.append(row)
        return results


class SeededSampler:
    """A logits processor that samples each row with its own generator (temperature, then nucleus
    filtering as in R1's recommended settings) and masks every other token, so that a row's draw
    depends on its own seed and logits only."""

    def __init__(self, seeds: list[int], temperature: float, top_p: float):
        import torch

        self.generators = [torch.Generator().manual_seed(int(s)) for s in seeds]
        self.temperature, self.top_p = float(temperature), float(top_p)

    def __call__(self, input_ids, scores):
        import torch

        logits = scores.float() / self.temperature
        probs = torch.softmax(logits, dim=-1)
        if self.top_p < 1.0:
            sorted_p, order = probs.sort(dim=-1, descending=True)
            before = sorted_p.cumsum(dim=-1) - sorted_p  # the mass of the tokens ranked above
            sorted_p = sorted_p.masked_fill(before >= self.top_p, 0.0)  # the top token always stays
            probs = torch.zeros_like(probs).scatter(-1, order, sorted_p)
        # one uniform draw per row from the row's own generator, then the inverse CDF
        u = torch.stack([torch.rand((), generator=g, dtype=torch.float64) for g in self.generators])
        cdf = probs.double().cumsum(dim=-1)
        u = (u.to(cdf.device) * cdf[:, -1]).unsqueeze(-1)
        picked = (cdf < u).sum(dim=-1).clamp(max=probs.shape[-1] - 1)
        picked = torch.where(probs.gather(-1, picked.unsqueeze(-1)).squeeze(-1) > 0, picked, probs.argmax(-1))
        out = torch.full_like(scores, float("-inf"))
        return out.scatter(-1, picked.unsqueeze(-1), 0.0)
