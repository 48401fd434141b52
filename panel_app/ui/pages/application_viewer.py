"""The right-hand side of the Applications page: the selected application's documents (QPdfView) and details.

The document bytes are read on the DB worker thread; the QBuffer and its bytes are kept alive as attributes
for as long as QPdfDocument reads from them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
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

from panel_app.domain.flags import flag_label, flag_text
from panel_app.domain.names import display_name

from ..errors import show_error
from ..state import AppState
from .history_page import CandidateHistory


class ApplicationViewer(QSplitter):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.state = state
        self.app: dict | None = None
        self.timezone = ""
        self._doc_token: tuple | None = None
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None

        self.doc_combo = QComboBox(objectName="documentSelector")
        self.doc_combo.activated.connect(self.load_document)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(objectName="pdfView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
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
        self.tabs.addTab(scroll, "Details")
        self.tabs.addTab(self.history, "History")
        self.addWidget(doc_box)
        self.addWidget(self.tabs)
        self.setSizes([560, 200])
        self.show_application(None)

    def show_application(self, app: dict | None, reload_document: bool = True) -> None:
        self.app = app
        self.history.show_candidate((app or {}).get("candidate", {}).get("email") if app else None)
        if app is None:
            self.details.setText("<i>Select an application to see its documents and details.</i>")
            self._show_no_pdf("No application selected.")
            self.doc_combo.hide()
            return
        self.details.setText(self.details_html(app))
        if not reload_document:
            return
        docs = app["documents"]
        self.doc_combo.clear()
        for d in docs:
            pages = f", {d['pages']} pages" if d["pages"] else ""
            self.doc_combo.addItem(f"{d['filename']} ({d['kind']}{pages})")
        self.doc_combo.setVisible(len(docs) > 1)
        if not docs:
            self._show_no_pdf("No document is attached to this application.")
            return
        first_pdf = next((i for i, d in enumerate(docs) if d["kind"] == "pdf"), 0)
        self.doc_combo.setCurrentIndex(first_pdf)
        self.load_document(first_pdf)

    def load_document(self, index: int) -> None:
        app = self.app
        if app is None or not 0 <= index < len(app["documents"]):
            return
        doc = app["documents"][index]
        if doc["kind"] != "pdf":
            self._show_no_pdf(f"This document is not a PDF ({doc['kind']}): it is stored and can be exported."
                              f"\n\n{doc['filename']}")
            return
        token = (app["id"], index)
        self._doc_token = token
        s = self.state
        s.tasks.run(s.services.applications.document, s.reference, app["id"], index, s.actor,
                    on_done=lambda r: self._document_loaded(token, r), on_error=lambda e: show_error(self, e))

    def _document_loaded(self, token: tuple, result: tuple[str, bytes]) -> None:
        if token != self._doc_token:
            return  # the user has moved on to another application or document
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
        self._pdf_bytes = QByteArray(result[1])
        self._buffer = QBuffer(self._pdf_bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.doc_stack.setCurrentWidget(self.view)

    def _show_no_pdf(self, text: str) -> None:
        self._doc_token = None
        self.pdf.close()
        self.no_pdf.setText(text)
        self.doc_stack.setCurrentWidget(self.no_pdf)

    def details_html(self, a: dict) -> str:
        e = html.escape
        received = e(a["received_local"] or "unknown") + (f" ({e(self.timezone)})" if a["received_local"] else "")
        if a["received_utc"]:
            received += f" — {e(a['received_utc'])}"
        c = a["candidate"]
        lines = [f"<b style='font-size:14px'>{e(display_name(c['surname'], c['first_name']))}</b> "
                 f"&lt;{e(c['email'] or a['sender'] or 'no e-mail')}&gt;",
                 "<b>" + e(self.tr("Application id:")) + f"</b> {a['id']} — " + e(self.tr(
                     "every command takes {0}, #{0} or A{0}").format(a["id"])),
                 f"<b>Subject:</b> {e(a['subject'] or '(none)')}", f"<b>Sender:</b> {e(a['sender'] or '(unknown)')}",
                 f"<b>Source file:</b> {e(a['source'])}", f"<b>Received by the mailbox:</b> {received}"]
        if a["date_mismatch_minutes"]:
            lines.append(f"<span style='color:#a15c00'>⚠ Date header differs from the server receipt by "
                         f"{a['date_mismatch_minutes']} minutes — the receipt time counts</span>")
        if a["excluded"]:
            lines.append(f"<b style='color:#a00'>Excluded:</b> {e(a['exclusion_reason'] or '')}")
        elif a["exclusion_reason"]:
            lines.append(f"<b>Readmitted:</b> {e(a['exclusion_reason'])}")
        if a["flags"]:
            lines.append("<b>Flags:</b><ul style='margin-top:0; margin-bottom:0'>" + "".join(
                f"<li><b>{e(flag_label(f))}</b>: {e(flag_text(f))}</li>" for f in a["flags"]) + "</ul>")
        else:
            lines.append("<b>Flags:</b> none")
        for d in a["documents"]:
            if d.get("ocr_confidence") is not None:
                lines.append(f"<b>OCR:</b> {e(d['filename'])} read by {e(d.get('ocr_engine') or 'OCR')}, mean "
                             f"confidence {d['ocr_confidence']:.0f} % — the original file is unchanged")
        if a["error"]:
            lines.append(f"<b style='color:#a00'>Problem reading it:</b> {e(a['error'])}")
        return "<br>".join(lines)
