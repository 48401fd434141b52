"""The Applications page shows the stable application id (issue 16: every command takes `12`, `#12` or
`A12`): a column of its own that sorts as a number, a tooltip that says how to use it, and the details pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from panel_app.services.application_ids import resolve
from tests.gui.test_applications_page import import_folder, name, select, write_inbox


@pytest.fixture
def window(chair_window):
    chair_window.go_to("Applications")
    return chair_window


def test_the_id_column_and_the_details_name_the_application_every_command_takes(qtbot, window, monkeypatch,
                                                                                 tmp_path):
    page = window.page("Applications")
    import_folder(qtbot, page, monkeypatch, write_inbox(tmp_path / "inbox")).accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    m = page.model
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Id"
    shown = {m.data(m.index(r, 1)): m.data(m.index(r, 0)) for r in range(5)}
    db, ref = window.state.services.db, window.state.reference
    for display, number in shown.items():  # the number shown is the one the commands resolve to that candidate
        surname = display.split(",")[0]
        app = next(a for a in window.state.services.applications.list(ref) if a.candidate.surname == surname)
        assert number == str(app.id) and resolve(db, ref, f"A{number}").application_id == app.id
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith(f"Application id {m.data(m.index(0, 0))}:")

    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [int(m.data(m.index(r, 0))) for r in range(5)] == sorted((int(v) for v in shown.values()), reverse=True)

    select(qtbot, page, name(3))
    number = shown[name(3)]
    assert f"Application id:</b> {number} — every command takes {number}, #{number} or A{number}" \
        in page.viewer.details.text()


def test_a_loose_pdf_without_e_mail_shows_no_e_mail_and_its_name_can_be_corrected(qtbot, window, monkeypatch,
                                                                                   tmp_path):
    from panel_app.reports.application_form import render_application
    from panel_app.ui.pages.name_dialog import NameDialog
    from tests.intake.fixtures import profile

    page = window.page("Applications")
    folder = tmp_path / "post"
    folder.mkdir()
    (folder / "scan-from-post.pdf").write_bytes(render_application({**profile(7), "email": ""}))
    import_folder(qtbot, page, monkeypatch, folder).accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    m = page.model
    assert m.data(m.index(0, 2)) == "no e-mail" and m.data(m.index(0, 1)) == name(7)
    select(qtbot, page, name(7))
    assert page.name_button.isEnabled()
    assert "no e-mail address: known by the placeholder no-email-" in page.viewer.details.text()

    def fake_exec(dlg):
        dlg.surname.setText("Nováková")
        dlg.first_name.setText("Jana")
        return 1

    monkeypatch.setattr(NameDialog, "exec", fake_exec)
    qtbot.mouseClick(page.name_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: m.data(m.index(0, 1)) == "Nováková, Jana")
    trail = window.state.services.procedures.audit_trail(window.state.reference, "candidate.correct")
    assert trail[-1].actor == "Chair Anna" and trail[-1].after == {"surname": "Nováková", "first_name": "Jana"}
