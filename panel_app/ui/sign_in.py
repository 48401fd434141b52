"""Sign-in dialog: who is acting (member and password)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class SignInDialog(QDialog):
    def __init__(self, reference: str, members: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Sign in — {reference}")
        self.who = QComboBox(objectName="signInName")
        for m in members:
            if m["active"]:
                self.who.addItem(f"{m['name']} ({m['role']})", m["name"])
        self.password = QLineEdit(objectName="signInPassword", echoMode=QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel("Every action is recorded under your name."))
        form.addRow("Member", self.who)
        form.addRow("Password", self.password)
        form.addRow(buttons)

    def credentials(self) -> tuple[str, str]:
        return self.who.currentData(), self.password.text()
