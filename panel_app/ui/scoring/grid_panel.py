"""The right-hand pane: the member's grid for one candidate, the current criterion's anchors, its comment and
evidence page, the live weighted total and the submit button."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.grid import Rules
from panel_app.domain.names import display_name
from panel_app.services.scoring_results import ScoringSheet, SheetMark
from panel_app.ui.words import text as said

from .grid_model import SCORE_COL, GridModel, anchors_html
from .score_keys import ScoreTable
from .sheet_maths import is_marked, total_text


class GridPanel(QWidget):
    criterion_changed = Signal(str)
    change_requested = Signal(str, dict)  # criterion, {"value"/"na"/"comment"/"evidence_page": ...}
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = GridModel(self)
        self.scale_max: float = Rules.scale_max  # the procedure's, from each sheet shown
        self.email: str | None = None
        self.heading = QLabel(objectName="candidateHeading", textFormat=Qt.TextFormat.RichText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner = QLabel(objectName="submittedBanner", wordWrap=True)
        self.banner.setStyleSheet("background:#e6f4ea; color:#1b5e20; padding:4px; border-radius:3px")
        self.banner.hide()
        self.table = ScoreTable("gridTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 28), (SCORE_COL, 46), (3, 52), (4, 96), (5, 30)):
            self.table.setColumnWidth(col, width)
        self._fit_criterion_column([])
        self.table.score_key.connect(self._score_key)
        self.table.edit_comment.connect(self.focus_comment)
        self.table.enter.connect(self._enter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda ix: self.focus_comment() if ix.column() in (4, 5) else None)

        self.total = QLabel(objectName="totalLabel")
        self.total.setStyleSheet("font-size:15px; font-weight:bold")
        self.total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.submit = QPushButton(self.tr("Submit candidate  (Enter)"), objectName="submitButton")
        self.submit.setToolTip(self.tr("Submit your marks for this candidate and open the next one; Ctrl+Z takes it "
                               "back for a few seconds"))
        self.submit.clicked.connect(self.submit_requested)
        self.comment = QLineEdit(objectName="commentEdit", placeholderText=self.tr("Comment on this criterion (Enter saves)"))
        self.comment.returnPressed.connect(self._comment_done)
        self.comment.editingFinished.connect(self._save_comment)
        self.page_box = QSpinBox(objectName="evidencePage", minimum=0, maximum=999, specialValueText="—")
        self.page_box.setToolTip(self.tr("Page of the application where the evidence is (— none)"))
        self.page_box.setPrefix(self.tr("p. "))
        self.page_box.editingFinished.connect(self._save_page)
        self.anchors = QTextBrowser(objectName="anchorsText")
        self.anchors.setMinimumHeight(120)

        edit_row = QHBoxLayout()
        edit_row.addWidget(self.comment, 1)
        edit_row.addWidget(self.page_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.submit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 3)
        lay.addLayout(bottom)
        lay.addLayout(edit_row)
        lay.addWidget(self.anchors, 2)

    def _fit_criterion_column(self, codes: list[str]) -> None:
        """The criterion column is never narrower than its header or a criterion's code, whatever the window size
        and the display scaling: the table asks the splitter for that room. The title is elided in the cell; the
        tooltip and the anchors below give it whole."""
        table, header = self.table, self.table.horizontalHeader()
        title = self.model.headerData(0, Qt.Orientation.Horizontal)
        need = max([header.fontMetrics().horizontalAdvance(title),
                    *(table.fontMetrics().horizontalAdvance(f"{code}  ") for code in codes)]) + 16
        others = sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        table.setMinimumWidth(need + others + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth())

    # ------------------------------------------------------------------ showing
    def forget(self) -> None:
        """The next sheet is a new one, even for the candidate shown last (another member signed in)."""
        self.email = None

    def show_sheet(self, sheet: ScoringSheet, submitted_text: str | None) -> None:
        same = self.email == sheet.candidate.email
        self.email = sheet.candidate.email
        keep = self.current_criterion() if same else None
        read_only = sheet.status == "submitted"
        self.scale_max = sheet.scale[1]
        self.model.set_sheet(sheet.marks, sheet.anchors or {}, read_only, sheet.scale)
        self._fit_criterion_column([m.criterion for m in sheet.marks])
        c = sheet.candidate
        name = html.escape(said(display_name(c.surname, c.first_name)))
        self.heading.setText(f"<b style='font-size:14px'>{name}</b> <span style='color:#666'>{c.email}</span>")
        self.banner.setVisible(read_only)
        self.banner.setText(submitted_text or "")
        self.submit.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)
        self.page_box.setReadOnly(read_only)
        row = max(0, self.model.row_of(keep)) if keep else next(  # a new candidate: the first criterion to mark
            (i for i, m in enumerate(self.model.marks) if not is_marked(m)), 0)
        if self.model.marks:
            self.table.setCurrentIndex(self.model.index(row, SCORE_COL))
        self._refresh_current()

    def apply(self, criterion: str, new: SheetMark) -> None:
        self.model.apply(criterion, new)
        self._show_total()
        if criterion == self.current_criterion():
            self._refresh_current(editors=not (self.comment.hasFocus() or self.page_box.hasFocus()))

    def flush(self) -> None:
        """Save a comment or evidence page still being typed (before moving to another candidate)."""
        if self.comment.isModified():
            self._save_comment()
        self._save_page()

    def current_mark(self) -> SheetMark | None:
        row = self.table.currentIndex().row()
        return self.model.marks[row] if 0 <= row < len(self.model.marks) else None

    def current_criterion(self) -> str | None:
        m = self.current_mark()
        return m.criterion if m else None

    def select_criterion(self, criterion: str) -> None:
        row = self.model.row_of(criterion)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, SCORE_COL))

    def focus_comment(self) -> None:
        if not self.model.read_only:
            self.comment.setFocus()
            self.comment.selectAll()

    # ------------------------------------------------------------------ editing
    def _score_key(self, key) -> None:
        m = self.current_mark()
        if m is None or self.model.read_only:
            return
        if key == "na":
            self.change_requested.emit(m.criterion, {"value": None, "na": True})
        else:
            self.change_requested.emit(m.criterion, {"value": key, "na": False})
        self.table.move_row(1)  # a mark moves on to the next criterion (it stays on the last one)

    def complete(self) -> bool:
        return bool(self.model.marks) and all(is_marked(m) for m in self.model.marks)

    def _enter(self) -> None:
        """Enter on a complete candidate submits it; on an incomplete one it opens the comment."""
        if not self.model.read_only and self.complete():
            self.submit_requested.emit()
        else:
            self.focus_comment()

    def _comment_done(self) -> None:
        self._save_comment()
        self.table.setFocus()

    def _save_comment(self) -> None:
        m = self.current_mark()
        if m is not None and not self.model.read_only and self.comment.text() != (m.comment or ""):
            self.change_requested.emit(m.criterion, {"comment": self.comment.text()})

    def _save_page(self) -> None:
        m = self.current_mark()
        if m is not None and not self.model.read_only and self.page_box.value() != (m.evidence_page or 0):
            self.change_requested.emit(m.criterion, {"evidence_page": self.page_box.value()})

    def _row_changed(self, current, previous) -> None:
        if previous.isValid() and previous.row() < len(self.model.marks):
            self._save_comment_of(previous.row())
        self._refresh_current()
        m = self.current_mark()
        if m is not None:
            self.criterion_changed.emit(m.criterion)

    def _save_comment_of(self, row: int) -> None:
        m = self.model.marks[row]
        if not self.model.read_only and self.comment.isModified() and self.comment.text() != (m.comment or ""):
            self.change_requested.emit(m.criterion, {"comment": self.comment.text()})

    def _refresh_current(self, editors: bool = True) -> None:
        m = self.current_mark()
        self.anchors.setHtml(anchors_html(m, self.model.default_anchors, self.model.scale) if m else "")
        self._show_total()
        if not editors:
            return
        self.comment.blockSignals(True)
        self.comment.setText((m.comment if m else "") or "")
        self.comment.setModified(False)
        self.comment.blockSignals(False)
        self.page_box.blockSignals(True)
        self.page_box.setValue((m.evidence_page if m else 0) or 0)
        self.page_box.blockSignals(False)

    def _show_total(self) -> None:
        self.total.setText(total_text(self.model.marks, self.scale_max) if self.model.marks else "")
