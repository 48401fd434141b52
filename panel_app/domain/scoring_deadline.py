"""The scoring deadline: the date by which the members should have submitted their assessments. It is a
target the chair sets and follows, never a lock: a mark saved after it is kept, and the member shows as late
in the progress view until they have submitted everything. One owner for its checks and its words."""

from __future__ import annotations

from datetime import datetime

from .errors import UserFacingError
from .texts import translate
from .times import zoned


def validated(scoring_deadline: datetime | None, applications_deadline: datetime) -> datetime | None:
    """None (no deadline), or the deadline when it is a zoned time after the deadline for applications."""
    if scoring_deadline is None:
        return None
    if not isinstance(scoring_deadline, datetime) or scoring_deadline.tzinfo is None:
        raise UserFacingError(translate("Errors", "The scoring deadline must be a date and time with its "
                                                  "zone."))
    if scoring_deadline <= applications_deadline:
        raise UserFacingError(translate("Errors", "The scoring deadline must come after the deadline for "
                                                  "applications."),
                              hint=translate("Errors", "Members score applications received by that "
                                                       "deadline."))
    return scoring_deadline


def is_late(deadline_utc: datetime | None, now_utc: datetime, done: bool) -> bool:
    """A member is late once the deadline has passed and they have not submitted everything."""
    return deadline_utc is not None and now_utc > deadline_utc and not done


def _days(delta_seconds: float) -> str:
    days = int(delta_seconds // 86400)
    if days >= 1:
        return (translate("Deadline", "{n} days") if days != 1 else translate("Deadline", "{n} day")).format(n=days)
    hours = int(delta_seconds // 3600)
    if hours >= 1:
        return (translate("Deadline", "{n} hours") if hours != 1 else translate("Deadline", "{n} hour")).format(n=hours)
    return translate("Deadline", "less than an hour")


def deadline_line(deadline_utc: datetime | None, now_utc: datetime, tz: str, late: int = 0) -> str:
    """'Scoring deadline: 15.01.2027 17:00 (Europe/Brussels), 3 days left' or '… passed 2 days ago: 1 member
    late'; 'No scoring deadline set.' when there is none."""
    if deadline_utc is None:
        return translate("Deadline", "No scoring deadline set.")
    when = zoned(deadline_utc, tz)
    left = (deadline_utc - now_utc).total_seconds()
    if left >= 0:
        return translate("Deadline", "Scoring deadline: {when}, {left} left.").format(when=when, left=_days(left))
    if not late:
        return translate("Deadline", "Scoring deadline: {when}, passed {ago} ago: every member has submitted.").format(
            when=when, ago=_days(-left))
    return (translate("Deadline", "Scoring deadline: {when}, passed {ago} ago: {n} members late.") if late != 1 else
            translate("Deadline", "Scoring deadline: {when}, passed {ago} ago: {n} member late.")).format(
        when=when, ago=_days(-left), n=late)
