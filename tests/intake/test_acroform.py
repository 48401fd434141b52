"""Fillable PDF forms (AcroForm): the values typed and the boxes ticked live in the form's fields, not in the
page's text. The extraction writes them where a person sees them (panel_app/intake/acroform.py)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from panel_app.domain.eligibility import ApplicationFacts, suggest
from panel_app.intake.pdf_text import extract_pdf
from tests.eligibility.test_rules import CRITERIA


def _form() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(50, 780, "APPLICATION FORM DIGIT/COM/2026/1039")
    for y, label, value in ((750, "Nationality", "Polish"), (730, "Highest diploma:", "Master in law"),
                            (710, "Duration of studies", "5 years"), (690, "Mother tongue", "Polish"),
                            (670, "Other languages", "English - C1; French - B2")):
        c.drawString(50, y, label)
        c.acroForm.textfield(name=f"f{y}", tooltip=label, x=200, y=y - 4, width=300, height=16, value=value)
    c.acroForm.textfield(name="phone", tooltip="Telephone", x=200, y=646, width=200, height=16, value="+48 22 555")
    c.drawString(50, 620, "Article 29 of the Staff Regulations")
    for i, (label, on) in enumerate([("Official of the European Commission", False),
                                     ("Laureate of an EPSO competition (reserve list)", True),
                                     ("Contract agent", False)]):
        c.acroForm.checkbox(name=f"a29_{i}", tooltip=label, x=50, y=597 - 20 * i, size=12, checked=on)
        c.drawString(70, 600 - 20 * i, label)
    c.drawString(50, 520, "Military service")  # two boxes on one line: each label ends where the next box starts
    for x, label, on in ((50, "Completed", True), (200, "Exempted", False)):
        c.acroForm.checkbox(name=f"m{x}", tooltip=label, x=x, y=497, size=12, checked=on)
        c.drawString(x + 20, 500, label)
    c.save()
    return buf.getvalue()


def test_typed_values_and_ticked_boxes_are_read_where_they_are_seen():
    _pages, texts, flags, _europass = extract_pdf(_form())
    lines = texts[0].split("\n")
    assert "Nationality: Polish" in lines and "Highest diploma: Master in law" in lines
    assert "Other languages: English - C1; French - B2" in lines
    assert lines.index("☐ Official of the European Commission") < lines.index(
        "☒ Laureate of an EPSO competition (reserve list)") < lines.index("☐ Contract agent")
    assert "☒ Completed ☐ Exempted" in lines
    assert lines[-1] == "Telephone: +48 22 555"  # no label printed beside it: its tooltip names it
    assert flags == []


def test_the_reading_rules_decide_from_the_fields():
    _pages, texts, _flags, _europass = extract_pdf(_form())
    s = suggest(ApplicationFacts(page_texts=texts), CRITERIA)
    assert s.article29 == "laureate"
    assert {c: s.check(c).suggested for c in ("E-NATIONALITY", "E-DIPLOMA", "E-LANG-MAIN", "E-LANG-SECOND")} == {
        "E-NATIONALITY": "met", "E-DIPLOMA": "met", "E-LANG-MAIN": "met", "E-LANG-SECOND": "met"}


def test_a_pdf_without_a_form_keeps_its_text():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(50, 780, "Nationality: Polish")
    c.save()
    assert extract_pdf(buf.getvalue())[1] == ["Nationality: Polish"]
