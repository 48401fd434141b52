"""The synthetic application PDF used as fixture: labels, scripts, no-text variant, attachment."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pytest

from panel_app.reports.application_form import make_profile, render_application


def text_of(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_bounded())
            tp.close()
            page.close()
        return out
    finally:
        doc.close()


@pytest.mark.parametrize("labels,words", [
    ("en", ["Surname:", "First name:", "Email:", "Nationality:", "Article 29 status:", "Declarations:"]),
    ("fr", ["Nom:", "Prénom:", "Courriel:", "Nationalité:", "Statut article 29:", "Déclarations:"]),
    ("de", ["Nachname:", "Vorname:", "E-Mail:", "Staatsangehörigkeit:", "Status Artikel 29:", "Erklärungen:"]),
])
def test_form_page_is_last_and_labelled(labels, words):
    p = make_profile(random.Random(3), 3)
    pages = text_of(render_application(p, labels=labels, pages_of_cv=2))
    assert len(pages) == 3
    assert "DIGIT/COM/2026/1039" in pages[-1]
    assert all(w in pages[-1] for w in words)


def test_names_in_greek_bulgarian_polish_czech_irish_print():
    for first, last in [("Γεώργιος", "Παπαδόπουλος"), ("Мария", "Иванова"), ("Łukasz", "Żółkiewski"),
                        ("Šárka", "Dvořáková"), ("Seán", "Ó Súilleabháin")]:
        p = make_profile(random.Random(1), 1) | {"first_name": first, "surname": last}
        assert f"{last}" in text_of(render_application(p, pages_of_cv=0))[0]


def test_profiles_are_varied():
    rng = random.Random(42)
    ps = [make_profile(rng, i) for i in range(300)]
    assert len({p["surname"] for p in ps}) > 15
    assert any(len(p["nationalities"]) == 2 for p in ps)
    assert any(p["article29"] != "None" for p in ps)
    assert {p["diploma_years"] for p in ps} >= {2, 3, 4, 5}
    assert len({p["email"] for p in ps}) == 300


def test_without_text_layer_has_pages_but_no_text():
    pages = text_of(render_application(make_profile(random.Random(2), 2), text_layer=False))
    assert len(pages) == 3 and not any(t.strip() for t in pages)


def test_europass_xml_is_embedded_as_a_file_attachment():
    xml = b"<?xml version='1.0'?><SkillsPassport/>"
    doc = pdfium.PdfDocument(render_application(make_profile(random.Random(2), 2), europass_xml=xml))
    try:
        assert doc.count_attachments() == 1
        att = doc.get_attachment(0)
        assert att.get_name() == "europass.xml" and bytes(att.get_data()) == xml
    finally:
        doc.close()
