"""Lifting base64 bodies out before parsing changes nothing the importer reads: the same parts, the same
decoded bytes, the same structure defects, for well-formed and damaged messages alike."""

from __future__ import annotations

import email
from datetime import datetime
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panel_app.intake import base64_bodies, parse_bytes

from .fixtures import REF, application_pdf, eml_bytes, forwarded, make_eml

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parts(msg) -> list[tuple]:
    return [(p.get_content_type(), p.get_filename(), p.get_payload(decode=True), [type(d) for d in p.defects])
            for p in msg.walk() if not p.is_multipart()]


def both_ways(raw: bytes) -> tuple[list, list]:
    skeleton, bodies = base64_bodies.lift(raw)
    fast = base64_bodies.parse(skeleton)  # with the fixed boundaries, as the importer parses
    base64_bodies.restore(fast, bodies)
    return parts(fast), parts(email.message_from_bytes(raw))


def test_an_application_parses_the_same_and_the_pdf_comes_out_whole():
    pdf = application_pdf()
    raw = eml_bytes(attachments=[("cv.pdf", pdf, "application/pdf")])
    skeleton, bodies = base64_bodies.lift(raw)
    assert len(bodies) == 1 and len(skeleton) < len(raw) // 10  # the PDF's base64 left the skeleton
    fast, plain = both_ways(raw)
    assert fast == plain
    assert any(payload == pdf for _t, _f, payload, _d in fast)


def test_crlf_and_quoted_printable_are_left_as_they_are():
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@b.eu", REF
    msg.set_content("Grüße\n" * 50, cte="quoted-printable")
    msg.add_attachment(b"\x00\x01binary" * 500, maintype="application", subtype="octet-stream", filename="x.bin")
    raw = msg.as_bytes().replace(b"\n", b"\r\n")
    fast, plain = both_ways(raw)
    assert fast == plain and len(base64_bodies.lift(raw)[1]) == 1


@FUZZ
@given(blobs=st.lists(st.binary(min_size=0, max_size=3000), min_size=1, max_size=3),
       crlf=st.booleans(), cut=st.integers(min_value=0, max_value=4000), junk=st.binary(max_size=40))
def test_any_message_even_damaged_parses_the_same(blobs, crlf, cut, junk):
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@b.eu", REF
    msg.set_content("Dear panel,")
    for i, b in enumerate(blobs):
        msg.add_attachment(b, maintype="application", subtype="pdf", filename=f"{i}.pdf")
    raw = msg.as_bytes()
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    raw = raw[: len(raw) - cut % max(1, len(raw))] + junk  # truncated, with junk after
    fast, plain = both_ways(raw)
    assert fast == plain


def test_the_importer_result_is_unchanged_for_a_forwarded_application():
    raw = forwarded(make_eml(), outer_received=datetime(2026, 6, 12, 9, 0))
    fast, plain = both_ways(raw)
    assert fast == plain
    [m] = parse_bytes("fwd.eml", raw, REF)
    assert "forwarded" in m.flags and m.raw == raw
    assert [d.sha256 for d in m.documents] and all(d.kind == "pdf" for d in m.documents)


def test_every_mail_is_parsed_with_the_same_fixed_boundaries_and_the_same_parts():
    """The email parser compiles an expression per boundary: with the same few boundaries for every mail it
    compiles them once. Nested parts (a forwarded application) come out the same."""
    pdf = application_pdf()
    raws = [forwarded(make_eml(), outer_received=datetime(2026, 6, 12, 9, 0)),
            eml_bytes(attachments=[("cv.pdf", pdf, "application/pdf"), ("note.txt", b"hello", "text/plain")])]
    for raw in raws:
        skeleton, _bodies = base64_bodies.lift(raw)
        same = base64_bodies.same_boundaries(skeleton)
        msg = email.message_from_bytes(same)
        boundaries = {p.get_boundary() for p in msg.walk() if p.get_content_maintype() == "multipart"}
        assert boundaries and boundaries <= {f"PanelAppBoundary{i:03d}x" for i in range(3)}
        fast, plain = both_ways(raw)
        assert fast == plain and any((payload or b"").startswith(b"%PDF") for _t, _f, payload, _d in fast)


def test_a_boundary_inside_another_leaves_the_mail_as_it_is():
    raw = (b"From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=\"outer-12345678\"\n\n"
           b"--outer-12345678\nContent-Type: multipart/alternative; boundary=\"outer-12345678-inner\"\n\n"
           b"--outer-12345678-inner\nContent-Type: text/plain\n\nhi\n--outer-12345678-inner--\n"
           b"--outer-12345678--\n")
    assert base64_bodies.same_boundaries(raw) is raw  # replacing one would rewrite part of the other
    fast, plain = both_ways(raw)
    assert fast == plain and [t for t, *_ in fast] == ["text/plain"]
