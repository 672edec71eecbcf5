"""The order in which a training run sees its examples, as a function of (seed, epoch) alone.

The HF Trainer's own samplers draw each epoch's order from the global torch generator at the moment
the epoch starts. A run resumed from a checkpoint restores that generator only after the resumed
epoch's order was drawn, so it trains on another order than the uninterrupted run and the weights
differ. Here every epoch's permutation comes from a generator seeded with the run's seed and the
epoch number, so an uninterrupted run and one resumed at any step see the same batches.
"""

from __future__ import annotations

import torch
from torch.utils.data import Sampler
from transformers import TrainerCallback
from transformers.trainer_pt_utils import get_length_grouped_indices


def epoch_seed(seed: int, epoch: int) -> int:
    return (int(seed) * 1_000_003 + int(epoch)) % (2**63 - 1)


class EpochSampler(Sampler):
    """Indices of one epoch: a permutation seeded by (seed, epoch); with ``lengths``, grouped by
    length in megabatches (the Trainer's group-by-length order, from this generator)."""

    def __init__(self, n: int, seed: int, batch_size: int, lengths: list[int] | None = None):
        self.n, self.seed, self.batch_size, self.lengths = n, seed, batch_size, lengths
        self.epoch = 0

    def set_epoch(self, epoch) -> None:
        self.epoch = int(epoch)

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        g = torch.Generator()
        g.manual_seed(epoch_seed(self.seed, self.epoch))
        if self.lengths is not None:
            return iter(get_length_grouped_indices(self.lengths, self.batch_size, generator=g))
        return iter(torch.randperm(self.n, generator=g).tolist())


class EpochCallback(TrainerCallback):
    """Tells the sampler which epoch begins (on resume too: the state's epoch is the checkpoint's),
    before the Trainer draws the epoch's batches. Accelerate forwards ``set_epoch`` through some
    wrappers and not others (a resumed epoch's skip wrapper over a multi-rank shard): this does not
    depend on it."""

    def __init__(self, sampler: EpochSampler):
        self.sampler = sampler

    def on_epoch_begin(self, args, state, control, **kwargs):  # noqa: ARG002
        self.sampler.set_epoch(int(state.epoch + 1e-6) if state.epoch else 0)
