"""File ▸ Back up… and File ▸ Restore…, and the "Back up first" choice in the confirmation of the steps with
legal weight (seal, freeze). The work runs on the DB worker (state.tasks); the services check who may.

The last backup stays named in the status bar ("Last backup: FILE at T"). Backups before a step go beside the
SQLite file, or to the folder in the settings (QSettings "backup/folder").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from panel_app.domain.audit.history import ACTIONS
from panel_app.domain.changes import Changed
from panel_app.domain.errors import UserFacingError
from panel_app.services.backup import BACKERS, BackupDone, RestoreDone
from panel_app.ui.words import text as said

from .dates import shown
from .errors import show_error
from .numbers import number
from .state import AppState

FOLDER_SETTING = "backup/folder"
LABEL = "lastBackupLabel"


def folder(state: AppState) -> Path:
    chosen = QSettings().value(FOLDER_SETTING, "")
    return Path(str(chosen)) if chosen else state.services.backup.default_folder()


def _note(parent: QWidget, state: AppState, op: Changed[BackupDone]) -> None:
    done = state.apply(op)
    label = parent.window().findChild(QLabel, LABEL)
    if label is not None:
        label.setText(QCoreApplication.translate("BackupActions", "Last backup: {file} at {time}").format(
            file=Path(done.file).name, time=shown(done.at, state.timezone)))
        label.setToolTip(QCoreApplication.translate("BackupActions", "{file}\nsha256 {sha}").format(
            file=done.file, sha=done.sha256))


def confirm_step(parent: QWidget, state: AppState, title: str, text: str) -> tuple[bool, bool]:
    """The confirmation of a step with legal weight: (go ahead, back up first). The chair and the secretary get
    a "Back up first" choice, checked by default on SQLite (a copy of a file costs seconds)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No, parent)
    box.setObjectName("legalStepBox")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    check = None
    if state.actor.role in BACKERS:
        check = QCheckBox(QCoreApplication.translate("BackupActions", "Back up first (to {folder})").format(
            folder=folder(state)))
        check.setObjectName("backupFirst")
        check.setChecked(state.services.db.is_sqlite)
        box.setCheckBox(check)
    answer = box.exec()
    return answer == QMessageBox.StandardButton.Yes, bool(check is not None and check.isChecked())


