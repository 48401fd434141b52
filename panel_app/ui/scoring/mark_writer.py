"""Autosave of marks: every change goes to ScoringService.set_mark at once, through the serial DB worker.

The last known version of each mark lives on the worker side (the jobs read and write it there), so marks
typed faster than the database answers still carry the right expected_version, in order.

A save that fails because the database is out of reach is kept in the outbox (outbox.py) and retried every
few seconds; meanwhile the indicator says "Not saved, retrying…".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from panel_app.services.outbox import Delivery, PendingMark
from panel_app.services.scoring_results import SheetMark

from ..state import AppState
from .outbox import MarkOutbox


class MarkWriter(QObject):
    applying = Signal(str, str, object, object)  # email, criterion, new SheetMark, previous (shown at once)
    saved = Signal(str, object)  # email, the stored SheetMark
    saving_changed = Signal(bool)
    failed = Signal(object, str)  # error, email
    waiting_changed = Signal(int)  # marks kept in the outbox, not saved yet
    not_saved = Signal(int)  # after every change of the indicator while marks wait: how many

    def __init__(self, state: AppState, stage: str = "preselection", parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.stage = stage
        self.versions: dict[tuple[str, str], int] = {}  # touched on the worker thread only
        self._in_flight = 0
        self._was_busy, self._shown_waiting = False, 0
        self.outbox = MarkOutbox(state, stage, self.versions, self)
        self.outbox.delivered.connect(self._delivered)
        self.outbox.retry_failed.connect(lambda e: self.failed.emit(e, ""))

    def remember(self, email: str, marks: tuple[SheetMark, ...]) -> None:
        """Called on the worker thread by the loading job, after reading a sheet."""
        for m in marks:
            self.versions[(email, m.criterion)] = m.version

    def write(self, email: str, criterion: str, new: SheetMark, previous: SheetMark) -> None:
        self.applying.emit(email, criterion, new, previous)
        s = self.state
        mark = PendingMark(s.reference or "", s.actor.name, email, criterion, new.value, na=new.na,
                           comment=new.comment, evidence_page=new.evidence_page, stage=self.stage)
        self._busy(+1)
        self.outbox.run(mark, on_done=self._done, on_error=lambda e: self._failed(e, email))

    def _done(self, delivery: Delivery) -> None:
        self._in_flight -= 1
        self._delivered(delivery)

    def _delivered(self, delivery: Delivery) -> None:
        for typed, mark in delivery.saved:
            self.saved.emit(typed.candidate, mark)
        for error in delivery.refused:
            self.failed.emit(error, error.mark.candidate)
        self._busy(0)

    def _failed(self, error: BaseException, email: str) -> None:
        self._busy(-1)
        self.failed.emit(error, email)

    def _busy(self, delta: int) -> None:
        self._in_flight += delta
        if self.busy != self._was_busy:
            self._was_busy = self.busy
            self.saving_changed.emit(self.busy)
        waiting = self.outbox.waiting
        if waiting != self._shown_waiting:
            self._shown_waiting = waiting
            self.waiting_changed.emit(waiting)
        if waiting:  # the page's indicator: "Saving…" is not the truth
            self.not_saved.emit(waiting)

    @property
    def busy(self) -> bool:
        return self._in_flight > 0 or self.outbox.waiting > 0
