"""Prepare invitations…: the chair (or the secretary) sets the interview's day, first time, minutes per interview,
place and/or video link and a folder; one .eml per invited candidate is written there (nothing is sent) and
recorded in the register of letters (services/letters.py). The dialog is the confirmation: it says what will be
written and for whom, and stays open with the reason when the service refuses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.errors import UserFacingError
from panel_app.services.letters import LastPlace

from ..errors import show_error
from ..state import AppState


class InvitationsDialog(QDialog):
    def __init__(self, state: AppState, prefill: LastPlace | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.batch = None
        self.setWindowTitle(self.tr("Prepare the invitation letters"))
        about = QLabel(self.tr(
            "One e-mail draft (.eml, ready to send from the panel's mailbox; nothing is sent) for each candidate the "
            "frozen and signed shortlist invites, in the language of the candidate's form (English, French or "
            "German; templates in resources/letters). Candidates get consecutive interview times in alphabetical "
            "order. Every letter is recorded in the register of letters printed in the minutes."), wordWrap=True)
        self.day = QDateEdit(QDate.currentDate().addDays(14), objectName="inviteDate", calendarPopup=True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.first = QTimeEdit(QTime(9, 30), objectName="inviteTime")
        self.first.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox(objectName="inviteMinutes", minimum=0, maximum=480, value=45)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("everyone at the same time"))
        prefill = prefill or LastPlace()
        self.place = QLineEdit(prefill.place, objectName="invitePlace")
        self.place.setPlaceholderText(self.tr("building, room, city"))
        self.video = QLineEdit(prefill.video, objectName="inviteVideo")
        self.video.setPlaceholderText("https://…")
        self.folder = QLineEdit(QSettings().value("letters/last_folder") or "", objectName="inviteFolder")
        browse = QPushButton(self.tr("Choose…"), objectName="inviteBrowse")
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Interview day"), self.day)
        form.addRow(self.tr("First interview at"), self.first)
        form.addRow(self.tr("Minutes per interview"), self.minutes)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Video link"), self.video)
        form.addRow(self.tr("Folder for the letters"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Write the letters"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("inviteOk")
        self.buttons.accepted.connect(self.prepare)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.resize(560, 380)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"),
                                                self.folder.text() or str(Path.home()))
        if path:
            self.folder.setText(path)

    def prepare(self) -> None:
        s = self.state
        from panel_app.domain.letters import InterviewPlan

        folder = self.folder.text().strip()
        try:
            if not folder:
                raise UserFacingError(self.tr("Choose the folder the letters are written to."))
            zone = s.services.procedures.settings(s.reference).timezone or "Europe/Brussels"
            plan = InterviewPlan.parse(self.day.date().toString("yyyy-MM-dd"), self.first.time().toString("HH:mm"),
                                       self.minutes.value(), self.place.text(), self.video.text(), zone)
        except UserFacingError as e:
            show_error(self, e)
            return
        self.ok.setEnabled(False)
        s.tasks.run(s.services.letters.invitations, s.reference, s.actor, plan, folder,
                    on_done=lambda op: self._done(folder, s.apply(op)), on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        show_error(self, error)

    def _done(self, folder: str, batch) -> None:
        QSettings().setValue("letters/last_folder", folder)
        self.batch = batch
        self.accept()


class InvitationsButton(QPushButton):
    """The Reports page's "Prepare invitations…" (chair and secretary); says in `status` what was written."""

    def __init__(self, state: AppState, status: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("Prepare invitations…"))
        self.setObjectName("prepareInvitations")
        self.setToolTip(self.tr("One e-mail draft per candidate invited to interview, after the freeze and every "
                                "sign-off."))
        self.state, self.status = state, status
        self.dialog: InvitationsDialog | None = None
        self.clicked.connect(self.open)
        state.actor_changed.connect(lambda a: self.setEnabled(a.role in ("chair", "secretary")))

    def open(self) -> None:
        s = self.state
        s.tasks.run(s.services.letters.last_plan, s.reference, on_done=self._show,
                    on_error=lambda e: show_error(self, e))

    def _show(self, prefill: LastPlace) -> None:
        self.dialog = InvitationsDialog(self.state, prefill, self)
        self.dialog.accepted.connect(self._written)
        self.dialog.open()

    def _written(self) -> None:
        b = self.dialog.batch if self.dialog else None
        if b is not None:
            self.status.setText(self.tr("{0} invitation letter(s) written to {1} and recorded in the register of "
                                        "letters.").format(len(b.letters), b.folder))
