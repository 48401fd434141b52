"""Shortlist: freeze with pending refused, sign-offs, a change after the freeze, ties at the cut, Art. 29 first;
then the interview of the invited candidates, the final ranking and the reserve list."""

from __future__ import annotations

import json
from datetime import date

import pytest

from panel_app.domain.errors import NotFound, Refused, UserFacingError
from panel_app.services.edits import RulesEdit

from .conftest import INTERVIEW, MEMBERS, everyone


def amend(sv, ref, chair, **changes):
    sv.grid.update_rules(ref, RulesEdit(**changes), sv.grid.grid(ref).version, chair, reason="test set-up")


@pytest.fixture
def four(panel):
    """c0 = 100 %, c1 = c2 = 75 % (c2 an Art. 29 official), c3 = 50 %; best N = 2."""
    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    amend(sv, ref, chair, best_n=2)
    app = sv.eligibility.application_of(ref, emails[2])
    sv.eligibility.set_article29(ref, app, "official", "form: staff number 123456", chair)
    for e, v in zip(emails, (4, 3, 3, 2), strict=True):
        everyone(sv, ref, e, v)
    return sv, ref, emails, actor


def test_tie_at_the_cut_is_invited_and_article29_comes_first(four):
    sv, ref, emails, actor = four
    sl = sv.panel.shortlist(ref, actor("Member Bob"))
    assert [r.candidate for r in sl.article29] == [emails[2]]
    assert [r.candidate for r in sl.invited] == [emails[0], emails[1]]
    assert sorted(sl.ties_at_cut) == sorted([emails[1], emails[2]])
    assert sl.article29[0].reason == "invited: tied at the cut-off with rank 2"
    assert [r.rank for r in sl.article29 + sl.invited] == [2, 1, 2]
    assert sl.not_invited_counts == {"below_pass_mark": 1}
    assert "the best 2 are invited, and all candidates tied at the cut-off" in sl.rule
    assert (sl.pass_mark, sl.best_n, sl.frozen, sl.signoffs) == (60.0, 2, False, [])


def test_freeze_sign_and_change(four):
    sv, ref, emails, actor = four
    chair, bob, eva = (actor(n) for n in MEMBERS)
    with pytest.raises(Refused, match="not frozen"):
        sv.panel.sign(ref, bob)
    with pytest.raises(Refused, match="only the chair"):
        sv.panel.freeze(ref, bob)
    out = sv.panel.freeze(ref, chair).result
    assert sorted(out.invited) == sorted(emails[:3]) and out.signoffs_cleared == 0
    sv.panel.sign(ref, bob)
    sv.panel.sign(ref, eva)
    with pytest.raises(Refused, match="already signed"):
        sv.panel.sign(ref, bob)
    olga = actor("Observer Olga")
    sv.scoring.declare_confidentiality(ref, olga)
    with pytest.raises(Refused, match="does not vote"):
        sv.panel.sign(ref, olga)
    sl = sv.panel.shortlist(ref, chair)
    assert sl.frozen and [s.member for s in sl.signoffs] == ["Member Bob", "Member Eva"]
    assert sl.signatures_missing == ["Chair Anna"]
    # a change after the freeze needs a reason, and clears the sign-offs
    sv.panel.edit_reason(ref, chair, emails[3], "Below the pass mark of 60 % (50 %).")
    with pytest.raises(Refused, match="needs a reason"):
        sv.panel.freeze(ref, chair)
    out = sv.panel.freeze(ref, chair, reason="reworded the reason of one candidate").result
    assert out.signoffs_cleared == 2
    sl = sv.panel.shortlist(ref, chair)
    assert sl.signoffs == [] and sl.freeze_reason == "reworded the reason of one candidate"
    assert sl.reasons_edited == {emails[3]: "Below the pass mark of 60 % (50 %)."}
    other = next(r for r in sl.others if r.candidate == emails[3])
    assert other.reason == "below the pass mark (50 < 60)"  # the generated reason is kept
    sv.panel.sign(ref, bob)
    change = sv.procedures.audit_trail(ref, "shortlist.change")
    assert len(change) == 1 and change[0].after["signoffs_cleared"] == 2
    assert change[0].after["reason"] == "reworded the reason of one candidate"
    assert len(sv.procedures.audit_trail(ref, "shortlist.sign")) == 3


