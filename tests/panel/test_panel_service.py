"""The panel stage by hand-computed cases: final marks, consensus, totals, divergence, visibility, ranking JSON."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused
from panel_app.services.edits import RulesEdit

from .conftest import CODES, everyone, give, hand_total

CONTRACT = {"candidate", "rank", "total", "final", "members_submitted", "divergent", "article29", "status", "reason"}


def test_final_is_the_mean_without_na_and_conflicted_members(panel):
    sv, ref, emails, actor = panel
    c0 = emails[0]
    sv.scoring.declare_conflict(ref, actor("Member Eva"), c0, "former colleague", "professional")
    give(sv, ref, "Chair Anna", c0, 2, {"S2-DEVOPS": 4, "S3-CICD": "NA"})
    give(sv, ref, "Member Bob", c0, 3, {"S2-DEVOPS": "NA", "S3-CICD": "NA"})
    for e in emails[1:]:
        everyone(sv, ref, e, 3)
    row = next(r for r in sv.panel.panel_table(ref, actor("Chair Anna")) if r.email == c0)
    assert (row.members_submitted, row.expected, row.visible) == (2, 2, True)
    assert row.criteria["S1-DEGREE"].final == 2.5
    assert row.criteria["S2-DEVOPS"].final == 4.0  # Bob's N/A is not a zero
    assert row.criteria["S3-CICD"].final is None and row.criteria["S3-CICD"].state == "na"
    assert set(row.criteria["S1-DEGREE"].marks) == {"Chair Anna", "Member Bob"}  # Eva recused
    assert row.member_totals == {"Chair Anna": pytest.approx(48 / 84 * 100), "Member Bob": 75.0}
    assert row.total == pytest.approx(57 / 84 * 100)  # (3×4 + 18×2.5) / (21×4)
    # Eva, conflicted, sees the counts but never the marks of the row
    eva_row = next(r for r in sv.panel.panel_table(ref, actor("Member Eva")) if r.email == c0)
    assert eva_row.visible is False and "criteria" not in eva_row.as_json() and eva_row.members_submitted == 2
    ranked = {r.candidate: r for r in sv.panel.ranking(ref, actor("Member Bob"))}
    assert ranked[c0].total == pytest.approx(67.857143, abs=1e-5)
    assert ranked[c0].final["S3-CICD"] is None and ranked[c0].members_submitted == 2
    eva_view = {r.candidate: r for r in sv.panel.ranking(ref, actor("Member Eva"))}
    assert eva_view[c0].total is None and set(eva_view[c0].final.values()) == {None}


def test_divergence_flag_consensus_and_justification(panel):
    sv, ref, emails, actor = panel
    c1 = emails[1]
    everyone(sv, ref, c1, 3, {"Chair Anna": {"S4-CONTAINERS": 0, "S5-IAC": 2, "S6-CLOUD": 1},
                              "Member Bob": {"S4-CONTAINERS": 2, "S6-CLOUD": 3},
                              "Member Eva": {"S4-CONTAINERS": 4, "S6-CLOUD": 2}})
    chair = actor("Chair Anna")
    row = next(r for r in sv.panel.panel_table(ref, chair) if r.email == c1)
    cells = row.criteria
    assert (cells["S4-CONTAINERS"].spread, cells["S4-CONTAINERS"].divergent) == (4.0, True)
    assert (cells["S6-CLOUD"].spread, cells["S6-CLOUD"].divergent) == (2.0, True)  # 2 points apart: flagged
    assert (cells["S5-IAC"].spread, cells["S5-IAC"].divergent) == (1.0, False)
    assert row.divergent == ["S4-CONTAINERS", "S6-CLOUD"] and row.max_spread == 4.0
    with pytest.raises(Refused, match="justification"):
        sv.panel.consensus_set(ref, chair, c1, "S4-CONTAINERS", 3, "")  # mean 2, |3 − 2| > 0.5
    with pytest.raises(Refused, match="chair"):
        sv.panel.consensus_set(ref, actor("Member Bob"), c1, "S4-CONTAINERS", 2, "")
    sv.panel.consensus_set(ref, chair, c1, "S4-CONTAINERS", 2.5, "")  # exactly 0.5 away: no justification needed
    out = sv.panel.consensus_set(ref, chair, c1, "S4-CONTAINERS", 3, "Kubernetes in production, CV p. 2",
                                 minority="Member Bob would keep 2").result
    assert out.mean == 2.0 and out.value == 3
    cell = next(r for r in sv.panel.panel_table(ref, chair) if r.email == c1).criteria["S4-CONTAINERS"]
    assert (cell.final, cell.consensus, cell.justification) == (3.0, 3.0, "Kubernetes in production, CV p. 2")
    assert cell.minority == "Member Bob would keep 2" and cell.needs_justification
    finals = dict.fromkeys(CODES, 3.0) | {"S5-IAC": 8 / 3, "S6-CLOUD": 2.0}
    assert next(r for r in sv.panel.panel_table(ref, chair) if r.email == c1).total == pytest.approx(
        hand_total(finals), abs=1e-5)
    events = sv.procedures.audit_trail(ref, "consensus.set")
    assert len(events) == 2 and events[0].after["justification"] == "Kubernetes in production, CV p. 2"
    assert events[0].before == {"value": 2.5, "justification": ""}


def test_consensus_waits_for_every_submission(panel):
    sv, ref, emails, actor = panel
    give(sv, ref, "Chair Anna", emails[0], 1)
    give(sv, ref, "Member Bob", emails[0], 4)
    with pytest.raises(Refused, match="2 of 3"):
        sv.panel.consensus_set(ref, actor("Chair Anna"), emails[0], "S1-DEGREE", 2, "")
    row = next(r for r in sv.panel.panel_table(ref, actor("Chair Anna")) if r.email == emails[0])
    assert row.visible is False and (row.members_submitted, row.expected) == (2, 3)
    # Bob submitted this candidate: he sees the row (the marks submitted so far), not the final
    bob_row = next(r for r in sv.panel.panel_table(ref, actor("Member Bob")) if r.email == emails[0])
    assert bob_row.visible is True and bob_row.criteria["S1-DEGREE"].final is None


def test_ranking_contract_pending_and_refusals(panel):
    sv, ref, emails, actor = panel
    for e in emails[:3]:
        everyone(sv, ref, e, 3)
    give(sv, ref, "Chair Anna", emails[3], 2)
    give(sv, ref, "Member Eva", emails[3], 2)
    give(sv, ref, "Member Bob", emails[3], 2, submit=False)
    with pytest.raises(Refused, match="Member Bob has not submitted 1"):
        sv.panel.ranking(ref, actor("Member Bob"))
    with pytest.raises(Refused, match="every member has submitted"):
        sv.panel.ranking(ref, actor("Chair Anna"))
    with pytest.raises(Refused):
        sv.panel.ranking(ref, actor("Observer Olga"))
    with pytest.raises(Refused):
        sv.panel.reliability(ref, actor("Member Bob"))
    rows = sv.panel.ranking(ref, actor("Member Eva"))
    assert all(set(r.as_json()) == CONTRACT for r in rows) and len(rows) == 4
    pending = rows[-1]
    assert pending.as_json() == {"candidate": emails[3], "rank": None, "total": None, "final": dict.fromkeys(CODES),
                       "members_submitted": 2, "divergent": [], "article29": None, "status": "pending",
                       "reason": "pending: 2 of 3 members have submitted"}
    top = rows[0]
    assert isinstance(top.rank, int) and isinstance(top.total, float) and top.total == 75.0
    assert top.final == dict.fromkeys(CODES, 3.0) and top.status == "invited" and top.reason == "invited"
    assert [r.rank for r in rows[:3]] == [1, 1, 1]
    sv.scoring.submit(ref, actor("Member Bob"), emails[3])
    rows = sv.panel.ranking(ref, actor("Chair Anna"))
    low = next(r for r in rows if r.candidate == emails[3])
    assert (low.status, low.total, low.rank) == ("below_pass_mark", 50.0, 4)
    assert low.reason == "below the pass mark (50 < 60)"
    rel = sv.panel.reliability(ref, actor("Chair Anna"))
    assert rel.overall is not None and rel.overall.n_alpha == 4 and "too few" in rel.overall.note
    assert rel.leniency == {"Chair Anna": 0.0, "Member Bob": 0.0, "Member Eva": 0.0}


def test_sql_cell_statistics_rank_exactly_like_the_domain_aggregation(panel):
    """The ranking aggregates per cell in SQL; it must agree with domain.aggregate() over the marks."""
    from panel_app.services.panel_data import load
    from panel_app.services.panel_rank import compute, ranking_rows
    from panel_app.store import read_only

    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    sv.grid.update_rules(ref, RulesEdit(consolidation="consensus_required"), sv.grid.grid(ref).version, chair,
                         reason="test")
    sv.scoring.declare_conflict(ref, actor("Member Bob"), emails[0], "cousin", "family")
    give(sv, ref, "Chair Anna", emails[0], 2.5, {"S3-CICD": "NA", "S5-IAC": 4})
    give(sv, ref, "Member Eva", emails[0], 3, {"S3-CICD": "NA", "S5-IAC": 1})
    everyone(sv, ref, emails[1], 3, {"Member Bob": {"A1-TOOLS": "NA", "S2-DEVOPS": 1}})
    everyone(sv, ref, emails[2], 2, {"Member Eva": {"S9-COORDINATION": 4}})
    give(sv, ref, "Chair Anna", emails[3], 4)
    sv.panel.consensus_set(ref, chair, emails[0], "S5-IAC", 3, "agreed")
    with read_only(sv.db) as s:
        slow, fast = load(s, ref), load(s, ref, fast=True)
    assert fast.marks == [] and slow.cells is None
    a, b = ranking_rows(slow, compute(slow)), ranking_rows(fast, compute(fast))
    assert a == b
    assert [r.status for r in a].count("pending") == 3  # S2 and S9 divergent, no consensus; c3 incomplete


def test_the_chairs_refused_ranking_from_the_counts_says_what_the_full_check_says(panel):
    """The chair's ranking poll is refused from the progress counts before the stage is loaded: the same
    number and the same words as the full check (conflicts and unsubmitted drafts counted alike)."""
    sv, ref, emails, actor = panel
    sv.scoring.declare_conflict(ref, actor("Member Eva"), emails[2], "Former colleague.", "professional")
    everyone(sv, ref, emails[0], 3)
    give(sv, ref, "Member Bob", emails[1], 2, submit=False)
    chair = actor("Chair Anna")
    with pytest.raises(Refused) as early:
        sv.panel.ranking(ref, chair)
    with pytest.raises(Refused) as full:
        sv.panel.reliability(ref, chair)  # loads the stage, then checks
    assert str(early.value) == str(full.value)
    assert "assessment(s) of the preselection stage are not submitted yet" in str(early.value)
