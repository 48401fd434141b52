"""The middle pane: the candidate's application in a QPdfView, the current criterion's keywords highlighted
(QPdfSearchModel), a hit list computed from the stored page texts (click to jump), and a search box (Ctrl+F).
A scan read by OCR says so (with the mean confidence) and its keyword hits are drawn on the words OCR read
(ocr_highlights.py), since the PDF itself has no text to search.

The document is shown by the interface's one PDF viewer (ui/pdf_viewer.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..pdf_viewer import PdfViewer
from .ocr_highlights import OcrPdfView
from .sheet_maths import Hit, keyword_hits

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
KEYWORD_ROLE = Qt.ItemDataRole.UserRole + 2


class PdfPane(QWidget):
    loaded = Signal(int)  # page count, once the document is ready

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_texts: list[str] = []
        self.viewer = PdfViewer("scoringPdfView", view_class=OcrPdfView)  # OCR boxes painted on a scan
        self.pdf, self.search_model, self.view = self.viewer.pdf, self.viewer.search, self.viewer.pdf_view
        self.pdf.statusChanged.connect(self._status)
        self.message = QLabel(objectName="pdfMessage", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.viewer)
        self.stack.addWidget(self.message)

        self.title = QLabel(objectName="pdfTitle")
        self.search = QLineEdit(objectName="pdfSearch", placeholderText=self.tr("Search the application (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.search.returnPressed.connect(lambda: self.find(self.search.text()))
        self.search.textChanged.connect(lambda t: self.find(t) if not t else None)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search)
        self.ocr_note = QLabel(objectName="ocrNote", wordWrap=True)
        self.ocr_note.setStyleSheet("background: #fff4cc; color: #5a4300; padding: 3px 6px;")
        self.ocr_note.hide()

        self.hits = QStandardItemModel(self)
        self.hit_view = QTreeView(objectName="hitList", rootIsDecorated=False, uniformRowHeights=True)
        self.hit_view.setModel(self.hits)
        self.hit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hit_view.clicked.connect(self._hit_clicked)
        self.hit_view.activated.connect(self._hit_clicked)
        self.hit_label = QLabel(objectName="hitLabel", wordWrap=True)
        self.hit_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hit_box = QWidget()
        hl = QVBoxLayout(hit_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.hit_label)
        hl.addWidget(self.hit_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.stack)
        split.addWidget(hit_box)
        split.setSizes([600, 150])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.ocr_note)
        lay.addWidget(split, 1)
        self.show_message(self.tr("Select a candidate."))

    # ------------------------------------------------------------------ document
    def load(self, filename: str, data: bytes, page_texts: list[str], ocr=None) -> None:
        """`ocr`: the OcrReading of a scan (services/scoring.py), None for a PDF with its own text layer."""
        self.page_texts = page_texts
        self.show_ocr(ocr)
        self.title.setText(filename)
        self.stack.setCurrentWidget(self.viewer)
        self.viewer.load_bytes(data)

    def show_ocr(self, ocr) -> None:
        self.view.set_words(ocr.words if ocr is not None else None)
        if ocr is None:
            self.ocr_note.hide()
            return
        if ocr.confidence is None:
            text = self.tr("This application is a scan: its text was read by OCR. Keyword hits are marked on "
                           "the words OCR read; check what matters against the scan.")
        else:
            text = self.tr("This application is a scan: its text was read by OCR (mean confidence {0} %). Keyword "
                           "hits are marked on the words OCR read; check what matters against the scan."
                           ).format(f"{ocr.confidence:.0f}")
        self.ocr_note.setText(text)
        self.ocr_note.show()

    def show_message(self, text: str) -> None:
        self.viewer.close_document()
        self.show_ocr(None)
        self.page_texts = []
        self.title.setText("")
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.hits.clear()
        self.hit_label.setText("")

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.title.setText(self.tr("{file}  ({pages} pages)").format(file=self.title.text().split("  (")[0],
                                                                         pages=self.pdf.pageCount()))
            self.loaded.emit(self.pdf.pageCount())
        elif status == QPdfDocument.Status.Error:
            self.show_message(self.tr("This PDF cannot be displayed; it is stored and can be exported."))

    # ------------------------------------------------------------------ keywords and search
    def show_criterion(self, code: str, keywords: list[str]) -> list[Hit]:
        hits = keyword_hits(self.page_texts, keywords)
        self.hits.clear()
        self.hits.setHorizontalHeaderLabels([self.tr("Page"), self.tr("Keyword"), self.tr("Context")])
        for h in hits:
            row = [QStandardItem(str(h.page + 1)), QStandardItem(f"{h.keyword} ×{h.count}"), QStandardItem(h.snippet)]
            for item in row:
                item.setData(h.page, PAGE_ROLE)
                item.setData(h.keyword, KEYWORD_ROLE)
            self.hits.appendRow(row)
        self.hit_view.setColumnWidth(0, 44)
        self.hit_view.setColumnWidth(1, 130)
        where = sorted({h.page + 1 for h in hits})
        found = self.tr("found on page {pages}").format(pages=", ".join(map(str, where))) if where \
            else self.tr("no hit")
        self.hit_label.setText(self.tr("<b>{code}</b> keywords: {keywords} — {found}").format(
            code=code, keywords=", ".join(keywords) or self.tr("none"), found=found))
        best = max(hits, key=lambda h: h.count).keyword if hits else (keywords[0] if keywords else "")
        if not self.search.hasFocus():
            self.find(best, jump=False)
        return hits

    def find(self, text: str, jump: bool = True) -> None:
        self.search_model.setSearchString(text)
        self.view.set_keyword(text)
        if jump and text:
            needle = text.lower()
            page = next((i for i, t in enumerate(self.page_texts) if needle in t.lower()), None)
            if page is not None:
                self.jump(page)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def jump(self, page: int) -> None:
        self.viewer.jump(page)

    def _hit_clicked(self, index) -> None:
        page, keyword = index.data(PAGE_ROLE), index.data(KEYWORD_ROLE)
        if keyword:
            self.search_model.setSearchString(keyword)
            self.view.set_keyword(keyword)
        if page is not None:
            self.jump(int(page))
