"""Live progress: poll the change feed once a second on the DB worker thread; broadcast "marks" on a change.

Only `state.changed(Change.MARKS)` is emitted: pages refresh their models in place, and nothing here touches the
focus, the selection or an editor that is open, so a member typing a comment is never interrupted.

This is the one notice the interface picks itself, and rightly: it reports a change seen on another workstation
(the change feed), not a mutation made here, so no service call returns it as `Changed[...]`. A mutation made
on this workstation is broadcast with `state.apply(op)`, with exactly the kinds its service returned.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from panel_app.domain.changes import Change

log = logging.getLogger(__name__)


class LiveProgress(QObject):
    def __init__(self, state, interval_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent or state)
        self.state = state
        self._feed = None
        self._in_flight = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._feed is not None:
            feed, self._feed = self._feed, None
            self.state.tasks.run(feed.close)

    def _poll(self) -> set[str]:
        """Runs on the DB worker thread (the feed's connection never changes thread)."""
        if self._feed is None:
            self._feed = self.state.services.workstations.change_feed()
        return self._feed.poll()

    def _tick(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self.state.tasks.run(self._poll, on_done=self._done, on_error=self._failed, quiet=True)

    def _done(self, changed: set[str]) -> None:
        self._in_flight = False
        if changed:
            self.state.changed(Change.MARKS)

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        log.warning("live progress: %s", error)  # a dropped connection: retry at the next tick
        self._feed = None
