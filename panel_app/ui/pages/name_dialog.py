"""Correcting the candidate's name the machine read from the form or the mail header."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from panel_app.services.edits import CandidateEdit


class NameDialog(QDialog):
    def __init__(self, email: str, surname: str, first_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the candidate's name"))
        self.surname = QLineEdit(surname, objectName="surnameEdit")
        self.first_name = QLineEdit(first_name, objectName="firstNameEdit")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Candidate {email}. The correction is recorded in the audit trail.").format(
            email=email)))
        form.addRow(self.tr("Surname"), self.surname)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(buttons)

    def edit(self) -> CandidateEdit:
        return CandidateEdit(surname=self.surname.text().strip(), first_name=self.first_name.text().strip())
