"""Which time counts: the top-most `Received:` header (the receiving server), converted to UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime


def to_utc(value: datetime | None) -> datetime | None:
    """Aware UTC; a naive datetime is taken as UTC (RFC 5322 `-0000` means "zone unknown")."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_date_utc(text: str | None) -> datetime | None:
    """An RFC 5322 date (e.g. a `Date:` header) as aware UTC, or None when unreadable."""
    if not text:
        return None
    cleaned = " ".join(str(text).split())
    try:
        return to_utc(parsedate_to_datetime(cleaned))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def received_header_utc(value: str | None) -> datetime | None:
    """The date after the last `;` of one Received header."""
    if not value or ";" not in str(value):
        return None
    return parse_date_utc(str(value).rsplit(";", 1)[1])


def top_received_utc(msg: Message) -> datetime | None:
    """The date of the TOP-MOST Received header only (the mailbox's own server).

    Lower Received headers are hops on the sender's side and are deliberately not used: if the top
    one is unreadable the time is unknown and a person decides.
    """
    try:
        values = msg.get_all("Received") or []
    except Exception:  # a damaged header must not stop the import
        return None
    return received_header_utc(str(values[0])) if values else None


def date_header_utc(msg: Message) -> datetime | None:
    """The sender's `Date:` header (the sender's clock: shown, never trusted)."""
    try:
        return parse_date_utc(msg.get("Date"))
    except Exception:
        return None
