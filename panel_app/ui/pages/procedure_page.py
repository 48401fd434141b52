"""Procedure page: the notice's settings (reference, deadline in its zone, mailbox, marking, underrepresented
Member States) and the panel's composition."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.amendments import AmendmentNeedsReason
from panel_app.domain.changes import Change, Changed
from panel_app.domain.reference import member_states
from panel_app.domain.report_language import LANGUAGES as REPORT_LANGUAGES
from panel_app.services.edits import SettingsEdit
from panel_app.services.procedures import ProcedureSettings

from .. import i18n, words
from ..dates import shown
from ..errors import show_error
from ..state import AppState
from .members_panel import MembersPanel
from .scoring_gate_box import ScoringGateBox
from .shown_refresh import RefreshWhenShown

ZONES = ["Europe/Brussels", "Europe/Luxembourg", "Europe/Paris", "Europe/Berlin", "Europe/Rome", "Europe/Madrid",
         "Europe/Athens", "Europe/Sofia", "Europe/Helsinki", "Europe/Lisbon", "Europe/Dublin", "UTC"]


class ProcedurePage(RefreshWhenShown, QWidget):
    title = "Procedure"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.settings: ProcedureSettings | None = None
        self.reference = QLineEdit(objectName="reference")
        self.title_edit = QLineEdit(objectName="title")
        self.grade = QLineEdit(objectName="grade")
        self.mailbox = QLineEdit(objectName="mailbox")
        self.deadline = QDateTimeEdit(objectName="deadline", calendarPopup=True, displayFormat="dd.MM.yyyy HH:mm:ss")
        self.zone = QComboBox(objectName="timezone", editable=True)
        self.zone.addItems(ZONES)
        self.deadline_utc = QLabel(objectName="deadlineUtc")
        self.scoring_deadline_set = QCheckBox(self.tr("Set"), objectName="scoringDeadlineSet")
        self.scoring_deadline_set.setToolTip(self.tr("A date by which the members should have submitted; the "
                                                     "progress view and the reminders name it. Never a lock."))
        self.scoring_deadline = QDateTimeEdit(objectName="scoringDeadline", calendarPopup=True,
                                              displayFormat="dd.MM.yyyy HH:mm")
        self.scoring_deadline.setEnabled(False)
        self.scoring_deadline_set.toggled.connect(self.scoring_deadline.setEnabled)
        self.marking = QLineEdit(objectName="confidentiality")
        self.report_language = QComboBox(objectName="reportLanguage")
        for code, name in REPORT_LANGUAGES.items():  # the reports are the official record: English by default
            self.report_language.addItem(i18n.LANGUAGES.get(code, name), code)
        self.report_language.setToolTip(self.tr(
            "The language of this procedure's reports and exports (PDF, XLSX): their titles, tables, statements and "
            "dates. The reports are the panel's official record: English unless the procedure sets another."))
        self.under = QListWidget(objectName="underrepresented")
        for ms in member_states():
            item = QListWidgetItem(f"{ms.code} — {words.country(ms.code)}")
            item.setData(Qt.ItemDataRole.UserRole, ms.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.under.addItem(item)
        self.save = QPushButton(self.tr("Save settings"), objectName="saveSettings")
        self.save.setToolTip(self.tr("Save the notice's settings; after the seal, a change of the deadline, the zone "
                                     "or the reference is an amendment and asks for its reason"))
        self.save.clicked.connect(lambda: self._save())
        self.saved = QLabel(objectName="settingsSaved", wordWrap=True)
        self.deadline.dateTimeChanged.connect(self._show_utc)
        self.zone.currentTextChanged.connect(self._show_utc)

        form = QFormLayout()
        form.addRow(self.tr("Selection reference"), self.reference)
        form.addRow(self.tr("Post"), self.title_edit)
        form.addRow(self.tr("Grade"), self.grade)
        form.addRow(self.tr("Functional mailbox"), self.mailbox)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.deadline)
        zone_row.addWidget(self.zone)
        form.addRow(self.tr("Deadline (local time)"), zone_row)
        form.addRow("", self.deadline_utc)
        scoring_row = QHBoxLayout()
        scoring_row.addWidget(self.scoring_deadline_set)
        scoring_row.addWidget(self.scoring_deadline, 1)
        form.addRow(self.tr("Scoring deadline (same zone)"), scoring_row)
        form.addRow(self.tr("Confidentiality marking"), self.marking)
        form.addRow(self.tr("Reports in"), self.report_language)
        box = QGroupBox(self.tr("Notice"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(QLabel(self.tr("Underrepresented Member States (information only, never a scoring "
                                       "input):")))
        inner.addWidget(self.under, 1)
        inner.addWidget(self.save)
        inner.addWidget(self.saved)
        self.members = MembersPanel(state)
        left = QVBoxLayout()
        left.addWidget(box, 1)
        self.gate = ScoringGateBox(state)
        left.addWidget(self.gate)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 1)
        lay.addWidget(self.members, 1)
        state.procedure_changed.connect(lambda _r: self.refresh())
        # the seal changes the procedure's row too: reload, or the next save would be refused as stale
        state.subscribe({Change.SETTINGS, Change.GRID}, lambda _k: self.refresh())

    def reload(self) -> None:
        if self.state.reference:
            self.state.tasks.run(self.state.services.procedures.settings, self.state.reference, on_done=self._show)
            self.members.refresh()  # the panel is listed as soon as the page shows, not after the first addition

    def _show(self, st: ProcedureSettings) -> None:
        self.settings = st
        self.reference.setText(st.reference)
        self.title_edit.setText(st.title)
        self.grade.setText(st.grade)
        self.mailbox.setText(st.mailbox)
        self.zone.setCurrentText(st.timezone)
        local = st.deadline_utc.astimezone(ZoneInfo(st.timezone))
        self.deadline.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second))
        scoring = st.scoring_deadline_utc
        self.scoring_deadline_set.setChecked(scoring is not None)
        shown = (scoring or st.deadline_utc).astimezone(ZoneInfo(st.timezone))
        self.scoring_deadline.setDateTime(QDateTime(shown.year, shown.month, shown.day, shown.hour, shown.minute, 0))
        self.marking.setText(st.confidentiality)
        self.marking.setCursorPosition(0)  # its beginning, "CONFIDENTIAL – …", not the end of a long marking
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(st.report_language or "en")))
        chosen = set(st.underrepresented)
        for i in range(self.under.count()):
            item = self.under.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self._show_utc()

    def _deadline_utc(self, edit: QDateTimeEdit | None = None) -> datetime | None:
        try:
            zone = ZoneInfo(self.zone.currentText())
        except Exception:
            return None
        q = (edit or self.deadline).dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=zone).astimezone(
            ZoneInfo("UTC"))

    def _show_utc(self) -> None:
        utc = self._deadline_utc()
        self.deadline_utc.setText(self.tr("= {utc} UTC (received at that second is on time)").format(
            utc=utc.strftime(f"{i18n.date_format()} %H:%M:%S")) if utc else self.tr("Unknown time zone"))

    def _save(self, reason: str | None = None) -> None:
        if not self.settings:
            return
        under = [self.under.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.under.count())
                 if self.under.item(i).checkState() == Qt.CheckState.Checked]
        edit = SettingsEdit(reference=self.reference.text().strip(), title=self.title_edit.text(),
                            grade=self.grade.text(), mailbox=self.mailbox.text(), timezone=self.zone.currentText(),
                            deadline_utc=self._deadline_utc(), confidentiality=self.marking.text(),
                            underrepresented=under, report_language=self.report_language.currentData(),
                            scoring_deadline_utc=self._deadline_utc(self.scoring_deadline)
                            if self.scoring_deadline_set.isChecked() else None)
        s = self.state
        old_ref = self.settings.reference
        if all(self.settings.value(k) == v for k, v in edit.changes()):
            self.saved.setText(self.tr("Nothing to save: no setting was changed."))
            return

        def done(op: Changed[ProcedureSettings]) -> None:
            st = op.result
            if st.reference != old_ref:
                s.reference = st.reference
            when = shown(datetime.now(UTC), st.timezone, seconds=True)
            self.saved.setText((self.tr("Saved at {when} — amendment recorded: {reason}.") if reason else
                                self.tr("Saved at {when}.")).format(when=when, reason=reason))
            s.apply(op)

        def failed(e: BaseException) -> None:
            if isinstance(e, AmendmentNeedsReason) and reason is None:
                text, ok = QInputDialog.getText(
                    self, self.tr("Amend a sealed setting"), e.message + "\n\n" + self.tr(
                        "It changes what the panel decided on (for a deadline: which applications are on time). Give "
                        "the reason for the record:"))
                if ok and text.strip():
                    self._save(reason=text.strip())
                    return
                self.saved.setText(self.tr("Not saved: an amendment needs its reason."))
                self.refresh()
                return
            show_error(self, e)
            self.refresh()

        s.tasks.run(s.services.procedures.update_settings, old_ref, edit, self.settings.version, s.actor,
                    reason, on_done=done, on_error=failed)
