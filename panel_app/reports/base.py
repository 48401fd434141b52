"""The one report base class (after pretix's invoicing/pdf.py).

`Report` owns A4 portrait/landscape templates, margins, DejaVu fonts (embedded, subset), ONE
stylesheet (`styles.py`), the header (reference + marking), the footer (generation time in the procedure's
zone, a short hash of the input; "page X of Y", the audit chain's verification and the DRAFT watermark are
drawn by the canvas, `canvas.py`) and the signature blocks (`signatures.py`). A subclass writes only `story()`.
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
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from panel_app.reports.canvas import NumberedCanvas
from panel_app.reports.data import IntakeCounts, PanelMemberInfo, ReportContext
from panel_app.reports.fonts import register_fonts
from panel_app.reports.i18n import language, translate
from panel_app.reports.numbers import number
from panel_app.reports.signatures import signature_block
from panel_app.reports.styles import local, mark, p, pm, styles
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
from panel_app.reports.words import group, role, said, word


def input_hash(data: object) -> str:
    """First 12 hex of sha256 over a canonical JSON of the input (generation time excluded)."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_plain, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _plain(obj: object) -> object:
    if isinstance(obj, ReportContext):  # the language is hashed only when not English (earlier hashes stand)
        return {k: v for k, v in vars(obj).items()
                if k not in ("generated_at", "audit") and not (k == "language" and v == "en")}
    if is_dataclass(obj):
        return vars(obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return str(obj)


class Report:
    """Base of every report. Subclasses set `title` (marked for lupdate with QT_TRANSLATE_NOOP) and implement
    `story()`, which runs in the report's language (`render`): every fixed text goes through
    `translate("Reports", …)`."""

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

    @property
    def name(self) -> str:
        """The report's title in its language."""
        return translate("Reports", self.title)

    def render(self) -> bytes:
        """The PDF in the procedure's report language: the story and the pages (footers) are made inside it."""
        with language(self.ctx.language):
            return self._render()

    def _render(self) -> bytes:
        buf = io.BytesIO()
        doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN, title=f"{self.name} – {self.ctx.reference}",
                              author="panel_app", invariant=1, initialFontName=register_fonts()[0],
                              initialFontSize=9, lang=self.ctx.language)
        templates = [self._template("portrait", A4), self._template("landscape", landscape(A4))]
        doc.addPageTemplates(templates[::-1] if self.start_landscape else templates)
        mark = translate("Reports", "DRAFT") if self.draft() else ""
        canvas = type("ReportCanvas", (NumberedCanvas,), {"watermark": mark, "audit": self.ctx.audit})
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
        left = f"{self.ctx.reference} · {self.name}"
        canvas.drawString(MARGIN, top, left)
        room = width - 2 * MARGIN - stringWidth(left, bold, 8) - 12
        marking = said(self.ctx.confidentiality)
        size = 7.0  # smaller type beside a long title (French, German) rather than a cut marking
        while size > 5 and stringWidth(marking, reg, size) > room:
            size -= 0.5
        canvas.setFont(reg, size)
        canvas.setFillColor(colors.HexColor("#a01010"))
        canvas.drawRightString(width - MARGIN, top, clip(marking, room, size))
        canvas.setStrokeColor(HEAD_BG)
        canvas.setLineWidth(0.5)
        canvas.lines([(MARGIN, y, width - MARGIN, y) for y in (top - 2.5 * mm, MARGIN - 5 * mm)])
        canvas.setFillColor(colors.black)
        when = local(self.ctx.generated_at, self.tz)
        canvas.drawString(MARGIN, MARGIN - 9 * mm, translate("Reports", "Generated {when} ({zone}) · data hash {hash}")
                          .format(when=when, zone=self.tz, hash=self.hash))
        if isinstance(canvas, NumberedCanvas) and canvas.watermark:
            canvas.setFont(bold, 8)
            canvas.setFillColor(colors.HexColor("#b00020"))
            canvas.drawString(MARGIN, top + 4.5 * mm, translate("Reports", "{draft} – not for signature")
                              .format(draft=canvas.watermark))
        canvas.restoreState()

    def heading(self, subtitle: str = "") -> list[Flowable]:
        """Report title and the procedure block."""
        c = self.ctx
        out: list[Flowable] = [p(self.name, "title"), *([p(subtitle, "h2")] if subtitle else [])]
        rows = [(translate("Reports", "Procedure"), c.procedure), (translate("Reports", "Reference"), c.reference),
                (translate("Reports", "Post"), c.title), (translate("Reports", "Grade"), c.grade),
                (translate("Reports", "DG / unit"), c.post), (translate("Reports", "Place"), c.place),
                (translate("Reports", "Date"), local(c.generated_at, self.tz)[:10])]
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
                   signed_label: str = "", title: str = "", covers: str = "",
                   use_signoffs: bool = True) -> list[Flowable]:
        """A signature block (panel_app.reports.signatures): per (voting) member the sign-off recorded for what
        the block `covers`, then place, date and a line to sign by hand."""
        return signature_block(members, self.tz, voting_only=voting_only, signed_label=signed_label, title=title,
                               covers=covers, use_signoffs=use_signoffs)

    def legend(self, criteria: list, width: float, *, details: bool = True) -> list[Flowable]:
        """The table of criteria: code -> title (and group, weight, minimum). The codes head the mark
        columns of the other tables, so this is their legend."""
        code_w = cell_width([c.code for c in criteria], floor=14 * mm)
        if not details:
            return self.table([translate("Reports", "Code"), translate("Reports", "Criterion")],
                              [[c.code, c.title] for c in criteria], [code_w, width - code_w], wrap=(1,))
        heads = [translate("Reports", "Group"), translate("Reports", "Weight"), translate("Reports", "Minimum")]
        rest = [max(20 * mm, cell_width([heads[0], *(group(c.group) for c in criteria)], bold=True)),
                max(13 * mm, cell_width(heads[1:2], bold=True)), max(16 * mm, cell_width(heads[2:], bold=True))]
        rows = [[c.code, c.title, group(c.group), number(c.weight), mark(c.minimum, 1)] for c in criteria]
        return self.table([translate("Reports", "Code"), translate("Reports", "Criterion"), *heads], rows,
                          [code_w, width - code_w - sum(rest), *rest], wrap=(1,), right_from=3)

    def counts_table(self, c: IntakeCounts) -> list[Flowable]:
        heads = [translate("Reports", "Received"), translate("Reports", "On time"), translate("Reports", "Eligible"),
                 translate("Reports", "Excluded"), translate("Reports", "To verify")]
        return self.table(heads, [[number(c.received), number(c.on_time), number(c.eligible), number(c.excluded),
                                   number(c.to_verify)]],
                          [max(30 * mm, cell_width(heads, bold=True))] * len(heads), right_from=0)

    def panel_table(self, members: list[PanelMemberInfo]) -> list[Flowable]:
        rows = [[m.name, role(m.role), word("yes" if m.voting else "no"), m.replaced_by or DASH,
                 local(m.declaration_signed_at, self.tz)] for m in members]
        heads = [translate("Reports", "Member"), translate("Reports", "Role"), translate("Reports", "Voting"),
                 translate("Reports", "Replaced by"), translate("Reports", "Declaration signed")]
        # a column is at least as wide as the longest word of its head (German words are long)
        widths = [max(w, cell_width(h.split(), bold=True)) for w, h in zip((28 * mm, 18 * mm, 40 * mm, 34 * mm),
                                                                           heads[1:], strict=True)]
        return self.table(heads, rows, [172 * mm - sum(widths), *widths])


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
