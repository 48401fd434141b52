"""Showing stored UTC times in the procedure's zone."""

from __future__ import annotations

from datetime import datetime
from typing import overload
from zoneinfo import ZoneInfo


@overload
def local(dt: datetime, tz: str = ...) -> datetime: ...
@overload
def local(dt: None, tz: str = ...) -> None: ...
def local(dt: datetime | None, tz: str = "Europe/Brussels") -> datetime | None:
    return None if dt is None else dt.astimezone(ZoneInfo(tz))


def local_text(dt: datetime | None, tz: str = "Europe/Brussels", seconds: bool = True) -> str:
    if dt is None:
        return ""
    fmt = "%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M"
    return local(dt, tz).strftime(fmt)


@overload
def iso_utc(dt: datetime) -> str: ...
@overload
def iso_utc(dt: None) -> None: ...
def iso_utc(dt: datetime | None) -> str | None:
    return None if dt is None else dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")
