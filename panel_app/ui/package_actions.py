"""File › Offline packages: a member scores on a laptop without the panel's database (services/packages.py).

The chair exports one member's package and later imports the member's signed return; on the laptop the member
opens the package into a database of its own and writes the return. Each step is one small form; every refusal
(wrong passphrase, altered file, out-of-date return, …) is shown in words by show_error, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from panel_app.domain.changes import Change
from panel_app.domain.errors import UserFacingError

from .errors import show_error

PACKAGES = "Offline packages (*.panelpkg)"
RETURNS = "Return files (*.panelret)"
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


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise UserFacingError(
            translate("PackageActions", "Cannot read {path}: {why}.").format(path=path, why=e.strerror)
        ) from None


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as e:
        raise UserFacingError(
            translate("PackageActions", "Cannot write {path}: {why}.").format(path=path, why=e.strerror),
            hint=translate("PackageActions", "Choose another folder."),
        ) from None


def _answered(window, dlg: PackageForm) -> bool:
    window.package_form = dlg  # kept: the tests (and a screen reader) reach the open form
    return dlg.exec() == QDialog.DialogCode.Accepted


def _ready(window) -> bool:
    if not window.state.reference:
        QMessageBox.information(
            window,
            translate("PackageActions", "Offline packages"),
            translate("PackageActions", "Open or start a procedure first."),
        )
        return False
    return True


def _done(window, title: str, text: str) -> None:
    window.statusBar().showMessage(text, 15000)
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    box.setObjectName("packageDoneBox")
    window.package_result = box
    box.open()


def export_package(window) -> None:
    """(chair) One member's package: the sealed grid and the member's candidates, encrypted."""
    if not _ready(window):
        return
    s = window.state
    scorers = [
        m["name"]
        for m in s.services.members.list(s.reference)
        if m["voting"] and m["active"] and m["role"] in ("chair", "member")
    ]
    dlg = PackageForm(
        translate("PackageActions", "Export an offline package"),
        window,
        file_filter=PACKAGES,
        save=True,
        members=scorers,
        choose_passphrase=True,
    )
    if not _answered(window, dlg):
        return
    path = dlg.file.text().strip()
    member, passphrase = dlg.member.currentText(), dlg.passphrase.text()

    def run() -> dict:
        data, out = s.services.packages.export(s.reference, s.actor, member, passphrase)
        _write(path, data)
        return out

    s.tasks.run(
        run,
        on_done=lambda out: _done(
            window,
            translate("PackageActions", "Package written"),
            translate(
                "PackageActions",
                "Wrote {path}: {n} candidates for {member} (grid {grid}…). Hand the passphrase over separately.",
            ).format(path=path, n=out["candidates"], member=out["member"], grid=out["grid_hash"][:12]),
        ),
        on_error=lambda e: show_error(window, e),
    )


def import_return(window) -> None:
    """(chair) Verify a member's signed return and merge the submitted marks."""
    if not _ready(window):
        return
    s = window.state
    dlg = PackageForm(
        translate("PackageActions", "Import a member's return"), window, file_filter=RETURNS, save=False
    )
    if not _answered(window, dlg):
        return
    path, passphrase = dlg.file.text().strip(), dlg.passphrase.text()

    def merged(out: dict) -> None:
        s.changed(Change.SCORES)
        _done(
            window,
            translate("PackageActions", "Return imported"),
            translate(
                "PackageActions",
                "{member}: signature and grid verified; {merged} assessments merged, {same} already there, "
                "{decl} declarations added.",
            ).format(
                member=out["member"], merged=out["merged"], same=out["unchanged"], decl=out["declarations"]
            ),
        )

    s.tasks.run(
        lambda: s.services.packages.import_return(s.reference, s.actor, _read(path), passphrase),
        on_done=merged,
        on_error=lambda e: show_error(window, e),
    )


