"""The panel's composition: chair, members, secretary, observer; voting or not; add and replace members."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.amendments import NeedsConfirmation
from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import UserFacingError
from panel_app.services.members import MemberInfo

from .. import words
from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel, elide_headers


def _yes(v) -> str:
    return words.yes_no(v)


class MembersPanel(QGroupBox):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Panel"))
        self.state = state
        self.model = DictTableModel([Column("name", QT_TRANSLATE_NOOP("Headers", "Name")),
                                     Column("role", QT_TRANSLATE_NOOP("Headers", "Role"), fmt=words.role),
                                     Column("voting", QT_TRANSLATE_NOOP("Headers", "Voting"), fmt=_yes),
                                     Column("active", QT_TRANSLATE_NOOP("Headers", "Active"), fmt=_yes),
                                     Column("replaces", QT_TRANSLATE_NOOP("Headers", "Replaces"))], self)
        self.table = QTableView(objectName="membersTable")
        self.table.setModel(self.model)
        elide_headers(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit(objectName="memberName", placeholderText=self.tr("Full name"))
        self.role = QComboBox(objectName="memberRole")
        for role in ("member", "chair", "secretary", "observer"):  # shown in the interface language
            self.role.addItem(words.role(role), role)
        self.voting = QCheckBox(self.tr("Votes"), objectName="memberVoting", checked=True)
        self.role.currentIndexChanged.connect(lambda _i: self.voting.setChecked(self.role.currentData() in ("chair", "member")))
        self.password = QLineEdit(objectName="memberPassword", echoMode=QLineEdit.EchoMode.Password,
                                  placeholderText=self.tr("Initial password, 8 characters or more (required)"))
        self.replaces = QComboBox(objectName="memberReplaces")
        self.add = QPushButton(self.tr("Add to the panel"), objectName="addMember")
        self.add.setToolTip(self.tr("Add this person to the panel (the chair adds members; the first one is the chair)"))
        self.add.clicked.connect(lambda: self._add())
        self.toggle = QPushButton(self.tr("Deactivate…"), objectName="toggleMember")
        self.toggle.setToolTip(self.tr("Take the selected member off the panel (with a reason), or bring them back"))
        self.toggle.setEnabled(False)
        self.toggle.clicked.connect(self._toggle_active)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.feedback = QLabel(objectName="membersFeedback", wordWrap=True)
        self.reset = QPushButton(self.tr("Reset password…"), objectName="resetPassword")
        self.reset.setToolTip(self.tr("(chair) For a forgotten password or a paused sign-in: the member chooses their own "
                              "at the next sign-in."))
        self.reset.clicked.connect(self._reset)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.voting)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Replaces"), self.replaces)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.toggle)
        lay.addLayout(buttons)
        lay.addWidget(self.reset)
        lay.addWidget(self.feedback)
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.subscribe({Change.MEMBERS}, lambda _k: self.refresh())

    def refresh(self) -> None:
        if self.state.reference:
            self.state.tasks.run(self.state.services.members.list, self.state.reference, on_done=self._show)

    def _show(self, members: list[MemberInfo]) -> None:
        self.model.set_rows(members)
        if not members:  # the first member of a new procedure is its chair
            self.role.setCurrentIndex(self.role.findData("chair"))
        self._selected()
        self.table.resizeColumnsToContents()
        self.replaces.clear()
        self.replaces.addItem("—", None)
        for m in members:
            if m.active:
                self.replaces.addItem(m.name, m.name)

    def _add(self, confirmed: bool = False) -> None:
        s = self.state
        name = self.name.text().strip()

        def done(op: Changed[MemberInfo]) -> None:
            m = op.result
            self.name.clear()
            self.password.clear()
            self.feedback.setText((self.tr("Added {name} as {role} (voting).") if m.voting else
                                   self.tr("Added {name} as {role}.")).format(name=m.name, role=words.role(m.role)))
            s.apply(op)

        def failed(e: BaseException) -> None:
            if isinstance(e, NeedsConfirmation) and not confirmed:
                answer = QMessageBox.question(self, self.tr("Add a voting member after scoring started"),
                                              self.tr("{message}\n\nAdd {name} as a voting member?").format(message=e.message, name=name),
                                              defaultButton=QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    self._add(confirmed=True)
                else:
                    self.feedback.setText(self.tr("{name} was not added.").format(name=name))
                return
            show_error(self, e)

        s.tasks.run(s.services.members.add, s.reference, name, self.role.currentData(), s.actor,
                    voting=self.voting.isChecked(), password=self.password.text() or None,
                    replaces=self.replaces.currentData(), confirmed=confirmed, on_done=done, on_error=failed)

    def _current(self) -> MemberInfo | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _selected(self) -> None:
        m = self._current()
        chair = self.state.actor.role == "chair" and not self.state.actor.is_setup
        self.toggle.setEnabled(bool(m) and chair and m.role != "chair")
        self.toggle.setText(self.tr("Reactivate…") if m and not m.active else self.tr("Deactivate…"))

    def _toggle_active(self) -> None:
        m = self._current()
        if m is None:
            return
        activate = not m.active
        if activate:
            title = self.tr("Reactivate a panel member")
            text = self.tr("Reactivate {name} ({role}). They can sign in and act again.")
        else:
            title = self.tr("Deactivate a panel member")
            text = self.tr("Deactivate {name} ({role}). They can no longer sign in or act; their submitted marks stay "
                           "in the record, and a voting member's unfinished assessments no longer count as expected.")
        text = text.format(name=m.name, role=words.role(m.role))
        reason, ok = QInputDialog.getText(self, title, text + "\n\n" + self.tr(
            "Reason (required, recorded in the audit trail):"))
        if not ok or not reason.strip():
            return
        s = self.state
        s.tasks.run(s.services.members.update, s.reference, m.name, {"active": activate}, m.version, s.actor,
                    reason.strip(), on_done=lambda op: (self.feedback.setText(
                        (self.tr("{name} reactivated: {reason}.") if activate else self.tr(
                            "{name} deactivated: {reason}.")).format(name=m.name, reason=reason.strip())),
                        s.apply(op)), on_error=lambda e: show_error(self, e))

    def _reset(self) -> None:
        from ..sign_in import PasswordDialog

        s = self.state
        m = self._current()
        if m is None:
            show_error(self, UserFacingError(self.tr("Select the member whose password you reset.")))
            return
        name = m.name
        dlg = PasswordDialog(self.tr("Reset a password"), self.tr(
            "A temporary password for {name}. Hand it over in person or by phone; they choose their own at the next "
            "sign-in.").format(name=name), ask_current=False, parent=self)
        if not dlg.exec():
            return
        s.tasks.run(s.services.members.reset_password, s.reference, name, dlg.values()[1], s.actor,
                    on_done=s.apply, on_error=lambda e: show_error(self, e))
