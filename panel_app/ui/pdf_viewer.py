"""The one PDF viewer of the interface: a QPdfView with its QPdfDocument, a keyword search model, and the
document's bytes kept alive for as long as the document reads them.

QPdfDocument reads lazily from a QIODevice: the QBuffer and the QByteArray under it must outlive every page
render, so the viewer owns both and closes them only when it loads another document or closes this one.
The document is created before the view, in a plain container: Qt deletes children in that order, so the
document (which signals as it closes) is gone before the view it signals to (a QPdfView that owned its own
document crashed at exit). Used by the scoring pane, the Eligibility page's evidence and the Applications page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfViewer(QWidget):
    def __init__(self, object_name: str, parent: QWidget | None = None, *, view_class: type[QPdfView] = QPdfView):
        """`view_class`: a QPdfView that paints more (the scoring pane's OCR boxes, ui/scoring/ocr_highlights)."""
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.pdf)
        self.pdf_view = view_class(self)
        self.pdf_view.setObjectName(object_name)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setSearchModel(self.search)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pdf_view)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None

    def load_bytes(self, data: bytes) -> bool:
        """Show this PDF (the previous one is closed); False when it cannot be read (damaged, encrypted)."""
        self.close_document()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        return self.pdf.status() != QPdfDocument.Status.Error

    def encrypted(self) -> bool:
        return self.pdf.error() in (QPdfDocument.Error.IncorrectPassword, QPdfDocument.Error.UnsupportedSecurityScheme)

    def close_document(self) -> None:
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def jump(self, page: int, y: float = 0.0) -> None:
        """To page `page` (0-based), `y` points below its top."""
        self.pdf_view.pageNavigator().jump(page, QPointF(0, y), self.pdf_view.zoomFactor())

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def currentSearchResultIndex(self) -> int:  # QPdfView's name
        return self.pdf_view.currentSearchResultIndex()

    def setCurrentSearchResultIndex(self, index: int) -> None:
        self.pdf_view.setCurrentSearchResultIndex(index)

    def viewport(self) -> QWidget:
        return self.pdf_view.viewport()
