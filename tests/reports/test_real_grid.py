"""The reports on the real procedure grid (DIGIT/COM/2026/1039: 10 eligibility criteria, 15 scored
preselection criteria with long codes such as S10-TRANSITION) and on wider grids (up to 20 criteria):
every table fits its page, the Total / Overall columns are never cut, long annexes render."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from report_samples import (
    pages_text,
    real_eligibility_data,
    real_grid,
    real_panel_data,
    real_rank_rows,
    real_reports,
    real_sheets_data,
    real_shortlist_data,
    wide_eligibility,
    wide_grid,
)

from panel_app.reports import render
from panel_app.reports.base import (
    CELL_PAD,
    LANDSCAPE_W,
    MARGIN,
    PORTRAIT_W,
    Report,
    fit_widths,
    mark,
    text_width,
)
from panel_app.reports.eligibility import GLYPH, EligibilityReport
from panel_app.reports.shortlist import ShortlistReport, rank_table


def frozen(data):
    """No DRAFT watermark (it is drawn across the page, margins included)."""
    data = replace(data, context=replace(data.context, draft=False))
    if hasattr(data, "frozen"):
        data = replace(data, frozen=True)
    return data


@pytest.fixture(scope="module")
def real() -> dict[str, bytes]:
    return {kind: render(kind, frozen(data)) for kind, data in real_reports().items()}


def overflow(pdf: bytes) -> list[tuple[int, str, float]]:
    """(page, character, right edge) of every character right of the frame, or left of it."""
    out = []
    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        for i in range(len(doc)):
            page = doc[i]
            width = page.get_width()
            tp = page.get_textpage()
            for k in range(tp.count_chars()):
                left, _, right, _ = tp.get_charbox(k)
                if right > width - MARGIN + 0.5 or (right > left and left < MARGIN - 1.5):  # glyph overhang
                    out.append((i + 1, tp.get_text_range(k, 1), right))
    finally:
        doc.close()
    return out


def test_the_real_grid_is_what_the_samples_use():
    elig, pre, inter, _ = real_grid()
    assert len(elig) == 10 and len(pre) == 15 and len(inter) == 7
    assert {"S10-TRANSITION", "A4-ITIL-PM2"} <= {c.code for c in pre}


@pytest.mark.parametrize("kind", ["shortlist", "eligibility", "sheets", "panel", "extract"])
def test_nothing_falls_off_the_page(real, kind):
    assert overflow(real[kind]) == []


def test_shortlist_prints_total_and_every_total(real):
    d = real_shortlist_data()
    pages = pages_text(real["shortlist"])
    text = " ".join(pages)
    invited = text[text.index("Candidates invited to interview –"):text.index("Not invited –")]
    assert "Total" in invited and "S10-TRANSITION" in invited and "A4-ITIL-PM2" in invited
    for r in d.invited_rows:
        assert f"{mark(r.total)}" in invited, r.name
    annex = text[text.index("Annex – full ranking"):]
    for r in d.annex_rows:  # the rank, the name (long ones cut with "…" to their column), the total
        assert re.search(rf" {r.rank} {re.escape(r.name[:12])}.*? {mark(r.total)} ", annex), r.name
    for page in pages[pages.index(next(p for p in pages if "Annex – full ranking" in p)):]:
        assert "Total Status" in page  # the head repeats on every page of the annex


def test_eligibility_prints_overall_and_a_glyph_per_criterion(real):
    d = real_eligibility_data()
    text = " ".join(pages_text(real["eligibility"]))
    matrix = text[text.index("Applications – 40"):text.index("Reasons")]
    assert "Overall" in matrix and "E-LANG-SECOND" in matrix
    assert "✓ met" in text and "✗ not met" in text and "D declared" in text
    for i, r in enumerate(d.rows, 1):
        overall = "EXCLUDED" if r.excluded else {"eligible": "eligible", "to_verify": "to verify"}[r.overall]
        glyphs = " ".join(GLYPH[r.checks[c.code][0]] for c in d.criteria)
        assert f"{glyphs} {overall}" in matrix, (i, r.name)
    assert not re.search(r"(eligible|EXCLUDED|to verify|NOT ELIGIBLE)…", matrix)


def test_total_and_overall_cells_are_never_cut():
    """Looked at in the tables themselves: the Total / Overall column is wide enough for its text."""
    for criteria in (real_grid()[1], wide_grid(20)):
        d = replace(real_shortlist_data(), criteria=criteria)
        for flow in ShortlistReport(d).story():
            _check_column(flow, "Total")
    for n in (10, 20):
        d = replace(real_eligibility_data(), criteria=wide_eligibility(n))
        for flow in EligibilityReport(d).story():
            _check_column(flow, "Overall")


def _check_column(flow, head: str) -> None:
    rows = getattr(flow, "_cellvalues", None)
    if not rows or head not in rows[0]:
        return
    col = rows[0].index(head)
    width = flow._colWidths[col]
    assert sum(flow._colWidths) <= LANDSCAPE_W + 0.01
    for row in rows[1:]:
        assert "…" not in row[col] and text_width(row[col], bold=True) <= width - 2 * CELL_PAD, row[col]


@pytest.mark.parametrize("n", [1, 5, 10, 15, 20, 25, 40])
def test_rank_columns_fit_any_number_of_criteria(n):
    d = real_shortlist_data()
    report = Report(d)
    rows = real_rank_rows(40)
    for status in (False, True):
        for width in (PORTRAIT_W, LANDSCAPE_W):
            for t in rank_table(report, wide_grid(n) if n > 15 else real_grid()[1][:n], rows, width, status=status):
                assert all(w >= 0 for w in t._colWidths)
                assert sum(t._colWidths) <= width + 0.01


def test_fit_widths_never_negative():
    assert fit_widths([(30, 40, 1)] * 3, 200) == [pytest.approx(200 / 3)] * 3  # surplus shared
    assert fit_widths([(10, 20, 0), (10, 30, 0)], 40) == [pytest.approx(50 / 3), pytest.approx(70 / 3)]  # slack
    assert fit_widths([(20, 20, 0, 10), (20, 20, 0)], 30) == [pytest.approx(10), pytest.approx(20)]  # floor
    assert all(w >= 0 for w in fit_widths([(50, 60, 1)] * 10, 100)) and sum(fit_widths([(50, 60, 1)] * 10, 100)) <= 100
    assert fit_widths([(10, 20, 1)], -5) == [0.0] and fit_widths([], 100) == []


@pytest.mark.parametrize("n", [20])
def test_twenty_criteria_fit_every_report(n):
    sl = replace(frozen(real_shortlist_data()), criteria=wide_grid(n))
    el = replace(real_eligibility_data(), criteria=wide_eligibility(n))
    sh = replace(real_sheets_data(1), criteria=wide_grid(n))
    pa = replace(real_panel_data(), criteria=wide_grid(n),
                 marks_per_criterion={c.code: [1.0, 2.0] for c in wide_grid(n)})
    for kind, data in (("shortlist", sl), ("eligibility", el), ("sheets", sh), ("panel", pa)):
        pdf = render(kind, data)
        assert overflow(pdf) == [], kind
        text = " ".join(pages_text(pdf))
        assert ("Overall" if kind == "eligibility" else "Total") in text
        assert wide_grid(n)[-1].code in text if kind != "eligibility" else wide_eligibility(n)[-1].code in text


def test_annex_of_2000_rows_renders_with_the_real_grid():
    d = replace(frozen(real_shortlist_data()), annex_rows=real_rank_rows(2000))
    pdf = render("shortlist", d)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert "Annex – full ranking (2000 candidates)" in text
    last = d.annex_rows[-1]
    assert re.search(rf" {last.rank} {re.escape(last.name[:12])}.*? {mark(last.total)} ", text)
    annex = [p for p in pages if "not invited" in p]
    assert len(annex) > 40 and all("Total Status" in p for p in annex)
    doc = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        sizes = {tuple(round(v) for v in doc.get_page_size(i)) for i in range(len(doc))}
    finally:
        doc.close()
    assert sizes == {(842, 595)}  # 15 criteria: landscape throughout
