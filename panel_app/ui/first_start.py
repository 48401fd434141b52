"""The first start: create the procedure from a template, add yourself as its chair, then set the panel and
import (issue 18 item 6). Offered when the database holds no procedure, and from File ▸ Start a procedure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.errors import UserFacingError
from panel_app.domain.paths import VACANCIES_DIR
from panel_app.domain.template import load_template

from .errors import show_error
from .state import AppState


def templates(folder: Path = VACANCIES_DIR) -> list[tuple[Path, str]]:
    out = []
    for path in sorted(folder.glob("*.toml")):
        try:
            spec = load_template(path)
            out.append((path, f"{spec.reference} — {spec.title}"))
        except UserFacingError:
            continue
    return out


class FirstStartDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.created: tuple[str, str] | None = None  # (reference, chair's name)
        self.setWindowTitle(self.tr("Start a selection procedure"))
        intro = QLabel(self.tr("<h3>Start a selection procedure</h3><p>1. Choose the vacancy notice's template. 2. Add "
                       "yourself as the chair of its panel. Then set the panel on the Procedure page and import the "
                       "applications on the Applications page.</p>"), wordWrap=True)
        self.list = QListWidget(objectName="templateList")
        for path, label in templates():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.name = QLineEdit(objectName="chairName", placeholderText=self.tr("Your full name"))
        self.password = QLineEdit(objectName="chairPassword", echoMode=QLineEdit.EchoMode.Password,
                                  placeholderText=self.tr("At least 8 characters"))
        self.again = QLineEdit(objectName="chairPasswordAgain", echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel(objectName="firstStartProblem", wordWrap=True)
        self.problem.setStyleSheet("color:#b00020")
        form = QFormLayout()
        form.addRow(self.tr("Chair"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the procedure"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(QLabel(self.tr("Template (data/vacancies):")))
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addWidget(self.problem)
        lay.addWidget(self.buttons)
        self.resize(620, 460)

    def problems(self) -> str:
        if self.list.currentItem() is None:
            return self.tr("Choose a template (File ▸ New procedure from template… opens any .toml file).")
        if not self.name.text().strip():
            return self.tr("Give your name: you become the chair of the panel.")
        if len(self.password.text()) < 8:
            return self.tr("Choose a password of at least 8 characters: no member exists without one.")
        if self.password.text() != self.again.text():
            return self.tr("The two passwords differ.")
        return ""

    def _create(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        if problem:
            return
        s = self.state
        path, name, password = self.list.currentItem().data(Qt.ItemDataRole.UserRole), self.name.text().strip(), \
            self.password.text()

        def create():  # on the worker thread: the procedure, its chair, the chair signed in
            ref = s.services.procedures.create_from_template(path).result.reference
            s.services.members.add(ref, name, "chair", password=password)
            return ref, s.services.members.sign_in(ref, name, password)

        def done(result) -> None:
            ref, actor = result
            self.created = (ref, actor.name)
            self.actor = actor
            self.accept()

        s.tasks.run(create, on_done=done, on_error=lambda e: show_error(self, e))
