"""Panel page › Meetings…: the panel's meetings (date, place or written procedure, who attended, purpose) and the
notice's publication date, as the minutes print them. The chair records; everyone else reads. Reads and writes
go through the MeetingService on the task runner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Changed
from panel_app.services.meetings import Meeting

from ..errors import show_error
from ..table_model import Column, DictTableModel, elide_headers

COLUMNS = [Column("date", QT_TRANSLATE_NOOP("Headers", "Date")), Column("where", QT_TRANSLATE_NOOP("Headers", "Place / written procedure")),
           Column("attendance", QT_TRANSLATE_NOOP("Headers", "Attendance")), Column("purpose", QT_TRANSLATE_NOOP("Headers", "Purpose"))]


class MeetingsDialog(QDialog):
    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Meetings of the panel"))
        self.resize(820, 520)
        self.model = DictTableModel(COLUMNS, self)
        self.table = QTableView(objectName="meetingsTable")
        self.table.setModel(self.model)
        elide_headers(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.published_label = QLabel(objectName="noticePublished")

        self.date = QDate.currentDate()
        self.date_edit = QDateEdit(self.date, objectName="meetingDate", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.place = QLineEdit(objectName="meetingPlace", placeholderText=self.tr("e.g. Luxembourg, DRB B2/004"))
        self.written = QCheckBox(self.tr("Written procedure (no physical meeting)"), objectName="meetingWritten")
        self.written.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.purpose = QLineEdit(objectName="meetingPurpose", placeholderText=self.tr("e.g. consensus meeting"))
        self.attendees: list[QCheckBox] = []
        self.attendee_box = QHBoxLayout()
        self.record = QPushButton(self.tr("Record the meeting"), objectName="recordMeeting")
        self.record.clicked.connect(self._record)
        self.pub_edit = QDateEdit(QDate.currentDate(), objectName="publishedDate", calendarPopup=True)
        self.pub_edit.setDisplayFormat("dd.MM.yyyy")
        self.pub_button = QPushButton(self.tr("Record the publication date"), objectName="recordPublished")
        self.pub_button.clicked.connect(self._published)
        self.status = QLabel(objectName="meetingStatus")

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Place"), self.place)
        form.addRow("", self.written)
        form.addRow(self.tr("Attended"), self.attendee_box)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow("", self.record)
        box = QGroupBox(self.tr("Record a meeting (chair)"))
        box.setLayout(form)
        pub = QHBoxLayout()
        pub.addWidget(QLabel(self.tr("Notice published on")))
        pub.addWidget(self.pub_edit)
        pub.addWidget(self.pub_button)
        pub.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.published_label)
        lay.addWidget(self.table, 1)
        lay.addWidget(box)
        lay.addLayout(pub)
        lay.addWidget(self.status)
        chair = getattr(state.actor, "role", "") == "chair"
        for w in (box, self.pub_edit, self.pub_button):
            w.setEnabled(chair)
        self.refresh()

    def refresh(self) -> None:
        sv, ref = self.state.services, self.state.reference

        def load() -> dict:
            return {"meetings": sv.meetings.list(ref), "published": sv.meetings.published_on(ref),
                    "members": [m.name for m in sv.members.list(ref) if m.active]}

        self.state.tasks.run(load, on_done=self._show, on_error=lambda e: show_error(self, e))

    def _show(self, data: dict) -> None:
        self.model.set_rows([{"id": m.id, "date": _dmy(m.date), "where": m.where(), "attendance": ", ".join(m.attendees),
                              "purpose": m.purpose} for m in data["meetings"]])
        self.published_label.setText(self.tr("Vacancy notice published: {date}").format(
            date=_dmy(data["published"]) or self.tr("not recorded")))
        if not self.attendees:
            for name in data["members"]:
                cb = QCheckBox(name, objectName=f"attendee:{name}")
                cb.setChecked(True)
                self.attendees.append(cb)
                self.attendee_box.addWidget(cb)

    def _record(self) -> None:
        sv, ref = self.state.services, self.state.reference
        names = [cb.text() for cb in self.attendees if cb.isChecked()]
        day = self.date_edit.date().toString("yyyy-MM-dd")
        written = self.written.isChecked()
        self.state.tasks.run(sv.meetings.add, ref, self.state.actor, day, place=None if written else self.place.text(),
                             written=written, attendees=names, purpose=self.purpose.text(),
                             on_done=self._recorded, on_error=lambda e: show_error(self, e))

    def _recorded(self, op: Changed[Meeting]) -> None:
        m = self.state.apply(op)
        self.status.setText(self.tr("Recorded: {date}, {where}, {n} attending (audited; printed in the minutes).").format(
            date=_dmy(m.date), where=m.where(), n=len(m.attendees)))
        self.refresh()

    def _published(self) -> None:
        sv, ref = self.state.services, self.state.reference
        day = self.pub_edit.date().toString("yyyy-MM-dd")
        self.state.tasks.run(sv.meetings.set_published_on, ref, self.state.actor, day,
                             on_done=self._publication_recorded,
                             on_error=lambda e: show_error(self, e))

    def _publication_recorded(self, op: Changed[str]) -> None:
        self.status.setText(self.tr("Publication date recorded: {date}.").format(date=_dmy(self.state.apply(op))))
        self.refresh()


def _dmy(iso: str | None) -> str:
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"
