"""Keyword hits highlighted on a scan: the PDF has no text layer, so QPdfSearchModel finds nothing there; the
words OCR read (their boxes in PDF points, stored with the OCR text) are drawn over the page instead.

`OcrPdfView` is a QPdfView that paints those boxes after the page. Where a page lies in the view is computed
as QPdfView lays its pages out (qpdfview.cpp, calculateDocumentLayout): each page at its point size × the
screen's dots per point (× the zoom, or fitted to the viewport's width less the document margins), centred,
one under the other with the page spacing between, shifted by the scroll bars.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtPdfWidgets import QPdfView

HIGHLIGHT = QColor(255, 200, 0, 110)
_EDGE = re.compile(r"^\W+|\W+$")


def _plain(word: str) -> str:
    return _EDGE.sub("", word).casefold()


def matching_boxes(words: list[list], keyword: str) -> list[list]:
    """The boxes ([left, top, right, bottom, word]) of the page's words that spell `keyword`, whole words, case
    and surrounding punctuation ignored; a keyword of several words matches them in reading order."""
    wanted = [w for w in (_plain(x) for x in keyword.split()) if w]
    if not wanted:
        return []
    plain = [_plain(str(b[4])) for b in words]
    out: list[list] = []
    for i in range(len(words) - len(wanted) + 1):
        if plain[i:i + len(wanted)] == wanted:
            out.extend(words[i:i + len(wanted)])
    return out


class OcrPdfView(QPdfView):
    """A QPdfView that also paints the OCR boxes of the current keyword (`set_words`, `set_keyword`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.words: list[list[list]] = []  # per page
        self.keyword = ""

    def set_words(self, words: list[list[list]] | None) -> None:
        self.words = list(words or [])
        self.viewport().update()

    def set_keyword(self, keyword: str) -> None:
        self.keyword = keyword or ""
        self.viewport().update()

    def highlighted(self) -> dict[int, list[QRectF]]:
        """Per page, the viewport rectangles painted for the current keyword."""
        doc = self.document()
        if not self.words or not self.keyword or doc is None or doc.pageCount() == 0:
            return {}
        out: dict[int, list[QRectF]] = {}
        for page, geometry in self.page_geometries().items():
            boxes = matching_boxes(self.words[page], self.keyword) if page < len(self.words) else []
            if not boxes:
                continue
            points = doc.pagePointSize(page)
            sx, sy = geometry.width() / points.width(), geometry.height() / points.height()
            out[page] = [QRectF(geometry.left() + b[0] * sx, geometry.top() + b[1] * sy,
                                (b[2] - b[0]) * sx, (b[3] - b[1]) * sy) for b in boxes]
        return out

    def page_geometries(self) -> dict[int, QRect]:
        """Where each page lies in the viewport (as QPdfView lays it out in multi-page mode)."""
        doc = self.document()
        screen = QGuiApplication.primaryScreen()
        dots = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
        margins, viewport = self.documentMargins(), self.viewport()
        sizes = []
        for page in range(doc.pageCount()):
            size = QSizeF(doc.pagePointSize(page) * dots).toSize()
            if self.zoomMode() == QPdfView.ZoomMode.Custom:
                size = QSizeF(doc.pagePointSize(page) * dots * self.zoomFactor()).toSize()
            elif size.width() > 0:  # fitted to the width
                size = size * ((viewport.width() - margins.left() - margins.right()) / size.width())
            sizes.append(size)
        total = max((s.width() for s in sizes), default=0) + margins.left() + margins.right()
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        out, y = {}, margins.top()
        for page, size in enumerate(sizes):
            x = (max(total, viewport.width()) - size.width()) // 2
            out[page] = QRect(x - dx, y - dy, size.width(), size.height())
            y += size.height() + self.pageSpacing()
        return out

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        marks = self.highlighted()
        if not marks:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(230, 140, 0))
        painter.setBrush(HIGHLIGHT)
        for rects in marks.values():
            for r in rects:
                painter.drawRect(r)
        painter.end()
