"""A real QAbstractTableModel over a list of rows, sorting inside the model (no QSortFilterProxyModel:
sorting 10,000 rows through a proxy takes seconds because every comparison calls Python data()).

A row is a dict or an object (the services' frozen dataclasses): `row_value` reads `row[key]` or
`row.key` alike. A column shows `Column.value(row)` when given (a value derived from the whole row, e.g. a
status in words), else the row's `key`."""

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

from .numbers import shown as shown_number
from .words import text as shown_text

Index = QModelIndex | QPersistentModelIndex


def row_value(row: Any, key: str, default: Any = None) -> Any:
    """`key` of a row: a dict's item or an object's attribute (`default` when it has none)."""
    if isinstance(row, dict):
        return row.get(key, default)
    return getattr(row, key, default)


@dataclass
class Column:
    key: str
    title: str
    editable: bool = False
    fmt: Callable[[Any], str] | None = None
    align_right: bool = False
    tooltip_key: str | None = None
    value: Callable[[Any], Any] | None = None  # the cell's value from the whole row (default: the row's `key`)
    tip: Callable[[Any], Any] | None = None  # the cell's tooltip from the whole row (default: `tooltip_key`)

    def of(self, row: Any) -> Any:
        return self.value(row) if self.value is not None else row_value(row, self.key)


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
    """Rows of dicts or of dataclasses (see `row_value`). A row is editable unless `row_editable(row)` says
    no (default: a dict's "_editable" item, True when absent)."""

    edited = Signal(object, str, object)  # row, key, new value — the page decides how to save it

    def __init__(self, columns: list[Column], parent=None, row_editable: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self.row_editable = row_editable
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.header_values: dict[str, str] = {}  # filled into "{name}" in a header, e.g. the procedure's zone

    def set_header_values(self, **values: str) -> None:
        if values != self.header_values:
            self.header_values = values
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row(self, r: int) -> Any:
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
        row = self.rows[index.row()]
        value = col.of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.fmt is not None:
                return col.fmt(value)
            number = shown_number(value)  # 2.5 is 2,5 in French
            if number is not None:
                return number
            return "" if value is None else shown_text(value)  # a domain Text in the interface's language
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and (col.tip is not None or col.tooltip_key):
            tip = col.tip(row) if col.tip is not None else row_value(row, col.tooltip_key or "")
            return shown_text(tip) if isinstance(tip, str) else tip  # a domain Text in the interface's language
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable and self._row_editable(self.rows[index.row()]):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _row_editable(self, row: Any) -> bool:
        if self.row_editable is not None:
            return self.row_editable(row)
        return bool(row_value(row, "_editable", True))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if col.of(row) == value:
            return False
        self.edited.emit(row, col.key, value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts in the model; the selection and the current row follow their rows (persistent indexes), so
        the highlighted row and whatever a page shows for it remain the same record."""
        with rows_moving(self):
            self._sort = (column, order)
            self._sort_rows(column, order)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]

        def k(r: Any) -> tuple:
            v = col.of(r)
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
