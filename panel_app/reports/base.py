"""The one report base class (after pretix's invoicing/pdf.py).

`Report` owns A4 portrait/landscape templates, margins, DejaVu fonts (embedded, subset), ONE
stylesheet, the header (reference + marking), the footer ("page X of Y", generation time in the
procedure's zone, a short hash of the input) and the DRAFT watermark. A subclass writes only `story()`.
User text reaches Paragraphs only through `p()` (escaped); plain-string table cells are drawn
literally and wrap onto as many lines as they need: a name, an e-mail or a reason is never cut off.
The DRAFT watermark is drawn first on every page, beneath the content.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import is_dataclass
from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from panel_app.reports.data import AuditSeal, PanelMemberInfo, ReportContext
from panel_app.reports.fonts import register_fonts
from panel_app.reports.tables import (  # re-exported: the reports import their table helpers from here
    CELL_PAD,
    CELL_SIZE,
    CHUNK_ROWS,
    CODE_SIZE,
    DASH,
    HEAD_BG,
    LANDSCAPE_W,
    LEADING,
    MARGIN,
    PORTRAIT_W,
    ROW_HEIGHT,
    ZEBRA,
    CodeHead,
    FastTable,
    cell_styles,
    cell_width,
    clip,
    code_heads,
    fit_widths,
    text_width,
    wrap_all,
    wrap_lines,
)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The one stylesheet of every report."""
    reg, bold = register_fonts()
    base = ParagraphStyle("body", fontName=reg, fontSize=9, leading=11.5, spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, spaceAfter=6,
                                textColor=HEAD_BG),
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4, textColor=HEAD_BG, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
                             keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=CELL_SIZE + 2, spaceAfter=0),
        **{name: ParagraphStyle(name, base, fontName=bold, fontSize=CELL_SIZE, leading=CELL_SIZE + 2,
                                spaceAfter=0, textColor=colors.white, alignment=align)
           for name, align in (("head", TA_LEFT), ("headr", TA_RIGHT))},
    }


def p(text: object, style: str = "body") -> Paragraph:
    """A Paragraph of user text: escaped, so `<b>O'Brien & Co</b>` prints literally."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), styles()[style])


def pm(markup: str, style: str = "body") -> Paragraph:
    """A Paragraph of OUR markup (labels in <b>); interpolate user text with `escape()` only."""
    return Paragraph(markup, styles()[style])


def mark(value: float | None, digits: int = 2) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def local(dt: datetime | None, tz: str) -> str:
    """An aware datetime in the procedure's zone, e.g. "12.06.2026 12:00"."""
    if dt is not None and dt.tzinfo is None:
        raise ValueError("reports need timezone-aware datetimes")
    return DASH if dt is None else dt.astimezone(ZoneInfo(tz)).strftime("%d.%m.%Y %H:%M")


