"""Files are written in groups: a file the database refuses costs only that file, every other file of its
group is stored, and the report keeps one row per file even when two files share a name."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from panel_app.services import Services
from tests.intake.fixtures import DEADLINE_UTC, application_pdf, eml_bytes


def mail(i: int) -> bytes:
    return eml_bytes(received=[DEADLINE_UTC - timedelta(hours=i + 1)], from_addr=f"cand{i}@x.eu",
                     attachments=[("cv.pdf", application_pdf(i), "application/pdf")])


def test_two_files_with_the_same_name_in_subfolders_each_get_their_row(services, procedure, tmp_path):
    for i, sub in enumerate(["monday", "tuesday"]):
        (tmp_path / "box" / sub).mkdir(parents=True)
        (tmp_path / "box" / sub / "application.eml").write_bytes(mail(i))
    secretary = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    report = services.intake.import_paths(procedure, [tmp_path / "box"], secretary, workers=1).result
    assert [(f.file, f.outcome, f.applications) for f in report.files] == [
        ("application.eml", "imported", 1), ("application.eml", "imported", 1)]
    apps = services.applications.list(procedure)
    assert len(apps) == 2 and len({a.candidate.email for a in apps}) == 2


def test_a_file_the_database_refuses_costs_only_that_file(sqlite_db, template_path, tmp_path):
    services = Services.for_db(sqlite_db)
    ref = services.procedures.create_from_template(template_path).result.reference
    box = tmp_path / "box"
    box.mkdir()
    for i in range(6):
        (box / f"{i:02d}.eml").write_bytes(mail(i))
    with sqlite_db.engine.begin() as conn:  # a real refusal by the database, for one file only
        conn.execute(text("CREATE TRIGGER refuse_one BEFORE INSERT ON application WHEN NEW.source = '03.eml' "
                          "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END"))
    report = services.intake.import_paths(ref, [box], workers=1).result
    outcomes = {f.file: f for f in report.files}
    assert [n for n, f in outcomes.items() if f.outcome == "imported"] == ["00.eml", "01.eml", "02.eml",
                                                                             "04.eml", "05.eml"]
    refused = outcomes["03.eml"]
    assert refused.outcome == "not_imported" and "disk quota exceeded" in refused.reason
    assert "importing again will retry it" in refused.reason
    assert len(services.applications.list(ref)) == 5
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_one"))
    again = services.intake.import_paths(ref, [box], workers=1).result
    assert again.counts() == {"already_imported": 5, "imported": 1}
    assert len(services.applications.list(ref)) == 6
