"""Who a database login is, and the password hash of a member, on a server where members cannot read hashes.

On a secured PostgreSQL server a member's login has no SELECT right on member.password_hash (the permission
matrix hides it): the hash of the caller's own member row comes from a SECURITY DEFINER function that refuses
any other member. The administrator account and SQLite read the column as usual.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from .engine import Database
from .models import Member


def _reads_hashes(s: Session) -> bool:
    if s.get_bind().dialect.name != "postgresql":
        return True
    return bool(s.execute(text("SELECT has_column_privilege('member', 'password_hash', 'SELECT')")).scalar())


def password_hash(s: Session, m: Member) -> str | None:
    """The member's hash; on a member's own login only their own (another member: the server refuses)."""
    if _reads_hashes(s):
        return m.password_hash
    return s.execute(text("SELECT panel_own_password_hash(:m)"), {"m": m.id}).scalar()


def has_password(s: Session, members: list[Member]) -> dict[int, bool]:
    """{member id: whether a password is set} without reading any hash on a member's login."""
    if _reads_hashes(s):
        return {m.id: bool(m.password_hash) for m in members}
    return {m.id: bool(s.execute(text("SELECT panel_member_has_password(:m)"), {"m": m.id}).scalar())
            for m in members}


def login_member(db: Database) -> str | None:
    """The name of the panel member this PostgreSQL login belongs to; None for SQLite, the administrator
    account, or a server not secured by `admin init-postgres`."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as con:
        known = con.execute(text("SELECT to_regprocedure('panel_current_member_name()') IS NOT NULL")).scalar()
        if not known:
            return None
        return con.execute(text("SELECT panel_current_member_name()")).scalar()
