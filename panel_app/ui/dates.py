"""Times on screen: domain.times.zoned (the one owner: the procedure's zone, named) in the interface
language's date format."""

from __future__ import annotations

from datetime import datetime

from panel_app.domain.times import DEFAULT_ZONE, zoned

from . import i18n


def shown(value: datetime | str | None, tz: str = DEFAULT_ZONE, seconds: bool = False, named: bool = True) -> str:
    return zoned(value, tz, seconds, date_format=i18n.date_format(), named=named)
