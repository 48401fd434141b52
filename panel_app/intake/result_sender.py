"""A worker's results sent in order by a thread of its own, while the worker parses its next files.

Without it a worker waits on a full result pipe whenever the importer is busy writing a group to the database or
waiting for the disk; both workers then wait while a core idles (6-7 % of the two cores during an import of 1,000
mails, and ~8 % of its wall time). At most DEPTH results wait here. A result still waiting when the worker dies is
lost with it, so the worker also tells the parent, in shared memory (`current`), which file it is reading: the
parent blames that file, and reads the ones before it again (intake/workers.py).
"""

from __future__ import annotations

import logging
import queue
import threading
from multiprocessing.connection import Connection

from .result_pipe import send

log = logging.getLogger(__name__)
DEPTH = 16


class ResultSender:
    def __init__(self, conn: Connection, depth: int = DEPTH):
        self.conn = conn
        self.waiting: queue.Queue = queue.Queue(depth)
        self.thread = threading.Thread(target=self._pump, daemon=True, name="panel-intake-results")
        self.thread.start()

    def put(self, result: tuple) -> None:
        self.waiting.put(result)

    def close(self) -> None:
        """Every result sent (or the pipe gone), then the thread ends."""
        self.waiting.put(None)
        self.thread.join()

    def _pump(self) -> None:
        broken = False
        while (result := self.waiting.get()) is not None:
            if broken:  # the parent is gone: the worker ends with it (PR_SET_PDEATHSIG); nothing to send to
                continue
            try:
                send(self.conn, result)
            except OSError:
                broken = True
            except Exception as exc:  # a result that does not pickle: a bug, worded by the parent
                log.exception("intake worker: the result of task %s could not be sent", result[0])
                try:
                    send(self.conn, (result[0], "failed", f"{type(exc).__name__}: {exc}"))
                except Exception:
                    broken = True
