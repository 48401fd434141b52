"""The Scoring page inside the real main window: reached from the stage list, working for a signed-in member."""

from __future__ import annotations

from PySide6.QtCore import Qt

from panel_app.ui.app import build_window
from tests.gui_scoring.conftest import make_procedure, who


def test_scoring_page_in_the_main_window(qtbot, services, template_path, tmp_path):
    ref = make_procedure(services, template_path, tmp_path, n=2)
    w = build_window(services, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(who(services, ref, "Member Bob"))
    w.go_to("Scoring")
    page = w.page("Scoring")
    qtbot.waitUntil(lambda: page.sheet is not None and page.shown() == page.current)
    page.grid.table.setFocus()
    qtbot.keyClick(page.grid.table, Qt.Key.Key_4)
    bob = who(services, ref, "Member Bob")
    qtbot.waitUntil(lambda: services.scoring.sheet(ref, bob, page.current).marks[0].value == 4)
    w.state.tasks.wait()
