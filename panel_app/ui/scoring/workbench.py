"""The Scoring page's working area: a bar (mode toggle, conflict, keys, saved indicator) over three panes —
candidates, the application, the grid (or, in horizontal mode, one criterion across candidates)."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .candidate_list import CandidateList
from .grid_panel import GridPanel
from .horizontal_view import HorizontalView
from .pdf_pane import PdfPane
from .pending_submit import UndoBar

KEYS = QT_TRANSLATE_NOOP("Workbench", "<span style='color:#666'>Keys: 0–4 score and next · N N/A · Tab criterion · "
                         "Enter submit and next · C comment · PgDn/PgUp candidate · Ctrl+F search · Ctrl+Z undo</span>")


class Workbench(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.candidates = CandidateList()
        self.pdf = PdfPane()
        self.grid = GridPanel()
        self.across = HorizontalView()
        self.mode = QPushButton(self.tr("One criterion across candidates"), objectName="horizontalToggle", checkable=True)
        self.mode.setToolTip(self.tr("Score one criterion for all your candidates in a row, against the halo effect"))
        self.conflict = QPushButton(self.tr("Declare a conflict…"), objectName="conflictButton")
        self.saved_label = QLabel(objectName="savedLabel")
        self.saved_label.setMinimumWidth(90)
        keys = QLabel(self.tr(KEYS), objectName="keysHint")
        keys.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = QHBoxLayout()
        bar.addWidget(self.mode)
        bar.addWidget(self.conflict)
        bar.addWidget(keys, 1)
        bar.addWidget(self.saved_label)
        self.right = QStackedWidget()
        self.right.addWidget(self.grid)
        self.right.addWidget(self.across)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        for w in (self.candidates, self.pdf, self.right):
            self.split.addWidget(w)
        self.split.setSizes([220, 400, 600])  # the grid's criterion titles need room: the document gives it
        self.split.setStretchFactor(1, 1)
        self.split.setStretchFactor(2, 1)
        self.split.setChildrenCollapsible(False)
        self.candidates.wants_width.connect(self._room_for_names)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.undo_bar = UndoBar()
        lay.addLayout(bar)
        lay.addWidget(self.undo_bar)
        lay.addWidget(self.split, 1)

    def _room_for_names(self, want: int) -> None:
        """Widen the candidate list so that names are not cut, taking the room half from the document pane (down
        to 300 px) and half from the grid (down to its minimum), the rest from whichever still has room; never
        narrowing the list (the member may have dragged it wider)."""
        sizes = self.split.sizes()
        if len(sizes) != 3 or sizes[0] >= want or not all(sizes):
            return
        need = want - sizes[0]
        doc_room = max(0, sizes[1] - 300)
        grid_room = max(0, sizes[2] - self.right.minimumSizeHint().width())
        from_doc = min(need - need // 2, doc_room)
        from_grid = min(need - from_doc, grid_room)
        from_doc = min(need - from_grid, doc_room)
        self.split.setSizes([sizes[0] + from_doc + from_grid, sizes[1] - from_doc, sizes[2] - from_grid])

    def show_saving(self, busy: bool) -> None:
        self.saved_label.setText(self.tr("Saving…") if busy else self.tr("Saved ✓ {time}").format(
            time=time.strftime("%H:%M:%S")))
        self.saved_label.setStyleSheet("color:#a15c00" if busy else "color:#1b7a3a")

    def show_horizontal(self, on: bool) -> None:
        self.candidates.setVisible(not on)
        self.right.setCurrentWidget(self.across if on else self.grid)
