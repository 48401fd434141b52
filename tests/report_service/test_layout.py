"""Every page of every report of the realistic procedure, read through pypdfium2's text boxes as a reader sees it:
no two lines of text drawn over each other, nothing outside the page or past the right margin, nothing cut with
an ellipsis; in a draft (scored), after the preselection's freeze and the interview (outcome) and in the final
state. The audit chain's line in the footer of the last page is never clipped, even over a broken chain with a
long finding."""

from __future__ import annotations

import dataclasses

import pypdfium2 as pdfium
import pytest

from panel_app import reports
from panel_app.reports.data import AuditSeal

from .conftest import realistic_copy
from .layout import problems
from .realistic import CHAIR, who

STATES = ("scored", "outcome", "final")


@pytest.fixture(scope="module", params=STATES)
def state(request, tmp_path_factory):
    sv, ref = realistic_copy(tmp_path_factory, request.param)
    yield request.param, sv, ref
    sv.db.dispose()


def renders(sv, ref, stage_name: str):
    chair = who(sv, ref, CHAIR)
    first = sv.panel.ranking(ref, chair)[0].candidate
    yield "shortlist", sv.reports.render(ref, chair, "shortlist")
    yield "eligibility", sv.reports.render(ref, chair, "eligibility")
    yield "sheets", sv.reports.render(ref, chair, "sheets")
    yield "sheets (members' marks)", sv.reports.render(ref, chair, "sheets", show_member_marks=True)
    if stage_name != "scored":
        yield "sheets (interview)", sv.reports.render(ref, chair, "sheets", stage="interview")
    yield "panel report", sv.reports.render(ref, chair, "panel")
    yield "extract", sv.reports.render(ref, chair, "extract", candidate=first)


def test_no_text_overlaps_leaves_the_page_or_is_cut(state):
    name, sv, ref = state
    found, pages = [], 0
    for kind, data in renders(sv, ref, name):
        found += problems(data, f"{name} {kind}")
        doc = pdfium.PdfDocument(data)
        pages += len(doc)
        doc.close()
    assert pages > 40  # every page of every report was read
    assert not found, "\n".join(found[:30])


def last_page_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return "".join(doc[len(doc) - 1].get_textpage().get_text_range().split())
    finally:
        doc.close()


@pytest.mark.parametrize("seal", [
    AuditSeal(ok=True, events=1_234_567, last_hash="7bae3e25a4a7b37aa74ee69da7ae2ad6ec535a949a4f08fdf23cd3f48b8ade55"),
    AuditSeal(ok=False, events=1614, last_hash="", first_finding=(
        "state: the mark of Maria Papadopoulou-Konstantinidou on georgios.papadopoulos-konstantinidis@gmail.com / "
        "S10-TRANSITION: expected value 2, found 4 (the record of event #1212 says otherwise)")),
], ids=["verified", "broken"])
def test_the_audit_line_is_never_clipped(final, seal):
    sv, ref = final
    chair = who(sv, ref, CHAIR)
    for kind in ("shortlist", "panel"):
        data = sv.reports.data(ref, chair, kind)
        data = dataclasses.replace(data, context=dataclasses.replace(data.context, audit=seal))
        pdf = reports.render(kind, data)
        assert "".join(seal.line().split()) in last_page_text(pdf)  # whole, to the last digit of the hash
        assert not problems(pdf, kind)
