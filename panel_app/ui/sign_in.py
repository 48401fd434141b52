"""Sign-in and passwords in the app: who is acting, changing one's own password (with the current one), and
the new password a member must choose after the chair reset theirs.

Every database call and the password check (argon2, and the database's wrong-password count) run on the DB
worker thread (ui/tasks.py), so the window never freezes while they run; the results come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from panel_app.domain.changes import Changed
from panel_app.domain.errors import PasswordChangeRequired
from panel_app.services.members import MemberInfo

from .errors import show_error


def _password_field(name: str) -> QLineEdit:
    return QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password)


class SignInDialog(QDialog):
    def __init__(self, reference: str, members: list[MemberInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in — {reference}").format(reference=reference))
        self.who = QComboBox(objectName="signInName")
        for m in members:
            if m.active:
                self.who.addItem(f"{m.name} ({m.role})", m.name)
        self.password = _password_field("signInPassword")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Every action is recorded under your name.")))
        form.addRow(self.tr("Member"), self.who)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(buttons)

    def credentials(self) -> tuple[str, str]:
        return self.who.currentData(), self.password.text()


class PasswordDialog(QDialog):
    """A new password typed twice; with `ask_current`, the current one first (issue 18 item 11)."""

    def __init__(self, title: str, intro: str, *, ask_current: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = _password_field("currentPassword") if ask_current else None
        self.new = _password_field("newPassword")
        self.again = _password_field("newPasswordAgain")
        self.problem = QLabel("", objectName="passwordProblem")
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(intro, wordWrap=True))
        if self.current is not None:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password (8 characters or more)"), self.new)
        form.addRow(self.tr("The new password again"), self.again)
        form.addRow(self.problem)
        form.addRow(buttons)

    def _check(self) -> None:
        if len(self.new.text()) < 8:
            self.problem.setText(self.tr("The new password needs at least 8 characters."))
        elif self.new.text() != self.again.text():
            self.problem.setText(self.tr("The two new passwords differ."))
        elif self.current is not None and not self.current.text():
            self.problem.setText(self.tr("Type your current password."))
        else:
            self.accept()

    def values(self) -> tuple[str, str]:
        return (self.current.text() if self.current is not None else ""), self.new.text()


def sign_in(window) -> None:
    """File › Sign in…: the panel read on the DB worker, the dialog, then the check (argon2 and the database's
    wrong-password count) on the DB worker too; a reset password is replaced first."""
    s = window.state
    if not s.reference:
        return
    s.tasks.run(s.services.members.list, s.reference, on_done=lambda members: _ask(window, members),
                on_error=lambda e: show_error(window, e))


def _ask(window, members: list[MemberInfo]) -> None:
    s = window.state
    if not members:
        QMessageBox.information(window, QCoreApplication.translate("SignIn", "Sign in"), QCoreApplication.translate("SignIn", "This procedure has no panel members yet. Add the chair first "
                                "on the Procedure page."))
        return
    dlg = SignInDialog(s.reference, members, window)
    if not dlg.exec():
        return
    name, password = dlg.credentials()

    def failed(e: BaseException) -> None:
        if isinstance(e, PasswordChangeRequired):
            _replace_reset_password(window, name, password)
        else:
            show_error(window, e)

    s.tasks.run(s.services.members.sign_in, s.reference, name, password, on_done=s.set_actor, on_error=failed)


def _replace_reset_password(window, name: str, given: str) -> None:
    s = window.state
    dlg = PasswordDialog(QCoreApplication.translate("SignIn", "Choose your password"), QCoreApplication.translate(
        "SignIn", "The chair reset the password of {name}. Choose your own now; nobody else will know it.").format(
        name=name), ask_current=False, parent=window)
    if not dlg.exec():
        return
    _current, new = dlg.values()

    def changed(op: Changed[MemberInfo]) -> None:
        s.apply(op)
        s.tasks.run(s.services.members.sign_in, s.reference, name, new, on_done=s.set_actor,
                    on_error=lambda e: show_error(window, e))
        window.statusBar().showMessage(QCoreApplication.translate("SignIn", "Password changed."), 5000)

    s.tasks.run(s.services.members.change_password, s.reference, name, given, new, on_done=changed,
                on_error=lambda e: show_error(window, e))


def change_password(window, on_done: Callable[[dict], None] | None = None) -> None:
    """File › Change my password…: the current password, then the new one twice."""
    s = window.state
    if s.actor.is_setup or not s.reference:
        QMessageBox.information(window, QCoreApplication.translate("SignIn", "Change my password"),
                                QCoreApplication.translate("SignIn", "Sign in first."))
        return
    dlg = PasswordDialog(QCoreApplication.translate("SignIn", "Change my password"), QCoreApplication.translate(
        "SignIn", "A new password for {name}.").format(name=s.actor.name), ask_current=True, parent=window)
    if not dlg.exec():
        return
    current, new = dlg.values()

    def done(op: Changed[MemberInfo]) -> None:
        s.apply(op)
        window.statusBar().showMessage(QCoreApplication.translate("SignIn", "Password changed."), 5000)
        if on_done is not None:
            on_done(op.result)

    s.tasks.run(s.services.members.change_password, s.reference, s.actor.name, current, new, on_done=done,
                on_error=lambda e: show_error(window, e))
