"""History: the procedure's audit trail in words, filtered by candidate, member, kind and time, with the
chain's verification. A page for the chair, the secretary and the observers; the same table is the History
tab of a candidate's details (`HistoryTable`). Rows come from AuditService.log on the DB worker thread, so
the visibility rules are the service's (a member's marks stay hidden until the rules allow)."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.audit.history import KINDS
from panel_app.domain.changes import Change

from ..dates import shown
from ..errors import show_error
from ..state import AppState
from ..table_model import Index, RowsModel, elide_headers
from ..words import text
from .shown_refresh import RefreshWhenShown

READERS = ("chair", "secretary", "observer")
ALL = QT_TRANSLATE_NOOP("HistoryPage", "(all)")
KIND_WORDS = {  # the Kind filter's words (domain/audit/history.KINDS)
    "procedure": QT_TRANSLATE_NOOP("HistoryPage", "procedure"),
    "member": QT_TRANSLATE_NOOP("HistoryPage", "member"), "grid": QT_TRANSLATE_NOOP("HistoryPage", "grid"),
    "application": QT_TRANSLATE_NOOP("HistoryPage", "application"),
    "eligibility": QT_TRANSLATE_NOOP("HistoryPage", "eligibility"),
    "declaration": QT_TRANSLATE_NOOP("HistoryPage", "declaration"),
    "score": QT_TRANSLATE_NOOP("HistoryPage", "score"),
    "assessment": QT_TRANSLATE_NOOP("HistoryPage", "assessment"),
    "consensus": QT_TRANSLATE_NOOP("HistoryPage", "consensus"),
    "shortlist": QT_TRANSLATE_NOOP("HistoryPage", "shortlist"),
    "outcome": QT_TRANSLATE_NOOP("HistoryPage", "outcome"), "package": QT_TRANSLATE_NOOP("HistoryPage", "package"),
    "candidate": QT_TRANSLATE_NOOP("HistoryPage", "candidate"),
    "database": QT_TRANSLATE_NOOP("HistoryPage", "database"),
    "meeting": QT_TRANSLATE_NOOP("HistoryPage", "meeting"), "notice": QT_TRANSLATE_NOOP("HistoryPage", "notice"),
    "final": QT_TRANSLATE_NOOP("HistoryPage", "final"), "hold": QT_TRANSLATE_NOOP("HistoryPage", "hold"),
    "archive": QT_TRANSLATE_NOOP("HistoryPage", "archive"),
    "document": QT_TRANSLATE_NOOP("HistoryPage", "document"),
    "scoring": QT_TRANSLATE_NOOP("HistoryPage", "scoring"), "letter": QT_TRANSLATE_NOOP("HistoryPage", "letter"),
    "retention": QT_TRANSLATE_NOOP("HistoryPage", "retention"),
}


class HistoryModel(RowsModel):
    headers = (QT_TRANSLATE_NOOP("Headers", "When"), QT_TRANSLATE_NOOP("Headers", "Who"), QT_TRANSLATE_NOOP("Headers", "What"), QT_TRANSLATE_NOOP("Headers", "Candidate"), QT_TRANSLATE_NOOP("Headers", "Criterion"),
               QT_TRANSLATE_NOOP("Headers", "Member"), QT_TRANSLATE_NOOP("Headers", "Change"))
    keys = ("when", "actor", "what", "candidate", "criterion", "member", "change")

    zone = ""  # the procedure's zone, named in the "When" header (each row's time is in it)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self.rows:
            self.zone = self.rows[0].when.rsplit(" ", 1)[-1]
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if section == 0 and self.zone and orientation == Qt.Orientation.Horizontal \
                and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Headers", "When ({zone})").format(zone=self.zone)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(self.rows[index.row()], self.keys[index.column()])
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:  # the zone is in the header
                return shown(self.rows[index.row()].at, self.zone, seconds=True, named=False) if self.zone \
                    else value.rsplit(" ", 1)[0]
            if self.keys[index.column()] == "what" and value:  # the action's words (domain/audit/history.ACTIONS)
                return QCoreApplication.translate("Words", value)
            if self.keys[index.column()] == "change":  # field names and none/yes/no in the page's language
                return text(value)
            return "" if value is None else str(value)
        return None


class HistoryTable(QTableView):
    """The events table; `load(candidate=…)` fills it for one candidate (the candidate's History tab)."""

    def __init__(self, state: AppState, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.state = state
        self.setObjectName("historyTable")
        elide_headers(self)
        self.model_ = HistoryModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        head = self.horizontalHeader()
        head.setStretchLastSection(True)
        for col, width in enumerate((190, 140, 190, 220, 110, 120)):
            head.resizeSection(col, width)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(22)
        if compact:  # a candidate's tab: the candidate is known, the change matters most
            self.setColumnHidden(3, True)
            for col, width in ((0, 130), (1, 110), (2, 150)):
                head.resizeSection(col, width)
        self._token = 0

    def load(self, **filters) -> None:
        s = self.state
        if not s.reference:
            self.model_.set_rows([])
            return
        self._token += 1
        token = self._token
        s.tasks.run(s.services.audit.log, s.reference, s.actor, **filters, quiet=True,
                    on_done=lambda rows: self._loaded(token, rows), on_error=lambda e: show_error(self, e))

    def _loaded(self, token: int, rows: list) -> None:
        if token == self._token:  # a newer request supersedes this one
            self.model_.set_rows(rows[::-1])  # newest first

    def row_count(self) -> int:
        return self.model_.rowCount(QModelIndex())


class CandidateHistory(QWidget):
    """The History tab of a candidate's details."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = HistoryTable(state, compact=True)
        self.table.setObjectName("candidateHistory")
        QVBoxLayout(self).addWidget(self.table)
        self.email: str | None = None

    def show_candidate(self, email: str | None) -> None:
        self.email = email
        if email and self.isVisible():
            self.table.load(candidate=email)
        elif not email:
            self.table.model_.set_rows([])

    def showEvent(self, event) -> None:  # (Qt API): load when the tab is opened
        super().showEvent(event)
        if self.email:
            self.table.load(candidate=self.email)


class HistoryPage(RefreshWhenShown, QWidget):
    title = "History"

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.candidate = QComboBox(objectName="historyCandidate", editable=True)
        self.candidate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.candidate.setMinimumWidth(240)
        self.member = QComboBox(objectName="historyMember")
        self.kind = QComboBox(objectName="historyKind")
        self.all = self.tr(ALL)
        self.kind.addItem(self.all, None)
        for kind in KINDS:
            self.kind.addItem(self.tr(KIND_WORDS.get(kind, kind)), kind)
        self.since_on = QCheckBox(self.tr("Since"), objectName="historySinceOn")
        self.since = QDateTimeEdit(objectName="historySince", calendarPopup=True)
        self.since.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.since.setDateTime(QDateTime.currentDateTime().addDays(-7))
        self.apply = QPushButton(self.tr("Show"), objectName="historyApply")
        self.apply.setDefault(True)
        self.apply.clicked.connect(self.load)
        self.verify_button = QPushButton(self.tr("Verify the record"), objectName="historyVerify")
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel(objectName="historyVerdict", wordWrap=True)
        self.note = QLabel(objectName="historyNote", wordWrap=True)
        self.count = QLabel(objectName="historyCount")
        self.table = HistoryTable(state)

        filters = QHBoxLayout()
        for label, w in ((self.tr("Candidate"), self.candidate), (self.tr("Member"), self.member),
                         (self.tr("Kind"), self.kind)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        filters.addWidget(self.since_on)
        filters.addWidget(self.since)
        filters.addWidget(self.apply)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<h2>History</h2>")))
        lay.addWidget(self.note)
        lay.addLayout(filters)
        lay.addWidget(self.verdict)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        self.table.model_.modelReset.connect(
            lambda: self.count.setText(self.tr("{n} events").format(n=self.table.row_count())))
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.actor_changed.connect(lambda _a: self.refresh())
        state.subscribe({Change.AUDIT}, lambda _k: self.refresh())

    def allowed(self) -> bool:
        return self.state.actor.role in READERS

    def reload(self) -> None:
        s = self.state
        ok = bool(s.reference) and self.allowed()
        for w in (self.candidate, self.member, self.kind, self.since_on, self.since, self.apply, self.verify_button):
            w.setEnabled(ok)
        self.note.setText("" if ok else self.tr("The history is read by the chair, the secretary and the observers. "
                                                "Sign in as one of them."))
        if not ok:
            self.table.model_.set_rows([])
            return
        s.tasks.run(_choices, s.services, s.reference, quiet=True, on_done=self._fill,
                    on_error=lambda e: show_error(self, e))
        self.load()
        self.verify()

    def _fill(self, choices: tuple[list[str], list[str]]) -> None:
        emails, members = choices
        for combo, values in ((self.candidate, emails), (self.member, members)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([self.all, *values])
            combo.setCurrentText(current or self.all)
            combo.blockSignals(False)

    def filters(self) -> dict:
        def chosen(combo: QComboBox) -> str | None:
            text = combo.currentText().strip()
            return None if not text or text == self.all else text

        since = None
        if self.since_on.isChecked():
            since = self.since.dateTime().toPython().astimezone().astimezone(UTC)
        return {"candidate": chosen(self.candidate), "member": chosen(self.member), "kind": self.kind.currentData(),
                "since": since}

    def load(self) -> None:
        if self.allowed():
            self.table.load(**self.filters())

    def verify(self) -> None:
        s = self.state
        s.tasks.run(s.services.audit.verify, s.reference, s.actor, on_done=self._verified,
                    on_error=lambda e: show_error(self, e))

    def _verified(self, v) -> None:
        if v.ok:
            self.verdict.setStyleSheet("color: #1b5e20")
            self.verdict.setText(self.tr("✔ Audit chain verified: {events} events, last event hash {hash}").format(
                events=v.events, hash=v.last_hash))
        else:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")
            more = self.tr(" (and {n} more: run `panel-app audit verify`)").format(n=len(v.findings) - 1) \
                if len(v.findings) > 1 else ""
            self.verdict.setText(self.tr("AUDIT CHAIN BROKEN — {finding}{more}").format(finding=text(v.findings[0].line()),
                                                                                        more=more))


def _choices(services, reference: str) -> tuple[list[str], list[str]]:
    emails = [a.candidate.email for a in services.applications.list(reference) if a.candidate.email]
    return sorted(set(emails)), [m.name for m in services.members.list(reference)]

