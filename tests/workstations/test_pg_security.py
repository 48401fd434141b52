"""The server enforces secrecy: raw SQL as each member's own PostgreSQL role, not only through the app."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.workstations.conftest import who


def member_con(dbname: str, role: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=5432, user=role, dbname=dbname, autocommit=True)


def ids(services, ref):
    """procedure id, {email: candidate id}, [preselection criterion ids], {member: id} (as the owner)."""
    from panel_app.store.engine import Database  # noqa: F401 - tests may import the store

    with psycopg.connect(services.db.url.replace("postgresql+psycopg", "postgresql")) as con:
        pid = con.execute("SELECT id FROM procedure WHERE reference = %s", (ref,)).fetchone()[0]
        cands = dict(con.execute("SELECT email, id FROM candidate WHERE procedure_id = %s", (pid,)).fetchall())
        crits = [r[0] for r in con.execute("SELECT id FROM criterion WHERE procedure_id = %s AND stage = "
                                           "'preselection' AND kind = 'scored' ORDER BY position", (pid,))]
        members = dict(con.execute("SELECT name, id FROM member WHERE procedure_id = %s", (pid,)).fetchall())
    return pid, cands, crits, members


def app_as(services, db_role: str):
    """The application itself, connected to the server as the member's role."""
    from panel_app.services import Services

    return Services.open(services.db.url.replace("postgres@", f"{db_role}@"))


def score_all(sv, ref, name, email, value=3.0, submit=True):
    actor = who(sv, ref, name)
    for m in sv.scoring.sheet(ref, actor, email).marks:
        sv.scoring.set_mark(ref, actor, email, m.criterion, value)
    if submit:
        sv.scoring.submit(ref, actor, email)


INSERT_SCORE = ("INSERT INTO score (procedure_id, member_id, candidate_id, criterion_id, stage, value, na, comment, "
                "version) VALUES (%s, %s, %s, %s, 'preselection', 2, false, '', 1)")


