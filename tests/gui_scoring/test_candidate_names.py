"""The Scoring page's candidate list shows a long name whole: the list takes the room from the document pane
(it was fixed at 220 px, which cut names after ~12 characters), and the tooltip holds the name and address."""

from __future__ import annotations

from PySide6.QtCore import Qt

from panel_app.services.edits import CandidateEdit

from .conftest import settle, who

LONG = ("Papadimitriou-Konstantinou", "Maria-Elena")  # ~230 px: names of this length were cut at "Papadimitr…"


def test_a_long_candidate_name_is_shown_whole(open_page, qtbot):
    host, page, services, ref = open_page("Member Bob")
    secretary = who(services, ref, "Secretary Sam")
    app = services.applications.list(ref)[0]
    services.applications.update_candidate(ref, app.id, CandidateEdit(surname=LONG[0], first_name=LONG[1]),
                                           app.candidate.version, secretary)
    page.reload()
    settle(qtbot, host)
    table = page.candidates.table
    model = page.candidates.model
    row = next(i for i, r in enumerate(model.rows) if LONG[0] in r["name"])
    name = model.rows[row]["name"]
    qtbot.waitUntil(lambda: bool(table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(name) + 8))
    ix = model.index(row, 0)
    assert name in model.data(ix, Qt.ItemDataRole.ToolTipRole)
    assert model.rows[row]["email"] in model.data(ix, Qt.ItemDataRole.ToolTipRole)
    assert page.work.split.sizes()[1] >= 300  # the document keeps its room
