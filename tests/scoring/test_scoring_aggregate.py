"""Aggregation: hand-computed cells and totals."""

from __future__ import annotations

import pytest

from panel_app.domain.scoring import (
    CriterionRule,
    Mark,
    RankingRules,
    aggregate,
    needs_justification,
)

K = [CriterionRule("K", 1)]


def test_mean_excludes_na_and_missing():
    marks = [Mark("A", "x", "K", 3), Mark("B", "x", "K", None, na=True), Mark("C", "x", "K", 1)]
    agg = aggregate(marks, K, ["A", "B", "C", "D"])
    cell = agg.cells[("x", "K")]
    assert (cell.n, cell.mean, cell.min, cell.max, cell.spread) == (2, 2.0, 1, 3, 2)
    assert cell.na_count == 1
    assert cell.missing == ("D",)  # D has not marked; B's N/A is a mark, not a missing one
    assert agg.finals["x"]["K"] == 2.0
    assert agg.totals["x"] == pytest.approx(50.0)


def test_conflicted_member_left_out():
    marks = [Mark("A", "x", "K", 3), Mark("B", "x", "K", 4), Mark("C", "x", "K", 0)]
    agg = aggregate(marks, K, ["A", "B", "C"], conflicts={("C", "x")})
    cell = agg.cells[("x", "K")]
    assert cell.n == 2 and cell.mean == 3.5 and cell.missing == ()
    assert "C" not in agg.member_totals["x"]
    assert agg.member_totals["x"] == {"A": 75.0, "B": 100.0}


def test_non_voting_members_and_other_criteria_ignored():
    marks = [Mark("A", "x", "K", 2), Mark("OBS", "x", "K", 4), Mark("A", "x", "OTHER", 4)]
    agg = aggregate(marks, K, ["A"])
    assert agg.cells[("x", "K")].n == 1
    assert ("x", "OTHER") not in agg.cells


def test_consensus_overrides_the_mean():
    marks = [Mark("A", "x", "K", 1), Mark("B", "x", "K", 2)]
    agg = aggregate(marks, K, ["A", "B"], consensus={("x", "K"): 3})
    cell = agg.cells[("x", "K")]
    assert cell.mean == 1.5 and cell.final == 3.0 and cell.consensus == 3
    assert cell.needs_justification  # |3 − 1.5| > 0.5
    assert agg.totals["x"] == 75.0


def test_needs_justification_boundary():
    assert needs_justification(2.5, 2.0) is False  # exactly 0.5 away
    assert needs_justification(2.6, 2.0) is True
    assert needs_justification(1.0, 1.75) is True
    assert needs_justification(3.0, None) is False


def test_divergence_flag_at_spread_two():
    marks = [Mark("A", "x", "K", 1), Mark("B", "x", "K", 3), Mark("A", "y", "K", 1.5), Mark("B", "y", "K", 3)]
    agg = aggregate(marks, K, ["A", "B"], rules=RankingRules(pass_mark=60, divergence_points=2))
    assert agg.cells[("x", "K")].divergent is True  # spread 2
    assert agg.cells[("y", "K")].divergent is False  # spread 1.5
    assert [c.candidate for c in agg.divergent()] == ["x"]


def test_consensus_required_leaves_divergent_cell_pending():
    rules = RankingRules(pass_mark=60, consolidation="consensus_required")
    crit = [CriterionRule("K", 1), CriterionRule("L", 1)]
    marks = [Mark("A", "x", "K", 1), Mark("B", "x", "K", 3), Mark("A", "x", "L", 2), Mark("B", "x", "L", 3)]
    agg = aggregate(marks, crit, ["A", "B"], rules=rules)
    assert agg.finals["x"] == {"K": None, "L": 2.5}
    assert agg.pending == {"x": {"K": "consensus needed"}}
    assert agg.cells[("x", "K")].state == "consensus needed"
    assert agg.totals["x"] == pytest.approx(2.5 / 4 * 100)  # K left out of both sums
    agg2 = aggregate(marks, crit, ["A", "B"], rules=rules, consensus={("x", "K"): 2})
    assert agg2.finals["x"] == {"K": 2.0, "L": 2.5}
    assert agg2.pending == {}
    # With "mean", the same divergent cell has its mean.
    assert aggregate(marks, crit, ["A", "B"]).finals["x"]["K"] == 2.0


def test_total_with_weights_and_missing_criteria():
    crit = [CriterionRule("K1", 3), CriterionRule("K2", 2), CriterionRule("K3", 1), CriterionRule("K4", 2)]
    marks = [
        Mark("A", "x", "K1", 3), Mark("B", "x", "K1", 3),
        Mark("A", "x", "K2", 1), Mark("B", "x", "K2", 3),
        Mark("A", "x", "K4", None, na=True), Mark("B", "x", "K4", None, na=True),
        # K3: nobody has marked it
    ]
    agg = aggregate(marks, crit, ["A", "B"])
    # (3×3 + 2×2) / (3×4 + 2×4) × 100 = 13 / 20 × 100 = 65
    assert agg.totals["x"] == pytest.approx(65.0)
    assert agg.finals["x"] == {"K1": 3.0, "K2": 2.0, "K3": None}  # K4 N/A for everyone: absent
    assert agg.cells[("x", "K4")].state == "na"
    assert agg.pending == {"x": {"K3": "marks missing"}}
    assert agg.cells[("x", "K3")].missing == ("A", "B")
    # Member totals: A = (9 + 2) / 20 = 55 %, B = (9 + 6) / 20 = 75 %
    assert agg.member_totals["x"]["A"] == pytest.approx(55.0)
    assert agg.member_totals["x"]["B"] == pytest.approx(75.0)


def test_candidates_list_and_no_marks():
    agg = aggregate([], K, ["A"], candidates=["x"])
    assert agg.totals["x"] is None
    assert agg.pending == {"x": {"K": "marks missing"}}
    assert agg.member_totals["x"] == {"A": None}
