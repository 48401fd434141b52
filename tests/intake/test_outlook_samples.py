"""Real Outlook .msg files from ../shared/samples (skipped when absent)."""

from __future__ import annotations

from datetime import UTC, datetime

from panel_app.intake import parse_file

from .fixtures import REF


def test_unicode_msg_two_tiffs_not_pdf(samples_dir):
    (msg,) = parse_file(samples_dir / "unicode.msg", REF)
    assert msg.kind == "msg" and msg.error is None
    assert "not_pdf" in msg.flags
    assert [d.kind for d in msg.documents] == ["image", "image"]
    assert all(len(d.content) > 900_000 for d in msg.documents)
    assert msg.received_utc == datetime(2013, 11, 18, 8, 26, 29, tzinfo=UTC)
    assert msg.sender_email == "brizhou@gmail.com"


def test_strange_date_msg_no_attachment_time_unknown(samples_dir):
    (msg,) = parse_file(samples_dir / "strangeDate.msg", REF)
    assert msg.error is None
    assert "no_attachment" in msg.flags and "received_time_unknown" in msg.flags
    assert msg.received_utc is None


def test_truncated_msg_is_kept_with_an_error(samples_dir):
    data = (samples_dir / "unicode.msg").read_bytes()[:5000]
    from panel_app.intake import parse_bytes

    (msg,) = parse_bytes("cut.msg", data, REF)
    assert msg.raw == data and msg.error and "corrupt" in msg.flags
