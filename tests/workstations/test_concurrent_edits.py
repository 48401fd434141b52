"""Several workstations on one database: no lost update, and SQLite shared by several processes."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from panel_app.domain.errors import StaleEdit
from panel_app.services.edits import CriterionEdit
from tests.workstations.conftest import PASSWORDS, build_procedure, who
from tests.workstations.workers import bulk_candidates, score_everything


@pytest.fixture
def two_sessions(db, template_path, tmp_path):
    """Two independent Services (two workstations) on the same database, SQLite file or PostgreSQL."""
    from panel_app.services import Services
    from panel_app.store import open_database

    a = Services.for_db(db)
    ref, emails = build_procedure(a, template_path, tmp_path / "box", n_candidates=1)
    other = open_database(db.url)
    yield a, Services.for_db(other), ref, emails
    other.dispose()


def test_second_save_on_a_stale_mark_is_refused(two_sessions):
    a, b, ref, emails = two_sessions
    bob_a, bob_b = who(a, ref, "Member Bob"), who(b, ref, "Member Bob")
    first = a.scoring.set_mark(ref, bob_a, emails[0], "S2-DEVOPS", 2.0).result
    seen_by_b = next(m for m in b.scoring.sheet(ref, bob_b, emails[0]).marks if m.criterion == "S2-DEVOPS")
    assert seen_by_b.version == first.version
    a.scoring.set_mark(ref, bob_a, emails[0], "S2-DEVOPS", 3.0, expected_version=first.version)
    with pytest.raises(StaleEdit) as e:
        b.scoring.set_mark(ref, bob_b, emails[0], "S2-DEVOPS", 1.0, expected_version=seen_by_b.version)
    assert "changed by Member Bob at" in str(e.value) and e.value.changed_at
    final = next(m for m in a.scoring.sheet(ref, bob_a, emails[0]).marks if m.criterion == "S2-DEVOPS")
    assert final.value == 3.0  # the first save survives; nothing was silently overwritten


def test_second_grid_edit_on_a_stale_criterion_is_refused(db, template_path, capsys):
    from panel_app.services import Services
    from panel_app.store import open_database

    a = Services.for_db(db)
    ref = a.procedures.create_from_template(template_path).result.reference
    a.members.add(ref, "Chair Anna", "chair", password="chair-pass")
    a.members.add(ref, "Secretary Sam", "secretary", who(a, ref, "Chair Anna"), password=PASSWORDS["Secretary Sam"])
    other = open_database(db.url)
    try:
        b = Services.for_db(other)
        crit_a = next(c for c in a.grid.grid(ref).criteria if c.code == "S2-DEVOPS")
        crit_b = next(c for c in b.grid.grid(ref).criteria if c.code == "S2-DEVOPS")
        a.grid.update_criterion(ref, "S2-DEVOPS", CriterionEdit(weight=2.0), crit_a.version, who(a, ref, "Secretary Sam"))
        with pytest.raises(StaleEdit) as e:
            b.grid.update_criterion(ref, "S2-DEVOPS", CriterionEdit(weight=3.0), crit_b.version, who(b, ref, "Chair Anna"))
        assert "changed by Secretary Sam at" in str(e.value)
        assert next(c for c in b.grid.grid(ref).criteria if c.code == "S2-DEVOPS").weight == 2.0
    finally:
        other.dispose()


def test_three_processes_score_one_sqlite_file_at_once(sqlite_db, template_path, tmp_path):
    from panel_app.services import Services

    sv = Services.for_db(sqlite_db)
    ref, _ = build_procedure(sv, template_path, tmp_path / "box", n_candidates=1)
    bulk_candidates(sqlite_db, ref, 15)
    n_crit = len(sv.scoring.sheet(ref, who(sv, ref, "Member Bob"), "bulk00000@x.eu").marks)
    ctx = mp.get_context("spawn")
    start, errors = ctx.Event(), ctx.Queue()
    voters = ["Chair Anna", "Member Bob", "Member Eva"]
    procs = [ctx.Process(target=score_everything, args=(sqlite_db.url, ref, m, PASSWORDS[m], start, errors))
             for m in voters]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(180)
    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert not problems, "\n".join(problems)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    from sqlite3 import connect

    con = connect(sqlite_db.url.removeprefix("sqlite:///"))
    try:
        per_member = dict(con.execute("SELECT member_id, count(*) FROM score GROUP BY member_id").fetchall())
        submitted = con.execute("SELECT count(*) FROM assessment WHERE status = 'submitted'").fetchone()[0]
        dupes = con.execute("SELECT count(*) FROM (SELECT 1 FROM score GROUP BY member_id, candidate_id, "
                            "criterion_id HAVING count(*) > 1)").fetchone()[0]
        audits = con.execute("SELECT count(*) FROM audit_event WHERE action = 'score.set'").fetchone()[0]
    finally:
        con.close()
    assert sorted(per_member.values()) == [16 * n_crit] * 3  # 16 candidates each, nothing lost
    assert submitted == 3 * 16 and dupes == 0 and audits == 3 * 16 * n_crit
