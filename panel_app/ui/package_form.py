"""The small form of each offline-package step (ui/package_actions.py): a member, a file, the passphrase (twice
when it is chosen), and on a laptop the database to create and the member's own password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

DATABASES = "panel_app database (*.sqlite)"
translate = QCoreApplication.translate  # lupdate reads translate("PackageActions", "…") calls


class PackageForm(QDialog):
    """The fields a step needs: a member, a file, the passphrase (twice when it is chosen), a local database
    and the member's own new password when a package is opened."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None,
        *,
        file_filter: str,
        save: bool,
        members: list[str] | None = None,
        choose_passphrase: bool = False,
        opening: bool = False,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save, self.file_filter = save, file_filter
        self.member = QComboBox(objectName="packageMember")
        for name in members or []:
            self.member.addItem(name)
        self.file = QLineEdit(objectName="packageFile")
        self.passphrase = QLineEdit(objectName="packagePassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="packagePassphraseAgain", echoMode=QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit(objectName="packageNewPassword", echoMode=QLineEdit.EchoMode.Password)
        self.database = QLineEdit(objectName="packageDatabase")
        self.note = QLabel(objectName="packageNote", wordWrap=True)
        form = QFormLayout(self)
        if members is not None:
            form.addRow(translate("PackageActions", "Member"), self.member)
        form.addRow(translate("PackageActions", "File"), self._with_browse(self.file, self._browse_file))
        form.addRow(translate("PackageActions", "Passphrase"), self.passphrase)
        self.passphrase.setToolTip(
            translate(
                "PackageActions",
                "At least 8 characters; hand it over separately from the file (by phone, "
                "not in the same e-mail).",
            )
        )
        if choose_passphrase:
            form.addRow(translate("PackageActions", "Passphrase again"), self.again)
        if opening:
            form.addRow(
                translate("PackageActions", "Database on this laptop"),
                self._with_browse(self.database, self._browse_database),
            )
            form.addRow(translate("PackageActions", "Your own password (optional)"), self.new_password)
            self.new_password.setToolTip(
                translate(
                    "PackageActions", "You sign in here with it; left empty, you sign in with the passphrase."
                )
            )
        self.choose_passphrase, self.opening = choose_passphrase, opening
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _with_browse(edit: QLineEdit, browse) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(translate("PackageActions", "Browse…"))
        button.clicked.connect(browse)
        row.addWidget(button)
        return box

    def _browse_file(self) -> None:
        folder = str(QSettings().value("packages/folder") or Path.home())
        pick = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        path, _ = pick(self, self.windowTitle(), folder, self.file_filter)
        if path:
            self.file.setText(path)

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("PackageActions", "Database on this laptop"), str(Path.home()), DATABASES
        )
        if path:
            self.database.setText(path)

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.note.setText(problem)
            return
        QSettings().setValue("packages/folder", str(Path(self.file.text().strip()).parent))
        super().accept()

    def problem(self) -> str:
        path = self.file.text().strip()
        if not path:
            return translate("PackageActions", "Choose the file.")
        if not self.save and not Path(path).is_file():
            return translate("PackageActions", "There is no file {path}.").format(path=path)
        if len(self.passphrase.text()) < 8:
            return translate("PackageActions", "The passphrase has at least 8 characters.")
        if self.choose_passphrase and self.again.text() != self.passphrase.text():
            return translate("PackageActions", "The two passphrases differ.")
        if self.opening:
            db = self.database.text().strip()
            if not db:
                return translate("PackageActions", "Choose where the database on this laptop goes.")
            if Path(db).exists() and Path(db).stat().st_size > 0:
                return translate(
                    "PackageActions",
                    "{path} already exists: choose a new file, so that nothing is overwritten.",
                ).format(path=db)
        return ""
