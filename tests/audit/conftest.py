"""A scored procedure (both back ends) and raw-SQL access to its database, as an attacker with psql has."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.panel.conftest import (  # noqa: F401
    MEMBERS,
    everyone,
    panel,
)
from tests.scoring_service.conftest import scoring  # noqa: F401


@pytest.fixture
def scored(panel):  # noqa: F811
    """(services, ref, emails, actor): every member marked and submitted the 4 candidates (4, 3, 3, 2)."""
    sv, ref, emails, actor = panel
    for e, v in zip(emails, (4, 3, 3, 2), strict=True):
        everyone(sv, ref, e, v)
    return sv, ref, emails, actor


class Raw:
    """SQL straight to the database, bypassing the application (the owner's connection; guards dropped)."""

    def __init__(self, db):
        self.db = db

    def __call__(self, sql: str, **params):
        with self.db.engine.begin() as con:
            if self.db.is_sqlite:
                for name in ("audit_event_no_update", "audit_event_no_delete"):
                    con.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            else:
                con.execute(text("SET LOCAL session_replication_role = replica"))  # as a DBA would: no triggers
            res = con.execute(text(sql), params)
            return res.all() if res.returns_rows else res.rowcount

    def one(self, sql: str, **params):
        return self(sql, **params)[0]


@pytest.fixture
def raw(db):
    return Raw(db)
