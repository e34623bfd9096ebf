"""The fast quantiles and tail areas equal scipy.stats' to the last bit, cached or not."""

from __future__ import annotations

import pytest
from scipy import stats as sp

from testlab.analysis.stats import _common

LEVELS = [0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 0.123456789]
DFS = [1, 2, 3, 4, 5, 9, 24, 99, 1000, 123456, 2.5, 17.38291]
POINTS = [-40.0, -8.5, -3.0, -1.96, -0.5, 0.0, 1e-9, 0.7, 1.644853626951, 2.5, 6.0, 39.0]


@pytest.mark.parametrize("level", LEVELS)
def test_z_quantile_equals_scipy_stats(level: float) -> None:
    expected = float(sp.norm.ppf(0.5 + level / 2.0))
    assert _common.z_quantile(level) == expected
    assert _common.z_quantile(level) == expected  # the cached value too


@pytest.mark.parametrize("df", DFS)
@pytest.mark.parametrize("level", LEVELS)
def test_t_quantile_equals_scipy_stats(level: float, df: float) -> None:
    expected = float(sp.t.ppf(0.5 + level / 2.0, df))
    assert _common.t_quantile(level, df) == expected
    assert _common.t_quantile(level, df) == expected


@pytest.mark.parametrize("x", POINTS)
def test_normal_tails_equal_scipy_stats(x: float) -> None:
    assert _common.normal_cdf(x) == float(sp.norm.cdf(x))
    assert _common.normal_p_two_sided(x) == float(min(1.0, 2.0 * sp.norm.sf(abs(x))))


@pytest.mark.parametrize("df", DFS)
@pytest.mark.parametrize("x", POINTS)
def test_t_tails_equal_scipy_stats(x: float, df: float) -> None:
    assert _common.t_p_greater(x, df) == float(sp.t.sf(x, df))
    assert _common.t_p_two_sided(x, df) == float(min(1.0, 2.0 * sp.t.sf(abs(x), df)))
