"""The per-member sign-in guard (wrong passwords in a row, paused until): atomic on both back ends."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import SignInGuard


def guard(s: Session, member_id: int) -> SignInGuard | None:
    return s.get(SignInGuard, member_id)


def count_failure(s: Session, member_id: int, now: datetime) -> int:
    """One more wrong password for the member; returns the number in a row. An UPDATE … RETURNING on the
    row, so two workstations failing at once both count."""
    for _ in range(2):
        n = s.scalar(update(SignInGuard).where(SignInGuard.member_id == member_id)
                     .values(failures=SignInGuard.failures + 1, last_failure_at=now)
                     .returning(SignInGuard.failures))
        if n is not None:
            return int(n)
        try:
            with s.begin_nested():
                s.add(SignInGuard(member_id=member_id, failures=1, last_failure_at=now))
            return 1
        except IntegrityError:  # another process inserted it meanwhile: count on its row
            continue
    raise RuntimeError("sign-in guard row could not be written")


def pause(s: Session, member_id: int, until: datetime | None) -> None:
    s.execute(update(SignInGuard).where(SignInGuard.member_id == member_id).values(paused_until=until))


def clear(s: Session, member_id: int) -> None:
    s.execute(update(SignInGuard).where(SignInGuard.member_id == member_id)
              .values(failures=0, paused_until=None))


def failures_of(s: Session, procedure_id: int) -> dict[int, tuple[int, datetime | None]]:
    from .models import Member

    rows = s.execute(select(SignInGuard.member_id, SignInGuard.failures, SignInGuard.paused_until)
                     .join(Member, Member.id == SignInGuard.member_id).where(Member.procedure_id == procedure_id))
    return {m: (f, p) for m, f, p in rows}


def login_member_id(s: Session) -> int | None:
    """On PostgreSQL with a member's own login: the member that login belongs to; else None."""
    from sqlalchemy import text

    if s.get_bind().dialect.name != "postgresql":
        return None
    if not s.scalar(text("SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'panel_current_member_id')")):
        return None
    return s.scalar(text("SELECT panel_current_member_id()"))
