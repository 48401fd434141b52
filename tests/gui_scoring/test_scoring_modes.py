"""Blindness, undo/redo, horizontal mode, conflicts, the declaration gate and stale edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from panel_app.services.scoring_results import SheetMark
from panel_app.ui.scoring.declaration_dialog import ConflictDialog, DeclarationDialog
from panel_app.ui.scoring.sheet_maths import weighted_total
from tests.gui_scoring.conftest import ready, settle, who


def value_of(sv, ref, actor, email, code):
    m = next(m for m in sv.scoring.sheet(ref, actor, email).marks if m.criterion == code)
    return "na" if m.na else m.value


def test_the_grid_never_shows_another_members_marks(qtbot, open_page):
    w, page, sv, ref = open_page()
    chair = who(sv, ref, "Chair Anna")
    emails = [r["email"] for r in page.candidates.model.rows]
    codes = [m.criterion for m in sv.scoring.sheet(ref, chair, emails[0]).marks]
    for email in emails:
        for code in codes:
            sv.scoring.set_mark(ref, chair, email, code, 4, comment="chair's view")
    sv.scoring.submit(ref, chair, emails[0])
    page.refresh()
    for email in emails:
        page.candidates.select_row(page.candidates.model.row_of(email))
        qtbot.waitUntil(lambda email=email: ready(page) and page.shown() == email)
        assert all(m.value is None and not m.na and m.comment == "" for m in page.grid.model.marks)
        assert page.candidates.model.rows[page.candidates.model.row_of(email)]["scored"] == 0
    page.mode.setChecked(True)
    settle(qtbot, w)
    assert page.across.model.rows and not page.across.model.marks  # Bob has no marks of his own yet


def test_undo_and_redo_restore_the_stored_value(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email, table, code = page.current, page.grid.table, page.grid.current_criterion()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 3)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # the mark moved on; back to correct it
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 1)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 3)
    assert page.grid.model.marks[0].value == 3
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) is None)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 3)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 1)
    settle(qtbot, w)
    assert page.grid.model.marks[0].value == 1 and page.saved_label.text().startswith("Saved")


def test_horizontal_mode_edits_one_criterion_across_candidates(qtbot, open_page):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    emails = [r["email"] for r in page.candidates.model.rows]
    qtbot.mouseClick(page.mode, Qt.MouseButton.LeftButton)
    settle(qtbot, w)
    assert not page.candidates.isVisibleTo(page) and page.right.currentWidget() is page.across
    page.across.combo.setCurrentIndex(page.across.combo.findData("S3-CICD"))
    table = page.across.table
    table.setFocus()
    table.setCurrentIndex(page.across.model.index(0, 2))
    for key in (Qt.Key.Key_2, Qt.Key.Key_Tab, Qt.Key.Key_4, Qt.Key.Key_Tab, Qt.Key.Key_N):
        qtbot.keyClick(table, key)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, emails[2], "S3-CICD") == "na")
    assert [value_of(sv, ref, bob, e, "S3-CICD") for e in emails] == [2, 4, "na", None]
    assert all(value_of(sv, ref, bob, e, "S1-DEGREE") is None for e in emails)
    assert [page.across.model.data(page.across.model.index(r, 2)) for r in range(4)] == ["2", "4", "N/A", ""]
    qtbot.keyClick(table, Qt.Key.Key_PageDown)  # next criterion
    assert page.across.criterion() != "S3-CICD"
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, emails[2], page.across.criterion()) == 1)
    assert [r["scored"] for r in page.candidates.model.rows] == [1, 1, 2, 0]
    qtbot.mouseClick(page.mode, Qt.MouseButton.LeftButton)  # back to the grid, on the same candidate
    qtbot.waitUntil(lambda: ready(page) and page.shown() == emails[2])
    assert sum(1 for m in page.grid.model.marks if m.value is not None or m.na) == 2


def test_conflict_declaration_hides_the_candidate(qtbot, open_page, monkeypatch):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email = page.current

    def fill(dlg):
        dlg.kind.setCurrentText("family")
        dlg.reason.setPlainText("My brother-in-law")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", fill)
    qtbot.mouseClick(page.conflict, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.candidates.model.row_of(email) < 0)
    assert email not in [c.email for c in sv.scoring.my_candidates(ref, bob)]
    assert any(d.candidate == email and d.type == "family" for d in sv.scoring.declarations(ref))
    qtbot.waitUntil(lambda: ready(page) and page.shown() != email)
    assert page.candidates.model.rowCount() == 3


def test_gate_unsealed_undeclared_and_declaration(qtbot, open_page, monkeypatch):
    w, page, sv, ref = open_page("Member Eva")  # sealed, but Eva has not declared
    assert page.stack.currentWidget() is page.gate and page.gate.button.isVisibleTo(page)
    assert "declaration" in page.gate.label.text()

    def sign(dlg):
        assert "Annex III" in dlg.text.toPlainText()
        dlg.confirm.setChecked(True)
        assert dlg.sign.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeclarationDialog, "exec", sign)
    qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ready(page))
    assert any(d.member == "Member Eva" and d.kind == "confidentiality" for d in sv.scoring.declarations(ref))
    w.state.set_actor(who(sv, ref, "Secretary Sam"))
    settle(qtbot, w)
    assert page.stack.currentWidget() is page.gate and "secretary does not score" in page.gate.label.text()
    assert not page.gate.button.isVisibleTo(page)


def test_unsealed_grid_says_so(qtbot, open_page):
    w, page, sv, ref = open_page("Chair Anna", seal=False)
    assert page.stack.currentWidget() is page.gate and "not sealed" in page.gate.label.text()


def test_stale_edit_shows_the_message_and_reloads(qtbot, open_page, monkeypatch):
    w, page, sv, ref = open_page()
    bob = who(sv, ref, "Member Bob")
    qtbot.waitUntil(lambda: ready(page))
    email, code, table = page.current, page.grid.current_criterion(), page.grid.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: value_of(sv, ref, bob, email, code) == 2)
    settle(qtbot, w)
    sv.scoring.set_mark(ref, bob, email, code, 0)  # Bob on his other workstation
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)  # the mark moved on; back to the first criterion
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: bool(shown))
    assert "was changed by Member Bob" in shown[0]
    qtbot.waitUntil(lambda: page.grid.model.marks[0].value == 0)
    assert value_of(sv, ref, bob, email, code) == 0


def test_weighted_total_leaves_out_na_and_unmarked():
    marks = [SheetMark("A", "", 3, None, {}, [], value=4), SheetMark("B", "", 1, None, {}, [], na=True),
             SheetMark("C", "", 2, None, {}, [], value=1), SheetMark("D", "", 5, None, {}, [])]
    assert weighted_total(marks) == (3 * 4 + 2 * 1) / (5 * 4) * 100
    assert weighted_total(marks[1:2]) is None


def test_keyword_hits_and_ctrl_f_search(qtbot, open_page):
    w, page, sv, ref = open_page()
    qtbot.waitUntil(lambda: ready(page) and page.pdf.pdf.pageCount() > 0)
    texts = page.pdf.page_texts
    mark = next(m for m in page.grid.model.marks
                if any(k.lower() in t.lower() for k in m.keywords for t in texts))
    page.grid.select_criterion(mark.criterion)
    assert page.pdf.hits.rowCount() > 0 and mark.criterion in page.pdf.hit_label.text()
    assert page.pdf.search_model.searchString().lower() in " ".join(mark.keywords).lower()
    page.grid.table.setFocus()
    qtbot.keyClick(page.grid.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.pdf.search
    qtbot.keyClicks(page.pdf.search, "Curriculum")
    qtbot.keyClick(page.pdf.search, Qt.Key.Key_Return)
    assert page.pdf.search_model.searchString() == "Curriculum"
    qtbot.keyClick(page.pdf.search, Qt.Key.Key_3)  # a digit typed in the search box is text, not a score
    settle(qtbot, w)
    assert all(m.value is None for m in page.grid.model.marks)
