"""Sign-in and password events keep the audit chain verifiable (both back ends): wrong passwords, an unknown
name, the chair's reset and the member's own change are audited, and `audit verify` still finds nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from panel_app.domain.errors import Refused


def test_password_events_verify_clean(services, procedure, db):
    sv, ref = services, procedure
    for i in range(6):
        with pytest.raises(Refused):
            sv.members.sign_in(ref, "Member Bob", f"guess-{i}")
    with pytest.raises(Refused):
        sv.members.sign_in(ref, "Mallory", "whatever-1")
    chair = sv.members.sign_in(ref, "Chair Anna", "chair-pass")
    sv.members.reset_password(ref, "Member Bob", "temporary-1", chair)
    sv.members.change_password(ref, "Member Bob", "temporary-1", "bob-own-secret")
    v = sv.audit.verify(ref, chair)
    assert v.ok, v.lines()
    with db.engine.connect() as con:
        actions = [a for (a,) in con.execute(text("SELECT action FROM audit_event WHERE action LIKE 'member.%'"))]
    assert actions.count("member.signin_failed") == 5  # the 6th was refused as paused, without a check
    assert {"member.signin_unknown", "member.password_reset", "member.password"} <= set(actions)
