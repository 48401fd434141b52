"""Issue 18 item 2: the deadline could be changed after the seal and the freeze with no confirmation, no reason
and no message. After the seal a change of the deadline, the zone or the reference is an amendment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from panel_app.domain.amendments import AmendmentNeedsReason
from panel_app.services.edits import SettingsEdit
from tests.intake.fixtures import DEADLINE_UTC, application_pdf, eml_bytes


def _import(services, ref, tmp_path, actor):
    box = tmp_path / "box"
    box.mkdir()
    for i, minutes in enumerate((-30, 20)):  # one on time, one 20 minutes late
        (box / f"{i}.eml").write_bytes(eml_bytes(from_addr=f"c{i}@x.eu", received=[DEADLINE_UTC + timedelta(minutes=minutes)],
                                                 attachments=[("a.pdf", application_pdf(i), "application/pdf")]))
    services.intake.import_paths(ref, [box], actor, workers=1)


def test_after_the_seal_a_new_deadline_needs_a_reason_and_redecides_on_time(services, procedure, tmp_path):
    ref = procedure
    chair = services.members.sign_in(ref, "Chair Anna", "chair-pass")
    _import(services, ref, tmp_path, services.members.sign_in(ref, "Secretary Sam", "sam-pass"))
    services.grid.seal(ref, chair)
    st = services.procedures.settings(ref)
    later = st.deadline_utc + timedelta(hours=1)
    with pytest.raises(AmendmentNeedsReason, match="the deadline is an amendment"):
        services.procedures.update_settings(ref, SettingsEdit(deadline_utc=later), st.version, chair)
    assert services.procedures.settings(ref).deadline_utc == st.deadline_utc  # nothing changed
    before = {a.sender: a.on_time for a in services.applications.list(ref)}
    assert before == {"c0@x.eu": True, "c1@x.eu": False}

    services.procedures.update_settings(ref, SettingsEdit(deadline_utc=later), st.version, chair,
                                        reason="Corrigendum published on 10.06.2026: one hour more")
    after = {a.sender: (a.on_time, "late" in a.flags) for a in services.applications.list(ref)}
    assert after == {"c0@x.eu": (True, False), "c1@x.eu": (True, False)}  # the late one is now on time
    event = services.procedures.audit_trail(ref, action="procedure.amendment")[0]
    assert event.after["reason"].startswith("Corrigendum") and event.after["applications_redecided"] == 1


def test_before_the_seal_or_for_other_settings_no_reason_is_asked(services, procedure):
    ref = procedure
    chair = services.members.sign_in(ref, "Chair Anna", "chair-pass")
    st = services.procedures.settings(ref)
    services.procedures.update_settings(ref, SettingsEdit(deadline_utc=st.deadline_utc + timedelta(days=1)),
                                        st.version, chair)
    services.grid.seal(ref, chair)
    st = services.procedures.settings(ref)
    services.procedures.update_settings(ref, SettingsEdit(mailbox="new-box@ec.europa.eu"), st.version, chair)
    assert services.procedures.settings(ref).mailbox == "new-box@ec.europa.eu"
