"""In the French interface, the numbers read the French way (3,25; 1 000 with a narrow space) in the tables and
labels that show marks, means, totals and sizes, and a number typed the French way is understood; English stays
as it was (3.25, 1,000) (issue 20 part 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QMessageBox

from panel_app.domain.scoring.marks import fmt
from panel_app.domain.texts import translate
from panel_app.services.panel import PanelCell, PanelRow
from panel_app.services.panel_final import FinalRow
from panel_app.services.scoring_results import SheetMark
from panel_app.ui import numbers
from panel_app.ui.panel.panel_model import detail_rows, flatten
from panel_app.ui.panel.shortlist_model import final_model
from panel_app.ui.scoring.sheet_maths import score_text, total_text
from panel_app.ui.table_model import Column, DictTableModel
from panel_app.ui.words import text as said

NNBSP = "\u202f"  # the French group separator (Qt)


@pytest.fixture
def db(sqlite_db):
    return sqlite_db


def _panel_row() -> PanelRow:
    cell = PanelCell(title="DevOps", weight=1.5, marks={"Chair Anna": 3, "Member Bob": 3.5}, comments={}, mean=3.25,
                     spread=0.5, final=3.25, divergent=False, consensus=None, missing=[], state="ok",
                     needs_justification=False, justification="", minority=None)
    return PanelRow(email="a@x.eu", name="Doe, Jane", article29="laureate", members_submitted=2, expected=2,
                    complete=True, visible=True, conflicted=False, total=81.25, rank=1, max_spread=0.5,
                    member_totals={"Chair Anna": 75.5, "Member Bob": 80.0}, criteria={"S2-DEVOPS": cell}, divergent=[],
                    status="invited")


def _marks() -> list[SheetMark]:
    return [SheetMark("A", "", 1, None, {}, [], value=2.5), SheetMark("B", "", 1, None, {}, [])]


def _cells(model) -> list[str]:
    return [model.data(model.index(0, c)) for c in range(model.columnCount())]


def test_panel_totals_means_and_marks_in_french(qapp, french):
    cols, flat, members, _codes = flatten([_panel_row()])
    from panel_app.ui.panel.panel_model import PanelModel

    model = PanelModel(cols)
    model.set_table(cols, flat)
    cells = _cells(model)
    assert cells[1] == "lauréat" and "75,5" in cells and "81,25" in cells and "3,25" in cells
    assert "mean 3,25" not in flat[0]["t:S2-DEVOPS"] and "3,25" in flat[0]["t:S2-DEVOPS"]
    detail = DictTableModel(detail_rows(_panel_row(), members)[0])
    detail.set_rows(detail_rows(_panel_row(), members)[1])
    assert _cells(detail)[:4] == ["S2-DEVOPS", "1,5", "3", "3,5"]
    assert total_text(_marks(), 4) == "Total 62,5 / 100 · 1/2 notés"
    assert score_text(_marks()[0]) == "2,5" and score_text(SheetMark("C", "", 1, None, {}, [], na=True)) == "S.O."
    assert numbers.number(12345, ",") == f"12{NNBSP}345" and numbers.parsed("2,5") == 2.5
    final = final_model(None)
    final.set_rows([FinalRow(candidate="a@x.eu", rank=1, name="Doe, Jane", article29=None, preselection_total=81.25,
                             interview_total=70.0, total=75.6, final={}, status="", reason="", outcome="reserve",
                             valid_until="31/12/2028")])
    assert _cells(final)[2:7] == ["81,25", "70", "75,6", "", "liste de réserve"]
    plain = DictTableModel([Column("x", "X")])
    plain.set_rows([{"x": 2.5}])
    assert plain.data(plain.index(0, 0)) == "2,5"
    reason = translate("Ranking", "below the pass mark ({total} < {pass_mark})").format(
        total=fmt(50.76), pass_mark=fmt(60))  # a ranking reason names figures (domain Numbers)
    assert said(reason) == "en dessous du seuil de réussite (50,76 < 60)" and str(reason).endswith("(50.76 < 60)")


def test_english_numbers_are_unchanged(qapp):
    cols, flat, members, _codes = flatten([_panel_row()])
    assert flat[0]["_text"]["c:S2-DEVOPS"] == "3.25"
    assert total_text(_marks(), 4) == "Total 62.5 / 100 · 1/2 marked"
    assert numbers.number(12345, ",") == "12,345" and numbers.decimal(81.25) == "81.25"
    plain = DictTableModel([Column("x", "X")])
    plain.set_rows([{"x": 2.5}])
    assert plain.data(plain.index(0, 0)) == "2.5"


def test_a_weight_and_a_minimum_typed_the_french_way(qtbot, french, chair_window, monkeypatch):  # French first: the window starts in it
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr("panel_app.ui.pages.grid_page.show_error", lambda _p, e: warned.append(str(e)))
    w = chair_window
    w.go_to("Grid")
    page = w.page("Grid")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    table = page.table
    row = next(i for i, r in enumerate(page.model.rows) if r["code"] == "S3-CICD")

    def edit(col: int, keys: str, editor_type) -> None:
        table.setCurrentIndex(page.model.index(row, col))
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: table.findChild(editor_type) is not None)
        editor = table.findChild(editor_type)
        editor.selectAll()
        qtbot.keyClicks(editor, keys)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    def saved(key: str):
        return getattr(next(c for c in w.state.services.grid.grid(w.state.reference).criteria if c.code == "S3-CICD"),
                       key)

    edit(4, "2,5", QDoubleSpinBox)
    qtbot.waitUntil(lambda: saved("weight") == 2.5 or bool(warned), timeout=10000)
    assert warned == []
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 4)) == "2,5", timeout=10000)
    edit(5, "1,5", QLineEdit)
    qtbot.waitUntil(lambda: saved("minimum") == 1.5 or bool(warned), timeout=10000)
    assert warned == []
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 5)) == "1,5", timeout=10000)
    assert page.model.data(page.model.index(row, 2)) == "présélection"  # the stage in words, not its code
