"""The ranking's early refusal counts the missing assessments in one SQL count (store/scoring.missing_assessments):
it must be the sum of expected − submitted over the progress rows (store/scoring.progress_counts) in every state,
and the refusal must name that number."""

from __future__ import annotations

from panel_app.domain.errors import Refused
from panel_app.store import read_only
from panel_app.store import scoring as qs

from .conftest import MEMBERS, everyone, give


def _both(sv, ref):
    from panel_app.services.scoring_access import procedure_for

    with read_only(sv.db) as s:
        p = procedure_for(s, ref)
        summed = sum(expected - done for *_, expected, done in qs.progress_counts(s, p.id, "preselection"))
        return qs.missing_assessments(s, p.id, "preselection"), summed


def _refusal_count(sv, ref, chair) -> int | None:
    try:
        sv.panel.ranking(ref, chair)
    except Refused as e:
        return int(str(e).split(" ", 1)[0])
    return None


def test_missing_assessments_is_the_sum_of_the_progress_rows(panel):
    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    states = []
    states.append(_both(sv, ref))  # nothing submitted: every pair missing
    assert states[-1][0] == len(emails) * len(MEMBERS)
    give(sv, ref, "Member Bob", emails[0], 3)  # one submitted
    give(sv, ref, "Member Eva", emails[1], 2, submit=False)  # a draft counts as missing
    states.append(_both(sv, ref))
    sv.scoring.declare_conflict(ref, actor("Member Eva"), emails[2], "my former colleague")  # no longer expected
    states.append(_both(sv, ref))
    for e in emails:
        if e != emails[2]:
            everyone(sv, ref, e, 3) if e != emails[0] else [give(sv, ref, n, e, 3) for n in MEMBERS if n != "Member Bob"]
    states.append(_both(sv, ref))
    for found, summed in states:
        assert found == summed
    assert states[2][0] == states[1][0] - 1
    left = states[-1][0]
    assert left == 2  # emails[2]: Chair Anna and Member Bob have not submitted; Eva is conflicted
    assert _refusal_count(sv, ref, chair) == left
    for n in ("Chair Anna", "Member Bob"):
        give(sv, ref, n, emails[2], 3)
    assert _both(sv, ref) == (0, 0)
    assert _refusal_count(sv, ref, chair) is None  # the ranking is shown
