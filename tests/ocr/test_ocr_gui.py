"""The secretary's way: import a folder with scans, read the hint, click Read scans (OCR)…, watch the progress,
cancel, read the rest, search a word only present in a scan; and without the engine, the message says how to
install it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from .conftest import make_mailbox


@pytest.fixture
def page(chair_window):
    chair_window.go_to("Applications")
    return chair_window.findChild(QPushButton, "ocrButton").parentWidget()


def import_folder(qtbot, page, monkeypatch, folder) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.findChild(QPushButton, "importFolderButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.report is not None,
                    timeout=60_000)
    page.import_dialog.accept()


def test_read_scans_with_progress_cancel_and_search(qtbot, page, monkeypatch, tmp_path, engine):
    make_mailbox(tmp_path / "box")
    import_folder(qtbot, page, monkeypatch, tmp_path / "box")
    hint = page.findChild(QLabel, "ocrHint")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=10_000)
    assert "4 scanned documents have no text layer" in hint.text()

    # start, and cancel as soon as the first scan is being read
    qtbot.mouseClick(page.findChild(QPushButton, "ocrButton"), Qt.MouseButton.LeftButton)
    dialog = page.ocr_dialog
    assert dialog.isVisible() and not dialog.isModal()
    message = dialog.findChild(QLabel, "ocrMessage")
    qtbot.waitUntil(lambda: "Scan 1 of 4" in message.text() and "page 1 of 2" in message.text(), timeout=30_000)
    # the DB worker thread is free while a scan is read: the page's own tasks get their answer meanwhile
    answered = []
    page.state.tasks.run(page.state.services.applications.list, page.state.reference,
                         on_done=lambda _apps: answered.append(message.text()))
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    assert "Scan 1 of 4" in answered[0] and "page 1 of 2" in answered[0]  # answered during the first page
    qtbot.mouseClick(dialog.findChild(QPushButton, "ocrCancelButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert message.text().startswith("Cancelled")
    assert page.state.services.ocr.backlog(page.state.reference).documents >= 3
    dialog.accept()

    # again, to the end
    qtbot.mouseClick(page.findChild(QPushButton, "ocrButton"), Qt.MouseButton.LeftButton)
    dialog = page.ocr_dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    text = dialog.findChild(QLabel, "ocrMessage").text()
    assert text.startswith("Done:") and "scans read by OCR" in text and "mean confidence" in text
    assert dialog.bar.value() == 1000
    dialog.accept()

    page.search.setText("Жеравненска")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.row(0)["source"] == "04-cyrillic.eml"


def test_without_the_engine_the_message_says_how_to_install_it(qtbot, page, monkeypatch, tmp_path):
    make_mailbox(tmp_path / "box", full=False)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.delenv("PANEL_TESSERACT", raising=False)
    import_folder(qtbot, page, monkeypatch, tmp_path / "box")
    hint = page.findChild(QLabel, "ocrHint")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=10_000)
    assert "no OCR engine is installed" in hint.text() and "tesseract-ocr" in hint.text()

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + " " + box.informativeText()))
    qtbot.mouseClick(page.findChild(QPushButton, "ocrButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "No OCR engine is installed" in shown[0] and "tesseract-ocr" in shown[0]
    apps = page.state.services.applications.list(page.state.reference)
    assert "no_text_layer" in apps[0].flags
