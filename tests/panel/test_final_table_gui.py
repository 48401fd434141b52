"""The final-ranking table of the Shortlist page shows each candidate's preselection score (% of the maximum),
the same figure as the preselection ranking, whatever the final-ranking method; hidden from a conflicted member."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from panel_app.ui.pages.shortlist_page import ShortlistPage
from panel_app.ui.state import AppState

from .conftest import everyone
from .test_shortlist_service import four  # noqa: F401  (a fixture)


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def _column(model, header: str) -> dict[str, str]:
    """E-mail -> the text shown in the column headed `header`."""
    col = next(i for i in range(model.columnCount())
               if model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == header)
    return {model.row(r).candidate: model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())}


def test_the_final_table_shows_the_preselection_percentage(qtbot, four):  # noqa: F811
    sv, ref, emails, actor = four
    chair = actor("Chair Anna")
    sv.panel.freeze(ref, chair)
    for e, v in zip(emails[:3], (2, 4, 3), strict=True):
        everyone(sv, ref, e, v, stage="interview")
    assert sv.grid.grid(ref).final_ranking == "interview_only"
    pre = {r.candidate: r.total for r in sv.panel.ranking(ref, chair)}
    assert [pre[e] for e in emails[:3]] == [100.0, 75.0, 75.0]

    state = AppState(sv)
    page = ShortlistPage(state)
    qtbot.addWidget(page)
    page.show()
    state.set_procedure(ref)
    state.set_actor(chair)
    qtbot.waitUntil(lambda: page.final_model.rowCount() == 3, timeout=30_000)
    assert _column(page.final_model, "Preselection %") == {emails[0]: "100", emails[1]: "75", emails[2]: "75"}
    assert _column(page.final_model, "Interview %") == {emails[0]: "50", emails[1]: "100", emails[2]: "75"}
