"""A restore on a secured PostgreSQL server keeps the trust boundary: after it, the catalog test of issue 14 finds
every table, operation and login as the permission matrix declares; members' logins work again; a member's own
login can neither back up nor restore."""

from __future__ import annotations

import pytest

from panel_app.domain.errors import ServerRefused
from tests.trust_pg.helpers import owner_con
from tests.trust_pg.test_catalog import catalog, catalog_findings  # noqa: F401 - fixture
from tests.workstations.conftest import who
from tests.workstations.test_pg_security import app_as, score_all


def _marks_of(dbname: str, name: str) -> int:
    with owner_con(dbname) as con:
        return con.execute("SELECT count(*) FROM score s JOIN member m ON m.id = s.member_id WHERE m.name = %s",
                           (name,)).fetchone()[0]


def test_restore_keeps_grants_and_row_security(catalog, secured, tmp_path):  # noqa: F811
    sv, ref, emails, _roles, dbname = secured
    dbname_, roles = catalog
    assert dbname_ == dbname
    chair = who(sv, ref, "Chair Anna")
    # the catalog's fixture wrote a sign-off by SQL: the record says so, before and after the restore alike
    findings = sv.audit.status(ref).lines()
    assert len(findings) == 1 and "written outside the application" in findings[0]
    done = sv.backup.backup(ref, chair, tmp_path / "secured.dump").result
    bob = app_as(sv, roles["Member Bob"])
    anna = app_as(sv, roles["Chair Anna"])
    try:
        score_all(bob, ref, "Member Bob", emails[1])  # after the backup: undone by the restore
        assert _marks_of(dbname, "Member Bob") > 0
        for attempt in (lambda: anna.backup.backup(ref, who(anna, ref, "Chair Anna"), tmp_path / "mine.dump"),
                        lambda: anna.backup.restore(ref, who(anna, ref, "Chair Anna"), done.file)):
            with pytest.raises(ServerRefused, match="administrator account"):
                attempt()
        assert not (tmp_path / "mine.dump").exists() and _marks_of(dbname, "Member Bob") > 0

        out = sv.backup.restore(ref, chair, done.file).result  # Bob's workstation stays connected meanwhile
        assert _marks_of(dbname, "Member Bob") == 0
        assert out.verified == [f"{ref}: {sv.audit.status(ref).summary()}"]
        assert sv.audit.status(ref).lines() == findings  # the chain links; the replay finds the same one row
        assert catalog_findings(dbname, roles) == []
        score_all(bob, ref, "Member Bob", emails[1], submit=False)  # the member's own login works as before
        assert _marks_of(dbname, "Member Bob") > 0
    finally:
        bob.db.dispose()
        anna.db.dispose()
