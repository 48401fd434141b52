"""Issue 14 §7 on PostgreSQL: what the server hides, the application's search cannot find. A conflicted member's
search through its own login never matches that candidate; a member who has not signed the declaration reads
no document at all."""

from __future__ import annotations

from tests.trust_pg.helpers import ids, member_con, owner_con
from tests.workstations.conftest import who
from tests.workstations.test_pg_security import app_as


def test_a_conflicted_members_search_never_matches_the_candidate(secured):
    services, ref, emails, roles, dbname = secured
    pid, cands, crits, members = ids(dbname, ref)
    target_email = emails[1]
    with owner_con(dbname) as con:
        surname, text = con.execute(
            "SELECT c.surname, d.text FROM candidate c JOIN application a ON a.candidate_id = c.id "
            "JOIN document d ON d.application_id = a.id WHERE c.id = %s AND d.text <> '' LIMIT 1",
            (cands[target_email],)).fetchone()
    word = next(w for w in text.split() if len(w) > 6 and w.isalpha())  # a word of the candidate's own file
    bob, eva = app_as(services, roles["Member Bob"]), app_as(services, roles["Member Eva"])
    try:
        as_bob, as_eva = who(bob, ref, "Member Bob"), who(eva, ref, "Member Eva")
        bob.scoring.declare_conflict(ref, as_bob, target_email, "my cousin", "family")
        for term in (surname, word, target_email.split("@")[0]):  # a search is gated: it names the searcher
            assert target_email in {a.candidate.email
                                    for a in eva.applications.list(ref, actor=as_eva, search=term)}
            found = bob.applications.list(ref, actor=as_bob, search=term)
            assert target_email not in {a.candidate.email for a in found}, term
        assert len(bob.applications.list(ref)) == len(emails) - 1
        assert len(bob.applications.list(ref, actor=as_bob)) == len(emails) - 1
    finally:
        bob.db.dispose()
        eva.db.dispose()


def test_documents_stay_closed_to_a_member_without_the_declaration(secured):
    services, ref, emails, roles, dbname = secured
    from panel_app.services.workstations import WorkstationService

    chair = who(services, ref, "Chair Anna")
    services.members.add(ref, "Member Nina", "member", chair, password="nina-pass")
    role = WorkstationService(services.db).add_member_role(ref, "Member Nina", chair,
                                                           group=f"{dbname}_members").result.db_role
    with member_con(dbname, role) as con:
        assert con.execute("SELECT count(*) FROM document").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM document_blob").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM candidate").fetchone()[0] == len(emails)  # the list itself
    nina = app_as(services, role)
    try:
        nina.scoring.declare_confidentiality(ref, nina.members.sign_in(ref, "Member Nina", "nina-pass"))
    finally:
        nina.db.dispose()
    with member_con(dbname, role) as con:
        assert con.execute("SELECT count(*) FROM document").fetchone()[0] >= len(emails)
