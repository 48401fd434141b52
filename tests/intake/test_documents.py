"""PDF reading: damaged, protected, scanned, long; Europass; form-field suggestions."""

from __future__ import annotations

import pytest

from panel_app.intake import parse_bytes
from panel_app.intake.europass import parse_europass
from panel_app.reports.application_form import render_application

from .fixtures import REF, application_pdf, eml_bytes, europass_new_xml, europass_old_xml, profile

PDF = "application/pdf"


def mail_with(pdf: bytes, name: str = "application.pdf"):
    return parse_bytes("a.eml", eml_bytes(attachments=[(name, pdf, PDF)]), REF)[0]


def test_truncated_pdf_is_corrupt_and_kept():
    pdf = application_pdf()
    msg = mail_with(pdf[: len(pdf) // 2])
    doc = msg.documents[0]
    assert doc.kind == "pdf" and "corrupt" in doc.flags and "corrupt" in msg.flags
    assert doc.content == pdf[: len(pdf) // 2]


def test_password_protected_pdf_is_flagged_encrypted():
    pdf = render_application(profile(4), encrypt_password="secret")
    msg = mail_with(pdf)
    doc = msg.documents[0]
    assert doc.flags == ["encrypted"] and doc.pages is None and doc.page_texts == []
    assert "encrypted" in msg.flags and "corrupt" not in msg.flags


def test_scanned_pdf_without_text_layer():
    msg = mail_with(application_pdf(5, text_layer=False))
    doc = msg.documents[0]
    assert doc.pages == 3 and not doc.has_text
    assert "no_text_layer" in doc.flags and "no_text_layer" in msg.flags
    assert not [s for s in msg.suggestions if s.source == "form"]


def test_150_page_pdf():
    pdf = render_application(profile(6), pages_of_cv=149)
    msg = parse_bytes("long.pdf", pdf, REF)[0]
    doc = msg.documents[0]
    assert doc.pages == 150 and len(doc.page_texts) == 150 and doc.has_text
    assert "Surname:" in doc.page_texts[-1]
    assert [s.page for s in msg.suggestions if s.field == "surname"] == [150]


@pytest.mark.parametrize("labels,surname_label", [("en", "Surname"), ("fr", "Nom"), ("de", "Nachname")])
def test_form_field_suggestions_in_each_language(labels, surname_label):
    p = profile(7, surname="Παπαδόπουλος", first_name="Γεώργιος", email="g.papa@example.gr",
                nationalities=["EL", "CY"])
    msg = mail_with(render_application(p, labels=labels))
    form = [(s.field, s.value) for s in msg.suggestions if s.source == "form"]
    assert ("surname", "Παπαδόπουλος") in form
    assert ("first_name", "Γεώργιος") in form
    assert ("email", "g.papa@example.gr") in form
    assert [v for f, v in form if f == "nationality"] == ["EL", "CY"]
    first = msg.suggestions[0]
    assert first.source == "form" and first.page == 3 and surname_label in first.evidence
    # the header suggestion is still there, after the form's
    assert msg.suggestions[-1].source == "header"


def test_old_europass_embedded_in_pdf():
    pdf = render_application(profile(8), europass_xml=europass_old_xml())
    doc = mail_with(pdf).documents[0]
    assert doc.europass == {
        "surname": "Dvořáková", "first_name": "Šárka", "email": "sarka.dvorakova@example.cz",
        "nationalities": ["CZ", "SK"], "mother_tongues": ["cs"],
        "languages": [{"lang": "en", "levels": {"Listening": "C1", "Reading": "C2", "SpokenInteraction": "C1",
                                                "SpokenProduction": "B2", "Writing": "C1"}}],
        "education": [],
    }


def test_new_europass_embedded_in_pdf_gives_suggestions():
    pdf = render_application(profile(9), europass_xml=europass_new_xml())
    msg = mail_with(pdf)
    ep = msg.documents[0].europass
    assert ep["surname"] == "Παπαδόπουλος" and ep["first_name"] == "Γεώργιος"
    assert ep["email"] == "g.papadopoulos@example.gr" and ep["nationalities"] == ["GR"]
    assert ep["languages"][0]["levels"]["Listening"] == "C1" and ep["languages"][0]["levels"]["Writing"] == "B2"
    assert ("surname", "Παπαδόπουλος") in [(s.field, s.value) for s in msg.suggestions if s.source == "europass"]


@pytest.mark.parametrize("junk", [b"", b"<not xml", b"<a/>", b"\xff\xfe\x00", b'<?xml version="1.0"?>'
                                  b'<!DOCTYPE x [<!ENTITY a "aaaa">]><SkillsPassport>&a;</SkillsPassport>'])
def test_europass_junk_is_none(junk):
    assert parse_europass(junk) is None


def _helper_texts(data: bytes) -> list[str]:
    """The text as pypdfium2's helper classes give it (what extract_pdf reproduces with the raw functions)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return [doc[i].get_textpage().get_text_bounded() for i in range(len(doc))]
    finally:
        doc.close()


def test_the_raw_extraction_reads_exactly_what_pypdfium2_reads():
    from panel_app.intake.pdf_text import extract_pdf

    pdfs = [application_pdf(i, labels=lab) for i, lab in enumerate(["en", "fr", "de"])]
    pdfs += [render_application(profile(8), europass_xml=europass_old_xml()), application_pdf(5, pages_of_cv=6)]
    for data in pdfs:
        pages, texts, flags, _ep = extract_pdf(data)
        assert texts == _helper_texts(data) and pages == len(texts) and flags == []
        assert any("Surname" in t or "Nom" in t or "Nachname" in t for t in texts)
