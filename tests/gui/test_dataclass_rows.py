"""A table of the services' frozen dataclass rows shows, sorts, tips and edits them as it does dict rows:
the model reads `row.key` (or a column's value computed from the whole row)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from panel_app.ui.table_model import Column, DictTableModel


@dataclass(frozen=True)
class Row:
    name: str
    total: float | None
    status: str
    hidden: bool = False


ROWS = [Row("Zoe", 71.5, "invited"), Row("Anna", None, "pending"), Row("Bert", 80.25, "invited", hidden=True)]


def _model(qtbot) -> DictTableModel:
    m = DictTableModel([Column("name", "Candidate"), Column("total", "Total", fmt=lambda v: "" if v is None else f"{v:g}"),
                        Column("status", "Status", editable=True, value=lambda r: r.status.upper(),
                               tip=lambda r: f"was {r.status}")],
                       row_editable=lambda r: not r.hidden)
    m.set_rows(ROWS)
    return m


def shown(m: DictTableModel, col: int) -> list[str]:
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_dataclass_rows_show_attributes_and_derived_values(qtbot):
    m = _model(qtbot)
    assert shown(m, 0) == ["Zoe", "Anna", "Bert"]
    assert shown(m, 1) == ["71.5", "", "80.25"]
    assert shown(m, 2) == ["INVITED", "PENDING", "INVITED"]
    assert m.data(m.index(1, 2), Qt.ItemDataRole.ToolTipRole) == "was pending"


def test_dataclass_rows_sort_by_attribute(qtbot):
    m = _model(qtbot)
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert shown(m, 0) == ["Zoe", "Bert", "Anna"]  # no total last
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert shown(m, 0) == ["Anna", "Bert", "Zoe"]


def test_dataclass_rows_edit_only_where_the_row_allows_it(qtbot):
    m = _model(qtbot)
    got = []
    m.edited.connect(lambda row, key, value: got.append((row, key, value)))
    assert m.flags(m.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(2, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert m.setData(m.index(0, 2), "declined")
    assert got == [(ROWS[0], "status", "declined")]
    assert not m.setData(m.index(0, 2), "INVITED")  # unchanged: nothing to save
