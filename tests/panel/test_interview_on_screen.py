"""The interview stage on screen (issue 18): the Scoring page's stage selector gives the invited candidates and
the interview criteria, with the same keys and rules as the preselection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from panel_app.ui.pages.scoring_page import ScoringPage
from panel_app.ui.state import AppState

from .conftest import INTERVIEW
from .test_shortlist_service import four  # noqa: F401 - the fixture


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def test_a_member_scores_the_interview_on_the_scoring_page(qtbot, four):  # noqa: F811
    sv, ref, emails, actor = four
    chair, bob = actor("Chair Anna"), actor("Member Bob")
    sv.panel.freeze(ref, chair)
    state = AppState(sv)
    page = ScoringPage(state)
    qtbot.addWidget(page)
    page.resize(1360, 780)
    page.show()
    state.set_procedure(ref)
    state.set_actor(bob)
    state.tasks.wait()
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("interview"))
    qtbot.waitUntil(lambda: page.candidates.model.rowCount() == 3 and page.sheet is not None
                    and page.grid.model.marks and page.grid.model.marks[0].criterion == INTERVIEW[0])
    assert sorted(r["email"] for r in page.candidates.model.rows) == sorted(emails[:3])
    first = page.current
    page.grid.table.setFocus()
    for _ in INTERVIEW:
        qtbot.keyClick(page.grid.table, Qt.Key.Key_3)
    qtbot.keyClick(page.grid.table, Qt.Key.Key_Return)
    page.pending.flush()
    state.tasks.wait()
    sheet = sv.scoring.sheet(ref, bob, first, "interview")
    assert sheet.status == "submitted" and {m.value for m in sheet.marks} == {3}
    assert sv.scoring.sheet(ref, bob, first).status == "submitted"  # the preselection sheet is untouched
