"""Typed change notices: every kind the interface broadcasts is heard by a page that shows it.

A service mutation names the kinds it changed (`Changed.of(..., Change.X)`), which the interface broadcasts
(`state.apply(op)`); only the live feed broadcasts a kind itself (`state.changed(Change.MARKS)`). Pages subscribe
to the kinds they show. A kind broadcast and heard by nobody is a notice lost (as "scoring" and "declarations"
were, issue 19): this test builds every page of the main window and fails on any kind the code emits that no page
subscribed to.
"""

from __future__ import annotations

import re
from pathlib import Path

from panel_app.domain.changes import Change

UI = Path(__file__).resolve().parents[2] / "panel_app" / "ui"
SERVICES = UI.parent / "services"


def _emitted() -> dict[Change, list[str]]:
    """Every kind broadcast: by the interface itself (`state.changed(Change.X)`) or named by a service mutation's
    result (`Changed.of(..., Change.X)`, which the interface broadcasts with `state.apply`), with where."""
    out: dict[Change, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for m in re.finditer(r"\.changed\(Change\.([A-Z_]+)\)", path.read_text(encoding="utf-8")):
            out.setdefault(Change[m.group(1)], []).append(path.name)
    for path in sorted(SERVICES.rglob("*.py")):
        for m in re.finditer(r"\bChange\.([A-Z_]+)\b", path.read_text(encoding="utf-8")):
            out.setdefault(Change[m.group(1)], []).append(path.name)
    return out


def test_every_emitted_kind_has_a_subscriber(chair_window):
    emitted = _emitted()
    assert emitted, "no broadcast found: the pattern no longer matches the code"
    assert len(chair_window.pages) == len(chair_window.titles)  # builds every page (every subscription)
    unheard = {k: where for k, where in emitted.items() if k not in chair_window.state.heard()}
    assert not unheard, f"broadcast but heard by no page: {unheard}"
    assert set(Change) == set(emitted), f"kinds nobody emits: {set(Change) - set(emitted)}"


def test_a_broadcast_reaches_the_page_that_shows_it_and_only_marks_hidden_pages_stale(chair_window, qtbot):
    w = chair_window
    grid, panel = w.page("Grid"), w.page("Panel")
    w.go_to("Procedure")
    loads: list[str] = []
    grid.reload = lambda: loads.append("grid")
    panel.reload = lambda: loads.append("panel")
    w.state.changed(Change.GRID)  # both show the grid; neither is shown
    assert loads == [] and grid.stale and panel.stale
    w.go_to("Grid")
    assert loads == ["grid"] and not grid.stale
    w.state.changed(Change.SHORTLIST)  # the grid page does not show the shortlist
    assert loads == ["grid"]
    w.state.changed(Change.SETTINGS)
    assert loads == ["grid", "grid"]


def test_a_mutation_made_in_the_interface_reaches_the_pages_that_show_what_it_changed(chair_window, qtbot):
    """The members panel adds a member; the service says it changed the panel (Change.MEMBERS) and the
    interface broadcasts exactly that (state.apply): the panel re-reads its table, the hidden Scoring page (it
    shows the panel's members) is marked stale, the hidden Grid page (it does not) is left alone."""
    from PySide6.QtCore import Qt

    w = chair_window
    scoring, grid = w.page("Scoring"), w.page("Grid")
    w.go_to("Procedure")
    panel = w.page("Procedure").members
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    scoring.stale = grid.stale = False
    heard: list[Change] = []
    w.state.data_changed.connect(heard.append)
    panel.name.setText("Member Bob")
    panel.role.setCurrentIndex(panel.role.findData("member"))
    panel.password.setText("bob-pass-long")
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)  # the panel's own table re-read on the broadcast
    assert heard == [Change.MEMBERS]
    assert "Added Member Bob" in panel.feedback.text()
    assert scoring.stale and not grid.stale
