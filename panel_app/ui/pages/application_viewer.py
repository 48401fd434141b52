"""The right-hand side of the Applications page: the selected application's documents (QPdfView) and details.

The document bytes are read on the DB worker thread and shown by the interface's one PDF viewer
(ui/pdf_viewer.py).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.identity import is_placeholder
from panel_app.domain.names import display_name
from panel_app.services.application_info import ApplicationInfo

from .. import words
from ..dates import shown
from ..errors import show_error
from ..pdf_viewer import PdfViewer
from ..state import AppState
from .history_page import CandidateHistory


class ApplicationViewer(QSplitter):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.state = state
        self.app: ApplicationInfo | None = None
        self.timezone = ""
        self._doc_token: tuple | None = None

        self.doc_combo = QComboBox(objectName="documentSelector")
        self.doc_combo.activated.connect(self.load_document)
        self.view = PdfViewer("pdfView")
        self.pdf = self.view.pdf
        self.no_pdf = QLabel(objectName="notPdfLabel", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.doc_stack = QStackedWidget()
        self.doc_stack.addWidget(self.view)
        self.doc_stack.addWidget(self.no_pdf)
        self.details = QLabel(objectName="detailsLabel", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.details)
        doc_box = QWidget()
        dl = QVBoxLayout(doc_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.doc_combo)
        dl.addWidget(self.doc_stack, 1)
        self.history = CandidateHistory(state)
        self.tabs = QTabWidget(objectName="applicationTabs")
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.addWidget(doc_box)
        self.addWidget(self.tabs)
        self.setSizes([560, 200])
        self.show_application(None)

    def show_application(self, app: ApplicationInfo | None, reload_document: bool = True) -> None:
        self.app = app
        self.history.show_candidate(app.candidate.email if app else None)
        if app is None:
            self.details.setText(self.tr("<i>Select an application to see its documents and details.</i>"))
            self._show_no_pdf(self.tr("No application selected."))
            self.doc_combo.hide()
            return
        self.details.setText(self.details_html(app))
        if not reload_document:
            return
        docs = app.documents
        self.doc_combo.clear()
        for d in docs:
            pages = self.tr("{kind}, {pages} pages").format(kind=d.kind, pages=d.pages) if d.pages else d.kind
            self.doc_combo.addItem(f"{d.filename} ({pages})")
        self.doc_combo.setVisible(len(docs) > 1)
        if not docs:
            self._show_no_pdf(self.tr("No document is attached to this application."))
            return
        first_pdf = next((i for i, d in enumerate(docs) if d.kind == "pdf"), 0)
        self.doc_combo.setCurrentIndex(first_pdf)
        self.load_document(first_pdf)

    def load_document(self, index: int) -> None:
        app = self.app
        if app is None or not 0 <= index < len(app.documents):
            return
        doc = app.documents[index]
        photo = doc.kind == "image"  # a phone photo of the signed form: shown as a page
        if doc.kind != "pdf" and not photo:
            self._show_no_pdf(self.tr("This document is not a PDF ({kind}): it is stored and can be exported.").format(
                kind=doc.kind) + f"\n\n{doc.filename}")
            return
        token = (app.id, index)
        self._doc_token = token
        s = self.state
        s.tasks.run(s.services.applications.document, s.reference, app.id, index, s.actor, photo,
                    on_done=lambda r: self._document_loaded(token, r), on_error=lambda e: show_error(self, e))

    def _document_loaded(self, token: tuple, result: tuple[str, bytes]) -> None:
        if token != self._doc_token:
            return  # the user has moved on to another application or document
        if not result[1]:
            self._show_no_pdf(self.tr("This document cannot be shown; it is stored and can be exported.")
                              + f"\n\n{result[0]}")
            return
        self.view.load_bytes(result[1])
        self.doc_stack.setCurrentWidget(self.view)

    def _show_no_pdf(self, text: str) -> None:
        self._doc_token = None
        self.view.close_document()
        self.no_pdf.setText(text)
        self.doc_stack.setCurrentWidget(self.no_pdf)

    def details_html(self, a: ApplicationInfo) -> str:
        e = html.escape
        unknown, flags_label = e(self.tr("(unknown)")), e(self.tr("Flags:"))
        received = e(shown(a.received_utc, self.timezone or "Europe/Brussels", seconds=True)) or unknown
        if a.received_utc:
            received += f" — {e(a.received_utc)}"
        c = a.candidate
        email = ("&lt;" + e(c.email or a.sender or self.tr("no e-mail")) + "&gt;" if not is_placeholder(c.email)
                 else e(self.tr("no e-mail address: known by the placeholder {0}").format(c.email)))
        fields = [(self.tr("Application id:"), f"{a.id} — " + e(self.tr(
                      "every command takes {0}, #{0} or A{0}").format(a.id))),
                  (self.tr("Subject:"), e(a.subject or self.tr("(none)"))),
                  (self.tr("Sender:"), e(a.sender) if a.sender else unknown),
                  (self.tr("Source file:"), e(a.source)),
                  (self.tr("Received by the mailbox:"), received)]
        lines = [f"<b style='font-size:14px'>{e(words.text(display_name(c.surname, c.first_name)))}</b> {email}"]
        lines += [f"<b>{e(label)}</b> {value}" for label, value in fields]
        if a.date_mismatch_minutes:
            lines.append("<span style='color:#a15c00'>⚠ " + e(self.tr(
                "Date header differs from the server receipt by {minutes} minutes — the receipt time counts").format(
                minutes=a.date_mismatch_minutes)) + "</span>")
        if a.excluded:
            lines.append("<b style='color:#a00'>" + e(self.tr("Excluded:")) + f"</b> {e(a.exclusion_reason or '')}")
        elif a.exclusion_reason:
            lines.append("<b>" + e(self.tr("Readmitted:")) + f"</b> {e(a.exclusion_reason)}")
        if a.flags:
            lines.append(f"<b>{flags_label}</b><ul style='margin-top:0; margin-bottom:0'>" + "".join(
                f"<li><b>{e(words.flag_label(f))}</b>: {e(words.flag_text(f))}</li>" for f in a.flags) + "</ul>")
        else:
            lines.append(f"<b>{flags_label}</b> " + e(self.tr("none")))
        for d in a.documents:
            if d.ocr_confidence is not None:
                lines.append("<b>OCR:</b> " + e(self.tr(
                    "{file} read by {engine}, mean confidence {confidence} % — the original file is unchanged").format(
                    file=d.filename, engine=d.ocr_engine or "OCR", confidence=f"{d.ocr_confidence:.0f}")))
        if a.error:
            lines.append("<b style='color:#a00'>" + e(self.tr("Problem reading it:")) + f"</b> {e(words.text(a.error))}")
        return "<br>".join(lines)
