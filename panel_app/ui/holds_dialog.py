"""File ▸ Legal holds…: the procedure's holds, and (chair) Set a hold… / Lift the selected hold…

A hold on the procedure or on one candidate blocks every retention deletion it covers; setting and lifting
each take a reason and a confirmation, and are audited (services/lifecycle.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from panel_app.domain.changes import Changed
from panel_app.services.lifecycle import HoldInfo

from .errors import show_error
from .state import AppState


class HoldsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="holdsDialog")
        self.state = state
        self.setWindowTitle(self.tr("Legal holds — {0}").format(state.reference))
        self.resize(720, 360)
        col = QVBoxLayout(self)
        col.addWidget(QLabel(self.tr("A legal hold (complaint, Ombudsman inquiry, court case) blocks every retention "
                                     "deletion it covers until it is lifted.")))
        self.list = QListWidget(objectName="holdsList")
        self.list.setWordWrap(True)
        col.addWidget(self.list, 1)
        self.feedback = QLabel(objectName="holdsFeedback")
        self.feedback.setWordWrap(True)
        col.addWidget(self.feedback)
        row = QHBoxLayout()
        self.set_button = QPushButton(self.tr("Set a hold…"), objectName="setHold")
        self.lift_button = QPushButton(self.tr("Lift the selected hold…"), objectName="liftHold")
        self.set_button.clicked.connect(self.set_hold)
        self.lift_button.clicked.connect(self.lift_hold)
        row.addWidget(self.set_button)
        row.addWidget(self.lift_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        col.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        s = self.state
        s.tasks.run(s.services.lifecycle.holds, s.reference, on_done=self._show,
                    on_error=lambda e: show_error(self, e))

    def _show(self, holds: list) -> None:
        self.list.clear()
        for h in holds:
            state = self.tr("ACTIVE") if h.active else self.tr("lifted on {0} by {1}: {2}").format(
                h.lifted_at, h.lifted_by, h.lift_reason)
            item = QListWidgetItem(f"{h.words()} — {state}")
            item.setData(256, h.id if h.active else None)
            self.list.addItem(item)
        if not holds:
            self.list.addItem(self.tr("No legal holds."))

    def set_hold(self) -> None:
        s = self.state
        who, ok = QInputDialog.getText(self, self.tr("Set a legal hold"),
                                       self.tr("The candidate's e-mail or application id (leave empty to hold the "
                                               "whole procedure):"))
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Set a legal hold"),
                                          self.tr("Reason (the complaint, inquiry or case):"))
        if not ok:
            return
        target = who.strip() or None
        on = target or self.tr("the whole procedure {0}").format(s.reference)
        if QMessageBox.question(self, self.tr("Set a legal hold"),
                                self.tr("Hold {0}? No retention run deletes anything it covers until the hold "
                                        "is lifted.").format(on)) != QMessageBox.StandardButton.Yes:
            return
        if target and target.lstrip("#Aa").isdigit():
            from panel_app.services.application_ids import candidate_email

            try:
                target = candidate_email(s.services.db, s.reference, target)
            except Exception as e:
                show_error(self, e)
                return
        s.tasks.run(s.services.lifecycle.set_hold, s.reference, s.actor, reason, target,
                    on_done=lambda op: self._done(op, self.tr("Set {0}.").format(op.result.words())),
                    on_error=lambda e: show_error(self, e))

    def lift_hold(self) -> None:
        item = self.list.currentItem()
        hold_id = item.data(256) if item is not None else None
        if hold_id is None:
            show_error(self, _error(self.tr("Select an active hold first.")))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Lift the legal hold"), self.tr("Reason for lifting it:"))
        if not ok:
            return
        if QMessageBox.question(self, self.tr("Lift the legal hold"),
                                self.tr("Lift hold #{0}? Deletions it blocked become possible again.")
                                .format(hold_id)) != QMessageBox.StandardButton.Yes:
            return
        s = self.state
        s.tasks.run(s.services.lifecycle.lift_hold, s.reference, s.actor, hold_id, reason,
                    on_done=lambda op: self._done(op, self.tr("Lifted {0}.").format(op.result.words())),
                    on_error=lambda e: show_error(self, e))

    def _done(self, op: Changed[HoldInfo], text: str) -> None:
        self.feedback.setText(text)
        self.state.apply(op)
        self.refresh()


def _error(text: str):
    from panel_app.domain.errors import UserFacingError

    return UserFacingError(text)
