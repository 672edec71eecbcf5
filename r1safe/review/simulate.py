"""How the prediction-powered interval behaves over a judge of known error (the test and
``bench/ppi_coverage.py`` run this): synthetic truth with a rate ``p``, a judge that misses ``miss``
of the positives and flags ``false_alarm`` of the negatives, ``n`` items labelled by people out of
``n + N``; how often each 95% interval covers the true rate of the run's items, and how wide it is
("as tabulated": the review table's interval, r1safe.review.correct.corrected)."""

from __future__ import annotations

import numpy as np
import polars as pl

from r1safe.metrics.stats import wilson
from r1safe.review.correct import corrected
from r1safe.review.ppi import classical_mean, ppi_mean


def coverage(reps: int = 400, n: int = 60, N: int = 400, p: float = 0.35, miss: float = 0.4,
             false_alarm: float = 0.1, seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    hits = {"judge only": 0, "labels only": 0, "prediction-powered": 0, "as tabulated": 0}
    width = {k: 0.0 for k in hits}
    for _ in range(reps):
        truth = rng.random(n + N) < p
        judge = np.where(truth, rng.random(n + N) > miss, rng.random(n + N) < false_alarm).astype(float)
        true_rate = truth.mean()
        mask = np.zeros(n + N, bool)
        mask[rng.permutation(n + N)[:n]] = True
        lab, pp = classical_mean(truth[mask]), ppi_mean(truth[mask], judge[mask], judge[~mask])
        est = {"judge only": wilson(int(judge.sum()), n + N), "labels only": (lab.ci_low, lab.ci_high),
               "prediction-powered": (pp.ci_low, pp.ci_high)}
        tab = corrected(pl.DataFrame({"people": truth[mask].astype(float), "judge": judge[mask]}),
                        pl.DataFrame({"people": [None] * N, "judge": judge[~mask]}))
        est["as tabulated"] = (tab.ci_low, tab.ci_high)  # the review table's interval (pseudo-items)
        for k, (a, b) in est.items():
            hits[k] += int(a <= true_rate <= b)
            width[k] += (b - a) / reps
    return {k: {"coverage": hits[k] / reps, "mean_width": round(width[k], 4)} for k in hits}
