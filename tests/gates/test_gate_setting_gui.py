"""The scoring gate on the Procedure page (issue 16; it was CLI only): "Eligibility first" (the default) or
"Score while checking", changed with a confirmation that says what happens, audited, shown; fixed once the
first mark is given, and read-only for a role that may not change it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.scoring_service.conftest import who

from .helpers import decide_all_eligible
from .test_gates_gui import _window, dialogs  # noqa: F401  (a fixture)

CRITERION = "S2-DEVOPS"


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_the_gate_is_set_on_the_procedure_page_until_the_first_mark(qtbot, gated, dialogs):  # noqa: F811
    sv, ref, _ids = gated
    w, page = _window(qtbot, sv, ref, who(sv, ref, "Secretary Sam"), "Procedure")
    box = page.gate
    qtbot.waitUntil(lambda: box.mode is not None)
    assert box.first.isChecked() and box.first.isEnabled() and box.parallel.isEnabled()
    assert "until the first mark" in box.status.text()

    dialogs["yes"] = False  # the secretary thinks again: nothing changes
    _click(qtbot, box.parallel)
    assert "before a person has decided their eligibility" in dialogs["questions"][-1][1]
    assert box.first.isChecked() and "Not changed" in box.status.text()
    assert sv.gates.mode(ref).mode == "eligibility_first"
    assert not sv.procedures.audit_trail(ref, action="procedure.scoring_gate")

    dialogs["yes"] = True
    _click(qtbot, box.parallel)
    qtbot.waitUntil(lambda: "Changed at" in box.status.text())
    assert "score while eligibility is checked" in box.status.text() and "(Europe/Brussels)" in box.status.text()
    assert sv.gates.mode(ref).mode == "parallel" and box.parallel.isChecked()
    trail = sv.procedures.audit_trail(ref, action="procedure.scoring_gate")
    assert trail[-1].actor == "Secretary Sam" and trail[-1].after == {"mode": "parallel"}

    # the first mark fixes it: the page says so and offers no change
    bob = who(sv, ref, "Member Bob")
    decide_all_eligible(sv, ref, who(sv, ref, "Secretary Sam"))
    email = next(iter(c.email for c in sv.scoring.my_candidates(ref, bob)))
    sv.scoring.set_mark(ref, bob, email, CRITERION, 3)
    w.state.changed("scores")
    qtbot.waitUntil(lambda: box.fixed)
    assert not box.first.isEnabled() and not box.parallel.isEnabled()
    assert "Fixed: scoring has started" in box.status.text()


def test_a_member_sees_the_gate_but_cannot_change_it(qtbot, gated):
    sv, ref, _ids = gated
    _w, page = _window(qtbot, sv, ref, who(sv, ref, "Member Bob"), "Procedure")
    qtbot.waitUntil(lambda: page.gate.mode is not None)
    assert page.gate.first.isChecked() and not page.gate.parallel.isEnabled()
    assert "Only the chair or the secretary" in page.gate.status.text()
