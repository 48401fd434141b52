"""The consensus meeting: walk the flagged (divergent) cells one by one and record the agreed mark.

The justification is required when |agreed − mean| > 0.5 (the service checks it too); the minority view
is optional. The widget only collects input: `record` is emitted and the page saves through the tasks.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from panel_app.domain.scoring.aggregate import needs_justification

from .panel_model import num

if TYPE_CHECKING:
    from panel_app.services.panel import PanelCell


@dataclass(frozen=True)
class MeetingItem:
    """A flagged cell to discuss: the candidate, the criterion and the panel table's cell."""

    email: str
    name: str
    criterion: str
    cell: PanelCell


class ConsensusBox(QGroupBox):
    record = Signal(dict)  # {"email", "criterion", "value", "reason", "minority"}
    moved = Signal(str)  # the e-mail of the candidate now discussed

    def __init__(self, parent=None):
        super().__init__(parent, objectName="consensusBox")
        self.setTitle(self.tr("Consensus meeting"))
        self.items: list[MeetingItem] = []
        self.pos = 0
        self.where = QLabel(objectName="consensusWhere")
        self.where.setWordWrap(True)
        self.marks = QLabel(objectName="consensusMarks")
        self.marks.setWordWrap(True)
        self.value = QDoubleSpinBox(objectName="consensusValue", minimum=0, maximum=4, singleStep=0.5, decimals=2)
        self.value.valueChanged.connect(lambda _v: self._hint())
        self.reason = QPlainTextEdit(objectName="consensusReason")
        self.reason.setPlaceholderText(self.tr("why the panel agreed on this mark (evidence, page)"))
        self.reason.setFixedHeight(48)
        self.reason.textChanged.connect(self._hint)
        self.minority = QLineEdit(objectName="consensusMinority")
        self.minority.setPlaceholderText(self.tr("optional: a member's dissenting view"))
        self.need = QLabel(objectName="consensusNeed")
        self.need.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("◀ Previous"), objectName="consensusPrev")
        self.next_button = QPushButton(self.tr("Next ▶"), objectName="consensusNext")
        self.save_button = QPushButton(self.tr("Record agreed mark"), objectName="consensusSave")
        self.prev_button.clicked.connect(lambda: self.go(self.pos - 1))
        self.next_button.clicked.connect(lambda: self.go(self.pos + 1))
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("Agreed mark"), self.value)
        form.addRow(self.tr("Justification"), self.reason)
        form.addRow(self.tr("Minority view"), self.minority)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.where)
        lay.addWidget(self.marks)
        lay.addLayout(form)
        lay.addWidget(self.need)
        lay.addLayout(nav)
        self.set_items([])

    def set_items(self, items: list[MeetingItem], keep: tuple[str, str] | None = None) -> None:
        self.items = items
        keys = [(i.email, i.criterion) for i in items]
        self.go(keys.index(keep) if keep in keys else min(self.pos, max(len(items) - 1, 0)))

    def current(self) -> MeetingItem | None:
        return self.items[self.pos] if 0 <= self.pos < len(self.items) else None

    def go(self, pos: int) -> None:
        self.pos = max(0, min(pos, len(self.items) - 1)) if self.items else 0
        it = self.current()
        for w in (self.value, self.reason, self.minority, self.save_button):
            w.setEnabled(it is not None)
        self.prev_button.setEnabled(self.pos > 0)
        self.next_button.setEnabled(self.pos < len(self.items) - 1)
        if it is None:
            self.where.setText(self.tr("No flagged criterion to discuss: the members are within the divergence "
                                       "threshold on every visible candidate."))
            self.marks.setText("")
            self.need.setText("")
            return
        where = self.tr("<b>{n} of {total}</b>: {name} — <b>{criterion}</b> {title} — agreed") \
            if it.cell.consensus is not None else self.tr("<b>{n} of {total}</b>: {name} — <b>{criterion}</b> {title}")
        cell = it.cell
        self.where.setText(where.format(n=self.pos + 1, total=len(self.items), name=it.name,
                                        criterion=it.criterion, title=cell.title))
        marks = " · ".join(f"{m}: {v if isinstance(v, str) else num(v)}" for m, v in cell.marks.items())
        said = "".join(f"<br><i>{html.escape(m)}:</i> “{html.escape(c)}”" for m, c in cell.comments.items())
        self.marks.setText(marks + "<br>" + self.tr("mean <b>{mean}</b>, spread {spread}").format(
            mean=num(cell.mean), spread=num(cell.spread))
            + ("<br>" + self.tr("<b>The members' comments</b>") + said if said else ""))
        self.value.setValue(cell.consensus if cell.consensus is not None else round((cell.mean or 0) * 2) / 2)
        self.reason.setPlainText(cell.justification or "")
        self.minority.setText(cell.minority or "")
        self._hint()
        self.moved.emit(it.email)

    def needs_justification(self) -> bool:
        it = self.current()
        return bool(it and needs_justification(self.value.value(), it.cell.mean))

    def _hint(self) -> None:
        if self.current() is None:
            return
        missing = self.needs_justification() and not self.reason.toPlainText().strip()
        self.need.setText(self.tr("A justification is required: the agreed mark is more than 0.5 from the mean.")
                          if missing else "")
        self.need.setStyleSheet("color: #a33" if missing else "")
        self.save_button.setEnabled(not missing)

    def _save(self) -> None:
        it = self.current()
        if it is None:
            return
        self.record.emit({"email": it.email, "criterion": it.criterion, "value": self.value.value(),
                          "reason": self.reason.toPlainText().strip(), "minority": self.minority.text().strip()})
