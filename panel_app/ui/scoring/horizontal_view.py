"""Horizontal mode: ONE criterion across all the member's candidates (against the halo effect), edited with
the same keys as the grid: 0–4, N, Tab/Shift+Tab, Enter for the comment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.grid import Rules
from panel_app.services.scoring_results import SheetMark

from ..table_model import RowsModel
from .grid_model import anchors_html
from .score_keys import ScoreTable
from .sheet_maths import score_text
from .view_model import entered

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Candidate"), QT_TRANSLATE_NOOP("Headers", "Status"), QT_TRANSLATE_NOOP("Headers", "Score"), QT_TRANSLATE_NOOP("Headers", "Comment"))


class CriterionAcrossModel(RowsModel):
    headers = HEADERS

    """Rows: the member's candidates; cells: the member's own mark on one criterion."""

    def __init__(self, parent=None):
        super().__init__(parent)  # candidate rows (email, name, status)
        self.marks: dict[tuple[str, str], SheetMark] = {}  # (email, criterion) -> own mark
        self.criterion = ""

    def set_data(self, rows: list[dict], marks: dict[tuple[str, str], SheetMark]) -> None:
        self.beginResetModel()
        self.rows, self.marks = rows, marks
        self.endResetModel()

    def set_criterion(self, code: str) -> None:
        self.beginResetModel()
        self.criterion = code
        self.endResetModel()

    def mark(self, row: int) -> SheetMark:
        return self.mark_of(self.rows[row]["email"], self.criterion)

    def mark_of(self, email: str, criterion: str) -> SheetMark:
        """The member's own mark (a blank one when there is none yet)."""
        return self.marks.get((email, criterion)) or SheetMark.blank(criterion)

    def apply(self, email: str, criterion: str, new: SheetMark) -> None:
        """What the member entered (`new`) shown in the cell."""
        self.marks[(email, criterion)] = entered(new, self.mark_of(email, criterion))
        i = next((j for j, r in enumerate(self.rows) if r["email"] == email), -1)
        if i >= 0 and criterion == self.criterion:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        r, col = self.rows[index.row()], index.column()
        if col == 0:
            return r["name"]
        if col == 1:
            return r["status"].replace("_", " ")
        m = self.mark(index.row())
        return score_text(m) if col == 2 else (m.comment or "")


class HorizontalView(QWidget):
    candidate_changed = Signal(str)
    criterion_changed = Signal(str)
    change_requested = Signal(str, str, dict)  # email, criterion, changes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CriterionAcrossModel(self)
        self.criteria: tuple[SheetMark, ...] = ()
        self.default_anchors: dict = {}
        self.scale: tuple[int, int] = Rules().scale
        self.combo = QComboBox(objectName="criterionCombo")
        self.combo.currentIndexChanged.connect(self._criterion_picked)
        self.table = ScoreTable("horizontalTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 80)
        self.table.setColumnWidth(2, 50)
        self.table.score_key.connect(self._score_key)
        self.table.edit_comment.connect(lambda: (self.comment.setFocus(), self.comment.selectAll()))
        self.table.enter.connect(self.table.edit_comment)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.comment = QLineEdit(objectName="horizontalComment", placeholderText=self.tr("Comment (Enter saves)"))
        self.comment.returnPressed.connect(self._save_comment)
        self.anchors = QTextBrowser(objectName="horizontalAnchors")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Criterion:")))
        top.addWidget(self.combo, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.comment)
        lay.addWidget(self.anchors, 2)

    def set_criteria(self, criteria: tuple[SheetMark, ...], default_anchors: dict, scale: tuple[int, int]) -> None:
        keep = self.criterion()
        self.criteria, self.default_anchors, self.scale = criteria, default_anchors, (scale[0], scale[1])
        self.combo.blockSignals(True)
        self.combo.clear()
        for c in criteria:
            self.combo.addItem(f"{c.criterion} — {c.title}", c.criterion)
        self.combo.setCurrentIndex(max(0, self.combo.findData(keep)) if keep else 0)
        self.combo.blockSignals(False)
        self.model.criterion = self.criterion() or ""
        self._show_anchors()

    def set_data(self, rows: list[dict], marks: dict[tuple[str, str], SheetMark], current: str | None) -> None:
        self.model.set_data(rows, marks)
        row = next((i for i, r in enumerate(rows) if r["email"] == current), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(row, 2))

    def criterion(self) -> str | None:
        return self.combo.currentData()

    def current_email(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row]["email"] if 0 <= row < len(self.model.rows) else None

    def _criterion_picked(self, _i: int) -> None:
        row = self.table.currentIndex().row()
        self.model.set_criterion(self.criterion() or "")
        if 0 <= row < len(self.model.rows):
            self.table.setCurrentIndex(self.model.index(row, 2))
        self._show_anchors()
        self.table.setFocus()
        self.criterion_changed.emit(self.model.criterion)

    def _show_anchors(self) -> None:
        c = next((c for c in self.criteria if c.criterion == self.criterion()), None)
        self.anchors.setHtml(anchors_html(c, self.default_anchors, self.scale) if c else "")

    def _editable_row(self) -> int:
        row = self.table.currentIndex().row()
        ok = 0 <= row < len(self.model.rows) and self.model.rows[row]["status"] != "submitted"
        return row if ok else -1

    def _score_key(self, key) -> None:
        row = self._editable_row()
        if row >= 0:
            changes = {"value": None, "na": True} if key == "na" else {"value": key, "na": False}
            self.change_requested.emit(self.model.rows[row]["email"], self.model.criterion, changes)

    def _save_comment(self) -> None:
        row = self._editable_row()
        if row >= 0 and self.comment.text() != (self.model.mark(row).comment or ""):
            self.change_requested.emit(self.model.rows[row]["email"], self.model.criterion,
                                       {"comment": self.comment.text()})
        self.table.setFocus()

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        self.comment.setText(self.model.mark(current.row()).comment or "")
        self.comment.setReadOnly(self.model.rows[current.row()]["status"] == "submitted")
        self.candidate_changed.emit(self.model.rows[current.row()]["email"])
