"""File ▸ Archive procedure…, Open archive…, Close procedure…, Legal holds… and the read-only banner (issue 20).

Each step with legal weight asks for its reason and a confirmation that says what will happen, runs on the DB
worker (state.tasks), and says that it happened. An archive opens in a window of its own, after verification,
on a private copy with every write refused; a closed procedure shows the same banner.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import UserFacingError

from .errors import show_error
from .numbers import number
from .state import AppState
from .words import text as said

if TYPE_CHECKING:
    from panel_app.services.archive import ArchiveResult
    from panel_app.services.lifecycle import Lifecycle


class ReadOnlyBanner(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="readOnlyBanner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#readOnlyBanner { background: #e2e3f3; color: #1f2466; border: 1px solid #8c91c9;"
                           " padding: 6px 10px; font-weight: bold; }")
        self.hide()

    def say(self, text: str | None) -> None:
        if text:
            self.setText(text)
            self.show()
        else:
            self.hide()


class RecordsActions(QObject):
    def __init__(self, state: AppState, window: QWidget, banner: ReadOnlyBanner, archive_name: str | None = None):
        super().__init__(window)
        self.state, self.window, self.banner, self.archive_name = state, window, banner, archive_name
        self.archive_windows: list = []
        state.procedure_changed.connect(lambda _ref: self.refresh_banner())
        state.subscribe({Change.LIFECYCLE}, lambda _k: self.refresh_banner())

    # ------------------------------------------------------------------------------------------ banner
    def refresh_banner(self) -> None:
        if self.archive_name:
            self.banner.say(self.tr("ARCHIVE, READ-ONLY: {0} ({1}), verified against its manifest and its audit "
                                    "chain. Nothing can be changed here.").format(self.archive_name,
                                                                                 self.state.reference or ""))
            return
        ref = self.state.reference
        if not ref:
            self.banner.say(None)
            return
        st = self.state.services.lifecycle.state(ref)
        self.banner.say(self.tr("{0} is CLOSED (by {1} on {2}: {3}). It is read-only: nothing can be changed."
                                ).format(ref, st.closed_by, st.closed_at, st.close_reason) if st.closed else None)

    def _ready(self) -> bool:
        if not self.state.reference:
            show_error(self.window, UserFacingError(self.tr("Open a procedure first.")))
            return False
        return True

    # ------------------------------------------------------------------------------------------ archive
    def archive(self) -> None:
        if not self._ready():
            return
        s = self.state
        default = Path.home() / (re.sub(r"[^\w.-]+", "-", s.reference).strip("-") + ".panelarchive")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Archive procedure"), str(default),
                                              self.tr("panel_app archive (*.panelarchive)"))
        if not path:
            return
        s.tasks.run(s.services.archive.write, s.reference, s.actor, path, on_done=self._archived,
                    on_error=lambda e: show_error(self.window, e))

    def _archived(self, op: Changed[ArchiveResult]) -> None:
        out = self.state.apply(op)
        absent = "".join(f"\n• {k}: {why}" for k, why in out.absent_reports.items())
        QMessageBox.information(self.window, self.tr("Procedure archived"),
                                self.tr("Wrote {0} ({1} bytes).\nReports: {2}.\n{3}").format(
                                    out.file, number(out.bytes, ","), ", ".join(out.reports), said(out.audit))
                                + (self.tr("\n\nNot included:") + absent if absent else ""))

    def open_archive(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open archive"), str(Path.home()),
                                                  self.tr("panel_app archive (*.panelarchive);;All files (*)"))
        if not path:
            return
        from panel_app.services.archive_read import open_read_only

        self.state.tasks.run(open_read_only, path, on_done=lambda r: self._show_archive(r, path),
                             on_error=lambda e: show_error(self.window, e))

    def _show_archive(self, opened, path: str) -> None:
        services, ref = opened
        w = archive_window(services, ref, Path(path).name)
        self.archive_windows.append(w)
        w.show()

    # ------------------------------------------------------------------------------------------ close
    def close_procedure(self) -> None:
        if not self._ready():
            return
        s = self.state
        reason, ok = QInputDialog.getText(self.window, self.tr("Close procedure"),
                                          self.tr("Reason for closing {0} (recorded in the audit trail):")
                                          .format(s.reference))
        if not ok:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Close procedure"),
            self.tr("Close {0}? It becomes read-only: no mark, decision, member or setting can change after. "
                    "Its archive must hold its current state.").format(s.reference))
        if answer != QMessageBox.StandardButton.Yes:
            return
        s.tasks.run(s.services.lifecycle.close, s.reference, s.actor, reason, on_done=self._closed,
                    on_error=lambda e: show_error(self.window, e))

    def _closed(self, op: Changed[Lifecycle]) -> None:
        st = self.state.apply(op)
        QMessageBox.information(self.window, self.tr("Procedure closed"),
                                self.tr("{0} was closed by {1} on {2}. It is read-only from now on.").format(
                                    st.reference, st.closed_by, st.closed_at))

    # ------------------------------------------------------------------------------------------ holds
    def holds(self) -> None:
        if not self._ready():
            return
        from .holds_dialog import HoldsDialog

        dlg = HoldsDialog(self.state, self.window)
        self.holds_dialog = dlg
        dlg.open()


def archive_window(services, reference: str, name: str):
    """A main window on an opened archive: signed in as its chair (to read everything), every write refused."""
    from panel_app.services.archive_read import reader

    from .app import build_window

    w = build_window(services, reference, title=QCoreApplication.translate(
        "ArchiveWindow", "panel_app ARCHIVE (read-only) — {0}").format(name))
    actor = reader(services, reference)
    if actor is not None:
        w.state.set_actor(actor)
    w.records.archive_name = name
    w.records.refresh_banner()
    return w


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordsActions", text)


def install(window, state: AppState, archive_name: str | None = None) -> RecordsActions:
    """The banner above the pages and the File menu's records actions."""
    banner = ReadOnlyBanner()
    window.centralWidget().layout().insertWidget(0, banner)
    actions = RecordsActions(state, window, banner, archive_name)
    file_menu = window.menuBar().actions()[0].menu()
    before = next((a for a in reversed(file_menu.actions()) if a.isSeparator()), None)  # the one above Quit
    for text, slot, name in ((_t("&Archive procedure…"), actions.archive, "archiveProcedure"),
                             (_t("&Open archive (read-only)…"), actions.open_archive, "openArchive"),
                             (_t("C&lose procedure…"), actions.close_procedure, "closeProcedure"),
                             (_t("&Legal holds…"), actions.holds, "legalHolds")):
        act = QAction(text, window, objectName=name)
        act.triggered.connect(lambda _checked=False, f=slot: f())
        file_menu.insertAction(before, act)
    file_menu.insertSeparator(file_menu.actions()[-5] if before is None else before)
    return actions
