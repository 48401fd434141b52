"""Reports page: pick a report and its options, preview it (QPdfView), print it, export it as a PDF.

The PDF is generated on the DB worker thread (ReportService.render with progress) and shown by the
interface's one PDF viewer (ui/pdf_viewer.py). What may be
generated is decided by the service (permissions), the page only greys out what the actor may not ask for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.errors import UserFacingError
from panel_app.domain.names import display_name

from ..errors import show_error
from ..pdf_viewer import PdfViewer
from ..printing import print_document
from ..state import AppState
from .invitations_dialog import InvitationsButton
from .shown_refresh import RefreshWhenShown
from .xlsx_exports import XlsxExports

REPORTS = [  # (kind, name, what it holds): the interface's words; the reports themselves stay in English
    ("shortlist", QT_TRANSLATE_NOOP("ReportsPage", "Shortlist"), QT_TRANSLATE_NOOP("ReportsPage", "The candidates invited to interview, their marks per criterion, "
                                                       "the Art. 29 category, the rule that cut the list, and the "
                                                       "signatures. DRAFT until frozen.")),
    ("eligibility", QT_TRANSLATE_NOOP("ReportsPage", "Eligibility report"), QT_TRANSLATE_NOOP("ReportsPage", "Every application with its intake flags, the outcome "
                                                                  "per eligibility criterion with the reasons, and the "
                                                                  "counts.")),
    ("sheets", QT_TRANSLATE_NOOP("ReportsPage", "Candidate sheets"), QT_TRANSLATE_NOOP("ReportsPage", "One page per candidate: final mark per criterion, consensus "
                                                           "justifications. The chair may add the individual marks "
                                                           "(panel internal copy).")),
    ("panel", QT_TRANSLATE_NOOP("ReportsPage", "Panel report"), QT_TRANSLATE_NOOP("ReportsPage", "The minutes: composition, declarations, sealed grid and hash, "
                                                      "intake counts, eligibility, marks and consensus, shortlist "
                                                      "rule, interviews, reserve list.")),
    ("extract", QT_TRANSLATE_NOOP("ReportsPage", "Candidate extract"), QT_TRANSLATE_NOOP("ReportsPage", "For a candidate's data access request: their own data, "
                                                             "eligibility result, final marks, total, pass mark and "
                                                             "stage reached — nothing else.")),
]


class ReportsPage(RefreshWhenShown, QWidget):
    title = "Reports"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.pdf_bytes: bytes | None = None
        self.shown_kind: str | None = None
        self.shown_options: tuple = ()
        self.printer: QPrinter | None = None  # kept between prints (the user's printer choice)
        self._token = 0

        self.list = QListWidget(objectName="reportList")
        for kind, name, _text in REPORTS:
            item = QListWidgetItem(self.tr(name))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.list.addItem(item)
        self.list.setMaximumHeight(124)
        self.list.currentRowChanged.connect(lambda _r: self._options_changed())
        self.about = QLabel(objectName="reportAbout", wordWrap=True)
        self.about.setStyleSheet("color: #444")
        self.candidate = QComboBox(objectName="candidateCombo", editable=True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.lineEdit().setPlaceholderText(self.tr("candidate e-mail address"))
        self.stage = QComboBox(objectName="stageCombo")
        self.stage.addItem(self.tr("Preselection"), "preselection")
        self.stage.addItem(self.tr("Interview"), "interview")
        self.member_marks = QCheckBox(self.tr("Include individual members' marks\n(panel internal copy; chair only)"),
                                      objectName="memberMarks")
        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.tr("Candidate"), self.candidate)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow("", self.member_marks)

        self.preview_button = QPushButton(self.tr("Preview"), objectName="previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button = QPushButton(self.tr("Print…"), objectName="printButton")
        self.print_button.clicked.connect(self.print_report)
        self.export_button = QPushButton(self.tr("Export PDF…"), objectName="exportButton")
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.print_button, self.export_button):
            buttons.addWidget(b)
        self.progress = QProgressBar(objectName="reportProgress", maximum=100, textVisible=False)
        self.progress.setMaximumHeight(8)
        self.status = QLabel(objectName="reportStatus", wordWrap=True)

        side = QWidget()
        side.setMinimumWidth(300)
        side.setMaximumWidth(380)
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("<h2>Reports</h2>")))
        sv.addWidget(self.list)
        sv.addWidget(self.about)
        sv.addWidget(options)
        sv.addLayout(buttons)
        sv.addWidget(self.progress)
        sv.addWidget(self.status)
        self.xlsx = XlsxExports(state, self.status)
        sv.addWidget(self.xlsx)
        self.invitations = InvitationsButton(state, self.status)
        sv.addWidget(self.invitations)
        sv.addStretch(1)

        self.view = PdfViewer("reportView")
        self.doc = self.view.pdf
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(side)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 1000])
        QVBoxLayout(self).addWidget(split)

        self.list.setCurrentRow(0)
        self._set_busy(False)
        state.procedure_changed.connect(lambda _ref: self._reset())
        state.actor_changed.connect(lambda _a: self.refresh())

    # ------------------------------------------------------------------------------------------ state
    def kind(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "shortlist"

    def reload(self) -> None:
        """Grey out the reports the actor may not ask for; fill the candidates for the extract."""
        s = self.state
        if not s.reference:
            return
        ref, actor = s.reference, s.actor
        s.tasks.run(_page_facts, s.services, ref, actor, on_done=lambda f: self._facts(ref, f),
                    on_error=lambda e: show_error(self, e))

    def _facts(self, ref: str, facts: dict) -> None:
        if ref != self.state.reference:
            return
        allowed = set(facts["allowed"])
        for i in range(self.list.count()):
            item = self.list.item(i)
            kind = item.data(Qt.ItemDataRole.UserRole)
            flags = item.flags()
            on = kind in allowed
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if on else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip("" if on else self.tr("Your role may not generate this report."))
        current = self.candidate.currentText()
        self.candidate.clear()
        for email, name in facts["candidates"]:
            self.candidate.addItem(f"{name} <{email}>" if name != email else email, email)
        self.candidate.setEditText(current)
        self.xlsx.set_allowed(facts["exports"])
        self._options_changed()

    def _options_changed(self) -> None:
        kind = self.kind()
        self.about.setText(self.tr(next(t for k, _n, t in REPORTS if k == kind)))
        self.candidate.setEnabled(kind == "extract")
        self.stage.setEnabled(kind == "sheets")
        self.member_marks.setEnabled(kind == "sheets" and self.state.actor.role == "chair")
        if not self.member_marks.isEnabled():
            self.member_marks.setChecked(False)

    def candidate_email(self) -> str | None:
        text = self.candidate.currentText().strip()
        i = self.candidate.findText(text)
        if i >= 0 and self.candidate.itemData(i):
            return self.candidate.itemData(i)
        if "<" in text and text.endswith(">"):
            text = text[text.rindex("<") + 1:-1]
        return text or None

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        ready = not busy and self.pdf_bytes is not None
        self.print_button.setEnabled(ready)
        self.export_button.setEnabled(not busy)  # exports the selected report, previewed or not
        self.progress.setVisible(busy)

    def _reset(self) -> None:
        self._token += 1
        self.view.close_document()
        self.pdf_bytes, self.shown_kind = None, None
        self.status.clear()
        self._set_busy(False)
        self.refresh()

    # ------------------------------------------------------------------------------------------ preview
    def options(self) -> tuple:
        """What the report on screen was made from: the kind and every option that changes its content."""
        return (self.kind(), self.candidate_email(), self.stage.currentData(), self.member_marks.isChecked())

    def preview(self, then=None) -> None:  # `then(data)`: called once generated (export)
        s = self.state
        if not s.reference:
            show_error(self, UserFacingError(self.tr("Open a procedure first.")))
            return
        kind, options = self.kind(), self.options()
        self._token += 1
        token = self._token
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Generating…"))
        s.tasks.run(s.services.reports.render, s.reference, s.actor, kind, candidate=self.candidate_email(),
                    stage=self.stage.currentData(), show_member_marks=self.member_marks.isChecked(),
                    on_progress=lambda f, m: self._progress(token, f, m),
                    on_done=lambda data: self._loaded(token, kind, data, options, then),
                    on_error=lambda e: self._failed(token, e))

    def _progress(self, token: int, fraction: float, message: str) -> None:
        if token == self._token:
            self.progress.setValue(int(fraction * 100))
            self.status.setText(message)

    def _loaded(self, token: int, kind: str, data: bytes, options: tuple = (), then=None) -> None:
        if token != self._token:
            return
        self.shown_options = options
        self.pdf_bytes, self.shown_kind = data, kind
        self.view.load_bytes(data)
        name = self.tr(next(n for k, n, _t in REPORTS if k == kind))
        self.status.setText(self.tr("{name}: {pages} pages, {size} KB.").format(name=name, pages=self.doc.pageCount(),
                                                                                size=len(data) // 1024))
        self._set_busy(False)
        if then is not None:
            then(data)

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.status.setText(self.tr("Not generated."))
        self._set_busy(False)
        show_error(self, error)

    # ------------------------------------------------------------------------------------------ output
    def default_name(self) -> str:
        ref = (self.state.reference or "report").replace("/", "-")
        kind = self.kind()
        who = self.candidate_email() if kind == "extract" else None
        return f"{ref}-{kind}" + (f"-{who}" if who else "") + ".pdf"

    def export(self) -> None:
        """Exports the report selected now, with the options set now: the preview is reused only when it is
        that very report, else it is generated first. The last folder is remembered."""
        settings = QSettings()
        folder = settings.value("reports/last_folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                              str(Path(folder) / self.default_name()),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        settings.setValue("reports/last_folder", str(Path(path).parent))
        if self.pdf_bytes is not None and self.shown_options == self.options():
            self._write(path, self.pdf_bytes)
        else:
            self.preview(then=lambda data: self._write(path, data))

    def _write(self, path: str, data: bytes) -> None:
        try:
            Path(path).write_bytes(data)
        except OSError as e:
            show_error(self, UserFacingError(self.tr("Could not write {path}: {reason}.").format(
                path=path, reason=e.strerror or e), hint=self.tr("Choose another folder or file name.")))
            return
        self.status.setText(self.tr("Exported to {path}.").format(path=path))

    def print_report(self) -> None:
        if self.pdf_bytes is None or self.doc.pageCount() <= 0:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(self.default_name())
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            n = print_document(self.doc, self.printer, progress=lambda f, m: (
                self.progress.setValue(int(f * 100)), self.status.setText(m)))
        except Exception as e:  # shown to the user the right way
            show_error(self, e)
            return
        self.status.setText(self.tr("Sent {n} pages to the printer.").format(n=n))


def _page_facts(services, ref: str, actor) -> dict:
    """What the page needs for the actor (on the worker thread): the reports allowed, and the candidates."""
    allowed = services.reports.allowed(ref, actor)
    candidates = []
    if "extract" in allowed:  # names and e-mails only: the list of applications, not the eligibility matrix
        seen = set()
        for a in services.applications.list(ref):
            c = a.candidate
            if c.email and c.email not in seen:
                seen.add(c.email)
                candidates.append((c.email, display_name(c.surname, c.first_name)))
    return {"allowed": allowed, "candidates": candidates, "exports": services.exports.allowed(ref, actor)}
