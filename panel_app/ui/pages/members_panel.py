"""The panel's composition: chair, members, secretary, observer; voting or not; add and replace members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
        self.add.clicked.connect(self._add)
        self.reset = QPushButton("Reset the selected member's password…", objectName="resetPassword")
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
        lay.addWidget(self.add)
        lay.addWidget(self.reset)
        state.procedure_changed.connect(lambda _r: self.refresh())
        state.data_changed.connect(lambda what: self.refresh() if what == "members" else None)

    def refresh(self) -> None:
        if self.state.reference:
            self.state.tasks.run(self.state.services.members.list, self.state.reference, on_done=self._show)

    def _show(self, members: list[dict]) -> None:
        self.model.set_rows(members)
        self.table.resizeColumnsToContents()
        self.replaces.clear()
        self.replaces.addItem("—", None)
        for m in members:
            if m["active"]:
                self.replaces.addItem(m["name"], m["name"])

    def _add(self) -> None:
        s = self.state
        name = self.name.text().strip()

        def done(_m: dict) -> None:
            self.name.clear()
            self.password.clear()
            s.changed("members")

        s.tasks.run(s.services.members.add, s.reference, name, self.role.currentText(), s.actor,
                    voting=self.voting.isChecked(), password=self.password.text() or None,
                    replaces=self.replaces.currentData(), on_done=done, on_error=lambda e: show_error(self, e))

    def _reset(self) -> None:
        from ..sign_in import PasswordDialog

        s = self.state
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            show_error(self, UserFacingError("Select the member whose password you reset."))
            return
        name = self.model.row(rows[0].row())["name"]
        dlg = PasswordDialog("Reset a password", f"A temporary password for {name}. Hand it over in person or by "
                             "phone; they choose their own at the next sign-in.", ask_current=False, parent=self)
        if not dlg.exec():
            return
        s.tasks.run(s.services.members.reset_password, s.reference, name, dlg.values()[1], s.actor,
                    on_done=lambda _m: s.changed("members"), on_error=lambda e: show_error(self, e))
