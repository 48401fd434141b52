"""What a reader sees on a PDF page, as pypdfium2's text boxes: no two lines of text drawn over each other, nothing
outside the page or past the right margin, nothing cut with an ellipsis. Used by the layout tests of every report."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

MARGIN = 18 * 72 / 25.4  # panel_app.reports.tables.MARGIN, in points
SLACK = 0.8  # points: glyph boxes of adjacent lines may touch


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def __str__(self) -> str:
        return f"{self.text!r} at ({self.left:.1f}, {self.bottom:.1f})–({self.right:.1f}, {self.top:.1f})"


def boxes(page) -> list[Box]:
    """The page's text rectangles (PDFium merges the characters of one run on one line into one rectangle)."""
    tp = page.get_textpage()
    try:
        out = []
        for i in range(tp.count_rects()):
            left, bottom, right, top = tp.get_rect(i)
            text = tp.get_text_bounded(left, bottom, right, top).strip()
            if text and right - left > 0.3 and top - bottom > 0.3:
                out.append(Box(text, left, bottom, right, top))
        return out
    finally:
        tp.close()


def same_line(a: Box, b: Box) -> bool:
    """Two boxes of one line: their vertical middles within a third of the smaller height."""
    return abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < min(a.height, b.height) / 3


def collisions(found: list[Box]) -> list[tuple[Box, Box]]:
    """Pairs of boxes of different lines that overlap (beyond SLACK in both directions)."""
    out = []
    ordered = sorted(found, key=lambda b: b.left)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.left >= a.right - SLACK:
                break
            if min(a.top, b.top) - max(a.bottom, b.bottom) > SLACK and min(a.right, b.right) - max(a.left, b.left) > SLACK \
                    and not same_line(a, b):
                out.append((a, b))
    return out


def off_page(found: list[Box], width: float, height: float) -> list[Box]:
    """Boxes outside the page, or reaching past the right margin (clipped or cut by the printer)."""
    return [b for b in found if b.left < 0 or b.bottom < 0 or b.top > height or b.right > width - MARGIN + 1.0]


def cut(found: list[Box]) -> list[Box]:
    """Text cut short with an ellipsis (a report never cuts a name, an e-mail, a reason or a hash)."""
    return [b for b in found if b.text.endswith("…")]


def problems(data: bytes, label: str) -> list[str]:
    """Every layout problem of a PDF, one line each, naming the page."""
    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for n in range(len(doc)):
            page = doc[n]
            width, height = page.get_size()
            found = boxes(page)
            where = f"{label} p.{n + 1}"
            out += [f"{where}: {a} overlaps {b}" for a, b in collisions(found)]
            out += [f"{where}: outside the page or past the right margin: {b}" for b in off_page(found, width, height)]
            out += [f"{where}: cut short: {b}" for b in cut(found)]
        return out
    finally:
        doc.close()
