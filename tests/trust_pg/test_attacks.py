"""Issue 14, the attacks of its first paragraph, replayed as a member's own PostgreSQL login with plain psycopg.

Each test is what a member with `psql` tried; the server itself must refuse it, whatever the application does.
"""

from __future__ import annotations

import pytest
from psycopg import errors

from tests.trust_pg.helpers import ids, member_con, owner_con, refused
from tests.workstations.conftest import who


def _member_rows(dbname: str) -> list[tuple]:
    with owner_con(dbname) as con:
        return con.execute("SELECT id, name, role, voting, active, password_hash FROM member ORDER BY id").fetchall()


@pytest.mark.parametrize("login", ["Member Bob", "Secretary Sam", "Observer Olga", "Chair Anna"])
def test_no_login_changes_a_role_or_voting_flag(secured, login):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    before = _member_rows(dbname)
    me, chair = members[login], members["Chair Anna"]
    with member_con(dbname, roles[login]) as con:
        refused(con, "UPDATE member SET role = 'secretary', voting = false WHERE id = %s", (me,))
        refused(con, "UPDATE member SET role = 'chair', voting = true WHERE id = %s", (me,))
        refused(con, "UPDATE member SET voting = false WHERE id = %s", (chair,))
        refused(con, "UPDATE member SET active = false WHERE id = %s", (members["Member Eva"],))
        refused(con, "INSERT INTO member (procedure_id, name, role, voting, active, version, created_at) "
                     "VALUES (%s, 'Sock Puppet', 'member', true, true, 1, now())", (pid,))
        refused(con, "DELETE FROM member WHERE id = %s", (members["Member Eva"],))
        refused(con, "UPDATE panel_member_role SET member_id = %s", (chair,))
        refused(con, "INSERT INTO panel_member_role (role_name, member_id) VALUES ('someone', %s)", (chair,))
    assert _member_rows(dbname) == before