def open_package(window) -> None:
    """(member, on the laptop) Open the package into a new database of its own and switch the window to it."""
    from panel_app.services import Services

    from .connect_dialog import switch_services

    s = window.state
    dlg = PackageForm(
        translate("PackageActions", "Open an offline package on this laptop"),
        window,
        file_filter=PACKAGES,
        save=False,
        opening=True,
    )
    if not _answered(window, dlg):
        return
    path, passphrase = dlg.file.text().strip(), dlg.passphrase.text()
    database, password = dlg.database.text().strip(), dlg.new_password.text() or None

    def run() -> tuple:
        data = _read(path)
        services = Services.open(f"sqlite:///{database}")
        try:
            return services, services.packages.open(data, passphrase, password)
        except BaseException:
            services.db.dispose()
            Path(database).unlink(missing_ok=True)  # nothing is left behind by a refused package
            raise

    def opened(result: tuple) -> None:
        services, out = result
        switch_services(window, services)
        window.load_procedures(out["reference"])
        _done(
            window,
            translate("PackageActions", "Package opened"),
            translate(
                "PackageActions",
                "Opened {ref} for {member}: {n} candidates, in {db}. Sign in as {member} with {password}, sign the "
                "declaration, score, then File › Offline packages › Write my return.",
            ).format(
                ref=out["reference"],
                member=out["member"],
                n=out["candidates"],
                db=database,
                password=translate("PackageActions", "your own password")
                if password
                else translate("PackageActions", "the passphrase"),
            ),
        )

    s.tasks.run(run, on_done=opened, on_error=lambda e: show_error(window, e))


def write_return(window) -> None:
    """(member, on the laptop) The submitted assessments, signed, for the chair."""
    if not _ready(window):
        return
    s = window.state
    if s.actor.is_setup:
        QMessageBox.information(
            window,
            translate("PackageActions", "Offline packages"),
            translate("PackageActions", "Sign in first: the return holds your marks."),
        )
        return
    dlg = PackageForm(
        translate("PackageActions", "Write my return for the chair"), window, file_filter=RETURNS, save=True
    )
    if not _answered(window, dlg):
        return
    path, passphrase = dlg.file.text().strip(), dlg.passphrase.text()

    def run() -> dict:
        data, out = s.services.packages.make_return(s.reference, s.actor, passphrase)
        _write(path, data)
        return out

    s.tasks.run(
        run,
        on_done=lambda out: _done(
            window,
            translate("PackageActions", "Return written"),
            translate(
                "PackageActions",
                "Wrote {path}: {n} submitted assessments of {member}, signed. Send it to the chair; the passphrase "
                "stays separate.",
            ).format(path=path, n=out["submitted"], member=out["member"]),
        ),
        on_error=lambda e: show_error(window, e),
    )


def install(file_menu: QMenu, window) -> QMenu:
    sub = file_menu.addMenu(translate("PackageActions", "Offline &packages"))
    sub.setObjectName("offlinePackagesMenu")
    for text, slot, tip in (
        (
            translate("PackageActions", "&Export a package for a member…"),
            export_package,
            translate(
                "PackageActions",
                "(chair) The sealed grid and one member's candidates, encrypted, for scoring away from the "
                "panel's database",
            ),
        ),
        (
            translate("PackageActions", "&Import a member's return…"),
            import_return,
            translate(
                "PackageActions", "(chair) Verify the member's signed return and merge the submitted marks"
            ),
        ),
        (
            translate("PackageActions", "&Open a package on this laptop…"),
            open_package,
            translate(
                "PackageActions", "(member) Open your package into a database of its own on this laptop"
            ),
        ),
        (
            translate("PackageActions", "&Write my return for the chair…"),
            write_return,
            translate("PackageActions", "(member) Your submitted marks, signed, in a file for the chair"),
        ),
    ):
        action = QAction(text, window, triggered=lambda _c=False, f=slot: f(window))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        sub.addAction(action)
    return sub
