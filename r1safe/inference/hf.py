"""transformers backend: batched, left-padded generation on CPU (or a single GPU)."""

from __future__ import annotations

from r1safe.inference.base import Completion, GenerationConfig
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

    def generate(self, prompts: list[str], cfg: GenerationConfig, seed: int) -> list[list[Completion]]:
        import torch

        tok = self.tokenizer
        enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        torch.manual_seed(seed)
        kwargs = dict(max_new_tokens=cfg.max_new_tokens, do_sample=cfg.do_sample,
                      num_return_sequences=cfg.n, pad_token_id=tok.pad_token_id,
                      eos_token_id=tok.eos_token_id)
        if cfg.do_sample:
            kwargs.update(temperature=cfg.temperature, top_p=cfg.top_p)
        else:
            kwargs.update(temperature=None, top_p=None, top_k=None)
        if cfg.stop:
            kwargs.update(stop_strings=cfg.stop, tokenizer=tok)
        with torch.inference_mode():
            out = self.model.generate(**enc, **kwargs)
        width = enc["input_ids"].shape[1]
        prompt_lens = enc["attention_mask"].sum(dim=1).tolist()
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
