"""One clock for the user: every stored UTC time is shown in the procedure's zone, with the zone named."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Europe/Brussels"


def parse_utc(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def zoned(value: datetime | str | None, tz: str = DEFAULT_ZONE, seconds: bool = False) -> str:
    """'12.06.2026 12:00 (Europe/Brussels)' for a UTC datetime or ISO text; '' for none."""
    dt = parse_utc(value)
    if dt is None:
        return ""
    fmt = "%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M"
    return f"{dt.astimezone(ZoneInfo(tz or DEFAULT_ZONE)).strftime(fmt)} ({tz or DEFAULT_ZONE})"
