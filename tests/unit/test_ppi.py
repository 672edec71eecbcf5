"""Prediction-powered rates: the same numbers as the method's reference implementation, and the
coverage the method promises over a judge of known error (the figures are in bench/NOTES.md)."""

import numpy as np
import pytest

from r1safe.review.ppi import classical_mean, ppi_mean, tuned_lambda


def _data(seed, n=60, N=400):
    rng = np.random.default_rng(seed)
    truth = rng.random(n + N) < 0.35
    judge = np.where(truth, rng.random(n + N) > 0.4, rng.random(n + N) < 0.1).astype(float)
    return truth[:n].astype(float), judge[:n], judge[n:]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("lam", [None, 1.0, 0.0, 0.5])
def test_equals_the_reference_implementation(seed, lam):
    ppi_py = pytest.importorskip("ppi_py")
    Y, Yhat, Yhat_u = _data(seed)
    ours = ppi_mean(Y, Yhat, Yhat_u, alpha=0.05, lam=lam)
    lo, hi = ppi_py.ppi_mean_ci(Y, Yhat, Yhat_u, alpha=0.05, lam=lam)
    point = ppi_py.ppi_mean_pointestimate(Y, Yhat, Yhat_u, lam=lam)
    assert ours.ci_low == pytest.approx(float(np.squeeze(lo)), abs=1e-12)
    assert ours.ci_high == pytest.approx(float(np.squeeze(hi)), abs=1e-12)
    assert ours.value == pytest.approx(float(np.squeeze(point)), abs=1e-12)


def test_weighted_equals_the_reference_implementation():
    ppi_py = pytest.importorskip("ppi_py")
    Y, Yhat, Yhat_u = _data(7)
    rng = np.random.default_rng(3)
    w, w_u = rng.uniform(0.5, 2, len(Y)), rng.uniform(0.5, 2, len(Yhat_u))
    ours = ppi_mean(Y, Yhat, Yhat_u, w=w, w_u=w_u)
    lo, hi = ppi_py.ppi_mean_ci(Y, Yhat, Yhat_u, alpha=0.05, w=w, w_unlabeled=w_u)
    assert (ours.ci_low, ours.ci_high) == pytest.approx((float(np.squeeze(lo)), float(np.squeeze(hi))), abs=1e-12)


def test_tuning_falls_back_to_the_labels_when_the_judge_says_nothing():
    Y = np.array([1, 0, 1, 1, 0, 0, 1, 0], float)
    assert tuned_lambda(Y, np.zeros(8), np.zeros(50)) == 0.0  # a constant judge carries no information
    est = ppi_mean(Y, np.zeros(8), np.zeros(50))
    ref = classical_mean(Y)
    assert (est.value, est.ci_low, est.ci_high) == pytest.approx((ref.value, ref.ci_low, ref.ci_high))
    with pytest.raises(ValueError, match="labelled"):
        ppi_mean(Y[:1], np.zeros(1), np.zeros(5))


def test_prediction_powered_intervals_cover_where_the_judge_alone_does_not():
    """400 seeded repetitions, a judge missing 40% of positives and flagging 10% of negatives: the
    judge-only interval rarely covers the true rate (under 10%); the prediction-powered one covers it at
    least 93% of the time and is narrower than the labelled items' own interval."""
    from r1safe.review.simulate import coverage

    r = coverage()
    print(r)
    assert r["judge only"]["coverage"] < 0.10
    assert r["prediction-powered"]["coverage"] >= 0.93
    assert r["prediction-powered"]["mean_width"] < r["labels only"]["mean_width"]
    assert r["as tabulated"]["coverage"] >= 0.93 and r["as tabulated"]["mean_width"] < r["labels only"]["mean_width"]
