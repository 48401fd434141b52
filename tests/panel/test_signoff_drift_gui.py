"""The Shortlist page while the ranking moved since the freeze: it names what moved and the marks changed, the
member's Sign off is not offered, and a sign-off tried all the same is refused in words on the page; after the
chair's new freeze (confirmation and reason) the member signs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gates.test_gates_gui import _window, dialogs  # noqa: F401  (a fixture)

from .test_shortlist_service import four  # noqa: F401  (a fixture)
from .test_signoff_drift import _remark


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_the_page_names_the_drift_and_the_sign_off_waits_for_a_new_freeze(qtbot, four, dialogs):  # noqa: F811
    sv, ref, emails, actor = four
    sv.panel.freeze(ref, actor("Chair Anna"))
    _remark(sv, ref, actor, emails[3], 4)

    w, page = _window(qtbot, sv, ref, actor("Member Eva"), "Shortlist")
    qtbot.waitUntil(lambda: page.data is not None)
    text = page.state_label.text()
    assert "The live ranking no longer matches the frozen list" in text
    assert "below pass mark at the freeze, now not invited" in text
    assert f"Member Eva on {emails[3]}: 15 marks (S1-DEGREE, S2-DEVOPS, S3-CICD and 12 more)" in text
    assert not page.sign_button.isEnabled()

    page.sign()  # as if clicked on a page loaded just before the change: the service refuses, the page says why
    qtbot.waitUntil(lambda: "no longer matches the shortlist frozen" in page.message.text())
    assert sv.panel.shortlist(ref, actor("Chair Anna")).signoffs == []

    w.state.set_actor(actor("Chair Anna"))
    qtbot.waitUntil(lambda: page.data is not None and page.freeze_button.isEnabled())
    dialogs["reasons"].append("Eva's assessment of one candidate corrected")
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Shortlist frozen at" in page.message.text())
    assert sv.panel.shortlist(ref, actor("Chair Anna")).freeze_reason == "Eva's assessment of one candidate corrected"

    w.state.set_actor(actor("Member Eva"))
    qtbot.waitUntil(lambda: page.data is not None and page.sign_button.isEnabled())
    assert "no longer matches" not in page.state_label.text()
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Member Eva signed the shortlist" in page.message.text())
