"""The member's candidates in their stable random order: name, status, n/N scored, with the progress above.

Rows are updated in place after each mark (no reload of the list on every key press).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from panel_app.domain.names import display_name, distinct_names
from panel_app.services.scoring_results import MyCandidate

from ..table_model import RowsModel, elide_headers

Index = QModelIndex | QPersistentModelIndex
STATUS_TEXT = {"not_started": QT_TRANSLATE_NOOP("CandidateModel", "not started"), "draft": QT_TRANSLATE_NOOP("CandidateModel", "draft"),
               "submitting": QT_TRANSLATE_NOOP("CandidateModel", "submitting…"), "submitted": QT_TRANSLATE_NOOP("CandidateModel", "submitted")}
STATUS_COLOUR = {"submitted": QColor("#1b7a3a"), "submitting": QColor("#1b7a3a"), "draft": QColor("#a15c00"),
                 "not_started": QColor("#666666")}
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Candidate"), QT_TRANSLATE_NOOP("Headers", "Status"), QT_TRANSLATE_NOOP("Headers", "Scored"))


class CandidateModel(RowsModel):
    headers = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._where: dict[str, int] = {}

    def set_rows(self, rows: list[MyCandidate]) -> None:
        """The member's candidates; each row also holds its name as shown, and its status changes here as the
        member submits (the list is not read again on every key press)."""
        self.beginResetModel()
        names = distinct_names([(display_name(r.surname, r.first_name), r.email) for r in rows])
        self.rows = [dict(r.as_json(), name=name) for r, name in zip(rows, names, strict=True)]
        self._where = {r["email"]: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def row_of(self, email: str) -> int:
        return self._where.get(email, -1)

    def update(self, email: str, **changes) -> None:
        i = self.row_of(email)
        if i < 0:
            return
        self.rows[i].update(changes)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))

    def remove(self, email: str) -> None:
        i = self.row_of(email)
        if i < 0:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self.rows[i]
        self._where = {r["email"]: j for j, r in enumerate(self.rows)}
        self.endRemoveRows()

    def submitted(self) -> int:
        return sum(1 for r in self.rows if r["status"] == "submitted")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r["name"]
            if col == 1:
                return self.tr(STATUS_TEXT[r["status"]]) if r["status"] in STATUS_TEXT else r["status"]
            return f"{r['scored']}/{r['criteria']}"
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{r['name']}\n{r['email']}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(STATUS_COLOUR.get(r["status"], QColor("#000000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


NAME_ROOM_MAX = 260  # px the name column may ask for; longer names are elided (the tooltip has them whole)


class CandidateList(QWidget):
    current_changed = Signal(str)  # email
    wants_width = Signal(int)  # the width that shows every name whole (up to NAME_ROOM_MAX for the name)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CandidateModel(self)
        self.progress = QLabel(objectName="scoringProgress")
        self.table = QTableView(objectName="candidateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        elide_headers(self.table)
        self.table.horizontalHeader().setSectionResizeMode(0, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.setColumnWidth(1, 74)
        self.table.setColumnWidth(2, 50)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.setMinimumWidth(200)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.progress)
        lay.addWidget(self.table, 1)

    def set_rows(self, rows: list[MyCandidate], keep: str | None = None) -> None:
        self.model.set_rows(rows)
        self._show_progress()
        self.wants_width.emit(self.width_for_names())
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rows:
            row = next((i for i, r in enumerate(self.model.rows) if r["status"] != "submitted"), 0)
        if row >= 0:
            self.select_row(row)

    def update(self, email: str, **changes) -> None:
        self.model.update(email, **changes)
        self._show_progress()

    def remove(self, email: str) -> None:
        row = self.model.row_of(email)
        self.model.remove(email)
        self._show_progress()
        if self.model.rows:
            self.select_row(min(row, len(self.model.rows) - 1))

    def width_for_names(self) -> int:
        """The list's width at which the longest name is shown whole (its column capped at NAME_ROOM_MAX)."""
        fm = self.table.fontMetrics()
        name = max((fm.horizontalAdvance(r["name"]) for r in self.model.rows), default=0) + 16  # cell padding
        rest = self.table.columnWidth(1) + self.table.columnWidth(2) + 2 * self.table.frameWidth()
        return min(name, NAME_ROOM_MAX) + rest + self.table.verticalScrollBar().sizeHint().width()

    def current(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row]["email"] if 0 <= row < len(self.model.rows) else None

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def step(self, delta: int) -> None:
        row = self.table.currentIndex().row()
        self.select_row(max(0, min(len(self.model.rows) - 1, row + delta)))

    def _show_progress(self) -> None:
        n = len(self.model.rows)
        self.progress.setText(self.tr("<b>{done} of {n} submitted</b>").format(done=self.model.submitted(), n=n))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.current_changed.emit(self.model.rows[current.row()]["email"])
