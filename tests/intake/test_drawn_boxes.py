"""Check boxes drawn as paths, with no glyph (a browser's print of `<input type=checkbox>`): the extraction
writes them into the text as ☒ / ☐ where they are seen (panel_app/intake/drawn_boxes.py)."""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from panel_app.domain.eligibility import ApplicationFacts, fold, suggest
from panel_app.intake.drawn_boxes import reads_as_form
from panel_app.intake.pdf_text import extract_pdf
from tests.eligibility.form_accuracy import FORMS
from tests.eligibility.test_rules import CRITERIA


def _square(c: canvas.Canvas, x: float, y: float, side: float = 10, fill: str | None = None) -> None:
    c.setStrokeColor("#555555")
    if fill:
        c.setFillColor(fill)
    c.rect(x, y, side, side, stroke=1, fill=1 if fill else 0)
    c.setFillColor("black")


def _check(c: canvas.Canvas, x: float, y: float, colour: str = "black") -> None:
    c.setStrokeColor(colour)
    p = c.beginPath()
    p.moveTo(x + 2, y + 5)
    p.lineTo(x + 4.5, y + 2)
    p.lineTo(x + 8.5, y + 8.5)
    c.drawPath(p, stroke=1, fill=0)


def _cross(c: canvas.Canvas, x: float, y: float) -> None:
    c.setStrokeColor("black")
    c.line(x + 2, y + 2, x + 8, y + 8)
    c.line(x + 2, y + 8, x + 8, y + 2)


def _drawn_form() -> bytes:
    """Boxes drawn by hand-made geometry, none of it Chromium's: outlines, a filled box with a light check,
    a cross, a radio button, a bullet that is no box, Yes/No cells to the right of their row's label."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, "Article 29 of the Staff Regulations")
    _square(c, 50, 757)
    c.drawString(66, 758, "Official of the European Commission")
    _square(c, 50, 739, fill="#1a4d8f")
    _check(c, 50, 739, colour="white")
    c.drawString(66, 740, "Laureate of an EPSO competition (reserve list)")
    _square(c, 50, 721)
    c.drawString(66, 722, "Contract agent")
    c.drawString(50, 690, "Military service:")
    _square(c, 140, 689, side=12)
    _cross(c, 141, 690)
    c.drawString(158, 690, "Completed")
    c.setStrokeColor("#555555")
    c.circle(245, 694, 5.5, stroke=1, fill=0)
    c.drawString(256, 690, "Exempted")
    c.rect(50, 660, 6, 6, stroke=0, fill=1)  # a bullet: a dark square with nothing inside
    c.drawString(62, 660, "Interests: chess")
    c.drawString(50, 630, "Status  Yes  No")
    c.drawString(50, 612, "Official of another EU institution")
    _square(c, 250, 611)
    _square(c, 280, 611)
    _check(c, 280, 611)
    c.save()
    return buf.getvalue()


def test_drawn_boxes_are_written_where_they_are_seen():
    _pages, texts, flags, _europass = extract_pdf(_drawn_form())
    lines = texts[0].replace("\r\n", "\n").split("\n")
    assert "☐ Official of the European Commission" in lines
    assert "☒ Laureate of an EPSO competition (reserve list)" in lines  # a filled box with a white check
    assert "☐ Contract agent" in lines
    assert "Military service: ☒ Completed ☐ Exempted" in lines  # a cross; an empty radio button
    assert "Interests: chess" in lines  # a bullet is not a box
    assert "Official of another EU institution ☐ ☒" in lines  # the Yes/No cells follow their row's label
    assert flags == []


def test_the_reading_rules_decide_from_drawn_boxes():
    _pages, texts, _flags, _europass = extract_pdf(_drawn_form())
    s = suggest(ApplicationFacts(page_texts=texts), CRITERIA)
    assert s.article29 == "laureate"
    assert "☒ Laureate of an EPSO competition" in (s.article29_evidence or "")


def _browser_forms() -> list[tuple[str, dict]]:
    truth = json.loads((FORMS / "truth.json").read_text(encoding="utf-8"))
    return sorted((n, spec) for n, spec in truth.items() if spec["split"] == "browserbox")


@pytest.mark.parametrize("name,spec", _browser_forms(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_box_chromium_printed_is_read_ticked_or_not(name, spec):
    """Every HTML check box (radio button) of the browserbox split is read, and an unticked one as unticked:
    one tick per list of boxes (Article 29, military service), one per Yes/No row."""
    _pages, texts, _flags, _europass = extract_pdf((FORMS / f"{name}.pdf").read_bytes())
    text = "\n".join(texts)
    yes_no = spec["art_style"] == "yesno"
    ticked = (4 if yes_no else 1) + spec["military_box"]
    empty = 4 + 2 * spec["military_box"]
    assert (text.count("☒"), text.count("☐")) == (ticked, empty)


def test_a_pdf_without_drawn_boxes_keeps_its_text():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(50, 780, "Nationality: Polish")
    c.rect(40, 700, 300, 60)  # a frame, far bigger than a box
    c.save()
    _pages, texts, _flags, _europass = extract_pdf(buf.getvalue())
    assert texts[0] == "Nationality: Polish"


def test_a_cv_page_is_not_looked_at_for_boxes():
    """A CV's skill squares (hollow, beside a word) would read as unticked boxes; a page without check-box or form
    wording is not looked at, so its text stays as printed (and its geometry costs nothing)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, "Curriculum vitae")
    for row, skill in enumerate(("Python", "Terraform", "Kubernetes")):
        y = 750 - 20 * row
        c.drawString(50, y, skill)
        for k in range(5):
            _square(c, 150 + 14 * k, y - 1, fill="#1a4d8f" if k < 3 - row else None)
    c.showPage()
    c.drawString(50, 780, "Declarations:")
    _square(c, 50, 757)
    c.drawString(66, 758, "I am physically fit")
    c.save()
    _pages, texts, _flags, _europass = extract_pdf(buf.getvalue())
    assert "☐" not in texts[0] and "Python" in texts[0]
    assert "☐ I am physically fit" in texts[1].replace("\r\n", "\n").split("\n")  # a form's page is



