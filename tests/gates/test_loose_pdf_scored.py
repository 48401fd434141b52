"""A loose PDF without an e-mail address (a scan from the post, a file dropped in the folder) could be
decided but never scored: scoring knows a candidate by an e-mail. It now gets a candidate from the form's
name with a placeholder identity (domain/identity.py), is decided, enters the queues, is scored by its
application id, and the secretary corrects its name; every step audited and the record verifies."""

from __future__ import annotations

from sqlalchemy import text

from panel_app.domain.identity import is_placeholder, shown_email
from panel_app.reports.application_form import render_application
from panel_app.services.application_ids import candidate_email
from panel_app.services.edits import CandidateEdit
from tests.intake.fixtures import profile
from tests.scoring_service.conftest import who

from .conftest import queue
from .helpers import decide_all_eligible


def _loose(tmp_path, i: int, name: str):
    folder = tmp_path / f"post{i}"
    folder.mkdir()
    (folder / name).write_bytes(render_application({**profile(i), "email": ""}))
    return folder


def _app(sv, ref, source):
    return next(a for a in sv.applications.list(ref) if a.source.endswith(source))


def test_a_loose_pdf_without_e_mail_is_decided_scored_and_renamed(gated, tmp_path):
    sv, ref, _ids = gated
    sec, bob = who(sv, ref, "Secretary Sam"), who(sv, ref, "Member Bob")
    sv.intake.import_paths(ref, [_loose(tmp_path, 7, "scan-from-post.pdf")], sec, workers=1)
    app = _app(sv, ref, "scan-from-post.pdf")
    email = app.candidate.email
    assert is_placeholder(email) and shown_email(email) == "no e-mail"
    assert app.sender is None and app.candidate.surname == profile(7)["surname"]  # the form's name

    decide_all_eligible(sv, ref, sec)
    assert email in queue(sv, ref)
    assert candidate_email(sv.db, ref, f"A{app.id}") == email  # every command takes its id
    sv.scoring.set_mark(ref, bob, candidate_email(sv.db, ref, str(app.id)), "S2-DEVOPS", 3)
    mine = next(c for c in sv.scoring.my_candidates(ref, bob) if c.email == email)
    assert mine.surname == profile(7)["surname"]

    out = sv.applications.update_candidate(ref, app.id, CandidateEdit(surname="Nováková", first_name="Jana"),
                                           app.candidate.version, sec).result
    assert (out.candidate.surname, out.candidate.email) == ("Nováková", email)
    assert sv.procedures.audit_trail(ref, "candidate.correct")[-1].after == {"surname": "Nováková",
                                                                                 "first_name": "Jana"}
    assert sv.audit.verify(ref, who(sv, ref, "Chair Anna")).ok


def test_an_application_imported_without_a_candidate_gets_one_when_its_name_is_entered(gated, tmp_path):
    sv, ref, _ids = gated
    sec = who(sv, ref, "Secretary Sam")
    sv.intake.import_paths(ref, [_loose(tmp_path, 8, "old-loose.pdf")], sec, workers=1)
    app = _app(sv, ref, "old-loose.pdf")
    with sv.db.sessions() as s:  # as a database from before this change holds it: no candidate at all
        s.execute(text("UPDATE application SET candidate_id = NULL WHERE id = :i"), {"i": app.id})
        s.execute(text("DELETE FROM candidate WHERE email = :e"), {"e": app.candidate.email})
        s.commit()
    assert _app(sv, ref, "old-loose.pdf").candidate.email is None

    out = sv.applications.update_candidate(ref, app.id, CandidateEdit(surname="Horvat", first_name="Ivan"), None, sec).result
    assert is_placeholder(out.candidate.email) and out.candidate.surname == "Horvat"
    event = sv.procedures.audit_trail(ref, "candidate.create")[-1]
    assert event.actor == "Secretary Sam" and event.after == {"application": app.id, "surname": "Horvat",
                                                                    "first_name": "Ivan", "placeholder": True}
    decide_all_eligible(sv, ref, sec)
    assert out.candidate.email in queue(sv, ref)
