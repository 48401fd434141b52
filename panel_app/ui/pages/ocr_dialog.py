"""Reading scanned applications by OCR, after the import: progress with Cancel, then what was read.

Non-modal: the secretary keeps working. Per scan, three steps: which scans wait (DB worker thread), the
reading (this dialog's own thread: a long scan never holds the DB worker thread, so the pages and an import
keep their pace), and storing it (DB worker thread, one short transaction). Cancel sets a threading.Event that
the reading polls, also during a page (Tesseract is stopped at once). Every scan read is stored at once; a
cancelled run keeps them, and a new run reads the rest.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from panel_app.domain.changes import Change, Changed
from panel_app.domain.errors import Cancelled

from ..errors import show_error
from ..state import AppState
from ..tasks import TaskRunner

if TYPE_CHECKING:
    from panel_app.services.ocr import OcrOutcome


class OcrDialog(QDialog):
    """`start()` begins; `finished_reading(outcomes, cancelled)` is emitted at the end (also after a cancel)."""

    finished_reading = Signal(list, bool)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ocrDialog")
        self.setWindowTitle(self.tr("Read scans (OCR)"))
        self.state = state
        self.cancel_event = threading.Event()
        self.outcomes: list = []
        self.changes: frozenset[Change] = frozenset()  # what the stored scans changed, broadcast at the end
        self.total = 0
        self.running = False
        self.scans: list = []
        self.reader = TaskRunner(self)  # a thread of its own: a long scan never holds the DB worker thread
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_event.set)  # quitting stops Tesseract at once
        self.title = QLabel(self.tr("<b>Reading the scanned applications by OCR…</b>"))
        self.message = QLabel(self.tr("Starting…"), objectName="ocrMessage")
        self.message.setWordWrap(True)
        self.bar = QProgressBar(objectName="ocrProgress")
        self.bar.setRange(0, 1000)
        self.button = QPushButton(self.tr("Cancel"), objectName="ocrCancelButton")
        self.button.clicked.connect(self._button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        lay.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        lay.addLayout(row)
        self.resize(560, 160)

    def start(self) -> None:
        self.running = True
        s = self.state
        s.tasks.run(s.services.ocr.waiting, s.reference, s.actor, on_done=self._got_waiting, on_error=self._failed)

    def _got_waiting(self, scans: list) -> None:
        self.scans, self.total = scans, len(scans)
        if not self.total:
            self._finish(self.tr("No scanned document waits for OCR."))
            return
        self._read_next()

    def _read_next(self) -> None:
        scan = self.scans[len(self.outcomes)]
        self.state.tasks.run(self.state.services.ocr.content, scan, on_done=lambda data: self._read_bytes(scan, data),
                             on_error=self._failed)

    def _read_bytes(self, scan, content: bytes) -> None:
        """The reading runs on this dialog's own thread, with no database: the DB worker thread stays free."""
        if self.cancel_event.is_set():
            self._finish(self._cancelled(), cancelled=True)
            return
        self.reader.run(self.state.services.ocr.read, content, on_done=lambda result: self._read(scan, result),
                        on_error=self._failed, on_progress=self._progress, cancel_event=self.cancel_event)

    def _read(self, scan, result) -> None:
        s = self.state
        s.tasks.run(s.services.ocr.store, s.reference, s.actor, scan, result, on_done=self._stored,
                    on_error=self._failed)

    def _progress(self, fraction: float, message: str) -> None:
        done = len(self.outcomes)
        overall = (done + max(0.0, min(1.0, fraction))) / max(self.total, 1)
        self.bar.setValue(int(min(1.0, overall) * 1000))
        if not self.cancel_event.is_set():
            self.message.setText(self.tr("Scan {n} of {total}: {filename}, {message}").format(
                n=done + 1, total=self.total, filename=self.scans[done].filename, message=message))

    def _stored(self, op: Changed[OcrOutcome]) -> None:
        self.changes |= op.changes
        self.outcomes.append(op.result)
        if self.cancel_event.is_set():
            self._finish(self._cancelled(), cancelled=True)
        elif len(self.outcomes) < self.total:
            self._read_next()
        else:
            self._finish(self.tr("Done: {summary}").format(summary=self._summary()))

    def _cancelled(self) -> str:
        return self.tr("Cancelled: {summary} The rest can be read later.").format(summary=self._summary())

    def _summary(self) -> str:
        read = [o for o in self.outcomes if o.outcome == "read"]
        conf = [o.confidence for o in read if o.confidence is not None]
        text = self.tr("{read} of {total} scans read by OCR").format(read=len(read), total=self.total)
        if conf:
            text += self.tr(" (mean confidence {confidence} %)").format(confidence=f"{sum(conf) / len(conf):.0f}")
        other = len(self.outcomes) - len(read)
        if other:
            text += self.tr("; {n} without text found").format(n=other)
        return text + self.tr(". The text is marked as OCR: search, keyword hits and eligibility suggestions use it; "
                              "check what matters against the scan.")

    def _finish(self, text: str, cancelled: bool = False) -> None:
        self.running = False
        self.reader.shutdown()
        self.bar.setValue(1000 if not cancelled else self.bar.value())
        self.message.setText(text)
        self.title.setText(self.tr("<b>Read scans (OCR)</b>"))
        self.button.setText(self.tr("Close"))
        self.button.setEnabled(True)
        self.state.apply(Changed(None, self.changes))
        self.finished_reading.emit(list(self.outcomes), cancelled)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._finish(self._cancelled(), cancelled=True)
            return
        self.running = False
        self.reader.shutdown()
        if self.outcomes:
            self.state.apply(Changed(None, self.changes))
            self.finished_reading.emit(list(self.outcomes), True)
        show_error(self.parentWidget(), error)
        super().reject()

    def _button(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.accept()

    def cancel(self) -> None:
        self.cancel_event.set()
        self.button.setEnabled(False)
        self.message.setText(self.tr("Cancelling… the scans already read stay stored."))

    def reject(self) -> None:
        """Closing while it runs means Cancel."""
        if self.running:
            self.cancel()
            return
        super().reject()
