"""The eligibility page driven from the keyboard and the buttons, like the secretary would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from panel_app.ui.app import build_window
from panel_app.ui.pages.eligibility_model import FIXED


@pytest.fixture
def db(sqlite_db):
    """The page is the same on both backends; drive it on SQLite only."""
    return sqlite_db


@pytest.fixture
def window(qtbot, services, procedure, ids, secretary):
    w = build_window(services, procedure)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(secretary)
    w.go_to("Eligibility")
    page = w.page("Eligibility")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    return w


@pytest.fixture
def reasons(monkeypatch):
    """Every reason dialog answers with the next reason of this list (empty: the user cancelled)."""
    answers: list[str] = []

    def get_text(*_args, **_kwargs):
        text = answers.pop(0) if answers else ""
        return text, bool(text)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return answers


def stored(services, ref, app_id, code):
    row = next(r for r in services.eligibility.matrix(ref) if r.id == app_id)
    return row, next(c for c in row.checks if c.criterion == code)


def select(page, app_id, code):
    col = len(FIXED) + [c.code for c in page.model.criteria].index(code)
    page.table.setCurrentIndex(page.model.find(app_id, col))
    page.table.setFocus()


def test_decide_from_the_keyboard(qtbot, window, services, procedure, ids, reasons):
    page = window.page("Eligibility")
    app_id = ids["level_unknown"]
    select(page, app_id, "E-LANG-MAIN")
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert page.model.check(page.table.currentIndex()).criterion == "E-LANG-SECOND"
    frozen = page.table.frozen  # Candidate, Overall, Art. 29 stay visible while scrolled to the right
    assert frozen.isVisible() and not frozen.isColumnHidden(0) and frozen.isColumnHidden(len(FIXED))
    assert "quite good" in page.evidence.toPlainText() and "page 3" in page.evidence.toPlainText()

    qtbot.keyClick(page.table, Qt.Key.Key_M)  # override of "to verify": the reason dialog is cancelled
    assert "reason is required" in page.message.text()
    assert stored(services, procedure, app_id, "E-LANG-SECOND")[1].decided is None

    reasons.append("Language certificate: English C1")
    qtbot.keyClick(page.table, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: page.model.check(page.table.currentIndex()).decided == "met")
    row, c = stored(services, procedure, app_id, "E-LANG-SECOND")
    assert (c.decided, c.reason, c.decided_by) == ("met", "Language certificate: English C1", "Secretary Sam")
    assert row.overall == "eligible"
    assert page.model.data(page.table.currentIndex()) == "met •"
    qtbot.waitUntil(lambda: "2</b> eligible" in page.counts.text())

    reasons.append("The certificate is B1, not C1")
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: stored(services, procedure, app_id, "E-LANG-SECOND")[1].decided == "not_met")
    assert stored(services, procedure, app_id, "E-LANG-SECOND")[0].overall == "not_eligible"

    select(page, app_id, "E-CIVIC")
    qtbot.keyClick(page.table, Qt.Key.Key_M)  # a declared item is never "met"
    assert "press D" in page.message.text()


def test_exclude_and_readmit_with_the_buttons(qtbot, window, services, procedure, ids, reasons):
    page = window.page("Eligibility")
    select(page, ids["late"], "E-DEADLINE")
    assert page.exclude_button.isEnabled() and not page.readmit_button.isEnabled()
    reasons.append("Received after the deadline")
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.readmit_button.isEnabled())
    assert stored(services, procedure, ids["late"], "E-DEADLINE")[0].excluded is True
    assert "Excluded" in page.exclusion.text()
    reasons.append("Mail server outage: deadline extended")
    qtbot.mouseClick(page.readmit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exclude_button.isEnabled())
    assert stored(services, procedure, ids["late"], "E-DEADLINE")[0].excluded is False
    actions = [e.action for e in services.procedures.audit_trail(procedure)]
    assert "application.exclude" in actions and "application.readmit" in actions


def test_article29_and_filter(qtbot, window, services, procedure, ids):
    page = window.page("Eligibility")
    select(page, ids["eligible"], "E-DIPLOMA")
    page.art29.setCurrentIndex(page.art29.findData("other_institution"))
    page.art29_evidence.setText("Official of the Council, staff number 98765")
    qtbot.mouseClick(page.art29_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(services, procedure, ids["eligible"], "E-DIPLOMA")[0].article29
                    == "other_institution")
    page.only_to_verify.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_a_member_only_reads(qtbot, window, services, procedure, ids, member):
    page = window.page("Eligibility")
    window.state.set_actor(member)
    select(page, ids["level_unknown"], "E-LANG-SECOND")
    assert not page.exclude_button.isEnabled() and not page.value_buttons[0].isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_M)
    assert "Only the secretary or the chair" in page.message.text()
