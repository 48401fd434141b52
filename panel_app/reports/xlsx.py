"""The XLSX exports for the chair: plain data in (`export_data`), workbook bytes out (openpyxl).

Every workbook is in the procedure's report language (`reports.i18n`, as the PDFs) and opens on an "About" sheet (reference, post, confidentiality marking, when it was made, the
audit chain's verification, DRAFT or frozen), then one sheet per table with its headers in row 1 (frozen
panes, filters). Figures are the reports' own, rounded as the PDFs print them (2 decimals); an empty mark
reads "–" as in the PDFs, N/A reads "N/A". Text from candidates or members is always stored as text, never
as a formula. Printing a sheet repeats the marking in its header and "page X of Y" in its footer.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .data import RankRow, ReportContext
from .export_data import GridExport, MarksExport, RankingExport, RankingStage
from .i18n import date_format, language, translate
from .words import amendment_words, group, said, separator

DASH = "–"
NUMBER = "0.00"
HEAD = PatternFill("solid", fgColor="1F3B63")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def fig(value: float | None) -> float | str:
    """A figure as the PDFs print it: rounded to 2 decimals; None is an en dash."""
    return DASH if value is None else round(float(value), 2)


def _text(value: object) -> object:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _put(ws: Worksheet, row: int, col: int, value: object, number: bool = False) -> None:
    cell = ws.cell(row=row, column=col, value=_text(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # a name or a comment is never run as a formula
        cell.quotePrefix = True
    if number and isinstance(value, int | float):
        cell.number_format = NUMBER
    if isinstance(value, str) and len(value) > 40:
        cell.alignment = WRAP


def _local(dt: datetime | None, tz: str) -> str:
    return DASH if dt is None else dt.astimezone(ZoneInfo(tz)).strftime(f"{date_format()} %H:%M")


def _print_setup(ws: Worksheet, ctx: ReportContext) -> None:
    ws.oddHeader.center.text = f"{ctx.reference} – {said(ctx.confidentiality)}".replace("&", "&&")
    ws.oddHeader.center.size = 8
    ws.oddFooter.right.text = translate("Reports", "page {page} of {pages}").format(page="&P", pages="&N")
    ws.oddFooter.right.size = 8
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _workbook(ctx: ReportContext, title: str, lines: Iterable[tuple[str, str]], draft: bool) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = translate("Reports", "About")
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    about = [(translate("Reports", "Reference"), ctx.reference), (translate("Reports", "Post"), ctx.title),
             (translate("Reports", "Confidentiality"), said(ctx.confidentiality)),
             (translate("Reports", "Generated"), f"{_local(ctx.generated_at, ctx.timezone)} ({ctx.timezone})"),
             (translate("Reports", "State"), translate("Reports", "DRAFT – not frozen: figures may still change")
              if draft else translate("Reports", "final")),
             *lines]
    if ctx.audit is not None:
        about.append((translate("Reports", "Audit chain"), ctx.audit.line()))
    for i, (label, value) in enumerate(about, start=3):
        ws.cell(row=i, column=1, value=label).font = Font(bold=True)
        _put(ws, i, 2, value)
        ws.cell(row=i, column=2).alignment = WRAP
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 110
    _print_setup(ws, ctx)
    return wb


def _table(wb: Workbook, name: str, ctx: ReportContext, headers: Sequence[str], rows: Iterable[Sequence[object]],
           widths: Sequence[float], numbers: Iterable[int] = ()) -> Worksheet:
    """A sheet with `headers` in row 1 and one row per item; columns `numbers` (0-based) hold figures."""
    ws = wb.create_sheet(name)
    numeric = set(numbers)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.fill, cell.font, cell.alignment = HEAD, HEAD_FONT, Alignment(wrap_text=True, vertical="center")
    n = 1
    for n, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(ws, n, c, value, number=(c - 1) in numeric)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "A2"
    if n > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{n}"
    _print_setup(ws, ctx)
    ws.print_title_rows = "1:1"
    return ws


def _bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- the grid
def grid_xlsx(d: GridExport) -> bytes:
    with language(d.context.language):
        return _grid_xlsx(d)


def _grid_xlsx(d: GridExport) -> bytes:
    ctx = d.context
    wb = _workbook(ctx, translate("Reports", "Grid as sealed – {reference}").format(reference=ctx.reference), [
        (translate("Reports", "Sealed"), translate("Reports", "{when} ({zone}) by {who}").format(
            when=_local(d.sealed_at, ctx.timezone), zone=ctx.timezone, who=d.sealed_by or "?")),
        (translate("Reports", "Grid hash (sha256)"), d.grid_hash or DASH),
        (translate("Reports", "Amendments after the seal"),
         str(len(d.amendments)) if d.amendments else translate("Reports", "none")),
    ], draft=False)
    lo, hi = d.scale
    levels = list(range(lo, hi + 1))
    heads = [translate("Reports", "Code"), translate("Reports", "Title"), translate("Reports", "Group"),
             translate("Reports", "Stage"), translate("Reports", "Kind"), translate("Reports", "Weight"),
             translate("Reports", "Minimum"), *[translate("Reports", "Anchor {level}").format(level=k) for k in levels],
             translate("Reports", "Keywords")]
    rows = [[c.code, c.title, group(c.group), said(c.stage),
             translate("Reports", "scored") if c.kind == "scored" else translate("Reports", "pass/fail"),
             DASH if c.weight is None else c.weight, DASH if c.minimum is None else c.minimum,
             *[c.anchors.get(k, "") for k in levels], ", ".join(c.keywords)] for c in d.criteria]
    _table(wb, translate("Reports", "Criteria"), ctx, heads, rows, [16, 48, 12, 13, 10, 8, 9, *[30] * len(levels), 30])
    _table(wb, translate("Reports", "Rules"), ctx, [translate("Reports", "Rule"), translate("Reports", "Value")],
           [(said(k), said(v)) for k, v in d.rules], [34, 90])
    if d.amendments:
        _table(wb, translate("Reports", "Amendments"), ctx,
               [translate("Reports", "When"), translate("Reports", "By"), translate("Reports", "What"),
                translate("Reports", "Reason")],
               [[_local(a.at, ctx.timezone), a.by, amendment_words(a), a.reason] for a in d.amendments], [18, 22, 50, 60])
    return _bytes(wb)


# ---------------------------------------------------------------------------------------------- the marks
def marks_xlsx(d: MarksExport) -> bytes:
    with language(d.context.language):
        return _marks_xlsx(d)


def _marks_xlsx(d: MarksExport) -> bytes:
    ctx = d.context
    lines = [(translate("Reports", "Stage"), said(d.stage.capitalize())),
             (translate("Reports", "Content"),
              translate("Reports", "Every voting member's mark and comment per candidate and criterion (N/A = not "
                                   "applicable), the members' mean and spread, the consensus mark and the final mark. "
                                   "PANEL INTERNAL: individual marks are never disclosed outside the panel.")),
             (translate("Reports", "Divergence"),
              translate("Reports", "Cells where members are {rule} are flagged for discussion.").format(
                  rule=said(d.divergence)))]
    if d.pending:
        lines.append((translate("Reports", "Not included yet"), separator().join(said(x) for x in d.pending)))
    wb = _workbook(ctx, translate("Reports", "Members' marks – {reference}").format(reference=ctx.reference), lines,
                   draft=ctx.draft)
    titles = {c.code: c.title for c in d.criteria}
    weights = {c.code: c.weight for c in d.criteria}
    heads = [translate("Reports", "Candidate"), translate("Reports", "E-mail"), translate("Reports", "Criterion"),
             translate("Reports", "Title"), translate("Reports", "Weight")]
    for m in d.members:
        heads += [translate("Reports", "{member} – mark").format(member=m),
                  translate("Reports", "{member} – comment").format(member=m)]
    heads += [translate("Reports", "Mean"), translate("Reports", "Spread"), translate("Reports", "Divergent"),
              translate("Reports", "Consensus"), translate("Reports", "Final"), translate("Reports", "Justification")]
    rows, numbers = [], [4]
    base = 5
    for i in range(len(d.members)):
        numbers.append(base + 2 * i)
    after = base + 2 * len(d.members)
    numbers += [after, after + 1, after + 3, after + 4]
    for c in d.cells:
        row: list[object] = [c.candidate, c.email, c.criterion, titles.get(c.criterion, ""),
                             weights.get(c.criterion, DASH)]
        for m in d.members:
            if m in c.absent:
                row += [said(c.absent[m]), ""]
            elif m in c.marks:
                v = c.marks[m]
                row += ["N/A" if v is None else fig(v), c.comments.get(m, "")]
            else:
                row += [DASH, ""]
        row += [fig(c.mean), fig(c.spread), translate("Reports", "yes") if c.divergent else "",
                "" if c.consensus is None else fig(c.consensus), fig(c.final), c.justification]
        rows.append(row)
    widths = [28, 30, 16, 36, 8, *[12, 30] * len(d.members), 8, 8, 9, 10, 8, 40]
    _table(wb, translate("Reports", "Marks"), ctx, heads, rows, widths, numbers)
    return _bytes(wb)


# ---------------------------------------------------------------------------------------------- the ranking
def _status(text: str) -> str:
    return said(text.replace("_", " "))


def _rank_rows(rows: list[RankRow], codes: list[str], pre: bool = False) -> list[list[object]]:
    """`pre`: the preselection total before the total (the final ranking)."""
    return [[DASH if r.rank is None else r.rank, r.name, r.email, said(r.article29 or ""),
             *[fig(r.finals.get(code)) for code in codes], *([fig(r.preselection_total)] if pre else []), fig(r.total),
             _status(r.status), said(r.reason), said(r.tie_break), ", ".join(r.consensus)] for r in rows]


def _rank_heads(codes: list[str], pre: bool = False) -> list[str]:
    return [translate("Reports", "Rank"), translate("Reports", "Candidate"), translate("Reports", "E-mail"),
            translate("Reports", "Art. 29"), *codes, *([translate("Reports", "Preselection %")] if pre else []),
            translate("Reports", "Total"), translate("Reports", "Status"),
            translate("Reports", "Reason"), translate("Reports", "Tie-break"),
            translate("Reports", "Consensus marks on")]


def _stage_sheet(wb: Workbook, ctx: ReportContext, stage: RankingStage) -> None:
    codes = [c.code for c in stage.criteria]
    pre = any(r.preselection_total is not None for r in stage.rows)  # the final ranking
    numbers = list(range(4, 5 + len(codes) + pre))
    widths = [6, 28, 30, 16, *[9] * len(codes), *([12] if pre else []), 8, 14, 50, 40, 16]
    _table(wb, said(stage.name)[:31], ctx, _rank_heads(codes, pre), _rank_rows(stage.rows, codes, pre), widths,
           numbers)


def ranking_xlsx(d: RankingExport) -> bytes:
    with language(d.context.language):
        return _ranking_xlsx(d)


def _ranking_xlsx(d: RankingExport) -> bytes:
    ctx = d.context
    wb = _workbook(ctx, translate("Reports", "Ranking with its reasons – {reference}").format(reference=ctx.reference),
                   [(translate("Reports", "Rule"), said(d.rule)), *((said(k), said(v)) for k, v in d.record)],
                   draft=ctx.draft or not d.frozen)
    for stage in d.stages:
        _stage_sheet(wb, ctx, stage)
    if d.priority:
        codes = [c.code for c in d.stages[0].criteria] if d.stages else []
        _table(wb, translate("Reports", "Article 29"), ctx, _rank_heads(codes), _rank_rows(d.priority, codes),
               [6, 28, 30, 22, *[9] * len(codes), 8, 14, 50, 40, 16], list(range(4, 5 + len(codes))))
    crit = {c.code: c for s in d.stages for c in s.criteria}
    _table(wb, translate("Reports", "Criteria"), ctx,
           [translate("Reports", "Code"), translate("Reports", "Title"), translate("Reports", "Weight"),
            translate("Reports", "Minimum")],
           [[c.code, c.title, c.weight, DASH if c.minimum is None else c.minimum] for c in crit.values()],
           [16, 60, 8, 9])
    return _bytes(wb)
