"""Benchmark the reports (a script, not a test):  python bench/reports.py

- shortlist with a full-ranking annex of 10,000 candidates (target <= 5 s);
- 1,000 candidate sheets (target <= 30 s);
- bare reportlab for comparison: one SimpleDocTemplate with 500-row chunked Tables of the same rows.
"""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from panel_app.reports import render
from panel_app.reports.base import CHUNK_ROWS
from panel_app.reports.data import (
    CandidateSheet,
    CandidateSheetData,
    CriterionInfo,
    PanelMemberInfo,
    RankRow,
    ReportContext,
    RuleInfo,
    ShortlistData,
)
from panel_app.reports.fonts import register_fonts

CRITERIA = [CriterionInfo(f"S{i}", f"Selection criterion {i}", "selection", 2) for i in range(1, 8)]
CRITERIA += [CriterionInfo(f"A{i}", f"Asset {i}", "asset", 1) for i in range(1, 6)]
NAMES = ["Γιώργος Παπαδόπουλος", "Мария Иванова", "Łukasz Żółkiewski", "Šárka Dvořáková",
         "Seán Ó Súilleabháin"]


def context() -> ReportContext:
    at = datetime(2026, 6, 20, 8, 30, tzinfo=UTC)
    panel = [PanelMemberInfo(n, r, True, None, at, at) for n, r in
             (("Anna Schmidt", "chair"), ("Jean Dupont", "member"), ("Liesbeth Van Damme", "member"))]
    return ReportContext("DIGIT/COM/2026/1039", "IT Service Officer – DevOps Lead Architect", "AD5-7",
                         "DG DIGIT – Unit DIGIT.S.2", "Luxembourg", generated_at=at, panel=panel)


def rows(n: int) -> list[RankRow]:
    out = []
    for i in range(n):
        finals = {c.code: float((i + k) % 5) for k, c in enumerate(CRITERIA)}
        total = sum(v * c.weight for v, c in zip(finals.values(), CRITERIA, strict=True))
        out.append(RankRow(i + 1, f"{NAMES[i % 5]} {i:05d}", f"candidate{i}@example.eu", "", finals, total,
                           "invited" if i < 8 else "not_invited", "" if i < 8 else "below pass mark"))
    return out


def shortlist(n: int) -> ShortlistData:
    r = rows(n)
    return ShortlistData(context(), CRITERIA, RuleInfo(60, {}, 8, ["higher S1"], [], False, 100),
                         invited_rows=r[:8], not_invited_counts={"below pass mark": n - 8}, annex_rows=r,
                         frozen=True, frozen_at=context().generated_at)


def sheets(n: int) -> CandidateSheetData:
    data = []
    for r in rows(n):
        data.append(CandidateSheet(r.name, r.email, r.finals, r.total, r.rank,
                                   {c.code: "Evidence of several years in the CV, p. 2; confirmed by the "
                                    "application form." for c in CRITERIA}, {"S1": [2, 3]}, "Agreed."))
    return CandidateSheetData(context(), CRITERIA, data, pass_mark=60)


def bare(n: int) -> bytes:
    """The same annex rows, bare reportlab: SimpleDocTemplate + chunked Tables, no base class."""
    reg, bold = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm)
    codes = [c.code for c in CRITERIA]
    head = ["#", "Name", "Email", "Art. 29", *codes, "Total", "Status"]
    widths = [9 * mm, 42 * mm, 38 * mm, 16 * mm, *[11 * mm] * len(codes), 14 * mm, 10 * mm]
    body = [[str(r.rank), r.name, r.email, "–", *[f"{r.finals[c]:.2f}" for c in codes], f"{r.total:.2f}",
             r.status] for r in rows(n)]
    style = TableStyle([("FONT", (0, 0), (-1, -1), reg, 7.5), ("FONT", (0, 0), (-1, 0), bold, 7.5)])
    story = []
    for i in range(0, n, CHUNK_ROWS):
        t = Table([head, *body[i:i + CHUNK_ROWS]], colWidths=widths, repeatRows=1)
        t.setStyle(style)
        story.append(t)
    doc.build(story)
    return buf.getvalue()


def timed(label: str, fn) -> float:
    t = time.perf_counter()
    pdf = fn()
    dt = time.perf_counter() - t
    print(f"{label:<48} {dt:6.2f} s  {len(pdf) / 1e6:5.1f} MB")
    return dt


def main() -> None:
    register_fonts()
    render("shortlist", shortlist(50))  # warm-up (font parsing)
    data_sl, data_sh = shortlist(10_000), sheets(1_000)
    a = timed("shortlist + annex of 10,000 (target <= 5 s)", lambda: render("shortlist", data_sl))
    b = timed("bare reportlab, 10,000 rows in 500-row tables", lambda: bare(10_000))
    c = timed("1,000 candidate sheets (target <= 30 s)", lambda: render("sheets", data_sh))
    print(f"ratio shortlist / bare reportlab: {a / b:.2f}")
    print(f"per candidate sheet: {c / 1000 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
