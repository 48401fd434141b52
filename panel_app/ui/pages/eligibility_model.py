"""The eligibility matrix as a real table model: one row per active application, one column per criterion.

A cell shows the decided value where there is one, else the suggestion (in italics). Decided cells end
with "•". Sorting happens inside the model (see table_model.py for why not a proxy).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
FIXED = ("Candidate", "Overall", "Art. 29")
LABEL = {"met": "met", "not_met": "✗ not met", "to_verify": "? to verify", "declared": "declared",
         "eligible": "eligible", "not_eligible": "✗ not eligible", "excluded": "excluded"}
ART29 = {"official": "official", "other_institution": "other inst.", "laureate": "laureate"}
COLOUR = {"met": "#cdebd3", "eligible": "#cdebd3", "not_met": "#f4c7c3", "not_eligible": "#f4c7c3",
          "to_verify": "#fde8b0", "declared": "#e3e5e8", "excluded": "#b9bdc4"}
ORDER = {"not_met": 0, "not_eligible": 0, "to_verify": 1, "met": 2, "eligible": 2, "declared": 3, "excluded": 4}


def candidate_name(row: dict) -> str:
    c = row["candidate"]
    name = " ".join(v for v in ((c["surname"] or "").upper(), c["first_name"]) if v)
    return name or c["email"] or row["source"]


def header_text(code: str) -> str:
    """E-LANG-SECOND -> 'LANG\\nSECOND' (narrow columns; the full code and title are in the tooltip)."""
    return (code[2:] if code.upper().startswith("E-") else code).replace("-", "\n")


class EligibilityModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[dict] = []
        self.criteria: list[dict] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes = {k: QBrush(QColor(v)) for k, v in COLOUR.items()}

    # ------------------------------------------------------------------------------------------ content
    def set_content(self, rows: list[dict], criteria: list[dict]) -> None:
        self.beginResetModel()
        self.rows, self.criteria = list(rows), list(criteria)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def replace_row(self, new: dict) -> None:
        for r, old in enumerate(self.rows):
            if old["id"] == new["id"]:
                self.rows[r] = new
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
                return

    def row(self, r: int) -> dict:
        return self.rows[r]

    def code(self, column: int) -> str | None:
        k = column - len(FIXED)
        return self.criteria[k]["code"] if 0 <= k < len(self.criteria) else None

    def criterion(self, column: int) -> dict | None:
        k = column - len(FIXED)
        return self.criteria[k] if 0 <= k < len(self.criteria) else None

    def check(self, index: Index) -> dict | None:
        if not index.isValid():
            return None
        code = self.code(index.column())
        return next((c for c in self.rows[index.row()]["checks"] if c["criterion"] == code), None) if code else None

    def find(self, application_id: int, column: int) -> QModelIndex:
        for r, row in enumerate(self.rows):
            if row["id"] == application_id:
                return self.index(r, min(column, self.columnCount() - 1))
        return QModelIndex()

    # ------------------------------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIXED) + len(self.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        crit = self.criterion(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(crit["code"]) if crit else FIXED[section]
        if role == Qt.ItemDataRole.ToolTipRole and crit:
            return f"{crit['code']}: {crit['title']}"
        return None

    def _state(self, index: Index) -> tuple[str, bool]:
        """(state, decided) of a cell: state is a check value, an overall outcome or an Art. 29 category."""
        row, col = self.rows[index.row()], index.column()
        if col == 0:
            return "", True
        if col == 1:
            return ("excluded" if row["excluded"] else row["overall"]), True
        if col == 2:
            decided = row["article29"]
            return (decided or row["suggested"]["article29"] or ""), decided is not None
        check = self.check(index)
        if check is None:
            return "", True
        return check["decided"] or check["suggested"], check["decided"] is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        state, decided = self._state(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return candidate_name(self.rows[index.row()])
            if col == 2:
                return ART29.get(state, state)
            text = LABEL.get(state, state)
            return f"{text} •" if decided and col >= len(FIXED) else text
        if role == Qt.ItemDataRole.BackgroundRole and (col == 1 or col >= len(FIXED)):
            return self._brushes.get(state)
        if role == Qt.ItemDataRole.FontRole and not decided:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, state, decided)
        return None

    def _tooltip(self, index: Index, state: str, decided: bool) -> str | None:
        row = self.rows[index.row()]
        if index.column() == 0:
            return row["candidate"]["email"] or row["source"]
        if index.column() == 1:
            return f"Excluded: {row['exclusion_reason']}" if row["excluded"] else None
        if index.column() == 2:
            return row["article29_evidence"] if decided else ("suggested from the form" if state else None)
        check = self.check(index)
        if check is None:
            return None
        head = (f"decided by {check['decided_by']} (suggested: {LABEL[check['suggested']]})" if decided
                else "suggestion, not yet decided")
        return "\n".join(t for t in (head, check["reason"] or "") if t)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        if column < 0:  # no sort column: import order
            self._sort = None
            self.rows.sort(key=lambda r: r["id"])
        else:
            self._sort = (column, order)
            self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        code = self.code(column)

        def key(row: dict) -> tuple:
            if column == 0:
                return (candidate_name(row).casefold(),)
            if column == 1:
                return (ORDER.get("excluded" if row["excluded"] else row["overall"], 9), row["id"])
            if column == 2:
                return (row["article29"] or row["suggested"]["article29"] or "~", row["id"])
            c = next((c for c in row["checks"] if c["criterion"] == code), None)
            return (ORDER.get((c["decided"] or c["suggested"]) if c else "", 9), row["id"])

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
