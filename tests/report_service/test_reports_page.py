"""The Reports page: preview off the GUI thread, export, print (QPdfDocument rendered on white)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from panel_app.ui.pages.reports_page import ReportsPage
from panel_app.ui.printing import page_image
from panel_app.ui.state import AppState

from .conftest import NAMES, flat, pdf_text, who


@pytest.fixture
def db(sqlite_db):
    """The page is the same on both backends; drive it on SQLite."""
    return sqlite_db


def open_page(qtbot, services, ref, name):
    """The page on its own (the other pages of the main window are not needed here), signed in as `name`."""
    state = AppState(services)
    page = ReportsPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    state.set_procedure(ref)
    state.set_actor(who(services, ref, name))
    return page


@pytest.fixture
def page(qtbot, world):
    services, ref = world
    p = open_page(qtbot, services, ref, "Chair Anna")
    yield p
    p.state.tasks.wait()


def preview(qtbot, page, kind):
    row = next(i for i in range(page.list.count()) if page.list.item(i).data(Qt.ItemDataRole.UserRole) == kind)
    page.list.setCurrentRow(row)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown_kind == kind and page.doc.pageCount() >= 1, timeout=30_000)


def test_preview_export_and_print(qtbot, page, tmp_path, monkeypatch):
    preview(qtbot, page, "eligibility")
    assert page.doc.pageCount() >= 1 and "pages" in page.status.text()
    assert page.export_button.isEnabled() and page.print_button.isEnabled()

    target = tmp_path / "out" / "eligibility.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == page.pdf_bytes
    assert NAMES["maria"] in flat(pdf_text(target.read_bytes()))

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    page.printer = printer
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.stat().st_size > 1000
    doc = pdfium.PdfDocument(printed.read_bytes())
    assert len(doc) == page.doc.pageCount()
    doc.close()


def test_printed_pages_are_composited_on_white(qtbot, page):
    preview(qtbot, page, "eligibility")
    raw = page.doc.render(0, QSize(120, 85))
    assert raw.pixelColor(1, 1).alpha() == 0  # the trap: QtPdf leaves the page background transparent
    img = page_image(page.doc, 0, 30)
    assert not img.hasAlphaChannel() and img.pixelColor(1, 1) == QColor("white")
    assert (img.width(), img.height()) == (round(841.89 * 30 / 72), round(595.28 * 30 / 72))  # landscape A4


def test_member_sees_only_the_reports_of_the_role(qtbot, world):
    services, ref = world
    page = open_page(qtbot, services, ref, "Member Bob")

    def enabled():
        return {page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())
                if page.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled}

    qtbot.waitUntil(lambda: enabled() == {"shortlist", "panel"})
    assert not page.member_marks.isEnabled()


def test_export_writes_the_selected_report_even_with_another_previewed(qtbot, page, tmp_path, monkeypatch):
    """Issue 18 item 8: with "Candidate sheets" selected and the panel report still on screen, Export must
    write candidate sheets (generated for it), named after them; and remember the folder."""
    preview(qtbot, page, "panel")
    row = next(i for i in range(page.list.count()) if page.list.item(i).data(Qt.ItemDataRole.UserRole) == "sheets")
    page.list.setCurrentRow(row)
    asked = []

    def save_as(_parent, _title, proposed, _filter):
        asked.append(proposed)
        return str(tmp_path / "out.pdf"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "out.pdf").exists(), timeout=30_000)
    assert asked[0].endswith("-sheets.pdf")
    assert page.shown_kind == "sheets" and (tmp_path / "out.pdf").read_bytes() == page.pdf_bytes
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # the folder is remembered
    assert asked[1].startswith(str(tmp_path))
