"""A procedure run through the application verifies clean, on both back ends; the chain links every event."""

from __future__ import annotations

from panel_app.domain.audit.chain import GENESIS


def test_a_clean_procedure_verifies(scored, raw):
    sv, ref, emails, actor = scored
    chair = actor("Chair Anna")
    sv.panel.freeze(ref, chair)
    sv.panel.sign(ref, actor("Member Bob"))
    v = sv.audit.verify(ref, chair)
    assert v.ok, v.lines()
    n = raw.one("SELECT count(*) FROM audit_event")[0]
    assert v.events == n > 100
    first = raw.one("SELECT seq, prev_hash FROM audit_event ORDER BY seq LIMIT 1")
    assert tuple(first) == (1, GENESIS)
    last = raw.one("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert last[0] == n and v.last_hash == last[1]
    assert v.summary() == f"Audit chain verified: {n} events, last event hash {last[1]}"
