"""One clock for the user: every stored UTC time is shown in the procedure's zone, with the zone named."""

from __future__ import annotations

from datetime import datetime
from typing import overload
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Europe/Brussels"


def parse_utc(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


EU_DATE = "%d.%m.%Y"  # the EU Interinstitutional Style Guide's numeric date, and the default everywhere
TIME = "%H:%M"
TIME_SECONDS = "%H:%M:%S"


def zoned(value: datetime | str | None, tz: str = DEFAULT_ZONE, seconds: bool = False,
          date_format: str = EU_DATE, named: bool = True) -> str:
    """'12.06.2026 12:00 (Europe/Brussels)' for a UTC datetime or ISO text; '' for none.

    date_format is a strftime date pattern: the GUI passes the one of its language ('%d/%m/%Y' in French);
    the time is always 24-hour; the zone is named unless named=False (a column whose header names it)."""
    dt = parse_utc(value)
    if dt is None:
        return ""
    fmt = f"{date_format} {TIME_SECONDS if seconds else TIME}"
    text = dt.astimezone(ZoneInfo(tz or DEFAULT_ZONE)).strftime(fmt)
    return f"{text} ({tz or DEFAULT_ZONE})" if named else text


def local_text(dt: datetime | None, tz: str = DEFAULT_ZONE, seconds: bool = True) -> str:
    """'12.06.2026 12:00:00' in the procedure's zone, without the zone's name (a stored time in a message or a
    record line that names its zone elsewhere); '' for none."""
    return zoned(dt, tz, seconds=seconds, named=False)


@overload
def iso_utc(dt: datetime) -> str: ...
@overload
def iso_utc(dt: None) -> None: ...
def iso_utc(dt: datetime | None) -> str | None:
    """'2026-06-12T10:00:00Z': a stored time as ISO text in UTC (JSON, the audit record); None for none."""
    return None if dt is None else dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")
