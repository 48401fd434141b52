"""Eligibility page: the matrix of criteria per application, worked through from the keyboard.

Arrow keys move; M = met, N = not met, V = to verify, D = declared on the current cell (a reason is asked
for when one is required). The side panel shows the evidence, the warnings, Art. 29 and exclusion; the
evidence viewer under the matrix shows the evidence highlighted on its page of the PDF (evidence_viewer.py).
All reads and writes go through the services on the task runner.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Change, Changed
from panel_app.services.eligibility_info import (
    BulkConfirmation,
    EligibilityCounts,
    EligibilityOverview,
    EligibilityRow,
)
from panel_app.ui.words import text as said

from ..errors import show_error
from ..state import AppState
from .eligibility_bulk import BulkConfirm
from .eligibility_model import (
    FIXED,
    EligibilityModel,
    MatrixView,
    candidate_html,
    candidate_name,
    evidence_html,
    label,
)
from .evidence_viewer import EvidenceViewer
from .shown_refresh import RefreshWhenShown

ART29_CHOICES = [(QT_TRANSLATE_NOOP("EligibilityPage", "— none —"), None), (QT_TRANSLATE_NOOP("EligibilityPage", "Commission official"), "official"),
                 (QT_TRANSLATE_NOOP("EligibilityPage", "Official of another institution"), "other_institution"),
                 (QT_TRANSLATE_NOOP("EligibilityPage", "Competition laureate"), "laureate")]
LEGEND = QT_TRANSLATE_NOOP("EligibilityPage", "<i>italic</i> = suggestion, not yet decided · <b>•</b> = decided by the panel · keys: "
                           "<b>M</b> met, <b>N</b> not met, <b>V</b> to verify, <b>D</b> declared")
VALUES = ((QT_TRANSLATE_NOOP("EligibilityPage", "Met"), "met"), (QT_TRANSLATE_NOOP("EligibilityPage", "Not met"), "not_met"),
          (QT_TRANSLATE_NOOP("EligibilityPage", "To verify"), "to_verify"), (QT_TRANSLATE_NOOP("EligibilityPage", "Declared"), "declared"))


class EligibilityPage(RefreshWhenShown, QWidget):
    title = "Eligibility"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._broadcasting = False
        self._side_row: int | None = None
        self._tz = "Europe/Brussels"
        self.model = EligibilityModel(self)
        self.table = MatrixView(objectName="eligibilityMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # rows for a bulk confirmation
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # import order
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.decide_key.connect(self.decide)
        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_side())

        self.counts = QLabel(objectName="eligibilityCounts", wordWrap=True)
        self.only_to_verify = QCheckBox(self.tr("Show only to verify"), objectName="onlyToVerify")
        self.only_to_verify.toggled.connect(lambda _on: self.refresh())
        self.message = QLabel(objectName="eligibilityMessage")
        self.message.setStyleSheet("color: #8a5300")
        self.bulk = BulkConfirm(state, self._selected_ids, self._bulk_done, self.message.setText)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.bulk)
        top.addWidget(self.only_to_verify)
        legend = QLabel(self.tr(LEGEND), wordWrap=True)
        legend.setStyleSheet("color: #555")

        self.viewer = EvidenceViewer(state)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.viewer.under(self.table, legend, self.message))
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 1)
        split.setSizes([880, 380])  # the side column: its buttons and form labels whole at 1280 pixels
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        state.procedure_changed.connect(lambda _ref: self.refresh())
        state.actor_changed.connect(lambda _a: (self._show_side(), self.bulk.set_editable(self._can_edit())))
        state.subscribe({Change.APPLICATIONS, Change.ELIGIBILITY, Change.GRID}, self._changed_elsewhere)

    def _build_side(self) -> QScrollArea:
        side = QWidget()
        side.setMinimumWidth(300)
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        self.who = QLabel(objectName="eligibilityCandidate")
        self.who.setWordWrap(True)
        self.evidence = QTextBrowser(objectName="eligibilityEvidence")
        self.evidence.setMinimumHeight(150)
        self.evidence.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.evidence.setStyleSheet("QTextBrowser { background: transparent; }")
        box = QGroupBox(self.tr("Selected check"))
        bv = QVBoxLayout(box)
        bv.addWidget(self.evidence)
        buttons = QHBoxLayout()
        self.value_buttons = []
        for text, value in VALUES:
            b = QPushButton(self.tr(text), objectName=f"decide_{value}")
            b.clicked.connect(lambda _c=False, v=value: self.decide(v))
            buttons.addWidget(b)
            self.value_buttons.append(b)
        bv.addLayout(buttons)
        self.warnings = QLabel(objectName="eligibilityWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)  # escaped text: one warning alone has no tag either
        wbox = QGroupBox(self.tr("Warnings"))
        QVBoxLayout(wbox).addWidget(self.warnings)

        self.art29 = QComboBox(objectName="article29Combo")
        for text, value in ART29_CHOICES:
            self.art29.addItem(self.tr(text), value)
        self.art29_evidence = QLineEdit(objectName="article29Evidence")
        self.art29_evidence.setPlaceholderText(self.tr("evidence: form field, staff number, reserve list…"))
        self.art29_save = QPushButton(self.tr("Save Art. 29"), objectName="article29Save")
        self.art29_save.clicked.connect(self.save_article29)
        abox = QGroupBox(self.tr("Article 29 priority"))
        af = QFormLayout(abox)
        af.addRow(self.tr("Category"), self.art29)
        af.addRow(self.tr("Evidence"), self.art29_evidence)
        af.addRow("", self.art29_save)

        self.exclusion = QLabel(objectName="exclusionState")
        self.exclusion.setWordWrap(True)
        self.exclude_button = QPushButton(self.tr("Exclude from scoring…"), objectName="excludeButton")
        self.exclude_button.clicked.connect(lambda: self.set_excluded(True))
        self.readmit_button = QPushButton(self.tr("Readmit…"), objectName="readmitButton")
        self.readmit_button.clicked.connect(lambda: self.set_excluded(False))
        xbox = QGroupBox(self.tr("Scoring"))
        xv = QVBoxLayout(xbox)
        xv.addWidget(self.exclusion)
        xb = QHBoxLayout()
        xb.addWidget(self.exclude_button)
        xb.addWidget(self.readmit_button)
        xv.addLayout(xb)
        for w in (self.who, box, wbox, abox, xbox):
            sv.addWidget(w, 1 if w is box else 0)
        scroll = QScrollArea(objectName="eligibilitySide")  # a short screen scrolls it, never squeezes its boxes
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(side.minimumWidth() + scroll.verticalScrollBar().sizeHint().width())
        scroll.setWidget(side)
        return scroll

    # ------------------------------------------------------------------------------------------ loading
    def reload(self) -> None:
        s = self.state
        if not s.reference:
            return
        self.viewer.forget_applications()
        s.tasks.run(s.services.eligibility.overview, s.reference, only_to_verify=self.only_to_verify.isChecked(),
                    on_done=self._show, on_error=lambda e: show_error(self, e))

    def _changed_elsewhere(self, _kind: Change) -> None:
        if not self._broadcasting:
            self.refresh()

    def _show(self, overview: EligibilityOverview) -> None:
        cur = self.table.currentIndex()
        keep = (self.model.row(cur.row()).id, cur.column()) if cur.isValid() else None
        self.model.set_content(overview.rows, overview.criteria)
        self.bulk.set_criteria(overview.criteria)
        self.bulk.set_editable(self._can_edit())
        self._tz = overview.timezone
        self._show_counts(overview.counts)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 160), 240))
        target = self.model.find(*keep) if keep else self.model.index(0, len(FIXED))
        if target.isValid():
            self.table.setCurrentIndex(target)
        self._show_side(reload_article29=True)

    def _show_counts(self, n: EligibilityCounts) -> None:
        self.counts.setText(
            self.tr("<b>{received}</b> applications · {on_time} on time · <b>{eligible}</b> eligible · {not_eligible} "
                    "not eligible · {to_verify} to verify · {excluded} excluded").format(
                received=n.received, on_time=n.on_time, eligible=n.eligible, not_eligible=n.not_eligible,
                to_verify=n.to_verify, excluded=n.excluded))

    def _can_edit(self) -> bool:
        a = self.state.actor
        return a.is_setup or a.role in ("secretary", "chair")

    def _show_side(self, reload_article29: bool = False) -> None:
        idx = self.table.currentIndex()
        row = self.model.row(idx.row()) if idx.isValid() else None
        editable = self._can_edit() and row is not None
        check = self.model.check(idx) if row else None
        for b in self.value_buttons:
            b.setEnabled(editable and check is not None)
        for w in (self.art29, self.art29_evidence, self.art29_save):
            w.setEnabled(editable)
        self.exclude_button.setEnabled(editable and not row.excluded if row else False)
        self.readmit_button.setEnabled(editable and bool(row and row.excluded))
        if row is None:
            self.who.setText(self.tr("<i>No application selected.</i>"))
            self.evidence.setText("")
            self.warnings.setText("")
            self.exclusion.setText("")
            self.viewer.show_check(None, None)
            return
        self.who.setText(candidate_html(row))
        self.evidence.setText(evidence_html(check, self.model.criterion(idx.column()), self._tz))
        self.viewer.show_check(row.id, check)
        self.warnings.setText("<br>".join(f"⚠ {escape(said(w))}" for w in row.warnings)
                              or "<i>" + self.tr("none") + "</i>")
        reason = escape(row.exclusion_reason or "")
        if row.excluded:
            self.exclusion.setText(self.tr("<b>Excluded</b>: {reason}").format(reason=reason))
        elif row.exclusion_reason:
            self.exclusion.setText(self.tr("Admitted to scoring (last readmitted: {reason})").format(reason=reason))
        else:
            self.exclusion.setText(self.tr("Admitted to scoring."))
        if row.id != self._side_row or reload_article29:
            self._side_row = row.id
            self._show_article29(row)

    def _show_article29(self, row: EligibilityRow) -> None:
        sug = row.suggested
        category = row.article29 if row.article29 is not None else sug.article29
        self.art29.setCurrentIndex(max(0, self.art29.findData(category)) if category else 0)
        self.art29_evidence.setText(row.article29_evidence or (
            self.tr("form: Article 29 status field (suggested)") if sug.article29 and row.article29 is None
            else ""))

    # ------------------------------------------------------------------------------------------ actions
    def decide(self, value: str) -> None:
        idx = self.table.currentIndex()
        check = self.model.check(idx)
        if check is None:
            self.message.setText(self.tr("Select a criterion cell first (arrow keys move)."))
            return
        if not self._can_edit():
            self.message.setText(self.tr("Only the secretary or the chair decides on eligibility."))
            return
        crit, row = self.model.criterion(idx.column()), self.model.row(idx.row())
        declared = bool(crit and crit.declared)
        if declared and value == "met":
            self.message.setText(self.tr("{criterion} is declared at this stage: press D (declared).").format(
                criterion=check.criterion))
            return
        if not declared and value == "declared":
            self.message.setText(self.tr("{criterion} is checked on the documents: it cannot be 'declared'.").format(
                criterion=check.criterion))
            return
        if check.decided == value:
            return
        reason = None
        if value == "not_met" or value != check.suggested:
            text, ok = QInputDialog.getText(
                self, self.tr("Reason"), self.tr("{candidate} — {criterion}: {value}\n(suggested: {suggested}). Give the "
                                                 "reason in words:").format(
                    candidate=candidate_name(row), criterion=check.criterion, value=label(value),
                    suggested=label(check.suggested)))
            if not ok or not text.strip():
                self.message.setText(self.tr("Not saved: a reason is required."))
                return
            reason = text.strip()
        self.message.setText("")
        s = self.state
        s.tasks.run(s.services.eligibility.decide, s.reference, row.id, check.criterion, value, reason,
                    s.actor, seen_decided_at=check.decided_at, on_done=self._saved, on_error=self._failed)

    def set_excluded(self, excluded: bool) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        row = self.model.row(idx.row())
        what = self.tr("Exclude from scoring") if excluded else self.tr("Readmit to scoring")
        text, ok = QInputDialog.getText(self, what, self.tr("{what}: {candidate}.\nGive the reason in words:").format(
            what=what, candidate=candidate_name(row)))
        if not ok or not text.strip():
            return
        s = self.state
        fn = s.services.eligibility.exclude if excluded else s.services.eligibility.readmit
        s.tasks.run(fn, s.reference, row.id, text.strip(), s.actor, on_done=self._saved, on_error=self._failed)

    def save_article29(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        s = self.state
        s.tasks.run(s.services.eligibility.set_article29, s.reference, self.model.row(idx.row()).id,
                    self.art29.currentData(), self.art29_evidence.text(), s.actor,
                    on_done=self._saved, on_error=self._failed)

    def _saved(self, op: Changed[EligibilityRow]) -> None:
        self.model.replace_row(op.result)
        self._show_side(reload_article29=True)
        s = self.state
        s.tasks.run(s.services.eligibility.counts, s.reference, on_done=self._show_counts)
        self._broadcasting = True
        try:
            s.apply(op)
        finally:
            self._broadcasting = False

    def _selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self.model.row(r).id for r in rows]

    def _bulk_done(self, op: Changed[BulkConfirmation]) -> None:
        self.refresh()
        self._broadcasting = True
        try:
            self.state.apply(op)
        finally:
            self._broadcasting = False

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()
