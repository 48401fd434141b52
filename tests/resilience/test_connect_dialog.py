"""File > Connect to a shared database…: a member connects with their own login and password; a wrong
password or an unreachable server is explained and the window stays where it was; the password is never
written to the settings."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from panel_app.services import Services
from panel_app.ui import connect_dialog
from panel_app.ui.app import build_window
from panel_app.ui.connect_dialog import ConnectDialog, Connection, connect_to_database
from tests.resilience.conftest import PASSWORD, free_port


class FakeKeyring:
    def __init__(self):
        self.store = {}

    def get_password(self, service, account):
        return self.store.get((service, account))

    def set_password(self, service, account, password):
        self.store[(service, account)] = password

    def delete_password(self, service, account):
        self.store.pop((service, account), None)


@pytest.fixture
def window(qtbot, sqlite_db, template_path):
    services = Services.for_db(sqlite_db)
    services.procedures.create_from_template(template_path)
    w = build_window(services)
    qtbot.addWidget(w)
    yield w
    w.state.tasks.wait()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(connect_dialog, "show_error", lambda _parent, e: shown.append(e))
    return shown


def fill(monkeypatch, qtbot, port, database, password, role="postgres"):
    """The member types into the dialog and presses OK."""
    def exec_(dlg):
        for field, text in ((dlg.host, "127.0.0.1"), (dlg.database, database), (dlg.role, role)):
            field.clear()
            qtbot.keyClicks(field, text)
        dlg.port.setValue(port)
        dlg.password.clear()
        dlg.password.insert(password)  # QTest cannot type "ä"
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(ConnectDialog, "exec", exec_)


def run(qtbot, window, settings):
    done = []
    connect_to_database(window, settings, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    return done[0]


def test_url_escapes_the_password_and_keeps_it_out_of_the_account_name():
    c = Connection("db.example", 5433, "panel db", "bob", "p@ss:/w")
    assert c.url() == "postgresql+psycopg://bob:p%40ss%3A%2Fw@db.example:5433/panel%20db"
    assert "p@ss" not in c.account


def test_member_connects_with_own_login_and_the_window_switches(qtbot, window, settings, errors, running,
                                                                monkeypatch, template_path):
    name = running.create_database(f"panel_{uuid.uuid4().hex[:8]}")
    shared = Services.open(running.url(name))
    ref = shared.procedures.create_from_template(template_path).result.reference
    shared.db.dispose()
    before = window.state.services
    fill(monkeypatch, qtbot, running.port, name, PASSWORD)
    result = run(qtbot, window, settings)
    assert not errors and isinstance(result, Services)
    assert window.state.services is result and window.state.services is not before
    assert window.db_label.text() == f"PostgreSQL 127.0.0.1:{running.port}/{name}"
    assert [window.proc_combo.itemData(i) for i in range(window.proc_combo.count())] == [ref]
    assert window.state.reference == ref and window.state.actor.is_setup  # each member then signs in
    settings.sync()
    assert (settings.value("connection/host"), int(settings.value("connection/port")),
            settings.value("connection/database"), settings.value("connection/role")) == \
        ("127.0.0.1", running.port, name, "postgres")
    raw = open(settings.fileName(), encoding="utf-8").read()
    assert "s3cret" not in raw and "p%C3%A4ssword" not in raw
    dlg = ConnectDialog(settings)  # next time: everything but the password is filled in
    assert (dlg.host.text(), dlg.port.value(), dlg.database.text(), dlg.role.text(), dlg.password.text()) == \
        ("127.0.0.1", running.port, name, "postgres", "")
    result.db.dispose()


def test_wrong_password_is_explained_and_the_old_database_stays(qtbot, window, settings, errors, running,
                                                                monkeypatch):
    before = window.state.services
    fill(monkeypatch, qtbot, running.port, "postgres", "not the password")
    run(qtbot, window, settings)
    (error,) = errors
    assert "refused the login postgres: wrong or missing password" in error.message
    assert "not the password" not in str(error)
    assert window.state.services is before and window.db_label.text().startswith("SQLite")
    assert settings.value("connection/host") is None  # nothing remembered from a failed attempt


def test_unreachable_server_is_explained(qtbot, window, settings, errors, monkeypatch):
    before = window.state.services
    fill(monkeypatch, qtbot, free_port(), "panel", "whatever")
    run(qtbot, window, settings)
    (error,) = errors
    assert "Cannot reach the database" in error.message and "whatever" not in str(error)
    assert "You stay on the database you had" in error.hint
    assert window.state.services is before


def test_password_goes_to_the_keyring_when_there_is_one(qtbot, window, settings, errors, running, monkeypatch):
    ring = FakeKeyring()
    monkeypatch.setattr(connect_dialog, "keyring_backend", lambda: ring)
    fill(monkeypatch, qtbot, running.port, "postgres", PASSWORD)
    result = run(qtbot, window, settings)
    assert not errors
    assert ring.store == {("panel_app", f"postgres@127.0.0.1:{running.port}/postgres"): PASSWORD}
    dlg = ConnectDialog(settings)
    assert dlg.remember.isChecked() and dlg.password.text() == PASSWORD
    result.db.dispose()


def test_without_a_keyring_the_box_is_disabled(monkeypatch, settings, qtbot):
    monkeypatch.setattr(connect_dialog, "keyring_backend", lambda: None)
    dlg = ConnectDialog(settings)
    qtbot.addWidget(dlg)
    assert not dlg.remember.isEnabled() and not dlg.remember.isChecked() and dlg.password.text() == ""


def test_cancel_changes_nothing(qtbot, window, settings, monkeypatch):
    before = window.state.services
    monkeypatch.setattr(ConnectDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    connect_to_database(window, settings)
    window.state.tasks.wait()
    assert window.state.services is before and settings.value("connection/host") is None
