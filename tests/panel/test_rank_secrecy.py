"""Nothing derived from the comparison of candidates (rank, invited, reasons) shows to a member before the
ranking is visible to them (issue 18 item 3: "rank 1, invited" after submitting 1 of 19)."""

from __future__ import annotations

from tests.panel.conftest import everyone


def test_a_member_who_submitted_one_candidate_sees_its_marks_but_no_rank_or_status(panel):
    sv, ref, emails, actor = panel
    everyone(sv, ref, emails[0], 3)  # all three submitted the first candidate, nothing else
    rows = {r.email: r for r in sv.panel.panel_table(ref, actor("Member Bob"))}
    first = rows[emails[0]]
    assert first.visible and first.total is not None  # the marks of a candidate he submitted: allowed
    assert first.rank is None and first.status is None
    assert "ranking is shown only after" in first.reason
    # the chair, with everything of the stage not yet submitted, sees no rank either
    chair_rows = {r.email: r for r in sv.panel.panel_table(ref, actor("Chair Anna"))}
    assert chair_rows[emails[0]].rank is None and chair_rows[emails[0]].status is None


def test_once_every_assessment_is_in_the_rank_shows(panel):
    sv, ref, emails, actor = panel
    for i, email in enumerate(emails):
        everyone(sv, ref, email, 1 + i % 3)
    rows = sv.panel.panel_table(ref, actor("Member Bob"))
    assert all(r.rank is not None and r.status for r in rows if r.visible)
