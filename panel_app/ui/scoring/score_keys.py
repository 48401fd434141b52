"""A table view that takes the scoring keys: 0–4 set the score, N sets N/A, Tab/Shift+Tab move between rows,
Enter (`enter`) is left to the pane to decide (submit a complete candidate, else comment), F2/C comment.

The keys are handled here, on the view, and nowhere else: a digit typed into a comment editor never
reaches this view, so it can never change a score.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ..table_model import elide_headers

DIGITS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
COMMANDS = (  # when the window has no active shortcut map (e.g. not focused), the view still obeys these
    (QKeySequence(Qt.Key.Key_PageDown), "next"), (QKeySequence(Qt.Key.Key_PageUp), "previous"),
    (QKeySequence("Ctrl+Return"), "submit"), (QKeySequence("Ctrl+Enter"), "submit"),
    (QKeySequence("Ctrl+F"), "find"), (QKeySequence("Ctrl+Z"), "undo"), (QKeySequence("Ctrl+Shift+Z"), "redo"),
    (QKeySequence("Ctrl+Y"), "redo"),
)


class ScoreTable(QTableView):
    score_key = Signal(object)  # 0..4, or "na"
    edit_comment = Signal()
    enter = Signal()
    command = Signal(str)

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        elide_headers(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)

    def move_row(self, delta: int) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(model.rowCount() - 1, self.currentIndex().row() + delta))
        self.setCurrentIndex(model.index(row, max(0, self.currentIndex().column())))

    def focusNextPrevChild(self, next_: bool) -> bool:  # Tab / Shift+Tab move between criteria
        self.move_row(1 if next_ else -1)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier))
        if plain and key in DIGITS and not (mods & Qt.KeyboardModifier.ShiftModifier):
            self.score_key.emit(DIGITS[key])
            return
        if plain and key == Qt.Key.Key_N:
            self.score_key.emit("na")
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (mods & Qt.KeyboardModifier.ControlModifier):
            self.move_row(-1 if key == Qt.Key.Key_Backtab or mods & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        pressed = QKeySequence(event.keyCombination())
        for seq, name in COMMANDS:
            if pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch:
                self.command.emit(name)
                return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        if plain and key in (Qt.Key.Key_F2, Qt.Key.Key_C):
            self.edit_comment.emit()
            return
        super().keyPressEvent(event)
