"""Importing a mailbox export into the database: outcomes, deadline, resends, duplicates, idempotency."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from panel_app.cli import main
from tests.intake.fixtures import DEADLINE_UTC, application_pdf, docx_bytes, eml_bytes, profile


def chair(services, ref):
    return services.members.sign_in(ref, "Chair Anna", "chair-pass")


def secretary(services, ref):
    return services.members.sign_in(ref, "Secretary Sam", "sam-pass")


def write(folder, name, data):
    (folder / name).write_bytes(data)


@pytest.fixture
def mailbox(tmp_path):
    box = tmp_path / "mailbox"
    box.mkdir()
    t = DEADLINE_UTC
    write(box, "01-ontime.eml", eml_bytes(received=[t - timedelta(days=1)], from_addr="a@x.eu",
                                          attachments=[("cv.pdf", application_pdf(1), "application/pdf")]))
    write(box, "02-last-second.eml", eml_bytes(received=[t], from_addr="b@x.eu",
                                               attachments=[("cv.pdf", application_pdf(2), "application/pdf")]))
    write(box, "03-late.eml", eml_bytes(received=[t + timedelta(seconds=1)], from_addr="c@x.eu",
                                        attachments=[("cv.pdf", application_pdf(3), "application/pdf")]))
    write(box, "04-noattach.eml", eml_bytes(received=[t - timedelta(hours=3)], from_addr="d@x.eu", attachments=[]))
    write(box, "05-docx.eml", eml_bytes(received=[t - timedelta(hours=4)], from_addr="e@x.eu",
                                        attachments=[("cv.docx", docx_bytes(), "application/octet-stream")]))
    # candidate 1 resends an updated application on time, then once more after the deadline
    write(box, "06-resend.eml", eml_bytes(received=[t - timedelta(hours=1)], from_addr="a@x.eu",
                                          subject="RE: digit-com-2026-1039 updated",
                                          attachments=[("cv2.pdf", application_pdf(1, pages_of_cv=3),
                                                        "application/pdf")]))
    write(box, "07-late-resend.eml", eml_bytes(received=[t + timedelta(hours=5)], from_addr="a@x.eu",
                                               subject="FW: DIGIT COM 2026 1039 final",
                                               attachments=[("cv3.pdf", application_pdf(1, pages_of_cv=1),
                                                             "application/pdf")]))
    # the same PDF as 02 sent again in another mail
    write(box, "08-duplicate.eml", eml_bytes(received=[t - timedelta(minutes=5)], from_addr="b@x.eu",
                                             subject="Ref: DIGIT/COM/2026/1039 (again)",
                                             attachments=[("cv.pdf", application_pdf(2), "application/pdf")]))
    write(box, "09-empty.eml", b"")
    write(box, "10-notes.txt", b"just some notes, not an e-mail")
    write(box, "11-loose.pdf", application_pdf(4))
    write(box, "12-noref.eml", eml_bytes(received=[t - timedelta(hours=6)], from_addr="f@x.eu", subject="My CV",
                                         attachments=[("cv.pdf", application_pdf(5), "application/pdf")]))
    return box


def by_source(apps):
    return {a.source: a for a in apps}


def test_every_file_gets_an_outcome_and_the_rules_apply(services, procedure, mailbox):
    report = services.intake.import_paths(procedure, [mailbox], secretary(services, procedure), workers=1).result
    outcomes = {f.file: f for f in report.files}
    assert len(outcomes) == 12
    assert outcomes["01-ontime.eml"].outcome == "imported"
    assert outcomes["03-late.eml"].outcome == "imported_with_flags" and "late" in outcomes["03-late.eml"].flags
    assert "no_attachment" in outcomes["04-noattach.eml"].flags
    assert "not_pdf" in outcomes["05-docx.eml"].flags
    assert outcomes["09-empty.eml"].outcome == "imported_with_flags" and "corrupt" in outcomes["09-empty.eml"].flags
    assert "not_mail" in outcomes["10-notes.txt"].flags
    assert "received_time_unknown" in outcomes["11-loose.pdf"].flags
    assert "reference_missing" in outcomes["12-noref.eml"].flags

    apps = by_source(services.applications.list(procedure))
    assert apps["02-last-second.eml"].received_utc == "2026-06-12T10:00:00Z"
    assert apps["02-last-second.eml"].on_time is True
    assert apps["03-late.eml"].on_time is False and apps["03-late.eml"].received_utc == "2026-06-12T10:00:01Z"
    assert apps["11-loose.pdf"].on_time is None and apps["11-loose.pdf"].received_utc is None
    # resends: the last on-time one counts; a late one never replaces it
    assert apps["01-ontime.eml"].status == "superseded"
    assert apps["06-resend.eml"].status == "active"
    assert apps["07-late-resend.eml"].status == "late_resend"
    assert apps["08-duplicate.eml"].status == "duplicate"
    assert apps["01-ontime.eml"].candidate.email == apps["06-resend.eml"].candidate.email
    # the candidate's name comes from the application form, not the From header
    p1 = profile(1)
    assert apps["01-ontime.eml"].candidate.surname == p1["surname"]
    assert apps["01-ontime.eml"].documents[0].pages >= 3 and apps["01-ontime.eml"].documents[0].has_text
    # bytes stored once for the duplicate
    assert apps["08-duplicate.eml"].documents[0].sha256 == apps["02-last-second.eml"].documents[0].sha256
    audit = services.procedures.audit_trail(procedure, "application.import")
    assert len(audit) == 12 and audit[0].actor == "Secretary Sam"


def test_reimport_adds_nothing_and_interrupted_run_completes(services, procedure, mailbox):
    sec = secretary(services, procedure)
    read = {"files": 0}

    def progress(_fraction, _message):
        read["files"] += 1

    def cancelled():  # stop after a few files were read (counted by files, not by polls: the host may be busy)
        return read["files"] >= 3

    first = services.intake.import_paths(procedure, [mailbox], sec, workers=1, progress=progress,
                                         cancelled=cancelled).result
    assert first.cancelled
    done = [f for f in first.files if f.outcome != "not_imported"]
    assert 0 < len(done) < 12
    assert all(f.reason for f in first.files if f.outcome == "not_imported")
    n_first = len(services.applications.list(procedure))
    second = services.intake.import_paths(procedure, [mailbox], sec, workers=1).result
    assert {f.file for f in second.files if f.outcome == "already_imported"} == {f.file for f in done}
    total = len(services.applications.list(procedure))
    assert total == 12 and n_first < total
    third = services.intake.import_paths(procedure, [mailbox], sec, workers=1).result
    assert all(f.outcome == "already_imported" for f in third.files)
    assert len(services.applications.list(procedure)) == 12


def test_members_cannot_import(services, procedure, mailbox):
    from panel_app.domain.errors import Refused

    bob = services.members.sign_in(procedure, "Member Bob", "bob-pass")
    with pytest.raises(Refused):
        services.intake.import_paths(procedure, [mailbox], bob, workers=1)


def test_corrections_are_audited(services, procedure, mailbox):
    sec = secretary(services, procedure)
    services.intake.import_paths(procedure, [mailbox], sec, workers=1)
    loose = by_source(services.applications.list(procedure))["11-loose.pdf"]
    when = datetime(2026, 6, 12, 9, 30, tzinfo=UTC)
    out = services.applications.set_received_time(procedure, loose.id, when, "mailbox log line 1834", sec).result
    assert out.on_time is True and "received_time_unknown" not in out.flags
    out = services.applications.set_excluded(procedure, loose.id, True, "withdrawn by the candidate", sec).result
    assert out.excluded and out.exclusion_reason == "withdrawn by the candidate"
    trail = services.procedures.audit_trail(procedure)
    assert {"application.received_time", "application.exclude"} <= {e.action for e in trail}
    with pytest.raises(Exception, match="reason"):
        services.applications.set_excluded(procedure, loose.id, False, " ", sec)


def test_search_and_filters(services, procedure, mailbox):
    services.intake.import_paths(procedure, [mailbox], secretary(services, procedure), workers=1)
    assert [a.source for a in services.applications.list(procedure, flag="late")] == ["03-late.eml", "07-late-resend.eml"]
    surname = profile(5)["surname"]
    found = services.applications.list(procedure, actor=secretary(services, procedure), search=surname.lower())
    assert "12-noref.eml" in {a.source for a in found}
    assert {a.status for a in services.applications.list(procedure, status="superseded")} == {"superseded"}


def test_cli_import_and_applications_json(tmp_path, mailbox, template_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "procedure", "create", "--template", str(template_path)]) == 0
    capsys.readouterr()
    assert main(["--db", url, "import", str(mailbox), "--json", "--workers", "2"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert len(rep["files"]) == 12 and not rep["cancelled"]
    assert main(["--db", url, "applications", "--json"]) == 0
    apps = json.loads(capsys.readouterr().out)
    assert len(apps) == 12
    a = next(x for x in apps if x["source"] == "03-late.eml")
    assert set(a) == {"id", "source", "candidate", "received_utc", "date_header_utc", "on_time", "reference_ok",
                      "flags", "status", "documents"}
    assert a["flags"][0] == "late" and a["on_time"] is False
    assert set(a["documents"][0]) == {"filename", "sha256", "pages", "has_text"}
    assert main(["--db", url, "import", str(mailbox), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["counts"] == {"already_imported": 12}


def test_the_snapshot_sent_as_json_is_stored_as_the_snapshot_was(services, procedure, mailbox):
    """The workers send the eligibility snapshot as JSON (message_snapshot_json): the row holds exactly what
    storing the snapshot itself wrote (json.dumps of it), on SQLite and PostgreSQL."""
    from sqlalchemy import text

    from panel_app.domain.eligibility.snapshot import message_snapshot, message_snapshot_json
    from panel_app.intake.dispatch import parse_file
    from panel_app.store.engine import SerialisedJSON, _json_dumps

    services.intake.import_paths(procedure, [mailbox], secretary(services, procedure), workers=1)
    ctx = services.intake._context(procedure, secretary(services, procedure))
    args = (ctx["grade"], ctx["criteria"], ctx["min_years"], ctx["deadline"])
    with services.db.engine.connect() as con:
        stored = dict(con.execute(text("SELECT source, CAST(eligibility AS TEXT) FROM application")).all())
    for name in ("01-ontime.eml", "03-late.eml", "04-noattach.eml", "11-loose.pdf", "12-noref.eml"):
        [msg] = parse_file(str(mailbox / name), ctx["reference"])
        expected = json.dumps(message_snapshot(msg, *args))
        assert message_snapshot_json(msg, *args) == expected
        assert _json_dumps(SerialisedJSON(expected)) == expected
        assert stored[name] == expected  # PostgreSQL's json type keeps the text as written
