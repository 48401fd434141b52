"""The member's own marks for one candidate: one row per scored criterion (never anyone else's marks)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from panel_app.domain.grid import Rules
from panel_app.services.scoring_results import SheetMark

from ..numbers import number
from .sheet_maths import anchors_of, score_text
from .view_model import entered

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("Headers", "Criterion"), QT_TRANSLATE_NOOP("Headers", "W"), QT_TRANSLATE_NOOP("Headers", "Score"), QT_TRANSLATE_NOOP("Headers", "Hits"), QT_TRANSLATE_NOOP("Headers", "Comment"),
           QT_TRANSLATE_NOOP("Headers", "p."))
HEADER_TIPS = (None, QT_TRANSLATE_NOOP("GridModel", "Weight"), QT_TRANSLATE_NOOP("GridModel", "0–4 or N (N/A)"),
               QT_TRANSLATE_NOOP("GridModel", "Pages where the criterion's keywords occur"), None,
               QT_TRANSLATE_NOOP("GridModel", "Evidence page"))
SCORE_COL = 2
EMPTY = QColor("#fff4e0")


def anchors_html(mark: SheetMark, default: dict, scale: tuple[int, int]) -> str:
    anchors = anchors_of(mark, default, scale)
    current = None if mark.na or mark.value is None else f"{mark.value:g}"
    lines = []
    for level, text in anchors.items():
        line = f"<b>{level}</b> — {html.escape(text)}"
        lines.append(f"<span style='background:#dcebff'>{line}</span>" if level == current else line)
    head = f"<b>{html.escape(mark.criterion)}</b> — {html.escape(mark.title)}"
    if mark.minimum is not None:
        head += " <i>" + QCoreApplication.translate("GridModel", "(minimum {minimum})").format(
            minimum=number(mark.minimum, 'g')) + "</i>"
    return head + "<br>" + "<br>".join(lines) + "<br>" + QCoreApplication.translate(
        "GridModel", "<b>N</b> — N/A: the criterion does not apply (not zero).")


class GridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.marks: list[SheetMark] = []
        self.default_anchors: dict = {}
        self.scale: tuple[int, int] = Rules().scale
        self.pages: dict[str, list[int]] = {}
        self.read_only = False

    def set_sheet(self, marks: Sequence[SheetMark], default_anchors: dict, read_only: bool,
                  scale: tuple[int, int]) -> None:
        self.beginResetModel()
        self.marks = list(marks)
        self.default_anchors, self.scale = default_anchors, (scale[0], scale[1])
        self.read_only = read_only
        self.pages = {}
        self.endResetModel()

    def set_pages(self, pages: dict[str, list[int]]) -> None:
        self.pages = pages
        if self.marks:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.marks) - 1, 3))

    def row_of(self, criterion: str) -> int:
        return next((i for i, m in enumerate(self.marks) if m.criterion == criterion), -1)

    def apply(self, criterion: str, new: SheetMark) -> None:
        """What the member entered (`new`) shown on the criterion's row."""
        i = self.row_of(criterion)
        if i < 0:
            return
        self.marks[i] = entered(new, self.marks[i])
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Headers", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS[section]  # the header's own words where they are shortened ("W", "p.")
            return QCoreApplication.translate("GridModel", tip) if tip else self.headerData(section, orientation)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m, col = self.marks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{m.criterion}  {m.title}"
            if col == 1:
                return number(m.weight, "g")
            if col == SCORE_COL:
                return score_text(m)
            if col == 3:
                pages = self.pages.get(m.criterion)
                return ", ".join(str(p + 1) for p in pages) if pages else ""
            if col == 4:
                return m.comment or ""
            return str(m.evidence_page) if m.evidence_page else ""
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, SCORE_COL):
            return anchors_html(m, self.default_anchors, self.scale)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and m.comment:
            return m.comment
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, SCORE_COL, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == SCORE_COL:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and col == SCORE_COL and not self.read_only and \
                not m.marked:
            return QBrush(EMPTY)
        return None
