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
                                  placeholderText="Initial password (the member changes it)")
        self.replaces = QComboBox(objectName="memberReplaces")
        self.add = QPushButton("Add to the panel", objectName="addMember")
        self.add.clicked.connect(self._add)
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