def test_a_member_writes_only_own_rows(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(services, ref)
    with member_con(dbname, roles["Member Bob"]) as con:
        con.execute(INSERT_SCORE, (pid, members["Member Bob"], cands[emails[0]], crits[0]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute(INSERT_SCORE, (pid, members["Member Eva"], cands[emails[0]], crits[1]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO assessment (procedure_id, member_id, candidate_id, stage, status, version) "
                        "VALUES (%s, %s, %s, 'preselection', 'submitted', 1)",
                        (pid, members["Member Eva"], cands[emails[0]]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO declaration (procedure_id, member_id, candidate_id, kind, signed_at) "
                        "VALUES (%s, %s, %s, 'conflict', now())", (pid, members["Member Eva"], cands[emails[0]]))
        # a panel decision is the chair's; a member signs off only in their own name
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO decision (procedure_id, kind, candidate_id, value, member_id, decided_at, "
                        "version) VALUES (%s, 'consensus', %s, '4', %s, now(), 1)",
                        (pid, cands[emails[0]], members["Member Bob"]))
        con.execute("INSERT INTO decision (procedure_id, kind, stage, member_id, decided_at, version) "
                    "VALUES (%s, 'shortlist_signoff', 'preselection', %s, now(), 1)", (pid, members["Member Bob"]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO decision (procedure_id, kind, stage, member_id, decided_at, version) "
                        "VALUES (%s, 'shortlist_signoff', 'preselection', %s, now(), 1)",
                        (pid, members["Member Eva"]))
        # an UPDATE of another member's mark touches no row (it is not even visible)
        eva_row = con.execute("UPDATE score SET value = 0 WHERE member_id = %s RETURNING id",
                              (members["Member Eva"],)).fetchall()
        assert eva_row == []


def test_others_marks_hidden_until_own_submission(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(services, ref)
    eva, bob = app_as(services, roles["Member Eva"]), app_as(services, roles["Member Bob"])
    try:
        score_all(eva, ref, "Member Eva", emails[0], 4.0)
        q = "SELECT count(*) FROM score WHERE candidate_id = %s AND member_id = %s"
        with member_con(dbname, roles["Member Bob"]) as con:
            assert con.execute(q, (cands[emails[0]], members["Member Eva"])).fetchone()[0] == 0
            score_all(bob, ref, "Member Bob", emails[0], 2.0, submit=False)
            assert con.execute(q, (cands[emails[0]], members["Member Eva"])).fetchone()[0] == 0
            bob.scoring.submit(ref, who(bob, ref, "Member Bob"), emails[0])
            assert con.execute(q, (cands[emails[0]], members["Member Eva"])).fetchone()[0] == len(crits)
            # other candidates stay hidden
            assert con.execute("SELECT count(*) FROM score WHERE member_id <> %s",
                               (members["Member Bob"],)).fetchone()[0] == len(crits)
        # the chair (and the observer) see counts, not marks, until every voting member has submitted
        with member_con(dbname, roles["Chair Anna"]) as chair, member_con(dbname, roles["Observer Olga"]) as obs:
            for con in (chair, obs):
                assert con.execute("SELECT count(*) FROM score WHERE candidate_id = %s",
                                   (cands[emails[0]],)).fetchone()[0] == 0
                assert con.execute("SELECT count(*) FROM assessment WHERE candidate_id = %s AND status = "
                                   "'submitted'", (cands[emails[0]],)).fetchone()[0] == 2
            chair_app = app_as(services, roles["Chair Anna"])
            score_all(chair_app, ref, "Chair Anna", emails[0], 3.0)
            chair_app.db.dispose()
            for con in (chair, obs):
                assert con.execute("SELECT count(*) FROM score WHERE candidate_id = %s",
                                   (cands[emails[0]],)).fetchone()[0] == 3 * len(crits)
        # and the app, on the member's own connection, agrees
        seen = {m.member for m in bob.marks.marks(ref, who(bob, ref, "Member Bob"), emails[0])}
        assert seen == {"Member Bob", "Member Eva", "Chair Anna"}
    finally:
        eva.db.dispose()
        bob.db.dispose()


def test_conflicted_member_sees_no_documents_or_marks(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(services, ref)
    bob, eva = app_as(services, roles["Member Bob"]), app_as(services, roles["Member Eva"])
    try:
        target = cands[emails[1]]
        docs = ("SELECT count(*) FROM document d JOIN application a ON a.id = d.application_id "
                "WHERE a.candidate_id = %s")
        blobs = ("SELECT count(*) FROM document_blob b WHERE b.sha256 IN (SELECT d.blob_sha256 FROM document d "
                 "JOIN application a ON a.id = d.application_id WHERE a.candidate_id = %s)")
        blobs_owner = ("SELECT count(*) FROM document_blob b JOIN document d ON d.blob_sha256 = b.sha256 "
                       "JOIN application a ON a.id = d.application_id WHERE a.candidate_id = %s")
        with member_con(dbname, roles["Member Bob"]) as con:
            assert con.execute(docs, (target,)).fetchone()[0] >= 1
            assert con.execute(blobs, (target,)).fetchone()[0] >= 1
            score_all(bob, ref, "Member Bob", emails[1], submit=True)
            score_all(eva, ref, "Member Eva", emails[1], submit=True)
            assert con.execute("SELECT count(*) FROM score WHERE candidate_id = %s AND member_id <> %s",
                               (target, members["Member Bob"])).fetchone()[0] == len(crits)
            bob.scoring.declare_conflict(ref, who(bob, ref, "Member Bob"), emails[1], "my former colleague",
                                         "professional")
            assert con.execute(docs, (target,)).fetchone()[0] == 0
            assert con.execute(blobs, (target,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM score WHERE candidate_id = %s AND member_id <> %s",
                               (target, members["Member Bob"])).fetchone()[0] == 0
            assert con.execute(docs, (cands[emails[0]],)).fetchone()[0] >= 1  # the others stay readable
        with member_con(dbname, roles["Member Eva"]) as con:
            assert con.execute(docs, (target,)).fetchone()[0] >= 1
        with psycopg.connect(host="127.0.0.1", user="postgres", dbname=dbname) as owner:
            assert owner.execute(blobs_owner, (target,)).fetchone()[0] >= 1
    finally:
        bob.db.dispose()
        eva.db.dispose()


def test_secretary_cannot_write_scores(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(services, ref)
    with member_con(dbname, roles["Secretary Sam"]) as con:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute(INSERT_SCORE, (pid, members["Secretary Sam"], cands[emails[0]], crits[0]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO assessment (procedure_id, member_id, candidate_id, stage, status, version) "
                        "VALUES (%s, %s, %s, 'preselection', 'submitted', 1)",
                        (pid, members["Secretary Sam"], cands[emails[0]]))
    with member_con(dbname, roles["Observer Olga"]) as con:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            con.execute(INSERT_SCORE, (pid, members["Observer Olga"], cands[emails[0]], crits[0]))


def test_audit_trail_is_append_only(secured):
    services, ref, emails, roles, dbname = secured
    pid, *_ = ids(services, ref)
    with member_con(dbname, roles["Chair Anna"]) as con:
        con.execute("INSERT INTO audit_event (procedure_id, at, actor, action, entity) "
                    "VALUES (%s, now(), 'Chair Anna', 'test.note', 'procedure')", (pid,))
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("INSERT INTO audit_event (procedure_id, at, actor, action, entity) "
                        "VALUES (%s, now(), 'Member Bob', 'forged', 'procedure')", (pid,))
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("UPDATE audit_event SET actor = 'nobody'")
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("DELETE FROM audit_event")
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("TRUNCATE audit_event")
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname=dbname, autocommit=True) as owner:
        n = owner.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            owner.execute("UPDATE audit_event SET actor = 'nobody'")
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            owner.execute("DELETE FROM audit_event")
        assert owner.execute("SELECT count(*) FROM audit_event").fetchone()[0] == n


def test_someone_without_a_member_role_reads_nothing_secret(secured):
    services, ref, emails, roles, dbname = secured
    with member_con(dbname, roles["Member Eva"]) as con:
        assert con.execute("SELECT panel_current_member_name()").fetchone()[0] == "Member Eva"
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname=dbname, autocommit=True) as owner:
        owner.execute(f'CREATE ROLE "{dbname}_stranger" LOGIN')
    with member_con(dbname, f"{dbname}_stranger") as con, pytest.raises(errors.InsufficientPrivilege):
        con.execute("SELECT count(*) FROM score")
