"""The one PDF viewer of the interface: a QPdfView with its QPdfDocument, a keyword search model, and the
document's bytes kept alive for as long as the document reads them.

QPdfDocument reads lazily from a QIODevice: the QBuffer and the QByteArray under it must outlive every page
render, so the viewer owns both and closes them only when it loads another document or closes this one.
Used by the scoring pane, the Eligibility page's evidence and the Applications page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfViewer(QPdfView):
    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.pdf = QPdfDocument(self)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.pdf)
        self.setDocument(self.pdf)
        self.setSearchModel(self.search)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
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
        self.pageNavigator().jump(page, QPointF(0, y), self.zoomFactor())

    def current_page(self) -> int:
        return self.pageNavigator().currentPage()
