"""The History page and `audit log` say in words what every recorded action did: no event shows as a raw code
such as 'meeting.record'. The actions are read from every audit call of the services and the store."""

from __future__ import annotations

import re

from panel_app.domain.audit.history import ACTIONS, action_words
from panel_app.domain.paths import ROOT

AUDIT_CALL = re.compile(r"\.audit\(\s*[^,]+,\s*\"([a-z_]+\.[a-z_]+)\"")


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for layer in ("services", "store"):
        for path in (ROOT / "panel_app" / layer).rglob("*.py"):
            found |= set(AUDIT_CALL.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_recorded_action_has_words():
    actions = recorded_actions()
    assert {"grid.seal", "meeting.record", "final.freeze", "hold.set"} <= actions  # the scan finds them
    assert sorted(a for a in actions if a not in ACTIONS) == []
    assert action_words("meeting.record") == "recorded a meeting"
    for other in ("final.change", "meeting.correct", "application.out_of_scope"):  # the `x if … else y` ones
        assert other in ACTIONS
