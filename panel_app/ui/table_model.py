"""A real QAbstractTableModel over a list of dicts, sorting inside the model (no QSortFilterProxyModel:
sorting 10,000 rows through a proxy takes seconds because every comparison calls Python data())."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from .words import text as shown_text

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    key: str
    title: str
    editable: bool = False
    fmt: Callable[[Any], str] | None = None
    align_right: bool = False
    tooltip_key: str | None = None


class RowsModel(QAbstractTableModel):
    """A table of `self.rows` under fixed `headers`: the counting and the header every model here shares."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Headers", self.headers[section])
        return None


@contextmanager
def rows_moving(model) -> Iterator[None]:
    """A layout change of a model whose `rows` are reordered in place: the persistent indexes (the view's
    selection and current row) follow their row objects instead of staying on a row number."""
    model.layoutAboutToBeChanged.emit()
    old = model.persistentIndexList()
    held = [(ix.column(), model.rows[ix.row()]) for ix in old]
    try:
        yield
    finally:
        where = {id(r): i for i, r in enumerate(model.rows)}
        model.changePersistentIndexList(old, [model.index(where[id(r)], c) if id(r) in where else QModelIndex()
                                              for c, r in held])
        model.layoutChanged.emit()


class DictTableModel(QAbstractTableModel):
    edited = Signal(dict, str, object)  # row, key, new value — the page decides how to save it

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.header_values: dict[str, str] = {}  # filled into "{name}" in a header, e.g. the procedure's zone

    def set_header_values(self, **values: str) -> None:
        if values != self.header_values:
            self.header_values = values
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row(self, r: int) -> dict:
        return self.rows[r]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = QCoreApplication.translate("Headers", self.columns[section].title)
            try:
                return text.format(**self.header_values) if "{" in text else text
            except (KeyError, IndexError, ValueError):  # a value not set yet: the header as written
                return text
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.headerData(section, orientation)  # the whole header, where the column cuts it
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = self.rows[index.row()].get(col.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.fmt is not None:
                return col.fmt(value)
            return "" if value is None else shown_text(value)  # a domain Text in the interface's language
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip_key:
            tip = self.rows[index.row()].get(col.tooltip_key)
            return shown_text(tip) if isinstance(tip, str) else tip  # a domain Text in the interface's language
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable and self.rows[index.row()].get("_editable", True):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        key = self.columns[index.column()].key
        if row.get(key) == value:
            return False
        self.edited.emit(row, key, value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts in the model; the selection and the current row follow their rows (persistent indexes), so
        the highlighted row and whatever a page shows for it remain the same record."""
        with rows_moving(self):
            self._sort = (column, order)
            self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self.columns[column].key

        def k(r: dict) -> tuple:
            v = r.get(key)
            return (v is None, v if isinstance(v, int | float) else str(v or "").casefold())

        self.rows.sort(key=k, reverse=order == Qt.SortOrder.DescendingOrder)


def elide_headers(view) -> None:
    """A column narrower than its header shows "Bewert…" (the whole header in its tooltip, where the model gives
    it), never a header clipped at both ends."""
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)


def row_table(view, model=None) -> None:
    """The look of every list of rows here: whole-row single selection, one line per row, no row numbers,
    compact rows, the last column stretched."""
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    elide_headers(view)
