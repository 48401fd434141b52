"""The canvas of every report: "page X of Y" (every page is kept until the end), the audit chain's verification
in the footer of the last page (wrapped, never cut: it ends with the chain's 64-digit hash), the "AUDIT CHAIN
BROKEN" banner on every page of a report over a broken chain, and the DRAFT watermark drawn beneath the content."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from panel_app.reports.data import AuditSeal
from panel_app.reports.fonts import register_fonts
from panel_app.reports.i18n import translate
from panel_app.reports.tables import MARGIN, wrap_all

FOOTER_SIZE = 6.5
FOOTER_LINES = 2  # below the "Generated …" line there is room for two lines of the footer's size


def footer_lines(text: str, width: float) -> tuple[float, list[str]]:
    """(size, lines): `text` wrapped to `width` at the footer's size, smaller type when it needs more than two
    lines; nothing is ever cut."""
    size = FOOTER_SIZE
    lines = wrap_all(text, width, size)
    while len(lines) > FOOTER_LINES and size > 4.5:
        size -= 0.5
        lines = wrap_all(text, width, size)
    return size, lines


class NumberedCanvas(Canvas):
    """Keeps every page until save() so each can say "page X of Y"."""

    watermark = ""  # e.g. "DRAFT": drawn diagonally, translucent, beneath the content of every page
    audit: AuditSeal | None = None  # the chain's verification: last page; "AUDIT CHAIN BROKEN" on every page

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 7)
            self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 9 * mm,
                                 translate("Reports", "page {page} of {pages}").format(page=self._pageNumber,
                                                                                        pages=total))
            self._draw_audit(last=self._pageNumber == total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_audit(self, last: bool) -> None:
        """The audit hook: the verification line on the last page; over a broken chain, a banner on every page."""
        if self.audit is None:
            return
        width, height = self._pagesize
        self.saveState()
        if not self.audit.ok:
            self.setFillColor(colors.HexColor("#c00000"))
            self.setFont(register_fonts()[1], 11)
            self.drawCentredString(width / 2, height - MARGIN + 10.5 * mm, translate("Reports", "AUDIT CHAIN BROKEN"))
        if last:
            self.setFillColor(colors.black if self.audit.ok else colors.HexColor("#c00000"))
            size, lines = footer_lines(self.audit.line(), width - 2 * MARGIN)
            self.setFont(register_fonts()[0], size)
            for i, line in enumerate(lines):
                self.drawString(MARGIN, MARGIN - 12 * mm - i * (size + 1), line)
        self.restoreState()

    def draw_watermark(self) -> None:
        """Called when a page begins (the page template's onPage), so the content is drawn over it. The big
        letters are strokes, not text, so they never mix into the text of the page; the word itself is
        printed as text at the top of the page (see `Report._decorate`)."""
        if not self.watermark:
            return
        width, height = self._pagesize
        self.saveState()
        self.setStrokeColor(colors.Color(0.85, 0.1, 0.1, alpha=0.16))
        self.setLineWidth(13)
        self.setLineCap(0)
        self.setLineJoin(0)
        self.translate(width / 2, height / 2)
        self.rotate(45 if height > width else 30)
        letter_w, gap, h = 62.0, 22.0, 90.0
        text = self.watermark[:8]
        x = -(len(text) * letter_w + (len(text) - 1) * gap) / 2
        for ch in text:
            path = self.beginPath()
            for stroke in _LETTERS.get(ch, ()):
                (x0, y0), *rest = stroke
                path.moveTo(x + x0 * letter_w, -h / 2 + y0 * h)
                for px, py in rest:
                    path.lineTo(x + px * letter_w, -h / 2 + py * h)
            self.drawPath(path, stroke=1, fill=0)
            x += letter_w + gap
        self.restoreState()


# Block letters as polylines in a unit box (x right, y up), for the DRAFT watermark in each report language.
_LETTERS = {
    "D": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.55, 0.96), (0.93, 0.72), (0.93, 0.28), (0.55, 0.04), (0, 0.04))],
    "R": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.7, 0.96), (0.93, 0.8), (0.93, 0.62), (0.7, 0.48), (0.07, 0.48)),
          ((0.5, 0.48), (0.97, 0))],
    "A": [((0, 0), (0.5, 1), (1, 0)), ((0.22, 0.4), (0.78, 0.4))],
    "F": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.95, 0.96)), ((0.07, 0.52), (0.75, 0.52))],
    "T": [((0, 0.96), (1, 0.96)), ((0.5, 1), (0.5, 0))],
    # PROJET (French), ENTWURF (German)
    "P": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.7, 0.96), (0.93, 0.8), (0.93, 0.62), (0.7, 0.48), (0.07, 0.48))],
    "O": [((0.3, 0.04), (0.7, 0.04), (0.93, 0.3), (0.93, 0.7), (0.7, 0.96), (0.3, 0.96), (0.07, 0.7), (0.07, 0.3),
           (0.3, 0.04))],
    "J": [((0.3, 0.96), (0.98, 0.96)), ((0.75, 1), (0.75, 0.25), (0.55, 0.04), (0.25, 0.04), (0.05, 0.25))],
    "E": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.95, 0.96)), ((0.07, 0.52), (0.75, 0.52)), ((0, 0.04), (0.95, 0.04))],
    "N": [((0.07, 0), (0.07, 0.96), (0.93, 0.04), (0.93, 1))],
    "W": [((0, 1), (0.22, 0), (0.5, 0.7), (0.78, 0), (1, 1))],
    "U": [((0.07, 1), (0.07, 0.3), (0.3, 0.04), (0.7, 0.04), (0.93, 0.3), (0.93, 1))],
}
