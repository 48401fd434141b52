"""The Reports page: preview off the GUI thread, export, print (QPdfDocument rendered on white)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from panel_app.ui.app import build_window

from .conftest import NAMES, flat, pdf_text, who


@pytest.fixture
def db(sqlite_db):
    """The page is the same on both backends; drive it on SQLite."""
    return sqlite_db


@pytest.fixture
def page(qtbot, world):
    services, ref = world
    w = build_window(services, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(who(services, ref, "Chair Anna"))
    w.go_to("Reports")
    return w.page("Reports")


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
    # composited on white: the page corner is white, not transparent black
    bitmap = doc[0].render(scale=0.2).to_pil().convert("RGB")
    assert bitmap.getpixel((2, 2)) == (255, 255, 255)
    doc.close()


def test_member_sees_only_the_reports_of_the_role(qtbot, world):
    services, ref = world
    w = build_window(services, ref)
    qtbot.addWidget(w)
    w.state.set_actor(who(services, ref, "Member Bob"))
    w.go_to("Reports")
    page = w.page("Reports")

    def enabled():
        return {page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())
                if page.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled}

    qtbot.waitUntil(lambda: enabled() == {"shortlist", "panel"})
    assert not page.member_marks.isEnabled()
