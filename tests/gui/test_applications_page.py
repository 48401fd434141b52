"""The Applications page driven like a secretary would: import a folder, read the report, filter, search,
view the PDF, enter a received time, exclude and readmit; and cancel an import half-way."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox, QPushButton, QTableView

from panel_app.ui.pages.applications_page import ReceivedTimeDialog
from tests.intake.fixtures import DEADLINE_UTC, application_pdf, docx_bytes, eml_bytes, profile

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def write_inbox(folder, n=5):
    """n mails: #1 late, #2 without attachment, #3 with a .docx; the others one PDF each, on time."""
    folder.mkdir()
    for i in range(n):
        p = profile(i)
        kw = {"from_name": f"{p['first_name']} {p['surname']}", "from_addr": p["email"],
              "attachments": [("application.pdf", application_pdf(i), "application/pdf")]}
        if i == 1:
            kw["received"] = [DEADLINE_UTC + timedelta(minutes=5)]
        elif i == 2:
            kw["attachments"] = []
        elif i == 3:
            kw["attachments"] = [("cv.docx", docx_bytes(), DOCX)]
        (folder / f"mail{i}.eml").write_bytes(eml_bytes(**kw))
    return folder


def name(i: int) -> str:
    return f"{profile(i)['surname']}, {profile(i)['first_name']}"


@pytest.fixture
def window(chair_window):
    chair_window.go_to("Applications")
    return chair_window


def shown(page) -> list[tuple[str, ...]]:
    """The table as the user reads it (after the id): Candidate, On time, Flags, Status (DisplayRole)."""
    m = page.model
    return [tuple(m.data(m.index(r, c)) for c in (1, 4, 5, 6)) for r in range(m.rowCount())]


def stored(w):
    return {a.source: a for a in w.state.services.applications.list(w.state.reference)}


def select(qtbot, page, display_name: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.data(page.model.index(r, 1)) == display_name)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.current is not None and page.current.source
                    == page.model.row(row)["source"])


def import_folder(qtbot, page, monkeypatch, folder):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.findChild(QPushButton, "importFolderButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.report is not None,
                    timeout=60_000)
    return page.import_dialog


def test_import_folder_report_filter_search_view_exclude(qtbot, window, monkeypatch, tmp_path):
    page = window.page("Applications")
    dlg = import_folder(qtbot, page, monkeypatch, write_inbox(tmp_path / "inbox"))
    report = dlg.findChild(QTableView, "importReportTable").model()
    rows = {report.data(report.index(r, 0)): tuple(report.data(report.index(r, c)) for c in (1, 2, 3))
            for r in range(report.rowCount())}
    assert rows == {"mail0.eml": ("imported", "1", ""), "mail1.eml": ("imported with flags", "1", "late"),
                    "mail2.eml": ("imported with flags", "1", "no attachment"),  # the flags in words, not their codes
                    "mail3.eml": ("imported with flags", "1", "not a PDF"), "mail4.eml": ("imported", "1", "")}
    tips = {report.data(report.index(r, 0)): report.data(report.index(r, 3), Qt.ItemDataRole.ToolTipRole)
            for r in range(report.rowCount())}
    assert tips["mail2.eml"] == "no attachment: no document attached"
    assert "2 imported, 3 imported with flags" in dlg.findChild(QLabel, "importCounts").text()
    out = tmp_path / "report.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dlg.findChild(QPushButton, "exportReportButton"), Qt.MouseButton.LeftButton)
    assert json.loads(out.read_text())["counts"] == {"imported": 2, "imported_with_flags": 3}
    qtbot.mouseClick(dlg.findChild(QPushButton, "closeReportButton"), Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()

    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert sorted(shown(page)) == sorted([
        (name(0), "yes", "", "active"), (name(1), "no", "late", "active"), (name(2), "yes", "no attachment", "active"),
        (name(3), "yes", "not a PDF", "active"), (name(4), "yes", "", "active")])
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [page.model.data(page.model.index(r, 1)) for r in range(5)]
    assert names == sorted(names, key=str.casefold, reverse=True)

    page.flag_combo.setCurrentText("late")
    qtbot.waitUntil(lambda: [r[0] for r in shown(page)] == [name(1)])
    page.flag_combo.setCurrentText("all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    # a word only in one CV's text: an employer none of the other PDFs mentions
    employers = {i: {e["employer"] for e in profile(i)["experience"]} for i in (0, 1, 4)}
    word, owner = next((e, i) for i, es in employers.items() for e in es
                       if not any(e in employers[j] for j in employers if j != i))
    qtbot.keyClicks(page.search, word)
    qtbot.waitUntil(lambda: [r[0] for r in shown(page)] == [name(owner)], timeout=5000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    select(qtbot, page, name(0))
    pdf = page.viewer.pdf
    qtbot.waitUntil(lambda: pdf.status() == QPdfDocument.Status.Ready and pdf.pageCount() >= 3)
    assert page.viewer.doc_stack.currentWidget() is page.viewer.view
    select(qtbot, page, name(3))
    assert "This document is not a PDF (docx)" in page.viewer.no_pdf.text()
    select(qtbot, page, name(1))
    assert "received after the deadline" in page.viewer.details.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Withdrew the application by e-mail", True))
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(window)["mail1.eml"].excluded)
    assert stored(window)["mail1.eml"].exclusion_reason == "Withdrew the application by e-mail"
    qtbot.waitUntil(lambda: page.exclude_button.text() == "Readmit…")
    assert (name(1), "no", "late", "excluded") in shown(page)  # the exclusion first, never hidden
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Withdrawal was sent by mistake", True))
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not stored(window)["mail1.eml"].excluded)
    qtbot.waitUntil(lambda: page.exclude_button.text() == "Exclude…")


def test_dropped_loose_pdf_gets_a_received_time(qtbot, window, tmp_path, monkeypatch):
    page = window.page("Applications")
    loose = tmp_path / "scan-from-post.pdf"
    loose.write_bytes(application_pdf(7))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(loose))])
    page.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.report is not None,
                    timeout=30_000)
    page.import_dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert shown(page)[0][1:] == ("unknown", "receipt time unknown", "active")  # words, not codes
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None)

    def fill_and_accept(dlg: ReceivedTimeDialog) -> int:
        dlg.when.setDateTime(dlg.when.dateTime().fromString("12.06.2026 11:59:30", "dd.MM.yyyy HH:mm:ss"))
        qtbot.keyClicks(dlg.reason, "Mailbox message trace, ticket 4711")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReceivedTimeDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.received_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(window)["scan-from-post.pdf"].received_utc == "2026-06-12T09:59:30Z")
    a = stored(window)["scan-from-post.pdf"]
    assert a.on_time is True and "received_time_unknown" not in a.flags
    qtbot.waitUntil(lambda: shown(page)[0][1] == "yes")
    assert "12.06.2026 11:59:30" in page.model.data(page.model.index(0, 3))


