"""ICC(2,k) as the minutes print it: the textbook example, and "n/a" wherever the estimator is undefined
(an earlier version printed ICC(2,k) = -216.00 on a near-degenerate stage)."""

from __future__ import annotations

import pytest

from panel_app.domain.scoring.reliability import ICC_UNDEFINED, icc2
from panel_app.services.panel import Agreement, ReliabilityFigures
from panel_app.services.report_data_minutes import reliability_rows

# Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability", Table 2:
# 6 targets x 4 judges; the paper gives ICC(2,1) = .29 and ICC(2,4) = .62.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def test_textbook_example():
    single, average = icc2(SHROUT_FLEISS)
    assert round(single, 2) == 0.29 and round(average, 2) == 0.62


@pytest.mark.parametrize("matrix", [
    [],  # nobody
    [[3, 3, 3]],  # one candidate
    [[3, 2], [1, 4]],  # two candidates: too few to say anything
    [[2, 2, 2], [2, 2, 2], [2, 2, 2]],  # no variance at all
    [[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]],  # no variance between the candidates
    [[3, 3.0000000001, 3], [3, 3, 3.0000000001], [3.0000000001, 3, 3]],  # float noise only
    [[2, 3, 2], [3, 2, 3], [2, 3, 2], [3, 2, 3], [2, 3, 3]],  # members disagree more than candidates differ
])
def test_undefined_or_meaningless_is_none(matrix):
    res = icc2(matrix)
    assert res is None or (-1 <= res[0] <= 1 and -1 <= res[1] <= 1)


def test_the_degenerate_cases_are_none_and_print_na():
    assert icc2([[2, 2, 2], [2, 2, 2], [2, 2, 2]]) is None
    assert icc2([[1, 2, 3], [1, 2, 3], [1, 2, 3]]) is None
    rel = ReliabilityFigures(stage="preselection", per_criterion={}, leniency={},
                             overall=Agreement(alpha=None, icc2k=None, icc21=None, n_alpha=3, n_icc=0, note="x"))
    rows = reliability_rows(rel)
    icc = next(r for r in rows if "ICC(2,k)" in r.label)
    assert icc.value is None and icc.note == ICC_UNDEFINED == "n/a (too few candidates or no variance)"


def test_a_near_degenerate_stage_never_prints_a_figure_below_minus_one():
    # candidates barely differ and members disagree: the textbook formula's denominator nearly vanishes and
    # ICC(2,k) came out as -9.00 here (-216.00 on a real stage); the minutes print n/a instead
    assert icc2([[4, 2, 3], [2, 3, 3], [3, 4, 3]]) is None
