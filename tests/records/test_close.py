"""Close: only after an archive of the current state; the chair, a reason, audited; then every write refused."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import Refused
from panel_app.services.edits import SettingsEdit
from tests.eligibility_service.fixtures import email_of
from tests.report_service.conftest import who


def test_close_needs_an_archive_of_the_current_state(world, chair, tmp_path):
    sv, ref = world
    with pytest.raises(Refused, match="Archive .* before closing it"):
        sv.lifecycle.close(ref, chair, "Recruitment completed")
    sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    sec = who(sv, ref, "Secretary Sam")
    with pytest.raises(Refused, match="may not close"):
        sv.lifecycle.close(ref, sec, "x")
    st = sv.lifecycle.close(ref, chair, "Recruitment completed; archive handed to HR").result
    assert st.closed and st.closed_by == "Chair Anna"
    events = [e for e in sv.audit.log(ref, chair) if e.action == "procedure.close"]
    assert len(events) == 1


def test_a_write_after_the_archive_asks_for_a_new_one(world, chair, tmp_path):
    sv, ref = world
    sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    sv.scoring.reopen(ref, chair, "Member Bob", email_of("claire"), "a typo in a mark")
    with pytest.raises(Refused, match="changed since its archive"):
        sv.lifecycle.close(ref, chair, "done")


def test_a_closed_procedure_refuses_every_write_and_changes_nothing(world, chair, tmp_path):
    sv, ref = world
    sv.archive.write(ref, chair, tmp_path / "a.panelarchive")
    sv.lifecycle.close(ref, chair, "Recruitment completed")
    before = sv.audit.verify(ref, chair).events
    sec = who(sv, ref, "Secretary Sam")
    bob = who(sv, ref, "Member Bob")
    attempts = [
        lambda: sv.eligibility.exclude(ref, sv.eligibility.application_of(ref, email_of("claire")), "late idea", sec),
        lambda: sv.scoring.set_mark(ref, bob, email_of("claire"), sv.scoring.sheet(ref, bob, email_of("claire"))
                                    .marks[0].criterion, 0),
        lambda: sv.members.add(ref, "New Member", "observer", chair, password="new-member-pass"),
        lambda: sv.procedures.update_settings(ref, SettingsEdit(title="changed"), sv.procedures.settings(ref).version,
                                              chair),
    ]
    for attempt in attempts:
        with pytest.raises(Refused) as e:
            attempt()
        assert "was closed by Chair Anna on" in str(e.value) and "read-only, nothing was changed" in str(e.value)
    v = sv.audit.verify(ref, chair)
    assert v.ok and v.events == before
    assert sv.procedures.settings(ref).title != "changed"
    with pytest.raises(Refused, match="already closed"):
        sv.lifecycle.close(ref, chair, "again")
