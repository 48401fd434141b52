"""The sign-off of the shortlist is refused while the live ranking differs from the frozen list (it was only
warned of): the refusal names the candidate that moved and the marks changed since the freeze; the chair
freezes again with a reason, then the members sign (issue 16/18)."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused
from panel_app.domain.scoring.drift import Placed, ranking_drift

from .conftest import CODES, MEMBERS
from .test_shortlist_service import four  # noqa: F401  (a fixture)


def test_ranking_drift_names_each_change():
    frozen = [Placed("a", 1, 90.0, "invited"), Placed("b", 2, 70.0, "invited"), Placed("c", 3, 55.0,
                                                                                     "below_pass_mark")]
    assert ranking_drift(frozen, list(frozen)) == []
    live = [Placed("a", 1, 90.0000001, "invited"), Placed("c", 2, 72.0, "invited"), Placed("b", 3, 70.0, "not_invited"),
            Placed("d", 4, 10.0, "below_pass_mark")]
    assert ranking_drift(frozen, live, {"c": "Cruz, Ana"}) == [
        "b: invited at the freeze, now not invited, moved from rank 2 to rank 3",
        "Cruz, Ana: below pass mark at the freeze, now invited, moved from rank 3 to rank 2, its total changed",
        "d: not in the frozen list, now below pass mark"]
    assert ranking_drift([Placed("a", 1, 90.0, "invited")], [Placed("a", 1, 88.0, "invited")]) == [
        "a: its total changed (rank 1 kept)"]
    assert ranking_drift([Placed("a", 1, 90.0, "invited")], []) == ["a: in the frozen list (invited), no longer ranked"]


def _remark(sv, ref, actor, email, value):
    """The chair reopens Eva's assessment of `email`; Eva changes every mark to `value` and submits again."""
    sv.scoring.reopen(ref, actor("Chair Anna"), "Member Eva", email, "Eva found a page she had missed")
    eva = actor("Member Eva")
    for code in CODES:
        sv.scoring.set_mark(ref, eva, email, code, value)
    sv.scoring.submit(ref, eva, email)


def test_sign_off_is_refused_after_the_ranking_moved_until_the_chair_freezes_again(four):  # noqa: F811
    sv, ref, emails, actor = four
    chair, bob, eva = (actor(n) for n in MEMBERS)
    sv.panel.freeze(ref, chair)
    sv.panel.sign(ref, bob)
    assert sv.panel.shortlist(ref, chair).drift == []

    _remark(sv, ref, actor, emails[3], 4)  # c3: 50 % -> 66.7 %, above the pass mark now
    sl = sv.panel.shortlist(ref, chair)
    assert sl.changed_since_freeze and sl.drift == [
        f"{next(r.name for r in sl.others if r.candidate == emails[3])}: below pass mark at the freeze, "
        "now not invited, its total changed"]
    assert {(m.by, m.candidate) for m in sl.marks_changed_since_freeze} == {("Member Eva", emails[3])}
    assert len(sl.marks_changed_since_freeze) == len(CODES)

    with pytest.raises(Refused) as refused:
        sv.panel.sign(ref, eva)
    text = refused.value.message
    assert text.startswith("The live ranking no longer matches the shortlist frozen at ")
    assert "below pass mark at the freeze, now not invited" in text
    assert f"Changed since the freeze: Member Eva on {emails[3]}: 15 marks (S1-DEGREE, S2-DEVOPS, S3-CICD and 12 " \
        "more), last " in text
    assert "freezes the shortlist again, with the reason" in refused.value.hint
    signed = sv.panel.shortlist(ref, chair).signoffs
    assert [s.member for s in signed] == ["Member Bob"]  # nothing was signed
    assert len(sv.procedures.audit_trail(ref, "shortlist.sign")) == 1

    sv.panel.freeze(ref, chair, reason="Eva's assessment of one candidate corrected")
    sl = sv.panel.shortlist(ref, chair)
    assert sl.drift == [] and not sl.changed_since_freeze and sl.signoffs == []
    sv.panel.sign(ref, eva)
    assert [s.member for s in sv.panel.shortlist(ref, chair).signoffs] == ["Member Eva"]


def test_mark_lines_group_by_member_and_candidate():
    from panel_app.domain.scoring.drift import MarkChange, mark_lines

    marks = [MarkChange("a@x.eu", "S1", "Member Eva", "t1"), MarkChange("a@x.eu", "S2", "Member Eva", "t2"),
             MarkChange("b@x.eu", "S1", "Member Bob", "t3"), MarkChange("b@x.eu", "S4", "consensus", "t4")]
    assert mark_lines(marks) == ["Member Eva on a@x.eu: 2 marks (S1, S2), last t2",
                                 "Member Bob on b@x.eu: the mark of S1, last t3",
                                 "consensus on b@x.eu: the consensus on S4, last t4"]
