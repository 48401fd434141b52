"""The Applications page's received-time column names the procedure's own time zone in its header (a procedure
run from Luxembourg or Ispra may set another zone than Brussels), and shows the times in that zone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from panel_app.services.edits import SettingsEdit


def _header(page, column: int) -> str:
    return page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_the_received_column_names_the_procedures_zone(qtbot, chair_window):
    w = chair_window
    sv, ref = w.state.services, w.state.reference
    w.go_to("Applications")
    page = w.page("Applications")
    qtbot.waitUntil(lambda: bool(page.settings))
    assert _header(page, 3) == "Received (Europe/Brussels)"

    settings = sv.procedures.settings(ref)
    sv.procedures.update_settings(ref, SettingsEdit(timezone="Europe/Luxembourg"), settings.version, w.state.actor)
    page.settings = {}
    page.reload()
    qtbot.waitUntil(lambda: bool(page.settings))
    assert _header(page, 3) == "Received (Europe/Luxembourg)"
    tip = page.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Received (Europe/Luxembourg)"  # readable whole where the column cuts it
    assert "(Europe/Luxembourg)" in page.summary.text()  # the deadline, in the same zone
