"""Printing a PDF (a QPdfDocument) on a QPrinter, page by page.

Each page is rendered by QtPdf at the printer's resolution (capped, see MAX_DPI) and composited on white:
QPdfDocument.render() returns a transparent page background, which prints black or grey on some drivers.
The printer follows each page's orientation (the reports mix portrait and landscape pages).
QWidget.render() is never used for printing: it would print an image of the screen without a text layer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from panel_app.domain.errors import Cancelled, UserFacingError

MAX_DPI = 300  # an A4 page at a printer's 1200 dpi would be a 550 MB image; 300 dpi prints sharp text


def page_image(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` rendered at `dpi`, on an opaque white background."""
    points = doc.pagePointSize(index)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    rendered = doc.render(index, size)
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    p = QPainter(white)
    p.drawImage(0, 0, rendered)
    p.end()
    return white


def _orientation(doc: QPdfDocument, index: int) -> QPageLayout.Orientation:
    s = doc.pagePointSize(index)
    return QPageLayout.Orientation.Landscape if s.width() > s.height() else QPageLayout.Orientation.Portrait


def print_document(doc: QPdfDocument, printer: QPrinter,
                   progress: Callable[[float, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> int:
    """Print every page of `doc` on `printer`; returns the number of pages printed."""
    n = doc.pageCount()
    if n <= 0:
        raise UserFacingError(QCoreApplication.translate("Printing", "There is nothing to print: generate a preview first."))
    printer.setFullPage(True)  # the PDF pages carry their own margins
    printer.setPageOrientation(_orientation(doc, 0))
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError(QCoreApplication.translate("Printing", "The printer could not be opened."),
                              hint=QCoreApplication.translate("Printing", "Check the printer, or export the PDF instead."))
    try:
        for i in range(n):
            if cancelled is not None and cancelled():
                printer.abort()
                raise Cancelled
            if i:
                printer.setPageOrientation(_orientation(doc, i))
                printer.newPage()
            if progress is not None:
                progress(i / n, QCoreApplication.translate("Printing", "Printing page {page} of {n}").format(
                    page=i + 1, n=n))
            image = page_image(doc, i, dpi)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2,
                                     w, h), image)
    finally:
        painter.end()
    if progress is not None:
        progress(1.0, QCoreApplication.translate("Printing", "Printed {n} pages").format(n=n))
    return n
