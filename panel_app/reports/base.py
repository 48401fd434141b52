"""The one report base class (after pretix's invoicing/pdf.py).

`Report` owns A4 portrait/landscape templates, margins, DejaVu fonts (embedded, subset), ONE
stylesheet, the header (reference + marking), the footer ("page X of Y", generation time in the
procedure's zone, a short hash of the input) and the DRAFT watermark. A subclass writes only `story()`.
User text reaches Paragraphs only through `p()` (escaped); plain-string table cells are drawn
literally, clipped to their column so a row never wraps.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import is_dataclass
from datetime import date, datetime
from functools import cache, lru_cache
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

from panel_app.reports.data import PanelMemberInfo, ReportContext
from panel_app.reports.fonts import register_fonts

MARGIN = 18 * mm
CHUNK_ROWS = 500  # one 10,000-row Table takes ~9.5 s; 500-row chunks ~3.9 s
CELL_SIZE = 7.5
CELL_PAD = 3
ROW_HEIGHT = CELL_SIZE + 2 * CELL_PAD + 1.5
HEAD_BG = colors.HexColor("#1f3b63")
ZEBRA = colors.HexColor("#eef2f7")
DASH = "–"
CODE_SIZE = 6.5  # criterion codes in table heads
PORTRAIT_W = A4[0] - 2 * MARGIN  # frame widths
LANDSCAPE_W = landscape(A4)[0] - 2 * MARGIN


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


@lru_cache(maxsize=65536)
def text_width(text: str, size: float = CELL_SIZE, bold: bool = False) -> float:
    """Width in points of `text` in DejaVu Sans (cached: marks and codes repeat in every row)."""
    return stringWidth(text, register_fonts()[1 if bold else 0], size)


def cell_width(texts, size: float = CELL_SIZE, bold: bool = False, cap: float | None = None,
               floor: float = 0.0) -> float:
    """The column width (text + cell padding) the widest of `texts` needs, between `floor` and `cap`."""
    w = max((text_width(" ".join(str(t).split()), size, bold) for t in texts), default=0.0) + 2 * CELL_PAD
    return max(floor, w if cap is None else min(w, cap))


def fit_widths(cols: list[tuple[float, float, float]], total: float) -> list[float]:
    """Column widths from (minimum, preferred, grow) per column so they sum to `total` or less.

    Preferred widths that fit: the surplus is shared by the `grow` weights. Too wide: each column
    gives up a share of its (preferred - minimum) slack. Even the minimums too wide: all shrink in
    proportion. So a width is never negative, whatever the number of columns."""
    mins = [max(0.0, c[0]) for c in cols]
    prefs = [max(m, c[1]) for m, c in zip(mins, cols, strict=True)]
    grows = [max(0.0, c[2]) for c in cols]
    total = max(0.0, total)
    if sum(prefs) <= total:
        extra, g = total - sum(prefs), sum(grows)
        return [p + (extra * w / g if g else 0.0) for p, w in zip(prefs, grows, strict=True)]
    if sum(mins) <= total:
        slack = sum(prefs) - sum(mins)
        cut = (sum(prefs) - total) / slack if slack else 0.0
        return [p - (p - m) * cut for p, m in zip(prefs, mins, strict=True)]
    scale = total / sum(mins) if sum(mins) else 0.0
    return [m * scale for m in mins]


def clip(text: object, width: float, size: float = CELL_SIZE, bold: bool = False) -> str:
    """`text` cut with an ellipsis to fit `width` points (so a table row never wraps)."""
    s = " ".join(str(text).split())
    if len(s) * size <= width or text_width(s, size, bold) <= width:  # no DejaVu glyph is wider than 1 em
        return s
    font = register_fonts()[1 if bold else 0]
    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(s[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return s[:lo].rstrip() + "…"


def input_hash(data: object) -> str:
    """First 12 hex of sha256 over a canonical JSON of the input (generation time excluded)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_plain, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _plain(obj: object) -> object:
    if isinstance(obj, ReportContext):
        return {k: v for k, v in vars(obj).items() if k != "generated_at"}
    if is_dataclass(obj):
        return vars(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return str(obj)


class NumberedCanvas(Canvas):
    """Keeps every page until save() so each can say "page X of Y"."""

    watermark = ""  # e.g. "DRAFT": drawn diagonally, translucent, over the content of every page

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 7)
            self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 9 * mm, f"page {self._pageNumber} of {total}")
            if self.watermark:
                self._draw_watermark()
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_watermark(self) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.16))
        self.setFont(register_fonts()[1], 110)
        self.translate(width / 2, height / 2)
        self.rotate(45 if height > width else 30)
        self.drawCentredString(0, -38, self.watermark)
        self.restoreState()


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
        canvas = type("ReportCanvas", (NumberedCanvas,), {"watermark": "DRAFT" if self.draft() else ""})
        doc.build(self.story(), canvasmaker=canvas)
        return buf.getvalue()

    def _template(self, name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], onPage=self._decorate, pagesize=size)

    def _decorate(self, canvas: Canvas, doc) -> None:
        reg, bold = register_fonts()
        width, height = canvas._pagesize
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

    def table(self, header: list[str], rows: list[list[object]], widths: list[float], *,
              right_from: int | None = None, left: tuple[int, ...] = (), wrap: bool | tuple[int, ...] = False) -> list[Flowable]:
        """A data table: header repeated on every page, one candidate = one table row (never split),
        chunked into Tables of <= CHUNK_ROWS rows. Plain-string cells are clipped to their column;
        `wrap=True` (or a tuple of column indexes) turns those string cells into wrapped Paragraphs."""
        right = set(range(right_from, len(header))) if right_from is not None else set()
        right -= set(left)
        head = [p(h, "headr" if i in right else "head") for i, h in enumerate(header)]
        wrapped = set(range(len(header))) if wrap is True else set(wrap or ())
        bodies = [[self._cell(v, w, i in wrapped) for i, (v, w) in enumerate(zip(r, widths, strict=True))]
                  for r in rows]
        style = [("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                 ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0dc")),
                 ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                 ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD)]
        if right_from is not None:  # few commands: each one is applied cell by cell
            style.append(("ALIGN", (right_from, 1), (-1, -1), "RIGHT"))
            style += [("ALIGN", (i, 1), (i, -1), "LEFT") for i in sorted(left)]
        out: list[Flowable] = []
        for i in range(0, max(len(bodies), 1), CHUNK_ROWS):
            chunk = bodies[i:i + CHUNK_ROWS]
            heights = None if wrapped else [None] + [ROW_HEIGHT] * len(chunk)
            t = Table([head, *chunk], colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="LEFT")
            t.setStyle(TableStyle(style))
            out.append(t)
        return out

    @staticmethod
    def _cell(value: object, width: float, wrap: bool) -> object:
        if isinstance(value, Flowable):
            return value
        return p(value, "cell") if wrap else clip(value, width - 2 * CELL_PAD)

    def signatures(self, members: list[PanelMemberInfo], *, voting_only: bool = True,
                   signed_label: str = "Signed off") -> list[Flowable]:
        """A signature line per (voting) member, with the sign-off time once given."""
        rows = []
        for m in members:
            if voting_only and not m.voting:
                continue
            role = m.role + ("" if m.voting else " (non-voting)")
            when = f"{signed_label} {local(m.signoff_at, self.tz)}" if m.signoff_at else ""
            rows.append([p(m.name, "cell"), p(role, "cell"), p(when, "cell"), ""])
        t = Table([[p(h, "head") for h in ("Name", "Role", "Sign-off", "Signature")], *rows],
                  colWidths=[55 * mm, 30 * mm, 45 * mm, None], rowHeights=[None] + [13 * mm] * len(rows),
                  repeatRows=1)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_fonts()[0], CELL_SIZE),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                               ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (3, 1), (3, -1), 0.6, colors.black),
                               ("LINEBELOW", (0, 1), (2, -1), 0.25, colors.lightgrey)]))
        return [KeepTogether([p("Signatures", "h1"), t]), Spacer(1, 4 * mm)]

    def panel_table(self, members: list[PanelMemberInfo]) -> list[Flowable]:
        rows = [[m.name, m.role, "yes" if m.voting else "no", m.replaced_by or DASH,
                 local(m.declaration_signed_at, self.tz)] for m in members]
        return self.table(["Member", "Role", "Voting", "Replaced by", "Declaration signed"], rows,
                          [60 * mm, 28 * mm, 16 * mm, 40 * mm, 30 * mm])
