"""What the secretary sees for each kind of mail: flags, sender, documents."""

from __future__ import annotations

import base64
from datetime import timedelta

from panel_app.intake import parse_bytes

from .fixtures import (
    DEADLINE_UTC,
    REF,
    application_pdf,
    docx_bytes,
    eml_bytes,
    forwarded,
    make_eml,
    mbox_bytes,
    tiff_bytes,
    zip_bytes,
)

PDF = "application/pdf"


def one(raw: bytes, name: str = "a.eml"):
    msgs = parse_bytes(name, raw, REF)
    assert len(msgs) == 1
    return msgs[0]


def test_clean_application_has_no_flags_and_one_pdf():
    msg = one(eml_bytes())
    assert msg.kind == "eml" and msg.flags == [] and msg.error is None
    assert [d.kind for d in msg.documents] == ["pdf"]
    assert msg.documents[0].pages == 3 and msg.documents[0].has_text
    assert msg.sender_email == "anna.mueller@example.org" and msg.sender_name == "Anna Müller"


def test_sender_email_is_normalised():
    msg = one(eml_bytes(from_addr="  Anna.Mueller@Example.ORG "))
    assert msg.sender_email == "anna.mueller@example.org"


def test_pdf_sent_as_octet_stream_named_bin_is_a_pdf():
    msg = one(eml_bytes(attachments=[("cv.bin", application_pdf(), "application/octet-stream")]))
    assert msg.documents[0].kind == "pdf" and msg.documents[0].filename == "cv.bin"
    assert msg.flags == []


def test_no_attachment():
    msg = one(eml_bytes(attachments=[]))
    assert msg.documents == [] and "no_attachment" in msg.flags


def test_docx_is_stored_and_flagged_not_pdf():
    data = docx_bytes()
    msg = one(eml_bytes(attachments=[("cv.pdf", data, PDF)]))  # a lying name and MIME type
    assert msg.documents[0].kind == "docx" and msg.documents[0].content == data
    assert "not_pdf" in msg.flags


def test_zip_with_a_pdf_inside_is_stored_and_the_pdf_extracted():
    pdf = application_pdf(1)
    z = zip_bytes({"docs/application.pdf": pdf, "readme.txt": b"hello"})
    msg = one(eml_bytes(attachments=[("application.zip", z, "application/zip")]))
    kinds = [(d.kind, d.from_archive) for d in msg.documents]
    assert kinds == [("zip", None), ("pdf", "application.zip")]
    assert msg.documents[1].content == pdf and msg.documents[1].filename == "application.pdf"
    assert "archive" in msg.flags and "not_single_pdf" not in msg.flags
    assert any(s.source == "form" for s in msg.suggestions)


def test_two_pdfs_are_all_kept_and_flagged():
    msg = one(eml_bytes(attachments=[("cv.pdf", application_pdf(2), PDF), ("form.pdf", application_pdf(3), PDF)]))
    assert [d.filename for d in msg.documents] == ["cv.pdf", "form.pdf"]
    assert "not_single_pdf" in msg.flags


def test_tiff_and_7z_are_recognised_by_content():
    seven = b"7z\xbc\xaf\x27\x1c" + b"\x00" * 30
    msg = one(eml_bytes(attachments=[("scan.pdf", tiff_bytes(), PDF), ("a.zip", seven, "application/zip")]))
    assert [d.kind for d in msg.documents] == ["image", "7z"] and "not_pdf" in msg.flags


def test_forwarded_application_is_judged_on_the_inner_message():
    inner_received = DEADLINE_UTC - timedelta(hours=1)
    inner = make_eml(from_name="Łukasz Żółkiewski", from_addr="lukasz@example.pl", received=[inner_received],
                     subject="Application digit-com-2026-1039")
    msg = one(forwarded(inner, outer_received=DEADLINE_UTC + timedelta(hours=3)))
    assert "forwarded" in msg.flags
    assert msg.sender_name == "Łukasz Żółkiewski" and msg.sender_email == "lukasz@example.pl"
    assert msg.subject == "Application digit-com-2026-1039" and msg.reference_ok
    assert msg.received_utc == inner_received
    assert [d.kind for d in msg.documents] == ["pdf"]


