"""Helpers for the test-suite: empty every table (fast reset of a shared PostgreSQL test database)."""

from __future__ import annotations

from sqlalchemy import text

from .audit_chain import SQLITE_GUARD_NAMES, SQLITE_GUARDS
from .models import Base


def truncate_all(db) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as con:
        if db.engine.dialect.name == "postgresql":
            con.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for name in SQLITE_GUARD_NAMES:
                con.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            for t in reversed(Base.metadata.sorted_tables):
                con.execute(t.delete())
            for stmt in SQLITE_GUARDS:
                con.execute(text(stmt))
