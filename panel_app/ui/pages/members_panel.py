"""The panel's composition: chair, members, secretary, observer; voting or not; add and replace members."""

from __future__ import annotations

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
from panel_app.domain.errors import UserFacingError

from ..errors import show_error
from ..state import AppState
from ..table_model import Column, DictTableModel


def _yes(v) -> str:  # noqa: ANN001
    return "yes" if v else "no"


class MembersPanel(QGroupBox):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__("Panel", parent)
        self.state = state
        self.model = DictTableModel([Column("name", "Name"), Column("role", "Role"),
                                     Column("voting", "Voting", fmt=_yes), Column("active", "Active", fmt=_yes),
                                     Column("replaces", "Replaces")], self)
        self.table = QTableView(objectName="membersTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit(objectName="memberName", placeholderText="Full name")
        self.role = QComboBox(objectName="memberRole")
        self.role.addItems(["member", "chair", "secretary", "observer"])
        self.voting = QCheckBox("Votes", objectName="memberVoting", checked=True)
        self.role.currentTextChanged.connect(lambda r: self.voting.setChecked(r in ("chair", "member")))
        self.password = QLineEdit(objectName="memberPassword", echoMode=QLineEdit.EchoMode.Password,
                                  placeholderText="Initial password, 8 characters or more (required)")
        self.replaces = QComboBox(objectName="memberReplaces")
        self.add = QPushButton("Add to the panel", objectName="addMember")
        self.add.setToolTip("Add this person to the panel (the chair adds members; the first one is the chair)")
        self.add.clicked.connect(lambda: self._add())
        self.toggle = QPushButton("Deactivate…", objectName="toggleMember")
        self.toggle.setToolTip("Take the selected member off the panel (with a reason), or bring them back")
        self.toggle.setEnabled(False)
        self.toggle.clicked.connect(self._toggle_active)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.feedback = QLabel(objectName="membersFeedback", wordWrap=True)
        self.reset = QPushButton("Reset password…", objectName="resetPassword")
        self.reset.setToolTip("(chair) For a forgotten password or a paused sign-in: the member chooses their own "
                              "at the next sign-in.")
        self.reset.clicked.connect(self._reset)
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        form.addRow("", self.voting)
        form.addRow("Password", self.password)
        form.addRow("Replaces", self.replaces)
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
        state.data_changed.connect(lambda what: self.refresh() if what == "members" else None)

    def refresh(self) -> None:
        if self.state.reference:
            self.state.tasks.run(self.state.services.members.list, self.state.reference, on_done=self._show)

    def _show(self, members: list[dict]) -> None:
        self.model.set_rows(members)
        if not members:  # the first member of a new procedure is its chair
            self.role.setCurrentText("chair")
        self._selected()
        self.table.resizeColumnsToContents()
        self.replaces.clear()
        self.replaces.addItem("—", None)
        for m in members:
            if m["active"]:
                self.replaces.addItem(m["name"], m["name"])

    def _add(self, confirmed: bool = False) -> None:
        s = self.state
        name = self.name.text().strip()

        def done(m: dict) -> None:
            self.name.clear()
            self.password.clear()
            self.feedback.setText(f"Added {m['name']} as {m['role']}{' (voting)' if m['voting'] else ''}.")
            s.changed("members")

        def failed(e: BaseException) -> None:
            if isinstance(e, NeedsConfirmation) and not confirmed:
                answer = QMessageBox.question(self, "Add a voting member after scoring started",
                                              f"{e.message}\n\nAdd {name} as a voting member?",
                                              defaultButton=QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    self._add(confirmed=True)
                else:
                    self.feedback.setText(f"{name} was not added.")
                return
            show_error(self, e)

        s.tasks.run(s.services.members.add, s.reference, name, self.role.currentText(), s.actor,
                    voting=self.voting.isChecked(), password=self.password.text() or None,
                    replaces=self.replaces.currentData(), confirmed=confirmed, on_done=done, on_error=failed)

    def _current(self) -> dict | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _selected(self) -> None:
        m = self._current()
        chair = self.state.actor.role == "chair" and not self.state.actor.is_setup
        self.toggle.setEnabled(bool(m) and chair and m["role"] != "chair")
        self.toggle.setText("Reactivate…" if m and not m["active"] else "Deactivate…")

    def _toggle_active(self) -> None:
        m = self._current()
        if m is None:
            return
        activate = not m["active"]
        verb = "Reactivate" if activate else "Deactivate"
        consequence = ("They can sign in and act again." if activate else
                       "They can no longer sign in or act; their submitted marks stay in the record, and a voting "
                       "member's unfinished assessments no longer count as expected.")
        reason, ok = QInputDialog.getText(self, f"{verb} a panel member",
                                          f"{verb} {m['name']} ({m['role']}). {consequence}\n\n"
                                          "Reason (required, recorded in the audit trail):")
        if not ok or not reason.strip():
            return
        s = self.state
        s.tasks.run(s.services.members.update, s.reference, m["name"], {"active": activate}, m["version"], s.actor,
                    reason.strip(), on_done=lambda _m: (self.feedback.setText(
                        f"{m['name']} {'reactivated' if activate else 'deactivated'}: {reason.strip()}."),
                        s.changed("members")), on_error=lambda e: show_error(self, e))

    def _reset(self) -> None:
        from ..sign_in import PasswordDialog

        s = self.state
        m = self._current()
        if m is None:
            show_error(self, UserFacingError("Select the member whose password you reset."))
            return
        name = m["name"]
        dlg = PasswordDialog("Reset a password", f"A temporary password for {name}. Hand it over in person or by "
                             "phone; they choose their own at the next sign-in.", ask_current=False, parent=self)
        if not dlg.exec():
            return
        s.tasks.run(s.services.members.reset_password, s.reference, name, dlg.values()[1], s.actor,
                    on_done=lambda _m: s.changed("members"), on_error=lambda e: show_error(self, e))
