import math

import pytest

from r1safe.metrics.paired import discordant, holm, mcnemar_exact, paired_bootstrap


@pytest.mark.parametrize("b, c, p", [
    (0, 0, 1.0),
    (5, 0, 2 / 32),             # 2 * P[X<=0], X~Bin(5, .5) = 2 * 1/32
    (0, 6, 2 / 64),
    (3, 3, 1.0),                # min(1, 2 * P[X<=3], n=6) = min(1, 2 * 42/64)
    (1, 9, 2 * 11 / 1024),      # 2 * (1 + 10) / 2^10 = 0.021484375
    (10, 2, 2 * 79 / 4096),     # 2 * (1 + 12 + 66) / 2^12 = 0.03857421875
])
def test_mcnemar_exact_hand_computed(b, c, p):
    assert mcnemar_exact(b, c) == pytest.approx(p)


def test_discordant_pairs():
    assert discordant([1, 1, 0, 0, 1], [1, 0, 1, 1, 0]) == (2, 2)
    with pytest.raises(ValueError):
        discordant([1], [1, 0])


def test_holm_known_vector():
    # sorted 0.01, 0.02, 0.03, 0.04 -> 4*.01=.04, 3*.02=.06, 2*.03=.06, 1*.04=.04 -> monotone .04 .06 .06 .06
    assert holm([0.03, 0.01, 0.04, 0.02]) == pytest.approx([0.06, 0.04, 0.06, 0.06])
    assert holm([0.5, 0.9]) == pytest.approx([1.0, 1.0])  # step-down is kept monotone
    out = holm([0.01, float("nan")])
    assert out[0] == pytest.approx(0.01) and math.isnan(out[1])


def test_bootstrap_is_seed_stable_and_brackets_the_delta():
    a = [0] * 30 + [1] * 10
    b = [1] * 30 + [1] * 10
    lo, hi = paired_bootstrap(a, b, seed=1)
    assert (lo, hi) == paired_bootstrap(a, b, seed=1)
    assert lo <= 0.75 <= hi and 0.5 < lo and hi <= 1.0
    assert paired_bootstrap([1, 0], [1, 0]) == (0.0, 0.0)
    assert all(math.isnan(x) for x in paired_bootstrap([], []))
