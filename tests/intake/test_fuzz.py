"""Fuzzing parse_bytes: random and mutated mail/PDF bytes never raise and give a complete result."""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panel_app.intake import ParsedMessage, parse_bytes
from panel_app.intake.model import ParsedDocument

from .fixtures import REF, application_pdf, eml_bytes, forwarded, make_eml

BASE_EML = eml_bytes(attachments=[("a.pdf", application_pdf(), "application/pdf")])
BASE_FWD = forwarded(make_eml(), outer_received=datetime(2026, 6, 12, 9, 0) + timedelta(0))
BASE_PDF = application_pdf(11, pages_of_cv=1)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_complete(msgs: list[ParsedMessage], data: bytes) -> None:
    assert msgs and all(isinstance(m, ParsedMessage) for m in msgs)
    for m in msgs:
        assert isinstance(m.source, str) and m.source
        assert m.source_sha256 == hashlib.sha256(m.raw).hexdigest()
        assert m.kind in ("eml", "msg", "mbox", "pdf", "unknown")
        assert all(isinstance(f, str) for f in m.flags) and len(set(m.flags)) == len(m.flags)
        assert m.received_utc is None or m.received_utc.utcoffset() == timedelta(0)
        assert m.date_header_utc is None or m.date_header_utc.utcoffset() == timedelta(0)
        assert m.error is None or (isinstance(m.error, str) and m.error)
        assert m.documents or "no_attachment" in m.flags or m.error or "corrupt" in m.flags or m.kind == "unknown"
        for d in m.documents:
            assert isinstance(d, ParsedDocument)
            assert d.sha256 == hashlib.sha256(d.content).hexdigest()
            assert d.kind in ("pdf", "docx", "zip", "7z", "image", "text", "other")
            assert d.pages is None or d.pages == len(d.page_texts)
        for f in fields(m):
            getattr(m, f.name)  # every field set
    if msgs[0].kind != "mbox":
        assert len(msgs) == 1 and msgs[0].raw == data  # nothing lost
    else:  # each mbox message keeps its own bytes (without the "From " separator line)
        assert all(m.raw in data for m in msgs)


def mutate(base: bytes, draw_ops) -> bytes:
    data = bytearray(base)
    for kind, pos, value in draw_ops:
        if not data:
            break
        pos %= len(data)
        if kind == 0:
            data[pos] = value
        elif kind == 1:
            del data[pos:pos + value]
        elif kind == 2:
            data[pos:pos] = bytes([value]) * 3
        else:
            del data[pos:]
    return bytes(data)


OPS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    assert_complete(parse_bytes("x.bin", data, REF), data)


@FUZZ
@given(OPS)
def test_mutated_eml(ops):
    data = mutate(BASE_EML, ops)
    assert_complete(parse_bytes("x.eml", data, REF), data)


@FUZZ
@given(OPS)
def test_mutated_forwarded_eml(ops):
    data = mutate(BASE_FWD, ops)
    assert_complete(parse_bytes("x.eml", data, REF), data)


@FUZZ
@given(OPS)
def test_mutated_pdf(ops):
    data = mutate(BASE_PDF, ops)
    assert_complete(parse_bytes("x.pdf", data, REF), data)


@FUZZ
@given(st.lists(st.sampled_from([b"From ", b"From: a@b\n", b"\n", b"Subject: x\n", b"%PDF-1.4\n", b"\r\n",
                                 b"Received: x; y\n", b"--b\n", b"Content-Type: multipart/mixed; boundary=b\n"]),
                max_size=30))
def test_header_soup(parts):
    data = b"".join(parts)
    assert_complete(parse_bytes("soup", data, REF), data)
