"""Undo/redo of marks: each change is a QUndoCommand whose redo/undo write through the MarkWriter."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from .mark_writer import MarkWriter
from .sheet_maths import score_text


class MarkCommand(QUndoCommand):
    def __init__(self, writer: MarkWriter, email: str, criterion: str, before: dict, after: dict):
        what = "comment" if before["comment"] != after["comment"] else (
            "evidence page" if before["evidence_page"] != after["evidence_page"] else f"score {score_text(after)}")
        super().__init__(f"{criterion} {what} ({email})")
        self.writer, self.email, self.criterion = writer, email, criterion
        self.before, self.after = dict(before), dict(after)

    def redo(self) -> None:
        self.writer.write(self.email, self.criterion, self.after, self.before)

    def undo(self) -> None:
        self.writer.write(self.email, self.criterion, self.before, self.after)
