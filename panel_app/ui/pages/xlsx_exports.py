"""The Reports page's XLSX exports for HR: the grid as sealed, the members' marks with comments, the ranking with
its reasons (services/exports.py decides who may have which; the buttons of the others are greyed out)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.errors import UserFacingError

from ..errors import show_error
from ..state import AppState


class XlsxExports(QGroupBox):
    def __init__(self, state: AppState, status: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Figures for HR (XLSX)"))
        self.state, self.status = state, status
        self.stage_combo = QComboBox(objectName="xlsxStage")
        self.stage_combo.addItem(self.tr("Preselection"), "preselection")
        self.stage_combo.addItem(self.tr("Interview"), "interview")
        self.buttons = {
            "grid": QPushButton(self.tr("Grid as sealed…"), objectName="xlsxGrid"),
            "marks": QPushButton(self.tr("Members' marks and comments…"), objectName="xlsxMarks"),
            "ranking": QPushButton(self.tr("Ranking with its reasons…"), objectName="xlsxRanking"),
        }
        self.buttons["marks"].setToolTip(self.tr("Every member's mark and comment per candidate and criterion, for "
                                                 "the stage chosen below (panel internal copy; chair only)."))
        box = QVBoxLayout(self)
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            box.addWidget(button)
            if kind == "marks":
                form = QFormLayout()
                form.addRow(self.tr("Stage of the marks"), self.stage_combo)
                box.addLayout(form)
        self.last_path: str | None = None

    def set_allowed(self, kinds: list[str]) -> None:
        for kind, button in self.buttons.items():
            button.setEnabled(kind in kinds)
            if kind not in kinds:
                button.setToolTip(self.tr("Your role may not export this."))
        self.stage_combo.setEnabled("marks" in kinds)

    def stage(self) -> str:
        return self.stage_combo.currentData()

    def default_name(self, kind: str) -> str:
        ref = (self.state.reference or "procedure").replace("/", "-")
        suffix = f"-{self.stage()}" if kind == "marks" else ""
        return f"{ref}-{kind}{suffix}.xlsx"

    def export(self, kind: str) -> None:
        s = self.state
        if not s.reference:
            show_error(self, UserFacingError(self.tr("Open a procedure first.")))
            return
        settings = QSettings()
        folder = settings.value("reports/last_folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for HR"), str(Path(folder) / self.default_name(kind)),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        settings.setValue("reports/last_folder", str(Path(path).parent))
        self.status.setText(self.tr("Writing the workbook…"))
        s.tasks.run(s.services.exports.render, s.reference, s.actor, kind, stage=self.stage(),
                    on_done=lambda data: self._write(path, data),
                    on_error=lambda e: (self.status.setText(self.tr("Not exported.")), show_error(self, e)))

    def _write(self, path: str, data: bytes) -> None:
        try:
            Path(path).write_bytes(data)
        except OSError as e:
            show_error(self, UserFacingError(self.tr("Could not write {0}: {1}.").format(path, e.strerror or e),
                                             hint=self.tr("Choose another folder or file name.")))
            return
        self.last_path = path
        self.status.setText(self.tr("Exported to {0}.").format(path))