def input_hash(data: object) -> str:
    """First 12 hex of sha256 over a canonical JSON of the input (generation time excluded)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_plain, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _plain(obj: object) -> object:
    if isinstance(obj, ReportContext):
        return {k: v for k, v in vars(obj).items() if k not in ("generated_at", "audit")}
    if is_dataclass(obj):
        return vars(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return str(obj)


class NumberedCanvas(Canvas):
    """Keeps every page until save() so each can say "page X of Y"."""

    watermark = ""  # e.g. "DRAFT": drawn diagonally, translucent, beneath the content of every page
    audit: AuditSeal | None = None  # the chain's verification: last page; "AUDIT CHAIN BROKEN" on every page

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 7)
            self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 9 * mm, f"page {self._pageNumber} of {total}")
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
            self.drawCentredString(width / 2, height - MARGIN + 10.5 * mm, "AUDIT CHAIN BROKEN")
        if last:
            self.setFont(register_fonts()[0], 6.5)
            self.setFillColor(colors.black if self.audit.ok else colors.HexColor("#c00000"))
            self.drawString(MARGIN, MARGIN - 12 * mm, clip(self.audit.line(), width - 2 * MARGIN, 6.5))
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


# Block letters as polylines in a unit box (x right, y up), for the DRAFT watermark.
_LETTERS = {
    "D": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.55, 0.96), (0.93, 0.72), (0.93, 0.28), (0.55, 0.04), (0, 0.04))],
    "R": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.7, 0.96), (0.93, 0.8), (0.93, 0.62), (0.7, 0.48), (0.07, 0.48)),
          ((0.5, 0.48), (0.97, 0))],
    "A": [((0, 0), (0.5, 1), (1, 0)), ((0.22, 0.4), (0.78, 0.4))],
    "F": [((0.07, 0), (0.07, 1)), ((0, 0.96), (0.95, 0.96)), ((0.07, 0.52), (0.75, 0.52))],
    "T": [((0, 0.96), (1, 0.96)), ((0.5, 1), (0.5, 0))],
}


class Report:
    """Base of every report. Subclasses set `title` and implement `story()`."""

    title = "Report"
    start_landscape = False

    def __init__(self, data) -> None:
        self.data = data
        self.ctx: ReportContext = data.context
        self.tz = self.ctx.timezone
        self.hash = input_hash(data)
        register_fonts()

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def draft(self) -> bool:
        return self.ctx.draft

    def render(self) -> bytes:
        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN, title=f"{self.title} – {self.ctx.reference}",
                              author="panel_app", invariant=1, initialFontName=register_fonts()[0],
                              initialFontSize=9)
        templates = [self._template("portrait", A4), self._template("landscape", landscape(A4))]
        doc.addPageTemplates(templates[::-1] if self.start_landscape else templates)
        canvas = type("ReportCanvas", (NumberedCanvas,), {"watermark": "DRAFT" if self.draft() else "",
                                                          "audit": self.ctx.audit})
        doc.build(self.story(), canvasmaker=canvas)
        return buf.getvalue()

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], onPage=self._decorate, pagesize=size)

    def _decorate(self, canvas: Canvas, doc) -> None:
        reg, bold = register_fonts()
        width, height = canvas._pagesize
        if isinstance(canvas, NumberedCanvas):
            canvas.draw_watermark()
        canvas.saveState()
        top = height - MARGIN + 6 * mm
        canvas.setFont(bold, 8)
        canvas.setFillColor(HEAD_BG)
        left = f"{self.ctx.reference} · {self.title}"
        canvas.drawString(MARGIN, top, left)
        room = width - 2 * MARGIN - stringWidth(left, bold, 8) - 12
        canvas.setFont(reg, 7)
        canvas.setFillColor(colors.HexColor("#a01010"))
        canvas.drawRightString(width - MARGIN, top, clip(self.ctx.confidentiality, room, 7))
        canvas.setStrokeColor(HEAD_BG)
        canvas.setLineWidth(0.5)
        canvas.lines([(MARGIN, y, width - MARGIN, y) for y in (top - 2.5 * mm, MARGIN - 5 * mm)])
        canvas.setFillColor(colors.black)
        when = local(self.ctx.generated_at, self.tz)
        canvas.drawString(MARGIN, MARGIN - 9 * mm, f"Generated {when} ({self.tz}) · data hash {self.hash}")
        if isinstance(canvas, NumberedCanvas) and canvas.watermark:
            canvas.setFont(bold, 8)
            canvas.setFillColor(colors.HexColor("#b00020"))
            canvas.drawString(MARGIN, top + 4.5 * mm, f"{canvas.watermark} – not for signature")
        canvas.restoreState()

    def heading(self, subtitle: str = "") -> list[Flowable]:
        """Report title and the procedure block."""
        c = self.ctx
        out: list[Flowable] = [p(self.title, "title"), *([p(subtitle, "h2")] if subtitle else [])]
        rows = [("Procedure", c.procedure), ("Reference", c.reference), ("Post", c.title),
                ("Grade", c.grade), ("DG / unit", c.post), ("Place", c.place),
                ("Date", local(c.generated_at, self.tz)[:10])]
        return [*out, self.kv_table([(k, v) for k, v in rows if v])]

    def kv_table(self, rows: list[tuple[str, object]], key_width: float = 38 * mm) -> Table:
        """Label/value pairs; values are wrapped Paragraphs (short texts)."""
        data = [[pm(f"<b>{escape(k)}</b>", "cell"), p(v, "cell")] for k, v in rows]
        t = Table(data, colWidths=[key_width, None], hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return t

    def table(self, header: list[object], rows: list[list[object]], widths: list[float], *,
              right_from: int | None = None, left: tuple[int, ...] = (), center: tuple[int, ...] = (),
              wrap: bool | tuple[int, ...] = False, lines: int = 1,
              emphasis: dict[str, colors.Color] | None = None) -> list[Flowable]:
        """A data table: header repeated on every page, one candidate = one table row (never split),
        chunked into Tables of <= CHUNK_ROWS rows. Plain-string cells wrap onto as many lines as they
        need and their row grows to fit them (never clipped: an email under the name, a long reason);
        `wrap=True` (or a tuple of column indexes) turns those string cells into wrapped Paragraphs.
        Header items may be Flowables (e.g. `CodeHead`). Cells whose text is a key of `emphasis` print
        bold in that colour. Widths must come from `fit_widths` or fixed sizes within the frame."""
        right = set(range(right_from, len(header))) if right_from is not None else set()
        right -= set(left) | set(center)
        head = [h if isinstance(h, Flowable) or text_width(str(h), CELL_SIZE, True) <= w - 2 * CELL_PAD
                else p(h, "headr" if i in right else "head") for i, (h, w) in enumerate(zip(header, widths, strict=True))]
        wrapped = set(range(len(header))) if wrap is True else set(wrap or ())
        bodies = [[self._cell(v, w, i in wrapped, lines) for i, (v, w) in enumerate(zip(r, widths, strict=True))]
                  for r in rows]
        aligns = ["LEFT"] * len(header)
        for i in right:
            aligns[i] = "RIGHT"
        for i in center:
            aligns[i] = "CENTER"
        style = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),  # no cell-by-cell command: see cell_styles()
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0dc"))]
        out: list[Flowable] = []
        for i in range(0, max(len(bodies), 1), CHUNK_ROWS):
            chunk = bodies[i:i + CHUNK_ROWS]
            if wrapped:
                heights = None
            else:  # a row is as high as its cell with the most lines
                heights = [None] + [ROW_HEIGHT + LEADING * max(c.count("\n") if isinstance(c, str) else 0
                                                               for c in row) for row in chunk]
            t = FastTable([head, *chunk], colWidths=widths, rowHeights=heights, repeatRows=1, splitByRow=1,
                          hAlign="LEFT", cellStyles=cell_styles(chunk, aligns, emphasis), normalizedData=1)
            t.setStyle(TableStyle(style))
            out.append(t)
        return out

    @staticmethod
    def _cell(value: object, width: float, wrap: bool, lines: int = 1) -> object:
        """A plain-string cell: kept on one line when it fits, else wrapped onto as many lines as it needs
        (`lines` is the usual height; a longer text makes its row taller rather than being cut)."""
        if isinstance(value, Flowable):
            return value
        if wrap:
            return p(value, "cell")
        text = str(value)
        room = width - 2 * CELL_PAD
        out = []
        for line in text.split("\n"):
            if len(line) * CELL_SIZE <= room or text_width(line) <= room:  # no DejaVu glyph is wider than 1 em
                out.append(line)
            else:
                out += wrap_all(line, room)
        return "\n".join(out)

    def signatures(self, members: list[PanelMemberInfo], *, voting_only: bool = True,
                   signed_label: str = "Signed off", title: str = "Signatures", covers: str = "",
                   use_signoffs: bool = True) -> list[Flowable]:
        """A signature block: per (voting) member the sign-off recorded in the application for what this
        block `covers` (only when `use_signoffs`), then place, date and a line to sign by hand."""
        rows = []
        for m in members:
            if voting_only and not m.voting:
                continue
            role = m.role + ("" if m.voting else " (non-voting)")
            if not use_signoffs:
                when = ""
            elif m.signoff_at:
                when = f"{signed_label} {local(m.signoff_at, self.tz)}"
            else:
                when = "not signed off in the application"
            rows.append([p(m.name, "cell"), p(role, "cell"), p(when, "cell"), "", ""])
        head = ("Name", "Role", "Sign-off recorded" if use_signoffs else "", "Place and date", "Signature")
        t = Table([[p(h, "head") for h in head], *rows],
                  colWidths=[45 * mm, 24 * mm, 38 * mm, 35 * mm, None], rowHeights=[None] + [13 * mm] * len(rows),
                  repeatRows=1)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                               ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (3, 1), (4, -1), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (2, -1), 0.25, colors.lightgrey)]))
        parts: list[Flowable] = [p(title, "h1")]
        if covers:
            parts.append(p(covers, "small"))
        return [KeepTogether([*parts, t]), Spacer(1, 4 * mm)]

    def legend(self, criteria: list, width: float, *, details: bool = True) -> list[Flowable]:
        """The table of criteria: code -> title (and group, weight, minimum). The codes head the mark
        columns of the other tables, so this is their legend."""
        code_w = cell_width([c.code for c in criteria], floor=14 * mm)
        if not details:
            return self.table(["Code", "Criterion"], [[c.code, c.title] for c in criteria],
                              [code_w, width - code_w], wrap=(1,))
        rest = [20 * mm, 13 * mm, 16 * mm]
        rows = [[c.code, c.title, c.group, f"{c.weight:g}", mark(c.minimum, 1)] for c in criteria]
        return self.table(["Code", "Criterion", "Group", "Weight", "Minimum"], rows,
                          [code_w, width - code_w - sum(rest), *rest], wrap=(1,), right_from=3)

    def panel_table(self, members: list[PanelMemberInfo]) -> list[Flowable]:
        rows = [[m.name, m.role, "yes" if m.voting else "no", m.replaced_by or DASH,
                 local(m.declaration_signed_at, self.tz)] for m in members]
        return self.table(["Member", "Role", "Voting", "Replaced by", "Declaration signed"], rows,
                          [60 * mm, 28 * mm, 16 * mm, 40 * mm, 30 * mm])


__all__ = [
    "MARGIN",
    "CHUNK_ROWS",
    "CELL_SIZE",
    "CELL_PAD",
    "ROW_HEIGHT",
    "LEADING",
    "HEAD_BG",
    "ZEBRA",
    "DASH",
    "CODE_SIZE",
    "PORTRAIT_W",
    "LANDSCAPE_W",
    "text_width",
    "cell_width",
    "fit_widths",
    "clip",
    "wrap_lines",
    "wrap_all",
    "cell_styles",
    "FastTable",
    "CodeHead",
    "code_heads",
    "styles",
    "p",
    "pm",
    "mark",
    "local",
    "input_hash",
    "NumberedCanvas",
    "Report",
]
