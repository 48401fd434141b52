"""File › Offline packages: a member scores on a laptop without the panel's database (services/packages.py).

The chair exports one member's package and later imports the member's signed return; on the laptop the member
opens the package into a database of its own and writes the return. Each step is one small form; every refusal
(wrong passphrase, altered file, out-of-date return, …) is shown in words by show_error, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QMessageBox,
)

from panel_app.domain.changes import Changed
from panel_app.domain.errors import UserFacingError
from panel_app.services.packages import PackageWritten, ReturnMerged, ReturnWritten

from .errors import show_error
from .package_form import PackageForm

PACKAGES = "Offline packages (*.panelpkg)"
RETURNS = "Return files (*.panelret)"
translate = QCoreApplication.translate  # lupdate reads translate("PackageActions", "…") calls


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
        m.name
        for m in s.services.members.list(s.reference)
        if m.voting and m.active and m.role in ("chair", "member")
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

    def run() -> Changed[PackageWritten]:
        op = s.services.packages.export(s.reference, s.actor, member, passphrase)
        data, out = op.result
        _write(path, data)
        return Changed(out, op.changes)

    def written(op: Changed[PackageWritten]) -> None:
        out = s.apply(op)
        _done(
            window,
            translate("PackageActions", "Package written"),
            translate(
                "PackageActions",
                "Wrote {path}: {n} candidates for {member} (grid {grid}…). Hand the passphrase over separately.",
            ).format(path=path, n=out.candidates, member=out.member, grid=out.grid_hash[:12]),
        )

    s.tasks.run(run, on_done=written, on_error=lambda e: show_error(window, e))


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

    def merged(op: Changed[ReturnMerged]) -> None:
        out = s.apply(op)
        _done(
            window,
            translate("PackageActions", "Return imported"),
            translate(
                "PackageActions",
                "{member}: signature and grid verified; {merged} assessments merged, {same} already there, "
                "{decl} declarations added.",
            ).format(
                member=out.member, merged=out.merged, same=out.unchanged, decl=out.declarations
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
            # a new database: the window switches to it and every page loads it (no notice to broadcast here)
            return services, services.packages.open(data, passphrase, password).result
        except BaseException:
            services.db.dispose()
            Path(database).unlink(missing_ok=True)  # nothing is left behind by a refused package
            raise

    def opened(result: tuple) -> None:
        services, out = result
        switch_services(window, services)
        window.load_procedures(out.reference)
        _done(
            window,
            translate("PackageActions", "Package opened"),
            translate(
                "PackageActions",
                "Opened {ref} for {member}: {n} candidates, in {db}. Sign in as {member} with {password}, sign the "
                "declaration, score, then File › Offline packages › Write my return.",
            ).format(
                ref=out.reference,
                member=out.member,
                n=out.candidates,
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

    def run() -> ReturnWritten:
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
            ).format(path=path, n=out.submitted, member=out.member),
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
