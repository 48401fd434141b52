"""The deadline (docs/domain-rules.md "Intake"): the time the mailbox received the message counts; received at the
deadline's second is on time, one second later is late. One owner for that comparison."""

from __future__ import annotations

from datetime import datetime


def on_time(received_utc: datetime | None, deadline_utc: datetime) -> bool | None:
    """True / False, or None while the received time is unknown (a loose file: the secretary enters it)."""
    return None if received_utc is None else received_utc <= deadline_utc


def with_late_flag(flags: list[str], timely: bool | None) -> list[str]:
    """The intake flags with `late` first when the application is late, and without it otherwise."""
    rest = [f for f in flags if f != "late"]
    return ["late", *rest] if timely is False else rest
