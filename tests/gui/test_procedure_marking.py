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


def test_the_member_states_are_named_in_the_interfaces_language(qtbot, chair_window):
    from panel_app.ui import i18n
    from panel_app.ui.app import build_window

    try:
        assert i18n.install("de") == "de"
        w = build_window(chair_window.state.services, chair_window.state.reference)
        qtbot.addWidget(w)
        w.show()
        w.state.set_actor(chair_window.state.actor)
        w.go_to("Procedure")
        under = w.page("Procedure").under
        names = [under.item(i).text() for i in range(under.count())]
        assert names[:3] == ["BE — Belgien", "BG — Bulgarien", "CZ — Tschechien"] and "EL — Griechenland" in names
    finally:
        i18n.install("en")