def test_forwarded_inner_without_received_uses_outer_mailbox_receipt():
    inner = make_eml(received=[], date=DEADLINE_UTC - timedelta(days=2))
    outer_time = DEADLINE_UTC + timedelta(minutes=1)
    msg = one(forwarded(inner, outer_received=outer_time))
    assert msg.received_utc == outer_time and msg.date_header_utc == DEADLINE_UTC - timedelta(days=2)


def _b64word(text: str) -> str:
    return f"=?UTF-8?B?{base64.b64encode(text.encode()).decode()}?="


def test_rfc2047_greek_and_cyrillic_names_folded_across_encoded_words_are_exact():
    for first, last in [("Γεώργιος", "Παπαδόπουλος"), ("Мария", "Иванова")]:
        name = f"{first} {last}"
        # split inside a word, folded over two lines: the parser must not insert a space
        head = f"From: {_b64word(name[:7])}\r\n {_b64word(name[7:])} <n@example.eu>\r\n"
        body = b"\n".join(ln for ln in eml_bytes().split(b"\n") if not ln.lower().startswith(b"from:"))
        msg = one(head.encode() + body)
        assert msg.sender_name == name
        assert msg.sender_email == "n@example.eu"
        assert [s.value for s in msg.suggestions if s.source == "header"][:2] == [last, first]


def test_non_utf8_raw_header_does_not_break():
    raw = b"Received: from a by b; Fri, 12 Jun 2026 09:00:00 +0000\r\nFrom: Ren\xe9e Lef\xe8vre <r@example.fr>\r\n" \
          b"Subject: Candidature DIGIT/COM/2026/1039 \xe9t\xe9\r\n\r\nbody\r\n"
    msg = one(raw)
    assert msg.sender_name == "Renée Lefèvre" and msg.reference_ok and "no_attachment" in msg.flags


def test_malformed_mime_boundary_is_kept_with_an_explanation():
    raw = (b"Received: from a by b; Fri, 12 Jun 2026 09:00:00 +0000\r\nFrom: a@example.org\r\n"
           b"Subject: DIGIT/COM/2026/1039\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--WRONG\r\nContent-Type: application/pdf\r\n\r\n'
           b"%PDF-1.4 truncated\r\n")
    msg = one(raw)
    assert msg.error and "damaged" in msg.error
    assert "corrupt" in msg.flags and "no_attachment" in msg.flags
    assert msg.raw == raw


def test_truncated_mail_with_half_a_base64_pdf():
    raw = eml_bytes()
    msg = one(raw[: len(raw) * 2 // 3])
    assert msg.received_utc is not None
    assert msg.documents and msg.documents[0].kind == "pdf" and "corrupt" in msg.flags


def test_not_mail_and_zero_bytes():
    msg = one(b"just some notes\nnothing else\n", "notes.txt")
    assert msg.flags[0] == "not_mail" and msg.error and "notes.txt" in msg.error
    empty = one(b"", "empty.eml")
    assert "corrupt" in empty.flags and empty.error == "empty file (0 bytes)"


def test_mbox_with_three_messages():
    raws = [eml_bytes(from_addr=f"c{k}@example.org", subject=f"DIGIT/COM/2026/1039 #{k}") for k in range(3)]
    msgs = parse_bytes("inbox.mbox", mbox_bytes(raws), REF)
    assert [m.source for m in msgs] == ["inbox.mbox#1", "inbox.mbox#2", "inbox.mbox#3"]
    assert [m.sender_email for m in msgs] == ["c0@example.org", "c1@example.org", "c2@example.org"]
    assert all(m.kind == "mbox" and m.documents[0].kind == "pdf" and m.documents[0].pages == 3 for m in msgs)
    assert len({m.source_sha256 for m in msgs}) == 3


def test_loose_pdf():
    msg = one(application_pdf(), "Dvořáková.pdf")
    assert msg.kind == "pdf" and msg.reference_ok is None
    assert msg.flags == ["received_time_unknown"] and msg.documents[0].pages == 3
