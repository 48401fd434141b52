"""In the French interface, what intake/ writes about a file reaches the import report in French: the "Reason"
column and its tooltip (issue 20 part 4). The English stays in the report object (the CLI, the JSON export)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.gui.test_applications_page import import_folder, write_inbox


@pytest.fixture
def db(sqlite_db):  # the GUI tests run on SQLite only
    return sqlite_db


def test_the_import_reports_reasons_show_in_french(qtbot, chair_window, french, monkeypatch, tmp_path):
    chair_window.go_to("Applications")
    page = chair_window.page("Applications")
    inbox = write_inbox(tmp_path / "inbox", n=1)
    (inbox / "empty.eml").write_bytes(b"")
    (inbox / "notes.txt").write_bytes(b"just some notes, not a mail\n" * 3)
    dlg = import_folder(qtbot, page, monkeypatch, inbox)
    report = dlg.findChild(QTableView, "importReportTable").model()
    reason = {report.data(report.index(r, 0)): report.data(report.index(r, 4)) for r in range(report.rowCount())}
    tip = {report.data(report.index(r, 0)): report.data(report.index(r, 4), Qt.ItemDataRole.ToolTipRole)
           for r in range(report.rowCount())}
    assert reason["notes.txt"] == ("pas une candidature : ignoré, conservé (notes.txt n'est ni un courriel "
                                   "(.eml/.msg/.mbox) ni un PDF. Il est conservé tel quel ; vérifiez de quoi il "
                                   "s'agit et importez-le manuellement si nécessaire.)")
    assert tip["notes.txt"] == reason["notes.txt"]
    assert reason["empty.eml"] == "fichier vide (0 octet)"
    assert reason["mail0.eml"] == ""
    english = {f.file: f.reason for f in dlg.report.files}
    assert english["empty.eml"] == "empty file (0 bytes)"  # the report object (CLI, export) keeps the English
    dlg.accept()


def test_the_stored_reading_problem_shows_in_french(services, procedure, tmp_path, french):
    """The reading problem stored with an application (applications.error, as JSON since today) reads in French."""
    from panel_app.ui.words import text

    box = tmp_path / "box"
    box.mkdir()
    (box / "m.eml").write_bytes(b"")
    sam = services.members.sign_in(procedure, "Secretary Sam", "sam-pass")
    services.intake.import_paths(procedure, [box], sam, workers=1)
    a = next(a for a in services.applications.list(procedure) if a.source == "m.eml")
    assert a.error == "empty file (0 bytes)"  # the CLI and the JSON export: the English, as before
    assert text(a.error) == "fichier vide (0 octet)"  # the application viewer's "Problem reading it:"
