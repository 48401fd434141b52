"""The chair's progress view on the Panel page: each voting member, their submitted count and last activity
(counts and times, never marks), and a reminder drafted as an e-mail (.eml) naming what is missing."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
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
from panel_app.domain.times import zoned
from panel_app.services.reminders import reminder_eml

from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel, row_table


class ProgressBox(QGroupBox):
    def __init__(self, state: AppState, parent=None):
        super().__init__("Members' progress (counts only)", parent)
        self.state = state
        self.stage = "preselection"
        self.model = DictTableModel([Column("name", "Member"), Column("count", "Submitted"),
                                     Column("last", "Last mark")], self)
        self.table = QTableView(objectName="memberProgressTable")
        row_table(self.table, self.model)
        self.remind = QPushButton("Remind…", objectName="remindButton")
        self.remind.setToolTip("Write an e-mail draft (.eml) to the selected member naming what is left to score")
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
                    on_done=self._show, on_error=lambda e: self.note.setText(str(e)))

    def _show(self, loaded: tuple) -> None:
        progress, (deadline, tz) = loaded
        late = self.tr(" — late")
        self.deadline.setText(deadline_line(deadline, datetime.now(UTC), tz, sum(p.late for p in progress)))
        self.deadline.setStyleSheet("color: #a00000;" if any(p.late for p in progress) else "")
        self.model.set_rows([{"name": p.name, "count": f"{p.submitted} of {p.expected}" + (" ✓" if p.done else "")
                              + (late if p.late else ""),
                              "last": zoned(p.last_activity, tz) or "no mark yet", "_p": p} for p in progress])
        self.table.resizeColumnsToContents()
        self.remind.setEnabled(self.state.actor.role in ("chair", "secretary"))

    def _remind(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.note.setText("Select a member first.")
            return
        p = self.model.row(row)["_p"]
        if p.done:
            self.note.setText(f"{p.name} has submitted everything: no reminder needed.")
            return
        settings = QSettings()
        folder = QFileDialog.getExistingDirectory(self, "Folder for the e-mail draft",
                                                  settings.value("reminders/folder") or str(Path.home()))
        if not folder:
            return
        settings.setValue("reminders/folder", folder)
        s = self.state
        target = Path(folder) / f"reminder-{re.sub(r'[^A-Za-z0-9]+', '-', p.name).strip('-')}.eml"

        def write(data: bytes) -> None:
            target.write_bytes(data)
            self.note.setText(f"Draft written: {target}")
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        s.tasks.run(reminder_eml, s.services.marks, s.reference, s.actor, p.name, self.stage, on_done=write,
                    on_error=lambda e: show_error(self, e))
