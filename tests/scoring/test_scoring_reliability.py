"""Reliability against published examples and an independent O(n²) implementation."""

from __future__ import annotations

import itertools

import pytest

from panel_app.domain.scoring import (
    CriterionRule,
    Mark,
    icc2,
    krippendorff_alpha,
    leniency,
    reliability,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders × 12 units, missing values.
CODERS = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    "C": [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
}
UNITS = list(zip(*CODERS.values(), strict=True))

# Shrout & Fleiss (1979), table 2: 6 targets × 4 judges.
SF = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def naive_alpha(units, level):
    """Straight from the definition: pairwise disagreements within units vs between all values."""
    units = [[v for v in u if v is not None] for u in units]
    units = [u for u in units if len(u) >= 2]
    pool = [v for u in units for v in u]
    n = len(pool)
    freq = {v: pool.count(v) for v in set(pool)}

    def d2(a, b):
        if level == "nominal":
            return 0.0 if a == b else 1.0
        if level == "interval":
            return (a - b) ** 2
        lo, hi = min(a, b), max(a, b)
        between = sum(f for v, f in freq.items() if lo <= v <= hi)
        return (between - (freq[a] + freq[b]) / 2) ** 2

    d_o = sum(d2(a, b) / (len(u) - 1) for u in units for a, b in itertools.permutations(u, 2)) / n
    d_e = sum(d2(a, b) for a, b in itertools.permutations(pool, 2)) / (n * (n - 1))
    return 1 - d_o / d_e


def test_krippendorff_published_values():
    assert krippendorff_alpha(UNITS, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(UNITS, "ordinal") == pytest.approx(0.815, abs=5e-4)
    assert krippendorff_alpha(UNITS, "interval") == pytest.approx(0.849, abs=5e-4)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval"])
def test_krippendorff_matches_naive(level):
    assert krippendorff_alpha(UNITS, level) == pytest.approx(naive_alpha(UNITS, level), abs=1e-12)
    sf_units = [row for row in SF]
    assert krippendorff_alpha(sf_units, level) == pytest.approx(naive_alpha(sf_units, level), abs=1e-12)


def test_krippendorff_undefined_without_variation():
    assert krippendorff_alpha([[2, 2], [2, 2, None]]) is None


def test_icc_shrout_fleiss():
    icc21, icc2k = icc2(SF)
    assert round(icc21, 2) == 0.29
    assert round(icc2k, 2) == 0.62


def sf_marks(targets=SF, criterion="K"):
    return [Mark(f"J{j}", f"t{i}", criterion, v) for i, row in enumerate(targets) for j, v in enumerate(row)]


def test_reliability_from_marks():
    rep = reliability(sf_marks(), [CriterionRule("K", 1)])
    r = rep.per_criterion["K"]
    assert r.n_alpha == r.n_icc == 6 and r.note == ""
    assert r.icc2k == pytest.approx(icc2(SF)[1])
    assert r.alpha == pytest.approx(krippendorff_alpha(SF))
    assert rep.overall.icc2k == pytest.approx(r.icc2k)


def test_incomplete_cases_and_conflicts_dropped_from_icc():
    extra = [Mark("J0", "t6", "K", 3), Mark("J1", "t6", "K", 3)]  # t6 not complete
    conflict = [Mark(f"J{j}", "t7", "K", 4) for j in range(4)]  # J3 conflicted on t7
    rep = reliability(sf_marks() + extra + conflict, [CriterionRule("K", 1)], conflicts={("J3", "t7")})
    r = rep.per_criterion["K"]
    assert r.n_icc == 6 and r.icc2k == pytest.approx(icc2(SF)[1])
    assert r.n_alpha == 8


def test_too_few_candidates():
    rep = reliability(sf_marks(SF[:4]), [CriterionRule("K", 1)])
    r = rep.per_criterion["K"]
    assert r.alpha is None and r.icc2k is None
    assert "too few candidates" in r.note
    assert r.n_alpha == 4


def test_leniency_hand_computed():
    values = {
        ("c1", "K"): {"A": 3, "B": 1},  # mean 2
        ("c2", "K"): {"A": 4, "B": 2, "C": 3},  # mean 3
        ("c3", "K"): {"B": 2},  # alone: no panel to compare with
    }
    # A: (3 + 4) / 2 − (2 + 3) / 2 = +1; B: (1 + 2) / 2 − (2 + 3) / 2 = −1; C: 3 − 3 = 0
    assert leniency(values, ["A", "B", "C", "D"]) == {"A": 1.0, "B": -1.0, "C": 0.0}
    marks = [Mark(m, c, k, v) for (c, k), d in values.items() for m, v in d.items()]
    marks.append(Mark("A", "c3", "K", None, na=True))
    assert reliability(marks, [CriterionRule("K", 1)]).leniency == {"A": 1.0, "B": -1.0, "C": 0.0}