def after_backup(parent: QWidget, state: AppState, step: str, first: bool, action: Callable[[], None]) -> None:
    """Run `action` (the step), after a timestamped backup when `first`; a failed backup stops the step."""
    if not first:
        action()
        return

    def backed_up(op: Changed[BackupDone]) -> None:
        _note(parent, state, op)
        action()

    def failed(error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            error = UserFacingError(QCoreApplication.translate(
                "BackupActions", "Not done: the backup before it failed. {problem}").format(
                problem=said(error.message)), hint=said(error.hint) if error.hint else None)
        show_error(parent, error)

    state.tasks.run(state.services.backup.before_step, state.reference, state.actor, step, folder(state),
                    on_done=backed_up, on_error=failed)


class BackupActions(QObject):
    def __init__(self, window: QMainWindow, state: AppState):
        super().__init__(window)
        self.window, self.state = window, state
        self.label = QLabel(objectName=LABEL)
        window.statusBar().addWidget(self.label)

    def _ready(self) -> bool:
        if not self.state.reference:
            show_error(self.window, UserFacingError(self.tr("Open a procedure first.")))
            return False
        return True

    def _filter(self) -> str:
        return (self.tr("SQLite backup (*.sqlite);;All files (*)") if self.state.services.db.is_sqlite
                else self.tr("PostgreSQL archive (*.dump);;All files (*)"))

    def backup(self) -> None:
        if not self._ready():
            return
        s = self.state
        ext = ".sqlite" if s.services.db.is_sqlite else ".dump"
        default = folder(s) / f"panel_app-backup-{datetime.now(UTC):%Y%m%dT%H%M%SZ}{ext}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"), str(default),
                                              self._filter())
        if not path:
            return
        s.tasks.run(s.services.backup.backup, s.reference, s.actor, path, on_done=self._backed_up,
                    on_error=lambda e: show_error(self.window, e))

    def _backed_up(self, op: Changed[BackupDone]) -> None:
        done = op.result
        _note(self.window, self.state, op)
        QMessageBox.information(self.window, self.tr("Backed up"), self.tr(
            "The whole database is copied to {file} ({size} bytes, sha256 {sha}). The backup is recorded in the "
            "audit record.").format(file=done.file, size=number(done.bytes, ","), sha=done.sha256))

    def restore(self) -> None:
        s = self.state
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore a backup"), str(folder(s)),
                                              self._filter())
        if not path:
            return
        s.tasks.run(s.services.backup.describe, path, on_done=self._ask,
                    on_error=lambda e: show_error(self.window, e))

    def description(self, d) -> str:
        c, tz = d.contents, self.state.timezone
        lines = [self.tr("{file}: {size} bytes, intact, schema {revision}.").format(
            file=Path(d.file).name, size=number(d.bytes, ","), revision=c.revision or "?")]
        lines.append(self.tr("Backup taken: {time}.").format(time=shown(c.taken_at, tz, seconds=True))
                     if c.taken_at else self.tr("Backup taken: not recorded in the file."))
        sep = QCoreApplication.translate("Words", "; ")
        lines.append(self.tr("Procedures: {list}.").format(list=sep.join(f"{r} — {t}" for r, t in c.procedures)
                                                           or self.tr("none")))
        e = c.last_event
        lines.append(self.tr("Last audit event: {action} by {actor} at {time}.").format(
            action=QCoreApplication.translate("Words", ACTIONS.get(e.action, e.action)), actor=e.actor, time=shown(e.at, tz, seconds=True)) if e
            else self.tr("Last audit event: none."))
        return "\n".join(lines)

    def question(self, d) -> str:
        """What the restore asks before it replaces anything: the backup described, then the question."""
        return self.description(d) + "\n\n" + self.tr(
            "Replace the whole database ({db}) with this backup? Every workstation then sees the backup's data; "
            "what was changed since it was taken is lost. The restore is recorded in the audit record, and "
            "everyone signs in again.").format(db=self.state.services.db.display)

    def _ask(self, d) -> None:
        s = self.state
        if QMessageBox.question(self.window, self.tr("Restore a backup"), self.question(d)) \
                != QMessageBox.StandardButton.Yes:
            self.window.statusBar().showMessage(self.tr("Not restored: nothing was changed."), 10_000)
            return
        s.tasks.run(s.services.backup.restore, s.reference, s.actor, d.file, on_done=self._restored,
                    on_error=lambda e: show_error(self.window, e))

    def _restored(self, op: Changed[RestoreDone]) -> None:
        out = op.result
        load = getattr(self.window, "load_procedures", None)
        if load is not None:  # every page reloads; nobody is signed in until they sign in again
            kept = self.state.reference in [r for r, _t in out.description.contents.procedures]
            load(self.state.reference if kept else None)
        self.state.apply(op)
        QMessageBox.information(self.window, self.tr("Restored"), self.tr(
            "The database is restored from {file}. The restore is recorded in the audit record.\n{audit}\n"
            "Sign in again.").format(file=out.description.file, audit="\n".join(said(line) for line in out.verified)))


def install(menu: QMenu, window: QMainWindow, state: AppState) -> BackupActions:
    """Add File ▸ Back up… and File ▸ Restore… to `menu` (before its last separator)."""
    actions = BackupActions(window, state)
    back = QAction(QCoreApplication.translate("BackupActions", "&Back up…"), window, objectName="backupAction",
                   triggered=actions.backup)
    rest = QAction(QCoreApplication.translate("BackupActions", "&Restore…"), window, objectName="restoreAction",
                   triggered=actions.restore)
    before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
    menu.insertActions(before, [back, rest])
    window.backup_actions = actions
    return actions