def test_a_member_cannot_read_or_copy_password_hashes(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    before = _member_rows(dbname)
    with member_con(dbname, roles["Member Bob"]) as con:
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("SELECT password_hash FROM member")
        refused(con, "UPDATE member SET password_hash = (SELECT password_hash FROM member WHERE id = %s) "
                     "WHERE id = %s", (members["Member Bob"], members["Chair Anna"]))
    assert _member_rows(dbname) == before
    # and the chair's password still signs in the chair, Bob's does not
    assert who(services, ref, "Chair Anna").role == "chair"
    from panel_app.domain.errors import Refused

    with pytest.raises(Refused):
        services.members.sign_in(ref, "Chair Anna", "bob-pass")


@pytest.mark.parametrize("login", ["Member Bob", "Secretary Sam", "Observer Olga"])
def test_no_consensus_or_panel_decision_outside_the_chair(secured, login):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    with member_con(dbname, roles[login]) as con:
        refused(con, "UPDATE member SET role = 'chair' WHERE id = %s", (members[login],))
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("INSERT INTO decision (procedure_id, kind, candidate_id, criterion_code, stage, value, "
                        "member_id, decided_at, version) VALUES (%s, 'consensus', %s, %s, 'preselection', '4', "
                        "NULL, now(), 1)", (pid, cands[emails[0]], next(iter(crits))))
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("INSERT INTO decision (procedure_id, kind, stage, value, member_id, decided_at, version) "
                        "VALUES (%s, 'shortlist_freeze', 'preselection', 'x', NULL, now(), 1)", (pid,))
    with owner_con(dbname) as con:
        assert con.execute("SELECT count(*) FROM decision WHERE kind IN ('consensus', 'shortlist_freeze')"
                           ).fetchone()[0] == 0


@pytest.mark.parametrize("login", ["Member Bob", "Secretary Sam", "Observer Olga", "Chair Anna"])
def test_the_sealed_grid_and_procedure_cannot_be_bent(secured, login):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    with owner_con(dbname) as con:
        grid = con.execute("SELECT id, weight, minimum, anchors::text FROM criterion ORDER BY id").fetchall()
        seal = con.execute("SELECT sealed_at, sealed_by, grid_hash FROM procedure WHERE id = %s", (pid,)).fetchone()
    assert seal[0] is not None and seal[2]
    with member_con(dbname, roles[login]) as con:
        if login != "Chair Anna":  # the chair amends a sealed grid through the app, with a reason (audited)
            refused(con, "UPDATE criterion SET weight = 10 WHERE id = %s", (next(iter(crits.values())),))
            refused(con, "INSERT INTO criterion (procedure_id, code, \"group\", stage, kind, title, weight, "
                         "anchors, keywords, declared, position, version) VALUES (%s, 'X', 'selection', "
                         "'preselection', 'scored', 'x', 1, '{}', '[]', false, 99, 1)", (pid,))
        refused(con, "UPDATE procedure SET grid_hash = NULL, sealed_at = NULL WHERE id = %s", (pid,))
        refused(con, "UPDATE procedure SET grid_hash = 'forged' WHERE id = %s", (pid,))
        refused(con, "DELETE FROM criterion WHERE procedure_id = %s", (pid,))
        refused(con, "DELETE FROM procedure WHERE id = %s", (pid,))
    with owner_con(dbname) as con:
        assert con.execute("SELECT id, weight, minimum, anchors::text FROM criterion ORDER BY id").fetchall() == grid
        assert con.execute("SELECT sealed_at, sealed_by, grid_hash FROM procedure WHERE id = %s",
                           (pid,)).fetchone() == seal


@pytest.mark.parametrize("login", ["Member Bob", "Observer Olga"])
def test_applications_and_candidates_are_not_a_members_to_change(secured, login):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    rival = cands[emails[2]]
    with owner_con(dbname) as con:
        apps = con.execute("SELECT id, excluded, exclusion_reason, status FROM application ORDER BY id").fetchall()
        people = con.execute("SELECT id, email, surname FROM candidate ORDER BY id").fetchall()
    with member_con(dbname, roles[login]) as con:
        refused(con, "UPDATE application SET excluded = true, exclusion_reason = 'not eligible' "
                     "WHERE candidate_id = %s", (rival,))
        refused(con, "UPDATE application SET status = 'superseded' WHERE candidate_id = %s", (rival,))
        refused(con, "UPDATE candidate SET email = 'attacker@example.org' WHERE id = %s", (rival,))
        refused(con, "INSERT INTO candidate (procedure_id, surname, first_name, email, version) "
                     "VALUES (%s, 'Ghost', 'G', 'ghost@x.eu', 1)", (pid,))
        refused(con, "DELETE FROM application WHERE candidate_id = %s", (rival,))
        refused(con, "DELETE FROM score")
        refused(con, "DELETE FROM assessment")
        for table in ("score", "application", "candidate", "member", "audit_event", "decision"):
            with pytest.raises(errors.InsufficientPrivilege):
                con.execute(f"TRUNCATE {table} CASCADE")
    with owner_con(dbname) as con:
        assert con.execute("SELECT id, excluded, exclusion_reason, status FROM application ORDER BY id"
                           ).fetchall() == apps
        assert con.execute("SELECT id, email, surname FROM candidate ORDER BY id").fetchall() == people


def test_helper_functions_answer_only_for_the_caller(secured):
    services, ref, emails, roles, dbname = secured
    chair_role, bob_role = roles["Chair Anna"], roles["Member Bob"]
    with member_con(dbname, bob_role) as con:
        for fn in ("panel_current_member_role", "panel_current_member_id", "panel_current_member_name",
                   "panel_visible_pairs"):
            try:
                row = con.execute(f"SELECT * FROM {fn}(%s)", (chair_role,)).fetchall()
            except (errors.UndefinedFunction, errors.InsufficientPrivilege):
                continue
            own = con.execute(f"SELECT * FROM {fn}()").fetchall()
            assert row == own, f"{fn}('<the chair's role>') answered for the chair"
        assert con.execute("SELECT panel_current_member_role()").fetchone()[0] in ("member", "voting")
        try:
            con.execute("SELECT panel_is_conflicted(1, %s)", (chair_role,))
        except (errors.UndefinedFunction, errors.InsufficientPrivilege):
            pass
        else:
            raise AssertionError("panel_is_conflicted still takes another role's name")


def test_a_conflicted_member_reads_nothing_of_that_candidate(secured):
    services, ref, emails, roles, dbname = secured
    from tests.workstations.test_pg_security import app_as, score_all

    pid, cands, crits, members = ids(dbname, ref)
    target_email = emails[1]
    target = cands[target_email]
    eva = app_as(services, roles["Member Eva"])
    bob = app_as(services, roles["Member Bob"])
    try:
        score_all(eva, ref, "Member Eva", target_email)
        bob.scoring.declare_conflict(ref, who(bob, ref, "Member Bob"), target_email, "my brother-in-law", "family")
    finally:
        for s in (eva, bob):
            s.db.dispose()
    queries = {
        "candidate": ("SELECT surname, first_name, email FROM candidate WHERE id = %s", (target,)),
        "candidate by e-mail": ("SELECT id FROM candidate WHERE email = %s", (target_email,)),
        "application": ("SELECT sender_email, subject, eligibility::text, suggestions::text, article29_evidence "
                        "FROM application WHERE candidate_id = %s", (target,)),
        "document": ("SELECT d.filename, d.text FROM document d JOIN application a ON a.id = d.application_id "
                     "WHERE a.candidate_id = %s", (target,)),
        "document text search": ("SELECT count(*) FROM document WHERE application_id IN (SELECT id FROM "
                                 "application WHERE candidate_id = %s) AND text <> ''", (target,)),
        "eligibility decisions": ("SELECT kind, value FROM decision WHERE candidate_id = %s", (target,)),
        "marks": ("SELECT value FROM score WHERE candidate_id = %s", (target,)),
    }
    with owner_con(dbname) as con:
        seen_by_owner = {k: con.execute(q, p).fetchall() for k, q, p in [(k, *v) for k, v in queries.items()]}
    assert seen_by_owner["candidate"] and seen_by_owner["application"] and seen_by_owner["document"]
    assert seen_by_owner["marks"]
    with member_con(dbname, roles["Member Bob"]) as con:
        for what, (q, p) in queries.items():
            rows = con.execute(q, p).fetchall()
            assert rows in ([], [(0,)]), f"a conflicted member reads the candidate's {what}: {rows!r}"
        # the others stay readable
        assert con.execute("SELECT count(*) FROM candidate WHERE id <> %s", (target,)).fetchone()[0] == 3
    with member_con(dbname, roles["Member Eva"]) as con:
        assert con.execute(*queries["candidate"]).fetchall()


def test_a_login_reaches_nothing_of_another_procedure_in_the_same_database(secured, template_path):
    services, ref, emails, roles, dbname = secured
    with owner_con(dbname) as con:
        con.execute("UPDATE procedure SET reference = 'TMP/1' WHERE reference = %s", (ref,))
    other = services.procedures.create_from_template(template_path).result.reference
    with owner_con(dbname) as con:
        con.execute("UPDATE procedure SET reference = 'OTHER/2026/1' WHERE reference = %s", (other,))
        con.execute("UPDATE procedure SET reference = %s WHERE reference = 'TMP/1'", (ref,))
        pid2 = con.execute("SELECT id FROM procedure WHERE reference = 'OTHER/2026/1'").fetchone()[0]
        cand = con.execute("INSERT INTO candidate (procedure_id, surname, first_name, email, version) "
                           "VALUES (%s, 'Other', 'O', 'other@x.eu', 1) RETURNING id", (pid2,)).fetchone()[0]
        app = con.execute("INSERT INTO application (procedure_id, candidate_id, source, source_sha256, kind, status, "
                          "flags, suggestions, excluded, eligibility, received_entered, imported_at, version) "
                          "VALUES (%s, %s, 'x', 'x', 'eml', 'active', '[]', '[]', false, '{}', false, now(), 1) "
                          "RETURNING id", (pid2, cand)).fetchone()[0]
        con.execute("INSERT INTO document_blob (sha256, size, content) VALUES (repeat('a', 64), 1, 'x')")
        con.execute("INSERT INTO document (application_id, blob_sha256, filename, kind, has_text, text, flags, "
                    "position) VALUES (%s, repeat('a', 64), 'cv.pdf', 'pdf', true, 'secret words', '[]', 0)", (app,))
    for login in ("Chair Anna", "Secretary Sam", "Member Bob"):
        with member_con(dbname, roles[login]) as con:
            assert con.execute("SELECT count(*) FROM procedure WHERE id = %s", (pid2,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM candidate WHERE procedure_id = %s", (pid2,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM application WHERE id = %s", (app,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM document WHERE application_id = %s", (app,)).fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM document_blob WHERE sha256 = repeat('a', 64)").fetchone()[0] == 0
            assert con.execute("SELECT count(*) FROM criterion WHERE procedure_id = %s", (pid2,)).fetchone()[0] == 0
            refused(con, "UPDATE candidate SET email = 'x@y.eu' WHERE id = %s", (cand,))
            refused(con, "UPDATE criterion SET weight = 9 WHERE procedure_id = %s", (pid2,))
            refused(con, "UPDATE procedure SET title = 'hijacked' WHERE id = %s", (pid2,))
            refused(con, "INSERT INTO candidate (procedure_id, surname, first_name, email, version) "
                         "VALUES (%s, 'Ghost', 'G', 'ghost@x.eu', 1)", (pid2,))
            assert con.execute("SELECT count(*) FROM candidate").fetchone()[0] >= 1  # its own procedure's, yes


def test_a_replaced_members_login_reads_and_writes_nothing(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    chair = who(services, ref, "Chair Anna")
    services.members.add(ref, "Member Zoe", "member", chair, password="zoe-pass-1", replaces="Member Bob")
    with member_con(dbname, roles["Member Bob"]) as con:
        for table in ("procedure", "candidate", "application", "document", "score", "assessment", "decision",
                      "criterion", "declaration"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        with pytest.raises(errors.InsufficientPrivilege):
            con.execute("INSERT INTO score (procedure_id, member_id, candidate_id, criterion_id, stage, value, na, "
                        "comment, version) VALUES (%s, %s, %s, %s, 'preselection', 4, false, '', 1)",
                        (pid, members["Member Bob"], cands[emails[0]], next(iter(crits.values()))))
