"""UTC 'now' for stored times (times are stored in UTC and shown in the procedure's zone)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
