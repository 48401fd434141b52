"""On PostgreSQL, a closed procedure is read-only for every member's own login too, whatever SQL it sends."""

from __future__ import annotations

from tests.trust_pg.conftest import fresh_pg, migrated_pg, pg_template, secured  # noqa: F401
from tests.trust_pg.helpers import ids, member_con, refused
from tests.workstations.conftest import who


def test_member_logins_cannot_write_to_a_closed_procedure(secured, tmp_path):  # noqa: F811
    services, ref, emails, roles, dbname = secured
    chair = who(services, ref, "Chair Anna")
    pid, cands, crits, members = ids(dbname, ref)
    with member_con(dbname, roles["Chair Anna"]) as con:  # open: the chair's login may amend the title
        con.execute("UPDATE procedure SET title = title WHERE id = %s", (pid,))
    services.archive.write(ref, chair, tmp_path / "a.panelarchive")  # the administrator account reads every row
    services.lifecycle.close(ref, chair, "Recruitment completed")
    with member_con(dbname, roles["Member Bob"]) as con:
        assert refused(con, "INSERT INTO score (procedure_id, member_id, candidate_id, criterion_id, stage, value, na, "
                            "comment, version) VALUES (%s, %s, %s, %s, 'preselection', 4, false, '', 1)",
                       (pid, members["Member Bob"], next(iter(cands.values())), next(iter(crits.values())))) \
            == "InsufficientPrivilege"
        assert refused(con, "INSERT INTO declaration (procedure_id, member_id, kind, signed_at) "
                            "VALUES (%s, %s, 'confidentiality', now())", (pid, members["Member Bob"])) \
            == "InsufficientPrivilege"
    with member_con(dbname, roles["Chair Anna"]) as con:
        assert refused(con, "UPDATE procedure SET title = 'changed' WHERE id = %s", (pid,)) == "InsufficientPrivilege"
        assert refused(con, "UPDATE criterion SET weight = 9 WHERE procedure_id = %s", (pid,)) \
            == "InsufficientPrivilege"
    with member_con(dbname, roles["Secretary Sam"]) as con:
        assert refused(con, "UPDATE application SET excluded = true WHERE procedure_id = %s", (pid,)) \
            == "InsufficientPrivilege"
    assert services.audit.verify(ref, chair).ok
