"""PostgreSQL with row security: the chair's own login verifies the whole chain (the server checks the links
it may not show), freezes on a clean chain, and finds a hidden event deleted by a DBA; members score with
their own logins and every event they write is chained by the server."""

from __future__ import annotations

import psycopg
import pytest

from panel_app.services.audit import ChainBroken
from tests.panel.conftest import give
from tests.workstations.conftest import fresh_pg, migrated_pg, pg_template, secured  # noqa: F401


def _as(dbname: str, role: str):
    from panel_app.services import Services
    from panel_app.store import open_database

    return Services.for_db(open_database(f"postgresql+psycopg://{role}@127.0.0.1:5432/{dbname}"))


def test_the_chairs_login_verifies_and_freezes(secured):  # noqa: F811
    services, ref, emails, roles, dbname = secured
    logins = {n: _as(dbname, roles[n]) for n in ("Chair Anna", "Member Bob", "Member Eva", "Observer Olga")}
    try:
        for e, v in zip(emails, (4, 3, 3, 2), strict=True):
            for name in ("Chair Anna", "Member Bob", "Member Eva"):
                give(logins[name], ref, name, e, v)
        chair_sv = logins["Chair Anna"]
        chair = chair_sv.members.sign_in(ref, "Chair Anna", "chair-pass")
        v = chair_sv.audit.verify(ref, chair)
        assert v.ok, v.lines()
        assert v.events == services.audit.status(ref).events  # the owner counts the same chain
        chair_sv.panel.freeze(ref, chair)

        with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={dbname}", autocommit=True) as dba:
            dba.execute("SET session_replication_role = replica")
            seq = dba.execute("SELECT seq FROM audit_event WHERE actor = 'Member Bob' AND action = 'score.set' "
                              "ORDER BY seq LIMIT 1").fetchone()[0]
            dba.execute("DELETE FROM audit_event WHERE seq = %s", (seq,))
        v = chair_sv.audit.verify(ref, chair)
        assert not v.ok and v.lines()[0].startswith(f"deleted: event #{seq}: expected present, found missing")
        with pytest.raises(ChainBroken, match=f"deleted: event #{seq}"):
            chair_sv.panel.freeze(ref, chair, reason="again")
        olga_sv = logins["Observer Olga"]
        olga = olga_sv.members.sign_in(ref, "Observer Olga", "olga-pass")
        assert not olga_sv.audit.verify(ref, olga).ok
    finally:
        for sv in logins.values():
            sv.db.dispose()
