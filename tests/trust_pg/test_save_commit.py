"""The one-statement save on a member's own login (store/mark_writes.py): it releases the audit chain's head at
its commit without waiting for the disk, then waits for the disk before saying "saved". Neither may leak into
the member's other work, and the statistics refresh a member's login triggers does nothing but analyse."""

from __future__ import annotations

from tests.trust_pg.helpers import member_con, owner_con
from tests.workstations.conftest import who
from tests.workstations.test_pg_security import app_as


def test_a_saved_mark_is_chained_and_the_connection_commits_synchronously_again(secured):
    services, ref, emails, roles, dbname = secured
    bob = app_as(services, roles["Member Bob"])
    try:
        actor = who(bob, ref, "Member Bob")
        saved = bob.scoring.set_mark(ref, actor, emails[0], "S2-DEVOPS", 3).result
        assert (saved.value, saved.version) == (3, 1)
        with bob.db.engine.connect() as con:  # the pooled connection the save used
            assert con.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
        with owner_con(dbname) as con:
            row = con.execute("SELECT e.seq, e.prev_hash = p.hash FROM audit_event e JOIN audit_event p "
                              "ON p.procedure_id = e.procedure_id AND p.seq = e.seq - 1 "
                              "WHERE e.action = 'score.set' AND e.actor = 'Member Bob'").fetchall()
        assert len(row) == 1 and row[0][1] is True
        assert services.audit.status(ref).ok
    finally:
        bob.db.dispose()


def test_a_member_login_refreshes_stale_statistics_and_nothing_more(secured):
    services, ref, emails, roles, dbname = secured
    with owner_con(dbname) as con:
        pid = con.execute("SELECT id FROM procedure WHERE reference = %s", (ref,)).fetchone()[0]
        # 150 changes to a table never analysed: stale
        cand = con.execute("SELECT id FROM candidate WHERE procedure_id = %s LIMIT 1", (pid,)).fetchone()[0]
        for _ in range(150):
            con.execute("UPDATE candidate SET surname = surname WHERE id = %s", (cand,))
        con.execute("SELECT pg_stat_force_next_flush()")  # the counts reach the shared statistics now
    with member_con(dbname, roles["Member Bob"]) as con:
        assert con.execute("SELECT panel_refresh_statistics()").fetchone()[0] >= 1
        assert con.execute("SELECT panel_refresh_statistics()").fetchone()[0] == 0  # nothing stale any more
        assert con.execute("SHOW lock_timeout").fetchone()[0] == "0"  # the function's own setting stays inside
    with owner_con(dbname) as con:
        analysed = con.execute("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                               "WHERE relname = 'candidate'").fetchone()[0]
    assert analysed


def test_a_secured_database_of_an_older_version_gets_the_new_guards_when_its_owner_opens_it(secured, caplog):
    from panel_app.store import open_database

    services, ref, emails, roles, dbname = secured
    present = "SELECT to_regprocedure('panel_refresh_statistics()') IS NOT NULL"
    with owner_con(dbname) as con:  # as `admin init-postgres` of the previous version left it
        con.execute("DROP FUNCTION panel_refresh_statistics()")
        con.execute("COMMENT ON TABLE panel_member_role IS NULL")
    bob = app_as(services, roles["Member Bob"])  # a member's login cannot install them: it says who must
    bob.db.dispose()
    assert "must run `panel-app admin init-postgres` again" in caplog.text
    with owner_con(dbname) as con:
        assert con.execute(present).fetchone()[0] is False
    open_database(services.db.url).dispose()  # the administrator opens it after the upgrade
    with owner_con(dbname) as con:
        assert con.execute(present).fetchone()[0] is True
    with member_con(dbname, roles["Member Bob"]) as con:  # and the members' grants came back with it
        assert con.execute("SELECT panel_refresh_statistics()").fetchone()[0] >= 0
