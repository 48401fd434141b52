"""Eligibility gates the scoring queues: "eligibility first" by default; "parallel" on request, fixed once
the first mark is given; a candidate decided not eligible leaves by itself with the reason, and returns
when readmitted. Bulk confirmation: one action, every check recorded as decided by that person."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from panel_app.domain import gates as rule
from panel_app.domain.errors import NotFound, Refused
from panel_app.store import read_only
from panel_app.store.gates import queue_clause
from panel_app.store.models import Application, AuditEvent
from tests.eligibility_service.fixtures import email_of
from tests.scoring_service.conftest import who

from .conftest import queue


def test_not_eligible_leaves_the_queue_by_itself_and_readmitted_returns(gated):
    sv, ref, ids = gated
    sec = who(sv, ref, "Secretary Sam")
    assert sv.gates.mode(ref).mode == "eligibility_first"  # the default
    assert queue(sv, ref) == set()  # nothing decided by a person yet: nobody is scored
    with pytest.raises(Refused, match="eligibility not decided yet"):
        sv.scoring.set_mark(ref, who(sv, ref, "Member Bob"), email_of("eligible"), "S2-DEVOPS", 3)

    sv.eligibility.confirm_suggested(ref, sec)
    assert queue(sv, ref) == {email_of("eligible")}  # the only one whose every suggestion admits
    sv.eligibility.decide(ref, ids["level_unknown"], "E-LANG-SECOND", "met", "IELTS certificate: C1", sec)
    assert queue(sv, ref) == {email_of("eligible"), email_of("level_unknown")}

    bob = who(sv, ref, "Member Bob")
    sv.scoring.set_mark(ref, bob, email_of("eligible"), "S2-DEVOPS", 3)
    sv.eligibility.decide(ref, ids["eligible"], "E-NATIONALITY", "not_met", "Passport is Norwegian", sec)
    assert queue(sv, ref) == {email_of("level_unknown")}  # left by itself: nobody clicked "Exclude"
    with pytest.raises(Refused, match="decided not eligible.*Passport is Norwegian"):
        sv.scoring.set_mark(ref, bob, email_of("eligible"), "S2-DEVOPS", 4)
    with pytest.raises(Refused, match="not in the scoring queue"):
        sv.scoring.sheet(ref, bob, email_of("eligible"))
    progress = {p.email for p in sv.marks.progress(ref, who(sv, ref, "Chair Anna"))}
    assert email_of("eligible") not in progress
    with read_only(sv.db) as s:
        left = s.scalars(select(AuditEvent).where(AuditEvent.action == "scoring.leave")).all()
    assert [e.entity_id for e in left] == [str(ids["eligible"])]
    assert "Passport is Norwegian" in left[0].after["reason"]

    sv.eligibility.decide(ref, ids["eligible"], "E-NATIONALITY", "met", "Dual national: Belgian passport too", sec)
    assert email_of("eligible") in queue(sv, ref)  # readmitted: back, with the mark kept
    assert sv.scoring.sheet(ref, bob, email_of("eligible")).marks[1].value == 3


def test_parallel_mode_scores_while_checked_and_is_fixed_at_the_first_mark(gated):
    sv, ref, ids = gated
    sec, chair = who(sv, ref, "Secretary Sam"), who(sv, ref, "Chair Anna")
    with pytest.raises(Refused):
        sv.gates.set_mode(ref, "parallel", who(sv, ref, "Member Bob"))
    assert sv.gates.set_mode(ref, "parallel", chair).changes
    assert queue(sv, ref) == {email_of(k) for k in ids}  # nothing decided "not eligible" yet
    sv.eligibility.decide(ref, ids["non_eu"], "E-NATIONALITY", "not_met", "Norwegian national", sec)
    assert email_of("non_eu") not in queue(sv, ref)
    sv.scoring.set_mark(ref, who(sv, ref, "Member Bob"), email_of("late"), "S2-DEVOPS", 2)
    with pytest.raises(Refused, match="fixed once the first mark"):
        sv.gates.set_mode(ref, "eligibility-first", chair)
    assert sv.gates.mode(ref).as_json() == {"mode": "parallel", "text": rule.MODE_TEXT["parallel"], "fixed": True}


def test_bulk_confirmation_is_one_action_never_confirms_not_met_and_is_audited(gated):
    sv, ref, ids = gated
    sec = who(sv, ref, "Secretary Sam")
    with pytest.raises(Refused):
        sv.eligibility.confirm_suggested(ref, who(sv, ref, "Member Bob"))
    with pytest.raises(NotFound, match="E-NOPE"):
        sv.eligibility.confirm_suggested(ref, sec, criterion="E-NOPE")
    preview = sv.eligibility.confirm_suggested(ref, sec, dry_run=True).result
    assert preview.dry_run and preview.checks == 10 + 9 + 9 + 9 + 9 + 2
    assert all(c.decided is None for r in sv.eligibility.matrix(ref) for c in r.checks)  # nothing written

    one = sv.eligibility.confirm_suggested(ref, sec, application_ids=[ids["non_eu"]], criterion="E-CIVIC").result
    assert (one.checks, one.per_criterion) == (1, {"E-CIVIC": 1})
    out = sv.eligibility.confirm_suggested(ref, sec).result
    assert out.checks == preview.checks - 1 and out.became_eligible == 1
    rows = {r.id: r for r in sv.eligibility.matrix(ref)}
    nat = next(c for c in rows[ids["non_eu"]].checks if c.criterion == "E-NATIONALITY")
    assert nat.suggested == "not_met" and nat.decided is None  # a "not met" needs its own reason
    lang = next(c for c in rows[ids["level_unknown"]].checks if c.criterion == "E-LANG-SECOND")
    assert lang.decided is None  # "to verify": nothing to confirm
    civic = next(c for c in rows[ids["eligible"]].checks if c.criterion == "E-CIVIC")
    assert (civic.decided, civic.decided_by, civic.reason) == ("declared", "Secretary Sam",
                                                                        "confirmed as suggested")
    assert rows[ids["eligible"]].overall == "eligible"
    with read_only(sv.db) as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "eligibility.confirm")).all()
    assert len(events) == preview.checks and all(e.actor == "Secretary Sam" for e in events)
    assert sv.eligibility.confirm_suggested(ref, sec).result.checks == 0  # nothing left: idempotent
    check = sv.audit.verify(ref, who(sv, ref, "Chair Anna"))
    assert check.ok, check.lines()  # each bulk decision is in the audit record, replayable


def test_a_person_decision_is_never_overwritten_by_a_bulk_confirmation(gated):
    sv, ref, ids = gated
    sec = who(sv, ref, "Secretary Sam")
    sv.eligibility.decide(ref, ids["eligible"], "E-DIPLOMA", "to_verify", "The diploma copy is unreadable", sec)
    sv.eligibility.confirm_suggested(ref, sec, application_ids=[ids["eligible"]])
    row = sv.eligibility.row(ref, ids["eligible"])
    dip = next(c for c in row.checks if c.criterion == "E-DIPLOMA")
    assert (dip.decided, dip.reason) == ("to_verify", "The diploma copy is unreadable")
    assert email_of("eligible") not in queue(sv, ref)


@pytest.mark.parametrize("mode", rule.MODES)
def test_the_sql_queue_rule_is_the_domain_rule(services, procedure, tmp_path, mode):
    """store/gates.queue_clause and domain.gates.in_queue agree on every combination."""
    from tests.eligibility_service.fixtures import write_cases

    sv, ref = services, procedure
    sv.gates.set_mode(ref, mode, who(sv, ref, "Chair Anna"))
    sv.intake.import_paths(ref, [write_cases(tmp_path / "m")], who(sv, ref, "Secretary Sam"), workers=1)
    combos = [(ex, hold, dec) for ex in (False, True) for hold in (None, "after_freeze")
              for dec in (None, "eligible", "not_eligible")]
    s = sv.db.sessions()
    try:
        apps = s.scalars(select(Application).order_by(Application.id)).all()
        for a, (ex, hold, dec) in zip(apps * 3, combos, strict=False):
            a.excluded, a.intake_hold, a.eligibility_decided = ex, hold, dec
            s.flush()
            got = s.scalar(select(queue_clause(a.procedure_id)).where(Application.id == a.id))
            assert bool(got) == rule.in_queue(mode, active=True, excluded=ex, hold=hold, decided=dec), (ex, hold, dec)
    finally:
        s.rollback()
        s.close()
