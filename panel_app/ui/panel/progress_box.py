"""The chair's progress view on the Panel page: each voting member, their submitted count and last activity
(counts and times, never marks), and a reminder drafted as an e-mail (.eml) naming what is missing."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from panel_app.domain.scoring_deadline import deadline_line
from panel_app.services.reminders import reminder_eml
from panel_app.ui.words import error_text
from panel_app.ui.words import text as said

from ..dates import shown
from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel, row_table


class ProgressBox(QGroupBox):
    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Members' progress (counts only)"))
        self.state = state
        self.stage = "preselection"
        self.model = DictTableModel([Column("name", QT_TRANSLATE_NOOP("Headers", "Member")),
                                     Column("count", QT_TRANSLATE_NOOP("Headers", "Submitted")),
                                     Column("last", QT_TRANSLATE_NOOP("Headers", "Last mark"))], self)
        self.table = QTableView(objectName="memberProgressTable")
        row_table(self.table, self.model)
        self.remind = QPushButton(self.tr("Remind…"), objectName="remindButton")
        self.remind.setToolTip(self.tr("Write an e-mail draft (.eml) to the selected member naming what is left to "
                                       "score"))
        self.remind.clicked.connect(self._remind)
        self.note = QLabel(objectName="remindNote", wordWrap=True)
        self.deadline = QLabel(objectName="scoringDeadlineNote", wordWrap=True)
        self.deadline.setToolTip(self.tr("Set on the Procedure page (scoring deadline). A target, never a lock."))
        row = QHBoxLayout()
        row.addWidget(self.remind)
        row.addWidget(self.note, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.deadline)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self.setMaximumHeight(240)

    def refresh(self, stage: str) -> None:
        s = self.state
        self.stage = stage
        if not s.reference or s.actor.is_setup:
            return
        marks, ref, actor = s.services.marks, s.reference, s.actor
        s.tasks.run(lambda: (marks.member_progress(ref, actor, stage), marks.scoring_deadline(ref)),
                    on_done=self._show, on_error=lambda e: self.note.setText(error_text(e)))

    def _show(self, loaded: tuple) -> None:
        progress, (deadline, tz) = loaded
        late = self.tr(" — late")
        self.deadline.setText(said(deadline_line(deadline, datetime.now(UTC), tz, sum(p.late for p in progress))))
        self.deadline.setStyleSheet("color: #a00000;" if any(p.late for p in progress) else "")
        of, none = self.tr("{submitted} of {expected}"), self.tr("no mark yet")
        self.model.set_rows([{"name": p.name, "count": of.format(submitted=p.submitted, expected=p.expected)
                              + (" ✓" if p.done else "") + (late if p.late else ""),
                              "last": shown(p.last_activity, tz) or none, "_p": p} for p in progress])
        self.table.resizeColumnsToContents()
        self.remind.setEnabled(self.state.actor.role in ("chair", "secretary"))

    def _remind(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.note.setText(self.tr("Select a member first."))
            return
        p = self.model.row(row)["_p"]
        if p.done:
            self.note.setText(self.tr("{name} has submitted everything: no reminder needed.").format(name=p.name))
            return
        settings = QSettings()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the e-mail draft"),
                                                  settings.value("reminders/folder") or str(Path.home()))
        if not folder:
            return
        settings.setValue("reminders/folder", folder)
        s = self.state
        target = Path(folder) / f"reminder-{re.sub(r'[^A-Za-z0-9]+', '-', p.name).strip('-')}.eml"

        def write(data: bytes) -> None:
            target.write_bytes(data)
            self.note.setText(self.tr("Draft written: {target}").format(target=target))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        s.tasks.run(reminder_eml, s.services.marks, s.reference, s.actor, p.name, self.stage, on_done=write,
                    on_error=lambda e: show_error(self, e))
