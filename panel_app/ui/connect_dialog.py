"""File > Connect to a shared database…: a member opens the panel's PostgreSQL database with their own role.

Host, port, database and role are remembered in QSettings. The password never is: it goes to the system
keyring when the `keyring` package and a backend are there (and the member ticks the box), else it is asked
each time. It lives only in memory, inside the URL the open database keeps, never in a file or a log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from panel_app.domain.errors import UserFacingError
from panel_app.services import Services
from panel_app.ui.words import text as said

from .errors import show_error

log = logging.getLogger(__name__)
KEYRING_SERVICE = "panel_app"
FIELDS = ("host", "port", "database", "role")


@dataclass
class Connection:
    host: str
    port: int
    database: str
    role: str
    password: str = ""

    @property
    def account(self) -> str:
        """The keyring entry name (no secret in it)."""
        return f"{self.role}@{self.host}:{self.port}/{self.database}"

    def url(self) -> str:
        """The SQLAlchemy URL, password included: keep it in memory only."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        secret = f":{quote(self.password, safe='')}" if self.password else ""
        return f"postgresql+psycopg://{quote(self.role, safe='')}{secret}@{host}:{self.port}/{quote(self.database, safe='')}"


def keyring_backend():
    """The `keyring` module when it is installed and has a usable backend, else None (no dependency added)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # no keyring, or a broken one: ask for the password each time
        return None


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.settings = settings if settings is not None else QSettings()
        self.keyring = keyring_backend()
        self.host = QLineEdit(objectName="connectHost", placeholderText=self.tr("e.g. dbpanel.example.ec.europa.eu"))
        self.port = QSpinBox(objectName="connectPort", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit(objectName="connectDatabase", placeholderText=self.tr("e.g. panel_digit_2026_1039"))
        self.role = QLineEdit(objectName="connectRole", placeholderText=self.tr("your PostgreSQL login, from IT"))
        self.password = QLineEdit(objectName="connectPassword", echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), objectName="connectRemember")
        s = self.settings
        self.host.setText(str(s.value("connection/host", "") or ""))
        self.port.setValue(int(s.value("connection/port", 5432) or 5432))
        self.database.setText(str(s.value("connection/database", "") or ""))
        self.role.setText(str(s.value("connection/role", "") or ""))
        if self.keyring is None:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("No system keyring on this PC: the password is asked each time."))
        else:
            self.remember.setChecked(True)
            self.password.setText(self._stored_password() or "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Your own database login, as given by IT (README: 'Running a panel on several "
                           "workstations').")))
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Login (role)"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.remember)
        form.addRow(buttons)
        (self.password if self.host.text() and self.role.text() else self.host).setFocus()

    def connection(self) -> Connection:
        return Connection(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.role.text().strip(), self.password.text())

    def accept(self) -> None:
        c = self.connection()
        missing = [label for label, value in ((self.tr("server"), c.host), (self.tr("database"), c.database),
                                              (self.tr("login"), c.role)) if not value]
        if missing:
            show_error(self, UserFacingError(self.tr("Fill in the {fields}.").format(fields=", ".join(missing)),
                                             hint=self.tr("IT gives these with your login.")))
            return
        super().accept()

    def _stored_password(self) -> str | None:
        try:
            return self.keyring.get_password(KEYRING_SERVICE, self.connection().account)
        except Exception as e:
            log.warning("keyring read failed: %s", e)
            return None

    def remember_connection(self) -> None:
        """After a successful connection: the fields in QSettings, the password only in the keyring."""
        c = self.connection()
        for name in FIELDS:
            self.settings.setValue(f"connection/{name}", getattr(c, name))
        self.settings.sync()
        if self.keyring is None:
            return
        try:
            if self.remember.isChecked():
                self.keyring.set_password(KEYRING_SERVICE, c.account, c.password)
            elif self._stored_password() is not None:
                self.keyring.delete_password(KEYRING_SERVICE, c.account)
        except Exception as e:  # the connection works; only the convenience is lost
            log.warning("keyring write failed: %s", e)


def _explain(error: BaseException, c: Connection) -> BaseException:
    text = str(error)
    if "password authentication failed" in text or "no password supplied" in text:
        return UserFacingError(QCoreApplication.translate(
            "ConnectDialog", "The server {host}:{port} refused the login {role}: wrong or missing password.").format(
            host=c.host, port=c.port, role=c.role), hint=QCoreApplication.translate(
            "ConnectDialog", "Type the password again; IT can reset it. You stay on the database you had."))
    if isinstance(error, UserFacingError):
        return UserFacingError(said(error.message), hint=said(error.hint) + " " + QCoreApplication.translate(
            "ConnectDialog", "You stay on the database you had."))
    return error


def connect_to_database(window, settings: QSettings | None = None, on_done=None) -> None:
    """The File menu action: ask, open in the background, then switch the whole window to the new database.
    On an error the window stays on the database it had."""
    dlg = ConnectDialog(settings, window)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return
    c = dlg.connection()
    state = window.state
    window.statusBar().showMessage(QCoreApplication.translate(
        "ConnectDialog", "Connecting to {host}:{port}/{database} as {role}…").format(
        host=c.host, port=c.port, database=c.database, role=c.role))

    def opened(services: Services) -> None:
        dlg.remember_connection()
        switch_services(window, services)
        window.statusBar().showMessage(QCoreApplication.translate(
            "ConnectDialog", "Connected to {database} as {role}. Sign in to act.").format(
            database=services.db.display, role=c.role), 10000)
        if on_done:
            on_done(services)

    def failed(error: BaseException) -> None:
        window.statusBar().clearMessage()
        show_error(window, _explain(error, c))
        if on_done:
            on_done(error)

    state.tasks.run(Services.open, c.url(), on_done=opened, on_error=failed)


def switch_services(window, services: Services) -> None:
    """Point the application at another database: state, status bar, live feed, procedure list."""
    from .live import LiveProgress

    state = window.state
    old, state.services = state.services, services
    window.db_label.setText(services.db.display)
    for live in state.findChildren(LiveProgress):  # its change feed listens on the old database
        live.stop()
        live.start()
    window.load_procedures()
    state.tasks.run(old.db.dispose, on_error=lambda e: log.warning("closing the old database: %s", e))
