"""Moving between pages while the database server is down: one calm banner, no error dialog per page, the
pages keep what they showed, and everything reloads by itself when the server is back."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QMessageBox

from panel_app.services import Services
from panel_app.ui.app import build_window
from panel_app.ui.live import LiveProgress
from tests.gui_scoring.conftest import make_procedure, who
from tests.resilience.conftest import wait_until


@pytest.fixture
def window(qtbot, running, template_path, tmp_path, monkeypatch):
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)
    services = Services.open(running.url(running.create_database(f"panel_{uuid.uuid4().hex[:8]}")))
    ref = make_procedure(services, template_path, tmp_path, n=3)
    w = build_window(services, ref)
    qtbot.addWidget(w)
    w.show()
    w.state.set_actor(who(services, ref, "Chair Anna"))
    live = LiveProgress(w.state, interval_ms=300)
    live.start()
    w.dialogs = dialogs
    yield w
    live.stop()
    w.state.tasks.wait()
    services.db.dispose()


def test_pages_while_the_server_is_down_show_a_banner_not_dialogs(qtbot, window, running):
    w = window
    w.go_to("Applications")
    apps = w.page("Applications")
    qtbot.waitUntil(lambda: apps.model.rowCount() == 3, timeout=10_000)
    assert w.offline_banner.isHidden()

    running.stop()
    qtbot.waitUntil(lambda: w.offline_banner.isVisible(), timeout=10_000)  # the live poll noticed
    assert "cannot be reached" in w.offline_banner.text()
    for title in ("Eligibility", "Procedure", "Applications", "Panel"):
        w.go_to(title)
        qtbot.wait(300)
    w.state.tasks.wait()
    qtbot.wait(200)
    assert w.dialogs == []  # no dialog for any of the four pages
    assert w.offline_banner.isVisible()
    assert apps.model.rowCount() == 3  # what was loaded is still shown

    running.start()
    assert wait_until(lambda: w.offline_banner.isHidden(), timeout=15, qtbot=qtbot)
    w.go_to("Applications")
    qtbot.waitUntil(lambda: apps.model.rowCount() == 3, timeout=10_000)
    assert w.dialogs == []


def test_the_cli_says_the_database_cannot_be_reached(running, capsys):
    from panel_app.cli import main

    url = running.url(running.create_database(f"panel_{uuid.uuid4().hex[:8]}"))
    running.stop()
    code = main(["--db", url, "procedure", "list"])
    err = capsys.readouterr().err
    assert code == 2 and "Cannot reach the database" in err and "Traceback" not in err


def test_a_connection_lost_mid_session_is_told_plainly(running):
    """The services raise the driver's error; what the GUI and the CLI show is DatabaseUnreachable."""
    from panel_app.domain.errors import DatabaseUnreachable
    from panel_app.services.connection import as_user_error

    services = Services.open(running.url(running.create_database(f"panel_{uuid.uuid4().hex[:8]}")))
    services.procedures.list()
    running.stop()
    with pytest.raises(Exception) as raised:  # whatever the driver raises
        services.procedures.list()
    told = as_user_error(raised.value)
    assert isinstance(told, DatabaseUnreachable) and "cannot be reached" in told.message
    assert as_user_error(ValueError("a bug")).__class__ is ValueError  # a bug stays a bug
    services.db.dispose()
