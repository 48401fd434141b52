"""The fast base64 decoding of mail bodies gives what binascii gives, byte for byte, and fails where it fails."""

from __future__ import annotations

import base64
import binascii

from hypothesis import given, settings
from hypothesis import strategies as st

from panel_app.intake import b64

ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
STRAY = b"=\r\n \t-_.*!\x00\xff"


def _binascii(data: bytes):
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        return "error"


def _ours(data: bytes, start: int = 0, end: int | None = None):
    try:
        return b64.a2b_base64(data, start, end)
    except binascii.Error:
        return "error"


def test_pybase64_is_what_decodes():
    assert b64._fast_decode is not None, "pybase64 is a dependency (pyproject.toml): the fast path must be in use"


@settings(max_examples=3000, deadline=None)
@given(st.binary(max_size=200).map(base64.encodebytes),
       st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(list(ALPHABET + STRAY))), max_size=4))
def test_same_bytes_as_binascii_on_damaged_bodies(body, damage):
    data = bytearray(body)
    for at, ch in damage:
        if data:
            data[at % len(data)] = ch
    data = bytes(data)
    assert _ours(data) == _binascii(data)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(list(ALPHABET + STRAY)), max_size=60).map(bytes))
def test_same_bytes_as_binascii_on_any_text(data):
    assert _ours(data) == _binascii(data)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=3000), st.binary(max_size=40), st.binary(max_size=40))
def test_a_span_of_a_larger_buffer(payload, before, after):
    body = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    raw = before + body + after
    assert _ours(raw, len(before), len(before) + len(body)) == payload


def test_padding_inside_a_body_stops_as_binascii_stops():
    data = b"NoXEYut=v\n"  # binascii: 5 bytes and the rest ignored; pybase64 alone would read on
    assert _ours(data) == binascii.a2b_base64(data) == b"6\x85\xc4b\xeb"


def test_a_large_attachment():
    payload = bytes(range(256)) * 4000
    body = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    assert b64.a2b_base64(body) == payload
