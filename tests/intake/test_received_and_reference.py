"""Which time counts (top-most Received, UTC) and tolerant reference matching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from panel_app.intake import parse_bytes, reference_matches
from panel_app.intake.received_time import received_header_utc

from .fixtures import DEADLINE_UTC, REF, eml_bytes


def test_deadline_second_in_brussels_time_is_stored_exactly():
    raw = eml_bytes(received=[])  # no Received: build one by hand with a +0200 zone
    raw = b"Received: from a.example by mx1.ec.europa.eu; Fri, 12 Jun 2026 12:00:00 +0200\r\n" + raw
    msg = parse_bytes("a.eml", raw, REF)[0]
    assert msg.received_utc == datetime(2026, 6, 12, 10, 0, 0, tzinfo=UTC)
    assert msg.received_utc.utcoffset() == timedelta(0)
    late = b"Received: from a.example by mx1; Fri, 12 Jun 2026 12:00:01 +0200\r\n" + eml_bytes(received=[])
    assert parse_bytes("b.eml", late, REF)[0].received_utc == DEADLINE_UTC + timedelta(seconds=1)


def test_top_most_received_wins_over_lower_hops_and_date_header():
    top = DEADLINE_UTC + timedelta(minutes=5)  # the mailbox received it late
    sender_hop = DEADLINE_UTC - timedelta(minutes=30)
    claimed = DEADLINE_UTC - timedelta(days=1)  # the sender's clock says "yesterday"
    msg = parse_bytes("x.eml", eml_bytes(received=[top, sender_hop], date=claimed), REF)[0]
    assert msg.received_utc == top
    assert msg.date_header_utc == claimed
    assert "received_time_unknown" not in msg.flags


def test_no_received_header_means_unknown_even_with_a_date():
    msg = parse_bytes("x.eml", eml_bytes(received=[], date=DEADLINE_UTC), REF)[0]
    assert msg.received_utc is None
    assert msg.date_header_utc == DEADLINE_UTC
    assert "received_time_unknown" in msg.flags


def test_unreadable_top_received_date_is_unknown():
    raw = b"Received: from a by b; not a date at all\r\n" + eml_bytes(received=[DEADLINE_UTC])
    msg = parse_bytes("x.eml", raw, REF)[0]
    assert msg.received_utc is None and "received_time_unknown" in msg.flags


def test_folded_received_header_and_comment_zone():
    value = "from x by y with ESMTP id 1 for <a@b>; Fri,\r\n 12 Jun 2026 09:59:59 +0000 (GMT)"
    assert received_header_utc(value) == DEADLINE_UTC - timedelta(seconds=1)


@pytest.mark.parametrize("subject", [
    "DIGIT/COM/2026/1039", "digit-com-2026-1039", "Ref: DIGIT COM 2026 1039", "RE: FW: digit_com_2026_1039",
    "Fwd: Application for DIGIT.COM.2026.1039 – Papadopoulos", "AW: TR: Digit/Com/2026/1039",
    "Application (DIGIT/COM/2026/1039)", "digitcom20261039",
])
def test_reference_variants_match(subject):
    assert reference_matches(subject, REF)
    msg = parse_bytes("x.eml", eml_bytes(subject=subject), REF)[0]
    assert msg.reference_ok is True and "reference_missing" not in msg.flags


@pytest.mark.parametrize("subject", [None, "", "Application", "DIGIT/COM/2026/10390", "DIGIT/COM/2025/1039",
                                     "XDIGIT/COM/2026/1039", "DIGIT/COM/2026"])
def test_wrong_or_missing_reference_is_flagged(subject):
    assert not reference_matches(subject, REF)
    msg = parse_bytes("x.eml", eml_bytes(subject=subject), REF)[0]
    assert msg.reference_ok is False and "reference_missing" in msg.flags