def test_exclusion_without_reason_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    page = window.page("Applications")
    import_folder(qtbot, page, monkeypatch, write_inbox(tmp_path / "inbox", n=1)).accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    seen = {}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.update(text=box.text()) or 0)
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen)
    assert "reason" in seen["text"] and not stored(window)["mail0.eml"].excluded


def test_cancel_keeps_what_was_committed_and_lists_the_rest(qtbot, window, tmp_path, monkeypatch):
    page = window.page("Applications")
    intake = window.state.services.intake
    real = intake.import_paths
    first_file, go_on = threading.Event(), threading.Event()

    def paused_after_first_file(*a, progress=None, **k):
        def p(fraction, message):
            progress(fraction, message)
            if not first_file.is_set():
                first_file.set()
                go_on.wait(20)  # the user clicks Cancel now
        return real(*a, progress=p, **k)

    monkeypatch.setattr(intake, "import_paths", paused_after_first_file)
    folder = write_inbox(tmp_path / "inbox")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.findChild(QPushButton, "importFolderButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(first_file.is_set, timeout=30_000)
    dlg = page.import_dialog
    qtbot.mouseClick(dlg.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=30_000)
    assert dlg.report.cancelled
    assert {f.file: f.outcome for f in dlg.report.files} == {
        "mail0.eml": "imported", **{f"mail{i}.eml": "not_imported" for i in range(1, 5)}}
    assert dlg.findChild(QLabel, "importCounts").text().startswith("<b>Import cancelled — 1 imported, 4 not imported")
    m = dlg.model
    assert [m.data(m.index(r, 4)) for r in range(1, 5)] == ["the import was cancelled before this file"] * 4
    assert list(stored(window)) == ["mail0.eml"]
    dlg.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    monkeypatch.setattr(intake, "import_paths", real)
    again = import_folder(qtbot, page, monkeypatch, folder)
    assert again.report.counts() == {"already_imported": 1, "imported": 1, "imported_with_flags": 3}
    again.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)


def test_correct_the_candidates_name(qtbot, window, tmp_path, monkeypatch):
    from panel_app.ui.pages.name_dialog import NameDialog

    page = window.page("Applications")
    import_folder(qtbot, page, monkeypatch, write_inbox(tmp_path / "inbox", n=1)).accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    select(qtbot, page, name(0))

    def fake_exec(dlg):
        dlg.surname.setText("Ó Súilleabháin")
        dlg.first_name.setText("Saoirse")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NameDialog, "exec", fake_exec)
    qtbot.mouseClick(page.name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.data(page.model.index(0, 1)) == "Ó Súilleabháin, Saoirse")
    trail = window.state.services.procedures.audit_trail(window.state.reference, "candidate.correct")
    assert trail[0].after == {"surname": "Ó Súilleabháin", "first_name": "Saoirse"}
