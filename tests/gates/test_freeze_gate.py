"""The freeze needs eligibility decided by a person for every invitee, every candidate tied at the cut and
every Article 29 candidate (in both modes); an application imported after the freeze is held for the chair,
who admits it (the shortlist is reopened, sign-offs void) or records it out of scope, with a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from panel_app.domain.changes import Change
from panel_app.domain.errors import Refused, UserFacingError
from panel_app.store import read_only
from panel_app.store.models import AuditEvent
from tests.eligibility_service.fixtures import email_of, write_cases
from tests.panel.conftest import everyone
from tests.scoring_service.conftest import who

from .conftest import queue

LATE_CASES = {
    "after_one": ({"surname": "Kowalska", "first_name": "Ewa", "nationalities": ["PL"]}, {}, {}),
    "after_two": ({"surname": "Dupont", "first_name": "Jean", "nationalities": ["FR"]}, {}, {}),
}


def _exclude(sv, ref, ids, keys):
    sec = who(sv, ref, "Secretary Sam")
    for k in keys:
        sv.eligibility.exclude(ref, ids[k], f"Test: {k} is not scored here", sec)


def test_parallel_mode_freeze_refused_while_an_invitee_is_to_verify(gated):
    sv, ref, ids = gated
    chair, sec = who(sv, ref, "Chair Anna"), who(sv, ref, "Secretary Sam")
    sv.gates.set_mode(ref, "parallel", chair)
    _exclude(sv, ref, ids, ["non_eu", "two_years", "late", "encrypted"])
    for key in ("eligible", "level_unknown"):
        everyone(sv, ref, email_of(key), 3)
    assert sv.panel.shortlist(ref, chair).eligibility_not_decided  # the chair sees it before trying
    with pytest.raises(Refused) as e:
        sv.panel.freeze(ref, chair)
    assert "Lefèvre, Claire" in e.value.message and "Müller, Anna" in e.value.message
    sv.eligibility.confirm_suggested(ref, sec)
    with pytest.raises(Refused) as e:
        sv.panel.freeze(ref, chair)
    assert "Müller, Anna (E-LANG-SECOND)" in e.value.message and "Lefèvre" not in e.value.message
    sv.eligibility.decide(ref, ids["level_unknown"], "E-LANG-SECOND", "met", "Certificate: C1", sec)
    assert sorted(sv.panel.freeze(ref, chair).result.invited) == [email_of("eligible"), email_of("level_unknown")]


@pytest.fixture
def frozen(gated):
    """Eligibility first: Claire and Anna decided eligible, scored and frozen; Tõnis (unreadable PDF) is an
    Article 29 laureate whose eligibility had to be decided before the freeze."""
    sv, ref, ids = gated
    chair, sec = who(sv, ref, "Chair Anna"), who(sv, ref, "Secretary Sam")
    sv.eligibility.confirm_suggested(ref, sec)
    sv.eligibility.decide(ref, ids["level_unknown"], "E-LANG-SECOND", "met", "Certificate: C1", sec)
    _exclude(sv, ref, ids, ["non_eu", "two_years", "late"])
    sv.eligibility.set_article29(ref, ids["encrypted"], "laureate", "EPSO reserve list EPSO/AD/401/22", sec)
    assert queue(sv, ref) == {email_of("eligible"), email_of("level_unknown")}
    for key in ("eligible", "level_unknown"):
        everyone(sv, ref, email_of(key), 3)
    with pytest.raises(Refused, match=r"Tamm, Tõnis \(E-NATIONALITY"):
        sv.panel.freeze(ref, chair)
    sv.eligibility.decide(ref, ids["encrypted"], "E-FORMAT", "not_met",
                          "The PDF is password-protected; no readable copy was sent", sec)
    sv.panel.freeze(ref, chair)
    return sv, ref, ids


def test_an_application_imported_after_the_freeze_is_held_for_the_chair(frozen, tmp_path):
    sv, ref, _ids = frozen
    chair, sec, bob = who(sv, ref, "Chair Anna"), who(sv, ref, "Secretary Sam"), who(sv, ref, "Member Bob")
    sv.panel.sign(ref, bob)
    before = queue(sv, ref)
    report = sv.intake.import_paths(ref, [write_cases(tmp_path / "late", LATE_CASES)], sec, workers=1).result
    assert all("after_freeze" in f.flags for f in report.files)
    sv.eligibility.confirm_suggested(ref, sec)  # even decided eligible, a held application is not scored
    assert queue(sv, ref) == before
    sl = sv.panel.shortlist(ref, chair)
    assert sl.frozen and [h.candidate for h in sl.held_after_freeze] == ["Kowalska, Ewa", "Dupont, Jean"]
    assert sl.held_after_freeze[0].status == "received after the shortlist was frozen"
    eva = who(sv, ref, "Member Eva")
    with pytest.raises(Refused, match="wait for the chair's decision: Kowalska, Ewa"):
        sv.panel.sign(ref, eva)
    one, two = (h.application_id for h in sl.held_after_freeze)
    with pytest.raises(Refused):
        sv.gates.admit(ref, one, "Sent in time to the wrong mailbox", bob)
    with pytest.raises(UserFacingError, match="reason"):
        sv.gates.out_of_scope(ref, two, "  ", chair)

    op = sv.gates.out_of_scope(ref, two, "Received three weeks after the deadline", chair)
    assert op.changes == {Change.APPLICATIONS, Change.SHORTLIST}  # what the interface broadcasts (issue 19)
    with pytest.raises(Refused, match="1 application"):
        sv.panel.sign(ref, eva)  # one still waits
    assert [s.member for s in sv.panel.shortlist(ref, chair).signoffs] == ["Member Bob"]

    op = sv.gates.admit(ref, one, "Sent in time to the wrong mailbox (DIGIT helpdesk ticket 4411)", chair)
    out = op.result
    assert op.changes == {Change.APPLICATIONS, Change.SHORTLIST}
    assert out.shortlist_reopened and out.signoffs_voided
    held = sv.gates.held(ref)
    assert [(h.hold, h.reason) for h in held] == [("out_of_scope", "Received three weeks after the deadline")]
    assert email_of("after_one") in queue(sv, ref)  # admitted and decided eligible: scored now
    assert email_of("after_two") not in queue(sv, ref)
    with pytest.raises(Refused, match="not submitted"):
        sv.panel.shortlist(ref, chair)  # the reopened list waits for the new candidate's marks
    everyone(sv, ref, email_of("after_one"), 2)
    sl = sv.panel.shortlist(ref, chair)
    assert not sl.frozen and sl.signoffs == [] and sl.held_after_freeze == []
    assert sl.reopened.reason.startswith("Sent in time") and sl.reopened.reopened_by == "Chair Anna"
    assert [h.reason for h in sl.out_of_scope] == ["Received three weeks after the deadline"]
    with pytest.raises(Refused, match="not waiting"):
        sv.gates.admit(ref, two, "again", chair)
    with pytest.raises(Refused, match="not frozen"):
        sv.panel.sign(ref, bob)
    with read_only(sv.db) as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert {"application.out_of_scope", "shortlist.reopen", "application.admit_after_freeze"} <= set(actions)
    check = sv.audit.verify(ref, chair)
    assert check.ok, check.lines()  # every decision of the gates is in the audit record, replayable
