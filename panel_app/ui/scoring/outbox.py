"""The GUI side of the outbox (panel_app/services/outbox.py): which outbox the open database uses, a retry
every few seconds on the DB worker while marks wait, and the "not saved, retrying" text of the indicator."""

from __future__ import annotations

import logging
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from panel_app.domain.changes import Changed
from panel_app.services.outbox import Delivery, Outbox, PendingMark, deliver, save_or_queue

from ..state import AppState

log = logging.getLogger(__name__)
RETRY_MS = 3000


def show_not_saved(label: QLabel, count: int) -> None:
    label.setText(QCoreApplication.translate("Outbox", "Not saved, retrying… ({count} waiting)").format(count=count) if count > 1 else QCoreApplication.translate("Outbox", "Not saved, retrying…"))
    label.setStyleSheet("color:#b00020; font-weight:bold")
    label.setToolTip(QCoreApplication.translate("Outbox", "The database is out of reach. Your marks are kept on this PC and saved as soon as it "
                     "answers again; you can go on scoring."))


class MarkOutbox(QObject):
    """Runs saves through `save_or_queue` and retries queued marks. `delivered` carries each Delivery to the
    GUI thread. `versions` is the writer's map (email, criterion) -> version, touched on the worker only."""

    delivered = Signal(object)
    retry_failed = Signal(object)  # an unexpected error of a retry

    def __init__(self, state: AppState, stage: str, versions: dict, parent: QObject | None = None,
                 interval_ms: int = RETRY_MS, folder=None):
        super().__init__(parent)
        self.state, self.stage, self.versions, self.folder = state, stage, versions, folder
        self.waiting = 0
        self._outboxes: dict[str, Outbox] = {}
        self._retrying = False
        self._last_error: str | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.retry)
        state.actor_changed.connect(lambda _a: self._check_waiting())

    def outbox(self) -> Outbox:
        url = self.state.services.db.url
        if url not in self._outboxes:
            self._outboxes[url] = Outbox.for_database(url, self.folder)
        return self._outboxes[url]

    def run(self, mark: PendingMark, on_done, on_error) -> None:
        """Save (or queue) one mark on the DB worker, typed on the version last read or saved there."""
        outbox, scoring, actor, versions = self.outbox(), self.state.services.scoring, self.state.actor, self.versions

        def job() -> Changed[Delivery]:
            typed = replace(mark, expected_version=versions.get((mark.candidate, mark.criterion)))
            return self._note(save_or_queue(outbox, scoring, actor, typed))

        def done(op: Changed[Delivery]) -> None:
            if shiboken6.isValid(self):  # the page may be gone by the time the worker answers
                delivery = self.state.apply(op)
                self._update(delivery)
                on_done(delivery)

        self.state.tasks.run(job, on_done=done, on_error=on_error)

    def retry(self) -> None:
        s = self.state
        if self._retrying or not s.reference or s.actor.is_setup:
            return
        self._retrying = True
        outbox, scoring, actor, ref = self.outbox(), s.services.scoring, s.actor, s.reference
        s.tasks.run(lambda: self._note(deliver(outbox, scoring, actor, ref, self.stage)), quiet=True,
                    on_done=self._retried, on_error=self._retry_error)

    def _note(self, op: Changed[Delivery]) -> Changed[Delivery]:
        """On the worker: remember the versions the saved marks now have."""
        for m, mark in op.result.saved:
            self.versions[(m.candidate, m.criterion)] = mark.version
        return op

    def _retried(self, op: Changed[Delivery]) -> None:
        if not shiboken6.isValid(self):
            return
        self._retrying, self._last_error = False, None
        delivery = self.state.apply(op)
        self._update(delivery)
        self.delivered.emit(delivery)

    def _retry_error(self, error: BaseException) -> None:
        """Not a connection error (those leave the marks waiting): a bug or a full disk. Logged every time,
        shown once, and retried at the next tick."""
        if not shiboken6.isValid(self):
            return
        self._retrying = False
        log.error("retrying queued marks failed: %r", error)
        if repr(error) != self._last_error:
            self._last_error = repr(error)
            self.retry_failed.emit(error)

    def _update(self, delivery: Delivery) -> None:
        self.waiting = delivery.remaining
        if self.waiting and not self._timer.isActive():
            self._timer.start()
        elif not self.waiting:
            self._timer.stop()

    def _check_waiting(self) -> None:
        """After sign-in: marks left waiting by an earlier session (offline, then closed) are retried now."""
        s = self.state
        if s.reference and not s.actor.is_setup and self.outbox().pending(s.reference, s.actor.name, self.stage):
            self.retry()
