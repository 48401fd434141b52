"""The shortlist rules of the grid: pass marks, best N, consolidation, divergence, Art. 29, tie-break order."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from panel_app.services.edits import RulesEdit
from panel_app.services.grid_info import GridInfo


class RulesForm(QGroupBox):
    apply_requested = Signal(object)  # a RulesEdit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Shortlist rules"))
        self.pass_mark = self._pct("passMark")
        self.interview_pass_mark = self._pct("interviewPassMark")
        self.best_n = QSpinBox(objectName="bestN", minimum=0, maximum=999, specialValueText=self.tr("no limit"))
        self.consolidation = QComboBox(objectName="consolidation")
        self.consolidation.addItem(self.tr("Mean of the members' marks"), "mean")
        self.consolidation.addItem(self.tr("Consensus required"), "consensus_required")
        self.divergence = QDoubleSpinBox(objectName="divergence", minimum=0.5, maximum=4, singleStep=0.5, decimals=1)
        self.bypass = QCheckBox(self.tr("Art. 29 candidates who pass bypass the best-N cut"), objectName="art29Bypass")
        self.final = QComboBox(objectName="finalRanking")
        self.final.addItem(self.tr("Interview only"), "interview_only")
        self.final.addItem(self.tr("Combined with preselection"), "combined")
        self.tie = QListWidget(objectName="tieBreak")
        self.tie.setMaximumHeight(150)
        up, down = QPushButton(self.tr("▲ Up")), QPushButton(self.tr("▼ Down"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.apply = QPushButton(self.tr("Apply rules"), objectName="applyRules")
        self.apply.clicked.connect(self._apply)

        form = QFormLayout()
        form.addRow(self.tr("Pass mark, preselection (%)"), self.pass_mark)
        form.addRow(self.tr("Pass mark, interview (%)"), self.interview_pass_mark)
        form.addRow(self.tr("Invite the best N"), self.best_n)
        form.addRow(self.tr("Final mark per criterion"), self.consolidation)
        form.addRow(self.tr("Divergence flag at (points)"), self.divergence)
        form.addRow("", self.bypass)
        form.addRow(self.tr("Final ranking"), self.final)
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Tie-break order (higher final mark on the first, then the next):")))
        lay.addWidget(self.tie)
        lay.addLayout(moves)
        lay.addStretch(1)
        lay.addWidget(self.apply)

    @staticmethod
    def _pct(name: str) -> QDoubleSpinBox:
        return QDoubleSpinBox(objectName=name, minimum=0, maximum=100, decimals=1, singleStep=5, suffix=" %")

    def show_grid(self, grid: GridInfo) -> None:
        self.pass_mark.setValue(float(grid.pass_mark or 0))
        self.interview_pass_mark.setValue(float(grid.interview_pass_mark or 0))
        self.best_n.setValue(int(grid.best_n or 0))
        self.consolidation.setCurrentIndex(max(0, self.consolidation.findData(grid.consolidation)))
        self.divergence.setValue(float(grid.divergence_points or 2))
        self.bypass.setChecked(bool(grid.article29_bypass_best_n))
        self.final.setCurrentIndex(max(0, self.final.findData(grid.final_ranking)))
        self.tie.clear()
        self.tie.addItems(list(grid.tie_break))

    def _move(self, step: int) -> None:
        row = self.tie.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.tie.count():
            return
        item = self.tie.takeItem(row)
        self.tie.insertItem(target, item)
        self.tie.setCurrentRow(target)

    def values(self) -> RulesEdit:
        return RulesEdit(
            pass_mark=self.pass_mark.value(), interview_pass_mark=self.interview_pass_mark.value(),
            best_n=self.best_n.value() or None, consolidation=self.consolidation.currentData(),
            divergence_points=self.divergence.value(), article29_bypass_best_n=self.bypass.isChecked(),
            final_ranking=self.final.currentData(),
            tie_break=[self.tie.item(i).text() for i in range(self.tie.count())],
        )

    def _apply(self) -> None:
        self.apply_requested.emit(self.values())
