"""Retention with legal hold: the dry run lists what would go and why; the purge deletes it and leaves a stub;
a hold blocks what it covers and is named; the audit chain verifies across the purge and still finds tampering."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from panel_app.domain.errors import Refused
from tests.audit.conftest import Raw
from tests.eligibility_service.fixtures import email_of

EMAILS = [email_of(k) for k in ("claire", "eleni", "maria", "lukasz", "ingrid")]


@pytest.fixture
def closed(world, chair, tmp_path):
    sv, ref = world
    sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    sv.lifecycle.close(ref, chair, "Recruitment completed")
    return sv, ref, chair


def _later(years: int, days: int = 1) -> date:
    return date.today().replace(year=date.today().year + years) + timedelta(days=days)


def _personal_text_in_audit(db, ref) -> list[str]:
    with db.engine.connect() as con:
        rows = con.execute(text("SELECT CAST(entity_id AS TEXT) || ' ' || COALESCE(CAST(before AS TEXT), '') || ' ' || "
                                "COALESCE(CAST(after AS TEXT), '') || ' ' || COALESCE(CAST(state AS TEXT), '') "
                                "FROM audit_event e JOIN procedure p ON p.id = e.procedure_id WHERE p.reference = :r"),
                           {"r": ref}).scalars().all()
    return [e for e in EMAILS + ["Lefèvre", "Wąsowski", "Иванова"] if any(e.lower() in (r or "").lower()
                                                                          for r in rows)]


def test_dry_run_lists_what_would_be_deleted_and_why_and_changes_nothing(world, chair, closed):
    sv, ref, chair = closed
    events = sv.audit.verify(ref, chair).events
    early = sv.retention.dry_run(ref, chair, _later(1))
    assert early.items == [] and any("kept until" in k for k in early.kept)
    r = sv.retention.dry_run(ref, chair, _later(2))
    assert sorted(i.candidate for i in r.items) == sorted(EMAILS)
    claire = next(i for i in r.items if i.candidate == email_of("claire"))
    assert claire.reason.startswith("not recruited: kept 2 year(s) after the procedure closed on")
    assert claire.deletes["documents"] >= 1 and claire.deletes["marks"] > 0
    assert claire.deletes["audit_events_redacted"] > 0
    assert r.totals["candidates"] == 5 and not r.applied
    assert sv.audit.verify(ref, chair).events == events


def test_purge_deletes_personal_data_leaves_a_stub_and_the_chain_verifies(world, closed):
    sv, ref, chair = closed
    assert _personal_text_in_audit(sv.db, ref)
    r = sv.retention.apply(ref, chair, _later(2)).result
    assert r.applied and r.totals["candidates"] == 5
    v = sv.audit.verify(ref, chair)
    assert v.ok, v.lines()
    assert _personal_text_in_audit(sv.db, ref) == []
    with sv.db.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM document")).scalar() == 0
        assert con.execute(text("SELECT count(*) FROM document_blob")).scalar() == 0
        assert con.execute(text("SELECT count(*) FROM score")).scalar() == 0
        names = con.execute(text("SELECT surname || first_name FROM candidate")).scalars().all()
        assert set(names) == {""}
        stub = con.execute(text("SELECT CAST(after AS TEXT) FROM audit_event WHERE action = 'retention.purge'")
                           ).scalar()
    assert '"candidates": 5' in stub and "@" not in stub
    again = sv.retention.dry_run(ref, chair, _later(2))
    assert again.items == []


def test_verify_after_a_purge_still_finds_tampering(world, closed):
    sv, ref, chair = closed
    sv.retention.apply(ref, chair, _later(2))
    raw = Raw(sv.db)
    first_redacted = raw.one("SELECT min(id) FROM audit_event WHERE entity_id = 'redacted'")[0]
    raw("UPDATE audit_event SET actor = 'Somebody Else' WHERE id = :i", i=first_redacted)
    v = sv.audit.verify(ref, chair)
    assert not v.ok
    assert v.findings[0].kind == "changed" and "whose header was changed" in v.findings[0].found
    raw("UPDATE audit_event SET actor = 'Chair Anna', entity_id = 'redacted' WHERE id = :i", i=first_redacted)
    plain = raw.one("SELECT min(id) FROM audit_event WHERE entity_id <> 'redacted' AND action LIKE 'score.%'")[0]
    if plain is not None:
        raw("UPDATE audit_event SET entity_id = 'redacted', before = '\"redacted\"', after = '\"redacted\"', "
            "state = '\"redacted\"' WHERE id = :i", i=plain)
        assert any("no purge recorded" in f.found for f in sv.audit.verify(ref, chair).findings)


def test_the_sqlite_guard_lets_only_a_redaction_through(world, closed):
    sv, ref, chair = closed
    if not sv.db.is_sqlite:
        pytest.skip("the SQLite trigger; PostgreSQL's guard is installed by admin init-postgres")
    with pytest.raises(Exception, match="append-only"):
        with sv.db.engine.begin() as con:
            con.execute(text("UPDATE audit_event SET actor = 'x' WHERE id = (SELECT min(id) FROM audit_event)"))


def test_a_hold_on_the_procedure_blocks_the_run_and_is_named(world, closed):
    sv, ref, chair = closed
    h = sv.lifecycle.set_hold(ref, chair, "Complaint to the Ombudsman 1234/2027").result
    events = sv.audit.verify(ref, chair).events
    r = sv.retention.dry_run(ref, chair, _later(2))
    assert r.blocked_by == f"legal hold #{h.id} on the procedure (Complaint to the Ombudsman 1234/2027, set by Chair Anna)"
    with pytest.raises(Refused) as e:
        sv.retention.apply(ref, chair, _later(2))
    assert str(e.value).startswith(f"The retention run of {ref} is blocked by legal hold #{h.id} on the procedure")
    assert sv.audit.verify(ref, chair).events == events
    with sv.db.engine.connect() as con:
        assert con.execute(text("SELECT count(*) FROM document")).scalar() > 0
    sv.lifecycle.lift_hold(ref, chair, h.id, "Inquiry closed without findings")
    assert sv.retention.apply(ref, chair, _later(2)).result.applied


def test_a_hold_on_a_candidate_keeps_only_that_candidate(world, closed):
    sv, ref, chair = closed
    h = sv.lifecycle.set_hold(ref, chair, "Court case T-12/27", email_of("claire")).result
    r = sv.retention.apply(ref, chair, _later(2)).result
    held = [i for i in r.items if i.held_by]
    assert [i.candidate for i in held] == [email_of("claire")]
    assert held[0].held_by.startswith(f"legal hold #{h.id} on {email_of('claire')}")
    assert r.totals["candidates"] == 4
    assert _personal_text_in_audit(sv.db, ref) == [email_of("claire"), "Lefèvre"] or \
        email_of("claire") in _personal_text_in_audit(sv.db, ref)
    assert sv.audit.verify(ref, chair).ok
