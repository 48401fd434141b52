"""The written anchor of each scale level for the selected criterion (0 = no evidence … 4 = excellent)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from panel_app.services.grid_info import GridCriterionInfo, GridInfo


class AnchorsEditor(QGroupBox):
    save_requested = Signal(str, dict)  # criterion code, {level: text} (only levels that differ from default)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Anchors of the scale"))
        self.code: str | None = None
        self.defaults: dict[str, str] = {}
        self.info = QLabel(self.tr("Select a scored criterion to see and edit its anchors. N/A is a distinct value, "
                                   "not 0."))
        self.info.setWordWrap(True)
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.save = QPushButton(self.tr("Save anchors"))
        self.save.setObjectName("saveAnchors")
        self.save.clicked.connect(self._save)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addLayout(self.form)
        lay.addWidget(self.save)
        self.save.setEnabled(False)

    def show_criterion(self, crit: GridCriterionInfo, grid: GridInfo | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits.clear()
        self.code = crit.code
        self.defaults = dict(grid.anchors) if grid is not None else {}
        if crit.kind != "scored" or crit.scale is None:
            self.info.setText(self.tr("{code} is pass/fail: it is decided at eligibility or as a requirement, never scored.").format(code=crit.code))
            self.save.setEnabled(False)
            return
        self.info.setText(self.tr("{code}: {title}").format(code=crit.code, title=crit.title))
        for level, text in crit.scale.anchors.items():
            edit = QLineEdit(text)
            edit.setObjectName(f"anchor{level}")
            self.edits[level] = edit
            self.form.addRow(str(level), edit)
        self.form.addRow(self.tr("N/A"), QLabel(self.tr("Not applicable — excluded from the mean, not counted as 0.")))
        self.save.setEnabled(True)

    def _save(self) -> None:
        if self.code is None:
            return
        own = {lvl: e.text().strip() for lvl, e in self.edits.items()
               if e.text().strip() and e.text().strip() != self.defaults.get(lvl, "")}
        self.save_requested.emit(self.code, own)
