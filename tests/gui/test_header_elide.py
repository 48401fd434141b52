"""A column narrower than its header shows the header's beginning and "…" (the whole header in its tooltip), never
a header clipped at both ends ("ewerte" for "Bewertet"): every table of every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView


def test_every_table_header_elides_at_its_end(qtbot, chair_window):
    w = chair_window
    clipped = []
    for title in w.titles:
        w.go_to(title)
        w.state.tasks.wait()
        for view in w.page(title).findChildren(QTableView):
            if view.horizontalHeader().isVisible() and view.model() is not None and view.objectName() != "frozenColumns":
                if view.horizontalHeader().textElideMode() != Qt.TextElideMode.ElideRight:
                    clipped.append(f"{title}: {view.objectName() or type(view).__name__}")
    assert not clipped, "\n".join(clipped)