def test_freeze_refused_while_pending(panel):
    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    amend(sv, ref, chair, consolidation="consensus_required")
    for e in emails[:3]:
        everyone(sv, ref, e, 3)
    everyone(sv, ref, emails[3], 3, {"Member Bob": {"S1-DEGREE": 1}}, submit=False)
    with pytest.raises(Refused, match="not submitted"):
        sv.panel.freeze(ref, chair)
    for name in MEMBERS:
        sv.scoring.submit(ref, actor(name), emails[3])
    with pytest.raises(Refused, match="pending .*consensus needed on S1-DEGREE"):
        sv.panel.freeze(ref, chair)
    ranked = {r.candidate: r for r in sv.panel.ranking(ref, chair)}
    assert ranked[emails[3]].status == "pending" and ranked[emails[3]].final["S1-DEGREE"] is None
    sv.panel.consensus_set(ref, chair, emails[3], "S1-DEGREE", 3, "the diploma is relevant")
    assert sv.panel.freeze(ref, chair).result.invited


def test_interview_final_ranking_and_reserve_list(four):
    sv, ref, emails, actor = four
    chair, bob = actor("Chair Anna"), actor("Member Bob")
    assert sv.scoring.my_candidates(ref, bob, "interview") == []
    sv.panel.freeze(ref, chair)
    assert sorted(c.email for c in sv.scoring.my_candidates(ref, bob, "interview")) == sorted(emails[:3])
    for e, v in zip(emails[:3], (4, 3, 2), strict=True):
        everyone(sv, ref, e, v, stage="interview")
    rows = sv.panel.ranking(ref, chair, "interview")
    assert [r.candidate for r in rows] == emails[:3]  # only the invited
    assert set(rows[0].final) == set(INTERVIEW)
    fr = sv.panel.final_ranking(ref, chair)
    assert fr.method == "interview_only"
    assert [(r.candidate, r.rank, r.total, r.status) for r in fr.rows] == [
        (emails[0], 1, 100.0, "passed"), (emails[1], 2, 75.0, "passed"), (emails[2], None, 50.0, "below_pass_mark")]
    amend(sv, ref, chair, final_ranking="combined")
    fr = sv.panel.final_ranking(ref, chair)
    c1 = next(r for r in fr.rows if r.candidate == emails[1])
    assert (c1.preselection_total, c1.interview_total, c1.total) == (75.0, 75.0, 75.0)
    c0 = fr.rows[0]
    assert c0.total == pytest.approx(0.4 * 100 + 0.6 * 100)
    sv.panel.set_outcome(ref, chair, emails[0], "recommended")
    with pytest.raises(UserFacingError, match="validity date"):
        sv.panel.set_outcome(ref, chair, emails[1], "reserve")
    sv.panel.set_outcome(ref, chair, emails[1], "reserve", date(2027, 12, 31))
    with pytest.raises(Refused, match="did not pass the interview"):
        sv.panel.set_outcome(ref, chair, emails[2], "reserve", date(2027, 12, 31))
    with pytest.raises(NotFound):
        sv.panel.set_outcome(ref, chair, emails[3], "recommended")
    with pytest.raises(Refused):
        sv.panel.set_outcome(ref, bob, emails[0], None)
    out = {r.candidate: (r.outcome, r.valid_until) for r in sv.panel.final_ranking(ref, bob).rows}
    assert out == {emails[0]: ("recommended", None), emails[1]: ("reserve", "2027-12-31"), emails[2]: (None, None)}
    audit = sv.procedures.audit_trail(ref, "outcome.set")
    assert {json.dumps(a.after, sort_keys=True) for a in audit} == {
        '{"outcome": "recommended", "valid_until": null}', '{"outcome": "reserve", "valid_until": "2027-12-31"}'}


def test_robustness_names_the_member_who_changes_the_list(panel):
    sv, ref, emails, actor = panel
    chair = actor("Chair Anna")
    amend(sv, ref, chair, best_n=1)
    everyone(sv, ref, emails[0], 3, {"Member Eva": {"S2-DEVOPS": 0}})  # without Eva: c0 = 75 %
    everyone(sv, ref, emails[1], 3, {"Member Eva": {"S2-DEVOPS": 4}, "Member Bob": {"S1-DEGREE": 2},
                                     "Chair Anna": {"S1-DEGREE": 2}})
    for e in emails[2:]:
        everyone(sv, ref, e, 2)
    found = sv.panel.robustness(ref, chair)
    eva = next(f for f in found if f.detail == "without Member Eva")
    assert eva.came_in == [emails[0]] and eva.went_out == [emails[1]]
    assert eva.text.startswith("The list would change if Member Eva's marks were left out: ")
