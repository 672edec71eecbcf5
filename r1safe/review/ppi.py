"""Prediction-powered inference (Angelopoulos et al., Science 2023; PPI++ power tuning, Angelopoulos,
Duchi and Zrnic 2024) for a mean: the many judged items give precision, the few items people labelled
remove the judge's bias.

With ``Y`` the people's outcome on the labelled items, ``Yhat`` the judge's on the same items and
``Yhat_u`` the judge's on the unlabelled ones, the estimate is
``lam * mean(Yhat_u) + mean(Y - lam * Yhat)``; its standard error adds the two parts' variances.
``lam`` (power tuning) is chosen from the data to minimise that variance and clipped to [0, 1]:
``lam = 0`` is the classical estimate from the labelled items alone, ``lam = 1`` plain PPI. The
interval is valid whatever the judge's error; a good judge only makes it narrower.

This is the method's reference implementation (``ppi_py.ppi_mean_ci`` / ``ppi_mean_pointestimate``
with ``lam_optim_mode="overall"``) for one dimension, in numpy, without its dependencies (numba,
statsmodels, scikit-learn, pandas, gdown); a test checks that both give the same numbers on the same
inputs. Weights ``w`` / ``w_u`` are the inverse inclusion probabilities of unequal-probability
sampling, normalised to mean 1 as ppi_py does.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np


@dataclass(frozen=True)
class Estimate:
    value: float
    ci_low: float
    ci_high: float
    lam: float | None  # the power-tuning parameter used (None: not a prediction-powered estimate)
    n: int  # labelled items
    N: int  # unlabelled items


def _weights(n: int, w) -> np.ndarray:
    if w is None:
        return np.ones(n)
    w = np.asarray(w, dtype=float)
    return w / w.sum() * n


def tuned_lambda(Y, Yhat, Yhat_u, w=None, w_u=None) -> float:
    """PPI++'s variance-minimising ``lam`` for a mean, clipped to [0, 1]."""
    Y, Yhat, Yhat_u = (np.asarray(a, dtype=float) for a in (Y, Yhat, Yhat_u))
    n, N = len(Y), len(Yhat_u)
    w, w_u = _weights(n, w), _weights(N, w_u)
    theta = (w_u * Yhat_u).mean() + (w * (Y - Yhat)).mean()  # plain PPI first
    g, gh, ghu = w * (Y - theta), w * (Yhat - theta), w_u * (Yhat_u - theta)
    gc, ghc = g - g.mean(), gh - gh.mean()
    cov = (2 * (gc * ghc).sum()) / n
    allh = np.concatenate([gh, ghu])
    var = allh.var(ddof=1) if len(allh) > 1 else 0.0
    if var <= 0:
        return 0.0
    return float(np.clip(cov / (2 * (1 + n / N) * var), 0.0, 1.0))


def ppi_mean(Y, Yhat, Yhat_u, alpha: float = 0.05, lam: float | None = None, w=None, w_u=None) -> Estimate:
    """The prediction-powered estimate and (1 - alpha) interval of a mean."""
    Y, Yhat, Yhat_u = (np.asarray(a, dtype=float) for a in (Y, Yhat, Yhat_u))
    n, N = len(Y), len(Yhat_u)
    if n < 2 or N < 1:
        raise ValueError(f"prediction-powered inference needs >= 2 labelled and >= 1 unlabelled items (got {n}, {N})")
    if lam is None:
        lam = tuned_lambda(Y, Yhat, Yhat_u, w, w_u)
    w, w_u = _weights(n, w), _weights(N, w_u)
    value = (w_u * lam * Yhat_u).mean() + (w * (Y - lam * Yhat)).mean()
    se = np.sqrt((w_u * lam * Yhat_u).std() ** 2 / N + (w * (Y - lam * Yhat)).std() ** 2 / n)
    z = NormalDist().inv_cdf(1 - alpha / 2)
    return Estimate(float(value), float(value - z * se), float(value + z * se), float(lam), n, N)


def classical_mean(Y, alpha: float = 0.05, w=None) -> Estimate:
    """The labelled items alone: their mean and normal interval (``lam = 0``)."""
    Y = np.asarray(Y, dtype=float)
    n = len(Y)
    w = _weights(n, w)
    value = (w * Y).mean()
    se = (w * Y).std() / np.sqrt(n)
    z = NormalDist().inv_cdf(1 - alpha / 2)
    return Estimate(float(value), float(value - z * se), float(value + z * se), None, n, 0)
