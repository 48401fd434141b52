"""One background task runner: a single serial DB worker thread; results are posted back to the GUI thread.

Long work takes Orange3-style `progress(fraction, message)` and `cancelled()` callables and knows nothing
of Qt; this module adapts them. After Anki's operations: the GUI never blocks on the database.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    done = Signal(object, object, object, bool)  # callback, result, error, quiet
    progress = Signal(object, float, str)  # callback, fraction, message


def _told(error: BaseException) -> BaseException:
    """A lost connection becomes DatabaseUnreachable (a plain message), whatever the driver raised."""
    from panel_app.services.connection import as_user_error

    return as_user_error(error)


class TaskRunner(QObject):
    """`run(fn, on_done, on_error)` executes fn(*args) on the DB worker thread, callbacks on the GUI thread.

    `reachable_changed(False)` is emitted when a task finds the database out of reach, `(True)` when a task
    succeeds again; the main window shows a banner meanwhile instead of an error dialog per page.
    """

    busy_changed = Signal(bool)
    reachable_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="panel-db")
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._bridge.progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self.reachable = True

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[float, str], None] | None = None,
            cancel_event: threading.Event | None = None, quiet: bool = False, **kwargs: Any) -> None:
        """`quiet`: a background poll that does not show "Working…" in the status bar."""
        if on_progress is not None:
            kwargs["progress"] = lambda f, m="": self._bridge.progress.emit(on_progress, float(f), str(m))
        if cancel_event is not None:
            kwargs["cancelled"] = cancel_event.is_set
        if not quiet:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)

        def job() -> None:
            try:
                result = fn(*args, **kwargs)
            except BaseException as e:  # handed to the GUI thread
                self._bridge.done.emit(on_error, None, _told(e), quiet)
            else:
                self._bridge.done.emit(on_done, result, None, quiet)

        self._pool.submit(job)

    def _deliver(self, callback, result, error, quiet: bool = False) -> None:
        if not quiet:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
        self._note_reachability(error)
        if error is not None:
            if callback is not None:
                callback(error)
            else:
                from .errors import show_error

                show_error(None, error)
        elif callback is not None:
            callback(result)

    def _note_reachability(self, error: BaseException | None) -> None:
        from panel_app.domain.errors import DatabaseUnreachable

        reachable = not isinstance(error, DatabaseUnreachable)
        if error is not None and reachable:
            return  # another error says nothing about the connection
        if reachable != self.reachable:
            self.reachable = reachable
            self.reachable_changed.emit(reachable)

    @staticmethod
    def _deliver_progress(callback, fraction: float, message: str) -> None:
        callback(fraction, message)

    def wait(self) -> None:
        """Block until the queue is empty (tests and shutdown)."""
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
