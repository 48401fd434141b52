"""The Procedure page shows the confidentiality marking from its beginning ("CONFIDENTIAL – …"), not scrolled to
the end of a marking longer than its field."""

from __future__ import annotations


def test_the_marking_is_shown_from_its_beginning(qtbot, chair_window):
    w = chair_window
    w.go_to("Procedure")
    page = w.page("Procedure")
    qtbot.waitUntil(lambda: bool(page.marking.text()))
    assert page.marking.text().startswith("CONFIDENTIAL")
    assert page.marking.cursorPosition() == 0  # the field scrolls to its cursor: the start is in view
