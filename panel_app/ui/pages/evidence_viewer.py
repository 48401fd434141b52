"""The evidence of the selected eligibility cell, shown on its page of the application's PDF and highlighted.

The application's documents (kinds, page counts, flags) come from the applications listing, read once per
refresh; the PDF bytes are read on the DB worker thread and the current document is kept (moving between
the cells of one row does not reload it). The document is shown by the interface's one PDF viewer
(ui/pdf_viewer.py). A check without a page (mail, Europass, an
unreadable PDF) shows a plain explanation instead of the PDF.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from panel_app.domain.errors import UserFacingError
from panel_app.services.application_info import ApplicationInfo, DocumentInfo
from panel_app.services.eligibility_info import EligibilityCheck
from panel_app.ui.words import text as said

from ..errors import show_error
from ..pdf_viewer import PdfViewer
from ..state import AppState

_MARKS = re.compile(r"[☒☐☑⊠❑□■✓✔✅○]|\[\s*[xX✓✔]?\s*\](?=\s)")
SEARCH_MAX = 40  # characters searched for: enough to be distinctive, short enough to stay on one PDF line
UNREADABLE = {"encrypted": QT_TRANSLATE_NOOP("EvidenceViewer", "the PDF is encrypted (password-protected), so nothing could be read from it"),
              "corrupt": QT_TRANSLATE_NOOP("EvidenceViewer", "the PDF is damaged and could not be read"),
              "no_text_layer": QT_TRANSLATE_NOOP("EvidenceViewer", "the PDF is a scan without a text layer: check it by eye on the "
                                                 "Applications page")}


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidenceViewer", text)


def search_text(evidence: str) -> str:
    """The part of the evidence to find on the page: the whole line when short ("Nationality: NO" is
    distinctive where "NO" alone is not), else the value after the label, cut at a word to ~40 characters.
    Box marks are left out: a box drawn by a browser or held in a form field has no glyph on the page."""
    text = " ".join(_MARKS.sub(" ", evidence or "").split())
    if len(text) <= SEARCH_MAX:
        return text
    label, sep, value = text.partition(": ")
    if sep and len(value) >= 4 and len(label) < len(text) // 2:
        text = value
    if len(text) > SEARCH_MAX:
        cut = text[:SEARCH_MAX + 1]
        text = cut[:cut.rfind(" ")] if " " in cut[SEARCH_MAX // 2:] else text[:SEARCH_MAX]
    return text.strip()


def no_page_text(check: EligibilityCheck, app: ApplicationInfo | DocumentInfo | None) -> str:
    """Why a check has no page to show, in words."""
    evidence = check.evidence or ""
    flags = [f for f in (app.flags if app is not None else []) if f in UNREADABLE]
    if evidence.startswith("Europass"):
        why = QCoreApplication.translate("EvidenceViewer", "the evidence comes from the Europass data")
    elif evidence:
        why = QCoreApplication.translate("EvidenceViewer", "the evidence comes from the mail and the intake checks, "
                                                           "not from a page of the PDF")
    elif flags:
        why = _t(UNREADABLE[flags[0]])
    else:
        why = QCoreApplication.translate("EvidenceViewer", "nothing was found in the documents for this criterion: "
                                                           "check it by hand")
    extra = "<br><br>" + QCoreApplication.translate("EvidenceViewer", "Note: {why}.").format(
        why=_t(UNREADABLE[flags[0]])) if flags and evidence else ""
    quote = f"<br><br>“{escape(evidence)}”" if evidence else ""
    return no_page(escape(why)) + quote + extra


def no_page(why: str) -> str:
    return QCoreApplication.translate("EvidenceViewer", "<b>No page to show</b>: {why}.").format(why=why)


def locate(app: ApplicationInfo, page: int) -> tuple[int, int] | None:
    """(document index, 1-based page in it) of page `page` counted over the application's PDFs in order,
    as the eligibility suggestion counted them at import, then one page for each photo read by OCR (as the
    suggestion read after OCR counts them: store/ocr.page_texts)."""
    offset = 0
    for i, d in enumerate(app.documents):
        if d.kind != "pdf":
            continue
        n = d.pages or 0
        if page <= offset + n:
            return i, page - offset
        offset += n
    for i, d in enumerate(app.documents):
        if d.kind == "image" and d.ocr_engine:
            offset += 1
            if page == offset:
                return i, 1
    return None


class EvidenceViewer(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="evidenceViewer")
        self.state = state
        self._apps: dict[int, ApplicationInfo] | None = None  # application id -> its listing (documents, flags)
        self._apps_token: object | None = None
        self._want: tuple[int, EligibilityCheck] | None = None  # the (application id, check) to show
        self._loaded: tuple | None = None  # (application id, document index, sha256) now in self.pdf
        self._loading: tuple | None = None
        self._target = -1  # 0-based page whose first search result is made current
        self._filename = ""

        self.caption = QLabel(objectName="evidenceCaption", textFormat=Qt.TextFormat.RichText)
        self.caption.setStyleSheet("color: #444")
        self.view = PdfViewer("evidencePdfView")
        self.pdf, self.search = self.view.pdf, self.view.search
        self.search.countChanged.connect(self._results_changed)
        self.fallback = QLabel(objectName="evidenceFallback", wordWrap=True, textFormat=Qt.TextFormat.RichText,
                               alignment=Qt.AlignmentFlag.AlignCenter)
        self.fallback.setMargin(12)
        self.fallback.setStyleSheet("QLabel { color: #444; background: #f3f4f6; border: 1px solid #d0d3d8; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.fallback)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        lay.addWidget(self.stack, 1)
        self.show_check(None, None)

    def under(self, main: QWidget, *below_it: QWidget) -> QSplitter:
        """`main` (the matrix, stretched) and `below_it` (its legend, message) above this viewer, in a
        splitter that gives the matrix the spare height."""
        top = QWidget()
        lay = QVBoxLayout(top)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(main, 1)
        for w in below_it:
            lay.addWidget(w)
        split = QSplitter(Qt.Orientation.Vertical, objectName="matrixEvidenceSplit", childrenCollapsible=False)
        split.addWidget(top)
        split.addWidget(self)
        split.setStretchFactor(0, 1)
        split.setSizes([420, 300])
        return split

    # ------------------------------------------------------------------------------------------ choosing
    def forget_applications(self) -> None:
        """The applications may have changed (import, refresh): read their documents again when needed."""
        self._apps, self._apps_token = None, None

    def show_check(self, application_id: int | None, check: EligibilityCheck | None) -> None:
        self._want = (application_id, check) if application_id is not None and check is not None else None
        if self._want is None:
            self._show_text(self.tr("Select a criterion cell to see its evidence in the application."))
            return
        a = self.state.actor
        if not (a.is_setup or a.role in ("secretary", "chair")):
            self._show_text(self.tr("The documents are opened here by the secretary and the chair; members read "
                                    "them in the scoring workspace."))
            return
        if self._apps is None or application_id not in self._apps:
            self._read_applications()
            return
        app = self._apps[application_id]
        where = locate(app, check.page) if check.page else None
        if where is None:
            self._show_text(no_page_text(check, app) if not check.page else
                            no_page(self.tr("page {page} is not in the stored PDF").format(page=check.page)))
            return
        index, page = where
        doc = app.documents[index]
        if doc.flags and set(doc.flags) & {"encrypted", "corrupt"}:
            self._show_text(no_page_text(replace(check, evidence=""), doc))
            return
        self._filename = doc.filename
        key = (application_id, index, doc.sha256)
        if key == self._loaded:
            self._go(page - 1, search_text(check.evidence))
        elif key != self._loading:
            self._load(key)

    def _read_applications(self) -> None:
        if self._apps_token is not None:
            return  # already reading: the answer shows what is wanted then
        self._apps_token = token = object()
        self._show_text(self.tr("Reading the application…"))
        s = self.state

        def done(apps: list[ApplicationInfo]) -> None:
            if token is self._apps_token:
                self._apps, self._apps_token = {a.id: a for a in apps}, None
                if self._want is not None:
                    self.show_check(*self._want)

        s.tasks.run(s.services.applications.list, s.reference, actor=s.actor, on_done=done, on_error=self._failed)

    # ------------------------------------------------------------------------------------------ loading
    def _load(self, key: tuple) -> None:
        self._loading = key
        self._show_text(self.tr("Opening the application…"), keep_loading=True)
        s = self.state
        s.tasks.run(s.services.applications.document, s.reference, key[0], key[1], s.actor, as_page=True,
                    on_done=lambda r: self._loaded_document(key, r), on_error=self._failed)

    def _loaded_document(self, key: tuple, result: tuple[str, bytes]) -> None:
        if key != self._loading:
            return  # another cell was selected meanwhile
        self._loading = None
        self._close()
        self.view.load_bytes(result[1])
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() == 0:
            self._show_text(no_page(_t(UNREADABLE["encrypted" if self.view.encrypted() else "corrupt"])))
            return
        self._loaded = key
        if self._want is not None:
            self.show_check(*self._want)

    def _failed(self, error: BaseException) -> None:
        self._loading, self._apps_token = None, None
        if isinstance(error, UserFacingError):
            self._show_text(self.tr("<b>The document cannot be shown</b>: {reason}").format(reason=escape(said(error.message))))
        else:
            show_error(self, error)

    def _close(self) -> None:
        self._loaded, self._target = None, -1
        self.search.setSearchString("")
        self.view.setCurrentSearchResultIndex(-1)
        self.view.close_document()

    # ------------------------------------------------------------------------------------------ showing
    def _show_text(self, html: str, keep_loading: bool = False) -> None:
        if not keep_loading:
            self._loading = None
        self._target = -1
        self.caption.setText(self.tr("<b>Evidence in the application</b>"))
        self.fallback.setText(html)
        self.stack.setCurrentWidget(self.fallback)

    def _go(self, page_index: int, text: str) -> None:
        self.stack.setCurrentWidget(self.view)
        self._target = page_index
        self.view.setCurrentSearchResultIndex(-1)
        self.view.jump(page_index)
        self._caption(text, None)
        if not text:
            return
        if self.search.searchString() != text:
            self.search.setSearchString(text)  # searched page by page in the background: countChanged
        else:
            self._results_changed()

    def _results_changed(self) -> None:
        if self._target < 0:
            return
        found = next((i for i in range(self.search.count()) if self.search.resultAtIndex(i).page() == self._target),
                     None)
        if found is None or found == self.view.currentSearchResultIndex():
            return
        self.view.setCurrentSearchResultIndex(found)
        where = self.search.resultAtIndex(found).location()  # a little above the line, so it is in view
        self.view.jump(self._target, max(0.0, where.y() - 60))
        self._caption(self.search.searchString(), True)

    def _caption(self, text: str, found: bool | None) -> None:
        what = f"“{escape(text)}”" if text else self.tr("the evidence")
        caption = self.tr("<b>Evidence in the application</b> · page {page} of {file} · {what} highlighted") if found \
            else self.tr("<b>Evidence in the application</b> · page {page} of {file} · {what} searched for on the page")
        self.caption.setText(caption.format(page=self._target + 1, file=escape(self._filename), what=what))

    def current_page(self) -> int:
        return self.view.current_page()