_FORM_WORDS_AS_ONE_EXPRESSION = re.compile(
    r"art(?:icle|ikel|\.)\s*29|militar|military|wehrdienst|wehrpflicht|declar|erklar|versicher|honou?r|ehrenw|priorit"
    r"|official|fonctionnaire|beamt|agent|laureat|citizen|citoyen|burger|statu[ts]|tick|coch|ankreuz|kreuzen"
    r"|\b(?:yes|oui|ja|no|non|nein)\b|\bform\b|formulai?r|application|candidature|bewerbung|signature|unterschrift"
    r"|surname|nom\b|nachname")
_WORDISH = ["yes", "oui", "Ja", "NO", "non", "nein", "form", "Fórm", "nom", "Article 29", "art.29", "artikel\t 29",
            "militär", "Erklärung", "statut", "honour", "formulaire", "tick", "x", "_", "1", "é", "ß", "٣", " ", "\n", "-"]


def _same_as_one_expression(text: str) -> None:
    assert reads_as_form(text) == (_FORM_WORDS_AS_ONE_EXPRESSION.search(fold(text)) is not None), text


def test_a_page_reads_as_form_exactly_when_one_expression_of_its_words_finds_one():
    """reads_as_form looks for its words one way for speed: the same pages as the one expression it replaced
    (every sequence of three of these pieces, and a CV page)."""
    for a in _WORDISH:
        for b in _WORDISH:
            for c in _WORDISH:
                _same_as_one_expression(a + b + c)
    _same_as_one_expression("Curriculum vitae — Šárka Dvořáková\nPlatform team lead, Banco de Portugal\n")


@given(st.lists(st.sampled_from(_WORDISH) | st.text(max_size=3), max_size=12))
def test_reads_as_form_on_any_text(parts):
    _same_as_one_expression("".join(parts))
