"""A pooled PostgreSQL connection is pinged before use only after it sat idle (store/engine.py): one round trip
less per autosave, and still a server-side drop of an idle connection is replaced, not shown to the user."""

from __future__ import annotations

import time as real_time

import psycopg
from sqlalchemy import text

from panel_app.store import engine as engine_module
from panel_app.store import open_database

ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"


class Clock:
    def __init__(self) -> None:
        self.ahead = 0.0

    def monotonic(self) -> float:
        return real_time.monotonic() + self.ahead


def _backend_pid(db) -> int:
    with db.engine.connect() as con:
        return con.execute(text("SELECT pg_backend_pid()")).scalar()


def _pings(db) -> list[int]:
    seen: list[int] = []
    original = db.engine.dialect.do_ping

    def counting(dbapi_con):
        seen.append(1)
        return original(dbapi_con)

    db.engine.dialect.do_ping = counting
    return seen


def test_a_connection_used_a_moment_ago_is_not_pinged_and_an_idle_dead_one_is_replaced(pg_url, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(engine_module, "time", clock)
    db = open_database(pg_url)
    try:
        pings = _pings(db)
        first = _backend_pid(db)
        for _ in range(5):  # an autosave after another: the same connection, no ping round trip
            assert _backend_pid(db) == first
        assert pings == []
        with psycopg.connect(ADMIN, autocommit=True) as admin:  # the server drops it while it sits idle
            admin.execute("SELECT pg_terminate_backend(%s)", (first,))
        clock.ahead = engine_module.PING_AFTER_IDLE_S + 1
        with db.engine.connect() as con:  # pinged, found dead, replaced: the caller sees nothing
            again = con.execute(text("SELECT pg_backend_pid()")).scalar()
        assert again != first and pings == [1]
    finally:
        db.dispose()
