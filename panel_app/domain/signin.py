"""Sign-in throttling: after repeated wrong passwords a member's sign-in is paused, longer each time.

Counted per member in the database, so the pause holds across processes and workstations. The first
FREE_FAILURES wrong passwords cost nothing; from the next one on, sign-in is paused FIRST_PAUSE seconds,
doubling with each further failure, up to MAX_PAUSE. A correct password resets the count.
"""

from __future__ import annotations

from datetime import datetime, timedelta

FREE_FAILURES = 4  # the 5th wrong password in a row starts the pause
FIRST_PAUSE = 15  # seconds
MAX_PAUSE = 300  # seconds (5 minutes)
MIN_PASSWORD = 8


def pause_after(failures: int) -> timedelta:
    """How long sign-in stays paused after the `failures`-th wrong password in a row."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    return timedelta(seconds=min(MAX_PAUSE, FIRST_PAUSE * 2 ** (failures - FREE_FAILURES - 1)))


def paused_until(failures: int, now: datetime) -> datetime | None:
    pause = pause_after(failures)
    return now + pause if pause else None


def password_problem(password: str | None) -> str | None:
    """Why `password` cannot be a member's password, or None."""
    if not password:
        return "no password was given"
    if len(password) < MIN_PASSWORD:
        return f"a password needs at least {MIN_PASSWORD} characters"
    return None
